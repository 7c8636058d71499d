"""Turns the scenario dock's requests (new, rename, delete) and Plan > Uitgangspunten into undoable plan edits."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication

from mixplanner.domain import edits
from mixplanner.domain.scenario import Scenario
from mixplanner.ui.document import PlanDocument
from mixplanner.ui.panels.scenario_panel import ScenarioPanel


def connect_scenario_edits(document: PlanDocument, panel: ScenarioPanel, apply: Callable[[edits.Edit], None]) -> None:
    """Wire the panel's requests to `apply` (the window's, which reports an EditError); the new name stays current."""

    def added(name: str) -> None:
        apply(edits.add_scenario(document.plan, Scenario(name)))
        _choose(document, name)

    def renamed(old: str, new: str) -> None:
        was_current = document.scenario == old
        apply(edits.rename_scenario(document.plan, old, new))
        if was_current:
            _choose(document, new)

    panel.new_requested.connect(added)
    panel.rename_requested.connect(renamed)
    panel.delete_requested.connect(lambda name: apply(edits.remove_scenario(document.plan, name)))


def _choose(document: PlanDocument, name: str) -> None:
    if name in {s.name for s in document.plan.scenarios}:
        document.set_scenario(name)


def edit_assumptions(document: PlanDocument, apply: Callable[[edits.Edit], None], parent=None) -> None:
    """Show Plan > Uitgangspunten; OK with changed values applies them as one undoable edit."""
    from mixplanner.ui.assumptions_dialog import AssumptionsDialog

    dialog = AssumptionsDialog(document.plan, parent=parent)
    if dialog.exec() and dialog.result_assumptions() != document.plan.assumptions:
        label = QCoreApplication.translate("AssumptionsDialog", "Uitgangspunten wijzigen")
        apply(edits.set_assumptions(document.plan, dialog.result_assumptions(), label))
