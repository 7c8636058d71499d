"""The targets dock: a status light, the first year met and the gap for every target in every area."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from mixplanner.ui.models.plan_models import TargetStatusModel


class TargetsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = TargetStatusModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def show_statuses(self, statuses, names=None) -> None:
        self.model.set_statuses(list(statuses), names=names)
