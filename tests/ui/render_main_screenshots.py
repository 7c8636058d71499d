"""Grab the main window with the example at 1366 x 768 and 1920 x 1080, in Dutch and in English, to docs/screenshots/:
QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_main_screenshots.py [--out FOLDER]"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
SIZES = ((1366, 768), (1920, 1080))
LANGUAGES = ("nl", "en")


def settle(app: QApplication, until, timeout: float = 90.0) -> None:
    started = time.perf_counter()
    while not until():
        if time.perf_counter() - started > timeout:
            raise TimeoutError("the window did not finish drawing")
        app.processEvents()
        time.sleep(0.02)
    for _ in range(10):  # the docks' layout and the charts' draw_idle settle over a few event loop passes
        app.processEvents()
        time.sleep(0.03)


def grab(app: QApplication, language: str, size: tuple[int, int], out: Path) -> Path:
    from mixplanner.ui import i18n
    from mixplanner.ui.app import build_document
    from mixplanner.ui.main_window import MainWindow

    i18n.install(app, language)  # before the window is built: models and charts take the language when made
    document, attribution = build_document(None)
    window = MainWindow(document, attribution)
    window.resize(*size)
    window.show()
    settle(app, lambda: document.result is not None and window.scene.is_loaded and not window.scene.busy)
    window.charts_panel.canvas.draw()
    path = out / f"main-{language}-{size[0]}x{size[1]}.png"
    window.grab().save(str(path))
    print(path, window.grab().size().toTuple())
    document.undo_stack.setClean()
    window.close()
    document.wait()
    window.deleteLater()
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the PNGs (default: docs/screenshots)")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    args.out.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        for size in SIZES:
            grab(app, language, size, args.out)


if __name__ == "__main__":
    main()
