"""The map's graphics items: buildings by segment (tiled, with a buurt-level aggregate), outlines, labels, selection."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from mixplanner.reports.palette import INK
from mixplanner.ui.map.geometry import Rings, gather, path_from_elements, rect_of

TILE_RECORDS = 4000  # records per tile: a pan repaints only the tiles it exposes


class BuildingsItem(QGraphicsItem):
    """Every record filled with its segment colour; below `aggregate_px` the buurten filled by dominant segment.

    Records are grouped into spatial tiles and, per tile, one QPainterPath per segment, so a repaint fills
    a handful of paths and a recolour rebuilds only the tiles whose segments changed.
    """

    def __init__(self, rings: Rings, codes: np.ndarray, colours: list[QColor], *, aggregate_px: float = 2.0,
                 aggregate_min_records: int = 20_000) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._rings = rings
        self._colours = colours
        self._fills = [QBrush(c) for c in colours]
        self._edges = [_cosmetic(c.darker(150), 0) for c in colours]
        self._rect = rect_of(rings.bounds)
        drawn = rings.count > 0
        sizes = np.sqrt(np.abs((rings.bounds[drawn, 2] - rings.bounds[drawn, 0]) * (rings.bounds[drawn, 3] - rings.bounds[drawn, 1])))
        self.typical_size = float(np.median(sizes)) if len(sizes) else 1.0  # metres
        self.aggregate_px = aggregate_px
        self.aggregate_min_records = aggregate_min_records
        self.aggregated = False  # whether the last paint drew the aggregate instead of the buildings
        self._aggregate: list[tuple[QPainterPath, int]] = []
        self._tile = _tiles(rings.bounds, max(1, int(np.ceil(len(rings) / TILE_RECORDS))))
        self._codes = np.full(len(rings), -1, dtype=np.int64)
        self._paths: dict[int, list[tuple[int, QPainterPath]]] = {}
        self._tile_rects = {int(t): rect_of(rings.bounds[self._tile == t]) for t in np.unique(self._tile) if t >= 0}
        self.set_codes(codes)

    def boundingRect(self) -> QRectF:
        return self._rect

    def set_codes(self, codes: np.ndarray) -> None:
        """Regroup the tiles whose segment codes changed; geometry stays serialised."""
        codes = np.asarray(codes, dtype=np.int64)
        changed = np.unique(self._tile[codes != self._codes])
        self._codes = codes.copy()
        if len(changed) == 0:
            return
        keep = np.isin(self._tile, changed) & (self._rings.count > 0)
        records = np.flatnonzero(keep)
        order = records[np.lexsort((codes[records], self._tile[records]))]
        key = self._tile[order] * len(self._colours) + codes[order]
        cuts = np.flatnonzero(np.diff(key)) + 1
        for tile in changed:
            self._paths.pop(int(tile), None)
        for group in np.split(order, cuts) if len(order) else []:
            tile = int(self._tile[group[0]])
            self._paths.setdefault(tile, []).append((int(codes[group[0]]), path_from_elements(gather(self._rings, group))))
        self.update()

    def set_aggregate(self, areas: list[tuple[QPainterPath, int]]) -> None:
        """Buurt outlines with the code of their dominant segment, drawn when buildings are too small to see."""
        self._aggregate = areas
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        building_px = self.typical_size * lod
        self.aggregated = (building_px < self.aggregate_px and bool(self._aggregate)
                           and len(self._rings) >= self.aggregate_min_records)
        painter.setPen(Qt.PenStyle.NoPen)
        if self.aggregated:
            for path, code in self._aggregate:
                painter.fillPath(path, self._fills[code])
            return
        exposed = option.exposedRect
        outline = building_px >= 12
        for tile, groups in self._paths.items():
            if not self._tile_rects[tile].intersects(exposed):
                continue
            for code, path in groups:
                if outline:
                    painter.setPen(self._edges[code])
                    painter.setBrush(self._fills[code])
                    painter.drawPath(path)
                else:
                    painter.fillPath(path, self._fills[code])


class OutlineItem(QGraphicsItem):
    """Buurt boundaries: a dark cosmetic line on a white halo, readable on every segment colour."""

    def __init__(self, path: QPainterPath) -> None:
        super().__init__()
        self._path = path
        self._halo = _cosmetic(QColor("white"), 3.5)
        self._line = _cosmetic(QColor(INK), 1.4)

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self._halo)
        painter.drawPath(self._path)
        painter.setPen(self._line)
        painter.drawPath(self._path)


class LabelItem(QGraphicsItem):
    """A buurt name centred on its anchor, at constant screen size (ignores the view's zoom and y flip)."""

    def __init__(self, text: str, anchor: QPointF, font: QFont) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # stroking text outlines costs ~0.3 ms a label
        self.setPos(anchor)
        self.text = text
        self._font = font
        metrics = QFontMetricsF(font)
        width, height = metrics.horizontalAdvance(text), metrics.height()
        self._path = QPainterPath()
        self._path.addText(-width / 2, metrics.ascent() - height / 2, font, text)
        self._rect = self._path.boundingRect().adjusted(-3, -3, 3, 3)
        self._halo = QPen(QColor(255, 255, 255, 230), 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.strokePath(self._path, self._halo)
        painter.fillPath(self._path, QColor(INK))


class SelectionItem(QGraphicsItem):
    """The selected records: a black outline on a white halo, in screen pixels so tiny buildings stay visible."""

    def __init__(self) -> None:
        super().__init__()
        self._path = QPainterPath()
        self._halo = _cosmetic(QColor("white"), 4.0)
        self._line = _cosmetic(QColor("black"), 2.0)

    def set_path(self, path: QPainterPath) -> None:
        self.prepareGeometryChange()
        self._path = path
        self.update()

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self._path.isEmpty():
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self._halo)
        painter.drawPath(self._path)
        painter.setPen(self._line)
        painter.drawPath(self._path)


def _cosmetic(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _tiles(bounds: np.ndarray, n_tiles: int) -> np.ndarray:
    """A tile number per record from a square-ish grid over the record centres (-1 for empty records)."""
    cx = (bounds[:, 0] + bounds[:, 2]) / 2
    cy = (bounds[:, 1] + bounds[:, 3]) / 2
    ok = ~np.isnan(cx)
    tiles = np.full(len(bounds), -1, dtype=np.int64)
    if not ok.any():
        return tiles
    side = max(1, int(np.ceil(np.sqrt(n_tiles))))
    x0, x1, y0, y1 = cx[ok].min(), cx[ok].max(), cy[ok].min(), cy[ok].max()
    col = np.minimum(((cx[ok] - x0) / max(x1 - x0, 1e-9) * side).astype(np.int64), side - 1)
    row = np.minimum(((cy[ok] - y0) / max(y1 - y0, 1e-9) * side).astype(np.int64), side - 1)
    tiles[ok] = row * side + col
    return tiles
