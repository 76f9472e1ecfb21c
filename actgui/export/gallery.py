"""A printable handout: one figure per activation and an ``index.html`` around them.

``actgui export --gallery DIR`` calls :func:`write_gallery`. Each figure shows
f(x) and f'(x) on one plot in the light theme, with the stretches where the
gradient vanishes shaded; the page lays the figures out by category with the
name, the typeset formulas, the output range, the properties, the
parameters and the teaching note of every activation.

One plot widget is built once and updated with ``setData`` for every
activation, so the whole gallery renders in about a second.
"""

from __future__ import annotations

import base64
import datetime
import html
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from actgui import __version__
from actgui.export.render import png_bytes, render_image, settle
from actgui.files.atomic import prepare_folder, write_atomic
from actgui.model import ACTIVATIONS, CATEGORIES, Activation, sample_curve
from actgui.ui.theme import LIGHT, Theme
from actgui.ui.widgets.typeset import typeset, ziamath_module

FIGURE_SIZE = (640, 400)
"""Logical size of each gallery figure; written at :data:`FIGURE_SCALE`."""
FIGURE_SCALE = 2
X_RANGE = (-6.0, 6.0)
SAMPLES = 1201
INDEX_NAME = "index.html"


def _tr_model(text: str) -> str:
    from actgui.ui.i18n import tr_model

    return tr_model(text)


def figure_file_name(activation_id: str) -> str:
    """The gallery file of one activation, e.g. ``leaky_relu.png``."""
    return f"{activation_id}.png"


class GalleryFigure(QWidget):
    """f(x) and f'(x) of one activation on a single clean plot.

    The plot items are created once; :meth:`show_activation` only updates
    their data, so drawing every activation in turn is cheap.
    """

    def __init__(self, theme: Theme = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(theme.plot_background))
        self.setPalette(palette)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plot_widget = pg.PlotWidget(background=theme.plot_background)
        self.plot_widget.setAntialiasing(True)
        layout.addWidget(self.plot_widget)
        plot = self.plot_widget.getPlotItem()
        self.plot = plot
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.showGrid(x=True, y=True, alpha=0.12)
        plot.getViewBox().setMouseEnabled(False, False)
        plot.layout.setContentsMargins(6, 10, 14, 6)
        font = QFont()
        font.setPointSizeF(10.5)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(theme.plot_foreground, width=1))
            axis.setTextPen(pg.mkPen(theme.plot_foreground))
            axis.setStyle(tickFont=font, tickTextOffset=6)
        plot.setLabel("bottom", "x", color=theme.plot_foreground, size="11pt")

        zero = pg.mkPen(theme.zero_line, width=1)
        self._zero_x = pg.InfiniteLine(pos=0, angle=90, pen=zero)
        self._zero_y = pg.InfiniteLine(pos=0, angle=0, pen=zero)
        for line in (self._zero_x, self._zero_y):
            line.setZValue(-5)
            plot.addItem(line, ignoreBounds=True)

        self._shades: list[pg.LinearRegionItem] = []
        self.derivative_item = pg.PlotDataItem(
            pen=pg.mkPen(theme.derivative, width=2.2, style=Qt.PenStyle.DashLine)
        )
        self.curve_item = pg.PlotDataItem(pen=pg.mkPen(theme.curve, width=2.8))
        plot.addItem(self.derivative_item)
        plot.addItem(self.curve_item)
        self.curve_item.setZValue(2)
        self.derivative_item.setZValue(1)

        self.legend = pg.LegendItem(
            offset=(10, 10),
            brush=pg.mkBrush(QColor(theme.plot_background)),
            pen=pg.mkPen(theme.mid),
            labelTextColor=theme.plot_foreground,
            labelTextSize="11pt",
            verSpacing=-4,
        )
        self.legend.setParentItem(plot.getViewBox())
        self.legend.setZValue(10)
        self.legend.addItem(self.curve_item, "f(x)")
        self.legend.addItem(self.derivative_item, "f\u2032(x)")
        # A bar item makes the legend draw a filled square for the shading.
        self._shade_sample = pg.BarGraphItem(x=[0.0], height=[1.0], width=1.0, pen=pg.mkPen(None))
        # Legend labels are HTML: escape the text.
        self._shade_label = html.escape(
            QCoreApplication.translate("gallery", "|f\u2032(x)| < 1% of its peak")
        )
        self.resize(*FIGURE_SIZE)

    def _set_shades(self, regions: tuple[tuple[float, float], ...]) -> None:
        brush = pg.mkBrush(self.theme.vanishing)  # pyqtgraph reads #RRGGBBAA
        while len(self._shades) < len(regions):
            shade = pg.LinearRegionItem(movable=False, brush=brush, pen=pg.mkPen(None))
            shade.setZValue(-10)
            self.plot.addItem(shade, ignoreBounds=True)
            self._shades.append(shade)
        for i, shade in enumerate(self._shades):
            if i < len(regions):
                shade.setRegion(regions[i])
                shade.show()
            else:
                shade.hide()
        # The legend explains the shading only when some is visible.
        self.legend.removeItem(self._shade_sample)
        if regions:
            self._shade_sample.setOpts(brush=brush)
            self.legend.addItem(self._shade_sample, self._shade_label)

    def show_activation(self, activation: Activation, params: dict | None = None) -> None:
        """Plot ``activation`` (at its default parameters unless ``params`` are given)."""
        curve = sample_curve(activation.id, params, *X_RANGE, samples=SAMPLES)
        self.curve_item.setData(curve.x, curve.y)
        self.derivative_item.setData(curve.x, curve.dy)
        self._set_shades(curve.regions)
        values = np.concatenate([curve.y, curve.dy, [0.0]])
        values = values[np.isfinite(values)]
        low, high = float(values.min()), float(values.max())
        pad = max(0.08 * (high - low), 0.05)
        self.plot.setRange(xRange=X_RANGE, yRange=(low - pad, high + pad), padding=0)
        # A hair of x padding, so the end ticks (-6 and 6) get their labels.
        self.plot.setXRange(*X_RANGE, padding=0.015)
        self._place_legend(curve.x, curve.y, curve.dy, (low - pad, high + pad))

    def _place_legend(
        self, x: np.ndarray, y: np.ndarray, dy: np.ndarray, y_range: tuple[float, float]
    ) -> None:
        # Put the legend in the corner the curves leave emptiest.
        u = (x - X_RANGE[0]) / (X_RANGE[1] - X_RANGE[0])
        points = [(u, (v - y_range[0]) / (y_range[1] - y_range[0])) for v in (y, dy)]
        best, best_count = (0, 0), None
        for corner in ((0, 1), (1, 1), (0, 0), (1, 0)):
            count = 0
            for pu, pv in points:
                in_u = pu < 0.42 if corner[0] == 0 else pu > 0.58
                in_v = pv > 0.68 if corner[1] == 1 else pv < 0.32
                count += int(np.count_nonzero(in_u & in_v))
            if best_count is None or count < best_count:
                best, best_count = corner, count
        offset_x = 10 if best[0] == 0 else -10
        offset_y = 10 if best[1] == 1 else -10
        self.legend.anchor(itemPos=(best[0], 1 - best[1]), parentPos=(best[0], 1 - best[1]),
                           offset=(offset_x, offset_y))

    def render_png(self, scale: int = FIGURE_SCALE) -> bytes:
        """The figure as PNG bytes at ``scale``."""
        return png_bytes(render_image(self, scale))


