"""Progress and cancellation for long work: plain objects that the UI adapts to a progress bar."""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """The user cancelled the work; nothing was changed."""


class Progress(Protocol):
    def report(self, fraction: float, message: str = "") -> None: ...

    @property
    def cancelled(self) -> bool: ...


class NoProgress:
    """The progress object for callers that show nothing and never cancel."""

    cancelled = False

    def report(self, fraction: float, message: str = "") -> None:
        return None


def check(progress: Progress, fraction: float, message: str = "") -> None:
    """Report and raise Cancelled when the user asked to stop."""
    if progress.cancelled:
        raise Cancelled(message or "cancelled")
    progress.report(fraction, message)
