"""The map's graphics items: buildings by class (tiled, with a buurt-level aggregate), outlines, labels, selection."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from mixplanner.reports.palette import INK
from mixplanner.ui.map.geometry import Rings
from mixplanner.ui.map.symbols import Symbol, cosmetic
from mixplanner.ui.map.tiles import TilePaths, Tiles


class BuildingsItem(QGraphicsItem):
    """Every record filled with the symbol of its class; below `aggregate_px` the buurten filled by dominant class.

    Records are grouped into spatial tiles and, per tile, one QPainterPath per class, so a repaint fills a
    handful of paths and a recolour rebuilds only the tiles whose classes changed. The paths can be built on a
    worker thread (tiles.tile_paths) and are handed over with set_paths.
    """

    def __init__(self, rings: Rings, tiles: Tiles, codes: np.ndarray, symbols: list[Symbol], paths: TilePaths,
                 extent: QRectF, typical_size: float, *, aggregate_px: float = 2.0, aggregate_min_records: int = 20_000) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._rings = rings
        self._tiles = tiles
        self._symbols = symbols
        self._rect = extent
        self.typical_size = typical_size  # metres
        self.aggregate_px = aggregate_px
        self.aggregate_min_records = aggregate_min_records
        self.aggregated = False  # whether the last paint drew the aggregate instead of the buildings
        self._aggregate: list[tuple[QPainterPath, int]] = []
        self._codes = np.asarray(codes, dtype=np.int64).copy()
        self._paths = paths

    def boundingRect(self) -> QRectF:
        return self._rect

    @property
    def codes(self) -> np.ndarray:
        return self._codes

    def set_paths(self, codes: np.ndarray, changed: np.ndarray, paths: TilePaths) -> None:
        """Take over paths built elsewhere for the changed tiles of `codes`."""
        self._codes = np.asarray(codes, dtype=np.int64).copy()
        for tile in changed:
            self._paths.pop(int(tile), None)
        self._paths.update(paths)
        self.update()

    def set_aggregate(self, areas: list[tuple[QPainterPath, int]]) -> None:
        """Buurt outlines with the code of their dominant class, drawn when buildings are too small to see."""
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
                painter.fillPath(path, self._symbols[code].fills[0])
            return
        exposed = option.exposedRect
        outline = building_px >= 12
        for tile, groups in self._paths.items():
            if not self._tiles.rects[tile].intersects(exposed):
                continue
            for code, path in groups:
                symbol = self._symbols[code]
                for fill in symbol.fills[:-1]:
                    painter.fillPath(path, fill)
                if outline or symbol.outlined:
                    painter.setPen(symbol.edge)
                    painter.setBrush(symbol.fills[-1])
                    painter.drawPath(path)
                else:
                    painter.fillPath(path, symbol.fills[-1])


class OutlineItem(QGraphicsItem):
    """Buurt boundaries: a dark cosmetic line on a white halo, readable on every segment colour."""

    def __init__(self, path: QPainterPath) -> None:
        super().__init__()
        self._path = path
        self._halo = cosmetic(QColor("white"), 3.5)
        self._line = cosmetic(QColor(INK), 1.4)

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
        self._halo = cosmetic(QColor("white"), 4.0)
        self._line = cosmetic(QColor("black"), 2.0)

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
