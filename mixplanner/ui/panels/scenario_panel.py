"""The scenario dock: the plan's scenarios, the interventions of the current one, and the buttons that edit them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QListView, QMenu, QMessageBox, QPushButton, QTableView, QVBoxLayout,
    QWidget,
)

from mixplanner.domain.scenario import BASELINE

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
    new_requested = Signal(str)  # a free name for the new, empty scenario
    rename_requested = Signal(str, str)  # old name, new name (checked: not empty, not taken)
    delete_requested = Signal(str)  # confirmed by the user

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.scenarios = ScenarioListModel()
        self.interventions = InterventionListModel()
        self.scenario_view = QListView()
        self.scenario_view.setModel(self.scenarios)
        self.scenario_view.setMaximumHeight(110)
        self.scenario_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        rename_key = QAction(self.scenario_view)  # F2 here rather than as an edit trigger: on the baseline it explains
        rename_key.setShortcut(QKeySequence(Qt.Key.Key_F2))
        rename_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        rename_key.triggered.connect(self.rename_current)
        self.scenario_view.addAction(rename_key)
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
        remove.setToolTip(self.tr("De gekozen ingreep verwijderen"))
        remove.clicked.connect(self._on_remove_clicked)
        self.new_button = QPushButton(self.tr("Nieuw scenario"))
        self.new_button.clicked.connect(self._on_new_clicked)
        copy = QPushButton(self.tr("Kopiëren"))
        copy.setToolTip(self.tr("Het gekozen scenario kopiëren, met zijn ingrepen"))
        copy.clicked.connect(self.duplicate_requested)
        self.rename_button = QPushButton(self.tr("Hernoemen"))
        self.rename_button.setToolTip(self.tr("De naam van het gekozen scenario wijzigen (F2)"))
        self.rename_button.clicked.connect(self.rename_current)
        self.delete_button = QPushButton(self.tr("Scenario verwijderen"))
        self.delete_button.clicked.connect(self.delete_current)
        scenario_buttons = QHBoxLayout()
        for b in (self.new_button, copy, self.rename_button, self.delete_button):
            scenario_buttons.addWidget(b)
        scenario_buttons.addStretch(1)
        buttons = QHBoxLayout()
        for b in (add, remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scenario_view)
        layout.addLayout(scenario_buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.scenario_view.clicked.connect(self._on_scenario_clicked)
        self.scenario_view.doubleClicked.connect(self._on_scenario_double_clicked)
        self.scenarios.rename_requested.connect(self._on_scenarios_rename_requested)
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

    def current_name(self) -> str | None:
        index = self.scenario_view.currentIndex()
        return self.scenarios.scenario(index.row()).name if index.isValid() else None

    def free_name(self, base: str) -> str:
        """`base`, or `base (2)`, `base (3)`... whichever no scenario has yet."""
        taken = set(self.scenarios.names())
        return next(n for n in (base, *(f"{base} ({i})" for i in range(2, 1000))) if n not in taken)

    def rename_current(self) -> None:
        """Start typing a new name for the chosen scenario in the list (the baseline: say why not)."""
        if self._refused_baseline():
            return
        self.scenario_view.setFocus()
        self.scenario_view.edit(self.scenario_view.currentIndex())

    def delete_current(self) -> None:
        if self._refused_baseline():
            return
        name = self.current_name()
        n = len(self.scenarios.scenario(self.scenarios.row_of(name)).interventions)
        answer = QMessageBox.question(
            self, self.tr("Scenario verwijderen"),
            self.tr("Scenario '{name}' met {n} ingrepen verwijderen?\nMet Ongedaan maken (Ctrl+Z) komt het terug.")
            .format(name=name, n=n),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_requested.emit(name)

    def _refused_baseline(self) -> bool:
        name = self.current_name()
        if name != BASELINE:
            return name is None
        QMessageBox.information(self, self.tr("Scenario's"), self.tr(
            "Het basisscenario kan niet worden hernoemd of verwijderd: het is de voorraad zonder ingrepen, "
            "waarmee elk ander scenario wordt vergeleken. Kies een ander scenario, of maak er een met "
            "Nieuw scenario of Kopiëren."))
        return True

    def _on_new_clicked(self) -> None:
        self.new_requested.emit(self.free_name(self.tr("Nieuw scenario")))

    def _on_scenario_double_clicked(self, index) -> None:
        if self.scenarios.scenario(index.row()).name == BASELINE:
            self._refused_baseline()

    def _on_scenarios_rename_requested(self, old: str, new: str) -> None:
        if not new:
            problem = self.tr("Een scenario heeft een naam nodig; de naam blijft '{old}'.").format(old=old)
        elif new in self.scenarios.names():
            problem = self.tr("Er is al een scenario met de naam '{new}'; kies een andere naam.").format(new=new)
        else:
            self.rename_requested.emit(old, new)
            return
        QMessageBox.information(self, self.tr("Scenario hernoemen"), problem)
