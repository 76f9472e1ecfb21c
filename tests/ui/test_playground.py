import numpy as np
import pytest

from actgui.export.render import render_image
from actgui.model.lessons import LESSONS
from actgui.model.network import NetworkConfig
from actgui.state.playground import PlaygroundState
from actgui.state.session import Session
from actgui.ui.app import open_main_window
from actgui.ui.theme import OKABE_ITO
from tests.export.conftest import colour_mask, image_array

# The offscreen platform cannot propagate size hints of a shown top-level widget.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(qtbot):
    from actgui.ui.playground import PlaygroundPage

    widget = PlaygroundPage(PlaygroundState())
    qtbot.addWidget(widget)
    widget.resize(1280, 680)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.state.set_running(False)
    widget.close()


def _epoch(page):
    return page.state.trainer.epoch


def test_step_trains_exactly_one_epoch_and_pauses(page, qtbot):
    state = page.state
    page.transport.step_button.click()
    assert _epoch(page) == 1 and not state.running
    page.transport.step_button.click()
    assert _epoch(page) == 2
    qtbot.waitUntil(lambda: "Epoch 2" in page.transport.epoch_label.text())
    assert len(state.trainer.history) == 3  # epochs 0, 1 and 2


def test_play_trains_and_pause_stops(page, qtbot):
    state = page.state
    page.transport.play_button.click()
    assert state.running and page.runner.timer.isActive()
    assert "Pause" in page.transport.play_button.text()
    qtbot.waitUntil(lambda: _epoch(page) >= 5, timeout=5000)
    page.transport.play_button.click()
    assert not state.running and not page.runner.timer.isActive()
    stopped = _epoch(page)
    steps = state.trainer.steps
    qtbot.wait(100)
    assert state.trainer.steps == steps and _epoch(page) == stopped
    assert "Play" in page.transport.play_button.text()


def test_reset_returns_to_the_initial_weights(page, qtbot):
    initial = [w.copy() for w in page.state.trainer.network.weights]
    page.state.trainer.train_epochs(20)
    page.state.set_running(True)
    page.transport.reset_button.click()
    assert not page.state.running
    assert _epoch(page) == 0 and len(page.state.trainer.history) == 1
    for w, w0 in zip(page.state.trainer.network.weights, initial, strict=True):
        np.testing.assert_array_equal(w, w0)
    qtbot.waitUntil(lambda: "Epoch 0" in page.transport.epoch_label.text())


def test_views_follow_training(page, qtbot):
    before = page.boundary.image.image.copy()
    frames = page.frames
    page.state.step()
    qtbot.waitUntil(lambda: page.frames > frames)
    assert not np.array_equal(before, page.boundary.image.image)
    x, _ = page.curves.curves["loss_train"].getData()
    assert list(x) == [0, 1]
    assert page.diagram.node_counts == [2, 8, 8, 1]
    assert len(page.gradients.norms) == 3


def test_points_follow_the_dataset_and_test_toggle(page, qtbot):
    data = page.state.dataset
    assert len(page.boundary.train_points.data) == len(data.y_train)
    assert len(page.boundary.test_points.data) == len(data.y_test)
    page.dataset_controls.show_test.setChecked(False)
    assert len(page.boundary.test_points.data) == 0
    page.dataset_controls.points.setValue(120)
    assert page.state.data_settings.n_points == 120
    assert len(page.boundary.train_points.data) == len(page.state.dataset.y_train)


def test_network_controls_bind_both_ways(page, qtbot):
    controls = page.network_controls
    controls.layer_count.setValue(3)
    assert page.state.network.layer_sizes == (8, 8, 8)
    assert controls.sizes[2].isVisibleTo(page) and not controls.sizes[3].isVisibleTo(page)
    controls.sizes[0].setValue(5)
    controls.activations[1].setCurrentIndex(controls.activations[1].findData("relu"))
    assert page.state.network.layer_sizes == (5, 8, 8)
    assert page.state.network.activations == ("tanh", "relu", "tanh")
    page.state.set_network(layer_sizes=(3,), activations=("sigmoid",), activation_params=())
    assert controls.layer_count.value() == 1
    assert controls.activations[0].currentData() == "sigmoid"
    assert not controls.sizes[1].isVisibleTo(page)
    qtbot.waitUntil(lambda: page.diagram.node_counts == [2, 3, 1])


