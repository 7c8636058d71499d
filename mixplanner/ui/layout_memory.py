"""The window's size and dock layout, remembered between runs (QMainWindow.saveGeometry and saveState)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow

from mixplanner.ui.settings import Settings

LAYOUT_VERSION = 1  # raise when the docks change so much that an old saved layout no longer fits


def restore(window: QMainWindow, settings: Settings) -> bool:
    """Apply the saved geometry and dock state; False (and the default layout) when none is saved or it does not fit."""
    geometry, state = settings.window_geometry, settings.window_state
    restored = geometry is not None and window.restoreGeometry(geometry)
    return (state is not None and window.restoreState(state, LAYOUT_VERSION)) and restored


def save(window: QMainWindow, settings: Settings) -> None:
    settings.window_geometry = window.saveGeometry()
    settings.window_state = window.saveState(LAYOUT_VERSION)


def capture(window: QMainWindow) -> QByteArray:
    """The dock layout as it is now (the window keeps the one it was built with for reset)."""
    return window.saveState(LAYOUT_VERSION)


def reset(window: QMainWindow, default_state: QByteArray) -> None:
    """Back to the layout the window was built with: every dock in its place and visible."""
    window.restoreState(default_state, LAYOUT_VERSION)
