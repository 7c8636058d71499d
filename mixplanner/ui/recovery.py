"""Crash recovery: a copy of a plan with unsaved changes every few minutes, kept until the app closes cleanly.

Each copy is <folder>/<name>.mixplan with a JSON sidecar (original path, time) and a lock file that the
running session holds, so a copy is offered back only when the session that wrote it is gone.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QRunnable, QThreadPool, QTimer, Signal

from mixplanner.domain.scenario import Plan
from mixplanner.ui.settings import Settings, data_dir, notifier

log = logging.getLogger("mixplanner.recovery")


def recovery_dir() -> Path:
    return data_dir() / "recovery"


@dataclass(frozen=True)
class RecoveryEntry:
    name: str
    plan_file: Path
    original: Path | None  # where the plan was saved before (None: never saved)
    title: str
    saved_at: datetime


class RecoveryStore:
    """The recovery folder: entries left by sessions that ended without closing cleanly."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else recovery_dir()

    def lock(self, name: str) -> QLockFile:
        lock = QLockFile(str(self.folder / f"{name}.lock"))
        lock.setStaleLockTime(0)  # only a lock whose process is gone is stale, however old it is
        return lock

    def entries(self) -> list[RecoveryEntry]:
        """Entries no running session holds, newest first; unreadable sidecars are skipped (and logged)."""
        found = []
        for sidecar in sorted(self.folder.glob("*.json")) if self.folder.is_dir() else ():
            entry = self._read(sidecar)
            lock = self.lock(sidecar.stem)
            if entry is not None and lock.tryLock(0):
                lock.unlock()
                found.append(entry)
        return sorted(found, key=lambda e: e.saved_at, reverse=True)

    def _read(self, sidecar: Path) -> RecoveryEntry | None:
        try:
            info = json.loads(sidecar.read_text(encoding="utf-8"))
            original = info["original"]
            entry = RecoveryEntry(sidecar.stem, sidecar.with_suffix(".mixplan"), Path(original) if original else None,
                                  str(info["title"]), datetime.fromisoformat(info["saved_at"]))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("skipping recovery sidecar %s: %s", sidecar, exc)
            return None
        return entry if entry.plan_file.is_file() else None

    def write(self, name: str, plan: Plan, original: Path | None) -> RecoveryEntry:
        """Save the plan as a recovery copy (the plan file first, so a sidecar always has its plan)."""
        from mixplanner.io.planfile import save_plan

        self.folder.mkdir(parents=True, exist_ok=True)
        entry = RecoveryEntry(name, self.folder / f"{name}.mixplan", original, plan.title, datetime.now())
        save_plan(plan, entry.plan_file)
        info = {"original": str(original) if original else None, "title": plan.title,
                "saved_at": entry.saved_at.isoformat(timespec="seconds")}
        (self.folder / f"{name}.json").write_text(json.dumps(info, ensure_ascii=False, indent=1), encoding="utf-8")
        return entry

    def discard(self, name: str) -> None:
        for suffix in (".json", ".mixplan"):  # the sidecar first: without it the plan copy is never offered
            (self.folder / f"{name}{suffix}").unlink(missing_ok=True)


def entry_name(plan: Plan, path: Path | None) -> str:
    """A file name for the recovery copy: the plan file's name, else its title."""
    base = path.stem if path is not None else (plan.title or "naamloos")
    return re.sub(r"[^\w\-. ]", "_", base).strip(" .") or "naamloos"


class _SaveJob(QRunnable):
    """Writes one recovery copy off the UI thread; the plan is immutable, so the UI may go on editing."""

    def __init__(self, store: RecoveryStore, name: str, plan: Plan, original: Path | None, signals: "Autosaver"):
        super().__init__()
        self.store, self.name, self.plan, self.original, self.signals = store, name, plan, original, signals

    def run(self) -> None:
        try:
            self.store.write(self.name, self.plan, self.original)
        except Exception as exc:  # noqa: BLE001 - a failed autosave must never interrupt the planner's work
            log.warning("recovery copy %s not written: %s", self.name, exc)
            self.signals.failed.emit(str(exc))


class Autosaver(QObject):
    """Every N minutes (from Settings) writes a recovery copy of the window's plan while it has unsaved changes."""

    failed = Signal(str)  # why a copy could not be written (the disk is full, the folder is read-only...)

    def __init__(self, window, store: RecoveryStore, settings: Settings, adopted: RecoveryEntry | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self._window, self._store, self._settings = window, store, settings
        self._name: str | None = None
        self._lock: QLockFile | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.save_now)
        self._on_settings_changed("autosave/minutes")
        notifier().changed.connect(self._on_settings_changed)
        if adopted is not None:  # a restored copy stays until this session saves or closes cleanly
            self._claim(adopted.name)

    def _on_settings_changed(self, key: str) -> None:
        if key == "autosave/minutes":
            self.timer.start(self._settings.autosave_minutes * 60_000)

    def _claim(self, name: str) -> bool:
        if self._name == name:
            return True
        lock = self._store.lock(name)
        if not lock.tryLock(0):
            return False
        self._release()
        self._name, self._lock = name, lock
        return True

    def _claim_free(self, base: str) -> str | None:
        """base, or base-2, base-3... when another running mixplanner has the same plan open."""
        for name in (base, *(f"{base}-{i}" for i in range(2, 100))):
            if self._claim(name):
                return name
        log.warning("no free recovery name for %s", base)
        return None

    def _release(self) -> None:
        if self._name is not None:
            self._store.discard(self._name)
            self._lock.unlock()
        self._name = self._lock = None

    def save_now(self) -> None:
        """Write a copy when the plan has unsaved changes; drop the copy once the plan is saved."""
        document = self._window.document
        if document.undo_stack.isClean():
            self._pool.waitForDone()
            self._release()
            return
        if self._pool.activeThreadCount():
            return  # the previous copy is still being written; the next tick writes a newer one
        try:
            self._store.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("no recovery folder %s: %s", self._store.folder, exc)
            self.failed.emit(str(exc))
            return
        name = self._claim_free(entry_name(document.plan, document.path))
        if name is None:
            return
        self._pool.start(_SaveJob(self._store, name, document.plan, document.path, self))

    def wait(self) -> None:
        self._pool.waitForDone()

    def finish(self) -> None:
        """The app closes cleanly: the recovery copy is no longer needed."""
        self.timer.stop()
        self._pool.waitForDone()
        self._release()
