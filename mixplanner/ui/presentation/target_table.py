"""Targets as a table of status badges: a row per target and area, a column per (scenario, year); large and short,
where the report's target lights carry whole sentences."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.transforms import blended_transform_factory

from mixplanner.domain.numbers import fmt_int, fmt_pct
from mixplanner.engine.targets import TargetStatus
from mixplanner.reports import labels
from mixplanner.reports.common import no_data, titles
from mixplanner.reports.lights import light
from mixplanner.reports.palette import GRID, INK, MUTED, STATUS_COLOURS, STATUS_SYMBOLS, ChartStyle, text_colour

CHAR_EM = 0.6  # the width of an average character in ems (DejaVu Sans), for fitting text without measuring
BOLD_EM = 0.68  # the same for bold text
BADGE_EM = 6.8  # a badge such as '\u2713 100,0%' in bold with its padding, and the gap after it


@dataclass(frozen=True)
class Column:
    """One badge column: its heading, the statuses (of one plan's targets, in evaluate_all order) and the year
    (None: each target's own deadline year)."""

    heading: str
    statuses: Sequence[TargetStatus]
    year: int | None


def badge(status: TargetStatus, year: int | None, lang: str) -> tuple[str, str]:
    """(state, text) of a status in a year: ('gehaald', '\u2713 63,3%')."""
    state, value = light(status, year)
    if value is None:
        shown = "-"
    else:
        shown = fmt_pct(value, 1, lang) if status.target.measure == "share" else fmt_int(value, lang)
    return state, f"{STATUS_SYMBOLS[state]} {shown}"


def draw_target_table(ax: Axes, columns: Sequence[Column], names: Mapping[str, str], *, style: ChartStyle,
                      lang: str, title: str) -> None:
    """The type shrinks from the style's size until the rows fit the axes' height and the widest name its width."""
    titles(ax, title, "", style)
    ax.set_axis_off()
    rows = list(zip(*(c.statuses for c in columns)))
    if not rows:
        no_data(ax, labels.capital(labels.text("no_targets", lang)), style, lang)
        return
    groups: dict = {}
    for row in rows:
        groups.setdefault(row[0].target, []).append(row)
    areas = {row[0].area: labels.area_name(row[0].area, lang, names) for row in rows}
    width_pt = ax.bbox.width / ax.figure.dpi * 72
    height_pt = ax.bbox.height / ax.figure.dpi * 72
    name_em = CHAR_EM * max(8, *(len(a) for a in areas.values())) + 1.0
    fs = min(style.font_size, width_pt / (name_em + BADGE_EM * len(columns)))
    chars = max(12, int(width_pt / (BOLD_EM * fs)))
    headings = {t: labels.wrap(t.describe(lang), chars) for t in groups}
    lines = 2.6 + sum(h.count("\n") + 1.6 for h in headings.values()) + len(rows)
    fs = max(6.0, min(fs, height_pt / lines / 1.45))
    name_share = min(0.6, name_em * fs / width_pt)
    step = (1 - name_share) / len(columns)
    centres = [name_share + (k + 0.5) * step for k in range(len(columns))]
    column_chars = max(6, int(step * width_pt / (CHAR_EM * 0.85 * fs)))
    tops = [labels.wrap(c.heading, column_chars) for c in columns]
    xy = blended_transform_factory(ax.transAxes, ax.transData)
    for x, heading in zip(centres, tops):
        ax.text(x, 0.55, heading, transform=xy, ha="center", va="bottom", fontsize=fs * 0.85, fontweight="bold",
                color=MUTED, linespacing=1.0)
    y = 1.0
    for target, items in groups.items():
        ax.axhline(y - 0.45, color=GRID, lw=0.8)
        ax.text(0, y - 0.25, headings[target], transform=xy, ha="left", va="top", fontsize=fs, fontweight="bold",
                color=INK, linespacing=1.05)
        y += headings[target].count("\n") + 1.25
        for row in items:
            ax.text(0.01, y, areas[row[0].area], transform=xy, ha="left", va="center", fontsize=fs, color=INK)
            for x, column, status in zip(centres, columns, row):
                state, text = badge(status, column.year, lang)
                ax.text(x, y, text, transform=xy, ha="center", va="center", fontsize=fs, fontweight="bold",
                        color=text_colour(STATUS_COLOURS[state]), gid=f"badge-{state}",
                        bbox=dict(boxstyle="round,pad=0.3", facecolor=STATUS_COLOURS[state], edgecolor="none"))
            y += 1.0
        y += 0.35
    key = "   ".join(f"{STATUS_SYMBOLS[k]} {labels.text(k, lang)}" for k in STATUS_COLOURS)
    ax.text(0, y, key, transform=xy, ha="left", va="center", fontsize=fs * 0.85, color=MUTED, gid="badge-key")
    top = 0.3 - 0.75 * max(t.count("\n") + 1 for t in tops)
    fitting = height_pt / (fs * 1.6)  # rows of natural height the axes hold: a short table stays at the top
    ax.set_ylim(max(y + 0.7, top + fitting), top)
    ax.set_xlim(0, 1)
