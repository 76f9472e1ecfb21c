import numpy as np

from actgui.export.render import render_image
from actgui.state import AppState
from actgui.ui.main_window import MainWindow
from actgui.ui.theme import LIGHT


def _curve_pixels(image) -> int:
    image = image.convertToFormat(image.Format.Format_RGB32)
    width, height = image.width(), image.height()
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(height, image.bytesPerLine() // 4, 4)
    rgb = pixels[:, :width, 2::-1].astype(int)  # BGRA in memory
    target = np.array([int(LIGHT.curve[i : i + 2], 16) for i in (1, 3, 5)])
    return int(np.sum(np.all(np.abs(rgb - target) <= 40, axis=-1)))


def test_lines_keep_their_look_at_3x(qtbot):
    """Cosmetic pens are device pixels: at 3x they are drawn 3x wider, so the
    curve covers about 9x the pixels of 1x (3x longer and 3x thicker), not 3x."""
    state = AppState()
    state.set_activation("relu")
    window = MainWindow(state)
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
