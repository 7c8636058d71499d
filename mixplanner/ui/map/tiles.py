"""Spatial tiles of the buildings layer: the tile of each record and one QPainterPath per tile and class (thread-safe)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath

from mixplanner.ui.map.geometry import Rings, gather, path_from_elements, rect_of

TILE_RECORDS = 4000  # records per tile: a pan repaints only the tiles it exposes

TilePaths = dict[int, list[tuple[int, QPainterPath]]]  # tile -> (class code, path of its records of that class)


@dataclass(frozen=True)
class Tiles:
    of_record: np.ndarray  # tile per record, -1 for a record without geometry
    rects: dict[int, QRectF]  # bounding box per tile

    def changed(self, old_codes: np.ndarray, new_codes: np.ndarray) -> np.ndarray:
        """The tiles holding a record whose class code differs."""
        return np.unique(self.of_record[old_codes != new_codes])


def tiles_of(rings: Rings, per_tile: int = TILE_RECORDS) -> Tiles:
    """A square-ish grid over the record centres with about `per_tile` records a tile."""
    bounds = rings.bounds
    side = max(1, int(np.ceil(np.sqrt(max(1, int(np.ceil(len(rings) / per_tile)))))))
    cx = (bounds[:, 0] + bounds[:, 2]) / 2
    cy = (bounds[:, 1] + bounds[:, 3]) / 2
    ok = ~np.isnan(cx) & (rings.count > 0)
    tile = np.full(len(bounds), -1, dtype=np.int64)
    if not ok.any():
        return Tiles(tile, {})
    x0, x1, y0, y1 = cx[ok].min(), cx[ok].max(), cy[ok].min(), cy[ok].max()
    col = np.minimum(((cx[ok] - x0) / max(x1 - x0, 1e-9) * side).astype(np.int64), side - 1)
    row = np.minimum(((cy[ok] - y0) / max(y1 - y0, 1e-9) * side).astype(np.int64), side - 1)
    tile[ok] = row * side + col
    order = np.flatnonzero(ok)[np.argsort(tile[ok], kind="stable")]
    names, starts = np.unique(tile[order], return_index=True)
    lows = np.minimum.reduceat(bounds[order, :2], starts)
    highs = np.maximum.reduceat(bounds[order, 2:], starts)
    rects = {int(t): rect_of(np.hstack([lo, hi])[None, :]) for t, lo, hi in zip(names, lows, highs)}
    return Tiles(tile, rects)


def tile_paths(rings: Rings, tiles: Tiles, codes: np.ndarray, which: np.ndarray | None = None) -> TilePaths:
    """Paths of the given tiles (all when None), one per class present in a tile; safe to run on a worker thread."""
    keep = tiles.of_record >= 0
    if which is not None:
        keep &= np.isin(tiles.of_record, which)
    records = np.flatnonzero(keep)
    order = records[np.lexsort((codes[records], tiles.of_record[records]))]
    key = tiles.of_record[order] * (int(codes.max(initial=0)) + 1) + codes[order]
    cuts = np.flatnonzero(np.diff(key)) + 1
    paths: TilePaths = {}
    for group in np.split(order, cuts) if len(order) else []:
        tile = int(tiles.of_record[group[0]])
        paths.setdefault(tile, []).append((int(codes[group[0]]), path_from_elements(gather(rings, group))))
    return paths
