"""A corrupted settings file never stops the app: bad keys fall back, the window is on screen.

Each file of ``corpus/settings/`` (plus a few generated at test time: huge,
deeply nested, a geometry far off every screen) is copied to the temporary
settings path; the real main window is then built from it, shown, closed
(which saves) and built again from what it saved.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QGuiApplication

from actgui.model import ACTIVATIONS, SEED_IDS
from actgui.state.explorer import ExplorerState
from actgui.state.layer import LayerState
from actgui.state.playground import PlaygroundState
from actgui.state.session import Session
from actgui.state.view import THEMES
from actgui.ui import persistence
from actgui.ui.app import open_main_window
from actgui.ui.forward.file_actions import FileActions
from actgui.ui.i18n import LANGUAGES, saved_language
from actgui.ui.main_window import MainWindow
from actgui.ui.persistence import open_settings
from actgui.ui.presentation import load_steps

CORPUS = Path(__file__).parent / "corpus" / "settings"

pytestmark = pytest.mark.qt_log_ignore(
    # Reading a hand-made "@Variant(...)" of a type Qt does not know is reported by Qt itself.
    "QVariant::load: unknown user type",
    "does not support propagateSizeHints",
)


def _generated(tmp: Path) -> dict[str, bytes]:
    """Files too big (or too machine-specific) to keep in the repository."""
    return {
        "huge_value.ini": b"[explorer]\nactivation="
        + b"relu" * 500_000
        + b'\nlogits="['
        + b"1," * 200_000
        + b'1]"\n',
        "deep_json.ini": b"[explorer]\nparams=" + b"[" * 50_000 + b"\nlogits=" + b'{"a":' * 20_000 + b"\n",
        "many_keys.ini": b"[junk]\n" + b"".join(b"k%d=%d\n" % (i, i) for i in range(50_000)),
        "playground_deep_json.ini": b"[playground]\ndata="
        + b"[" * 50_000
        + b"\nnetwork="
        + b'{"a":' * 20_000
        + b'\ntraining="{\\"l2\\": '
        + b"[" * 900
        + b"]" * 900
        + b'}"\n',
    }


def _all_files(tmp: Path) -> list[tuple[str, bytes]]:
    files = [(p.name, p.read_bytes()) for p in sorted(CORPUS.iterdir()) if p.suffix == ".ini"]
    return files + sorted(_generated(tmp).items())


def _assert_window_sane(window: MainWindow) -> None:
    assert window.isVisible()
    geometry = window.frameGeometry()
    assert persistence.is_visible_on_some_screen(geometry), geometry
    assert window.width() >= window.minimumWidth() and window.height() >= window.minimumHeight()
    assert 0 not in window.explorer.splitter.sizes()
    assert 0 not in window.explorer.right_splitter.sizes()
    state = window.state
    assert state.activation_id in ACTIVATIONS
    assert window.view_settings.theme in THEMES
    x_min, x_max = state.x_range
    assert x_min < x_max


def _usable_folder(folder: str) -> bool:
    # The tests' HOME is a path that need not exist; a real one does.
    return os.path.isdir(folder) or folder == str(Path.home())


def _assert_other_readers_sane() -> None:
    """Every other reader of the settings falls back to something usable."""
    from actgui.export.dialog import FORMATS, SCALES, saved_options

    language = saved_language()
    assert language is None or language in LANGUAGES
    steps = load_steps()
    assert steps and all(s in ACTIVATIONS for s in steps)
    options = saved_options()
    assert _usable_folder(options.folder)
    assert options.fmt in FORMATS and options.scale in SCALES and options.theme in ("light", "dark")


def _open(qtbot) -> MainWindow:
    window = open_main_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_corrupted_settings_file_starts_a_visible_window(qtbot, _isolated_settings, tmp_path):
    files = _all_files(tmp_path)
    folder_reader = FileActions(LayerState())  # the forward page reads its last folder from the settings
    qtbot.addWidget(folder_reader)
    for name, data in files:
        _isolated_settings.write_bytes(data)
        window = _open(qtbot)
        _assert_window_sane(window)
        _assert_other_readers_sane()
        assert _usable_folder(folder_reader._folder()), name
        first = _snapshot(window.session)
        window.close()
        # What was saved over the corrupted file reads back to the same state.
        again = persistence.restore_session()
        assert _snapshot(again) == first, name
    print(f"\nsettings files tried: {len(files)}")


def _snapshot(session: Session) -> tuple:
    state, view, layer = session.explorer, session.view, session.layer
    return (
        layer.x.tobytes(),
        layer.weights.tobytes(),
        layer.bias.tobytes(),
        layer.activation_id,
        layer.scale,
        layer.decimals,
        state.activation_id,
        {a: state.params_of(a) for a in ACTIVATIONS},
        state.x_range,
        state.samples,
        state.pins,
        state.logits,
        state.selected_output,
        view.theme,
        state.show_derivative,
        view.font_scale,
    )


def test_bad_keys_fall_back_and_good_keys_survive(qtbot, _isolated_settings):
    _isolated_settings.write_bytes((CORPUS / "out_of_range.ini").read_bytes())
    session = persistence.restore_session()
    state = session.explorer
    default = ExplorerState()
    assert state.activation_id == "elu"  # a good key beside bad ones
    assert state.params_of("elu") == default.params_of("elu")  # alpha=1e308 refused
    assert state.params_of("hardtanh") == default.params_of("hardtanh")
    assert state.x_range == default.x_range and state.samples == default.samples
    assert state.logits == default.logits and state.selected_output == 0
    assert session.view.font_scale == 1.0 and state.show_derivative is True


@pytest.mark.parametrize(
    "name", ["unknown_ids.ini", "wrong_types.ini", "nan_and_inf.ini", "binary_garbage.ini"]
)
def test_readers_of_other_parts_fall_back_to_defaults(_isolated_settings, name):
    _isolated_settings.write_bytes((CORPUS / name).read_bytes())
    from actgui.export.dialog import saved_options

    assert saved_language() is None
    assert load_steps() == SEED_IDS
    options = saved_options()
    assert (options.fmt, options.scale, options.theme) == ("png", 2, "light")


@pytest.mark.parametrize(
    "rect",
    [
        QRect(30000, 30000, 1000, 600),
        QRect(-40000, -40000, 900, 700),
        QRect(100, -5000, 800, 600),
        QRect(0, 0, 60000, 60000),
        QRect(5, 5, 1, 1),
    ],
)
def test_a_saved_geometry_off_every_screen_or_absurd_is_replaced(qtbot, _isolated_settings, rect):
    # Write a real geometry blob of an impossible window, as another machine might have saved it.
    donor = MainWindow(Session())
    qtbot.addWidget(donor)
    donor.setGeometry(rect)
    settings = QSettings(str(_isolated_settings), QSettings.Format.IniFormat)
    settings.setValue("window/geometry", donor.saveGeometry())
    settings.sync()
    donor.close()
    window = _open(qtbot)
    _assert_window_sane(window)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert window.frameGeometry().intersects(screen)


def test_an_unwritable_settings_location_does_not_stop_the_app(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "settings_is_a_folder.ini"
    folder.mkdir()
    monkeypatch.setenv("ACTGUI_SETTINGS_PATH", str(folder))
    window = _open(qtbot)
    _assert_window_sane(window)
    window.state.set_activation("relu")
    window.close()  # saving fails quietly inside QSettings; nothing is raised
    assert folder.is_dir()
    assert open_settings().status() in (QSettings.Status.NoError, QSettings.Status.AccessError)


def test_a_read_only_settings_file_is_read_and_left_alone(qtbot, _isolated_settings):
    if os.geteuid() == 0:
        pytest.skip("root ignores file permissions")
    shutil.copy(CORPUS / "unknown_ids.ini", _isolated_settings)
    before = _isolated_settings.read_bytes()
    _isolated_settings.chmod(0o444)
    try:
        window = _open(qtbot)
        _assert_window_sane(window)
        window.close()
        assert _isolated_settings.read_bytes() == before
    finally:
        _isolated_settings.chmod(0o644)


def test_mutated_geometry_and_layout_blobs(qtbot, _isolated_settings):
    """Real saveGeometry/saveState/splitter blobs with random bytes changed after their headers."""
    import random

    from PySide6.QtCore import QByteArray

    donor = MainWindow(Session())
    qtbot.addWidget(donor)
    blobs = {
        "window/geometry": bytes(donor.saveGeometry().data()),
        "window/state": bytes(donor.saveState().data()),
        "layout/columns": bytes(donor.explorer.splitter.saveState().data()),
    }
    donor.close()
    rng = random.Random(5)
    for _variant in range(8):
        settings = QSettings(str(_isolated_settings), QSettings.Format.IniFormat)
        for key, blob in blobs.items():
            mutated = bytearray(blob)
            for _ in range(rng.randrange(1, 6)):
                position = rng.randrange(8, len(mutated))  # past the magic number and version
                mutated[position] = rng.choice([0x00, 0xFF, 0x7F, 0x80, rng.randrange(256)])
            settings.setValue(key, QByteArray(bytes(mutated)))
        settings.sync()
        window = _open(qtbot)
        _assert_window_sane(window)
        window.close()


@pytest.mark.parametrize(
    "rect",
    [
        QRect(1, -(2**31), 802, 504),
        QRect(2**31 - 100, 0, 1000, 500),
        QRect(-(2**31), -(2**31), 2**31 - 1, 2**31 - 1),
    ],
)
def test_geometries_at_the_ends_of_int_are_not_on_screen(qtbot, rect):
    """QRect's own intersection overflows here and reported the window as on screen."""
    assert not persistence.is_visible_on_some_screen(rect)


