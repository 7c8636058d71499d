"""Benchmark the exports of the example plan: summarise once apart, then each format by its suffix.

For the bundled example plan (Doesburg, 5,085 dwellings, its main Ooipoort scenario and the baseline):

* summarise   mixplanner.reports.summary.summarise(plan): the projections and target status every export reads;
* one row per export of that summary through mixplanner.reports.exports.export: .pdf, .xlsx, .pptx, .gpkg,
  .csv, .png and .svg (the default view, the mix over time).

Each is run once cold (the first run in the process also pays for importing its libraries), then --repeat
times (default 3); the table shows the cold time and the median. Goal: every export under 5 s (the median).

    .venv/bin/python benchmarks/bench_exports.py [--repeat 3] [--lang nl|en]

The exit status is 0 when every goal is met and 1 when one is missed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mixplanner.io.example import example_plan  # noqa: E402
from mixplanner.reports.exports import SUFFIXES, export  # noqa: E402
from mixplanner.reports.summary import summarise  # noqa: E402

GOAL = 5.0  # seconds, median of each export


def timed(action, repeat: int) -> tuple[float, float]:
    """(cold, median of `repeat` warm runs) in seconds."""
    start = time.perf_counter()
    action()
    cold = time.perf_counter() - start
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        runs.append(time.perf_counter() - start)
    return cold, statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    args = parser.parse_args()
    plan = example_plan()
    cold, median = timed(lambda: summarise(plan, lang=args.lang), args.repeat)
    summary = summarise(plan, lang=args.lang)
    rows = [("summarise", cold, median, None)]
    with tempfile.TemporaryDirectory() as folder:
        for suffix in SUFFIXES:
            target = Path(folder) / f"plan{suffix}"
            cold, median = timed(lambda: export(summary, target), args.repeat)
            rows.append((f"export {suffix}", cold, median, target.stat().st_size))
    print(f"Exports of the example plan ({summary.main}, {summary.year}, lang {args.lang}); "
          f"median of {args.repeat} after a cold run; goal: each export under {GOAL:.0f} s")
    print(f"{'step':<14} {'cold s':>7} {'median s':>9} {'size KB':>8}  goal")
    missed = False
    for name, cold, median, size in rows:
        verdict = "" if size is None else ("PASS" if median < GOAL else "MISS")
        missed |= verdict == "MISS"
        kb = "" if size is None else f"{size / 1024:,.0f}"
        print(f"{name:<14} {cold:7.2f} {median:9.2f} {kb:>8}  {verdict}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
