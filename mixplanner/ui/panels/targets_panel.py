"""The targets dock: a status light, the first year met and the gap for every target in every area."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from mixplanner.ui.models.plan_models import STATUS, TARGET, TargetStatusModel
from mixplanner.ui.panels.table_fit import WrappingHeader


class TargetsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = TargetStatusModel()
        self.table = QTableView()
        self.table.setHorizontalHeader(WrappingHeader(self.table))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # a long target elides; its tooltip has it whole
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TARGET, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(STATUS, True)  # the light says it with colour and symbol; its tooltip in words
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def show_statuses(self, statuses, names=None) -> None:
        self.model.set_statuses(list(statuses), names=names)
