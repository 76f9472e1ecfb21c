"""Rendering a widget to PNG at 1x/2x/3x and to SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage

from actgui.export.render import export_widget, format_of, render_image, render_svg, themed
from actgui.files.atomic import ExportError
from actgui.ui.theme import DARK, LIGHT

from .conftest import colour_mask, image_array, near, plot_point_to_pixel

CURVE = "#0072B2"
SVG_NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def sigmoid_plot(qtbot):
    widget = pg.PlotWidget(background="w")
    qtbot.addWidget(widget)
    x = np.linspace(-6, 6, 600)
    widget.plot(x, 1 / (1 + np.exp(-x)), pen=pg.mkPen(CURVE, width=2))
    widget.setXRange(-6, 6, padding=0)
    widget.setYRange(0, 1, padding=0.05)
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("scale", [1, 2, 3])
def test_png_has_exact_size_times_scale_and_shows_the_curve(sigmoid_plot, scale):
    image = render_image(sigmoid_plot, scale)
    assert (image.width(), image.height()) == (400 * scale, 300 * scale)
    assert image.devicePixelRatio() == scale
    pixels = image_array(image)
    mask = colour_mask(pixels, CURVE)
    assert mask.sum() > 200 * scale  # a 2 px line across the plot
    for x in (-4.0, -1.0, 0.0, 1.5, 4.0):
        col, row = plot_point_to_pixel(sigmoid_plot, x, 1 / (1 + np.exp(-x)), scale)
        assert near(mask, col, row, 2 * scale), f"curve not at x={x}"
    # ... and not where the model says it is not.
    col, row = plot_point_to_pixel(sigmoid_plot, -4.0, 0.9, scale)
    assert not near(mask, col, row, 2 * scale)


def test_scale_renders_sharply_not_upscaled(sigmoid_plot):
    """A 2x render draws lines at 2x resolution: it differs from a 1x render enlarged."""
    one = render_image(sigmoid_plot, 1)
    two = image_array(render_image(sigmoid_plot, 2))
    blurred = image_array(one.scaled(800, 600))
    mask_two = colour_mask(two, CURVE, tolerance=25)
    mask_blur = colour_mask(blurred, CURVE, tolerance=25)
    assert mask_two.sum() > 0
    assert not np.array_equal(mask_two, mask_blur)
    # Tick labels are drawn with 2x glyphs: more distinct grey levels than enlarged 1x text.
    assert len(np.unique(two.reshape(-1, 3), axis=0)) > len(np.unique(blurred.reshape(-1, 3), axis=0)) * 0.5


def test_svg_is_xml_with_the_curve_as_a_vector_path(sigmoid_plot):
    data = render_svg(sigmoid_plot, title="sigmoid")
    root = ET.fromstring(data)
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 400 300"
    # 400 px at the logical 96 dpi: the physical size is not mis-scaled.
    assert root.get("width") == "105.833mm"
    paths = [p for p in root.iter(f"{SVG_NS}path") if p.get("d", "").count("L") > 300]
    assert paths, "the curve is not a vector path"
    curve_group = [g for g in root.iter(f"{SVG_NS}g") if g.get("stroke", "").lower() == CURVE.lower()]
    assert curve_group
    # No pixmap caches leak into the SVG.
    assert not list(root.iter(f"{SVG_NS}image"))


def test_export_widget_writes_png_and_svg(sigmoid_plot, tmp_path):
    png = export_widget(sigmoid_plot, tmp_path / "f.png", scale=2)
    svg = export_widget(sigmoid_plot, tmp_path / "f.svg")
    image = QImage(str(png))
    assert (image.width(), image.height()) == (800, 600)
    ET.fromstring(svg.read_bytes())


@pytest.mark.parametrize("name", ["x.jpg", "x", "x.png.txt"])
def test_unknown_extensions_are_refused(name):
    with pytest.raises(ExportError, match=r"png or \.svg"):
        format_of(name)


def test_bad_scale_is_refused(sigmoid_plot):
    with pytest.raises(ExportError, match="scale"):
        render_image(sigmoid_plot, 7)


class _Themed(pg.PlotWidget):
    def __init__(self):
        super().__init__()
        self.theme = LIGHT
        self.set_theme(LIGHT)

    def set_theme(self, theme):
        self.theme = theme
        self.setBackground(theme.plot_background)


def test_themed_renders_in_the_export_theme_and_restores(qtbot):
    widget = _Themed()
    qtbot.addWidget(widget)
    widget.resize(200, 150)
    widget.show()
    with themed(widget, "dark"):
        assert widget.theme is DARK
        dark = image_array(render_image(widget, 1))
    assert widget.theme is LIGHT  # no state, so 'light' is the theme to restore
    light = image_array(render_image(widget, 1))
    assert colour_mask(dark, DARK.plot_background, 3).mean() > 0.5
    assert colour_mask(light, LIGHT.plot_background, 3).mean() > 0.5
