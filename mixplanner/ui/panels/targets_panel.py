"""The targets dock: per target a heading and, per area, a status light, the first year met and the gap; its buttons."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QMenu, QPushButton, QStyle,
                               QTableView, QVBoxLayout, QWidget)

from mixplanner.domain.targets import Target, load_presets
from mixplanner.ui.models.plan_models import AREA, LIGHT, STATUS, TARGET, TargetStatusModel
from mixplanner.ui.panels.table_fit import WrappingHeader


class TargetsPanel(QWidget):
    add_requested = Signal()
    edit_requested = Signal(object)  # the Target
    remove_requested = Signal(object)  # the Target
    preset_chosen = Signal(str)  # the preset's key

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = TargetStatusModel()
        self.table = QTableView()
        self.table.setHorizontalHeader(WrappingHeader(self.table))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # a description wider than the dock elides; its tooltip has it whole
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AREA, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LIGHT, QHeaderView.ResizeMode.Fixed)  # not sized to the heading rows' text
        icon = self.table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        header.resizeSection(LIGHT, icon + self.table.fontMetrics().horizontalAdvance("\u2713") + 20)
        self.table.setColumnHidden(TARGET, True)  # its heading row spans the table: the description once, whole
        self.table.setColumnHidden(STATUS, True)  # the light says it with colour and symbol; its tooltip in words
        self.model.modelReset.connect(self._on_model_reset)

        self.add_button = QPushButton(self.tr("Doel toevoegen..."))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton(self.tr("Bewerken..."))
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.preset_button = QPushButton(self.tr("Voorinstelling"))
        self.preset_menu = QMenu(self.preset_button)
        for key, preset in load_presets().items():
            action = QAction(preset.label, self.preset_menu)  # the presets' titles are Dutch policy names
            action.setToolTip(preset.source)
            action.triggered.connect(lambda _=False, k=key: self.preset_chosen.emit(k))
            self.preset_menu.addAction(action)
        self.preset_button.setMenu(self.preset_menu)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.preset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.doubleClicked.connect(lambda index: self.edit_requested.emit(self.model.target(index.row())))
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._on_selection_changed()

    def show_statuses(self, statuses, names=None) -> None:
        self.model.set_statuses(list(statuses), names=names)

    def current_target(self) -> Target | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.target(rows[0].row()) if rows else None

    def select_target(self, target: Target) -> None:
        """Select the heading row of the target (an equal one)."""
        for row in range(self.model.rowCount()):
            if self.model.is_heading(row) and self.model.target(row) == target:
                self.table.selectRow(row)
                return

    def _on_model_reset(self) -> None:
        self.table.clearSpans()
        for row in range(self.model.rowCount()):
            if self.model.is_heading(row):
                self.table.setSpan(row, 0, 1, self.model.columnCount())
                self.table.setRowHeight(row, 2 * self.table.fontMetrics().lineSpacing() + 8)
        self._on_selection_changed()

    def _on_selection_changed(self, *_args) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _on_edit_clicked(self) -> None:
        target = self.current_target()
        if target is not None:
            self.edit_requested.emit(target)

    def _on_remove_clicked(self) -> None:
        target = self.current_target()
        if target is not None:
            self.remove_requested.emit(target)
