"""``actgui export --gallery``: a figure per activation and a valid index.html."""

from __future__ import annotations

import base64
import html.parser
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from actgui.export import gallery, gallery_page
from actgui.files.atomic import ExportError, prepare_folder
from actgui.model import ACTIVATIONS
from actgui.ui.theme import LIGHT

from .conftest import colour_mask, image_array


class _Page(html.parser.HTMLParser):
    VOID = frozenset({"img", "meta", "br", "hr", "link", "input"})

    def __init__(self):
        super().__init__()
        self.stack: list[str] = []
        self.images: list[str] = []
        self.cards: list[str] = []
        self.errors: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "img":
            self.images.append(attrs["src"])
        if tag == "article":
            self.cards.append(attrs["id"])
        if tag == "script":
            self.scripts += 1
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unbalanced </{tag}> (open: {self.stack[-3:]})")
        else:
            self.stack.pop()


@pytest.fixture(scope="module")
def written(tmp_path_factory, qapp):
    """The gallery, written once through the command line for the whole module."""
    from actgui.cli.main import main

    folder = tmp_path_factory.mktemp("gallery") / "handout"  # created by the command
    assert main(["export", "--gallery", str(folder)]) == 0
    return folder


def test_one_figure_per_activation(written):
    folder = written
    pngs = sorted(p.name for p in folder.glob("*.png"))
    assert pngs == sorted(f"{a}.png" for a in ACTIVATIONS)
    image = QImage(str(folder / "relu.png"))
    w, h = gallery.FIGURE_SIZE
    assert (image.width(), image.height()) == (w * gallery.FIGURE_SCALE, h * gallery.FIGURE_SCALE)
    pixels = image_array(image)
    assert colour_mask(pixels, LIGHT.curve, 30).sum() > 1000  # f(x)
    assert colour_mask(pixels, LIGHT.derivative, 30).sum() > 300  # f'(x), dashed


def test_index_is_valid_and_references_existing_images(written):
    folder = written
    page = _Page()
    page.feed((folder / gallery.INDEX_NAME).read_text(encoding="utf-8"))
    page.close()
    assert not page.errors
    assert page.stack == []
    assert page.scripts == 0
    assert sorted(page.cards) == sorted(ACTIVATIONS)
    files = [src for src in page.images if not src.startswith("data:")]
    assert sorted(files) == sorted(f"{a}.png" for a in ACTIVATIONS)
    for src in files:
        assert (folder / src).is_file()
    formulas = [src for src in page.images if src.startswith("data:image/svg+xml;base64,")]
    assert len(formulas) >= 2 * len(ACTIVATIONS)
    svg = base64.b64decode(formulas[0].split(",", 1)[1]).decode()
    assert svg.startswith("<svg") and "<path" in svg


def test_text_is_escaped(monkeypatch):
    act = ACTIVATIONS["relu"]
    hostile = "<script>alert(1)</script> & co"
    monkeypatch.setattr(gallery_page, "_tr_model", lambda text: hostile if text else text)
    card = gallery.activation_card(act, 'x" onerror="bad.png')
    assert "<script>" not in card
    assert "&lt;script&gt;" in card
    assert 'onerror="bad' not in card


def test_a_file_in_the_way_is_refused(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("keep")
    with pytest.raises(ExportError, match="not a folder"):
        prepare_folder(blocker)
    with pytest.raises(ExportError):
        prepare_folder(blocker / "sub")
    assert Path(blocker).read_text() == "keep"


def test_a_refused_gallery_folder_carries_a_code_and_its_values(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("keep")
    with pytest.raises(ExportError) as caught:
        prepare_folder(blocker)
    assert caught.value.code == "gallery_is_a_file"
    assert caught.value.details == {"folder": str(blocker)}
    assert str(caught.value) == f"cannot write the gallery to {blocker}: it is a file, not a folder"
    with pytest.raises(ExportError) as caught:
        prepare_folder(blocker / "sub" / "deeper")
    assert caught.value.code == "gallery_not_a_folder"
    assert caught.value.details == {"folder": str(blocker / "sub" / "deeper"), "blocker": str(blocker)}


def test_a_gallery_folder_that_cannot_be_created_names_the_os_error(tmp_path, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(ExportError) as caught:
        prepare_folder(tmp_path / "handout")
    assert caught.value.code == "gallery_cannot_create"
    assert (caught.value.details["errno"], caught.value.details["strerror"]) == (13, "Permission denied")
    assert str(caught.value) == f"cannot create the gallery folder {tmp_path / 'handout'}: Permission denied"


def test_gallery_takes_no_view_options(tmp_path, capsys):
    from actgui.cli.main import main

    status = None
    try:
        status = main(["export", "--gallery", str(tmp_path / "g"), "--activation", "relu"])
    finally:
        err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1 and "--gallery" in err
    assert not (tmp_path / "g").exists()


def test_write_gallery_returns_what_it_wrote(tmp_path, qapp):
    subset = [ACTIVATIONS["relu"], ACTIVATIONS["softmax"]]
    result = gallery.write_gallery(tmp_path, activations=subset)
    assert [p.name for p in result.figures] == ["relu.png", "softmax.png"]
    assert result.index == tmp_path / "index.html"


def test_cli_refuses_a_gallery_folder_under_a_file(tmp_path, capsys):
    from actgui.cli.main import main

    blocker = tmp_path / "file"
    blocker.write_text("keep")
    try:
        status = main(["export", "--gallery", str(blocker / "handout")])
    except SystemExit as exc:
        status = exc.code
    err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1 and "not a folder" in err
    assert blocker.read_text() == "keep"


def test_glu_is_labelled_as_the_slice_it_plots(qtbot):
    """GLU's figure is a * g(b) along b for a = 1: its legend, axis and caption say so, not f(x)."""
    import numpy as np

    from actgui.export.gallery_figure import GalleryFigure
    from actgui.model import get_activation

    figure = GalleryFigure(LIGHT)
    qtbot.addWidget(figure)
    glu = get_activation("glu")
    figure.show_activation(glu, {"gate": "silu"})
    x, y = figure.curve_item.getData()
    np.testing.assert_allclose(y, x / (1.0 + np.exp(-x)), rtol=1e-12)  # silu(b) for a = 1
    assert figure.legend.getLabel(figure.curve_item).text == "a\u00b7g(b)"
    assert figure.plot.getAxis("bottom").labelText == "b"
    figure.show_activation(ACTIVATIONS["tanh"])
    assert figure.legend.getLabel(figure.curve_item).text == "f(x)"
    assert figure.plot.getAxis("bottom").labelText == "x"
    assert "a · g(b) along b for a = 1" in gallery_page.activation_card(glu, "glu.png")
    assert "along b" not in gallery_page.activation_card(ACTIVATIONS["tanh"], "tanh.png")
