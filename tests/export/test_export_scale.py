import pytest

from actgui.export.render import render_image
from actgui.state.explorer import ExplorerState
from actgui.state.session import Session
from actgui.ui.forward.diagram import HIGHLIGHT
from actgui.ui.forward.panel import ForwardPanel
from actgui.ui.main_window import MainWindow
from actgui.ui.theme import LIGHT

from .conftest import colour_mask, image_array


def _pixels_near(image, colour: str, tolerance: int = 40) -> int:
    return int(colour_mask(image_array(image), colour, tolerance).sum())


def _curve_pixels(image) -> int:
    return _pixels_near(image, LIGHT.curve)


def test_lines_keep_their_look_at_3x(qtbot):
    """Cosmetic pens are device pixels: at 3x they are drawn 3x wider, so the
    curve covers about 9x the pixels of 1x (3x longer and 3x thicker), not 3x."""
    state = ExplorerState()
    state.set_activation("relu")
    window = MainWindow(Session(explorer=state))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    plot = window.explorer.plots.f_widget
    one = _curve_pixels(render_image(plot, 1))
    three = _curve_pixels(render_image(plot, 3))
    assert one > 100
    assert 6.0 < three / one < 12.0
    # The window itself is back to its screen styling afterwards.
    assert window.explorer.plots._export_scale == 1.0
    assert _curve_pixels(render_image(plot, 1)) == one


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_forward_panel_lines_keep_their_look_at_3x(qtbot):
    """The forward panel's lines (the selected neuron's outline, the activation
    curve beside it, the axes) are cosmetic too: at 3x they cover about 9x the
    pixels of 1x, as the cells and the text around them do."""
    panel = ForwardPanel(Session().layer)
    qtbot.addWidget(panel)
    panel.resize(1100, 640)
    panel.show()
    qtbot.waitExposed(panel)
    # HIGHLIGHT (#F0B400) against the orange f'(h) bars (#E69F00): 12 keeps them apart.
    outline_colour = HIGHLIGHT.name()
    outline = [_pixels_near(render_image(panel.diagram, s), outline_colour, 12) for s in (1, 3)]
    curve = [_curve_pixels(render_image(panel.explainer.curve_plot, s)) for s in (1, 3)]
    assert outline[0] > 300 and curve[0] > 300, (outline, curve)
    assert 7.0 < outline[1] / outline[0] < 11.0, outline
    assert 7.0 < curve[1] / curve[0] < 11.0, curve
    # Back to the screen's widths afterwards: a 1x render is unchanged.
    assert panel.diagram.w_outline.pen().widthF() == 3.0
    assert panel.explainer.curve.opts["pen"].widthF() == 2.5
    assert _pixels_near(render_image(panel.diagram, 1), outline_colour, 12) == outline[0]
