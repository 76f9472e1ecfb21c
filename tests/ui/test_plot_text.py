import warnings

import pytest
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

from actgui.ui.widgets.plot_text import PlotText


@pytest.fixture
def label_in_view(qapp):
    scene = QGraphicsScene()
    view = QGraphicsRectItem(0, 0, 100, 100)
    scene.addItem(view)
    label = PlotText("0.505")
    label.setParentItem(view)
    yield view, label
    scene.clear()


def test_label_in_a_collapsed_view_keeps_its_transform(label_in_view):
    """A plot squeezed to no height has a singular transform: no pseudo-inverse, no warning."""
    view, label = label_in_view
    view.setTransform(QTransform.fromScale(2.0, 4.0))
    label.updateTransform(force=True)
    before = label.transform()
    assert (before.m11(), before.m22()) == (0.5, 0.25)
    view.setTransform(QTransform.fromScale(2.0, 0.0))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        label.updateTransform(force=True)
    assert label.transform() == before
    # Its text is not drawn through the collapsed transform (Qt would warn of a glyph
    # "too large for rasterizer", which a monkey run hit).
    assert not label.textItem.isVisible()


def test_label_follows_the_view_once_it_has_a_size_again(label_in_view):
    view, label = label_in_view
    view.setTransform(QTransform.fromScale(3.0, 0.0))
    label.updateTransform()
    view.setTransform(QTransform.fromScale(4.0, 5.0))
    label.updateTransform()
    after = label.transform()
    assert (after.m11(), after.m22()) == pytest.approx((0.25, 0.2))
    assert label.textItem.isVisible()
