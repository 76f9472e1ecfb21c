"""f(x) and f'(x) of the selected activation, with pinned curves overlaid.

Two pyqtgraph plots with linked x axes. Every item is created once: the live
curves, the zero lines, the crosshair (:mod:`.crosshair`), the pools of
vanishing-gradient shading and pinned curves (:mod:`.curve_overlays`); a
change of state only calls ``setData`` / ``setRegion`` / ``setVisible``.
"""

from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer
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
from actgui.state.explorer import ExplorerState
from actgui.ui.explorer.crosshair import Crosshair
from actgui.ui.explorer.curve_geometry import VIEW_PADDING, fit_legend, grow, legend_corner, span, zero_lines
from actgui.ui.explorer.curve_overlays import PinCurves, VanishingRegions
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
"""Line widths, in logical pixels."""

SAMPLES_PER_PIXEL = 1.0
"""Samples drawn per device pixel; the items keep every sample of the model."""


class CurvePlots(Retranslating, QWidget):
    """The live f and f' plots, bound to the state.

    Attributes
    ----------
    f_widget, df_widget
        The two PlotWidgets (also the export targets 'curve' and 'derivative').
    f_curve, df_curve
        The live curves; ``getData()`` gives exactly the model's arrays.
    regions, pin_curves, pin_dcurves
        The pools of vanishing-gradient regions and of pinned f and f' curves.
    """

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
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
        self.f_zero = zero_lines(self.f_plot)
        self.df_zero = zero_lines(self.df_plot)
        # Pools that grow on demand (and never shrink): shaded regions and pins.
        self.vanishing = VanishingRegions(self.df_plot)
        self.regions = self.vanishing.items
        self.f_legend = self.f_plot.addLegend(offset=(8, 8))
        self.df_legend = self.df_plot.addLegend(offset=(8, 8))
        self.pins = PinCurves(self.f_plot, self.df_plot, self.f_legend)
        self.pin_curves, self.pin_dcurves = self.pins.f_items, self.pins.df_items
        # The view follows the data until the user zooms or pans (then "Reset
        # view" brings it back). The range is computed here rather than by
        # pyqtgraph's auto-range, which runs while painting and so paints twice.
        self._styled_dpr = 1.0
        self.legend_corners: dict[str, str] = {}  # "f"/"df" -> "left"/"right"
        self._follow_data = True
        self._fitted: tuple[tuple[float, float], tuple[float, float]] | None = None
        self._stale = False
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

        # Read-out and buttons above the plots; the crosshair writes the read-out.
        self.readout = ReadoutLabel(self)
        self.crosshair = Crosshair(state, (self.f_widget, self.df_widget), self.readout)
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

        self.reset_view_button.clicked.connect(self.reset_view)

        state.activation_changed.connect(self._activation_changed)
        state.params_changed.connect(self._params_changed)
        state.x_range_changed.connect(self._range_changed)
        state.samples_changed.connect(self._range_changed)
        state.pins_changed.connect(self.update_pins)
        state.show_derivative_changed.connect(self._show_derivative)
        state.gradient_threshold_changed.connect(self._threshold_changed)
        self.df_widget.setVisible(state.show_derivative)
        self.set_theme(LIGHT)
        self.retranslate_ui()
        self.hide_crosshair()
        self.update_curves()
        self.update_legend()
        self.update_pins()

    # -- construction helpers ---------------------------------------------------

    # -- text and appearance ----------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.reset_view_button.setText(self.tr("Reset view"))
        self.reset_view_button.setToolTip(
            self.tr("Zoom back to the whole x range (mouse: drag to pan, wheel to zoom)")
        )
        self._set_axis_labels()
        # Legend labels are HTML: escape the "<".
        self.vanishing.threshold = threshold = self.state.gradient_threshold
        self.vanishing.label_peak()
        text = self.tr("vanishing: |f′| < {threshold:g}") if threshold else self.tr("no gradient shading")
        self.df_legend.getLabel(self._vanishing_sample).setText(html.escape(text.format(threshold=threshold)))
        fit_legend(self.df_legend)
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
        self.vanishing.set_theme(theme)
        self._vanishing_sample.setOpts(brush=pg.mkBrush(theme.vanishing), pen=pg.mkPen(None))
        self.crosshair.set_theme(theme, px(1))
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

    def _threshold_changed(self, _threshold: float) -> None:
        self.retranslate_ui()  # the legend states the level
        self.update_curves()

    def update_curves(self) -> None:
        """Show the model's curve of the selected activation and parameters."""
        self._stale = False
        state = self.state
        curve = sample_curve(state.activation_id, state.params, *state.x_range, state.samples)
        self.curve = curve
        self.f_curve.setData(curve.x, curve.y)
        self.df_curve.setData(curve.x, curve.dy)
        self.vanishing.show(curve, state.activation_id, state.params)
        self.fit_view(grow_only=True)
        # Relaying out the legend costs as much as drawing a curve: while a
        # slider is dragged, its label follows at most every LEGEND_DELAY_MS.
        if not self._legend_timer.isActive():
            self._legend_timer.start()
        self.crosshair.refresh()

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
                fit_legend(legend)

    def update_pins(self, *_args: object) -> None:
        """Overlay one dashed curve per pin, in the pin palette, named in the legend."""
        factor = self.f_curve.opts["autoDownsampleFactor"]
        state = self.state
        self.pins.show(state.pins, state.x_range, state.samples, self.theme, self._px(PIN_WIDTH), factor)
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
        (pin_lo, pin_hi), (dpin_lo, dpin_hi) = self.pins.bounds
        f_range = span(self.curve.y, pin_lo, pin_hi)
        df_range = span(self.curve.dy, dpin_lo, dpin_hi)
        if grow_only and self._fitted is not None:
            f_range = grow(self._fitted[0], f_range)
            df_range = grow(self._fitted[1], df_range)
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

    def readout_values(self) -> tuple[float, float, float] | None:
        """The crosshair's (x, f(x), f'(x)), or None when it is hidden."""
        return self.crosshair.values()

    def hide_crosshair(self) -> None:
        """Hide the crosshair and show the hint instead of the read-out."""
        self.crosshair.hide()