def test_training_controls_apply_without_reset(page):
    page.state.trainer.train_epochs(3)
    page.training_controls.learning_rate.setValue(0.1)
    page.training_controls.optimizer.setCurrentIndex(page.training_controls.optimizer.findData("sgd"))
    assert page.state.training.learning_rate == pytest.approx(0.1)
    assert page.state.training.optimizer == "sgd"
    assert page.state.trainer.epoch == 3  # hyper-parameters apply to the running training


@pytest.mark.parametrize("lesson_id", list(LESSONS))
def test_lesson_buttons_set_up_the_baseline_and_each_variant(page, qtbot, lesson_id):
    page.lessons.buttons[lesson_id].click()
    lesson = LESSONS[lesson_id]
    assert page.state.running  # one click starts training the baseline
    assert page.state.network == lesson.baseline.network(1)
    assert page.state.training == lesson.baseline.training()
    assert page.state.data_settings == lesson.data
    assert page.lessons.frame.isVisibleTo(page)
    assert page.lessons.title.text() == page.lessons.buttons[lesson_id].text()
    assert page.network_controls.layer_count.value() == lesson.baseline.depth
    assert [b.property("variant") for b in page.lessons.setup_buttons] == list(lesson.run_names)
    for button in page.lessons.setup_buttons[1:]:
        button.click()
        variant = lesson.settings(button.property("variant"))
        assert page.state.network == variant.network(1)
        assert page.state.training == variant.training()
        assert page.state.lesson == lesson_id  # still explained
    page.state.set_running(False)
    # Changing a setting by hand leaves the lesson.
    page.dataset_controls.noise.setValue(lesson.data.noise + 0.05)
    assert page.state.lesson == "" and not page.lessons.frame.isVisibleTo(page)


def test_dead_relu_lesson_shows_dead_neurons(page, qtbot):
    page.lessons.start("dead_relu")
    page.state.set_running(False)
    page.state.trainer.train_epochs(30)
    page.redraw()
    dead = page.state.trainer.dead_neurons()
    assert dead >= 4
    assert f"{dead} of 16" in page.gradients.dead_label.text()


def test_divergence_pauses_and_warns(page, qtbot):
    # Four wide linear layers with weights 100x He: the logits overflow within a few steps.
    page.state.set_network(
        init="he", init_scale=100.0, layer_sizes=(16,) * 4, activations=("linear",) * 4, activation_params=()
    )
    page.state.set_training(optimizer="sgd", learning_rate=10.0, batch_size=1)
    page.state.set_running(True)
    qtbot.waitUntil(lambda: not page.state.running, timeout=10000)
    assert page.state.trainer.diverged
    qtbot.waitUntil(lambda: page.transport.warning_label.isVisibleTo(page))


def test_lazy_page_builds_on_first_show(qtbot):
    from PySide6.QtWidgets import QTabWidget, QWidget

    from actgui.ui.playground import LazyPlaygroundPage

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "first")
    session = Session()
    lazy = LazyPlaygroundPage(session, tabs)
    tabs.addTab(lazy, "")
    lazy.retranslate_ui()
    assert tabs.tabText(1) == "Playground"
    tabs.show()
    assert not lazy.is_built and not session.playground_created
    tabs.setCurrentIndex(1)
    assert lazy.is_built
    assert lazy.page().state is session.playground  # the session's state, not one of the page's own
    assert lazy.boundary_widget() is lazy.page().boundary
    tabs.close()