@dataclass(frozen=True)
class GalleryResult:
    """What :func:`write_gallery` wrote."""

    index: Path
    figures: tuple[Path, ...]


def formula_data_uri(latex: str, size: float = 17.0, colour: str = "#1a1a1a") -> str:
    """A typeset formula as an ``data:image/svg+xml`` URI for an ``<img>``.

    Each formula is its own SVG document, so the glyph ids ziamath defines in
    every formula cannot clash on the page. Browsers read ziamath's compact
    SVG 2 output, so it is switched on for the page even when the Qt side of
    the app has turned it off (Qt's SVG renderer needs SVG 1.1).
    """
    ziamath = ziamath_module()
    previous = ziamath.config.svg2
    ziamath.config.svg2 = True
    try:
        svg = typeset(latex, colour, size)
    finally:
        ziamath.config.svg2 = previous
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def _formula_html(latex: str, size: float = 17.0) -> str:
    try:
        uri = formula_data_uri(latex, size)
    except ValueError:
        return f'<code class="latex">{html.escape(latex)}</code>'
    return f'<img class="formula" src="{uri}" alt="{html.escape(latex, quote=True)}">'


def _param_rows(activation: Activation) -> str:
    if not activation.params:
        none = QCoreApplication.translate("gallery", "No parameters.")
        return f'<p class="params none">{html.escape(none)}</p>'
    rows = []
    for p in activation.params:
        allowed = " | ".join(p.choices) if p.choices else f"[{p.minimum:g}, {p.maximum:g}]"
        default = p.default if isinstance(p.default, str) else f"{p.default:g}"
        rows.append(
            "<tr>"
            f"<td><code>{html.escape(p.name)}</code></td>"
            f"<td>{html.escape(str(default))}</td>"
            f"<td>{html.escape(allowed)}</td>"
            f"<td>{html.escape(_tr_model(p.description))}</td>"
            "</tr>"
        )
    headers = (
        QCoreApplication.translate("gallery", "Parameter"),
        QCoreApplication.translate("gallery", "Default"),
        QCoreApplication.translate("gallery", "Allowed"),
        QCoreApplication.translate("gallery", "Meaning"),
    )
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    return f'<table class="params"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _properties_html(activation: Activation) -> str:
    props = activation.properties
    items = (
        (QCoreApplication.translate("gallery", "bounded"), props.bounded),
        (QCoreApplication.translate("gallery", "monotonic"), props.monotonic),
        (QCoreApplication.translate("gallery", "smooth"), props.smooth),
        (QCoreApplication.translate("gallery", "zero-centred"), props.zero_centred),
    )
    chips = "".join(
        f'<li class="{"yes" if value else "no"}">{"✓" if value else "✗"} {html.escape(name)}</li>'
        for name, value in items
    )
    return f'<ul class="props">{chips}</ul>'


