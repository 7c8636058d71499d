"""Presentation mode: how long from a key press until the visible figure is drawn again, at 1920 x 1080.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_presentation.py [--runs 3]

For each view: switching the first intervention off or on (the projection runs again off the UI thread, then the
view is redrawn), one year back or on, and stepping to the view. The time runs from the key event until the
canvas has rendered the figure (matplotlib's draw_event after the view was redrawn). The goal is under a second.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

GOAL_S = 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    load = os.getloadavg()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from mixplanner.ui.app import build_document
    from mixplanner.ui.presentation.window import PresentationWindow

    document, _ = build_document(None)
    document.recompute()
    p = PresentationWindow(document)
    p.resize(1920, 1080)
    drawn: list[str] = []
    p.view_drawn.connect(drawn.append)
    p.show()

    rendered: list[float] = []
    p.canvas.mpl_connect("draw_event", lambda _event: rendered.append(time.perf_counter()))

    def timed(key, modifier=Qt.NoModifier) -> float:
        """From the key event until the canvas has rendered the view the key asked for."""
        drawn.clear()
        started = time.perf_counter()
        QTest.keyClick(p, key, modifier)
        while not drawn or not rendered or rendered[-1] < started:
            app.processEvents()
            if time.perf_counter() - started > 30:
                raise TimeoutError("no redraw within 30 s")
        return rendered[-1] - started

    while not drawn:
        app.processEvents()
    rows = []
    for view in ("targets", "map", "comparison"):
        while p.view_name != view:
            timed(Qt.Key_PageDown)
        times = {"switch intervention 1": [], "year -1 / +1": [], "step to this view": []}
        for _ in range(args.runs):
            times["switch intervention 1"] += [timed(Qt.Key_1), timed(Qt.Key_1)]
            times["year -1 / +1"] += [timed(Qt.Key_Down), timed(Qt.Key_Up)]
            timed(Qt.Key_PageUp)
            times["step to this view"].append(timed(Qt.Key_PageDown))
        rows += [(view, what, statistics.median(t), max(t)) for what, t in times.items()]
    document.undo_stack.setClean()
    p.close()
    print(f"load average before: {load[0]:.2f} (above the number of cores, the times include waiting for one)")
    print(f"{'view':<12} {'action':<24} {'median s':>9} {'max s':>7}")
    for view, what, median, worst in rows:
        print(f"{view:<12} {what:<24} {median:>9.3f} {worst:>7.3f}")
    worst = max(r[3] for r in rows)
    print(f"slowest: {worst:.3f} s (goal: under {GOAL_S:.1f} s)")
    return 0 if worst < GOAL_S else 1


if __name__ == "__main__":
    sys.exit(main())
