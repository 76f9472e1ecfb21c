"""The curve plots show exactly the model's numbers and follow the controls."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest

from actgui.model import ACTIVATIONS, get_activation, sample_curve
from actgui.model.curves import vanishing_regions
from actgui.state.explorer import ExplorerState
from actgui.state.session import Session
from actgui.ui.explorer.curve_overlays import GRADIENT_THRESHOLD
from actgui.ui.explorer.curve_plots import CurvePlots
from actgui.ui.explorer.readout_label import format_number
from actgui.ui.main_window import MainWindow
from actgui.ui.theme import DARK, LIGHT
from actgui.ui.widgets import decimate

ELEMENTWISE = [a.id for a in ACTIVATIONS.values() if a.kind == "elementwise"]


def model_curve(state: ExplorerState):
    return sample_curve(state.activation_id, state.params, *state.x_range, state.samples)


def assert_plots_match_model(plots: CurvePlots, state: ExplorerState) -> None:
    curve = model_curve(state)
    x, y = plots.f_curve.getOriginalDataset()
    dx, dy = plots.df_curve.getOriginalDataset()
    np.testing.assert_array_equal(x, curve.x)
    np.testing.assert_array_equal(y, curve.y)
    np.testing.assert_array_equal(dx, curve.x)
    np.testing.assert_array_equal(dy, curve.dy)


def test_each_activation_puts_the_model_values_in_the_plot(window):
    state = window.state
    plots = window.explorer.plots
    # Every elementwise activation, at its defaults and at a non-default value of each parameter.
    for activation_id in ELEMENTWISE:
        state.set_activation(activation_id)
        assert window.explorer.center.currentWidget() is plots
        assert_plots_match_model(plots, state)
        expected_label = get_activation(activation_id).label(state.params)
        assert plots.f_legend.getLabel(plots.f_curve).text == expected_label
        # The shading is exactly where |f'| < 0.01 (each region padded by half a step).
        curve = model_curve(state)
        expected = vanishing_regions(curve.x, np.abs(curve.dy) < GRADIENT_THRESHOLD)
        shown = [r.getRegion() for r in plots.regions if r.isVisible()]
        assert len(shown) == len(expected), activation_id
        half = 0.5 * (curve.x[1] - curve.x[0])
        for (lo, hi), (start, end) in zip(shown, expected, strict=True):
            assert lo == pytest.approx(max(curve.x[0], start - half))
            assert hi == pytest.approx(min(curve.x[-1], end + half))
        for param in state.activation.params:
            if not param.is_choice:
                value = param.minimum + 3 * param.step
                if activation_id == "hardtanh" and param.name == "max_val":
                    continue  # min_val < max_val must hold; covered by the refusal test
                state.set_param(param.name, value)
            else:
                state.set_param(param.name, param.choices[-1])
            assert_plots_match_model(plots, state)
        state.reset_params()


def test_vanishing_regions_cover_exactly_the_masked_samples(window):
    state = window.state
    state.set_activation("sigmoid")
    state.set_x_range(-12.0, 12.0)
    plots = window.explorer.plots
    curve = model_curve(state)
    mask = np.abs(curve.dy) < GRADIENT_THRESHOLD
    assert mask.any() and not mask.all()
    regions = [r.getRegion() for r in plots.regions if r.isVisible()]
    assert len(regions) == 2  # both saturated tails of the sigmoid
    inside = np.zeros_like(curve.x, dtype=bool)
    for lo, hi in regions:
        inside |= (curve.x >= lo) & (curve.x <= hi)
    np.testing.assert_array_equal(inside, mask)


def test_shading_uses_one_absolute_threshold_whatever_the_view(window):
    state = window.state
    plots = window.explorer.plots
    state.set_x_range(-6.0, 6.0)
    edges = {}
    for activation_id in ("sigmoid", "tanh"):
        state.set_activation(activation_id)
        shown = sorted(r.getRegion() for r in plots.regions if r.isVisible())
        assert len(shown) == 2, activation_id  # both tails, on the default range too
        edges[activation_id] = shown[1][0]
        assert plots.vanishing.peak == pytest.approx({"sigmoid": 0.25, "tanh": 1.0}[activation_id], rel=1e-3)
        assert plots.vanishing.peak_line.isVisible()
    assert edges["sigmoid"] == pytest.approx(4.6, abs=0.06)  # sigma'(4.6) = 0.01
    assert edges["tanh"] == pytest.approx(2.99, abs=0.06)
    state.set_activation("sigmoid")
    state.set_x_range(4.0, 10.0)  # the shading does not move with the view
    shown = [r.getRegion() for r in plots.regions if r.isVisible()]
    assert len(shown) == 1 and shown[0][0] == pytest.approx(4.6, abs=0.03)
    assert plots.vanishing.peak == pytest.approx(0.25, rel=1e-3)  # the peak is not the view's
    legend = plots.df_legend.getLabel(plots._vanishing_sample).text
    assert "0.01" in legend


def test_regions_pool_hides_unused_regions_and_grows_when_needed(window):
    state = window.state
    plots = window.explorer.plots
    state.set_activation("relu")
    assert sum(r.isVisible() for r in plots.regions) == 1  # x <= 0
    state.set_activation("softplus")
    state.set_params("softplus", {"beta": 1.0})
    state.set_activation("linear")
    assert not any(r.isVisible() for r in plots.regions)


def test_slider_changes_update_both_curves(window, qtbot):
    state = window.state
    state.set_activation("leaky_relu")
    row = window.explorer.params.rows["negative_slope"]
    before_y = window.explorer.plots.f_curve.getOriginalDataset()[1].copy()
    before_dy = window.explorer.plots.df_curve.getOriginalDataset()[1].copy()
    row.slider.setValue(row.tick_of(0.3))
    assert state.params["negative_slope"] == pytest.approx(0.3)
    assert row.spin.value() == pytest.approx(0.3)
    y = window.explorer.plots.f_curve.getOriginalDataset()[1]
    dy = window.explorer.plots.df_curve.getOriginalDataset()[1]
    assert not np.array_equal(y, before_y) and not np.array_equal(dy, before_dy)
    assert_plots_match_model(window.explorer.plots, state)
    x = window.explorer.plots.f_curve.getOriginalDataset()[0]
    np.testing.assert_allclose(dy[x < 0], 0.3)
    np.testing.assert_allclose(y[x < 0], 0.3 * x[x < 0])


def test_spin_box_typing_updates_both_curves(window, qtbot):
    from PySide6.QtCore import Qt

    state = window.state
    state.set_activation("elu")
    row = window.explorer.params.rows["alpha"]
    row.spin.lineEdit().selectAll()
    qtbot.keyClicks(row.spin.lineEdit(), "2.5")
    qtbot.keyClick(row.spin.lineEdit(), Qt.Key.Key_Return)
    assert state.params["alpha"] == 2.5
    assert row.slider.value() == row.tick_of(2.5)
    assert_plots_match_model(window.explorer.plots, state)
    y = window.explorer.plots.f_curve.getOriginalDataset()[1]
    assert y[0] == pytest.approx(2.5 * np.expm1(-6.0))


def test_range_and_samples_resample_the_curves_and_pins(window):
    state = window.state
    state.set_activation("tanh")
    state.pin_current()
    state.set_activation("relu")
    state.set_x_range(-2.0, 3.0)
    state.set_samples(51)
    plots = window.explorer.plots
    assert_plots_match_model(plots, state)
    px, py = plots.pin_curves[0].getOriginalDataset()
    np.testing.assert_array_equal(px, np.linspace(-2.0, 3.0, 51))
    np.testing.assert_array_equal(py, np.tanh(px))


def test_crosshair_reads_out_the_model_at_the_mouse(window, qtbot):
    from PySide6.QtCore import QPointF

    state = window.state
    state.set_activation("sigmoid")
    plots = window.explorer.plots
    vb = plots.f_plot.vb
    scene_pos = vb.mapViewToScene(QPointF(1.5, 0.5))
    plots.f_widget.scene().sigMouseMoved.emit(scene_pos)
    x, y, dy = plots.readout_values()
    act = get_activation("sigmoid")
    assert x == pytest.approx(1.5, abs=0.05)
    assert y == float(act(x))
    assert dy == float(act.derivative(x))
    text = plots.readout.text()
    assert format_number(y) in text and format_number(dy) in text
    plots.hide_crosshair()
    assert plots.readout_values() is None


def test_reset_view_restores_the_full_range_after_zoom(window, qtbot):
    plots = window.explorer.plots
    plots.f_plot.vb.scaleBy((0.2, 0.2))
    (x_lo, x_hi), _ = plots.f_plot.vb.viewRange()
    assert x_hi - x_lo < 6
    plots.reset_view_button.click()
    (x_lo, x_hi), _ = plots.f_plot.vb.viewRange()
    assert x_lo <= -6.0 and x_hi >= 6.0
    (dx_lo, dx_hi), _ = plots.df_plot.vb.viewRange()
    assert (dx_lo, dx_hi) == pytest.approx((x_lo, x_hi))  # the x axes are linked


def test_derivative_plot_can_be_hidden_and_shown(window):
    plots = window.explorer.plots
    window.show_derivative_action.trigger()
    assert window.state.show_derivative is False
    assert not plots.df_widget.isVisible()
    window.show_derivative_action.trigger()
    assert window.state.show_derivative is True
    assert plots.df_widget.isVisible()


def test_zero_stays_in_view_of_the_derivative(window):
    window.state.set_activation("leaky_relu")
    window.state.set_param("negative_slope", 0.5)
    _, (y_lo, _y_hi) = window.explorer.plots.df_plot.vb.viewRange()
    assert y_lo <= 0.0


def test_theme_recolours_the_plot_items(window):
    plots = window.explorer.plots
    window.view_settings.set_theme("dark")
    assert plots.f_curve.opts["pen"].color().name().lower() == DARK.curve.lower()
    assert plots.f_widget.backgroundBrush().color().name().lower() == DARK.plot_background.lower()
    window.view_settings.set_theme("light")
    assert plots.df_curve.opts["pen"].color().name().lower() == LIGHT.derivative.lower()


def test_items_are_reused_not_rebuilt(window):
    plots = window.explorer.plots
    items_before = set(map(id, plots.f_plot.items)) | set(map(id, plots.df_plot.items))
    for value in np.linspace(0.0, 1.0, 30):
        window.state.set_activation("leaky_relu")
        window.state.set_param("negative_slope", float(value))
    window.state.set_activation("gelu")
    items_after = set(map(id, plots.f_plot.items)) | set(map(id, plots.df_plot.items))
    assert items_after == items_before


def test_format_number():
    assert format_number(0.0) == "0"
    assert format_number(-0.5) == "−0.5"
    assert format_number(float("inf")) == "∞"
    assert format_number(1234567.0) == "1.235e+06"


def test_view_widens_while_dragging_and_fits_tightly_on_a_new_activation(window):
    state, plots = window.state, window.explorer.plots
    state.set_activation("leaky_relu")
    state.set_param("negative_slope", 0.5)
    _, (y_lo, _y_hi) = plots.f_plot.vb.viewRange()
    assert y_lo <= -3.0  # grew to show f(-6) = -3
    state.set_param("negative_slope", 0.1)
    _, (y_lo_after, _) = plots.f_plot.vb.viewRange()
    assert y_lo_after == pytest.approx(y_lo)  # a steady frame while dragging back
    state.set_activation("relu")
    state.set_activation("leaky_relu")
    _, (y_tight, _) = plots.f_plot.vb.viewRange()
    assert -1.0 < y_tight < 0.0  # refitted to f(-6) = -0.6


def test_a_user_zoom_is_kept_until_reset(window):
    state, plots = window.state, window.explorer.plots
    state.set_activation("elu")
    vb = plots.f_plot.vb
    vb.setRange(xRange=(0.0, 1.0), yRange=(0.0, 1.0), padding=0)
    vb.sigRangeChangedManually.emit(vb.state["mouseEnabled"])  # what a wheel or drag emits
    assert not plots.follows_data
    state.set_param("alpha", 5.0)
    (x_lo, x_hi), _ = vb.viewRange()
    assert (x_lo, x_hi) == pytest.approx((0.0, 1.0))
    plots.reset_view_button.click()
    assert plots.follows_data
    (x_lo, x_hi), (y_lo, _) = vb.viewRange()
    assert x_lo <= -6.0 and x_hi >= 6.0 and y_lo <= -5.0


def test_legends_go_to_the_emptier_top_corner(window):
    from actgui.ui.explorer.curve_geometry import legend_corner

    x = np.linspace(-6, 6, 300)
    assert legend_corner(np.maximum(x, 0), 0, 6) == "left"  # relu fills the top right
    assert legend_corner(np.maximum(-x, 0), 0, 6) == "right"
    assert legend_corner(np.exp(-x * x), 0, 1) == "left"  # a centred bell: either, left by default
    state, plots = window.state, window.explorer.plots
    state.set_activation("relu")
    assert plots.legend_corners["f"] == "left"
    state.set_activation("logsigmoid")  # f is high on the right, f' on the left
    assert plots.legend_corners["f"] == "left"
    assert plots.legend_corners["df"] == "right"


def _one_sample_per_pixel(item) -> tuple[np.ndarray, np.ndarray]:
    """What pyqtgraph alone would draw: about one exact sample per device pixel."""
    saved = item._datasetDisplay
    item._datasetDisplay = None
    item.setProperty("xViewRangeWasChanged", True)
    try:
        full = pg.PlotDataItem._getDisplayDataset(item)
    finally:
        item._datasetDisplay = saved
    return full.x, full.y


def _distance_to_polyline(x, y, kx, ky) -> np.ndarray:
    """Distance of each point (x, y) from the polyline through (kx, ky), x increasing."""
    i = np.clip(np.searchsorted(kx, x, side="right") - 1, 0, kx.size - 2)
    ax, ay, dx, dy = kx[i], ky[i], kx[i + 1] - kx[i], ky[i + 1] - ky[i]
    length2 = dx * dx + dy * dy
    t = np.clip(((x - ax) * dx + (y - ay) * dy) / np.where(length2 > 0, length2, 1.0), 0.0, 1.0)
    return np.hypot(x - (ax + t * dx), y - (ay + t * dy))


def test_curves_draw_exact_samples_at_most_one_per_pixel(qtbot):
    """The items hold every sample of the model; the screen gets a thinned subsample of them."""
    state = ExplorerState()
    state.set_samples(5000)
    state.set_activation("gelu")
    window = MainWindow(Session(explorer=state))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    plots = window.explorer.plots
    curve = sample_curve("gelu", {}, *state.x_range, 5000)
    for item, values in ((plots.f_curve, curve.y), (plots.df_curve, curve.dy)):
        x_all, y_all = item.getOriginalDataset()
        np.testing.assert_array_equal(y_all, values)
        x_pixel, _ = _one_sample_per_pixel(item)
        width = item.getViewBox().width() * plots.devicePixelRatioF()
        assert 0.5 * width <= x_pixel.size <= 2.0 * width < x_all.size
        x_shown, y_shown = item.getData()
        assert x_pixel.size / decimate.STRIDE - 1 <= x_shown.size < 0.5 * x_pixel.size
        # Every drawn vertex is an exact sample of the model, in order.
        index = np.searchsorted(x_all, x_shown)
        np.testing.assert_array_equal(x_all[index], x_shown)
        np.testing.assert_array_equal(y_all[index], y_shown)


@pytest.mark.parametrize("dpr_scale", [1.0, 3.0])
def test_thinned_curves_stay_within_a_twentieth_of_a_pixel(window, dpr_scale):
    plots = window.explorer.plots
    plots.set_export_scale(dpr_scale)
    try:
        for activation_id, act in ACTIVATIONS.items():
            if act.is_vector:
                continue
            window.state.set_activation(activation_id)
            for item in (plots.f_curve, plots.df_curve):
                view = item.getViewBox()
                rect = view.viewRect()
                sx, sy = view.width() / rect.width(), view.height() / rect.height()
                x, y = _one_sample_per_pixel(item)
                kx, ky = item.getData()
                finite = np.isfinite(y)
                off = _distance_to_polyline(x[finite] * sx, y[finite] * sy, kx * sx, ky * sy)
                device_px = off.max() * plots.devicePixelRatioF() * dpr_scale
                assert device_px <= decimate.TOLERANCE_PX, f"{activation_id}: {device_px:.3f} px"
    finally:
        plots.set_export_scale(1.0)


def test_keep_mask_keeps_corners_ends_and_breaks():
    x = np.arange(41.0)
    relu = np.maximum(x - 20.5, 0.0)  # the corner between samples 20 and 21
    keep = decimate.keep_mask(x, relu, 0.05)
    assert keep[0] and keep[-1] and keep[20] and keep[21]
    assert keep.sum() == 2 + 41 // decimate.STRIDE + 1
    assert np.all(keep[:: decimate.STRIDE])
    line = 3.0 * x
    assert decimate.keep_mask(x, line, 0.05).sum() == keep.sum() - 2  # a straight line: the stride only
    broken = line.copy()
    broken[13] = np.nan
    kept = decimate.keep_mask(x, broken, 0.05)
    assert kept[12] and kept[13] and kept[14]
    assert decimate.keep_mask(x[:2], line[:2], 0.05).all()


def test_the_view_menu_sets_the_shading_level_and_the_legend_follows(window):
    from actgui.ui.explorer.shading_menu import ShadingMenu

    state = window.state
    plots = window.explorer.plots
    menu = next(a.menu() for a in window.view_menu.actions() if isinstance(a.menu(), ShadingMenu))
    assert [a.data() for a in menu.actions()] == [0.1, 0.01, 0.001, 0.0]
    assert [a.isChecked() for a in menu.actions()] == [False, True, False, False]
    state.set_activation("sigmoid")
    state.set_x_range(-6.0, 6.0)

    def shown():
        return sorted(r.getRegion() for r in plots.regions if r.isVisible())

    def legend():
        return plots.df_legend.getLabel(plots._vanishing_sample).text

    menu.actions()[0].trigger()  # |f'| < 0.1
    assert state.gradient_threshold == 0.1
    assert shown()[1][0] == pytest.approx(2.06, abs=0.03)  # sigma'(2.06) = 0.1
    assert "0.1" in legend()
    menu.actions()[2].trigger()  # |f'| < 0.001: sigmoid's tails reach it beyond 6.9
    assert shown() == [] and "0.001" in legend()
    state.set_activation("tanh")
    assert shown()[1][0] == pytest.approx(4.15, abs=0.03)  # tanh'(4.15) = 0.001
    menu.actions()[3].trigger()
    assert state.gradient_threshold == 0.0 and shown() == []
    assert legend() == "no gradient shading"
    assert plots.vanishing.peak_line.isVisible()  # max |f'| is still drawn
    state.set_gradient_threshold(0.01)  # the state moves the menu's check
    assert [a.isChecked() for a in menu.actions()] == [False, True, False, False]
    assert len(shown()) == 2 and "0.01" in legend()
