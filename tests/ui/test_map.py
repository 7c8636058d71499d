"""The map widget on the bundled example: extent, click / box / buurt selection, sketching, recolouring, LOD."""

import numpy as np
import pandas as pd
import pytest
import shapely
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor

from mixplanner.io.load import load_stock
from mixplanner.reports.palette import SEGMENT_COLOURS
from mixplanner.resources import EXAMPLE_LABEL, example_stock_path
from mixplanner.ui.map.scene import MapScene
from mixplanner.ui.map.view import MapView


@pytest.fixture(scope="module")
def example():
    return load_stock(example_stock_path())


@pytest.fixture
def view(qtbot, example):
    segments = np.full(len(example.stock), "sociale huur", dtype=object)
    view = MapView(MapScene(example.stock.frame, example.areas, segments, aggregate_min_records=0), EXAMPLE_LABEL)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    view.fit_all()
    return view


def _largest(example) -> int:
    return int(np.argmax(shapely.area(example.stock.frame["geometry"].to_numpy(dtype=object))))


def _show(view, point: shapely.Point, scale: float) -> QPoint:
    view.set_map_scale(scale, QPointF(point.x, point.y))
    return view.mapFromScene(QPointF(point.x, point.y))


def test_scene_covers_the_stock(view, example):
    x0, y0, x1, y1 = shapely.total_bounds(example.stock.frame["geometry"].to_numpy(dtype=object))
    rect = view.scene().sceneRect()
    assert rect.left() <= x0 and rect.right() >= x1 and rect.top() <= y0 and rect.bottom() >= y1


def test_click_selects_the_record_under_the_cursor(qtbot, view, example):
    i = _largest(example)
    pos = _show(view, shapely.point_on_surface(example.stock.frame["geometry"].iat[i]), 2.0)
    with qtbot.waitSignal(view.scene().selection_changed) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert signal.args == [[example.stock.frame["id"].iat[i]]]


def test_box_selects_what_intersects_it(qtbot, view, example):
    centre = example.areas.loc[example.areas["buurt_code"] == "BU02210100", "geometry"].iat[0].centroid
    _show(view, centre, 1.0)
    a, b = QPoint(300, 200), QPoint(500, 380)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, a)
    qtbot.mouseMove(view.viewport(), b)
    with qtbot.waitSignal(view.scene().selection_changed):
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, b)
    p, q = view.mapToScene(a), view.mapToScene(b)
    box = shapely.box(min(p.x(), q.x()), min(p.y(), q.y()), max(p.x(), q.x()), max(p.y(), q.y()))
    frame = example.stock.frame
    expected = set(frame["id"][shapely.intersects(frame["geometry"].to_numpy(dtype=object), box)])
    assert expected and set(view.scene().selected_ids()) == expected


def test_select_buurt(qtbot, view, example):
    with qtbot.waitSignal(view.scene().selection_changed) as signal:
        view.scene().select_buurt("BU02210100")
    frame = example.stock.frame
    assert len(signal.args[0]) == int((frame["buurt_code"] == "BU02210100").sum())
    assert set(signal.args[0]) == set(frame.loc[frame["buurt_code"] == "BU02210100", "id"])


def test_sketch_a_square_plot(qtbot, view):
    view.set_map_scale(2.0, QPointF(206000, 447000))
    view.start_sketch()
    corners = [QPointF(205950, 446950), QPointF(206050, 446950), QPointF(206050, 447050), QPointF(205950, 447050)]
    with qtbot.waitSignal(view.plot_drawn) as signal:
        for corner in corners:
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(corner))
        qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    wkt, area = signal.args
    assert shapely.from_wkt(wkt).is_valid
    assert area == pytest.approx(10_000, rel=0.01)
    assert shapely.from_wkt(wkt).area == pytest.approx(area, rel=0.001)


def test_set_segments_recolours(view, example):
    i = _largest(example)
    pos = _show(view, shapely.point_on_surface(example.stock.frame["geometry"].iat[i]), 2.0)
    assert view.viewport().grab().toImage().pixelColor(pos) == QColor(SEGMENT_COLOURS["sociale huur"])
    segments = np.full(len(example.stock), "sociale huur", dtype=object)
    segments[i] = "dure koop"
    view.scene().set_segments(segments)
    assert view.viewport().grab().toImage().pixelColor(pos) == QColor(SEGMENT_COLOURS["dure koop"])


def test_zoomed_out_draws_buurten(view, example):
    for label in view.scene().labels:
        label.hide()  # sample the fill, not a name drawn over it
    view.set_map_scale(0.1)
    image = view.viewport().grab().toImage()
    assert view.scene().buildings.aggregated
    centre = example.areas.loc[example.areas["buurt_code"] == "BU02210000", "geometry"].iat[0].point_on_surface()
    pos = view.mapFromScene(QPointF(centre.x, centre.y))
    assert image.pixelColor(pos) == QColor(SEGMENT_COLOURS["sociale huur"])
    view.set_map_scale(2.0)
    view.viewport().grab()
    assert not view.scene().buildings.aggregated


def test_a_scene_built_in_the_background_fills_in(qtbot, example):
    frame = example.stock.frame
    scene = MapScene(frame, example.areas, np.full(len(frame), "middenhuur", dtype=object), background=True)
    assert not scene.is_loaded and scene.items() == [scene.selection]
    with qtbot.waitSignal(scene.selection_changed):
        scene.select_buurt("BU02210100")  # by buurt works before the geometry exists
    with qtbot.waitSignal(scene.loaded, timeout=20_000):
        pass
    i = _largest(example)
    inside = shapely.point_on_surface(frame["geometry"].iat[i])
    assert scene.record_at(QPointF(inside.x, inside.y)) == i
    assert not scene.selection.boundingRect().isEmpty()  # the selection made while loading is drawn now
    assert scene.present_classes() == ["middenhuur"]


def test_a_large_scene_recolours_on_a_worker_and_the_newest_colours_win(qtbot):
    n = 40_000  # BACKGROUND_FROM
    x, y = np.arange(n) % 200 * 20.0, np.arange(n) // 200 * 20.0
    frame = pd.DataFrame({"id": [f"b{i}" for i in range(n)], "buurt_code": "BU00000001", "units": 1,
                          "geometry": shapely.box(x, y, x + 10, y + 10)})
    scene = MapScene(frame, None, np.full(n, "sociale huur", dtype=object), background=True)
    with qtbot.waitSignal(scene.loaded, timeout=30_000):
        pass
    first, second = np.full(n, "dure koop", dtype=object), np.full(n, "middenhuur", dtype=object)
    scene.set_segments(first)
    scene.set_segments(second)
    assert scene.busy and scene.present_classes() == ["sociale huur"]  # still drawn as before, nothing blocked
    qtbot.waitUntil(lambda: not scene.busy, timeout=30_000)
    assert scene.present_classes() == ["middenhuur"]