def activation_card(activation: Activation, image_name: str) -> str:
    """The HTML of one activation's card (all text escaped)."""
    name = _tr_model(activation.name)
    vector_note = ""
    if activation.is_vector:
        caption = QCoreApplication.translate("gallery", "Plotted: the first output for the logits (x, 0).")
        vector_note = f'<p class="caption">{html.escape(caption)}</p>'
    plot_of = QCoreApplication.translate("gallery", "Plot of {name}").format(name=name)
    output_range = QCoreApplication.translate("gallery", "Output range")
    return f"""
<article class="card" id="{html.escape(activation.id, quote=True)}">
  <header><h3>{html.escape(name)}</h3><code class="id">{html.escape(activation.id)}</code></header>
  <img class="figure" src="{html.escape(image_name, quote=True)}" width="{FIGURE_SIZE[0]}" \
height="{FIGURE_SIZE[1]}" alt="{html.escape(plot_of, quote=True)}">
  {vector_note}
  <div class="formulas">
    <div>{_formula_html(activation.latex)}</div>
    <div>{_formula_html(activation.latex_derivative)}</div>
  </div>
  <p class="range"><span>{html.escape(output_range)}</span>
    {_formula_html(activation.output_range, 14.0)}</p>
  {_properties_html(activation)}
  {_param_rows(activation)}
  <p class="note">{html.escape(_tr_model(activation.note))}</p>
</article>"""


_CSS = """
:root { color-scheme: light; --ink: #1a1a1a; --muted: #5a5a5a; --rule: #d8d8d8; --accent: #0072B2; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1400px; padding: 24px 32px 48px; color: var(--ink); background: #fff;
  font: 15px/1.5 "Noto Sans", "Segoe UI", "Helvetica Neue", Arial, "Noto Sans CJK SC",
  "Microsoft YaHei", "PingFang SC", sans-serif; }
h1 { font-size: 26px; margin: 0 0 4px; }
.lead { color: var(--muted); margin: 0 0 8px; }
.legend-key { color: var(--muted); margin: 0 0 20px; }
.legend-key b.f { color: #0072B2; } .legend-key b.d { color: #D55E00; }
nav { margin: 0 0 24px; padding: 10px 14px; border: 1px solid var(--rule); border-radius: 6px; }
nav a { color: var(--accent); text-decoration: none; margin-right: 12px; white-space: nowrap; }
h2 { font-size: 20px; border-bottom: 2px solid var(--accent); padding-bottom: 4px; margin: 32px 0 16px; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr)); gap: 20px; }
.card { border: 1px solid var(--rule); border-radius: 8px; padding: 14px 16px; break-inside: avoid;
  page-break-inside: avoid; }
.card header { display: flex; align-items: baseline; gap: 10px; }
.card h3 { margin: 0; font-size: 18px; }
code.id { color: var(--muted); }
.figure { display: block; width: 100%; height: auto; margin: 8px 0 4px; }
.caption { color: var(--muted); font-size: 13px; margin: 0; }
.formulas { margin: 8px 0; }
.formulas div { margin: 4px 0; overflow-x: auto; }
.formula { vertical-align: middle; max-width: 100%; height: auto; }
.range span { color: var(--muted); margin-right: 6px; }
.range { margin: 4px 0; }
.props { list-style: none; padding: 0; margin: 6px 0; display: flex; flex-wrap: wrap; gap: 6px; }
.props li { font-size: 13px; padding: 1px 8px; border-radius: 10px; border: 1px solid var(--rule); }
.props li.yes { background: #e8f3ec; border-color: #9fcfb0; }
.props li.no { background: #f6f6f6; color: var(--muted); }
table.params { border-collapse: collapse; font-size: 13px; margin: 8px 0; width: 100%; }
table.params th, table.params td { text-align: left; padding: 3px 8px 3px 0; vertical-align: top;
  border-bottom: 1px solid var(--rule); }
.params.none { color: var(--muted); font-size: 13px; }
.note { margin: 8px 0 0; }
footer { margin-top: 40px; color: var(--muted); font-size: 12px; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav { display: none; }
  .grid { grid-template-columns: 1fr 1fr; gap: 12px; }
  .card { padding: 8px 10px; }
  h2 { break-after: avoid; page-break-after: avoid; }
}
"""


