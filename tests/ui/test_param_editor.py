"""The one parameter editor, as each of its four users has it.

The explorer, the forward panel's activation picker, a playground layer and
the presentation strip all edit an activation's parameters through
:class:`~actgui.ui.widgets.param_editor.ParamEditor`. The same scenarios run
against each: the remove guard (a box of the previous activation cannot
commit to the new one), refusals snapping back with the reason beside the
boxes, and a model refusal shown in Chinese.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QVBoxLayout, QWidget

from actgui.model import get_activation
from actgui.model.params import ParamValue
from actgui.model.refusal import Refusal
from actgui.state.explorer import ExplorerState
from actgui.state.layer import LayerState
from actgui.state.playground import PlaygroundState
from actgui.ui import i18n
from actgui.ui.explorer.param_controls import ParamControls
from actgui.ui.forward.activation_picker import ActivationPicker
from actgui.ui.playground.activation_params import LayerParamControls
from actgui.ui.presentation import PresentationView, StepThrough
from actgui.ui.widgets.param_editor import ParamEditor
from actgui.ui.widgets.refusing_spin_box import RefusingSpinBox

from .spin_box_commit import CommitOnHide

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

USERS = ["explorer", "forward", "playground", "presentation"]


@dataclass
class User:
    """One page's parameter editor and how that page selects an activation and reads its values."""

    editor: ParamEditor
    select: Callable[[str], None]
    values: Callable[[], Mapping[str, ParamValue]]
    page: QWidget  # kept alive here: qtbot only holds a weak reference


def _shown(qtbot: Any, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    QApplication.processEvents()


@pytest.fixture
def pages() -> Iterator[list[User]]:
    """Keep every page built by a test alive until the test is over.

    qtbot holds widgets weakly; a page freed at the end of the test body
    would be destroyed while pytest-qt still delivers its pending paints.
    """
    built: list[User] = []
    yield built
    built.clear()


def make_user(name: str, qtbot: Any, pages: list[User]) -> User:
    """Build ``name``'s widget, shown, with its editor (kept in ``pages``)."""
    user = _build(name, qtbot)
    pages.append(user)
    return user


def _build(name: str, qtbot: Any) -> User:
    if name == "explorer":
        state = ExplorerState()
        controls = ParamControls(state)
        _shown(qtbot, controls)
        return User(controls.editor, state.set_activation, lambda: state.params, controls)
    if name == "forward":
        layer = LayerState(ExplorerState())
        picker = ActivationPicker(layer)
        _shown(qtbot, picker)
        return User(picker.params, layer.set_activation, lambda: layer.params, picker)
    if name == "playground":
        playground = PlaygroundState()
        holder = QWidget()
        controls = LayerParamControls(playground, 0, holder)
        QVBoxLayout(holder).addWidget(controls)
        _shown(qtbot, holder)
        return User(
            controls,
            lambda activation_id: playground.set_layer_activation(0, activation_id),
            lambda: playground.network.activation_params[0],
            holder,
        )
    state = ExplorerState()
    view = PresentationView(state, StepThrough())
    _shown(qtbot, view)
    return User(view.param_editor, state.set_activation, lambda: state.params, view)


def _spin(user: User, name: str) -> RefusingSpinBox:
    box = user.editor.fields[name]
    assert isinstance(box, RefusingSpinBox)
    return box


# -- the remove guard --------------------------------------------------------------------------


@pytest.mark.parametrize("user_name", USERS)
@pytest.mark.parametrize(
    ("old", "name", "typed", "new"),
    [
        ("leaky_relu", "negative_slope", 0.3, "elu"),  # the new activation lacks the parameter
        ("elu", "alpha", 2.5, "celu"),  # the new activation has a parameter of the same name
    ],
)
def test_a_box_of_the_previous_activation_cannot_commit_to_the_new_one(
    qtbot, pages, user_name, old, name, typed, new
):
    user = make_user(user_name, qtbot, pages)
    user.select(old)
    QApplication.processEvents()  # a widget added to a shown layout is shown by the event loop
    box = _spin(user, name)
    assert box.isVisible()
    CommitOnHide(box, typed)  # the focused box commits what was typed as it is hidden

    user.select(new)
    assert not box.isVisible() and box.signalsBlocked()  # hidden and silent at once
    box.blockSignals(False)
    box.valueChanged.emit(typed)  # a commit that got past the block: still ignored
    user.editor.edit("negative_slope", 0.3)  # a late value for a parameter the activation lacks
    QApplication.processEvents()

    assert dict(user.values()) == get_activation(new).defaults()
    assert user.editor.activation_id == new
    assert list(user.editor.fields) == list(get_activation(new).param_names)
    assert user.editor.error_text == ""


# -- refusals ------------------------------------------------------------------------------------


@pytest.mark.parametrize("user_name", USERS)
def test_a_refused_value_snaps_back_with_the_reason_beside_the_boxes(qtbot, pages, user_name):
    user = make_user(user_name, qtbot, pages)
    user.select("hardtanh")
    box = _spin(user, "min_val")
    box.setValue(2.0)  # not below max_val = 1
    assert dict(user.values()) == {"min_val": -1.0, "max_val": 1.0}
    assert box.value() == -1.0
    assert box.is_marked_refused()
    assert "min_val < max_val" in user.editor.error_text
    assert user.editor.error_label.isVisible()
    _spin(user, "max_val").setValue(3.0)
    assert user.editor.error_text == "" and not box.is_marked_refused()
    box.setValue(2.0)
    assert dict(user.values()) == {"min_val": 2.0, "max_val": 3.0}


@pytest.mark.parametrize("user_name", USERS)
def test_model_to_widget_updates_do_not_echo_and_use_one_decimals_rule(qtbot, pages, user_name):
    user = make_user(user_name, qtbot, pages)
    user.select("gelu")
    combo = user.editor.fields["approximate"]
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("tanh"))
    assert user.values()["approximate"] == "tanh"
    user.select("softplus")
    for name, decimals in (("beta", 1), ("threshold", 1)):
        assert _spin(user, name).decimals() == decimals, name
    user.select("leaky_relu")
    assert _spin(user, "negative_slope").decimals() == 2  # step 0.01


