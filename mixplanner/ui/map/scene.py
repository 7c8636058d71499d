"""MapScene: the stock coloured by segment, buurt outlines and names, and the selection (click, box, buurt)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely
from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QFont, QPainterPath
from PySide6.QtWidgets import QGraphicsScene

from mixplanner.domain.categories import Segment
from mixplanner.reports.palette import SEGMENT_COLOURS
from mixplanner.ui.map.geometry import gather, path_from_elements, path_of, rect_of, rings_of
from mixplanner.ui.map.layers import BuildingsItem, LabelItem, OutlineItem, SelectionItem

SEGMENTS = tuple(s.value for s in Segment)
UNKNOWN = SEGMENTS.index(Segment.UNKNOWN.value)
MARGIN = 0.5  # the scene reaches this fraction of the stock's size past its edges, so the view can pan past them


def segment_codes(segments) -> np.ndarray:
    """Index into SEGMENTS per record; a missing or unknown segment is 'onbekend'."""
    values = pd.Index(np.asarray(segments, dtype=object), dtype=object)
    codes = pd.Index(list(SEGMENTS), dtype=object).get_indexer(values)
    codes[codes < 0] = UNKNOWN
    return codes.astype(np.int64)


class MapScene(QGraphicsScene):
    """Scene coordinates are RD New metres (EPSG:28992), y up; the view flips y with its transform."""

    selection_changed = Signal(list)  # ids of the selected records, in stock order

    def __init__(self, frame: pd.DataFrame, areas: pd.DataFrame | None = None, segments=None, *,
                 aggregate_min_records: int = 20_000, parent=None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # a few large items
        self._ids = frame["id"].to_numpy(dtype=object)
        self._buurt = frame["buurt_code"].to_numpy(dtype=object)
        self._units = frame["units"].to_numpy(dtype=np.int64)
        geometry = frame["geometry"].to_numpy(dtype=object)
        self._rings = rings_of(geometry)
        self._tree = shapely.STRtree(np.where(self._rings.count > 0, geometry, None))
        self._area = shapely.area(geometry)
        self.mask = np.zeros(len(frame), dtype=bool)
        self.codes = segment_codes(segments if segments is not None else np.full(len(frame), None))
        self.stock_bounds = rect_of(self._rings.bounds)
        colours = [QColor(SEGMENT_COLOURS[s]) for s in SEGMENTS]
        self.buildings = BuildingsItem(self._rings, self.codes, colours, aggregate_min_records=aggregate_min_records)
        self.addItem(self.buildings)
        self._areas = _areas_or_hulls(areas, geometry, self._buurt)
        self._area_paths = [(code, path_of(np.array([g], dtype=object))) for code, g in
                            zip(self._areas["buurt_code"], self._areas["geometry"])]
        self.outlines = OutlineItem(path_of(self._areas["geometry"].to_numpy(dtype=object)))
        self.outlines.setZValue(1)
        self.addItem(self.outlines)
        self.selection = SelectionItem()
        self.selection.setZValue(2)
        self.addItem(self.selection)
        self.labels = self._add_labels()
        self._update_aggregate()
        box = self.stock_bounds.united(self.outlines.boundingRect())
        dx, dy = box.width() * MARGIN, box.height() * MARGIN
        self.setSceneRect(box.adjusted(-dx, -dy, dx, dy))

    @property
    def ids(self) -> np.ndarray:
        return self._ids

    def selected_ids(self) -> list[str]:
        return [str(i) for i in self._ids[self.mask]]

    def set_segments(self, segments) -> None:
        """Recolour by any segment array (today's stock or a scenario year); only changed tiles are rebuilt."""
        self.codes = segment_codes(segments)
        if len(self.codes) != len(self._ids):
            raise ValueError(f"{len(self.codes)} segments for {len(self._ids)} records")
        self.buildings.set_codes(self.codes)
        self._update_aggregate()

    def present_segments(self) -> list[str]:
        """Segments that occur, in palette order (for the legend)."""
        return [SEGMENTS[c] for c in np.unique(self.codes)]

    # selection -----------------------------------------------------------------------------------------
    def record_at(self, point: QPointF, tolerance: float = 0.0) -> int | None:
        """Index of the record under a scene point: the smallest containing one, else the nearest within tolerance."""
        where = shapely.Point(point.x(), point.y())
        hits = self._tree.query(where, predicate="intersects")
        if len(hits):
            return int(hits[np.argmin(self._area[hits])])
        if tolerance > 0:
            near = self._tree.query_nearest(where, max_distance=tolerance)
            if len(near):
                return int(near[0])
        return None

    def select_at(self, point: QPointF, tolerance: float = 0.0, add: bool = False) -> None:
        """Click selection; with add, the record is toggled into the current selection."""
        hit = self.record_at(point, tolerance)
        mask = self.mask.copy() if add else np.zeros_like(self.mask)
        if hit is not None:
            mask[hit] = not mask[hit] if add else True
        self._set_mask(mask)

    def select_rect(self, rect: QRectF, add: bool = False) -> None:
        """Records whose geometry intersects a scene rectangle."""
        rect = rect.normalized()
        hits = self._tree.query(shapely.box(rect.left(), rect.top(), rect.right(), rect.bottom()), predicate="intersects")
        mask = self.mask.copy() if add else np.zeros_like(self.mask)
        mask[hits] = True
        self._set_mask(mask)

    def select_buurt(self, code: str, add: bool = False) -> None:
        mask = (self.mask.copy() if add else np.zeros_like(self.mask)) | (self._buurt == code)
        self._set_mask(mask)

    def select_ids(self, ids) -> None:
        self._set_mask(np.isin(self._ids, np.asarray(list(ids), dtype=object)))

    def clear_selection(self) -> None:
        self._set_mask(np.zeros_like(self.mask))

    def _set_mask(self, mask: np.ndarray) -> None:
        if np.array_equal(mask, self.mask):
            return
        self.mask = mask
        chosen = np.flatnonzero(mask)
        self.selection.set_path(path_from_elements(gather(self._rings, chosen)) if len(chosen) else QPainterPath())
        self.selection_changed.emit(self.selected_ids())

    # buurten -------------------------------------------------------------------------------------------
    def _update_aggregate(self) -> None:
        """Dominant segment (by units) per buurt, for the zoomed-out level of detail."""
        table = pd.DataFrame({"buurt": self._buurt, "code": self.codes, "units": self._units}).dropna(subset=["buurt"])
        dominant = table.groupby(["buurt", "code"])["units"].sum().unstack(fill_value=0).idxmax(axis=1)
        self.buildings.set_aggregate([(path, int(dominant[c])) for c, path in self._area_paths if c in dominant.index])

    def _add_labels(self) -> list[LabelItem]:
        font = QFont()
        font.setPointSizeF(9.0)
        font.setBold(True)
        names = self._areas["buurt_naam"] if "buurt_naam" in self._areas else self._areas["buurt_code"]
        anchors = shapely.point_on_surface(self._areas["geometry"].to_numpy(dtype=object))
        labels = []
        for name, code, anchor in zip(names, self._areas["buurt_code"], anchors):
            label = LabelItem(str(name if isinstance(name, str) and name else code), QPointF(anchor.x, anchor.y), font)
            label.setZValue(3)
            self.addItem(label)
            labels.append(label)
        return labels


def _areas_or_hulls(areas: pd.DataFrame | None, geometry: np.ndarray, buurt: np.ndarray) -> pd.DataFrame:
    """The given buurt polygons, or else the convex hull of each buurt's records."""
    if areas is not None and len(areas):
        ok = ~shapely.is_missing(areas["geometry"].to_numpy(dtype=object))
        return areas.loc[ok, [c for c in ("buurt_code", "buurt_naam", "geometry") if c in areas]].reset_index(drop=True)
    known = pd.notna(buurt) & ~shapely.is_missing(geometry)
    if not known.any():
        return pd.DataFrame({"buurt_code": [], "geometry": []})
    codes, index = np.unique(buurt[known].astype(str), return_inverse=True)
    parts = shapely.get_coordinates(geometry[known])
    owner = np.repeat(index, shapely.get_num_coordinates(geometry[known]))
    hulls = shapely.convex_hull(shapely.multipoints(parts, indices=owner))
    return pd.DataFrame({"buurt_code": codes, "geometry": hulls})
