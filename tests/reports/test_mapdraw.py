"""The stock map: one path per polygon, palette colours per record, holes and multipolygons, speed on 300.000."""

import numpy as np
import pytest
import shapely
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.path import Path

from bench_map import run, synthetic
from mixplanner.reports import charts
from mixplanner.reports.mapdraw import polygon_verts
from mixplanner.reports.palette import SEGMENT_COLOURS
from mixplanner.resources import EXAMPLE_LABEL


def _buildings(ax):
    return next(c for c in ax.collections if c.get_gid() == "stock-map-buildings")


def test_one_path_per_record_in_its_segment_colour(fig, ex):
    ax = fig.add_subplot()
    charts.draw_stock_map(ax, ex.geometry, ex.segments, ex.buurten, attribution=EXAMPLE_LABEL)
    buildings = _buildings(ax)
    assert len(buildings.get_paths()) == len(ex.geometry)
    social = int(np.flatnonzero(ex.segments == "sociale huur")[0])
    assert tuple(buildings.get_facecolors()[social]) == to_rgba(SEGMENT_COLOURS["sociale huur"])
    assert np.allclose(buildings.get_paths()[social].vertices, shapely.get_coordinates(ex.geometry[social]))
    fig.canvas.draw()
    words = [t.get_text() for t in ax.texts] + [t.get_text() for t in ax.get_legend().get_texts()]
    assert EXAMPLE_LABEL in words and "Ooipoort" in words and "Sociale huur" in words
    assert ax.get_aspect() == 1.0 and not ax.get_xticks().size


def test_holes_and_multipolygons_keep_their_rings():
    shell = [(0, 0), (10, 0), (10, 10), (0, 10)]
    hole = [(3, 3), (3, 7), (7, 7), (7, 3)]  # same orientation as the shell: must be reoriented
    donut = shapely.Polygon(shell, [hole])
    pair = shapely.MultiPolygon([shapely.box(20, 0, 22, 2), shapely.box(24, 0, 26, 2)])
    verts, codes = polygon_verts(np.array([shapely.box(30, 0, 31, 1), donut, pair], dtype=object))
    assert codes[0] is None and len(verts[0]) == 5
    assert list(codes[1]).count(Path.MOVETO) == 2 and list(codes[2]).count(Path.MOVETO) == 2
    assert codes[1][4] == Path.CLOSEPOLY and len(verts[1]) == len(codes[1]) == 10
    fig = Figure(figsize=(2, 2), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0, 0, 1, 1))
    charts.draw_stock_map(ax, [donut], ["sociale huur"], legend=False)
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    fig.canvas.draw()
    pixels = np.asarray(fig.canvas.buffer_rgba())
    assert tuple(pixels[100, 100, :3]) == (255, 255, 255)  # the hole stays empty
    assert tuple(pixels[20, 20, :3]) == tuple(int(round(255 * c)) for c in to_rgba(SEGMENT_COLOURS["sociale huur"])[:3])


def test_unknown_segments_missing_and_empty_geometry(fig):
    ax, empty = fig.subplots(1, 2)
    geometry = np.array([shapely.box(0, 0, 1, 1), None, shapely.Polygon(), shapely.box(2, 0, 3, 1)], dtype=object)
    charts.draw_stock_map(ax, geometry, ["nonsense", "sociale huur", "dure koop", None])
    buildings = _buildings(ax)
    assert len(buildings.get_paths()) == 2
    assert all(tuple(c) == to_rgba(SEGMENT_COLOURS["onbekend"]) for c in buildings.get_facecolors())
    charts.draw_stock_map(empty, np.array([], dtype=object), np.array([], dtype=object))
    assert any(t.get_text() == "Geen gegevens" for t in empty.texts)
    fig.canvas.draw()


def test_map_handles_many_polygons_quickly():
    timing = run(50_000)
    assert timing["total_s"] < 5


@pytest.mark.slow
def test_map_of_300k_polygons_in_a_few_seconds():
    geometries, _ = synthetic(10)
    assert shapely.get_num_coordinates(geometries).tolist() == [5] * 10
    timing = run(300_000)
    assert timing["total_s"] < 10, timing
