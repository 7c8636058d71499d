"""The stock dock: the records as a sortable, filterable table, linked to the map selection."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView, QVBoxLayout, QWidget

from mixplanner.ui.models.stock_table import StockFilterProxy, StockTableModel


class StockPanel(QWidget):
    def __init__(self, stock, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = StockTableModel(stock)
        self.proxy = StockFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Zoek op id, buurtcode of buurtnaam")
        self.search.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(22)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(self.proxy.set_text)

    def show_ids(self, ids: list[str]) -> None:
        """Limit the table to the records selected on the map (all records when none are)."""
        self.proxy.set_ids(set(ids) if ids else None)