@pytest.fixture
def hardtanh_refuses_with_a_code() -> Iterator[None]:
    """The model's Hardtanh check raises a coded Refusal with the same English text.

    The model's raise sites are being converted to ``Refusal``; until then
    this stands in for the converted check, inside the model, so that the
    refusal travels the real path from the model to each page.
    """
    act = get_activation("hardtanh")
    original = act._check
    assert original is not None

    def check(values: dict[str, ParamValue]) -> None:
        try:
            original(values)
        except Refusal:
            raise
        except ValueError as exc:
            refusal = Refusal(
                "param_order", low_name="min_val", high_name="max_val",
                low=float(values["min_val"]), high=float(values["max_val"]),
            )  # fmt: skip
            assert str(refusal) == str(exc)  # the same English text as the model's own
            raise refusal from None

    object.__setattr__(act, "_check", check)
    yield
    object.__setattr__(act, "_check", original)


@pytest.fixture
def chinese(qapp):
    i18n.install_language(qapp, "zh_CN")
    yield qapp
    i18n.install_language(qapp, "en")


@pytest.mark.parametrize("user_name", USERS)
def test_a_refusal_of_the_model_is_shown_in_chinese(
    qtbot, pages, chinese, hardtanh_refuses_with_a_code, user_name
):
    user = make_user(user_name, qtbot, pages)
    user.select("hardtanh")
    _spin(user, "min_val").setValue(2.0)
    assert user.editor.error_text == (
        "未接受：参数 min_val 和 max_val 需要满足 min_val < max_val，输入的是 min_val=2，max_val=1"
    )
    assert dict(user.values()) == {"min_val": -1.0, "max_val": 1.0}


@pytest.mark.parametrize("user_name", USERS)
def test_typed_text_out_of_range_is_refused_with_the_range_in_chinese(qtbot, pages, chinese, user_name):
    user = make_user(user_name, qtbot, pages)
    user.select("elu")
    box = _spin(user, "alpha")
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "99")  # above the maximum of 10: refused, not clamped
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert user.values()["alpha"] == 1.0 and box.value() == 1.0
    assert user.editor.error_text == "未接受：alpha 不能取 99：它必须是 [0, 10] 范围内的数。"
