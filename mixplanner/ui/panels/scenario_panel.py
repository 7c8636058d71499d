"""The scenario dock: the plan's scenarios, the interventions of the current one, and the buttons that edit them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QListView, QMenu, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from mixplanner.ui.models.plan_models import TITLE, InterventionListModel, ScenarioListModel

ADDABLE = (("verkoop", QT_TRANSLATE_NOOP("ScenarioPanel", "Verkoop")),
           ("nieuwbouw", QT_TRANSLATE_NOOP("ScenarioPanel", "Nieuwbouw")),
           ("sloop", QT_TRANSLATE_NOOP("ScenarioPanel", "Sloop")),
           ("sloop-nieuwbouw", QT_TRANSLATE_NOOP("ScenarioPanel", "Sloop-nieuwbouw")),
           ("zorg", QT_TRANSLATE_NOOP("ScenarioPanel", "Zorgwoningen")),
           ("transformatie", QT_TRANSLATE_NOOP("ScenarioPanel", "Transformatie bij mutatie")),
           ("aankoop", QT_TRANSLATE_NOOP("ScenarioPanel", "Aankoop")))


class ScenarioPanel(QWidget):
    scenario_chosen = Signal(str)
    add_requested = Signal(str)  # intervention kind
    edit_requested = Signal(int)
    remove_requested = Signal(int)
    duplicate_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.scenarios = ScenarioListModel()
        self.interventions = InterventionListModel()
        self.scenario_view = QListView()
        self.scenario_view.setModel(self.scenarios)
        self.scenario_view.setMaximumHeight(110)
        self.table = QTableView()
        self.table.setModel(self.interventions)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # a long title elides; its tooltip has it whole
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("Ingreep toevoegen"))
        menu = QMenu(add)
        for kind, label in ADDABLE:
            action = QAction(self.tr(label), menu)
            action.triggered.connect(lambda _=False, k=kind: self.add_requested.emit(k))
            menu.addAction(action)
        add.setMenu(menu)
        remove = QPushButton(self.tr("Verwijderen"))
        remove.clicked.connect(self._on_remove_clicked)
        copy = QPushButton(self.tr("Scenario kopiëren"))
        copy.clicked.connect(self.duplicate_requested)
        buttons = QHBoxLayout()
        for b in (add, remove, copy):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scenario_view)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.scenario_view.clicked.connect(self._on_scenario_clicked)
        self.table.doubleClicked.connect(lambda index: self.edit_requested.emit(index.row()))

    def show_plan(self, plan, scenario: str) -> None:
        self.scenarios.set_plan(plan)
        self.interventions.set_scenario(plan, scenario)
        row = self.scenarios.row_of(scenario)
        self.scenario_view.setCurrentIndex(self.scenarios.index(row, 0))

    def _on_scenario_clicked(self, index) -> None:
        self.scenario_chosen.emit(self.scenarios.scenario(index.row()).name)

    def _on_remove_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.remove_requested.emit(rows[0].row())
