"""The stock map: dwelling polygons coloured by segment (one vectorised PolyCollection), buurt outlines and names."""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.colors import to_rgba_array
from matplotlib.font_manager import FontProperties
from matplotlib.path import Path
from matplotlib.patheffects import withStroke
from mpl_toolkits.axes_grid1.anchored_artists import AnchoredSizeBar

from mixplanner.domain.categories import Segment
from mixplanner.domain.numbers import fmt_int, fmt_num
from mixplanner.engine.state import SEGMENTS
from mixplanner.reports import labels
from mixplanner.reports.common import legend_below, no_data, patches, titles
from mixplanner.reports.palette import INK, MUTED, SEGMENT_COLOURS, ChartStyle

_POLYGON, _MULTIPOLYGON = 3, 6


def polygon_verts(geometries: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray | None]]:
    """Vertices and path codes for one matplotlib path per (multi)polygon, from shapely's flat coordinate array.

    Single-ring polygons (nearly all buildings) become plain vertex paths; multipolygons and polygons with
    holes get MOVETO/CLOSEPOLY codes per ring, with holes oriented against the shell for the non-zero fill rule.
    """
    geometries = np.asarray(geometries, dtype=object)
    types = shapely.get_type_id(geometries)
    compound = (types == _MULTIPOLYGON) | ((types == _POLYGON) & (shapely.get_num_interior_rings(geometries) > 0))
    if compound.any():
        geometries = geometries.copy()
        geometries[compound] = shapely.orient_polygons(geometries[compound])
    coords = shapely.get_coordinates(geometries)
    counts = shapely.get_num_coordinates(geometries)
    verts = np.split(coords, np.cumsum(counts)[:-1])
    codes: list[np.ndarray | None] = [None] * len(geometries)
    where = np.flatnonzero(compound)
    if len(where):
        parts, owner = shapely.get_parts(geometries[where], return_index=True)
        rings, part = shapely.get_rings(parts, return_index=True)
        ring_counts = shapely.get_num_coordinates(rings)
        ring_owner = owner[part]
        flat = np.full(int(ring_counts.sum()), Path.LINETO, dtype=Path.code_type)
        ends = np.cumsum(ring_counts)
        flat[ends - ring_counts] = Path.MOVETO
        flat[ends - 1] = Path.CLOSEPOLY
        per_geometry = np.bincount(ring_owner, weights=ring_counts, minlength=len(where)).astype(np.int64)
        for i, block in zip(where, np.split(flat, np.cumsum(per_geometry)[:-1])):
            codes[i] = block
    return verts, codes


def segment_colours(segments) -> np.ndarray:
    """RGBA per record from the palette; an unknown or missing segment gets the 'onbekend' colour."""
    table = to_rgba_array([SEGMENT_COLOURS[s] for s in SEGMENTS])
    index = pd.Index(list(SEGMENTS)).get_indexer(pd.Index(np.asarray(segments, dtype=object), dtype=object))
    index[index < 0] = SEGMENTS.index(Segment.UNKNOWN.value)
    return table[index]


def _nice_length(span: float) -> float:
    """A round scale-bar length of roughly a fifth of the map width: 1, 2 or 5 x 10^k metres."""
    target = max(span / 5, 1e-9)
    base = 10 ** np.floor(np.log10(target))
    return float(max(m * base for m in (1, 2, 5) if m * base <= target))


def _distance(metres: float, lang: str) -> str:
    if metres >= 1000:
        km = metres / 1000
        return f"{fmt_int(km, lang) if km == int(km) else fmt_num(km, 1, lang)} km"
    return f"{fmt_int(metres, lang)} m"


