"""The three presentation views drawn on a matplotlib Figure with the shared report charts, in large type."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import shapely
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.text import Text
from PySide6.QtCore import QCoreApplication

from mixplanner.domain.mix import NO_AREA, TOTAL
from mixplanner.domain.numbers import fmt_int
from mixplanner.engine.projection import Projection
from mixplanner.engine.state import SEGMENTS
from mixplanner.engine.targets import TargetStatus
from mixplanner.reports import charts, labels
from mixplanner.reports.common import legend_columns, patches
from mixplanner.reports.mapdraw import polygon_verts
from mixplanner.reports.palette import INK, MUTED, SEGMENT_COLOURS, ChartStyle
from mixplanner.ui.presentation.data import MapLayer, Reference, changed
from mixplanner.ui.presentation.target_table import Column, draw_target_table

VIEWS = ("targets", "map", "comparison")


def presentation_style(width_in: float) -> ChartStyle:
    """The presentation style scaled to the figure's width, so type reads alike on a laptop and a beamer."""
    base = ChartStyle.for_medium("presentation")
    k = float(np.clip(width_in / base.figsize[0], 0.55, 2.0))
    return dataclasses.replace(base, font_size=base.font_size * k, title_size=base.title_size * k,
                               small_size=base.small_size * k, line_width=base.line_width * k)


@dataclasses.dataclass(frozen=True)
class Focus:
    """The area the mix view shows: a level and the area's label at that level."""

    level: str
    label: str


def focus_areas(projection: Projection) -> list[Focus]:
    """The whole plan (its gemeente when there is one), then every named buurt."""
    areas = projection.areas
    gemeenten = [g for g in dict.fromkeys(areas.labels("gemeente")) if g != NO_AREA]
    whole = Focus("gemeente", gemeenten[0]) if len(gemeenten) == 1 else Focus("total", TOTAL)
    return [whole] + [Focus("buurt", c) for c, n in zip(areas.codes, areas.names) if n]


def _statuses_for(statuses: Sequence[TargetStatus], focus: Focus) -> list[TargetStatus]:
    """A buurt in focus: its own targets and those of larger areas; the whole plan: every target."""
    if focus.level != "buurt":
        return list(statuses)
    return [s for s in statuses if s.area == focus.label or s.target.area_level != "buurt"]


def _pair(fig: Figure, width_ratios=(1, 1)):
    """Two axes side by side, first placed about where the layout will put them (margins for ticks, titles and a
    legend below), so the charts size their legends and wrap their titles for the final axes; the constrained
    layout then fits them exactly when the figure is drawn. Cheaper than laying out the empty axes first."""
    return fig.subplots(1, 2, width_ratios=width_ratios,
                        gridspec_kw=dict(left=0.07, right=0.985, bottom=0.24, top=0.9, wspace=0.06))


def draw_targets_view(fig: Figure, projection: Projection, statuses: Sequence[TargetStatus], year: int,
                      focus: Focus, names: Mapping[str, str], style: ChartStyle, lang: str) -> None:
    """(a) The mix over the years against the target lines, with the year marked; the target lights in that year
    and in each target's own year."""
    mix_ax, lights_ax = _pair(fig, (3, 2))
    charts.draw_mix_over_time(mix_ax, projection, level=focus.level, area=focus.label, statuses=statuses,
                              names=names, style=style, lang=lang)
    if year in projection.years:
        edge = {projection.years[0]: ("left", 6), projection.years[-1]: ("right", -6)}.get(year, ("center", 0))
        mix_ax.axvline(year, color=INK, lw=style.line_width, alpha=0.55, zorder=2, gid="presentation-year")
        mix_ax.annotate(str(year), xy=(year, 0), xycoords=("data", "axes fraction"), xytext=(edge[1], 6),
                        textcoords="offset points", ha=edge[0], va="bottom", fontsize=style.font_size,
                        fontweight="bold", color=INK, zorder=7,
                        bbox=dict(boxstyle="round,pad=0.25", facecolor="white", edgecolor=INK, alpha=0.9))
    shown = _statuses_for(statuses, focus)
    deadline = QCoreApplication.translate("Presentation", "doeljaar")
    title = QCoreApplication.translate("Presentation", "Doelen in {year}").format(year=year)
    draw_target_table(lights_ax, [Column(str(year), shown, year), Column(deadline, shown, None)], names, style=style,
                      lang=lang, title=title)


