import sys

from PySide6.QtWidgets import QApplication

from actgui.ui import errors


def _raise_and_capture():
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        return sys.exc_info()


def test_hook_logs_details_and_keeps_going(qtbot, tmp_path, monkeypatch, capsys):
    log = tmp_path / "logs" / "actgui.log"
    monkeypatch.setattr(errors, "log_path", lambda: log)
    hook = errors.ExceptionHook(show_dialog=False)
    hook(*_raise_and_capture())
    hook(*_raise_and_capture())
    text = log.read_text(encoding="utf-8")
    assert text.count("RuntimeError: boom in a slot") == 2
    assert "Traceback" in text
    assert "boom in a slot" in capsys.readouterr().err


def test_hook_shows_dialog_with_copy_button(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(errors, "log_path", lambda: tmp_path / "actgui.log")
    shown = []

    def fake_exec(dialog):
        shown.append(dialog)
        dialog.copy_button.click()
        return 0

    monkeypatch.setattr(errors.ErrorDialog, "exec", fake_exec)
    hook = errors.ExceptionHook()
    hook(*_raise_and_capture())
    assert len(shown) == 1
    dialog = shown[0]
    assert "RuntimeError: boom in a slot" in dialog.informativeText()
    assert str(tmp_path / "actgui.log") in dialog.informativeText()
    assert QApplication.clipboard().text() == hook.last_details
    assert "Traceback" in dialog.detailedText()
    dialog.deleteLater()


def test_log_is_restarted_when_too_large(tmp_path):
    log = tmp_path / "actgui.log"
    log.write_text("x" * (errors.MAX_LOG_BYTES + 10))
    assert errors.write_log("fresh entry", log) == log
    assert log.read_text() == "fresh entry\n\n"


def test_unwritable_log_is_not_fatal(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert errors.write_log("entry", blocker / "sub" / "actgui.log") is None


def test_install_and_uninstall_restore_previous_hook():
    before = sys.excepthook
    hook = errors.ExceptionHook(show_dialog=False).install()
    assert sys.excepthook is hook
    hook.uninstall()
    assert sys.excepthook is before
