"""The PDF preview: the summary's pages rendered to images off the UI thread, shown one under the other."""

from __future__ import annotations

import io

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from mixplanner.domain.progress import NoProgress, check

PREVIEW_DPI = 72  # an A4 page of 595 x 842 pixels: sharp at the pane's width, quick to draw


def render_pages(pages, progress=None, dpi: int = PREVIEW_DPI) -> list[bytes]:
    """Each page figure as PNG bytes (on a worker thread: the figures are on matplotlib's Agg canvas)."""
    progress = progress or NoProgress()
    images = []
    for k, page in enumerate(pages):
        check(progress, 0.5 + 0.5 * k / max(1, len(pages)), "rendering the preview")
        buffer = io.BytesIO()
        page.savefig(buffer, format="png", dpi=dpi, facecolor="white")
        images.append(buffer.getvalue())
    return images


class PdfPreview(QScrollArea):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setMinimumWidth(360)
        self._pixmaps: list[QPixmap] = []
        self._pages: list[QLabel] = []
        inner = QWidget()
        inner.setStyleSheet("background: #808080;")
        self._column = QVBoxLayout(inner)
        self._column.setSpacing(12)
        self._column.setAlignment(Qt.AlignTop | Qt.AlignHCenter)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignCenter)
        self.message.setStyleSheet("color: white; font-size: 14px; padding: 24px;")
        self._column.addWidget(self.message)
        self.setWidget(inner)

    def page_count(self) -> int:
        return len(self._pixmaps)

    def show_message(self, text: str) -> None:
        """A sentence instead of (or above, while a new preview is made) the pages."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_pages(self, images: list[bytes]) -> None:
        for label in self._pages:
            self._column.removeWidget(label)
            label.deleteLater()
        self._pixmaps = [QPixmap.fromImage(QImage.fromData(data, "PNG")) for data in images]
        self._pages = []
        for number, pixmap in enumerate(self._pixmaps, start=1):
            label = QLabel()
            label.setAccessibleName(self.tr("Pagina {n}").format(n=number))
            self._column.addWidget(label)
            self._pages.append(label)
        self.show_message("")
        self._fit()

    def _fit(self) -> None:
        width = max(120, self.viewport().width() - 36)
        for label, pixmap in zip(self._pages, self._pixmaps):
            label.setPixmap(pixmap.scaledToWidth(width, Qt.SmoothTransformation))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()
