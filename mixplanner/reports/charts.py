"""The mix charts (mix over time, before/after per area) and, re-exported, the waterfall, target lights and map."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.patheffects import withStroke

from mixplanner.domain.mix import CORPORATIEBUURT_SHARE, NO_AREA, TOTAL, rounded_percentages
from mixplanner.domain.numbers import fmt_int, fmt_pct
from mixplanner.engine.projection import Projection
from mixplanner.engine.state import OWNERS, SEGMENTS
from mixplanner.reports import labels
from mixplanner.reports.common import (count_axis, legend_below, no_data, patches, percent_axis, plain_axes, titles,
                                       year_axis)
from mixplanner.reports.lights import draw_target_lights
from mixplanner.reports.mapdraw import draw_stock_map
from mixplanner.reports.palette import (INK, MUTED, OWNER_TEXT, SEGMENT_COLOURS, SEGMENT_TEXT, STATUS_COLOURS,
                                        ChartStyle, colours_for)
from mixplanner.reports.waterfall import draw_ledger_waterfall

__all__ = ["draw_mix_over_time", "draw_before_after", "draw_ledger_waterfall", "draw_target_lights", "draw_stock_map"]


def _area_label(projection: Projection, level: str, area: str | None) -> str | None:
    """The area's label at the level (None when the projection has no such area)."""
    if level == "total":
        return TOTAL
    known = [x for x in dict.fromkeys(projection.areas.labels(level)) if x != NO_AREA]
    if area is None:
        return known[0] if known else None
    return area if area in known else None


def _names(projection: Projection, names: Mapping[str, str] | None) -> dict[str, str]:
    return {**labels.area_names(projection.areas), **(names or {})}


def draw_mix_over_time(
    ax: Axes, projection: Projection, level: str = "total", area: str | None = None, statuses: Sequence = (),
    as_share: bool = True, *, names: Mapping[str, str] | None = None, title: str | None = None,
    style: ChartStyle = ChartStyle(), lang: str = "nl",
) -> None:
    """Stacked areas of the segment mix per year for one area; its share targets as lines with their deadlines."""
    label = _area_label(projection, level, area)
    where = labels.area_name(label or area or "", lang, _names(projection, names))
    key = "mix_title" if as_share else "mix_units_title"
    titles(ax, labels.text(key, lang, area=where) if title is None else title,
           labels.text("scenario", lang, name=projection.scenario), style)
    units = projection.series(level, label) if label is not None else None
    if units is None or units.to_numpy().sum() == 0:
        no_data(ax, style=style, lang=lang)
        return
    plain_axes(ax, style)
    years = np.asarray(units.index, dtype=float)
    totals = units.sum(axis=1)
    present = [s for s in SEGMENTS if units[s].sum() > 0]
    values = units[present].div(totals.where(totals > 0), axis=0) if as_share else units[present]
    layers = ax.stackplot(years, values.T.to_numpy(dtype=float), colors=[SEGMENT_COLOURS[s] for s in present],
                          edgecolor="white", linewidth=0.5, zorder=1)
    for layer, segment in zip(layers, present):
        layer.set_gid(f"mix-{segment}")
    handles, names_ = patches(SEGMENT_COLOURS, present, lang, "segment")
    ax.set_xlim(years[0], years[-1])
    year_axis(ax.xaxis, years)
    if as_share:
        ax.set_ylim(0, 1)
        percent_axis(ax.yaxis, lang)
        ax.set_ylabel(labels.capital(labels.text("share", lang)), fontsize=style.font_size)
        extra = _draw_targets(ax, projection, level, label, statuses, style, lang)
        handles += [h for h, _ in extra]
        names_ += [n for _, n in extra]
    else:
        count_axis(ax.yaxis, lang)
        ax.set_ylabel(labels.capital(labels.text("units", lang)), fontsize=style.font_size)
    legend_below(ax, handles, names_, style)


