"""The stock dock: the records as a sortable, filterable table, linked to the map selection."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView, QVBoxLayout, QWidget

from mixplanner.ui.models.stock_table import COLUMN_COUNT, StockFilterProxy, StockTableModel
from mixplanner.ui.panels.table_fit import WrappingHeader, fit_columns


class StockPanel(QWidget):
    def __init__(self, stock, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = StockTableModel(stock)
        self.proxy = StockFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoek op id, buurtcode of buurtnaam"))
        self.search.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setHorizontalHeader(WrappingHeader(self.table))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.verticalHeader().hide()  # row numbers change with every sort; the id names a record
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(self.proxy.set_text)
        self.model.modelReset.connect(self.fit_columns)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Columns as wide as their header and their values, measured on a sample (fast on 300,000 rows)."""
        fit_columns(self.table, {column: self.model.sample_texts(column) for column in range(COLUMN_COUNT)})

    def show_ids(self, ids: list[str]) -> None:
        """Limit the table to the records selected on the map (all records when none are)."""
        self.proxy.set_ids(set(ids) if ids else None)
