"""The open plan as the window sees it: the plan, the current scenario, the undo stack and the latest projection."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from mixplanner.domain.edits import Edit
from mixplanner.domain.scenario import BASELINE, Plan
from mixplanner.ui.worker import ProjectionResult, ProjectionRunner


class EditCommand(QUndoCommand):
    """Wraps a plain-Python plan edit; the edit itself knows how to apply and revert."""

    def __init__(self, document: "PlanDocument", edit: Edit):
        super().__init__(edit.label)
        self._document, self._edit = document, edit

    def redo(self) -> None:
        self._document.replace_plan(self._edit.apply(self._document.plan))

    def undo(self) -> None:
        self._document.replace_plan(self._edit.revert(self._document.plan))


class PlanDocument(QObject):
    plan_changed = Signal()
    scenario_changed = Signal(str)
    projection_finished = Signal(object)  # ProjectionResult
    projection_failed = Signal(str)
    path_changed = Signal(object)

    def __init__(self, plan: Plan, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._plan = plan
        self._path = path
        others = [s.name for s in plan.scenarios if s.name != BASELINE]
        self._scenario = others[0] if others else BASELINE
        self.undo_stack = QUndoStack(self)
        self.result: ProjectionResult | None = None
        self.map_year: int | None = None  # the year whose records every projection keeps for the map
        self._runner = ProjectionRunner(self)
        self._runner.projection_finished.connect(self._on_runner_finished)
        self._runner.projection_failed.connect(self.projection_failed)

    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def scenario(self) -> str:
        return self._scenario

    def apply(self, edit: Edit) -> None:
        """Make an edit undoable and apply it."""
        self.undo_stack.push(EditCommand(self, edit))

    def replace_plan(self, plan: Plan) -> None:
        names, before = [s.name for s in plan.scenarios], [s.name for s in self._plan.scenarios]
        self._plan = plan
        if self._scenario not in names:  # renamed (or removed): the scenario now in its place, so undo keeps the view
            self._scenario = names[min(before.index(self._scenario), len(names) - 1)]
            self.scenario_changed.emit(self._scenario)
        self.plan_changed.emit()
        self.recompute()

    def set_scenario(self, name: str) -> None:
        if name != self._scenario:
            self._scenario = name
            self.scenario_changed.emit(name)
            self.recompute()

    def set_map_year(self, year: int | None) -> None:
        """Keep the records of another year for the map (one projection run, as after an edit)."""
        if year != self.map_year:
            self.map_year = year
            self.recompute()

    def recompute(self) -> None:
        self._runner.request(self._plan, self._scenario, self.map_year)

    def wait(self) -> None:
        """Block until the running projection is done (tests and the self-test use this)."""
        self._runner.wait()

    def save(self, path: Path) -> None:
        from mixplanner.io.planfile import save_plan

        save_plan(self._plan, path)
        self._path = Path(path)
        self.undo_stack.setClean()
        self.path_changed.emit(self._path)

    def _on_runner_finished(self, result: ProjectionResult) -> None:
        self.result = result
        self.projection_finished.emit(result)