def test_state_without_qt_rejects_bad_settings():
    state = PlaygroundState()
    with pytest.raises(ValueError):
        state.set_data(kind="squares")
    with pytest.raises(ValueError):
        state.set_layer_count(5)
    with pytest.raises(ValueError):
        state.set_training(learning_rate=0.0)
    assert state.data_settings.kind == "xor" and state.network.depth == 2


def test_main_window_has_a_lazy_playground_tab_and_exports_its_boundary(qtbot):
    import sys

    from actgui.ui.main_window import MainWindow

    window = MainWindow(Session())
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Playground" in titles
    assert not window.playground.is_built  # not on the start-up path
    target = window.export_targets()["playground"]
    assert window.playground.is_built
    assert target is window.playground.page().boundary
    assert "actgui.ui.playground.page" in sys.modules
    window.close()


def test_language_change_retranslates_every_part(page, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QWidget

    page.lessons.start("dead_relu")
    page.state.set_running(False)
    for widget in [page, *page.findChildren(QWidget)]:
        QApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    assert page.transport.step_button.text() == "Step"
    assert page.lessons.title.text() == "Dead ReLUs"
    assert page.network_controls.init.itemText(0).startswith("Uniform")
    assert page.dataset_controls.kind.currentText() == "Two moons"
    assert page.training_controls.optimizer.currentData() == "sgd"
    assert page.data_box.title() == "Data"


def test_the_lesson_button_goes_back_to_the_baseline(page):
    page.lessons.start("linear_xor")
    page.lessons.setup_buttons[1].click()
    assert page.state.network.activations == ("tanh", "tanh")
    page.lessons.buttons["linear_xor"].click()
    assert page.state.network.activations == ("linear", "linear")
    page.state.set_running(False)


def test_activation_parameter_controls_show_only_what_applies(page):
    controls = page.network_controls
    assert not any(p.isVisibleTo(page) for p in controls.params)  # tanh, tanh: no parameters
    controls.activations[0].setCurrentIndex(controls.activations[0].findData("softplus"))
    controls.activations[1].setCurrentIndex(controls.activations[1].findData("gelu"))
    assert controls.params[0].isVisibleTo(page) and controls.params[1].isVisibleTo(page)
    assert list(controls.params[0].fields) == ["beta", "threshold"]
    assert controls.params[0].fields["beta"].value() == 1.0
    assert controls.params[1].fields["approximate"].currentData() == "none"
    controls.layer_count.setValue(1)
    assert not controls.params[1].isVisibleTo(page)


def test_activation_parameter_controls_bind_both_ways(page, qtbot):
    state = page.state
    state.set_layer_activation(0, "leaky_relu")
    state.trainer.train_epochs(3)
    changes = []
    state.network_changed.connect(lambda: changes.append(state.network.activation_params[0]))
    spin = page.network_controls.params[0].fields["negative_slope"]
    spin.setValue(0.25)
    assert changes == [{"negative_slope": 0.25}]  # one change, no echo from the widget
    assert state.epoch == 0  # like any architecture change, training starts over
    assert state.trainer.network.activation(0, np.array([-4.0]))[0] == pytest.approx(-1.0)
    state.set_activation_param(0, "negative_slope", 0.5)
    assert spin.value() == 0.5
    assert changes[-1] == {"negative_slope": 0.5} and len(changes) == 2
    combo_state = page.state
    combo_state.set_layer_activation(1, "gelu")
    combo = page.network_controls.params[1].fields["approximate"]
    combo.setCurrentIndex(combo.findData("tanh"))
    assert combo_state.network.activation_params[1] == {"approximate": "tanh"}
    assert state.network.activation_params[0] == {"negative_slope": 0.5}  # the other layer kept its own


def test_a_refused_activation_parameter_snaps_back_with_the_reason(page):
    page.state.set_layer_activation(0, "hardtanh")
    controls = page.network_controls.params[0]
    controls.fields["min_val"].setValue(2.0)  # not below max_val = 1
    assert page.state.network.activation_params[0] == {"min_val": -1.0, "max_val": 1.0}
    assert controls.fields["min_val"].value() == -1.0
    assert "min_val < max_val" in controls.error_text
    controls.fields["max_val"].setValue(3.0)
    assert controls.error_text == ""
    controls.fields["min_val"].setValue(2.0)
    assert page.state.network.activation_params[0] == {"min_val": 2.0, "max_val": 3.0}


def test_playground_settings_survive_a_restart_without_building_the_page(qtbot, _isolated_settings):

    first = open_main_window()
    qtbot.addWidget(first)
    state = first.playground.page().state
    state.set_data(kind="spiral", n_points=500, noise=0.2, seed=5)
    state.set_layer_count(3)
    state.set_layer_size(2, 6)
    state.set_layer_activation(1, "elu")
    state.set_activation_param(1, "alpha", 2.5)
    state.set_network(init="he", init_scale=2.0)
    state.set_training(optimizer="sgd", learning_rate=0.125, batch_size=16, l2=0.001)
    state.trainer.train_epochs(2)
    saved = state.settings()
    first.close()

    second = open_main_window()
    qtbot.addWidget(second)
    assert not second.playground.is_built  # restored without building the page
    assert not second.session.playground_created  # nor its state
    second.close()  # saves what it was given, untouched

    third = open_main_window()
    qtbot.addWidget(third)
    page = third.playground.page()
    assert page.state.settings() == saved
    assert page.state.epoch == 0  # the set-up, not the trained weights
    assert page.state.network.layer_sizes == (8, 8, 6)
    assert page.state.network.activation_params[1] == {"alpha": 2.5}
    # The controls show it.
    assert page.dataset_controls.kind.currentData() == "spiral"
    assert page.dataset_controls.points.value() == 500
    assert page.network_controls.layer_count.value() == 3
    assert page.network_controls.activations[1].currentData() == "elu"
    assert page.network_controls.params[1].fields["alpha"].value() == 2.5
    assert page.network_controls.init.currentData() == "he"
    assert page.training_controls.learning_rate.value() == 0.125
    assert page.training_controls.optimizer.currentData() == "sgd"
    third.close()


def test_settings_restored_into_a_built_page_apply_at_once(qtbot):
    from PySide6.QtWidgets import QTabWidget

    from actgui.ui.playground import LazyPlaygroundPage

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    session = Session()
    lazy = LazyPlaygroundPage(session, tabs)
    state = lazy.page().state
    saved = PlaygroundState(network=NetworkConfig((3,), ("celu",), ({"alpha": 0.5},))).settings()
    saved["data"]["kind"] = "circle"
    session.restore_playground(saved)
    assert state.data_settings.kind == "circle"
    assert state.network.activation_params == ({"alpha": 0.5},)
    assert lazy.page().network_controls.params[0].fields["alpha"].value() == 0.5
    assert session.playground_settings() == state.settings()


# -- export at 2x / 3x ------------------------------------------------------------------


def _covered(widget, colour: str, scale: int) -> int:
    return int(colour_mask(image_array(render_image(widget, scale)), colour, tolerance=30).sum())


@pytest.mark.parametrize(
    ("view", "colour"),
    [
        ("curves", OKABE_ITO["bluish_green"]),  # the train loss and accuracy lines
        ("gradients", OKABE_ITO["blue"]),  # the per-layer gradient line and its dots
        ("diagram", "#0072B2"),  # connections (class 1 colour) and thumbnails
    ],
)
def test_playground_lines_keep_their_look_at_2x_and_3x(page, view, colour):
    """A line drawn s times wider and s times longer covers about s^2 the pixels.

    Cosmetic pens left alone would cover only about s times as many: hairlines.
    """
    page.state.trainer.train_epochs(30)
    page.redraw()
    widget = getattr(page, view)
    one = _covered(widget, colour, 1)
    assert one > 300
    for scale in (2, 3):
        ratio = _covered(widget, colour, scale) / one
        assert 0.7 * scale**2 < ratio < 1.35 * scale**2, (view, scale, ratio)
    # Back to the screen's styling afterwards.
    assert all(v.export_scale == 1.0 for v in (page.curves, page.gradients, page.boundary, page.diagram))
    assert _covered(widget, colour, 1) == one


def test_boundary_axes_widen_at_3x(page):
    axis = page.boundary.getPlotItem().getAxis("bottom")
    widths = []
    page.boundary.set_export_scale(3)
    widths.append(axis.pen().widthF())
    page.boundary.set_export_scale(1.0)
    widths.append(axis.pen().widthF())
    assert widths == [3.0, 1.0]


def test_diagram_thumbnails_are_sampled_finer_for_an_export(page):
    page.redraw()
    diagram = page.diagram
    screen = diagram._columns[1][0].width()
    diagram.set_export_scale(3)
    export = diagram._columns[1][0].width()
    diagram.set_export_scale(1.0)
    assert (screen, export) == (43, 128)  # every 3rd point of the 128 grid, then all of them
    assert diagram._columns[1][0].width() == screen


def test_diagram_titles_drop_a_bracketed_gloss_before_eliding(qapp):
    from PySide6.QtGui import QFont, QFontMetrics

    from actgui.ui.playground.network_diagram import _fitted

    metrics = QFontMetrics(QFont())
    name = "Leaky ReLU（带泄漏的 ReLU）"
    roomy = metrics.horizontalAdvance(name) + 10
    assert _fitted(metrics, name, roomy) == name
    short = metrics.horizontalAdvance("Leaky ReLU") + 4
    assert _fitted(metrics, name, short) == "Leaky ReLU"
    assert _fitted(metrics, "Hardtanh (hard tanh)", metrics.horizontalAdvance("Hardtanh") + 4) == "Hardtanh"
    narrow = _fitted(metrics, name, metrics.horizontalAdvance("Leaky") + 4)
    assert narrow.endswith("…") and narrow.startswith("Le")


def test_every_box_accepts_exactly_what_the_model_accepts(qtbot):
    # A value the model accepts but a box cannot show (a hand-edited settings
    # file, say) would be shown clamped while training used another.
    from actgui.model import network
    from actgui.ui.playground.network_controls import NetworkControls
    from actgui.ui.playground.training_controls import TrainingControls

    state = PlaygroundState()
    training, net = TrainingControls(state), NetworkControls(state)
    qtbot.addWidget(training)
    qtbot.addWidget(net)
    assert (training.learning_rate.minimum(), training.learning_rate.maximum()) == (
        network.MIN_LEARNING_RATE,
        network.MAX_LEARNING_RATE,
    )
    assert (net.init_scale.minimum(), net.init_scale.maximum()) == (
        network.MIN_INIT_SCALE,
        network.MAX_INIT_SCALE,
    )
    assert (training.batch_size.minimum(), training.batch_size.maximum()) == (1, network.MAX_BATCH_SIZE)
    assert (training.l2.minimum(), training.l2.maximum()) == (0.0, network.MAX_L2)
    for value in (network.MIN_LEARNING_RATE, network.MAX_LEARNING_RATE):
        network.TrainConfig(learning_rate=value)
    for value in (network.MIN_INIT_SCALE, network.MAX_INIT_SCALE):
        network.NetworkConfig(init_scale=value)


def test_a_value_typed_for_a_layers_previous_activation_is_dropped(page, qtbot):
    from PySide6.QtWidgets import QApplication

    from tests.ui.spin_box_commit import CommitOnHide

    state = page.state
    state.set_layer_activation(0, "leaky_relu")
    QApplication.processEvents()
    controls = page.network_controls.params[0]
    old_spin = controls.fields["negative_slope"]

    CommitOnHide(old_spin, 0.3)
    state.set_layer_activation(0, "elu")
    QApplication.processEvents()
    assert state.network.activation_params[0] == {"alpha": 1.0}
    assert controls.error_text == ""  # no refusal of a parameter elu does not have