def _draw_targets(ax: Axes, projection: Projection, level: str, label: str, statuses, style: ChartStyle, lang: str):
    """Target lines (dashed, labelled on the left), the measured share (solid) and a status dot at the deadline."""
    chosen = {}
    for s in statuses:
        t = s.target
        if s.area == label and t.measure == "share" and t.basis == "stock" and t not in chosen:
            chosen[t] = s
    halo = [withStroke(linewidth=style.line_width + 2.5, foreground="white")]
    legend, marked, placed = [], set(), []  # placed: (side, value, above) of target labels
    years = projection.years
    for k, (t, status) in enumerate(chosen.items()):
        mix = projection.series(level, label, t.dimension)
        total = mix.sum(axis=1)
        measured = (mix[list(t.group)].sum(axis=1) / total.where(total > 0)).to_numpy(dtype=float)
        dash = ("-", "-.", ":")[k % 3]
        line, = ax.plot(years, measured, color=INK, lw=style.line_width * 1.2, ls=dash, path_effects=halo,
                        zorder=4, gid="measured-share")
        legend.append((line, labels.capital(labels.text("measured", lang, group=labels.group(t.group, lang, t.dimension)))))
        ax.axhline(t.value, color=INK, lw=style.line_width, ls=(0, (5, 3)), zorder=3, gid="target-line")
        side, above = _label_spot(measured, t.value, placed, style)
        placed.append((side, t.value, above))
        ax.annotate(labels.target(t, lang), xy=(0 if side == "left" else 1, t.value), xycoords=("axes fraction", "data"),
                    xytext=(6 if side == "left" else -6, 5 if above else -5), textcoords="offset points",
                    va="bottom" if above else "top", ha=side, fontsize=style.small_size, color=INK, fontweight="bold",
                    zorder=6, bbox=dict(boxstyle="round,pad=0.25", facecolor="white", edgecolor="none", alpha=0.9))
        if t.year in years and t.year not in marked and t.year not in (years[0], years[-1]):
            marked.add(t.year)
            ax.axvline(t.year, color=MUTED, lw=style.line_width * 0.7, ls=":", zorder=3, gid="target-year")
            ax.annotate(labels.text("target_year", lang, year=t.year), xy=(t.year, 1), xycoords=("data", "axes fraction"),
                        xytext=(0, -4), textcoords="offset points", ha="center", va="top", fontsize=style.small_size,
                        color=INK, zorder=6, bbox=dict(boxstyle="round,pad=0.2", facecolor="white", edgecolor="none", alpha=0.9))
        at = years.index(status.deadline_year)
        if np.isfinite(measured[at]):
            ax.plot([years[at]], [measured[at]], "o", ms=style.font_size * 0.8, color=STATUS_COLOURS[status.status],
                    markeredgecolor="white", markeredgewidth=1.2, zorder=5, gid="target-status")
            last, up = at == len(years) - 1, measured[at] >= t.value  # the value label away from the target line
            ax.annotate(f"{fmt_pct(measured[at], 1, lang)} \u00b7 {labels.text(status.status, lang)}",
                        xy=(years[at], measured[at]), xytext=(-8 if last else 8, 6 if up else -6),
                        textcoords="offset points", ha="right" if last else "left", va="bottom" if up else "top",
                        fontsize=style.font_size, fontweight="bold", color=INK, zorder=6,
                        path_effects=[withStroke(linewidth=3, foreground="white")])
    return legend


def _label_spot(measured: np.ndarray, value: float, placed, style: ChartStyle) -> tuple[str, bool]:
    """Where a target label sits clear of the measured line and earlier labels: (left|right, above the line?)."""
    n = len(measured)
    span = max(2, int(np.ceil(0.4 * n)))
    height = 0.03 + style.small_size / 250  # the label's height as a share of the 0..1 axis, roughly
    for side in ("left", "right"):
        part = measured[:span] if side == "left" else measured[n - span:]
        part = part[np.isfinite(part)]
        for above in (True, False):
            lo, hi = (value, value + height) if above else (value - height, value)
            if lo < 0 or hi > 1:
                continue
            hits_line = np.any((part > lo - 0.01) & (part < hi + 0.01))
            hits_label = any(s == side and lo < (v + height if a else v) and hi > (v if a else v - height)
                             for s, v, a in placed)
            if not hits_line and not hits_label:
                return side, above
    return "left", value < 0.9


