"""An exception in a slot during the event loop is logged, shown, and the app carries on.

The hook is installed exactly as ``run_gui`` installs it, on the real main
window; the error dialog's ``exec`` is replaced so the test does not block,
and the log goes to a temporary folder. pytest-qt's own exception capture
is switched off for these tests: the app's hook is what is under test.
"""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton

from actgui.state.session import Session
from actgui.ui import errors
from actgui.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def hooked(qtbot, tmp_path, monkeypatch):
    log = tmp_path / "logs" / "actgui.log"
    monkeypatch.setattr(errors, "log_path", lambda: log)
    shown: list[errors.ErrorDialog] = []

    def fake_exec(dialog: errors.ErrorDialog) -> int:
        shown.append(dialog)
        dialog.copy_button.click()
        return 0

    monkeypatch.setattr(errors.ErrorDialog, "exec", fake_exec)
    monkeypatch.setattr(sys, "stderr", sys.stderr)  # the hook writes the details there too
    hook = errors.ExceptionHook().install()
    window = MainWindow(Session())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, hook, shown, log
    hook.uninstall()


def test_an_exception_in_a_slot_is_logged_shown_and_survived(qtbot, hooked):
    window, _hook, shown, log = hooked
    button = QPushButton("break", window)
    button.clicked.connect(lambda: 1 / 0)
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    assert "ZeroDivisionError" in shown[0].informativeText()
    assert str(log) in shown[0].informativeText()
    assert "ZeroDivisionError: division by zero" in log.read_text(encoding="utf-8")
    # The app keeps running: the window still works.
    window.pin_action.trigger()
    assert len(window.state.pins) == 1
    assert window.isVisible()


def test_an_exception_from_a_timer_inside_the_event_loop(qtbot, hooked):
    window, _hook, shown, log = hooked

    def broken() -> None:
        raise RuntimeError("raised inside the event loop")

    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    QTimer.singleShot(0, broken)  # a second one is handled the same way
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=5000)
    assert log.read_text(encoding="utf-8").count("RuntimeError: raised inside the event loop") == 2
    window.state.set_activation("relu")  # the loop is still alive and the state still drives the view
    qtbot.wait(10)
    assert window.explorer.plots.f_curve.getData()[1].max() == 6.0


def test_an_exception_in_a_state_callback_reaches_the_hook(qtbot, hooked):
    """A state callback's error ends in the hook after the other views ran; the app goes on."""
    window, _hook, shown, log = hooked

    def broken(_theme: str) -> None:
        raise ValueError("a view could not follow the theme")

    window.view_settings.theme_changed.connect(broken)
    window.dark_action.trigger()  # the menu action's slot calls the state, which calls broken
    assert len(shown) == 1
    assert "a view could not follow the theme" in log.read_text(encoding="utf-8")
    window.view_settings.theme_changed.disconnect(broken)
    window.light_action.trigger()
    assert window.view_settings.theme == "light" and len(shown) == 1


def test_an_exception_in_a_thread_is_logged_without_a_dialog(qtbot, hooked):
    _window, _hook, shown, log = hooked

    def worker() -> None:
        raise OSError("background failure")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert "OSError: background failure" in log.read_text(encoding="utf-8")
    assert shown == []  # widgets only on the GUI thread


def test_a_hook_raising_while_reporting_does_not_loop(qtbot, hooked, monkeypatch):
    """If the dialog itself fails, the error is logged once and the hook returns."""
    window, _hook, shown, log = hooked

    def failing_exec(dialog: errors.ErrorDialog) -> int:
        shown.append(dialog)
        raise RuntimeError("the dialog broke too")

    monkeypatch.setattr(errors.ErrorDialog, "exec", failing_exec)
    QTimer.singleShot(0, lambda: 1 / 0)
    qtbot.waitUntil(
        lambda: "ZeroDivisionError" in (log.read_text(encoding="utf-8") if log.exists() else ""), timeout=5000
    )
    qtbot.wait(50)
    assert len(shown) <= 2 and window.isVisible()
