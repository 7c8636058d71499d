"""Target lights: a coloured dot with a symbol per target and area, the measured value and the gap sentence."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.transforms import offset_copy

from mixplanner.domain.mix import TOTAL
from mixplanner.domain.numbers import fmt_int, fmt_pct
from mixplanner.engine.targets import NO_DATA, TargetStatus
from mixplanner.reports import labels
from mixplanner.reports.common import legend_below, no_data, titles
from mixplanner.reports.palette import GRID, INK, STATUS_COLOURS, STATUS_SYMBOLS, ChartStyle, text_colour


def light(status: TargetStatus, year: int | None = None) -> tuple[str, float | None]:
    """(status, value) in a year; year None: the status's deadline year."""
    year = status.deadline_year if year is None else year
    if year not in status.years:
        return NO_DATA, None
    at = status.years.index(year)
    return status.statuses[at], status.values[at]


def _sentence(status: TargetStatus, year: int | None, names: Mapping[str, str], lang: str) -> str:
    named = status
    if status.area != TOTAL and names.get(status.area):
        named = dataclasses.replace(status, area=names[status.area])
    sentence = named.sentence(lang)
    if year is not None and year != status.deadline_year:
        state, _ = light(status, year)
        sentence = f"{year}: {labels.text(state, lang)} \u00b7 {sentence}"
    return sentence


def _value(status: TargetStatus, value: float | None, lang: str) -> str:
    if value is None:
        return "-"
    return fmt_pct(value, 1, lang) if status.target.measure == "share" else fmt_int(value, lang)


def draw_target_lights(
    ax: Axes, statuses: Sequence[TargetStatus], year: int | None = None, *, names: Mapping[str, str] | None = None,
    title: str | None = None, style: ChartStyle = ChartStyle(), lang: str = "nl",
) -> None:
    """A table-like list grouped by target: dot (met / not met / no data), value in the year, gap sentence."""
    heading = labels.text("lights_title", lang) if year is None else labels.text("lights_title_year", lang, year=year)
    titles(ax, heading if title is None else title, "", style)
    if not statuses:
        no_data(ax, labels.capital(labels.text("no_targets", lang)), style, lang)
        return
    groups: dict = {}
    for s in statuses:
        groups.setdefault(s.target, []).append(s)
    rows = len(groups) + len(statuses)
    height_pt = ax.bbox.height / ax.figure.dpi * 72
    fs = max(5.0, min(style.font_size, 0.8 * height_pt / (rows + 0.5 * len(groups) + 1.5) / 1.3))
    ax.set_axis_off()
    fig = ax.figure

    def at(points: float):
        return offset_copy(ax.get_yaxis_transform(), fig=fig, x=points, y=0, units="points")

    y, dots, colours = 0.0, [], []
    for k, (target, items) in enumerate(groups.items()):
        if k:
            y += 0.5
            ax.axhline(y - 0.75, color=GRID, lw=0.8)
        ax.text(0, y, target.describe(lang), transform=at(0), ha="left", va="center", fontsize=fs, fontweight="bold",
                color=INK)
        y += 1
        for s in items:
            state, value = light(s, year)
            dots.append(y)
            colours.append(STATUS_COLOURS[state])
            ax.text(0, y, STATUS_SYMBOLS[state], transform=at(fs * 0.9), ha="center", va="center", fontsize=fs * 0.85,
                    fontweight="bold", color=text_colour(STATUS_COLOURS[state]), zorder=3)
            ax.text(0, y, _value(s, value, lang), transform=at(fs * 6.2), ha="right", va="center", fontsize=fs, color=INK)
            ax.text(0, y, _sentence(s, year, names or {}, lang), transform=at(fs * 7.0), ha="left", va="center",
                    fontsize=fs, color=INK)
            y += 1
    ax.scatter([0] * len(dots), dots, s=(fs * 1.55) ** 2, c=colours, transform=at(fs * 0.9), zorder=2,
               linewidths=0, gid="target-lights", clip_on=False)
    ax.set_ylim(y - 0.4, -0.6)
    ax.set_xlim(0, 1)
    handles = [Line2D([], [], ls="", marker="o", ms=fs, color=STATUS_COLOURS[k]) for k in STATUS_COLOURS]
    names_ = [f"{STATUS_SYMBOLS[k]} {labels.text(k, lang)}" for k in STATUS_COLOURS]
    legend_below(ax, handles, names_, dataclasses.replace(style, font_size=fs), tick_lines=0)
