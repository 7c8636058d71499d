"""Start-up benchmark of the real app: time to the first window and until the example is shown (map, charts, lights).

    .venv/bin/python benchmarks/bench_startup.py [--runs 5]

Each run starts a fresh interpreter that calls mixplanner.ui.app.main() unchanged; an event filter notes when the
main window is first exposed, and a timer notes when the first projection has been drawn into the window. Times are
wall-clock from just before the process is spawned, so interpreter start and every import are included. As a
baseline, the same process start with only `import PySide6.QtWidgets` and an empty QMainWindow shown.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

FIRST_WINDOW_GOAL, EXAMPLE_SHOWN_GOAL = 2.0, 3.0

CHILD = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
marks = {}

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Show and isinstance(obj, QMainWindow) and "window" not in marks:
            marks["window"] = time.time()
            QTimer.singleShot(0, poll)
        return False

def poll():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    document = getattr(windows[0], "document", None) if windows else None
    if BASELINE or (document is not None and document.result is not None):
        app.processEvents()  # the charts and lights drawn from that result
        marks["shown"] = time.time()
        print(f"MARK {marks['window']!r} {marks['shown']!r}", flush=True)
        for w in windows:
            w.close()
        app.quit()
        return
    QTimer.singleShot(5, poll)

watch = Watch()
app.installEventFilter(watch)
if BASELINE:
    w = QMainWindow(); w.resize(1366, 768); w.show(); sys.exit(app.exec())
from mixplanner.ui.app import main
sys.exit(main([]))
"""


def run_once(baseline: bool) -> tuple[float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.time()
    done = subprocess.run([sys.executable, "-c", f"BASELINE = {baseline}\n" + CHILD], capture_output=True, text=True,
                          env=env, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.startswith("MARK ")]
    if not lines:
        raise SystemExit(f"the app did not report (exit {done.returncode}):\n{done.stderr[-2000:]}")
    window, shown = (float(x) for x in lines[0].split()[1:])
    return window - start, shown - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    run_once(False)  # warm the file cache once; not counted
    app = [run_once(False) for _ in range(args.runs)]
    bare = [run_once(True) for _ in range(args.runs)]
    first, shown = statistics.median(a for a, _ in app), statistics.median(b for _, b in app)
    bare_first = statistics.median(a for a, _ in bare)
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, median of {args.runs} runs")
    print(f"{'':28}{'seconds':>9}{'goal':>7}")
    print(f"{'bare Qt window (baseline)':28}{bare_first:9.2f}")
    print(f"{'first window':28}{first:9.2f}{FIRST_WINDOW_GOAL:7.1f}  {'PASS' if first < FIRST_WINDOW_GOAL else 'MISS'}")
    print(f"{'example shown':28}{shown:9.2f}{EXAMPLE_SHOWN_GOAL:7.1f}  {'PASS' if shown < EXAMPLE_SHOWN_GOAL else 'MISS'}")
    print(f"ratio first window / bare: {first / bare_first:.1f}x")


if __name__ == "__main__":
    main()
