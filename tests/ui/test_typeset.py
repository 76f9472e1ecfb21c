"""The typeset formulas shipped with actgui: complete, current, scaled and recoloured right."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from actgui.ui.selftest import count_colour, image_array
from actgui.ui.widgets import typeset
from actgui.ui.widgets.formula import render_formula

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

SIGMOID = r"\sigma(x) = \frac{1}{1 + e^{-x}}"


def _root_size(svg: str) -> tuple[float, float]:
    match = re.match(r'<svg\b[^>]*?\bwidth="([0-9.]+)"[^>]*?\bheight="([0-9.]+)"', svg)
    assert match, svg[:200]
    return float(match.group(1)), float(match.group(2))


def _ink_box(image) -> tuple[int, int]:
    """Width and height of the inked part of a rendered formula."""
    alpha = image_array(image) >> 24
    rows, cols = np.nonzero(alpha > 64)
    return int(cols.max() - cols.min() + 1), int(rows.max() - rows.min() + 1)


def test_every_model_formula_is_shipped():
    formulas = typeset.model_formulas()
    assert len(formulas) >= 60
    missing = [latex for latex in formulas if typeset.shipped_svg(latex) is None]
    assert missing == [], "run python packaging/formulas.py"


def test_the_shipped_formulas_are_what_ziamath_typesets_now():
    index = typeset.bundle_index()
    if index["ziamath"] != str(typeset.ziamath_module().__version__):
        pytest.skip(f"bundle typeset by ziamath {index['ziamath']}; installed is another version")
    _, files = typeset.build_bundle(typeset.model_formulas())
    stale = [name for name, svg in files.items() if typeset.shipped_svg(_latex_of(index, name)) != svg]
    assert stale == [], "run python packaging/formulas.py"
    assert set(index["formulas"]) == set(typeset.model_formulas())


def _latex_of(index: dict, name: str) -> str:
    return next(latex for latex, file_name in index["formulas"].items() if file_name == name)


def test_a_shipped_formula_is_scaled_and_recoloured():
    svg = typeset.formula_svg(SIGMOID, "#abcdef", 28.0).decode()
    assert "#abcdef" in svg and typeset.PLACEHOLDER_COLOUR not in svg
    direct = typeset.typeset(SIGMOID, "#abcdef", 28.0)
    width, height = _root_size(svg)
    direct_width, direct_height = _root_size(direct)
    # ziamath's geometry scales with the size; its bounding box adds about a pixel.
    assert width == pytest.approx(direct_width, rel=0.02)
    assert height == pytest.approx(direct_height, rel=0.04)


def test_a_shipped_formula_renders_like_ziamaths_own(qapp, monkeypatch):
    shipped = render_formula(SIGMOID, "#202020", 21.0, 1.0)
    render_formula.cache_clear()
    typeset.formula_svg.cache_clear()
    monkeypatch.setattr(typeset, "shipped_svg", lambda latex: None)
    direct = render_formula(SIGMOID, "#202020", 21.0, 1.0)
    render_formula.cache_clear()
    typeset.formula_svg.cache_clear()
    shipped_box, direct_box = _ink_box(shipped), _ink_box(direct)
    assert abs(shipped_box[0] - direct_box[0]) <= 2 and abs(shipped_box[1] - direct_box[1]) <= 2
    ink = count_colour(image_array(shipped), "#202020")
    assert ink == pytest.approx(count_colour(image_array(direct), "#202020"), rel=0.1)


def test_other_formulas_are_typeset_on_demand():
    latex = r"\frac{e^{2.5}}{e^{2.5} + e^{-1}} = 0.971"
    assert typeset.shipped_svg(latex) is None
    svg = typeset.formula_svg(latex, "#102030", 15.0).decode()
    assert "#102030" in svg and "<path" in svg


def test_a_damaged_bundle_falls_back_to_typesetting(tmp_path, monkeypatch):
    folder = tmp_path / typeset.BUNDLE_DIR
    folder.mkdir()
    (folder / typeset.INDEX_NAME).write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(typeset, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    typeset.bundle_index.cache_clear()
    typeset.formula_svg.cache_clear()
    try:
        assert typeset.shipped_svg(SIGMOID) is None
        assert b"<path" in typeset.formula_svg(SIGMOID, "#000000", 16.0)
        # An index that names a file that is not there: typeset too.
        index = {"size": 16.0, "colour": "#123456", "formulas": {SIGMOID: typeset.svg_file_name(SIGMOID)}}
        (folder / typeset.INDEX_NAME).write_text(__import__("json").dumps(index), encoding="utf-8")
        typeset.bundle_index.cache_clear()
        assert typeset.shipped_svg(SIGMOID) is None
        (folder / typeset.svg_file_name(SIGMOID)).write_text("<html>not svg</html>", encoding="utf-8")
        assert typeset.shipped_svg(SIGMOID) is None
    finally:
        typeset.bundle_index.cache_clear()
        typeset.formula_svg.cache_clear()


def test_starting_the_app_never_loads_ziamath(tmp_path):
    # The window shows its formulas from the bundle: neither the math font nor
    # the typesetter is loaded, at start-up or once the formulas are drawn.
    script = textwrap.dedent(
        """
        import os, sys, time
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from actgui.export import install_export_actions
        from actgui.ui.app import create_app, open_main_window
        app = create_app([sys.argv[0]])
        window = open_main_window(extend=install_export_actions)
        window.resize(1280, 720)
        window.show()
        end = time.time() + 0.6
        while time.time() < end:
            app.processEvents()
            time.sleep(0.01)
        facts = window.explorer.facts
        rendered = facts.f_formula.is_rendered() and facts.f_formula.image is not None
        print(rendered, "ziamath" in sys.modules, "ziafont" in sys.modules)
        window.close()
        """
    )
    env = {
        "ACTGUI_SETTINGS_PATH": str(tmp_path / "settings.ini"),
        "HOME": str(tmp_path),
        "PATH": "/usr/bin:/bin",
    }
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "False", "False"]
