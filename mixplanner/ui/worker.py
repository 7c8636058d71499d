"""Runs projections on Qt's thread pool; a newer request cancels the older one, whose result is dropped."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from mixplanner.domain.progress import Cancelled
from mixplanner.domain.scenario import Plan
from mixplanner.engine.actions import ScenarioError
from mixplanner.engine.projection import Projection, project
from mixplanner.engine.targets import TargetStatus, evaluate_all


@dataclass(frozen=True)
class ProjectionResult:
    generation: int
    scenario: str
    projection: Projection
    baseline: Projection
    statuses: tuple[TargetStatus, ...]


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(int, str)


class _Token:
    """Progress object for the engine: cancelled as soon as a newer request exists."""

    def __init__(self, runner: "ProjectionRunner", generation: int):
        self._runner, self._generation = runner, generation

    @property
    def cancelled(self) -> bool:
        return self._runner.generation != self._generation

    def report(self, fraction: float, message: str = "") -> None:
        return None


def baseline_key(plan: Plan) -> tuple:
    """What the baseline depends on: the stock, its buurten and the assumptions, not the scenarios or targets."""
    return id(plan.stock), id(plan.areas), plan.assumptions


class _Job(QRunnable):
    def __init__(self, plan: Plan, scenario: str, token: _Token, generation: int, signals: _Signals,
                 baseline: Projection | None):
        super().__init__()
        self.plan, self.scenario, self.token, self.generation, self.signals = plan, scenario, token, generation, signals
        self.baseline = baseline

    def run(self) -> None:
        try:
            projection = project(self.plan, self.scenario, progress=self.token)
            baseline = self.baseline or project(self.plan, self.plan.scenarios[0], progress=self.token)
            statuses = tuple(evaluate_all(self.plan.targets, projection))
        except Cancelled:
            return
        except ScenarioError as exc:
            self.signals.failed.emit(self.generation, str(exc))
            return
        self.signals.finished.emit(ProjectionResult(self.generation, self.scenario, projection, baseline, statuses))


class ProjectionRunner(QObject):
    """request() returns at once; projection_finished or projection_failed follow for the newest request only."""

    projection_finished = Signal(object)
    projection_failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.generation = 0
        self._signals = _Signals(self)
        self._signals.finished.connect(self._on_job_finished)
        self._signals.failed.connect(self._on_job_failed)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._baseline: tuple[tuple, Projection] | None = None  # edits of scenarios leave the baseline as it was
        self._keys: dict[int, tuple] = {}

    def request(self, plan: Plan, scenario: str) -> int:
        self.generation += 1
        key = baseline_key(plan)
        cached = self._baseline[1] if self._baseline and self._baseline[0] == key else None
        self._keys[self.generation] = key
        self._pool.start(_Job(plan, scenario, _Token(self, self.generation), self.generation, self._signals, cached))
        return self.generation

    def wait(self) -> None:
        self._pool.waitForDone()

    def _on_job_finished(self, result: ProjectionResult) -> None:
        key = self._keys.pop(result.generation, None)
        if key is not None:
            self._baseline = (key, result.baseline)
        if result.generation == self.generation:
            self.projection_finished.emit(result)

    def _on_job_failed(self, generation: int, message: str) -> None:
        self._keys.pop(generation, None)
        if generation == self.generation:
            self.projection_failed.emit(message)
