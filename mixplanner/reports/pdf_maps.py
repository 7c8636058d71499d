"""The before-and-after maps of the PDF's first page: the stock by segment at the same scale, demolished buildings
outlined and new-build plots hatched on the after map, buurt names clear of the edges."""

from __future__ import annotations

import dataclasses

import numpy as np
import shapely
from matplotlib.collections import PolyCollection
from matplotlib.patches import Patch
from matplotlib.patheffects import withStroke
from mpl_toolkits.axes_grid1.anchored_artists import AnchoredSizeBar

from mixplanner.domain.numbers import fmt_int
from mixplanner.engine.records import DEMOLISHED, segment_per_row
from mixplanner.engine.state import SEGMENTS
from mixplanner.reports.common import patches
from mixplanner.reports.mapdraw import draw_stock_map, polygon_verts
from mixplanner.reports.palette import INK, MUTED, SEGMENT_COLOURS
from mixplanner.reports.pdf_layout import A4, GAP, MARGIN, SMALL, STYLE, WIDTH, Book, fy, line_height
from mixplanner.reports.pdf_measure import wrap
from mixplanner.reports.pdf_text import say
from mixplanner.reports.summary import PlanSummary

MAP_STYLE = dataclasses.replace(STYLE, font_size=6.0, small_size=6.0, title_size=9.5)  # small maps, many names


def before_after_maps(book: Book, summary: PlanSummary) -> None:
    """The stock by segment before and after, side by side at the same scale; demolished buildings outlined and
    new-build plots hatched on the after map."""
    lang, plan = summary.lang, summary.plan
    geometry = plan.stock.frame["geometry"].to_numpy(dtype=object)
    if shapely.is_missing(geometry).all():
        return
    before = segment_per_row(summary.before, len(geometry))
    after = segment_per_row(summary.after, len(geometry))
    gone = after == DEMOLISHED
    made = summary.after[(summary.after["row"] < 0) & (summary.after["units"] > 0)]
    has_plot = made["geometry"].notna().to_numpy()
    overlays = {"demolished": geometry[gone & ~shapely.is_missing(geometry)],
                "new-build-plot": made.loc[has_plot].drop_duplicates("created_by")["geometry"].to_numpy(dtype=object)}
    x0, y0, x1, y1 = shapely.total_bounds(np.concatenate([geometry[~shapely.is_missing(geometry)],
                                                          overlays["new-build-plot"]]))
    margin = 0.03 * max(x1 - x0, y1 - y0, 50.0)
    x0, y0, x1, y1 = x0 - margin, y0 - margin, x1 + margin, y1 + margin
    note = say("map_note", lang, source=plan.source_label or plan.stock.source or "-")
    unplotted = int(made.loc[~has_plot, "units"].sum())
    if unplotted:
        note += " " + say("map_no_plot", lang, n=fmt_int(unplotted, lang))
    note_h = len(wrap(note, WIDTH, SMALL)) * line_height(SMALL)
    title_h, space = 0.25, 0.07
    book.ensure(title_h + 2.6 + space + note_h)
    fig = book.fig
    present = [s for s in SEGMENTS if np.any(before == s) or np.any(after[~gone] == s)]
    handles, names = patches(SEGMENT_COLOURS, present, lang, "segment")
    for gid, key in (("demolished", "map_demolished"), ("new-build-plot", "map_plot")):
        if len(overlays[gid]):
            handles.append(Patch(facecolor="white", edgecolor=INK, hatch=_OVERLAYS[gid].get("hatch")))
            names.append(say(key, lang))
    # one column of legend right of the maps: maps of a town are taller than wide, so the width is there to spare
    legend = fig.legend(handles, names, loc="upper left", ncol=1, frameon=False, fontsize=STYLE.font_size,
                        handlelength=1.6, borderaxespad=0, borderpad=0)
    extent = legend.get_window_extent(fig.canvas.get_renderer())
    legend_w = extent.width / fig.dpi
    width = (WIDTH - legend_w - 2 * GAP) / 2
    height = min(width * (y1 - y0) / (x1 - x0), book.room() - title_h - space - note_h)
    width = height * (x1 - x0) / (y1 - y0)
    left = MARGIN + (WIDTH - 2 * width - legend_w - 2 * GAP) / 2
    top = book.y + title_h
    # names are placed here, at each buurt's most inland point, so that they stay clear of edges on small maps
    areas = plan.areas if plan.areas is not None and "geometry" in plan.areas and len(plan.areas) else None
    outlines = None if areas is None else areas.drop(columns=["buurt_naam"], errors="ignore")
    for k, (title, keep, segments) in enumerate((
            (say("map_before", lang, year=summary.base_year), np.ones(len(geometry), bool), before),
            (say("map_after", lang, year=summary.year), ~gone, after))):
        ax = fig.add_axes(((left + k * (width + GAP)) / A4[0], fy(fig, top + height), width / A4[0], height / A4[1]))
        draw_stock_map(ax, geometry[keep], segments[keep], outlines, title=title, legend=False, style=MAP_STYLE,
                       lang=lang)
        if k:
            _draw_overlays(ax, overlays)
        ax.set_xlim(x0, x1)
        ax.set_ylim(y0, y1)
        _buurt_names(ax, areas, (x0, y0, x1, y1))
        _scale_bar_to_quiet_corner(ax, geometry, areas, (x0, y0, x1, y1))
    legend.set_bbox_to_anchor(((left + 2 * (width + GAP)) / A4[0], fy(fig, top + 0.02)), transform=fig.transFigure)
    book.y = top + max(height, extent.height / fig.dpi) + space
    book.text(note, SMALL, colour=MUTED)


