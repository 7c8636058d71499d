"""The window at 1366 x 768 in Dutch and English: the docks' tables and the chart controls show their texts whole."""

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontMetrics, QStandardItemModel
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QStyleOptionViewItem, QTableView

from mixplanner.ui import i18n
from mixplanner.ui.app import build_document
from mixplanner.ui.main_window import MainWindow
from mixplanner.ui.models import plan_models as pm
from mixplanner.ui.panels.table_fit import WrappingHeader, fit_columns, two_lines


@pytest.fixture(params=["nl", "en"])
def window(request, qtbot, qapp):
    before = QLocale()
    i18n.install(qapp, request.param)
    document, attribution = build_document(None)
    w = MainWindow(document, attribution)
    qtbot.addWidget(w, before_close_func=lambda _w: (document.wait(), document.undo_stack.setClean()))
    with qtbot.waitSignal(document.projection_finished, timeout=20_000):
        w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.targets_panel.model.rowCount() > 0)
    assert (w.width(), w.height()) == (1366, 768)
    yield w
    i18n.uninstall(qapp)
    QLocale.setDefault(before)


def _visible(table: QTableView) -> list[int]:
    return [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]


def _assert_headers_whole(table: QTableView) -> None:
    header, metrics = table.horizontalHeader(), table.horizontalHeader().fontMetrics()
    columns = _visible(table)
    assert sum(header.sectionSize(c) for c in columns) <= table.viewport().width()  # no column behind a scroll bar
    for c in columns:
        title = table.model().headerData(c, Qt.Orientation.Horizontal)
        assert header.sectionSize(c) >= header.sectionSizeHint(c), title
        words = title.replace("-", "- ").split()  # a title may break at spaces and after hyphens, never in a word
        margins = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        assert header.sectionSize(c) >= max((metrics.horizontalAdvance(w) for w in words), default=0) + margins, title
        lines = 2 if len(words) > 1 else 1
        assert header.height() >= lines * metrics.lineSpacing(), title


def test_the_stock_table_shows_headers_and_values_whole(window):
    table = window.stock_panel.table
    _assert_headers_whole(table)
    model, header = table.model(), table.horizontalHeader()
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    for column in _visible(table):  # the widest text over every row, found here by reading them all
        widest = max(range(model.rowCount()), key=lambda r: len(model.index(r, column).data() or ""))
        hint = table.itemDelegate().sizeHint(option, model.index(widest, column)).width()
        assert header.sectionSize(column) >= hint, (column, model.index(widest, column).data())


def test_the_targets_table_shows_its_columns_and_the_target_heading_whole(window):
    table = window.targets_panel.table
    assert table.isColumnHidden(pm.STATUS)  # the light says it
    _assert_headers_whole(table)
    assert table.horizontalScrollBar().maximum() == 0
    model = table.model()
    metrics = table.fontMetrics()
    for row in range(model.rowCount()):  # the area names and numbers are whole
        for column in (pm.AREA, pm.FIRST_MET, pm.GAP):
            text = model.index(row, column).data()
            assert table.columnWidth(column) >= metrics.horizontalAdvance(text) + 6, text
    heading = model.index(0, pm.LIGHT)  # spans the table, on two lines
    lines = heading.data().split("\n")
    assert " ".join(lines) == heading.data(Qt.ItemDataRole.ToolTipRole)
    bold = QFontMetrics(heading.data(Qt.ItemDataRole.FontRole))
    assert all(bold.horizontalAdvance(line) + 6 <= table.viewport().width() for line in lines), lines
    assert table.rowHeight(0) >= 2 * bold.lineSpacing()


def test_the_interventions_fit_their_dock(window):
    table = window.scenario_panel.table
    _assert_headers_whole(table)
    assert table.horizontalScrollBar().maximum() == 0
    years = [table.model().index(r, pm.YEARS).data() for r in range(table.model().rowCount())]
    assert years and all(table.columnWidth(pm.YEARS) >= table.fontMetrics().horizontalAdvance(y) + 6 for y in years)


def test_the_area_combo_shows_every_area_whole(window):
    combo = window.charts_panel.area
    assert combo.count() == 8  # the whole plan and the 7 buurten
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts[0] in ("Hele plan", "Whole plan")
    assert all(combo.fontMetrics().horizontalAdvance(t) <= field.width() for t in texts), (texts, field.width())


def test_two_lines_breaks_where_the_wider_line_is_narrowest(qapp):
    metrics = QFontMetrics(qapp.font())
    assert two_lines("kale huur (€/maand)", metrics) == "kale huur\n(€/maand)"
    assert two_lines("WWS-punten", metrics) == "WWS-\npunten"
    assert two_lines("segment", metrics) == "segment"


def test_fit_columns_sizes_from_the_texts_given_and_the_two_line_header(qtbot):
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["floor area (m²)", "id"])
    view = QTableView()
    qtbot.addWidget(view)
    view.setHorizontalHeader(WrappingHeader(view))
    view.setModel(model)
    header, metrics = view.horizontalHeader(), view.fontMetrics()
    long_id = "NL.IMBAG.Pand.0221100000334194"
    fit_columns(view, {0: ["12"], 1: ["x", long_id]})  # the long id is in no row: only the sample tells
    assert header.sectionSize(1) >= metrics.horizontalAdvance(long_id)
    narrow = header.sectionSize(0)
    assert metrics.horizontalAdvance("floor area") <= narrow < metrics.horizontalAdvance("floor area (m²)")
