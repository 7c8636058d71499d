"""Runs plain functions off the UI thread, one slot per name: a newer start cancels the older and drops its result."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from mixplanner.domain.progress import Cancelled, Progress

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(str, int, object)
    failed = Signal(str, int, str)
    progressed = Signal(str, int, float, str)


class _Token:
    """The work's progress object: cancelled once its slot has a newer start; reports go to the UI thread."""

    def __init__(self, runner: "TaskRunner", name: str, generation: int):
        self._runner, self._name, self._generation = runner, name, generation

    @property
    def cancelled(self) -> bool:
        return self._runner.generation(self._name) != self._generation

    def report(self, fraction: float, message: str = "") -> None:
        self._runner._signals.progressed.emit(self._name, self._generation, float(fraction), message)


def sentence(exc: BaseException) -> str:
    """An exception as a sentence for the user: its message without KeyError's quotes, else its kind."""
    text = str(exc.args[0]) if len(exc.args) == 1 else str(exc)
    text = text.strip() or type(exc).__name__
    return text[:1].upper() + text[1:]


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], object], token: _Token, signals: _Signals, name: str,
                 generation: int):
        super().__init__()
        self.work, self.token, self.signals, self.name, self.generation = work, token, signals, name, generation

    def run(self) -> None:
        try:
            value = self.work(self.token)
        except Cancelled:
            return
        except (OSError, ValueError, KeyError) as exc:  # what input or the disk can cause: said, not logged as a bug
            log.info("background work %r stopped: %s", self.name, exc)
            self.signals.failed.emit(self.name, self.generation, sentence(exc))
            return
        except Exception as exc:  # the thread's edge: whatever went wrong reaches the user as a sentence, not a trace
            log.exception("background work %r failed", self.name)
            self.signals.failed.emit(self.name, self.generation, sentence(exc))
            return
        self.signals.finished.emit(self.name, self.generation, value)


class TaskRunner(QObject):
    """start(name, work) returns at once; work(progress) runs on a pool thread. finished(name, value),
    failed(name, message) and progressed(name, fraction, message) arrive on the UI thread, for the newest start only."""

    finished = Signal(str, object)
    failed = Signal(str, str)
    progressed = Signal(str, float, str)

    def __init__(self, parent: QObject | None = None, threads: int = 1):
        super().__init__(parent)
        self._generations: dict[str, int] = {}
        self._running: dict[str, int] = {}
        # the pool is the first child, so it is destroyed first and waits for the jobs that emit through _signals
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._signals = _Signals(self)
        self._signals.finished.connect(self._on_job_finished)
        self._signals.failed.connect(self._on_job_failed)
        self._signals.progressed.connect(self._on_job_progressed)

    def generation(self, name: str) -> int:
        return self._generations.get(name, 0)

    def start(self, name: str, work: Callable[[Progress], object]) -> None:
        generation = self.generation(name) + 1
        self._generations[name] = generation
        self._running[name] = generation
        self._pool.start(_Job(work, _Token(self, name, generation), self._signals, name, generation))

    def cancel(self, name: str) -> None:
        """Drop whatever the slot is doing; the work stops at its next progress check."""
        self._generations[name] = self.generation(name) + 1
        self._running.pop(name, None)

    def busy(self, name: str) -> bool:
        return name in self._running

    def wait(self) -> None:
        """Block until every started function has returned (closing windows and tests use this)."""
        self._pool.waitForDone()

    def _current(self, name: str, generation: int) -> bool:
        return self._generations.get(name) == generation

    def _on_job_finished(self, name: str, generation: int, value: object) -> None:
        if self._current(name, generation):
            self._running.pop(name, None)
            self.finished.emit(name, value)

    def _on_job_failed(self, name: str, generation: int, message: str) -> None:
        if self._current(name, generation):
            self._running.pop(name, None)
            self.failed.emit(name, message)

    def _on_job_progressed(self, name: str, generation: int, fraction: float, message: str) -> None:
        if self._current(name, generation):
            self.progressed.emit(name, fraction, message)