def draw_before_after(
    ax: Axes, before: Projection, after: Projection, year: int, level: str = "buurt", dimension: str = "segment", *,
    before_year: int | None = None, names: Mapping[str, str] | None = None, title: str | None = None,
    style: ChartStyle = ChartStyle(), lang: str = "nl",
) -> None:
    """Per area two 100% bars: `before` in its base year (or before_year) above `after` in `year`."""
    before_year = before.years[0] if before_year is None else before_year
    heading = "before_after_title" if dimension == "segment" else "owner_mix_title"
    level_word = labels.text(level, lang)
    titles(ax, labels.text(heading, lang, level=level_word, before=before_year, after=year) if title is None else title,
           _subtitle(before, after, before_year, year, lang), style)
    if before_year not in before.years or year not in after.years:
        no_data(ax, labels.capital(labels.text("outside", lang, year=year if year not in after.years else before_year)),
                style, lang)
        return
    cats = SEGMENTS if dimension == "segment" else OWNERS
    colours, ink = colours_for(dimension), SEGMENT_TEXT if dimension == "segment" else OWNER_TEXT
    order = [x for x in dict.fromkeys(after.areas.labels(level) + before.areas.labels(level)) if x != NO_AREA]
    top = before.mix(before_year, level, dimension).reindex(order, fill_value=0)[list(cats)]
    bottom = after.mix(year, level, dimension).reindex(order, fill_value=0)[list(cats)]
    present = [c for c in cats if top[c].sum() + bottom[c].sum() > 0]
    if not order or not present:
        no_data(ax, style=style, lang=lang)
        return
    plain_axes(ax, style, grid_axis="x")
    n = len(order)
    units = np.empty((2 * n, len(present)))
    units[0::2], units[1::2] = top[present].to_numpy(), bottom[present].to_numpy()
    totals = units.sum(axis=1)
    shares = units / np.where(totals > 0, totals, 1)[:, None]
    rounded = rounded_percentages(pd.DataFrame(units, columns=present), 0).to_numpy()
    y = np.repeat(np.arange(n) * 3.0, 2) + np.tile([0.0, 1.0], n)
    left = np.zeros(2 * n)
    for j, cat in enumerate(present):
        ax.barh(y, shares[:, j], left=left, height=0.82, color=colours[cat], edgecolor="white", linewidth=0.6,
                label=cat, gid=f"bar-{cat}")
        for i in np.flatnonzero(shares[:, j] >= 0.07):
            ax.text(left[i] + shares[i, j] / 2, y[i], f"{rounded[i, j]:.0f}%", ha="center", va="center",
                    fontsize=style.small_size, color=ink[cat], zorder=6,
                    path_effects=[withStroke(linewidth=3, foreground=colours[cat])])
        left += shares[:, j]
    where = _names(after, names)
    for i, code in enumerate(order):
        ax.text(0, 3.0 * i - 0.52, labels.area_name(code, lang, where), ha="left", va="bottom", fontsize=style.font_size,
                fontweight="bold", color=INK)
    for i in np.flatnonzero(totals == 0):
        ax.text(0.01, y[i], labels.text("no_units", lang), ha="left", va="center", fontsize=style.small_size, color=MUTED)
    for i in np.flatnonzero(totals > 0):
        ax.annotate(f"{fmt_int(totals[i], lang)} {labels.text('units', lang)}", xy=(1, y[i]), xytext=(5, 0),
                    textcoords="offset points", ha="left", va="center", fontsize=style.small_size, color=MUTED)
    pair = _bar_names(before, after, before_year, year, lang)
    ax.set_yticks(y, pair * n, fontsize=style.small_size)
    ax.tick_params(axis="y", length=0)
    ax.spines["left"].set_visible(False)
    ax.set_ylim(y[-1] + 0.6, -1.45)
    ax.set_xlim(0, 1)
    percent_axis(ax.xaxis, lang)
    handles, names_ = patches(colours, present, lang, dimension)
    if dimension == "owner":
        line = ax.axvline(CORPORATIEBUURT_SHARE, color=INK, lw=style.line_width * 0.6, ls=(0, (4, 2)), zorder=5,
                          gid="corporatiebuurt")
        handles.append(Line2D([], [], color=line.get_color(), lw=line.get_linewidth(), ls=line.get_linestyle()))
        names_.append(labels.capital(labels.text("corporatiebuurt", lang)))
    legend_below(ax, handles, names_, style)


def _bar_names(before: Projection, after: Projection, before_year: int, year: int, lang: str) -> list[str]:
    if before_year == year:
        return [labels.wrap(before.scenario, 18), labels.wrap(after.scenario, 18)]
    return [str(before_year), str(year)]


def _subtitle(before: Projection, after: Projection, before_year: int, year: int, lang: str) -> str:
    base = bool(before.years) and before_year == before.years[0]
    if lang == "en":
        first = f"{before_year} (current stock)" if base else f"{before_year}, scenario {before.scenario}"
        return f"Upper bar: {first}; lower bar: {year}, scenario {after.scenario}"
    first = f"{before_year} (huidige voorraad)" if base else f"{before_year}, scenario {before.scenario}"
    return f"Bovenste balk: {first}; onderste balk: {year}, scenario {after.scenario}"