def _buurt_names(ax, areas, box) -> None:
    """Each buurt's name at the centre of the largest circle inside the part of it on the map."""
    if areas is None or "buurt_naam" not in areas:
        return
    shapes = shapely.intersection(np.asarray(areas["geometry"].to_numpy(), dtype=object), shapely.box(*box))
    for shape, name in zip(shapes, areas["buurt_naam"]):
        if shape is None or shape.is_empty or not isinstance(name, str) or not name:
            continue
        largest = max(shapely.get_parts(shape), key=lambda part: part.area)
        centre = shapely.get_point(shapely.maximum_inscribed_circle(largest, 1.0), 0)
        ax.text(centre.x, centre.y, name, ha="center", va="center", fontsize=MAP_STYLE.font_size, fontweight="bold",
                color=INK, zorder=6, gid="buurt-name", path_effects=[withStroke(linewidth=2.5, foreground="white")])


_CORNERS = {3: (0, 0), 4: (1, 0), 2: (0, 1), 1: (1, 1)}  # AnchoredOffsetbox codes: lower left, lower right, ...


def _scale_bar_to_quiet_corner(ax, geometry, areas, box) -> None:
    """Move the map's scale bar to the corner where it covers the fewest buildings, buurt outlines and names."""
    bars = [a for a in ax.artists if isinstance(a, AnchoredSizeBar)]
    if not bars:
        return
    x0, y0, x1, y1 = box
    w, h = 0.32 * (x1 - x0), 0.1 * (y1 - y0)
    shapes = geometry[~shapely.is_missing(geometry)]
    if areas is not None:
        shapes = np.concatenate([shapes, shapely.boundary(np.asarray(areas["geometry"].to_numpy(), dtype=object))])
    names = [shapely.box(*t.get_window_extent().transformed(ax.transData.inverted()).extents)
             for t in ax.texts if t.get_gid() == "buurt-name"]
    shapes = np.concatenate([shapes, np.asarray(names, dtype=object)])

    def crowd(code: int) -> int:
        cx, cy = _CORNERS[code]
        corner = shapely.box(x0 + cx * (x1 - x0 - w), y0 + cy * (y1 - y0 - h), x0 + cx * (x1 - x0 - w) + w,
                             y0 + cy * (y1 - y0 - h) + h)
        return int(shapely.intersects(shapes, corner).sum())

    bars[0].loc = min(_CORNERS, key=crowd)


_OVERLAYS = {"demolished": dict(facecolors="none", edgecolors=INK, linewidths=0.6),
             "new-build-plot": dict(facecolors="none", edgecolors=INK, linewidths=0.8, hatch="////")}


def _draw_overlays(ax, overlays) -> None:
    """Outlines of demolished buildings and hatched new-build plots on the after map."""
    for gid, shapes in overlays.items():
        if len(shapes):
            collection = PolyCollection([], closed=False, zorder=5, gid=gid, **_OVERLAYS[gid])
            collection.set_verts_and_codes(*polygon_verts(np.asarray(shapes, dtype=object)))
            ax.add_collection(collection, autolim=False)
