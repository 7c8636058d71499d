"""The chart views of a plan summary (mix, before/after, waterfall, targets, maps), each drawn on a new figure."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import shapely
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from mixplanner.domain.categories import Segment
from mixplanner.domain.mix import NO_AREA, TOTAL
from mixplanner.engine.records import DEMOLISHED, segment_per_row
from mixplanner.engine.state import SEGMENTS
from mixplanner.reports import labels
from mixplanner.reports.charts import (draw_before_after, draw_ledger_waterfall, draw_mix_over_time, draw_stock_map,
                                       draw_target_lights)
from mixplanner.reports.common import patches
from mixplanner.reports.exports import VIEWS
from mixplanner.reports.palette import MUTED, SEGMENT_COLOURS, ChartStyle
from mixplanner.reports.summary import PlanSummary


def area_names(summary: PlanSummary) -> dict[str, str]:
    """Code -> name for buurten, wijken and gemeenten of the plan."""
    return labels.area_names(summary.projections[summary.main].areas, summary.plan.areas)


def area_name(summary: PlanSummary, code: str | None) -> str:
    """A buurt's or gemeente's name; the whole plan for None."""
    return labels.area_name(code or TOTAL, summary.lang, area_names(summary))


def plan_area(summary: PlanSummary) -> tuple[str, str | None]:
    """The level and area the plan-wide charts show: its gemeente when it lies in one (targets are set there)."""
    gemeenten = set(summary.projections[summary.main].areas.gemeente) - {NO_AREA}
    return ("gemeente", gemeenten.pop()) if len(gemeenten) == 1 else ("total", None)


def _intervention_changes(summary: PlanSummary, area: str | None = None) -> pd.DataFrame:
    """Net change per year, intervention, buurt and segment (a care conversion within a segment nets to 0)."""
    ledger = summary.projections[summary.main].ledger
    rows = ledger[(ledger["number"] > 0) & (ledger["buurt_code"] != NO_AREA)]
    if area is not None:
        rows = rows[rows["buurt_code"] == area]
    net = rows.groupby(["year", "number", "buurt_code", "segment"], sort=True)["units"].sum().reset_index()
    return net.assign(size=net["units"].abs())


def key_area(summary: PlanSummary) -> str | None:
    """The buurt the interventions change most (None: they change no buurt's mix)."""
    net = _intervention_changes(summary)
    if not net["size"].any():
        return None
    per = net.groupby("buurt_code", sort=True)["size"].sum()
    return str(per.sort_values(ascending=False, kind="stable").index[0])


def key_segment(summary: PlanSummary, area: str | None) -> str:
    """The segment the interventions change most in the area (sociale huur when they change none)."""
    net = _intervention_changes(summary, area)
    per = net.groupby("segment", sort=False)["size"].sum().reindex(list(SEGMENTS), fill_value=0)
    return str(per.idxmax()) if per.max() > 0 else Segment.SOCIAL_RENT.value


def key_year(summary: PlanSummary, area: str | None, segment: str) -> int:
    """The year up to the report year in which the interventions change the segment most in the area; else the
    report year (never the base year, which has no previous year, unless it is the only one)."""
    net = _intervention_changes(summary, area)
    net = net[(net["segment"] == segment) & (net["year"] <= summary.year)]
    per = net.groupby("year", sort=True)["size"].sum()
    if per.any():
        return int(per.sort_values(ascending=False, kind="stable").index[0])
    years = summary.projections[summary.main].years
    return summary.year if summary.year != years[0] or len(years) == 1 else years[1]


def map_layer(summary: PlanSummary, when: str) -> tuple[np.ndarray, np.ndarray]:
    """Geometries and segments to map: each stock row in the segment of most of its units (demolished rows
    left out), then new build with a plot. `when`: "before" (the base year) or "after" (the report year)."""
    records = summary.before if when == "before" else summary.after
    stock = summary.plan.stock.frame
    per_row = segment_per_row(records, len(stock))
    keep = per_row != DEMOLISHED
    new = records[(records["row"].to_numpy() < 0) & (records["units"].to_numpy() > 0)]
    new_geometry = new["geometry"].to_numpy(dtype=object)
    drawn = ~shapely.is_missing(new_geometry)
    geometry = np.concatenate([stock["geometry"].to_numpy(dtype=object)[keep], new_geometry[drawn]])
    segments = np.concatenate([per_row[keep], new["segment"].astype(str).to_numpy(dtype=object)[drawn]])
    return geometry, segments


def figure_size(summary: PlanSummary, view: str) -> tuple[float, float]:
    """Inches at A4 text width: tall enough for the areas of a before/after chart or the rows of the targets."""
    width = 6.7
    if view == "before-after":
        n = len(set(summary.projections[summary.main].areas.codes) - {NO_AREA})
        return width, max(3.0, 1.4 + 0.5 * n)
    if view == "targets":
        statuses = summary.statuses[summary.main]
        rows = len(statuses) + len({s.target for s in statuses})
        return width, max(2.5, 1.2 + 0.24 * rows)
    if view == "maps":  # two maps side by side leave room below them at the usual height
        return width, 3.6
    return width, 6.0 if view in ("map-before", "map-after") else 4.2


def render(summary: PlanSummary, view: str, style: ChartStyle, size: tuple[float, float] | None = None,
           area: str | None = None, titled: bool = True) -> Figure:
    """A new figure (Agg canvas, constrained layout) with the view drawn on it. `area`: the buurt of the mix
    or waterfall view (default: the plan for the mix, the key buurt for the waterfall). titled=False leaves the
    title to the page or slide around the chart (a map keeps its year)."""
    if view not in VIEWS:
        raise ValueError(f"there is no view '{view}'; the views are {', '.join(VIEWS)}")
    fig = Figure(figsize=size or figure_size(summary, view), dpi=style.dpi, layout="constrained", facecolor="white")
    FigureCanvasAgg(fig)
    lang, names, main = summary.lang, area_names(summary), summary.projections[summary.main]
    title = None if titled else ""
    if view == "maps":
        _draw_maps(fig, summary, style, titled)
        return fig
    ax = fig.add_subplot()
    if view == "mix":
        level, where = ("buurt", area) if area else plan_area(summary)
        draw_mix_over_time(ax, main, level, where, summary.statuses[summary.main], names=names, title=title,
                           style=style, lang=lang)
    elif view == "before-after":
        draw_before_after(ax, main, main, summary.year, names=names, title=title, style=style, lang=lang)
    elif view == "waterfall":
        where = area or key_area(summary)
        segment = key_segment(summary, where)
        draw_ledger_waterfall(ax, main, key_year(summary, where, segment), where, (segment,), names=names,
                              title=title, style=style, lang=lang)
    elif view == "targets":
        draw_target_lights(ax, summary.statuses[summary.main], names=names, title=title, style=style, lang=lang)
    else:
        _draw_map(ax, summary, view.removeprefix("map-"), style, titled)
    return fig


def render_comparison(summary: PlanSummary, other: str, style: ChartStyle, size: tuple[float, float],
                      titled: bool = True) -> Figure:
    """Another chosen scenario (upper bars) against the main one (lower bars), per buurt, in the report year.

    The bars are labelled with the scenario names cut to one line: longer names would run into the next bar.
    """
    fig = Figure(figsize=size, dpi=style.dpi, layout="constrained", facecolor="white")
    FigureCanvasAgg(fig)
    upper, lower = (dataclasses.replace(summary.projections[s], scenario=_short(s)) for s in (other, summary.main))
    draw_before_after(fig.add_subplot(), upper, lower, summary.year, before_year=summary.year,
                      names=area_names(summary), title=None if titled else "", style=style, lang=summary.lang)
    return fig


def _short(name: str, width: int = 18) -> str:
    return name if len(name) <= width else name[:width - 1].rstrip(" ,;") + "\u2026"


def map_year(summary: PlanSummary, when: str) -> int:
    return summary.base_year if when == "before" else summary.year


def _draw_map(ax, summary: PlanSummary, when: str, style: ChartStyle, titled: bool = True, alone: bool = True) -> None:
    geometry, segments = map_layer(summary, when)
    year = map_year(summary, when)
    title = f"{labels.text('map_title', summary.lang)}, {year}" if titled else str(year)
    draw_stock_map(ax, geometry, segments, summary.plan.areas, attribution=(summary.plan.source_label or None) if alone
                   else None, title=title, legend=alone, style=style, lang=summary.lang)


def _draw_maps(fig: Figure, summary: PlanSummary, style: ChartStyle, titled: bool) -> None:
    """Before and after side by side, with one legend on the right and the attribution under both."""
    present: set[str] = set()
    for ax, when in zip(fig.subplots(1, 2), ("before", "after")):
        _draw_map(ax, summary, when, style, titled, alone=False)
        present |= set(map_layer(summary, when)[1])
    handles, names = patches(SEGMENT_COLOURS, [s for s in SEGMENTS if s in present], summary.lang, "segment")
    if handles:
        fig.legend(handles, names, loc="outside right center", frameon=False, fontsize=style.font_size)
    if summary.plan.source_label:
        fig.supxlabel(summary.plan.source_label, x=0.99, ha="right", fontsize=style.small_size * 0.9, color=MUTED)
