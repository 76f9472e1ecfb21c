"""The forward pass drawn as one picture: x, W, b, h = xW + b, y = f(h) and f'(h).

x is drawn as a column beside W so that x_i sits on row i of W, and b, h, y
and f'(h) are drawn under W so that neuron j's numbers share column j::

              neuron 0 .. 4
    x_0 [x]  [    W row 0   ]  colour
    ...      [      ...     ]  bar
    x_9 [x]  [    W row 9   ]
          b  [  b strip     ]
          h  [  h bars      ]
          y  [  y bars      ]
      f'(h)  [  f'(h) bars  ]

Clicking a column of W, b, h, y or f'(h) selects that neuron; double-clicking
a cell of x, W or b asks to edit it.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QWidget

from actgui.model import ForwardPass
from actgui.state.layer import LayerState
from actgui.ui.forward._deferred import RefreshWhenShown
from actgui.ui.forward._lines import ScaledLines
from actgui.ui.forward.cell_grid import DIVERGING_MAP, CellGrid, symmetric_level
from actgui.ui.forward.value_bars import ValueBars, bar_range
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.theme import LIGHT, OKABE_ITO, Theme

POSITIVE = QColor("#C0392B")
NEGATIVE = QColor("#2E6FD8")
OUTPUT = QColor(OKABE_ITO["bluish_green"])
GRADIENT = QColor(OKABE_ITO["orange"])
HIGHLIGHT = QColor("#F0B400")
LIMIT_LINE = QColor("#8a8a8a")

_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def subscript(n: int) -> str:
    """``n`` in Unicode subscript digits: subscript(12) == '₁₂'."""
    return str(n).translate(_SUBSCRIPTS)


def _fixed_view(invert_y: bool = False) -> pg.ViewBox:
    view = pg.ViewBox(enableMouse=False, enableMenu=False, invertY=invert_y)
    view.setMouseEnabled(False, False)
    view.setDefaultPadding(0.0)
    return view


class ForwardDiagram(Retranslating, RefreshWhenShown, ScaledLines, pg.GraphicsLayoutWidget):
    """The whole forward pass of a :class:`LayerState`, updated in place.

    Signals
    -------
    neuron_clicked(int)
        A column of W, b, h, y or f'(h) was clicked.
    edit_requested(str, int, int)
        A cell was double-clicked: kind ``"x"``, ``"W"`` or ``"b"``, row i, column j.
    """

    neuron_clicked = Signal(int)
    edit_requested = Signal(str, int, int)

    def __init__(self, state: LayerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setMinimumSize(420, 420)
        self.ci.layout.setContentsMargins(4, 4, 8, 4)
        self.ci.layout.setHorizontalSpacing(6)
        self.ci.layout.setVerticalSpacing(4)
        font = self._cell_font()
        self._theme = LIGHT

        # Row 0: the neuron index axis over W, the names of x and W.
        self.neuron_axis = pg.AxisItem("top")
        self.addItem(self.neuron_axis, row=0, col=2)
        self.x_title = pg.LabelItem(justify="center")
        self.addItem(self.x_title, row=0, col=1)

        # Row 1: x_i labels, x, W and its colour bar.
        self.input_axis = pg.AxisItem("left")
        self.addItem(self.input_axis, row=1, col=0)
        self.x_view = _fixed_view(invert_y=True)
        self.addItem(self.x_view, row=1, col=1)
        self.w_view = _fixed_view(invert_y=True)
        self.addItem(self.w_view, row=1, col=2)
        self.x_grid = CellGrid(self.x_view, font)
        self.w_grid = CellGrid(self.w_view, font)
        self.colour_bar = pg.ColorBarItem(
            values=(-0.1, 0.1),
            colorMap=pg.colormap.get(DIVERGING_MAP),
            interactive=False,
            width=16,
            colorMapMenu=False,
        )
        self.colour_bar.setImageItem(self.w_grid.image)
        self.addItem(self.colour_bar, row=1, col=3)

        # Rows 2-5: b, h, y, f'(h), sharing W's columns.
        self.b_view = _fixed_view(invert_y=True)
        self.b_grid = CellGrid(self.b_view, font)
        self.h_view, self.y_view, self.dy_view = _fixed_view(), _fixed_view(), _fixed_view()
        self.h_bars = ValueBars(self.h_view, font)
        self.y_bars = ValueBars(self.y_view, font)
        self.dy_bars = ValueBars(self.dy_view, font)
        self.y_limits = [pg.InfiniteLine(angle=0) for _ in range(2)]
        for line in self.y_limits:
            self.y_view.addItem(line)
        self.row_labels: dict[str, pg.LabelItem] = {}
        for row, (key, view) in enumerate(
            (("b", self.b_view), ("h", self.h_view), ("y", self.y_view), ("dy", self.dy_view)), start=2
        ):
            label = pg.LabelItem(justify="right")
            self.row_labels[key] = label
            self.addItem(label, row=row, col=0, colspan=2)
            self.addItem(view, row=row, col=2)
        for view in (self.b_view, self.h_view, self.y_view, self.dy_view):
            view.setXLink(self.w_view)
        self.x_view.setYLink(self.w_view)
        self.neuron_axis.linkToView(self.w_view)
        self.input_axis.linkToView(self.x_view)
        for axis in (self.neuron_axis, self.input_axis):
            axis.enableAutoSIPrefix(False)  # else the label is re-laid out on every range change
            axis.setStyle(tickLength=0, tickTextOffset=4)
        layout = self.ci.layout
        for row, stretch in ((1, 10), (2, 1), (3, 4), (4, 4), (5, 3)):
            layout.setRowStretchFactor(row, stretch)
        self._apply_fonts()

        # The selected neuron: an outline on W and b, a band behind the bars.
        self.w_outline = QGraphicsRectItem()
        self.b_outline = QGraphicsRectItem()
        for outline, view in ((self.w_outline, self.w_view), (self.b_outline, self.b_view)):
            outline.setZValue(10)
            view.addItem(outline)
        band = QColor(HIGHLIGHT)
        band.setAlpha(50)
        self.bands = []
        for view in (self.h_view, self.y_view, self.dy_view):
            region = pg.LinearRegionItem(
                values=(0, 1), orientation="vertical", movable=False, brush=band, pen=pg.mkPen(None)
            )
            region.setZValue(-10)
            view.addItem(region)
            self.bands.append(region)
        self._style_lines()

        self.scene().sigMouseClicked.connect(self._on_click)
        self.scene().sigMouseMoved.connect(self._on_hover)
        self._hovered: tuple[str, int, int] | None = None
        state.forward_changed.connect(self._on_forward)
        state.decimals_changed.connect(self._refresh)
        state.selected_changed.connect(self._on_selected)
        state.shape_changed.connect(self._on_shape)
        state.scale_changed.connect(self._on_scale)
        self.retranslate_ui()
        self._on_shape(state.n_in, state.n_out)
        self._refresh(force=True)  # drawn before the first show, so the first layout fits it

    # -- fonts ---------------------------------------------------------------------------

    def _cell_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.95))
        return font

    def _apply_fonts(self) -> None:
        """Size the numbers, labels and fixed columns from the widget's font."""
        font = self._cell_font()
        for grid in (self.x_grid, self.w_grid, self.b_grid):
            grid.labels.set_font(font)
        for bars in (self.h_bars, self.y_bars, self.dy_bars):
            bars.labels.set_font(font)
        for axis in (self.neuron_axis, self.input_axis, self.colour_bar.axis):
            axis.setTickFont(font)
        self._axis_label = ""  # re-set at the new size
        char = self.fontMetrics().averageCharWidth()
        row = self.fontMetrics().height()
        x_width = max(76, round(10.5 * char))
        self.b_view.setMinimumHeight(row + 8)
        self.b_view.setMaximumHeight(row + 16)
        self.x_view.setFixedWidth(x_width)
        self.input_axis.setWidth(max(34, round(4.5 * char)))
        layout = self.ci.layout
        layout.setColumnFixedWidth(0, max(34, round(4.5 * char)))
        layout.setColumnFixedWidth(1, x_width)
        # Fixed, wide enough for "−0.05": a self-widening axis drops labels until relaid out.
        self.colour_bar.axis.setWidth(max(44, round(6.5 * char)))
        layout.setColumnFixedWidth(3, max(64, round(9.5 * char)))

    # -- text -------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        colour = self._theme.plot_foreground
        f_name = self._symbol_shown = self._activation_symbol()
        labels = {
            "b": self.tr("b"),
            "h": self.tr("h = xW + b"),
            "y": self.tr("y = {f}(h)").format(f=f_name),
            "dy": self.tr("{f}′(h)").format(f=f_name),
        }
        for key, text in labels.items():
            self.row_labels[key].setText(text, color=colour, size=self._label_size())
        self.x_title.setText("<b>x</b>", color=colour, size=self._label_size())
        self._axis_label = ""
        self._set_axis_label()
        self._set_ticks()
        self.retranslate_tooltip()

    def _label_size(self) -> str:
        return f"{self.font().pointSizeF() * 1.05:.1f}pt"

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch and the window's font size."""
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
            self.retranslate_ui()
        super().changeEvent(event)

    def _set_axis_label(self) -> None:
        k = self.state.scale
        w_name = "W" if k == 1.0 else f"{k:.3g}·W"
        text = self.tr("{w}: row i for input x<sub>i</sub>, column j for neuron j").format(w=w_name)
        if text != self._axis_label:
            self._axis_label = text
            self.neuron_axis.setLabel(
                text, color=self._theme.plot_foreground, **{"font-size": self._label_size()}
            )
            # pyqtgraph centres an axis label only when the axis is resized, not when its text
            # changes: a longer "2.5·W" title would otherwise start where the short one did.
            self.neuron_axis.resizeEvent()

    def _activation_symbol(self) -> str:
        activation = self.state.forward.activation
        return "σ" if activation == "sigmoid" else "f"

    def _set_ticks(self) -> None:
        n_in, n_out = self.state.n_in, self.state.n_out
        self.neuron_axis.setTicks([[(j + 0.5, str(j)) for j in range(n_out)]])
        self.input_axis.setTicks([[(i + 0.5, f"x{subscript(i)}") for i in range(n_in)]])

    # -- theme and lines ---------------------------------------------------------------------

    def _style_lines(self) -> None:
        """Set every line's pen at its logical width (see :class:`ScaledLines`)."""
        px = self._px
        outline = QPen(HIGHLIGHT, px(3))
        outline.setCosmetic(True)
        self.w_outline.setPen(outline)
        self.b_outline.setPen(outline)
        limit_pen = pg.mkPen(LIMIT_LINE, width=px(1), style=Qt.PenStyle.DashLine)
        for line in self.y_limits:
            line.setPen(limit_pen)
        for bars in (self.h_bars, self.y_bars, self.dy_bars):
            bars.set_line_width(px(1))
        # The colour bar's frame is drawn by its four axes.
        for name in ("left", "right", "top", "bottom"):
            axis = self.colour_bar.getAxis(name)
            axis.setPen(pg.mkPen(axis.pen().color(), width=px(1)))

    def set_theme(self, theme: Theme) -> None:
        """Use the theme's plot colours."""
        self._theme = theme
        self.setBackground(theme.plot_background)
        foreground = QColor(theme.plot_foreground)
        for axis in (self.neuron_axis, self.input_axis):
            axis.setTextPen(foreground)
            axis.setPen(pg.mkPen(None))
        for bars in (self.h_bars, self.y_bars, self.dy_bars):
            bars.set_text_colour(foreground)
        self.colour_bar.axis.setTextPen(foreground)
        self.retranslate_ui()

    # -- updates --------------------------------------------------------------------------

    def _on_shape(self, n_in: int, n_out: int) -> None:
        self.w_view.setRange(xRange=(0, n_out), yRange=(0, n_in), padding=0.0)
        self.x_view.setRange(xRange=(0, 1), yRange=(0, n_in), padding=0.0)
        self.b_view.setRange(xRange=(0, n_out), yRange=(0, 1), padding=0.0)
        self._set_ticks()
        self._refresh()

    def _on_scale(self, _k: float) -> None:
        self._set_axis_label()

    def _on_forward(self, _fp: ForwardPass) -> None:
        self._refresh()

    def _redraw(self) -> None:
        fp = self.state.forward
        decimals = self.state.decimals
        weights = fp.weights
        level = symmetric_level(weights)
        self.w_grid.set_values(weights, level, decimals, image_levels=False)
        self.colour_bar.setLevels(values=(-level, level))
        self.x_grid.set_values(fp.x.T, symmetric_level(fp.x), decimals)
        self.b_grid.set_values(fp.bias.reshape(1, -1), symmetric_level(fp.bias), decimals)

        h = fp.pre_activation[0]
        y = fp.output[0]
        dy = self.state.gradient[0]
        bounds, peak = self.state.reference_ranges()
        self.h_bars.set_values(h, decimals, [POSITIVE if v >= 0 else NEGATIVE for v in h])
        self.y_bars.set_values(y, decimals, [OUTPUT] * y.size)
        self.dy_bars.set_values(dy, decimals, [GRADIENT] * dy.size)
        self.h_view.setYRange(*bar_range(h), padding=0.0)
        self.y_view.setYRange(*bar_range(y, bounds or ()), padding=0.0)
        # A bounded activation's limits, dashed: where saturated outputs pile up.
        for line, limit in zip(self.y_limits, bounds or (None, None), strict=True):
            line.setVisible(limit is not None and abs(limit) > 1e-9)
            if limit is not None:
                line.setPos(round(limit, 2))
        self.dy_view.setYRange(*bar_range(dy, (peak,) if math.isfinite(peak) else ()), padding=0.0)
        if self._activation_symbol() != self._symbol_shown:
            self.retranslate_ui()
        self._on_selected(self.state.selected)

    def _on_selected(self, j: int) -> None:
        n_in = self.state.n_in
        self.w_outline.setRect(QRectF(j, 0, 1, n_in))
        self.b_outline.setRect(QRectF(j, 0, 1, 1))
        for band in self.bands:
            band.setRegion((j, j + 1))

    # -- mouse ------------------------------------------------------------------------------

    def cell_at(self, scene_pos: QPointF) -> tuple[str, int, int] | None:
        """Which cell or bar is under a scene position: (kind, i, j), or None."""
        views = (
            ("x", self.x_view),
            ("W", self.w_view),
            ("b", self.b_view),
            ("h", self.h_view),
            ("y", self.y_view),
            ("dy", self.dy_view),
        )
        for kind, view in views:
            if view.sceneBoundingRect().contains(scene_pos):
                point = view.mapSceneToView(scene_pos)
                i = int(np.floor(point.y())) if kind in ("x", "W") else 0
                j = int(np.floor(point.x())) if kind != "x" else 0
                if 0 <= i < self.state.n_in and 0 <= j < (1 if kind == "x" else self.state.n_out):
                    return kind, i, j
        return None

    def hover_text(self, kind: str, i: int, j: int) -> str:
        """The tooltip of a cell or bar: its exact value and what a click does."""
        fp = self.state.forward
        value, name = {
            "x": (fp.x[0, i], f"x{subscript(i)}"),
            "W": (fp.weights[i, j], f"W{subscript(i)},{subscript(j)}"),
            "b": (fp.bias[j], f"b{subscript(j)}"),
            "h": (fp.pre_activation[0, j], f"h{subscript(j)}"),
            "y": (fp.output[0, j], f"y{subscript(j)}"),
            "dy": (self.state.gradient[0, j], f"{self._symbol_shown}′(h{subscript(j)})"),
        }[kind]
        exact = f"{name} = {float(value)!r}"
        if kind in ("x", "W", "b"):
            return exact + "\n" + self.tr("Double-click to edit; click a column to explain its neuron.")
        return exact + "\n" + self.tr("Click to explain neuron {j}.").format(j=j)

    def _on_hover(self, scene_pos: QPointF) -> None:
        hit = self.cell_at(scene_pos)
        if hit != self._hovered:
            self._hovered = hit
            if hit is None:
                self.retranslate_tooltip()
            else:
                self.setToolTip(self.hover_text(*hit))

    def retranslate_tooltip(self) -> None:
        """The tooltip away from the numbers."""
        self.setToolTip(
            self.tr("Click a column to explain that neuron; double-click a number of x, W or b to edit it.")
        )

    def _on_click(self, event: Any) -> None:  # a pyqtgraph MouseClickEvent
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.cell_at(event.scenePos())
        if hit is None:
            return
        kind, i, j = hit
        if event.double():
            if kind in ("x", "W", "b"):
                self.edit_requested.emit(kind, i, j)
        elif kind != "x":
            self.neuron_clicked.emit(j)
        event.accept()

    def cell_scene_rect(self, kind: str, i: int, j: int) -> QRectF:
        """The scene rectangle of a cell of x, W or b (where an editor should open)."""
        view = {"x": self.x_view, "W": self.w_view, "b": self.b_view}[kind]
        return view.mapViewToScene(QRectF(j, i, 1, 1)).boundingRect()
