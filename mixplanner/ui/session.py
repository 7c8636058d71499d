"""What the app sets up around its window: error reporting, language, crash recovery and the remembered layout."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox

from mixplanner.ui import errors, i18n, layout_memory
from mixplanner.ui.recovery import Autosaver, RecoveryEntry, RecoveryStore
from mixplanner.ui.recovery_offer import Answer, ask, offer, recovered_document
from mixplanner.ui.settings import Settings


def prepare(app: QCoreApplication) -> Settings:
    """Before any window: catch and log unexpected errors, then install the language the settings ask for."""
    errors.install(app)
    settings = Settings()
    i18n.install(app, settings.language)
    return settings


@dataclass
class Recovered:
    document: object  # PlanDocument
    attribution: str
    entry: RecoveryEntry


def recover(store: RecoveryStore | None = None, ask: Callable[[RecoveryEntry], Answer] = ask) -> Recovered | None:
    """Offer the copies a crashed session left; the plan chosen, or None to start as usual."""
    from mixplanner.io.problems import UnreadableFileError

    entry = offer(store if store is not None else RecoveryStore(), ask)
    if entry is None:
        return None
    try:
        document, attribution = recovered_document(entry)
    except UnreadableFileError as exc:
        QMessageBox.warning(None, "mixplanner", QCoreApplication.translate(
            "Session", "De herstelkopie kon niet worden geopend: {reason}").format(reason=exc))
        return None
    return Recovered(document, attribution, entry)


class Session(QObject):
    """Restores the window's layout and keeps recovery copies; a clean quit saves the layout and drops the copy."""

    def __init__(self, window: QMainWindow, settings: Settings, store: RecoveryStore | None = None,
                 adopted: RecoveryEntry | None = None) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings
        layout_memory.restore(window, settings)
        self.autosaver = Autosaver(window, store if store is not None else RecoveryStore(), settings, adopted)
        self.autosaver.failed.connect(self._on_autosaver_failed)
        QCoreApplication.instance().aboutToQuit.connect(self.end)

    def _on_autosaver_failed(self, reason: str) -> None:
        self.window.statusBar().showMessage(QCoreApplication.translate(
            "Session", "De herstelkopie kon niet worden gemaakt: {reason}").format(reason=reason))

    def end(self) -> None:
        """The app quits normally (after the window closed): remember the layout, drop the recovery copy."""
        layout_memory.save(self.window, self.settings)
        self.autosaver.finish()
