"""MapView: wheel zoom about the cursor, drag and arrow-key pan, box and click selection, plot sketching, legend."""

from __future__ import annotations

import shapely
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPen, QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QRubberBand

from mixplanner.reports.palette import INK
from mixplanner.ui.map.overlays import Legend, credit_rect, draw_credit, draw_scale_bar, scale_bar_rect
from mixplanner.ui.map.scene import MapScene
from mixplanner.ui.map.symbols import CLASSES, symbols
from mixplanner.ui.vocabulary import label

WHEEL_STEP = 1.25  # zoom factor per wheel notch and per +/- key
ANTIALIAS_FROM = 0.4  # pixels per metre: below this the buildings are drawn without antialiasing
DRAG_START = 4  # pixels a press must move before it pans instead of clicking
CLICK_TOLERANCE = 3  # pixels around a click that still hit a building


class MapView(QGraphicsView):
    """Shows a MapScene with north up; Shift+drag (or rubber-band mode) selects a box, plain drag pans."""

    plot_drawn = Signal(str, float)  # WKT of the sketched plot (EPSG:28992) and its area in m²
    sketch_cancelled = Signal()

    def __init__(self, scene: MapScene, attribution: str = "", parent=None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene  # QGraphicsView does not own its scene: keep it alive with the view
        self.attribution = attribution
        self.rubber_band_mode = False
        self.sketching = False
        self._vertices: list[QPointF] = []
        self._press: QPoint | None = None
        self._panning = False
        self._band_origin: QPoint | None = None
        self._band = QRubberBand(QRubberBand.Shape.Rectangle, self.viewport())
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)  # scrolling blits
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(QColor("#F4F4F1"))
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._font = QFont()
        self._font.setPointSizeF(8.5)
        self.legend: Legend | None = None
        self._marks = symbols()
        scene.loaded.connect(self.fit_all)
        self.fit_all()

    def sizeHint(self) -> QSize:
        return QSize(1366, 768)

    # zoom and pan --------------------------------------------------------------------------------------
    @property
    def map_scale(self) -> float:
        """Pixels per metre."""
        return abs(self.transform().m11())

    def set_map_scale(self, pixels_per_metre: float, centre: QPointF | None = None) -> None:
        """North-up transform at a scale; y is flipped here, never in the data."""
        centre = centre if centre is not None else self.mapToScene(self.viewport().rect().center())
        self.setTransform(QTransform.fromScale(pixels_per_metre, -pixels_per_metre))
        self.centerOn(centre)
        self._update_render_hints()

    def fit_all(self) -> None:
        """The whole stock in view, with a small margin (large rural buurten may reach past it)."""
        box = self.map_scene.stock_bounds
        if box.isEmpty():
            return
        size = self.viewport().size()
        scale = 0.95 * min(size.width() / box.width(), size.height() / box.height())
        self.set_map_scale(scale, box.center())

    def zoom_by(self, factor: float, anchor: QPoint | None = None) -> None:
        """Zoom keeping the scene point under `anchor` (viewport pixels; default the centre) in place."""
        anchor = anchor if anchor is not None else self.viewport().rect().center()
        before = self.mapToScene(anchor)
        self.set_map_scale(min(max(self.map_scale * factor, 1e-4), 200.0), before)
        shift = self.mapFromScene(before) - anchor
        self._scroll_by(shift.x(), shift.y())

    def _scroll_by(self, dx: int, dy: int) -> None:
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)

    def _update_render_hints(self) -> None:
        self.setRenderHint(QPainter.RenderHint.Antialiasing, self.map_scale >= ANTIALIAS_FROM)

    def wheelEvent(self, event: QWheelEvent) -> None:
        notches = event.angleDelta().y() / 120
        if notches:
            self.zoom_by(WHEEL_STEP ** notches, event.position().toPoint())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step_x, step_y = self.viewport().width() // 8, self.viewport().height() // 8
        pans = {Qt.Key.Key_Left: (-step_x, 0), Qt.Key.Key_Right: (step_x, 0), Qt.Key.Key_Up: (0, -step_y), Qt.Key.Key_Down: (0, step_y)}
        if self.sketching and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish_sketch()
        elif self.sketching and key == Qt.Key.Key_Escape:
            self.cancel_sketch()
        elif key in pans:
            self._scroll_by(*pans[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(WHEEL_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / WHEEL_STEP)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Home):
            self.fit_all()
        else:
            super().keyPressEvent(event)

    # mouse ---------------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position().toPoint()
        if self.sketching:
            self._vertices.append(self.mapToScene(pos))
            self.viewport().update()
        elif self.rubber_band_mode or event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._band_origin = pos
            self._band.setGeometry(QRect(pos, QSize()))
            self._band.show()
        else:
            self._press, self._panning = pos, False
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._band_origin is not None:
            self._band.setGeometry(QRect(self._band_origin, pos).normalized())
        elif self._press is not None:
            delta = pos - self._press
            if self._panning or delta.manhattanLength() >= DRAG_START:
                self._panning = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
                self._scroll_by(-delta.x(), -delta.y())
                self._press = pos
        elif self.sketching and self._vertices:
            self.viewport().update()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        add = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if self._band_origin is not None:
            rect = QRectF(self.mapToScene(self._band_origin), self.mapToScene(pos)).normalized()
            self._band_origin = None
            self._band.hide()
            self.map_scene.select_rect(rect, add)
        elif self._press is not None:
            if not self._panning:
                self.map_scene.select_at(self.mapToScene(pos), CLICK_TOLERANCE / self.map_scale, add)
            self._press, self._panning = None, False
            self.viewport().unsetCursor()
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.sketching:
            self.finish_sketch()  # the double click's first press already placed the last vertex
        else:
            self.zoom_by(2.0, event.position().toPoint())
        event.accept()

    # sketch --------------------------------------------------------------------------------------------
    def start_sketch(self) -> None:
        self.sketching, self._vertices = True, []
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)

    def cancel_sketch(self) -> None:
        self._end_sketch()
        self.sketch_cancelled.emit()

    def finish_sketch(self) -> None:
        """Emit plot_drawn for three or more vertices; a self-intersecting outline is repaired first."""
        points = [(p.x(), p.y()) for p in self._vertices]
        deduped = [pt for i, pt in enumerate(points) if i == 0 or pt != points[i - 1]]
        self._end_sketch()
        if len(deduped) < 3:
            self.sketch_cancelled.emit()
            return
        polygon = shapely.make_valid(shapely.Polygon(deduped))
        if polygon.is_empty or polygon.area <= 0:
            self.sketch_cancelled.emit()
            return
        self.plot_drawn.emit(shapely.to_wkt(polygon, rounding_precision=2), float(polygon.area))

    def _end_sketch(self) -> None:
        self.sketching, self._vertices = False, []
        self.viewport().unsetCursor()
        self.viewport().update()

    # overlays ------------------------------------------------------------------------------------------
    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """The viewport is scrolled by blitting; the fixed overlays must be repainted where they were and are."""
        super().scrollContentsBy(dx, dy)
        if not hasattr(self, "map_scene"):  # scrolled while the base class is still being constructed
            return
        for rect in self._overlay_rects():
            self.viewport().update(rect)
            self.viewport().update(rect.translated(dx, dy))

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if self.sketching and self._vertices:
            self._draw_sketch(painter)
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setFont(self._font)
        self.current_legend().draw(painter, self._font)
        area = self.viewport().rect()
        draw_scale_bar(painter, area, self.map_scale)
        draw_credit(painter, credit_rect(self._font, area, self.attribution), self.attribution)
        painter.restore()

    def _draw_sketch(self, painter: QPainter) -> None:
        pen = QPen(QColor(INK), 2)
        pen.setCosmetic(True)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(255, 255, 255, 90))
        cursor = self.mapToScene(self.viewport().mapFromGlobal(self.cursor().pos()))
        painter.drawPolygon(self._vertices + ([cursor] if self.viewport().underMouse() else []))

    def set_legend(self, legend: Legend | None) -> None:
        """Show this legend (None: the classes on the map, untitled)."""
        old = self.current_legend().rect(self._font)
        self.legend = legend
        self.viewport().update(old)
        self.viewport().update(self.current_legend().rect(self._font))

    def current_legend(self) -> Legend:
        if self.legend is not None:
            return self.legend
        return Legend("", tuple((self._marks[CLASSES.index(c)], label(c)) for c in self.map_scene.present_classes()))

    def _overlay_rects(self) -> tuple[QRect, QRect, QRect]:
        area = self.viewport().rect()
        return self.current_legend().rect(self._font), credit_rect(self._font, area, self.attribution), scale_bar_rect(area)
