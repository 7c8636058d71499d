"""Projections off the UI thread, on a TaskRunner: a newer request cancels the older one, whose result is dropped."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from mixplanner.domain.progress import Progress
from mixplanner.domain.scenario import Plan
from mixplanner.engine.projection import Projection, project
from mixplanner.engine.targets import TargetStatus, evaluate_all
from mixplanner.ui.map.modes import YearRecords, year_records
from mixplanner.ui.tasks import TaskRunner


@dataclass(frozen=True)
class ProjectionResult:
    generation: int
    scenario: str
    projection: Projection
    baseline: Projection
    statuses: tuple[TargetStatus, ...]
    records: YearRecords | None = None  # the map year's records, kept by the same projection run


def baseline_key(plan: Plan) -> tuple:
    """What the baseline depends on: the stock, its buurten and the assumptions, not the scenarios or targets."""
    return id(plan.stock), id(plan.areas), plan.assumptions


def _project(plan: Plan, scenario: str, baseline: Projection | None, map_year: int | None, generation: int,
             progress: Progress) -> ProjectionResult:
    keep = (map_year,) if map_year is not None else ()
    projection = project(plan, scenario, progress=progress, keep_records=keep)
    baseline = baseline or project(plan, plan.scenarios[0], progress=progress)
    statuses = tuple(evaluate_all(plan.targets, projection))
    kept = year_records(projection, map_year, plan) if map_year in projection.records else None
    return ProjectionResult(generation, scenario, projection, baseline, statuses, kept)


class ProjectionRunner(QObject):
    """request() returns at once; projection_finished or projection_failed follow for the newest request only.

    A scenario that cannot be applied (ScenarioError, a ValueError) arrives as projection_failed with its sentence.
    """

    projection_finished = Signal(object)
    projection_failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.generation = 0
        self._tasks = TaskRunner(self)
        self._tasks.finished.connect(self._on_tasks_finished)
        self._tasks.failed.connect(lambda _name, message: self.projection_failed.emit(message))
        self._baseline: tuple[tuple, Projection] | None = None  # edits of scenarios leave the baseline as it was

    def request(self, plan: Plan, scenario: str, map_year: int | None = None) -> int:
        """Project a scenario; with map_year, the result also carries that year's records for the map."""
        self.generation += 1
        key, generation = baseline_key(plan), self.generation
        cached = self._baseline[1] if self._baseline and self._baseline[0] == key else None
        self._tasks.start("projection", lambda progress: (key, _project(plan, scenario, cached, map_year, generation, progress)))
        return generation

    def wait(self) -> None:
        self._tasks.wait()

    def _on_tasks_finished(self, _name: str, value: tuple[tuple, ProjectionResult]) -> None:
        key, result = value
        self._baseline = (key, result.baseline)
        self.projection_finished.emit(result)
