"""The window's ways to open a file: File > Openen (Ctrl+O), File > Recente bestanden, and drag and drop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QFileDialog, QMainWindow, QMenu, QMessageBox

from mixplanner.ui.opening.opener import OPENABLE_SUFFIXES, STOCK_SUFFIXES, Opener, can_open
from mixplanner.ui.opening.recent import RecentMenu
from mixplanner.ui.opening.stages import PLAN_SUFFIX

_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove)


def _patterns(suffixes) -> str:
    return " ".join(f"*{s}" for s in sorted(suffixes))


class FileActions(QObject):
    """Puts Openen and Recente bestanden at the top of the File menu and takes files dropped on the window."""

    def __init__(self, window: QMainWindow, file_menu: QMenu):
        super().__init__(window)
        self.window = window
        self.opener = Opener(window)
        self.open_action = QAction(self.tr("&Openen..."), window)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._on_open_triggered)
        self.recent_menu = RecentMenu(self.opener.recent, file_menu)
        self.recent_menu.chosen.connect(self._on_recent_chosen)
        file_menu.addAction(self.open_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        for area in window.findChildren(QAbstractScrollArea):
            if area.viewport().acceptDrops():  # the map's scene takes every drag: files must be caught before it
                area.viewport().installEventFilter(self)

    def file_filter(self) -> str:
        return ";;".join((
            self.tr("Alle bestanden die mixplanner opent ({patterns})").format(patterns=_patterns(OPENABLE_SUFFIXES)),
            self.tr("Plannen ({patterns})").format(patterns=f"*{PLAN_SUFFIX}"),
            self.tr("Voorraadbestanden ({patterns})").format(patterns=_patterns(STOCK_SUFFIXES)),
            self.tr("Alle bestanden (*)"),
        ))

    def _on_open_triggered(self) -> None:
        recent = self.opener.recent.paths()
        folder = str(Path(recent[0]).parent) if recent else ""
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Openen"), folder, self.file_filter())
        if path:
            self.opener.open_path(path)

    def _on_recent_chosen(self, path: str) -> None:
        if Path(path).is_file():
            self.opener.open_path(path)
            return
        self.opener.recent.remove(path)
        QMessageBox.information(self.window, self.tr("Bestand niet gevonden"), self.tr(
            "{path} bestaat niet meer; het is uit de lijst met recente bestanden gehaald.").format(path=path))

    def eventFilter(self, watched, event) -> bool:
        if event.type() in _DRAG_EVENTS:
            if self.dropped_path(event.mimeData()) is not None and not self.opener.busy:
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop:
            path = self.dropped_path(event.mimeData())
            if path is not None:
                event.acceptProposedAction()
                # opening may ask about unsaved changes: not inside the drop, while the other program waits
                QTimer.singleShot(0, lambda: self.opener.open_path(path))
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def dropped_path(mime) -> Path | None:
        """The first local file among the dropped ones that mixplanner can open."""
        if mime is None or not mime.hasUrls():
            return None
        for url in mime.urls():
            path = Path(url.toLocalFile()) if url.isLocalFile() else None
            if path is not None and can_open(path) and path.is_file():
                return path
        return None
