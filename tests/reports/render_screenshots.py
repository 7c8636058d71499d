"""Render every chart for the bundled example to docs/screenshots/charts-*.png (150 dpi): python tests/reports/render_screenshots.py."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from matplotlib.figure import Figure

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "reports"))

from chart_example import example  # noqa: E402

from mixplanner.reports import charts  # noqa: E402
from mixplanner.reports.palette import ChartStyle  # noqa: E402
from mixplanner.resources import EXAMPLE_LABEL  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def save(fig: Figure, name: str) -> None:
    path = OUT / f"charts-{name}.png"
    fig.savefig(path, dpi=150)
    print(path.relative_to(ROOT))


def figure(style: ChartStyle, size: tuple[float, float] | None = None) -> Figure:
    return Figure(figsize=size or style.figsize, layout="constrained")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    ex = example()
    screen, slide = ChartStyle.for_medium("screen"), ChartStyle.for_medium("presentation")
    fig = figure(screen)
    charts.draw_mix_over_time(fig.add_subplot(), ex.after, "buurt", "BU02210100", ex.statuses, names=ex.names)
    save(fig, "mix-over-time")
    fig = figure(screen)
    charts.draw_mix_over_time(fig.add_subplot(), ex.after, "gemeente", "GM0221", ex.statuses, names=ex.names, lang="en")
    save(fig, "mix-over-time-en")
    fig = figure(slide)
    charts.draw_mix_over_time(fig.add_subplot(), ex.after, "gemeente", "GM0221", ex.statuses, names=ex.names, style=slide)
    save(fig, "mix-over-time-presentation")
    fig = figure(screen, (9, 8.5))
    charts.draw_before_after(fig.add_subplot(), ex.before, ex.after, 2035, names=ex.names)
    save(fig, "before-after")
    fig = figure(screen, (9, 8.5))
    charts.draw_before_after(fig.add_subplot(), ex.before, ex.after, 2035, dimension="owner", names=ex.names)
    save(fig, "before-after-owner")
    fig = figure(screen)
    charts.draw_ledger_waterfall(fig.add_subplot(), ex.after, 2027, "BU02210100", names=ex.names)
    save(fig, "waterfall")
    fig = figure(screen)
    charts.draw_ledger_waterfall(fig.add_subplot(), ex.drift, ex.drift_year, "BU02210100", names=ex.names)
    save(fig, "waterfall-drift")
    fig = figure(screen, (10, 5.5))
    charts.draw_target_lights(fig.add_subplot(), ex.statuses, names=ex.names)
    save(fig, "target-lights")
    fig = figure(screen, (10, 5.5))
    charts.draw_target_lights(fig.add_subplot(), ex.statuses, year=2027, names=ex.names)
    save(fig, "target-lights-2027")
    fig = figure(screen, (9, 9))
    started = time.perf_counter()
    charts.draw_stock_map(fig.add_subplot(), ex.geometry, ex.segments, ex.buurten, attribution=EXAMPLE_LABEL)
    save(fig, "stock-map")
    print(f"map of {len(ex.geometry)} polygons: {time.perf_counter() - started:.2f} s incl. saving")


if __name__ == "__main__":
    main()
