"""Headless export of the main window's views."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage

from actgui.export.headless import ExportRequest, build_window, close_window, export_request, render_request
from actgui.model import get_activation
from actgui.state.explorer import Pin
from actgui.ui.theme import DARK, LIGHT

from .conftest import colour_mask, image_array, near, plot_point_to_pixel


@pytest.mark.parametrize(
    ("view", "size", "scale"),
    [
        ("curve", (640, 400), 2),
        ("derivative", (500, 300), 3),
        ("compare", (900, 700), 1),
        ("softmax", (900, 560), 2),
        ("forward", (1000, 620), 1),
        ("window", (1280, 720), 2),
    ],
)
def test_each_view_has_exactly_the_requested_size(qapp, tmp_path, view, size, scale):
    request = ExportRequest(view=view, activation="relu", size=size, scale=scale)
    path = export_request(request, tmp_path / f"{view}.png")
    image = QImage(str(path))
    assert (image.width(), image.height()) == (size[0] * scale, size[1] * scale)
    pixels = image_array(image)
    assert len({tuple(p) for p in pixels[::7, ::7].reshape(-1, 3)}) > 10, "blank image"


@pytest.mark.parametrize(("theme", "colours"), [("light", LIGHT), ("dark", DARK)])
def test_the_curve_sits_where_the_model_says(qapp, theme, colours):
    request = ExportRequest(
        view="curve",
        activation="leaky_relu",
        params={"negative_slope": 0.2},
        x_range=(-4.0, 4.0),
        size=(700, 450),
        scale=2,
        theme=theme,
    )
    window, target = build_window(request)
    try:
        from actgui.export.render import render_image

        image = render_image(target, 2)
        pixels = image_array(image)
        mask = colour_mask(pixels, colours.curve, tolerance=30)
        assert mask.sum() > 500
        act = get_activation("leaky_relu")
        for x in (-3.5, -1.0, 0.5, 2.0, 3.5):
            y = float(act(x, negative_slope=0.2))
            col, row = plot_point_to_pixel(target, x, y, 2)
            assert near(mask, col, row, 4), f"curve not at ({x}, {y}) in the {theme} theme"
        # The background is the theme's plot background.
        assert colour_mask(pixels, colours.plot_background, 4).mean() > 0.5
    finally:
        close_window(window)


def test_compare_svg_contains_every_pinned_curve(qapp):
    request = ExportRequest(
        view="compare",
        activation="relu",
        pins=(Pin.make("sigmoid"), Pin.make("elu", {"alpha": 0.5})),
        size=(800, 600),
    )
    root = ET.fromstring(render_request(request, "svg"))
    strokes = {g.get("stroke", "").lower() for g in root.iter("{http://www.w3.org/2000/svg}g")}
    assert LIGHT.curve.lower() in strokes
    assert LIGHT.pin_colour(0).lower() in strokes and LIGHT.pin_colour(1).lower() in strokes


def test_dark_export_has_readable_legend_labels(qapp):
    request = ExportRequest(view="curve", activation="relu", size=(600, 400), theme="dark")
    window, target = build_window(request)
    try:
        legend = target.getPlotItem().legend
        for _sample, label in legend.items:
            assert DARK.plot_foreground.lower() in label.item.toHtml().lower()
    finally:
        close_window(window)