def draw_stock_map(
    ax: Axes, geometries, segments, buurten: pd.DataFrame | None = None, *, attribution: str | None = None,
    title: str | None = None, legend: bool = True, rasterized: bool = True, style: ChartStyle = ChartStyle(),
    lang: str = "nl",
) -> None:
    """Polygons (EPSG:28992) coloured by segment; buurt outlines and names on top; scale bar and attribution.

    rasterized: the buildings become one image in PDF/SVG output (300.000 vector polygons make a PDF unusable);
    outlines, names and text stay vector.
    """
    titles(ax, labels.text("map_title", lang) if title is None else title, "", style)
    geometries = np.asarray(geometries, dtype=object)
    segments = np.asarray(segments, dtype=object)
    if len(geometries) != len(segments):
        raise ValueError(f"{len(geometries)} geometries but {len(segments)} segments")
    types = shapely.get_type_id(geometries) if len(geometries) else np.zeros(0, dtype=int)
    keep = ((types == _POLYGON) | (types == _MULTIPOLYGON)) & ~shapely.is_empty(geometries)
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_color("#BFBFBF")
    if not keep.any():
        no_data(ax, style=style, lang=lang)
        return
    shown, colours = geometries[keep], segment_colours(segments[keep])
    buildings = PolyCollection([], closed=False, facecolors=colours, edgecolors="none", linewidths=0,
                               zorder=1, rasterized=rasterized, gid="stock-map-buildings")
    buildings.set_verts_and_codes(*polygon_verts(shown))
    ax.add_collection(buildings, autolim=False)
    x0, y0, x1, y1 = shapely.total_bounds(shown)
    margin = 0.03 * max(x1 - x0, y1 - y0, 50.0)
    box = (x0 - margin, y0 - margin, x1 + margin, y1 + margin)
    ax.set_xlim(box[0], box[2])
    ax.set_ylim(box[1], box[3])
    ax.set_aspect("equal", adjustable="box")
    if buurten is not None and len(buurten):
        _draw_buurten(ax, buurten, box, style)
    if legend:
        present = [s for s in SEGMENTS if np.any(segments[keep] == s)]
        handles, names = patches(SEGMENT_COLOURS, present, lang, "segment")
        legend_below(ax, handles, names, style, tick_lines=0)
    length = _nice_length(box[2] - box[0])
    ax.add_artist(AnchoredSizeBar(ax.transData, length, _distance(length, lang), loc="lower left", pad=0.5,
                                  sep=3, borderpad=0.6, frameon=True, size_vertical=length / 30, color=INK,
                                  fontproperties=FontProperties(size=style.small_size)))
    if attribution:
        ax.text(0.995, 0.005, attribution, transform=ax.transAxes, ha="right", va="bottom", color=MUTED,
                fontsize=style.small_size * 0.9, zorder=7, gid="attribution",
                bbox=dict(boxstyle="square,pad=0.3", facecolor="white", edgecolor="none", alpha=0.8))


def _draw_buurten(ax: Axes, buurten: pd.DataFrame, box, style: ChartStyle) -> None:
    """Outlines of every buurt polygon and its name at a point inside the visible part."""
    geometry = np.asarray(buurten["geometry"].to_numpy(), dtype=object)
    ok = ~shapely.is_missing(geometry) & ~shapely.is_empty(geometry)
    geometry = geometry[ok]
    names = buurten["buurt_naam"].to_numpy(dtype=object)[ok] if "buurt_naam" in buurten else [None] * len(geometry)
    outlines = PolyCollection([], closed=False, facecolors="none", edgecolors=INK, linewidths=style.line_width * 0.6,
                              zorder=4, gid="stock-map-buurten")
    outlines.set_verts_and_codes(*polygon_verts(geometry))
    outlines.set_path_effects([withStroke(linewidth=style.line_width * 0.6 + 1.5, foreground="white")])
    ax.add_collection(outlines, autolim=False)
    visible = shapely.intersection(geometry, shapely.box(*box))
    shown = ~shapely.is_empty(visible)
    anchors = shapely.point_on_surface(visible[shown])
    for point, name in zip(anchors, np.asarray(names, dtype=object)[shown]):
        if isinstance(name, str) and name:
            ax.text(point.x, point.y, name, ha="center", va="center", fontsize=style.font_size, fontweight="bold",
                    color=INK, zorder=6, clip_on=True, gid="buurt-name",
                    path_effects=[withStroke(linewidth=3, foreground="white")])
