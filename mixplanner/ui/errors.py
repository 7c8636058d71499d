"""Unexpected exceptions: logged with their traceback to the user's data folder, told to the user as one sentence."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QStyle,
                               QVBoxLayout)

from mixplanner.ui.settings import data_dir

LOG_NAME = "mixplanner.log"
log = logging.getLogger("mixplanner")


def log_dir() -> Path:
    return data_dir() / "logs"


class ErrorDialog(QDialog):
    """One sentence, where the log is, and a button that copies the traceback for a bug report."""

    def __init__(self, details: str, log_path: Path | None, parent=None) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle("mixplanner")
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        self.message = QLabel(self.tr("Er ging iets onverwachts mis. Sla uw plan op, bij voorkeur onder een nieuwe "
                                      "naam, en probeer het opnieuw; gebeurt het weer, stuur dan de details naar wie "
                                      "mixplanner beheert."))
        self.message.setWordWrap(True)
        where = (self.tr("De details staan in {path}.").format(path=log_path) if log_path is not None
                 else self.tr("De details konden niet in een logbestand worden bewaard."))
        self.log_label = QLabel(where)
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Details kopiëren"))
        self.copy_button.clicked.connect(self._on_copy_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        text = QVBoxLayout()
        text.addWidget(self.message)
        text.addWidget(self.log_label)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Gekopieerd"))


class ErrorReporter(QObject):
    """The excepthook of the app: logs every unexpected exception and shows one ErrorDialog at a time."""

    error_occurred = Signal(str)  # the traceback; emitted from any thread, shown in the GUI thread

    def __init__(self, handler: logging.FileHandler | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = Path(handler.baseFilename) if handler is not None else None
        self.dialog: ErrorDialog | None = None
        self._handler = handler
        self._previous = (sys.excepthook, threading.excepthook)
        self.error_occurred.connect(self._on_error_occurred)

    def handle(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("Unexpected exception\n%s", details)
        self.error_occurred.emit(details)

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not SystemExit:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _on_error_occurred(self, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one error often brings more; the first is the one to report, the rest are in the log
        self.dialog = ErrorDialog(details, self.log_path, QApplication.activeWindow())
        self.dialog.open()

    def uninstall(self) -> None:
        """Put back the hooks and log handler that were there before install()."""
        sys.excepthook, threading.excepthook = self._previous
        if self._handler is not None:
            log.removeHandler(self._handler)
            self._handler.close()


def _file_handler(folder: Path) -> RotatingFileHandler | None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as exc:  # a read-only profile must not stop the app; the dialog then says the log is missing
        print(f"mixplanner: cannot write the log in {folder}: {exc}", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler


def install(app: QObject, folder: Path | None = None) -> ErrorReporter:
    """Log mixplanner's messages to <folder>/mixplanner.log and catch every uncaught exception of the app."""
    handler = _file_handler(folder if folder is not None else log_dir())
    reporter = ErrorReporter(handler, app)
    if handler is not None:
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    sys.excepthook = reporter.handle
    threading.excepthook = reporter.handle_thread
    return reporter
