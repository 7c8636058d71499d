"""The classes a building can be drawn as (a segment, gesloopt, ongewijzigd, changed to a segment) and their symbols."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

from mixplanner.domain.categories import Segment
from mixplanner.engine.records import DEMOLISHED
from mixplanner.reports.palette import INK, SEGMENT_COLOURS
from mixplanner.ui.map.modes import CHANGED, UNCHANGED

SEGMENTS = tuple(s.value for s in Segment)
CLASSES = SEGMENTS + (DEMOLISHED, UNCHANGED) + tuple(CHANGED + s for s in SEGMENTS)
UNKNOWN = CLASSES.index(Segment.UNKNOWN.value)
DEMOLISHED_FILL, DEMOLISHED_HATCH, DEMOLISHED_EDGE = "#E3E3E3", "#6E6E6E", "#4D4D4D"
UNCHANGED_FILL = "#DCDCD7"


def class_codes(values) -> np.ndarray:
    """Index into CLASSES per record; a missing or unrecognised value is 'onbekend'."""
    index = pd.Index(np.asarray(values, dtype=object), dtype=object)
    codes = pd.Index(list(CLASSES), dtype=object).get_indexer(index)
    codes[codes < 0] = UNKNOWN
    return codes.astype(np.int64)


@dataclass(frozen=True)
class Symbol:
    """Fills painted in order, then the edge; `outlined` draws the edge at every zoom, not only when zoomed in."""

    fills: tuple[QBrush, ...]
    edge: QPen
    outlined: bool = False


def symbols() -> list[Symbol]:
    """One symbol per entry of CLASSES."""
    result = []
    for name in CLASSES:
        if name == DEMOLISHED:
            result.append(Symbol((QBrush(QColor(DEMOLISHED_FILL)), QBrush(QColor(DEMOLISHED_HATCH), Qt.BrushStyle.BDiagPattern)),
                                 cosmetic(QColor(DEMOLISHED_EDGE), 1.2), outlined=True))
        elif name == UNCHANGED:
            result.append(Symbol((QBrush(QColor(UNCHANGED_FILL)),), cosmetic(QColor(UNCHANGED_FILL).darker(125), 0)))
        elif name.startswith(CHANGED):
            result.append(Symbol((QBrush(QColor(SEGMENT_COLOURS[name[len(CHANGED):]])),), cosmetic(QColor(INK), 1.6), outlined=True))
        else:
            colour = QColor(SEGMENT_COLOURS[name])
            result.append(Symbol((QBrush(colour),), cosmetic(colour.darker(150), 0)))
    return result


def plot_symbol() -> Symbol:
    """The legend swatch of a new-build plot: a heavy outline (its fill is the plot's segment colour)."""
    return Symbol((QBrush(QColor("white")),), cosmetic(QColor(INK), 2.2), outlined=True)


def cosmetic(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen
