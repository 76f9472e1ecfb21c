"""The gallery's page: ``index.html`` with a card per activation, grouped by category.

Each card holds the activation's figure, its typeset formulas (each an SVG
``data:`` URI), its output range, properties, parameters and teaching note;
every text from the catalogue or a translation is HTML-escaped.
"""

from __future__ import annotations

import base64
import datetime
import html

from PySide6.QtCore import QCoreApplication

from actgui import __version__
from actgui.export.gallery_figure import FIGURE_SIZE
from actgui.model import CATEGORIES, Activation
from actgui.ui.widgets.typeset import typeset, ziamath_module


def _tr_model(text: str) -> str:
    from actgui.ui.i18n import tr_model

    return tr_model(text)


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
    chips = "".join(  # None: the property does not apply (monotonic for the softmax family)
        f'<li class="{"yes" if value else "no"}">{"✓" if value else "✗"} {html.escape(name)}</li>'
        for name, value in items
        if value is not None
    )
    return f'<ul class="props">{chips}</ul>'


def activation_card(activation: Activation, image_name: str) -> str:
    """The HTML of one activation's card (all text escaped)."""
    name = _tr_model(activation.name)
    vector_note = ""
    if activation.is_vector:
        caption = QCoreApplication.translate("gallery", "Plotted: the first output for the logits (x, 0).")
        vector_note = f'<p class="caption">{html.escape(caption)}</p>'
    elif activation.is_gated:
        caption = QCoreApplication.translate(
            "gallery", "Plotted: a · g(b) along b for a = 1 (the gate itself), and its derivative in b."
        )
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
        "Shaded: where the gradient nearly vanishes.",
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
