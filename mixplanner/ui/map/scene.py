"""MapScene: the stock coloured by class, buurt outlines and names, and the selection (click, box, buurt)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely
from PySide6.QtCore import QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QFont, QPainterPath
from PySide6.QtWidgets import QGraphicsScene

from mixplanner.ui.map.geometry import gather, path_from_elements
from mixplanner.ui.map.layers import BuildingsItem, LabelItem, OutlineItem, SelectionItem
from mixplanner.ui.map.prepare import MapData, Recolour, prepare, recolour
from mixplanner.ui.map.symbols import CLASSES, SEGMENTS, UNKNOWN, symbols
from mixplanner.ui.tasks import TaskRunner

__all__ = ["MapScene", "SEGMENTS"]
MARGIN = 0.5  # the scene reaches this fraction of the stock's size past its edges, so the view can pan past them
BACKGROUND_FROM = 40_000  # records from which a scene built in the background also recolours on a worker thread


class MapScene(QGraphicsScene):
    """Scene coordinates are RD New metres (EPSG:28992), y up; the view flips y with its transform.

    With background=True the geometry is prepared on a worker thread and the items appear when `loaded` fires;
    until then the scene is empty, selection by buurt or id already works and recolours are remembered. Such a
    scene of BACKGROUND_FROM records or more also recolours on the worker thread (`recoloured` says when it shows).
    """

    selection_changed = Signal(list)  # ids of the selected records, in stock order
    loaded = Signal()
    recoloured = Signal()  # the buildings show the codes last given to set_segments
    drawing_failed = Signal(str)  # the geometry could not be prepared or regrouped (the reason is logged too)

    def __init__(self, frame: pd.DataFrame, areas: pd.DataFrame | None = None, segments=None, *,
                 aggregate_min_records: int = 20_000, background: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # a few large items
        self._columns = frame[["id", "buurt_code"]]  # read as object arrays on the worker (30 ms each at 300,000)
        self._ids: np.ndarray | None = None
        self._buurt: np.ndarray | None = None
        self._units = frame["units"].to_numpy(dtype=np.int64)
        self._aggregate_min_records = aggregate_min_records
        self._symbols = symbols()
        self.mask = np.zeros(len(frame), dtype=bool)
        self._show_codes(np.full(len(frame), UNKNOWN, dtype=np.int64))  # the class of each record as drawn
        self._segments = segments if segments is not None else np.full(len(frame), None, dtype=object)  # as asked
        self._prepared = self._segments
        self._background = background
        self.data: MapData | None = None
        self.buildings: BuildingsItem | None = None
        self.outlines: OutlineItem | None = None
        self.labels: list[LabelItem] = []
        self.stock_bounds = QRectF()
        self.selection = SelectionItem()
        self.selection.setZValue(2)
        self.addItem(self.selection)
        self._tasks = TaskRunner(self)  # "load" (the geometry) and "recolour" (the tile paths after new segments)
        self._tasks.finished.connect(self._on_tasks_finished)
        self._tasks.failed.connect(self._on_tasks_failed)
        self._load_failed = False
        arguments = (frame["geometry"].to_numpy(dtype=object), self._columns, self._units, areas, self._segments)
        if background:  # started from the event loop, so the window paints once before the worker competes for the GIL
            QTimer.singleShot(0, self, lambda: self._tasks.start("load", lambda _progress: prepare(*arguments)))
        else:
            self._install(prepare(*arguments))

    @property
    def is_loaded(self) -> bool:
        return self.data is not None

    @property
    def ids(self) -> np.ndarray:
        if self._ids is None:
            self._ids = self._columns["id"].to_numpy(dtype=object)
        return self._ids

    @property
    def buurt_codes(self) -> np.ndarray:
        if self._buurt is None:
            self._buurt = self._columns["buurt_code"].to_numpy(dtype=object)
        return self._buurt

    @property
    def busy(self) -> bool:
        """Whether geometry is still being prepared or a recolour is still on its way."""
        return (self.data is None and not self._load_failed) or self._tasks.busy("recolour")

    def selected_ids(self) -> list[str]:
        return [str(i) for i in self.ids[self.mask]]

    def set_segments(self, segments) -> None:
        """Recolour by a class per record (a segment, gesloopt, ...); only tiles whose classes changed are rebuilt."""
        if len(segments) != len(self.mask):
            raise ValueError(f"{len(segments)} classes for {len(self.mask)} records")
        self._segments = segments
        if self.data is not None:  # else _install applies the newest classes
            self._recolour()

    def _recolour(self) -> None:
        d = self.data
        args = (d.rings, d.tiles, self.buildings.codes, self._segments, d.area_paths, d.area_of, self._units)
        if self._background and len(self.mask) >= BACKGROUND_FROM:
            self._tasks.start("recolour", lambda _progress: recolour(*args))
        else:
            self._tasks.cancel("recolour")  # a slower recolour still on its way is outdated now
            self._on_recolourer_finished(recolour(*args))

    def present_classes(self) -> list[str]:
        """Classes that occur, in CLASSES order (for the legend; kept, since a legend is drawn at every pan step)."""
        return self._present

    def buurt_at(self, x: float, y: float) -> str | None:
        """The buurt whose polygon (or hull) holds a point."""
        if self.data is None or self.data.areas.empty:
            return None
        inside = shapely.contains_xy(self.data.areas["geometry"].to_numpy(dtype=object), x, y)
        hits = np.flatnonzero(inside)
        return str(self.data.areas["buurt_code"].iat[hits[0]]) if len(hits) else None

    # building the items --------------------------------------------------------------------------------
    def _install(self, data: MapData) -> None:
        """Create the items from prepared data: a few milliseconds on the UI thread."""
        self.data = data
        self._show_codes(data.codes)
        self._ids, self._buurt = data.ids, data.buurt
        self.stock_bounds = data.extent
        self.buildings = BuildingsItem(data.rings, data.tiles, data.codes, self._symbols, data.paths, data.extent,
                                       data.typical_size, aggregate_min_records=self._aggregate_min_records)
        self.buildings.set_aggregate(data.aggregate)
        self.addItem(self.buildings)
        self.outlines = OutlineItem(data.outline)
        self.outlines.setZValue(1)
        self.addItem(self.outlines)
        self.labels = self._add_labels(data.areas)
        box = self.stock_bounds.united(self.outlines.boundingRect())
        dx, dy = box.width() * MARGIN, box.height() * MARGIN
        self.setSceneRect(box.adjusted(-dx, -dy, dx, dy))
        self._draw_selection()
        self.loaded.emit()
        if self._segments is self._prepared:
            self.recoloured.emit()
        else:
            self._recolour()

    def _on_tasks_finished(self, name: str, value) -> None:
        (self._install if name == "load" else self._on_recolourer_finished)(value)

    def _on_tasks_failed(self, name: str, reason: str) -> None:
        self._load_failed = self._load_failed or name == "load"
        self.drawing_failed.emit(reason)

    def _on_recolourer_finished(self, result: Recolour) -> None:
        self._show_codes(result.codes)
        self.buildings.set_paths(result.codes, result.changed, result.paths)
        self.buildings.set_aggregate(result.aggregate)
        self.recoloured.emit()

    def _show_codes(self, codes: np.ndarray) -> None:
        self.codes = codes
        self._present = [CLASSES[c] for c in np.unique(codes)]

    def _add_labels(self, areas: pd.DataFrame) -> list[LabelItem]:
        font = QFont()
        font.setPointSizeF(9.0)
        font.setBold(True)
        names = areas["buurt_naam"] if "buurt_naam" in areas else areas["buurt_code"]
        anchors = shapely.point_on_surface(areas["geometry"].to_numpy(dtype=object))
        labels = []
        for name, code, anchor in zip(names, areas["buurt_code"], anchors):
            label = LabelItem(str(name if isinstance(name, str) and name else code), QPointF(anchor.x, anchor.y), font)
            label.setZValue(4)
            self.addItem(label)
            labels.append(label)
        return labels

    # selection -----------------------------------------------------------------------------------------
    def record_at(self, point: QPointF, tolerance: float = 0.0) -> int | None:
        """Index of the record under a scene point: the smallest containing one, else the nearest within tolerance."""
        if self.data is None:
            return None
        where = shapely.Point(point.x(), point.y())
        hits = self.data.tree.query(where, predicate="intersects")
        if len(hits):
            return int(hits[np.argmin(self.data.area[hits])])
        return self.data.tree.nearest(where, tolerance) if tolerance > 0 else None

    def select_at(self, point: QPointF, tolerance: float = 0.0, add: bool = False) -> None:
        """Click selection; with add, the record is toggled into the current selection."""
        hit = self.record_at(point, tolerance)
        mask = self.mask.copy() if add else np.zeros_like(self.mask)
        if hit is not None:
            mask[hit] = not mask[hit] if add else True
        self._set_mask(mask)

    def select_rect(self, rect: QRectF, add: bool = False) -> None:
        """Records whose geometry intersects a scene rectangle."""
        if self.data is None:
            return
        rect = rect.normalized()
        hits = self.data.tree.query(shapely.box(rect.left(), rect.top(), rect.right(), rect.bottom()), predicate="intersects")
        mask = self.mask.copy() if add else np.zeros_like(self.mask)
        mask[hits] = True
        self._set_mask(mask)

    def select_buurt(self, code: str, add: bool = False) -> None:
        mask = (self.mask.copy() if add else np.zeros_like(self.mask)) | (self.buurt_codes == code)
        self._set_mask(mask)

    def select_ids(self, ids) -> None:
        self._set_mask(np.isin(self.ids, np.asarray(list(ids), dtype=object)))

    def clear_selection(self) -> None:
        self._set_mask(np.zeros_like(self.mask))

    def _set_mask(self, mask: np.ndarray) -> None:
        if np.array_equal(mask, self.mask):
            return
        self.mask = mask
        self._draw_selection()
        self.selection_changed.emit(self.selected_ids())

    def _draw_selection(self) -> None:
        chosen = np.flatnonzero(self.mask)
        drawn = self.data is not None and len(chosen)
        self.selection.set_path(path_from_elements(gather(self.data.rings, chosen)) if drawn else QPainterPath())

