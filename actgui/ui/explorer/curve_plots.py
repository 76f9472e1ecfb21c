"""f(x) and f'(x) of the selected activation, with pinned curves overlaid.

Two pyqtgraph plots with linked x axes. Every item is created once: the live
curves, the zero lines, the crosshair, a pool of shaded regions for the
vanishing gradient and a pool of curves for the pins; a change of state only
calls ``setData`` / ``setRegion`` / ``setVisible`` on them.
"""

from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGraphicsItem,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from actgui.model import sample_curve
from actgui.model.curves import Curve
from actgui.state.explorer import AppState, Pin
from actgui.ui.explorer.readout_label import ReadoutLabel
from actgui.ui.i18n.retranslate import Retranslating
from actgui.ui.theme import LIGHT, Theme
from actgui.ui.widgets.decimate import DecimatedCurve
from actgui.ui.widgets.model_text import model_text

AXIS_WIDTH = 58
"""Fixed width of both left axes, so the two plots' x axes line up."""

LEGEND_DELAY_MS = 80
"""The live curve's legend label follows a dragged slider at most this often."""

CURVE_WIDTH = 2.5
PIN_WIDTH = 2.0
DOT_SIZE = 8.0
"""Line widths and the crosshair dot size, in logical pixels."""

VIEW_PADDING = 0.04
"""Margin around the data when the view is fitted, as a fraction of the range."""


def format_number(value: float) -> str:
    """Return a number for the read-out: 4 significant digits, no -0."""
    if not math.isfinite(value):
        return "∞" if value > 0 else ("−∞" if value < 0 else "NaN")
    if value == 0:
        return "0"
    text = f"{value:.4g}"
    return text.replace("-", "−")


def _span(values: np.ndarray, low: float, high: float) -> tuple[float, float]:
    """Return the range of the finite ``values`` widened to include [low, high] (and so 0)."""
    finite = values[np.isfinite(values)]
    if finite.size:
        low, high = min(low, float(finite.min())), max(high, float(finite.max()))
    if high - low < 1e-12:  # a flat curve: give it some room
        low, high = low - 1.0, high + 1.0
    return low, high


def _fit_legend(legend: pg.LegendItem) -> None:
    """Resize a legend to its labels (pyqtgraph grows a legend but never shrinks it)."""
    for _sample, label in legend.items:
        label.resize(label.minimumSize())
    legend.layout.invalidate()
    legend.layout.activate()
    legend.updateSize()


