"""After a crash: offer each recovery copy back ("Herstellen" or "Verwijderen") and open the one chosen."""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox

from mixplanner.ui.recovery import RecoveryEntry, RecoveryStore

log = logging.getLogger("mixplanner.recovery")
translate = QCoreApplication.translate


class Answer(Enum):
    RESTORE = "herstellen"
    DISCARD = "verwijderen"
    LATER = "later"  # keep the copy and ask again at the next start


def ask(entry: RecoveryEntry) -> Answer:
    """The question as a modal message box (tests pass their own ask function instead)."""
    when = QLocale().toString(entry.saved_at, QLocale.FormatType.ShortFormat)
    where = str(entry.original) if entry.original else translate("RecoveryOffer", "nog niet opgeslagen")
    box = QMessageBox(QMessageBox.Icon.Question, "mixplanner", translate(
        "RecoveryOffer", "mixplanner is de vorige keer niet netjes afgesloten. Er is een herstelkopie van '{title}' "
        "van {when}.").format(title=entry.title, when=when))
    box.setInformativeText(translate(
        "RecoveryOffer", "Oorspronkelijk bestand: {where}. Herstellen opent de kopie met de wijzigingen die niet "
        "waren opgeslagen; Verwijderen gooit ze weg.").format(where=where))
    restore = box.addButton(translate("RecoveryOffer", "Herstellen"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("RecoveryOffer", "Verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("RecoveryOffer", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    return Answer.RESTORE if clicked is restore else Answer.DISCARD if clicked is discard else Answer.LATER


def offer(store: RecoveryStore, ask: Callable[[RecoveryEntry], Answer] = ask) -> RecoveryEntry | None:
    """Ask about each left-over copy, newest first; the first one restored is returned (the rest wait)."""
    for entry in store.entries():
        answer = ask(entry)
        if answer is Answer.RESTORE:
            return entry
        if answer is Answer.DISCARD:
            store.discard(entry.name)
    return None


def recovered_document(entry: RecoveryEntry):
    """The recovery copy as a PlanDocument tied to its original file and marked as having unsaved changes."""
    from mixplanner.io.planfile import open_plan
    from mixplanner.ui.document import PlanDocument

    plan = open_plan(entry.plan_file)
    document = PlanDocument(plan, entry.original)
    document.undo_stack.resetClean()  # the changes since the original file are not saved there yet
    log.info("restored recovery copy %s (original %s)", entry.plan_file, entry.original)
    return document, plan.source_label
