"""Opening the file named on the command line before any window exists; the first window is the file's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow

from mixplanner.ui.opening.opener import Opener

CANCELLED, UNREADABLE = 1, 2


def open_at_start(app: QApplication, path: str | Path, on_opened: Callable[[QMainWindow], None]) -> int:
    """Run the app on the file's window; the exit code is 1 when the user cancelled, 2 when it could not be read."""
    opener = Opener()
    app.setQuitOnLastWindowClosed(False)  # the progress and mapping dialogs are not the app's last window

    def opened(window: QMainWindow) -> None:
        app.setQuitOnLastWindowClosed(True)
        on_opened(window)

    opener.opened.connect(opened)
    opener.cancelled.connect(lambda: app.exit(CANCELLED))
    opener.failed.connect(lambda _message: app.exit(UNREADABLE))
    opener.open_path(path)
    return app.exec()
