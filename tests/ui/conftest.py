"""The example window the UI tests share: built, registered with qtbot and closed without a "save changes?" box."""

import pytest

from mixplanner.ui.app import build_document
from mixplanner.ui.main_window import MainWindow


def example_window(qtbot, show: bool = False) -> MainWindow:
    """A window on the example plan, returned once its first projection has arrived."""
    document, attribution = build_document(None)
    w = MainWindow(document, attribution)
    # pytest-qt closes the window before fixtures end: mark the plan saved so no modal question can hang the test
    qtbot.addWidget(w, before_close_func=lambda _w: (document.wait(), document.undo_stack.setClean()))
    with qtbot.waitSignal(document.projection_finished, timeout=20_000):
        if show:
            w.show()
    return w


@pytest.fixture()
def window(qtbot):
    return example_window(qtbot)
