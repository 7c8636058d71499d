"""Grab presentation mode (1920 x 1080, each view) and the export dialog to docs/screenshots/:
QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_presentation_screenshots.py"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"


def settle(app: QApplication, until, timeout: float = 60.0) -> None:
    started = time.perf_counter()
    while not until():
        if time.perf_counter() - started > timeout:
            raise TimeoutError("the window did not finish drawing")
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from mixplanner.ui.app import build_document
    from mixplanner.ui.export.dialog import ExportDialog
    from mixplanner.ui.presentation.window import PresentationWindow

    document, _ = build_document(None)
    document.recompute()
    presentation = PresentationWindow(document)
    presentation.resize(1920, 1080)  # the offscreen screen is smaller than a beamer: a window of the beamer's size
    drawn: list[str] = []
    presentation.view_drawn.connect(drawn.append)
    presentation.show()
    for number in (1, 2, 3):
        settle(app, lambda: presentation.view_name in drawn)
        presentation.canvas.draw()
        path = OUT / f"presentation-{number}.png"
        presentation.grab().save(str(path))
        print(path.relative_to(ROOT), presentation.grab().size().toTuple())
        drawn.clear()
        presentation.step_view(1)
    presentation.close()
    dialog = ExportDialog(document)
    dialog.show()
    settle(app, lambda: dialog.preview.page_count() > 0)
    for _ in range(5):  # the pages' layout settles over a few event loop passes
        app.processEvents()
        time.sleep(0.05)
    path = OUT / "dialog-export.png"
    dialog.grab().save(str(path))
    print(path.relative_to(ROOT))
    dialog.reject()


if __name__ == "__main__":
    main()
