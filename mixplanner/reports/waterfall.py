"""The ledger waterfall: a segment group at the end of last year, one step per cause, and the end of this year."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from matplotlib.axes import Axes
from matplotlib.patches import Patch

from mixplanner.domain.categories import CareType
from mixplanner.domain.mix import TOTAL
from mixplanner.domain.numbers import fmt_int
from mixplanner.engine.projection import DRIFT, Projection
from mixplanner.reports import labels
from mixplanner.reports.common import count_axis, legend_below, no_data, plain_axes, titles
from mixplanner.reports.palette import DECREASE, INCREASE, INK, MUTED, TOTAL_BAR, ChartStyle


def _units(projection: Projection, year: int, level: str, area: str, group: tuple[str, ...]) -> int:
    """Units of the group in the dwelling mix (intramural places left out, as in Projection.mix)."""
    table = projection.mix(year, level, "segment")
    if area not in table.index:
        return 0
    return int(table.loc[area, [g for g in group if g in table.columns]].sum())


def ledger_steps(projection: Projection, year: int, area: str | None = None, segment_group=("sociale huur",),
                 level: str = "buurt") -> tuple[int, list[tuple[str, str, int]], int]:
    """(start, [(cause, kind, units)], end) for one year: drift first, then causes in ledger order."""
    group = tuple(segment_group)
    level, area = ("total", TOTAL) if area is None else (level, area)
    k = projection.year_index(year)
    if k == 0:
        raise KeyError(f"{year} is the base year: there is no previous year")
    start = _units(projection, projection.years[k - 1], level, area, group)
    end = _units(projection, year, level, area, group)
    ledger = projection.ledger
    to_label = dict(zip(projection.areas.codes, projection.areas.labels(level)))
    rows = ledger[(ledger["year"] == year) & ledger["segment"].isin(group)
                  & (ledger["care_type"] != CareType.INTRAMURAL.value)]
    rows = rows[rows["buurt_code"].map(to_label) == area]
    sums = rows.groupby("cause", sort=False).agg(kind=("kind", "first"), units=("units", "sum"))
    steps = [(str(c), str(r.kind), int(r.units)) for c, r in sums.iterrows()]
    steps.sort(key=lambda s: s[1] != "drift")  # stable: drift first, the rest in ledger order
    rest = end - start - sum(s[2] for s in steps)
    if rest:
        steps.append(("__residual__", "residual", rest))
    return start, steps, end


def _axis_bottom(low: float, high: float) -> float:
    """0, or a round value below the lowest level when the changes are small next to the levels (a broken axis)."""
    spread = high - low
    if low <= 0 or spread >= 0.25 * low:
        return 0.0
    want = low - max(spread, 0.02 * high)
    step = 10 ** np.floor(np.log10(max(spread, 1)))
    return float(max(0.0, np.floor(want / step) * step))


def _break_marks(ax: Axes) -> None:
    """Two short slanted strokes across the foot of the y axis: the axis does not start at 0."""
    kw = dict(transform=ax.transAxes, color=INK, clip_on=False, lw=1.2, zorder=8, gid="axis-break")
    for dy in (0.035, 0.06):
        ax.plot([-0.012, 0.012], [dy - 0.012, dy + 0.012], **kw)


def draw_ledger_waterfall(
    ax: Axes, projection: Projection, year: int, area: str | None = None, segment_group=("sociale huur",),
    level: str = "buurt", *, names: Mapping[str, str] | None = None, title: str | None = None,
    style: ChartStyle = ChartStyle(), lang: str = "nl",
) -> None:
    """Waterfall of one segment group in one area (None: the whole plan) from the end of year-1 to the end of year."""
    group = tuple(segment_group)
    where = labels.area_name(TOTAL if area is None else area, lang,
                             {**labels.area_names(projection.areas), **(names or {})})
    what = labels.capital(labels.group(group, lang))
    titles(ax, labels.text("waterfall_title", lang, group=what, area=where, year=year) if title is None else title,
           labels.text("scenario", lang, name=projection.scenario), style)
    if year not in projection.years:
        no_data(ax, labels.capital(labels.text("outside", lang, year=year)), style, lang)
        return
    if year == projection.years[0]:
        no_data(ax, labels.capital(labels.text("base_year", lang, year=year)), style, lang)
        return
    start, steps, end = ledger_steps(projection, year, area, group, level)
    if not steps and start == 0 and end == 0:
        no_data(ax, style=style, lang=lang)
        return
    plain_axes(ax, style)
    previous = projection.years[projection.year_index(year) - 1]
    names_ = [labels.text("end_of", lang, year=previous)]
    names_ += [labels.text("residual", lang) if c == "__residual__" else labels.text(c, lang) if c == DRIFT else c
               for c, _, _ in steps]
    names_.append(labels.text("end_of", lang, year=year))
    x = np.arange(len(names_))
    width = 0.62
    ax.bar(x[0], start, width, color=TOTAL_BAR, gid="waterfall-start", zorder=2)
    running, tops = start, [start]
    for i, (cause, kind, delta) in enumerate(steps, start=1):
        colour = INCREASE if delta >= 0 else DECREASE
        bottom = running if delta >= 0 else running + delta
        ax.bar(x[i], abs(delta), width, bottom=bottom, color=colour, zorder=2,
               gid="waterfall-increase" if delta >= 0 else "waterfall-decrease",
               hatch="///" if kind == "drift" else None, edgecolor="white" if kind == "drift" else colour, linewidth=0)
        if delta == 0:
            ax.plot([x[i] - width / 2, x[i] + width / 2], [running, running], color=MUTED, lw=style.line_width, zorder=3)
        ax.plot([x[i - 1] + width / 2, x[i] - width / 2], [running, running], color=MUTED, lw=0.8, ls=":", zorder=1)
        running += delta
        tops.append(max(running, running - delta))
    ax.plot([x[-2] + width / 2, x[-1] - width / 2], [running, running], color=MUTED, lw=0.8, ls=":", zorder=1)
    ax.bar(x[-1], end, width, color=TOTAL_BAR, gid="waterfall-end", zorder=2)
    tops.append(end)
    levels = [start, end] + list(start + np.cumsum([d for _, _, d in steps]))
    low, high = min(levels), max(max(tops), 1)
    bottom = _axis_bottom(low, high)
    texts = [fmt_int(start, lang)] + [labels.signed(d, lang) for _, _, d in steps] + [fmt_int(end, lang)]
    for xi, yi, s in zip(x, tops, texts):
        ax.annotate(s, xy=(xi, yi), xytext=(0, 3), textcoords="offset points", ha="center", va="bottom",
                    fontsize=style.font_size, fontweight="bold", color=INK, gid="waterfall-label")
    if not steps:
        ax.text(0.5, 0.5, labels.capital(labels.text("no_changes", lang, year=year)), transform=ax.transAxes,
                ha="center", va="center", fontsize=style.font_size * 1.1, color=MUTED, gid="no-data")
    ax.set_ylim(bottom, high + (high - bottom) * 0.12)
    if bottom > 0:
        _break_marks(ax)
    ax.set_xlim(-0.6, x[-1] + 0.6)
    ticks = [labels.wrap(labels.capital(n), 18 if style.name != "presentation" else 14) for n in names_]
    ax.set_xticks(x, ticks, fontsize=style.small_size)
    ax.tick_params(axis="x", length=0)
    count_axis(ax.yaxis, lang)
    ax.set_ylabel(labels.capital(f"{labels.text('units', lang)} {labels.group(group, lang)}"), fontsize=style.font_size)
    deltas = [d for _, _, d in steps]
    handles, legend = [Patch(color=TOTAL_BAR)], [labels.capital(labels.text("level", lang))]
    for present, colour, key in ((any(d > 0 for d in deltas), INCREASE, "increase"),
                                 (any(d < 0 for d in deltas), DECREASE, "decrease")):
        if present:
            handles.append(Patch(color=colour))
            legend.append(labels.capital(labels.text(key, lang)))
    if any(kind == "drift" for _, kind, _ in steps):
        handles.append(Patch(facecolor="white", edgecolor=MUTED, hatch="///"))
        legend.append(labels.capital(labels.text(DRIFT, lang)))
    lines = 1 + max(t.count("\n") for t in ticks)
    legend_below(ax, handles, legend, style, tick_lines=lines)
