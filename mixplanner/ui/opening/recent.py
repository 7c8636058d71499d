"""The recently opened files, remembered in QSettings under "recent/files", and the File menu that lists them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

KEY = "recent/files"
MAX_FILES = 8


def _settings() -> QSettings:
    return QSettings("mixplanner", "mixplanner")


class RecentFiles:
    """Most recent first, at most MAX_FILES, each path once; every change is written through at once."""

    def paths(self) -> list[str]:
        value = _settings().value(KEY, [])
        if isinstance(value, str):  # an INI file gives a one-item list back as a plain string
            value = [value]
        return [str(p) for p in (value or []) if str(p)][:MAX_FILES]

    def add(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        self._write([path] + [p for p in self.paths() if p != path])

    def remove(self, path: str | Path) -> None:
        self._write([p for p in self.paths() if p != str(path)])

    def clear(self) -> None:
        self._write([])

    def _write(self, paths: list[str]) -> None:
        settings = _settings()
        settings.setValue(KEY, paths[:MAX_FILES])
        settings.sync()  # another window's menu reads the list the next time it opens


class RecentMenu(QMenu):
    """File > Recente bestanden: rebuilt each time it opens, so a file deleted meanwhile shows greyed out."""

    chosen = Signal(str)

    def __init__(self, recent: RecentFiles, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("&Recente bestanden"))
        self._recent = recent
        self.aboutToShow.connect(self.rebuild)  # not on `changed`: that can come from one of the actions rebuild deletes
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        paths = self._recent.paths()
        for number, path in enumerate(paths, start=1):
            action = QAction(f"&{number} {Path(path).name}", self)
            exists = Path(path).is_file()
            action.setEnabled(exists)
            action.setToolTip(path if exists else self.tr("{path} bestaat niet meer").format(path=path))
            action.setStatusTip(action.toolTip())
            action.setData(path)
            action.triggered.connect(lambda _checked=False, p=path: self.chosen.emit(p))
            self.addAction(action)
        if not paths:
            empty = self.addAction(self.tr("(geen)"))
            empty.setEnabled(False)
        self.addSeparator()
        self.clear_action = self.addAction(self.tr("Lijst &wissen"))
        self.clear_action.setEnabled(bool(paths))
        self.clear_action.triggered.connect(self._recent.clear)
        self.setToolTipsVisible(True)

    def file_actions(self) -> list[QAction]:
        return [a for a in self.actions() if a.data()]