def draw_map_view(fig: Figure, before: MapLayer, after: MapLayer, buurten: pd.DataFrame | None, attribution: str,
                  style: ChartStyle, lang: str) -> None:
    """(b) The stock now and in the year with the scenario, side by side, with one legend below both."""
    left, right = _pair(fig)
    names_style = dataclasses.replace(style, font_size=style.small_size)  # buurt names on the map
    now = QCoreApplication.translate("Presentation", "Nu ({year})").format(year=before.year)
    then = QCoreApplication.translate("Presentation", "{year}, scenario {name}").format(year=after.year,
                                                                                      name=after.scenario)
    charts.draw_stock_map(left, before.geometries, before.segments, buurten, legend=False, style=names_style,
                          lang=lang, title=now)
    charts.draw_stock_map(right, after.geometries, after.segments, buurten, legend=False, style=names_style,
                          lang=lang, title=then)
    level_titles(left, right)
    box = core_box(before.geometries)
    for ax in (left, right):
        ax.set_xlim(box[0], box[2])
        ax.set_ylim(box[1], box[3])
    moved = changed(before, after)
    if moved.any():
        outlines = PolyCollection([], closed=False, facecolors="none", edgecolors=INK,
                                  linewidths=style.line_width * 0.5, zorder=3, gid="changed-buildings")
        outlines.set_verts_and_codes(*polygon_verts(after.geometries[moved]))
        right.add_collection(outlines, autolim=False)
    shown = set(before.segments) | set(after.segments)
    handles, names = patches(SEGMENT_COLOURS, [s for s in SEGMENTS if s in shown], lang, "segment")
    handles.append(Patch(facecolor="white", edgecolor=INK, linewidth=style.line_width * 0.8))
    names.append(QCoreApplication.translate("Presentation", "ander segment of nieuw sinds {year} ({n} gebouwen)")
                 .format(year=before.year, n=fmt_int(int(moved.sum()), lang)))
    # the attribution under the left map and the note under the right one, as axis labels: the layout makes room
    # below both maps alike (inside the map the attribution, wider than the map, covered its bottom edge)
    chars = max(20, int(right.bbox.width / fig.dpi * 72 / (0.62 * style.small_size)))
    if attribution:
        left.set_xlabel(labels.wrap(attribution, chars), fontsize=style.small_size, color=MUTED)
    if after.unplotted:
        note = QCoreApplication.translate("Presentation", "{n} nieuwbouwwoningen zonder getekende kavel staan niet "
                                                          "op de kaart").format(n=fmt_int(after.unplotted, lang))
        right.set_xlabel(labels.wrap(note, chars), fontsize=style.small_size, color=MUTED)
    width_pt = fig.get_figwidth() * 72
    fig.legend(handles, names, loc="outside lower center", frameon=False, fontsize=style.font_size,
               ncol=legend_columns(names, style, width_pt * 0.9), handlelength=1.6, columnspacing=1.6)


def level_titles(*axes) -> None:
    """Give titles that wrapped to fewer lines empty lines below, so that the first lines of titles side by side align
    (a title grows upwards from its axes)."""
    shown = [next(t for t in ax.get_children() if isinstance(t, Text) and t not in ax.texts
                  and t.get_text() == ax.get_title(loc="left")) for ax in axes]
    lines = [t.get_text().count("\n") for t in shown]
    for title, own in zip(shown, lines):
        title.set_text(title.get_text() + "\n" * (max(lines) - own))


def core_box(geometries: np.ndarray, share: float = 0.96) -> tuple[float, float, float, float]:
    """The box holding the middle `share` of the buildings (by centre) with a margin: the town rather than every
    farm, so that streets are visible on a screen."""
    centres = shapely.get_coordinates(shapely.centroid(geometries))
    tail = (1 - share) / 2 * 100
    (x0, y0), (x1, y1) = np.percentile(centres, [tail, 100 - tail], axis=0)
    margin = 0.08 * max(x1 - x0, y1 - y0, 100.0)
    return x0 - margin, y0 - margin, x1 + margin, y1 + margin


def draw_comparison_view(fig: Figure, reference: Reference, shown: Projection, statuses: Sequence[TargetStatus],
                         year: int, names: Mapping[str, str], style: ChartStyle, lang: str) -> None:
    """(c) Two scenarios in the same year: the mix per buurt as paired bars, and which targets each meets."""
    bars_ax, table_ax = _pair(fig, (3, 2))
    # the bars and the columns are named by letter; the heading names the scenarios once
    a, b = QCoreApplication.translate("Presentation", "A"), QCoreApplication.translate("Presentation", "B")
    heading = QCoreApplication.translate("Presentation", "A: {a}    B: {b}")
    fig.suptitle(heading.format(a=reference.projection.scenario, b=shown.scenario), x=0.01, ha="left",
                 fontsize=style.font_size, fontweight="bold", color=INK)
    mix = QCoreApplication.translate("Presentation", "Woningmix per buurt in {year}").format(year=year)
    charts.draw_before_after(bars_ax, dataclasses.replace(reference.projection, scenario=a),
                             dataclasses.replace(shown, scenario=b), year, before_year=year, names=names, style=style,
                             lang=lang, title=mix)
    columns = [Column(a, reference.statuses, year), Column(b, statuses, year)]
    title = QCoreApplication.translate("Presentation", "Doelen in {year}").format(year=year)
    draw_target_table(table_ax, columns, names, style=style, lang=lang, title=title)
