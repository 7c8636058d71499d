"""Shapely geometries to QPainterPaths in bulk: vertex rings serialised with numpy, read by one QDataStream call."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from PySide6.QtCore import QByteArray, QDataStream, QRectF
from PySide6.QtGui import QPainterPath

#: QPainterPath's QDataStream layout per element: int32 type (0 move, 1 line), float64 x, float64 y (big-endian).
ELEMENT = np.dtype([("c", ">i4"), ("x", ">f8"), ("y", ">f8")])
_WINDING = 1  # Qt.FillRule.WindingFill: overlapping buildings stay filled; holes run against their shell
POINT_SIZE_M = 6.0  # a point record is drawn as a square of this side, in metres


@dataclass(frozen=True)
class Rings:
    """Every ring of every record as one serialised element array, with each record's slice of it."""

    elements: np.ndarray  # ELEMENT, all rings back to back
    start: np.ndarray  # per record: first element
    count: np.ndarray  # per record: number of elements (0 for a missing or empty geometry)
    bounds: np.ndarray  # per record: xmin, ymin, xmax, ymax (NaN when empty)

    def __len__(self) -> int:
        return len(self.start)


def drawable(geometries) -> np.ndarray:
    """Polygons oriented for the winding rule; points become small squares; lines and missing values become None."""
    geometries = np.asarray(geometries, dtype=object).copy()
    missing = shapely.is_missing(geometries)
    geometries[missing] = None
    types = shapely.get_type_id(geometries)
    points = (types == 0) | (types == 4)
    if points.any():
        geometries[points] = shapely.buffer(shapely.centroid(geometries[points]), POINT_SIZE_M / 2, cap_style="square")
    polygonal = (types == 3) | (types == 6) | points
    geometries[~polygonal] = None
    return shapely.orient_polygons(geometries)


def rings_of(geometries) -> Rings:
    """Serialise the rings of (multi)polygons without a Python loop over records."""
    geometries = drawable(geometries)
    n = len(geometries)
    parts, part_owner = shapely.get_parts(geometries, return_index=True)
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    coords = shapely.get_coordinates(rings)
    ring_len = shapely.get_num_coordinates(rings)
    elements = np.empty(len(coords), dtype=ELEMENT)
    elements["c"] = 1
    elements["c"][np.cumsum(ring_len) - ring_len] = 0
    elements["x"] = coords[:, 0]
    elements["y"] = coords[:, 1]
    count = np.bincount(part_owner[ring_part], weights=ring_len, minlength=n).astype(np.int64)
    start = np.cumsum(count) - count
    return Rings(elements, start, count, shapely.bounds(geometries))


def gather(rings: Rings, records: np.ndarray) -> np.ndarray:
    """The elements of the given records, in that order (concatenated slices, vectorised)."""
    counts = rings.count[records]
    total = int(counts.sum())
    if total == 0:
        return rings.elements[:0]
    offsets = np.repeat(rings.start[records] - (np.cumsum(counts) - counts), counts)
    return rings.elements[offsets + np.arange(total)]


def path_from_elements(elements: np.ndarray) -> QPainterPath:
    """One QPainterPath from serialised elements: ~0.2 s for 1.5 million vertices, no per-polygon Python."""
    path = QPainterPath()
    if len(elements) == 0:
        return path
    moves = np.flatnonzero(elements["c"] == 0)
    head = np.array([len(elements)], dtype=">i4").tobytes()
    tail = np.array([moves[-1], _WINDING], dtype=">i4").tobytes()
    stream = QDataStream(QByteArray(head + elements.tobytes() + tail))
    stream >> path
    return path


def path_of(geometries) -> QPainterPath:
    """All geometries as one path (buurt outlines, a selection)."""
    rings = rings_of(geometries)
    return path_from_elements(rings.elements)


def rect_of(bounds: np.ndarray) -> QRectF:
    """The QRectF around rows of xmin, ymin, xmax, ymax (empty when there are none)."""
    if len(bounds) == 0 or np.isnan(bounds).all():
        return QRectF()
    x0, y0 = np.nanmin(bounds[:, 0]), np.nanmin(bounds[:, 1])
    x1, y1 = np.nanmax(bounds[:, 2]), np.nanmax(bounds[:, 3])
    return QRectF(float(x0), float(y0), float(x1 - x0), float(y1 - y0))