def gallery_html(activations: list[Activation], image_names: dict[str, str], lang: str = "en") -> str:
    """The ``index.html`` of the gallery: every activation grouped by category.

    Parameters
    ----------
    activations
        The activations to show, in catalogue order.
    image_names
        The figure file of each activation id, relative to the page.
    lang
        The page's language code (``en`` or ``zh_CN``).
    """
    sections, links = [], []
    for index, category in enumerate(CATEGORIES):
        members = [a for a in activations if a.category == category]
        if not members:
            continue
        anchor = f"category-{index}"
        title = html.escape(_tr_model(category))
        links.append(f'<a href="#{anchor}">{title}</a>')
        cards = "".join(activation_card(a, image_names[a.id]) for a in members)
        sections.append(f'<section><h2 id="{anchor}">{title}</h2><div class="grid">{cards}</div></section>')
    html_lang = "zh-CN" if lang.lower().startswith("zh") else "en"
    heading = html.escape(QCoreApplication.translate("gallery", "Activation functions"))
    lead = html.escape(
        QCoreApplication.translate(
            "gallery", "Every activation function in actgui: its curve, its derivative and when to use it."
        )
    )
    key = QCoreApplication.translate(
        "gallery",
        "Solid: the function f(x). Dashed: its derivative f\u2032(x). "
        "Shaded: where the gradient nearly vanishes."
    )
    stamp = datetime.date.today().isoformat()
    made_with = QCoreApplication.translate("gallery", "Made with actgui {version} on {date}.")
    footer = html.escape(made_with.format(version=__version__, date=stamp))
    return f"""<!DOCTYPE html>
<html lang="{html_lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="actgui {html.escape(__version__)}">
<title>{heading}</title>
<style>{_CSS}</style>
</head>
<body>
<h1>{heading}</h1>
<p class="lead">{lead}</p>
<p class="legend-key">{html.escape(key)}</p>
<nav>{"".join(links)}</nav>
{"".join(sections)}
<footer>{footer}</footer>
</body>
</html>
"""


def write_gallery(
    folder: str | os.PathLike[str],
    lang: str = "en",
    activations: list[Activation] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> GalleryResult:
    """Write one figure per activation and an ``index.html`` into ``folder``.

    Needs a QApplication. Every file is written atomically.

    Parameters
    ----------
    folder
        The output folder; created if it does not exist.
    lang
        The page language (the figures carry no words but the legend).
    activations
        A subset to include (default: the whole catalogue).
    progress
        Called as ``progress(done, total, activation_id)`` after each figure.

    Raises
    ------
    ExportError
        If a file cannot be written.
    """
    path = prepare_folder(folder)
    chosen = list(ACTIVATIONS.values()) if activations is None else list(activations)
    figure = GalleryFigure(LIGHT)
    figure.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    # A fixed size set before show(): the offscreen platform warns when size
    # constraints change on a window it has already created.
    figure.setFixedSize(*FIGURE_SIZE)
    figure.show()
    written: list[Path] = []
    names: dict[str, str] = {}
    try:
        for done, activation in enumerate(chosen, start=1):
            figure.show_activation(activation)
            settle()
            name = figure_file_name(activation.id)
            written.append(write_atomic(path / name, figure.render_png()))
            names[activation.id] = name
            if progress is not None:
                progress(done, len(chosen), activation.id)
    finally:
        figure.close()
        figure.deleteLater()
    index = write_atomic(path / INDEX_NAME, gallery_html(chosen, names, lang).encode("utf-8"))
    return GalleryResult(index=index, figures=tuple(written))