def test_a_settings_file_too_large_to_be_ours_is_set_aside_unread(qtbot, tmp_path, monkeypatch):
    from actgui.ui import persistence as settings_module

    path = tmp_path / "huge.ini"
    with path.open("wb") as stream:
        stream.write(b"[explorer]\nactivation=relu\n")
        stream.truncate(settings_module.MAX_SETTINGS_BYTES + 1)
    monkeypatch.setenv(settings_module.SETTINGS_ENV, str(path))
    store = settings_module.open_settings()
    assert store.value("explorer/activation") is None  # defaults, nothing parsed
    assert not path.exists()
    assert (tmp_path / "huge.ini.too-large").stat().st_size == settings_module.MAX_SETTINGS_BYTES + 1
    window = open_main_window()
    qtbot.addWidget(window)
    window.show()
    assert window.state.activation_id == "sigmoid" and window.isVisible()


def test_settings_of_normal_size_are_read(tmp_path, monkeypatch):
    from actgui.ui import persistence as settings_module

    path = tmp_path / "ok.ini"
    path.write_text("[explorer]\nactivation=relu\n")
    monkeypatch.setenv(settings_module.SETTINGS_ENV, str(path))
    assert settings_module.open_settings().value("explorer/activation") == "relu"
    assert path.exists()


