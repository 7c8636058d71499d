"""An unexpected exception in a slot or a thread: logged with its traceback, told as one sentence with copyable details."""

import sys
import threading

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from mixplanner.ui import errors


class _Button(QObject):
    clicked = Signal()


@pytest.fixture()
def reporter(qapp, tmp_path):
    installed = errors.install(qapp, tmp_path / "logs")
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()


def _log(tmp_path) -> str:
    return (tmp_path / "logs" / "mixplanner.log").read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown(qtbot, reporter, tmp_path):
    def broken_slot():
        raise ZeroDivisionError("deling door nul in de test")

    button = _Button()
    button.clicked.connect(broken_slot)
    button.clicked.emit()
    # shown with open(): waitUntil runs the event loop while the dialog is up, which exec() would block
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=5_000)

    log = _log(tmp_path)
    assert "Traceback (most recent call last)" in log and "in broken_slot" in log
    assert "ZeroDivisionError: deling door nul in de test" in log
    dialog = reporter.dialog
    assert dialog.message.text().startswith("Er ging iets onverwachts mis.")
    assert "Traceback" not in dialog.message.text() and "ZeroDivisionError" not in dialog.message.text()
    assert str(tmp_path / "logs" / "mixplanner.log") in dialog.log_label.text()

    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.details
    assert "ZeroDivisionError" in dialog.details and dialog.copy_button.text() == "Gekopieerd"


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_thread_reaches_the_window(qtbot, reporter, tmp_path):
    def work():
        raise RuntimeError("fout in de achtergrond")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=5_000)
    assert "RuntimeError: fout in de achtergrond" in _log(tmp_path)
    assert "RuntimeError" in reporter.dialog.details


@pytest.mark.qt_no_exception_capture
def test_a_burst_of_errors_shows_one_dialog(qtbot, reporter, tmp_path):
    for n in range(3):
        try:
            raise ValueError(f"fout {n}")
        except ValueError as exc:
            reporter.handle(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=5_000)
    first = reporter.dialog
    qtbot.wait(50)
    assert reporter.dialog is first and "fout 0" in first.details
    assert all(f"ValueError: fout {n}" in _log(tmp_path) for n in range(3))  # every one is in the log


def test_uninstall_puts_the_previous_hooks_back(qapp, tmp_path):
    before = (sys.excepthook, threading.excepthook)
    installed = errors.install(qapp, tmp_path / "logs")
    assert sys.excepthook == installed.handle
    installed.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
