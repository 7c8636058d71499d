"""What the map draws over the scene in screen pixels: the legend (title and swatches), the scale bar, the data credit."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen

from mixplanner.reports.palette import INK, MUTED
from mixplanner.ui.map.symbols import Symbol

SWATCH = 16  # legend swatch width in pixels


@dataclass(frozen=True)
class Legend:
    title: str = ""
    entries: tuple[tuple[Symbol | None, str], ...] = field(default_factory=tuple)  # no symbol: a note in italics

    def rect(self, font: QFont) -> QRect:
        metrics = QFontMetrics(font)
        line = metrics.height() + 4
        widths = [metrics.horizontalAdvance(t) + (SWATCH + 14 if s is not None else 0) for s, t in self.entries]
        widths.append(QFontMetrics(_bold(font)).horizontalAdvance(self.title))
        lines = len(self.entries) + (1 if self.title else 0)
        return QRect(10, 10, max(widths) + 20, line * lines + 12) if lines else QRect()

    def draw(self, painter: QPainter, font: QFont) -> None:
        box = self.rect(font)
        if box.isEmpty():
            return
        painter.setPen(QColor("#BFBFBF"))
        painter.setBrush(QColor(255, 255, 255, 230))
        painter.drawRoundedRect(box, 4, 4)
        line = QFontMetrics(font).height() + 4
        top = box.top() + 6
        if self.title:
            painter.setFont(_bold(font))
            painter.setPen(QColor(INK))
            painter.drawText(QRect(box.left() + 8, top, box.width() - 12, line), Qt.AlignmentFlag.AlignVCenter, self.title)
            top += line
        for symbol, text in self.entries:
            left = box.left() + 8
            painter.setFont(font if symbol is not None else _italic(font))
            if symbol is not None:
                swatch = QRect(left, top + 2, SWATCH, line - 6)
                for fill in symbol.fills:
                    painter.fillRect(swatch, fill)
                painter.setPen(symbol.edge if symbol.outlined else QPen(QColor("#7F7F7F")))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(swatch)
                left += SWATCH + 6
            painter.setPen(QColor(INK) if symbol is not None else QColor(MUTED))
            painter.drawText(QRect(left, top, box.right() - left - 4, line), Qt.AlignmentFlag.AlignVCenter, text)
            top += line
        painter.setFont(font)


def scale_bar_rect(area: QRect) -> QRect:
    return QRect(0, area.bottom() - 40, 150, 41)


def draw_scale_bar(painter: QPainter, area: QRect, pixels_per_metre: float) -> None:
    """A round length (1, 2 or 5 x 10^k m) of at most 120 px, bottom left."""
    metres = 120 / pixels_per_metre
    base = 10 ** math.floor(math.log10(metres))
    length = max(m * base for m in (1, 2, 5) if m * base <= metres)
    pixels = length * pixels_per_metre
    bottom = area.bottom() - 12
    text = f"{length / 1000:g} km" if length >= 1000 else f"{length:g} m"
    painter.fillRect(QRectF(6, bottom - 22, pixels + 16, 28), QColor(255, 255, 255, 210))
    painter.setPen(QPen(QColor(INK), 2))
    painter.drawPolyline([QPointF(14, bottom - 6), QPointF(14, bottom), QPointF(14 + pixels, bottom), QPointF(14 + pixels, bottom - 6)])
    painter.drawText(QRectF(14, bottom - 22, pixels, 16), Qt.AlignmentFlag.AlignCenter, text)


def credit_rect(font: QFont, area: QRect, text: str) -> QRect:
    if not text:
        return QRect()
    metrics = QFontMetrics(font)
    line, width = metrics.height() + 4, metrics.horizontalAdvance(text) + 12
    return QRect(area.right() - width - 4, area.bottom() - line - 2, width + 4, line + 2)


def draw_credit(painter: QPainter, rect: QRect, text: str) -> None:
    if text:
        painter.fillRect(rect, QColor(255, 255, 255, 210))
        painter.setPen(QColor(MUTED))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _italic(font: QFont) -> QFont:
    italic = QFont(font)
    italic.setItalic(True)
    return italic
