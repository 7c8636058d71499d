"""Fitting table columns on a small screen: headers whose titles wrap onto a second line, and columns sized from a
sample of their values rather than from every row."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionViewItem, QTableView


def two_lines(title: str, metrics: QFontMetrics) -> str:
    """The title broken where its wider line is narrowest, at a space or after a hyphen: 'kale huur\\n(€/maand)',
    'WWS-\\npunten'."""
    breaks = [(i, i + 1) for i, ch in enumerate(title) if ch == " "] + [
        (i + 1, i + 1) for i, ch in enumerate(title[:-1]) if ch == "-" and i > 0]
    if not breaks:
        return title
    end, start = min(breaks, key=lambda b: max(metrics.horizontalAdvance(title[:b[0]]),
                                               metrics.horizontalAdvance(title[b[1]:])))
    return f"{title[:end]}\n{title[start:]}"


class WrappingHeader(QHeaderView):
    """A horizontal header whose titles take a second line when their section is narrower than the title on one.

    Its size hint for a section is the width of the title on two lines, so ResizeToContents and fit_columns can make a
    column as narrow as its values; the header is two lines high when any title can break.
    """

    def __init__(self, parent: QTableView | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # as QTableView sets up its own header
        self.setHighlightSections(True)
        self.sortIndicatorChanged.connect(self._on_sort_indicator_changed)

    def _title(self, logical: int) -> str:
        return str(self.model().headerData(logical, self.orientation(), Qt.ItemDataRole.DisplayRole) or "")

    def _one_line(self, logical: int) -> QSize:
        """Qt's size for the title on one line, with room for the sort arrow only where it shows: Qt reserves it in
        every section, which makes the narrow columns of a sortable table far wider than their values."""
        size = super().sectionSizeFromContents(logical)
        if self.isSortIndicatorShown() and logical != self.sortIndicatorSection():
            size.setWidth(size.width() - size.height() - self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin))
        return size

    def sectionSizeFromContents(self, logical: int) -> QSize:
        size = self._one_line(logical)
        title = self._title(logical)
        wrapped = two_lines(title, self.fontMetrics())
        if wrapped == title:
            return size
        metrics = self.fontMetrics()
        padding = size.width() - metrics.horizontalAdvance(title)  # margins and the sort arrow, as the style adds
        width = padding + max(metrics.horizontalAdvance(line) for line in wrapped.split("\n"))
        return QSize(width, size.height() + metrics.lineSpacing())

    def initStyleOptionForIndex(self, option, logical: int) -> None:
        super().initStyleOptionForIndex(option, logical)
        if self.sectionSize(logical) < self._one_line(logical).width():
            option.text = two_lines(option.text, self.fontMetrics())

    def _on_sort_indicator_changed(self, logical: int, _order) -> None:
        """When the table is sorted by a column without room for the sort arrow, widen it (never narrow it)."""
        if 0 <= logical < self.count() and self.sectionResizeMode(logical) == QHeaderView.ResizeMode.Interactive:
            self.resizeSection(logical, max(self.sectionSize(logical), self.sectionSizeHint(logical)))


def fit_columns(view: QTableView, texts: Mapping[int, Iterable[str]]) -> None:
    """Size columns to their header and the widest of their given texts (a sample of the values the model shows),
    as ResizeToContents would after reading every row; the cell's margins and icon come from the first row."""
    model, header, metrics = view.model(), view.horizontalHeader(), view.fontMetrics()
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    for column, values in texts.items():
        width = header.sectionSizeHint(column)
        widest = max((metrics.horizontalAdvance(text) for text in values), default=0)
        if model.rowCount() and widest:
            first = model.index(0, column)
            cell = view.itemDelegate().sizeHint(option, first).width() + int(view.showGrid())  # as QTableView adds
            width = max(width, cell - metrics.horizontalAdvance(str(first.data() or "")) + widest)
        header.resizeSection(column, width)
