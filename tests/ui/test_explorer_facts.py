"""The facts panel and the formula renderer: typeset, cached, lazy."""

from __future__ import annotations

import numpy as np
import pytest

from actgui.model import ACTIVATIONS
from actgui.state.explorer import ExplorerState
from actgui.ui.explorer.facts_panel import FactsPanel
from actgui.ui.selftest import count_colour, image_array
from actgui.ui.widgets import formula as formula_module
from actgui.ui.widgets.formula import FormulaLabel, render_formula

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_every_formula_of_the_catalogue_typesets_with_glyphs(qapp):
    # With ziamath's SVG 2 output Qt draws only fraction bars: check that glyphs are drawn
    # by counting inked pixels of a formula without any fraction bar.
    image = render_formula(r"\max(0, x)", "#000000", 20.0, 1.0)
    pixels = image_array(image)
    inked = np.count_nonzero((pixels >> 24) > 128)
    assert inked > 150
    for act in ACTIVATIONS.values():
        for latex in (act.latex, act.latex_derivative, act.output_range):
            image = render_formula(latex, "#202020", 15.0, 1.0)
            assert image.width() > 20 and image.height() > 8, latex
            assert count_colour(image_array(image), "#202020") > 20, latex


def test_render_is_cached_and_high_dpi_is_sharper(qapp):
    a = render_formula(r"\tanh(x)", "#101010", 15.0, 1.0)
    b = render_formula(r"\tanh(x)", "#101010", 15.0, 1.0)
    assert a is b
    hi = render_formula(r"\tanh(x)", "#101010", 15.0, 2.0)
    assert hi.width() == pytest.approx(2 * a.width(), abs=2)
    assert hi.devicePixelRatio() == 2.0


def test_unparseable_formula_falls_back_to_source(qtbot):
    label = FormulaLabel()
    qtbot.addWidget(label)
    label.set_latex(r"\frac{1}{")
    label.show()
    label.render_now()
    assert label.image is None
    assert label.is_rendered()


def test_formula_label_renders_only_when_visible(qtbot, monkeypatch):
    calls = []
    real = formula_module.render_formula

    def spy(*args):
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(formula_module, "render_formula", spy)
    label = FormulaLabel()
    qtbot.addWidget(label)
    label.set_latex(r"x^2 + 1")
    qtbot.wait(20)
    assert calls == []  # hidden: nothing typeset
    label.show()
    qtbot.waitUntil(label.is_rendered, timeout=2000)
    assert len(calls) == 1 and label.image is not None
    assert label.heightForWidth(5) < label.sizeHint().height()  # shrinks to fit, never clipped


def test_facts_panel_shows_the_selected_activation(qtbot):
    state = ExplorerState()
    panel = FactsPanel(state)
    qtbot.addWidget(panel)
    panel.show()
    for act_id in ("sigmoid", "relu", "gelu", "softmax"):
        state.set_activation(act_id)
        act = ACTIVATIONS[act_id]
        assert panel.title.text() == act.name
        assert panel.f_formula.latex == act.latex
        assert panel.df_formula.latex == act.latex_derivative
        assert panel.range_formula.latex == act.output_range
        assert panel.note.text() == act.note
        for key, label in panel.property_labels.items():
            holds = getattr(act.properties, key)
            assert label.isEnabled() == bool(holds)
            assert label.text().startswith({True: "✓", False: "✗", None: "–"}[holds])
    qtbot.waitUntil(lambda: all(f.is_rendered() for f in panel.formulas()), timeout=3000)
    assert all(f.image is not None for f in panel.formulas())


def test_facts_panel_flags_follow_the_parameters_and_define_each_property(qtbot):
    state = ExplorerState()
    panel = FactsPanel(state)
    qtbot.addWidget(panel)
    state.set_activation("elu")
    smooth = panel.property_labels["smooth"]
    assert smooth.text().startswith("✓")  # C1 at alpha = 1
    state.set_param("alpha", 0.5)
    assert smooth.text().startswith("✗")
    assert "continuously differentiable" in smooth.toolTip()
    state.set_activation("softmax")
    assert panel.property_labels["monotonic"].text().startswith("–")
    for key in ("bounded", "monotonic", "zero_centred"):
        assert ":" in panel.property_labels[key].toolTip()