def legend_corner(values: np.ndarray, low: float, high: float) -> str:
    """Return 'left' or 'right': the top corner that a curve crowds less.

    Counts the samples in the top 40 % of the y range within the first and
    the last third of the x range; ties go to the left.
    """
    n = values.size
    if n < 3 or not high > low:
        return "left"
    band = np.isfinite(values) & (values > low + 0.6 * (high - low))
    third = max(1, n // 3)
    return "right" if int(band[-third:].sum()) < int(band[:third].sum()) else "left"


class _HoverLeaveFilter(QObject):
    """Hide the crosshair when the mouse leaves a plot."""

    def __init__(self, owner: CurvePlots) -> None:
        super().__init__(owner)
        self._owner = owner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Hide the crosshair on Leave."""
        if event.type() == QEvent.Type.Leave:
            self._owner.hide_crosshair()
        return False


SAMPLES_PER_PIXEL = 1.0
"""Samples drawn per device pixel; the items keep every sample of the model."""

GROW_HEADROOM = 0.25
"""While dragging, a view that must widen takes this fraction of its span extra.

Each widening redraws the axes and the cached pinned curves; with headroom a
drag across a parameter's range widens the view a few times, not at every step.
"""


def _grow(current: tuple[float, float], needed: tuple[float, float]) -> tuple[float, float]:
    """Widen ``current`` to contain ``needed``, with headroom on the side that grows."""
    lo, hi = current
    if needed[0] >= lo and needed[1] <= hi:
        return current
    span = max(hi, needed[1]) - min(lo, needed[0])
    if needed[0] < lo:
        lo = needed[0] - GROW_HEADROOM * span
    if needed[1] > hi:
        hi = needed[1] + GROW_HEADROOM * span
    return lo, hi


class CurvePlots(Retranslating, QWidget):
    """The live f and f' plots, bound to the state.

    Attributes
    ----------
    f_widget, df_widget
        The two PlotWidgets (also the export targets 'curve' and 'derivative').
    f_curve, df_curve
        The live curves; ``getData()`` gives exactly the model's arrays.
    regions
        The pool of vanishing-gradient regions on the derivative plot.
    pin_curves, pin_dcurves
        One f and one f' curve per pin slot, in pin order.
    """

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.theme: Theme = LIGHT
        self.curve: Curve | None = None
        self._export_scale = 1.0

        self.f_widget = pg.PlotWidget(self, enableMenu=False)  # no context menus to build
        self.df_widget = pg.PlotWidget(self, enableMenu=False)
        self.f_plot = self.f_widget.getPlotItem()
        self.df_plot = self.df_widget.getPlotItem()
        self.df_plot.setXLink(self.f_plot)
        for plot in (self.f_plot, self.df_plot):
            plot.showGrid(x=True, y=True, alpha=0.12)
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                # The grid is drawn by the axes. Grid lines at the minor ticks
                # too make every repaint several times slower, and an axis
                # whose range did not change need not be redrawn at all.
                axis.setStyle(maxTickLevel=0)
                axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            plot.getAxis("left").setWidth(AXIS_WIDTH)
            for name in ("left", "bottom"):
                plot.getAxis(name).enableAutoSIPrefix(False)
            plot.setMenuEnabled(False)
            plot.hideButtons()
        for widget in (self.f_widget, self.df_widget):
            widget.setMinimumHeight(140)
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        # Items, created once.
        self.f_zero = self._zero_lines(self.f_plot)
        self.df_zero = self._zero_lines(self.df_plot)
        # Pools that grow on demand (and never shrink): shaded regions and pins.
        self.regions: list[pg.LinearRegionItem] = []
        self.f_legend = self.f_plot.addLegend(offset=(8, 8))
        self.df_legend = self.df_plot.addLegend(offset=(8, 8))
        self.pin_curves: list[pg.PlotDataItem] = []
        self.pin_dcurves: list[pg.PlotDataItem] = []
        # The view follows the data until the user zooms or pans (then "Reset
        # view" brings it back). The range is computed here rather than by
        # pyqtgraph's auto-range, which runs while painting and so paints twice.
        self._styled_dpr = 1.0
        self.legend_corners: dict[str, str] = {}  # "f"/"df" -> "left"/"right"
        self._follow_data = True
        self._fitted: tuple[tuple[float, float], tuple[float, float]] | None = None
        self._stale = False
        self._pin_bounds: tuple[tuple[float, float], tuple[float, float]] = ((0.0, 0.0), (0.0, 0.0))
        for plot in (self.f_plot, self.df_plot):
            plot.vb.disableAutoRange()
            plot.vb.sigRangeChangedManually.connect(self._user_moved_view)
        self._legend_timer = QTimer(self)
        self._legend_timer.setSingleShot(True)
        self._legend_timer.setInterval(LEGEND_DELAY_MS)
        self._legend_timer.timeout.connect(self.update_legend)
        self.f_curve = DecimatedCurve()
        self.df_curve = DecimatedCurve()
        self.f_curve.setZValue(10)
        self.df_curve.setZValue(10)
        for plot in (self.f_plot, self.df_plot):
            # Keep the model's arrays in the items, but draw about one of their
            # samples per device pixel: a thick antialiased stroke costs per
            # vertex, and more vertices than pixels change nothing on screen.
            # (Set on the plot: it re-applies its mode to every item added.)
            plot.setDownsampling(auto=True, mode="subsample")
            # pyqtgraph picks the step when the x range changes, not when the
            # plot is resized: re-pick it then, or a plot laid out after its
            # first data keeps the step of its initial, tiny size.
            plot.vb.sigResized.connect(self._resample)
        self.f_plot.addItem(self.f_curve)
        self.df_plot.addItem(self.df_curve)
        self.f_legend.addItem(self.f_curve, "f(x)")
        self.df_legend.addItem(self.df_curve, "f′(x)")
        self._vanishing_sample = pg.BarGraphItem(x=[0.0], height=[1.0], width=1.0)
        self.df_legend.addItem(self._vanishing_sample, "")
        self._pins_in_legend: list[pg.PlotDataItem] = []

        self.f_cross = pg.InfiniteLine(angle=90, movable=False)
        self.df_cross = pg.InfiniteLine(angle=90, movable=False)
        self.f_dot = pg.ScatterPlotItem(size=DOT_SIZE)
        self.df_dot = pg.ScatterPlotItem(size=DOT_SIZE)
        crosshair = ((self.f_plot, self.f_cross, self.f_dot), (self.df_plot, self.df_cross, self.df_dot))
        for plot, line, dot in crosshair:
            line.setZValue(20)
            dot.setZValue(21)
            plot.addItem(line, ignoreBounds=True)
            plot.addItem(dot, ignoreBounds=True)

        # Read-out and buttons above the plots.
        self.readout = ReadoutLabel(self)
        self.reset_view_button = QPushButton(self)
        top = QHBoxLayout()
        top.setContentsMargins(4, 0, 4, 0)
        top.addWidget(self.readout, 1)
        top.addWidget(self.reset_view_button)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.f_widget)
        self.splitter.addWidget(self.df_widget)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self._leave_filter = _HoverLeaveFilter(self)
        for widget in (self.f_widget, self.df_widget):
            widget.viewport().installEventFilter(self._leave_filter)
        self.f_widget.scene().sigMouseMoved.connect(lambda pos: self._hover(self.f_plot, pos))
        self.df_widget.scene().sigMouseMoved.connect(lambda pos: self._hover(self.df_plot, pos))
        self.reset_view_button.clicked.connect(self.reset_view)

        state.activation_changed.connect(self._activation_changed)
        state.params_changed.connect(self._params_changed)
        state.x_range_changed.connect(self._range_changed)
        state.samples_changed.connect(self._range_changed)
        state.pins_changed.connect(self.update_pins)
        state.show_derivative_changed.connect(self._show_derivative)
        self.df_widget.setVisible(state.show_derivative)
        self.set_theme(LIGHT)
        self.retranslate_ui()
        self.hide_crosshair()
        self.update_curves()
        self.update_legend()
        self.update_pins()

    # -- construction helpers ---------------------------------------------------

    @staticmethod
    def _zero_lines(plot: pg.PlotItem) -> tuple[pg.InfiniteLine, pg.InfiniteLine]:
        horizontal = pg.InfiniteLine(pos=0.0, angle=0, movable=False)
        vertical = pg.InfiniteLine(pos=0.0, angle=90, movable=False)
        for line in (horizontal, vertical):
            line.setZValue(-5)
            plot.addItem(line, ignoreBounds=True)
        return horizontal, vertical

    def _new_pin_items(self) -> None:
        """Add one (f, f') pair of items to the pin pool."""
        for plot, pool in ((self.f_plot, self.pin_curves), (self.df_plot, self.pin_dcurves)):
            item = DecimatedCurve()
            # A pin does not change while a parameter is dragged: keep its
            # rendering (redrawn only when the view's range changes).
            item.curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            item.setZValue(5)
            item.setVisible(False)
            item.opts["autoDownsampleFactor"] = self.f_curve.opts["autoDownsampleFactor"]
            plot.addItem(item)
            pool.append(item)

    def _new_region(self) -> pg.LinearRegionItem:
        region = pg.LinearRegionItem(movable=False)
        region.setZValue(-10)
        region.setVisible(False)
        self._style_region(region)
        self.df_plot.addItem(region, ignoreBounds=True)
        self.regions.append(region)
        return region

    def _style_region(self, region: pg.LinearRegionItem) -> None:
        theme = getattr(self, "theme", LIGHT)
        region.setBrush(pg.mkBrush(theme.vanishing))
        region.setHoverBrush(pg.mkBrush(theme.vanishing))
        for line in region.lines:
            line.setPen(pg.mkPen(None))
            line.setHoverPen(pg.mkPen(None))

    # -- text and appearance ----------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.reset_view_button.setText(self.tr("Reset view"))
        self.reset_view_button.setToolTip(
            self.tr("Zoom back to the whole x range (mouse: drag to pan, wheel to zoom)")
        )
        self._set_axis_labels()
        # Legend labels are HTML: escape the "<".
        self.df_legend.getLabel(self._vanishing_sample).setText(
            html.escape(self.tr("vanishing: |f′| < 1% of max"))
        )
        _fit_legend(self.df_legend)
        self._update_titles()
        self.hide_crosshair()

    def _set_axis_labels(self) -> None:
        size = self.font().pointSizeF()
        style = {"font-size": f"{(size if size > 0 else 10.0) + 2:g}pt"}
        self.f_plot.setLabel("left", "f(x)", **style)
        self.df_plot.setLabel("left", "f′(x)", **style)
        self.f_plot.setLabel("bottom", "x", **style)
        self.df_plot.setLabel("bottom", "x", **style)

    def _px(self, width: float) -> float:
        """Return a pen width in device pixels for ``width`` logical pixels.

        pyqtgraph's pens are cosmetic, drawn in device pixels: without this a
        curve is half as thick on a 4K screen at 200 % as on a normal one.
        """
        return width * self.devicePixelRatioF() * self._export_scale

    def set_export_scale(self, scale: float) -> None:
        """Style the plots for an image rendered at ``scale`` (1 for the screen).

        The pens are cosmetic, drawn in device pixels: an image rendered at 3x
        needs them 3 times wider, and 3 times more samples drawn, to look like
        the window does. The export code sets this around rendering.
        """
        if scale != self._export_scale:
            self._export_scale = scale
            self.set_theme(self.theme)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change; follow the font and the screen's pixel ratio."""
        if event.type() == QEvent.Type.FontChange:
            self._apply_font(self.font())
        elif event.type() == QEvent.Type.DevicePixelRatioChange:
            self.set_theme(self.theme)
        super().changeEvent(event)

    def _apply_font(self, font: QFont) -> None:
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        for plot in (self.f_plot, self.df_plot):
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setStyle(tickFont=font)
        self._set_axis_labels()
        self._update_titles()
        for legend in (self.f_legend, self.df_legend):
            legend.opts["labelTextSize"] = f"{size:g}pt"
            for _sample, label in legend.items:
                label.setText(label.text, size=f"{size:g}pt")
        self.set_theme(self.theme)

    def set_theme(self, theme: Theme) -> None:
        """Recolour every plot item for ``theme``."""
        self.theme = theme
        for widget in (self.f_widget, self.df_widget):
            widget.setBackground(theme.plot_background)
        for plot in (self.f_plot, self.df_plot):
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(theme.plot_foreground))
                axis.setTextPen(pg.mkPen(theme.plot_foreground))
                axis.setStyle(tickTextOffset=4)
                axis.label.setDefaultTextColor(pg.mkColor(theme.plot_foreground))
            plot.showGrid(x=True, y=True, alpha=0.12 if theme.name == "light" else 0.18)
        self._update_titles()
        px = self._px
        self._styled_dpr = self.devicePixelRatioF()
        self._set_samples_per_pixel(SAMPLES_PER_PIXEL * self._styled_dpr * self._export_scale)
        zero_pen = pg.mkPen(theme.zero_line, width=px(1))
        for line in (*self.f_zero, *self.df_zero):
            line.setPen(zero_pen)
        self.f_curve.setPen(pg.mkPen(theme.curve, width=px(CURVE_WIDTH)))
        self.df_curve.setPen(pg.mkPen(theme.derivative, width=px(CURVE_WIDTH)))
        for region in self.regions:
            self._style_region(region)
        self._vanishing_sample.setOpts(brush=pg.mkBrush(theme.vanishing), pen=pg.mkPen(None))
        cross_pen = pg.mkPen(theme.crosshair, width=px(1), style=Qt.PenStyle.DashLine)
        self.f_cross.setPen(cross_pen)
        self.df_cross.setPen(cross_pen)
        self.f_dot.setBrush(pg.mkBrush(theme.curve))
        self.df_dot.setBrush(pg.mkBrush(theme.derivative))
        self.f_dot.setPen(pg.mkPen(theme.plot_background, width=px(1.5)))
        self.df_dot.setPen(pg.mkPen(theme.plot_background, width=px(1.5)))
        self.f_dot.setSize(px(DOT_SIZE))
        self.df_dot.setSize(px(DOT_SIZE))
        for legend in (self.f_legend, self.df_legend):
            legend.setLabelTextColor(theme.plot_foreground)
            for _sample, label in legend.items:  # pyqtgraph only stores the colour: redraw
                label.setText(label.text)
            fill = pg.mkColor(theme.plot_background)
            fill.setAlpha(200)  # curves under the legend stay faintly visible
            legend.setBrush(pg.mkBrush(fill))
            legend.setPen(pg.mkPen(theme.mid))
        self.update_pins()

    def _set_samples_per_pixel(self, factor: float, force: bool = False) -> None:
        """Draw about ``factor`` samples per logical pixel of the plots' width."""
        for item in (self.f_curve, self.df_curve, *self.pin_curves, *self.pin_dcurves):
            if force or item.opts["autoDownsampleFactor"] != factor:
                item.opts["autoDownsampleFactor"] = factor
                item.setDownsampling(auto=False)  # toggling makes the item re-sample
                item.setDownsampling(auto=True, method="subsample")

    def _resample(self, *_args: object) -> None:
        if hasattr(self, "df_curve"):  # the plots resize while being built
            factor = SAMPLES_PER_PIXEL * self.devicePixelRatioF() * self._export_scale
            self._set_samples_per_pixel(factor, force=True)

    def _update_titles(self) -> None:
        act = self.state.activation
        colour = self.theme.plot_foreground
        base = self.font().pointSizeF()
        size = f"{(base if base > 0 else 10.0) * 1.3:.1f}pt"
        self.f_plot.setTitle(model_text(act.name), color=colour, size=size)
        self.df_plot.setTitle(self.tr("Derivative"), color=colour, size=size)

    # -- binding ----------------------------------------------------------

    def _activation_changed(self, _activation_id: str) -> None:
        self.update_curves()
        self.update_legend()
        self._update_titles()
        self.reset_view()

    def _show_derivative(self, show: bool) -> None:
        self.df_widget.setVisible(show)

    def _params_changed(self, _params: dict) -> None:
        if self.isHidden() or not self.isVisible():
            # Hidden behind the softmax view: catch up when shown (or exported).
            self._stale = True
            return
        self.update_curves()

    def ensure_current(self) -> None:
        """Bring the curves up to date if the state changed while the plots were hidden."""
        if self._stale:
            self._stale = False
            self.update_curves()
            self.update_legend()

    def showEvent(self, event) -> None:
        """Catch up with changes made while hidden (and with the screen it is shown on)."""
        if self.devicePixelRatioF() != self._styled_dpr:
            self.set_theme(self.theme)
        self.ensure_current()
        super().showEvent(event)

    def _range_changed(self, *_args: object) -> None:
        self.update_curves()
        self.update_pins()
        self.reset_view()

    def update_curves(self) -> None:
        """Show the model's curve of the selected activation and parameters."""
        self._stale = False
        state = self.state
        curve = sample_curve(state.activation_id, state.params, *state.x_range, state.samples)
        self.curve = curve
        self.f_curve.setData(curve.x, curve.y)
        self.df_curve.setData(curve.x, curve.dy)
        while len(self.regions) < len(curve.regions):
            self._new_region()
        # A region of one sample still deserves a visible sliver: pad by half a step.
        half_step = 0.5 * (curve.x[1] - curve.x[0]) if curve.x.size > 1 else 0.0
        lo_limit, hi_limit = float(curve.x[0]), float(curve.x[-1])
        for region, bounds in zip(self.regions, curve.regions, strict=False):
            region.setRegion((max(lo_limit, bounds[0] - half_step), min(hi_limit, bounds[1] + half_step)))
            region.setVisible(True)
        for region in self.regions[len(curve.regions):]:
            region.setVisible(False)
        self.fit_view(grow_only=True)
        # Relaying out the legend costs as much as drawing a curve: while a
        # slider is dragged, its label follows at most every LEGEND_DELAY_MS.
        if not self._legend_timer.isActive():
            self._legend_timer.start()
        if self.f_cross.isVisible():
            self._show_readout(self.f_cross.value())

    def update_legend(self) -> None:
        """Name the live curves in the legends after the activation and its parameters."""
        self._legend_timer.stop()
        label = self.state.activation.label(self.state.params)
        name, paren, rest = label.partition("(")
        for legend, item, text in (
            (self.f_legend, self.f_curve, label),
            (self.df_legend, self.df_curve, f"{name}′{paren}{rest}"),
        ):
            escaped = html.escape(text)
            legend_label = legend.getLabel(item)
            if legend_label.text != escaped:
                legend_label.setText(escaped)
                _fit_legend(legend)

    def update_pins(self, *_args: object) -> None:
        """Overlay one dashed curve per pin, in the pin palette, named in the legend."""
        pins: tuple[Pin, ...] = self.state.pins
        for item in self._pins_in_legend:
            self.f_legend.removeItem(item)
        self._pins_in_legend = []
        bounds: list[tuple[tuple[float, float], tuple[float, float]]] = []
        x_min, x_max = self.state.x_range
        while len(self.pin_curves) < len(pins):
            self._new_pin_items()
        for index, (f_item, df_item) in enumerate(zip(self.pin_curves, self.pin_dcurves, strict=True)):
            if index >= len(pins):
                f_item.setVisible(False)
                df_item.setVisible(False)
                continue
            pin = pins[index]
            curve = sample_curve(pin.activation_id, pin.param_dict, x_min, x_max, self.state.samples)
            colour = self.theme.pin_colour(index)
            pen = pg.mkPen(colour, width=self._px(PIN_WIDTH), style=Qt.PenStyle.DashLine)
            for item, values in ((f_item, curve.y), (df_item, curve.dy)):
                item.setData(curve.x, values)
                item.setPen(pen)
                item.setVisible(True)
            self.f_legend.addItem(f_item, html.escape(pin.label))
            self._pins_in_legend.append(f_item)
            bounds.append((_span(curve.y, 0.0, 0.0), _span(curve.dy, 0.0, 0.0)))
        _fit_legend(self.f_legend)
        self._pin_bounds = (
            (min((b[0][0] for b in bounds), default=0.0), max((b[0][1] for b in bounds), default=0.0)),
            (min((b[1][0] for b in bounds), default=0.0), max((b[1][1] for b in bounds), default=0.0)),
        )
        self.fit_view()

    def reset_view(self) -> None:
        """Zoom both plots back to the whole x range and the data's y range, and follow the data."""
        self._follow_data = True
        self.fit_view()
        self.place_legends()

    def place_legends(self) -> None:
        """Put each legend in the top corner where the live curve leaves more room."""
        if self.curve is None or self._fitted is None:
            return
        for key, legend, values, (low, high) in (
            ("f", self.f_legend, self.curve.y, self._fitted[0]),
            ("df", self.df_legend, self.curve.dy, self._fitted[1]),
        ):
            corner = legend_corner(values, low, high)
            if corner != self.legend_corners.get(key):
                self.legend_corners[key] = corner
                if corner == "left":
                    legend.anchor(itemPos=(0, 0), parentPos=(0, 0), offset=(8, 8))
                else:
                    legend.anchor(itemPos=(1, 0), parentPos=(1, 0), offset=(-8, 8))

    def _user_moved_view(self, *_args: object) -> None:
        self._follow_data = False

    @property
    def follows_data(self) -> bool:
        """Whether the view still fits the data (False after the user zoomed or panned)."""
        return self._follow_data

    def fit_view(self, grow_only: bool = False) -> None:
        """Fit both plots to the x range and to the curves' y values, always showing y = 0.

        Zero stays in view so that a derivative between 0.2 and 1 is not
        mistaken for one far from zero. With ``grow_only`` (while a parameter
        is dragged) the view only widens to keep the curves in sight: a
        steady frame shows how the curve changes, and the pins and axes need
        not be redrawn. Does nothing after the user zoomed or panned, until
        :meth:`reset_view`.
        """
        if not self._follow_data or self.curve is None:
            return
        (pin_lo, pin_hi), (dpin_lo, dpin_hi) = self._pin_bounds
        f_range = _span(self.curve.y, pin_lo, pin_hi)
        df_range = _span(self.curve.dy, dpin_lo, dpin_hi)
        if grow_only and self._fitted is not None:
            f_range = _grow(self._fitted[0], f_range)
            df_range = _grow(self._fitted[1], df_range)
            if (f_range, df_range) == self._fitted:
                return
        self._fitted = (f_range, df_range)
        self.f_plot.vb.setRange(xRange=self.state.x_range, yRange=f_range, padding=VIEW_PADDING)
        self.df_plot.vb.setRange(yRange=df_range, padding=VIEW_PADDING)
        # pyqtgraph defers the new transform to the next paint, where changing
        # it makes Qt paint the view a second time: apply it now.
        self.f_plot.vb.updateMatrix()
        self.df_plot.vb.updateMatrix()

    # -- crosshair ----------------------------------------------------------

    def _hover(self, plot: pg.PlotItem, scene_pos: QPointF) -> None:
        if not plot.vb.sceneBoundingRect().contains(scene_pos):
            self.hide_crosshair()
            return
        self._show_readout(plot.vb.mapSceneToView(scene_pos).x())

    def _show_readout(self, x: float) -> None:
        act, params = self.state.activation, self.state.params
        if act.is_vector:
            z = np.array([[x, 0.0]])
            y, dy = float(act(z, **params)[0, 0]), float(act.derivative(z, **params)[0, 0])
        else:
            y, dy = float(act(x, **params)), float(act.derivative(x, **params))
        for line in (self.f_cross, self.df_cross):
            line.setValue(x)
            line.setVisible(True)
        self.f_dot.setData([x], [y] if math.isfinite(y) else [])
        self.df_dot.setData([x], [dy] if math.isfinite(dy) else [])
        self.f_dot.setVisible(math.isfinite(y))
        self.df_dot.setVisible(math.isfinite(dy))
        self.readout.setText(
            f"x = {format_number(x)}    f(x) = {format_number(y)}    f′(x) = {format_number(dy)}"
        )

    def readout_values(self) -> tuple[float, float, float] | None:
        """The crosshair's (x, f(x), f'(x)), or None when it is hidden."""
        if not self.f_cross.isVisible():
            return None
        x = float(self.f_cross.value())
        _, fy = self.f_dot.getData()
        _, dy = self.df_dot.getData()
        y = float(fy[0]) if len(fy) else math.nan
        d = float(dy[0]) if len(dy) else math.nan
        return x, y, d

    def hide_crosshair(self) -> None:
        """Hide the crosshair and show the hint instead of the read-out."""
        for item in (self.f_cross, self.df_cross, self.f_dot, self.df_dot):
            item.setVisible(False)
        self.readout.setText(self.tr("Hover over a plot to read x, f(x) and f′(x)"))