def test_every_corrupted_settings_file_sets_up_a_usable_playground(qtbot, _isolated_settings, tmp_path):
    """The playground checks its saved settings when it is built: bad values fall back, never raise."""
    for name, data in _all_files(tmp_path):
        _isolated_settings.write_bytes(data)
        window = _open(qtbot)
        assert not window.playground.is_built, name  # restoring did not build it
        page = window.playground.page()
        state = page.state
        assert page.network_controls.layer_count.value() == state.network.depth, name
        assert page.training_controls.batch_size.value() == state.training.batch_size, name
        assert page.dataset_controls.kind.currentData() == state.data_settings.kind, name
        first = state.settings()
        window.close()
        # What was saved over the corrupted file reads back to the same set-up.
        again = _open(qtbot)
        assert again.session.playground_settings() == first, name
        assert again.playground.page().state.settings() == first, name
        again.close()


def test_bad_playground_keys_fall_back_and_good_keys_survive(qtbot, _isolated_settings):
    _isolated_settings.write_bytes((CORPUS / "playground_out_of_range.ini").read_bytes())
    session = persistence.restore_session()
    assert not session.playground_created
    state = session.playground
    default = PlaygroundState()
    assert state.data_settings.kind == "moons" and state.data_settings.test_fraction == 0.5
    assert state.data_settings.n_points == default.data_settings.n_points
    assert state.data_settings.noise == default.data_settings.noise
    assert state.data_settings.seed == default.data_settings.seed
    assert state.network.layer_sizes == default.network.layer_sizes  # 999 neurons refused
    assert state.network.init == "he"
    assert state.network.init_scale == 1.0 and state.network.seed == 0
    assert state.training.learning_rate == default.training.learning_rate
    assert state.training.batch_size == default.training.batch_size
    assert state.training.l2 == 0.5
