"""Plots on the map: new-build plots filled by their majority segment with the units on them, and the sketched plot."""

from __future__ import annotations

import numpy as np
import shapely
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsScene

from mixplanner.domain.numbers import fmt_int
from mixplanner.reports.palette import INK, SEGMENT_COLOURS
from mixplanner.ui.i18n import language
from mixplanner.ui.map.geometry import path_of
from mixplanner.ui.map.layers import LabelItem
from mixplanner.ui.map.modes import PlotFeature
from mixplanner.ui.map.symbols import cosmetic

PLOT_Z, LABEL_Z = 2.5, 5  # above the buildings and buurt outlines, labels above everything


class PlotLayer:
    """Owns the plot items of one scene; show() replaces the scenario's plots, show_sketch() the pending one."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self._scene = scene
        self._items: list[QGraphicsItem] = []
        self._sketch: QGraphicsPathItem | None = None
        self._font = QFont()
        self._font.setPointSizeF(8.5)
        self.labels: list[LabelItem] = []

    def show(self, features: tuple[PlotFeature, ...]) -> None:
        self.clear()
        for feature in features:
            item = QGraphicsPathItem(path_of(np.array([feature.geometry], dtype=object)))
            pen = cosmetic(QColor(INK), 2.2)
            if feature.segment is None:  # not delivered yet: only the outline, dashed
                pen.setStyle(Qt.PenStyle.DashLine)
                item.setBrush(QBrush(QColor(255, 255, 255, 140)))
            else:
                fill = QColor(SEGMENT_COLOURS[feature.segment])
                fill.setAlpha(215)
                item.setBrush(QBrush(fill))
            item.setPen(pen)
            item.setZValue(PLOT_Z)
            item.setToolTip(feature.label)
            anchor = shapely.point_on_surface(feature.geometry)
            label = LabelItem(_label_text(feature), QPointF(anchor.x, anchor.y), self._font)
            label.setZValue(LABEL_Z)
            for each in (item, label):
                self._scene.addItem(each)
                self._items.append(each)
            self.labels.append(label)

    def clear(self) -> None:
        for item in self._items:
            self._scene.removeItem(item)
        self._items, self.labels = [], []

    def show_sketch(self, wkt: str) -> None:
        """The plot just drawn, until it is used or discarded."""
        self.hide_sketch()
        self._sketch = QGraphicsPathItem(path_of(np.array([shapely.from_wkt(wkt)], dtype=object)))
        pen = cosmetic(QColor(INK), 2.0)
        pen.setStyle(Qt.PenStyle.DashDotLine)
        self._sketch.setPen(pen)
        self._sketch.setBrush(QBrush(QColor(255, 255, 255, 120)))
        self._sketch.setZValue(PLOT_Z + 0.1)
        self._scene.addItem(self._sketch)

    def hide_sketch(self) -> None:
        if self._sketch is not None:
            self._scene.removeItem(self._sketch)
            self._sketch = None


def _label_text(feature: PlotFeature) -> str:
    lang = language()
    if feature.segment is None:
        return QCoreApplication.translate("PlotLayer", "{n} woningen vanaf {year}").format(
            n=fmt_int(feature.planned, lang=lang), year=feature.first_year)
    return QCoreApplication.translate("PlotLayer", "{n} woningen").format(n=fmt_int(feature.units, lang=lang))
