"""The main window: composes the map, the docks and the menus around one PlanDocument (it holds no logic)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMainWindow, QMessageBox

from mixplanner.domain import edits
from mixplanner.reports.labels import area_names
from mixplanner.ui import layout_memory
from mixplanner.ui.document import PlanDocument
from mixplanner.ui.forms import InterventionDialog
from mixplanner.ui.map.pane import MapPane
from mixplanner.ui.opening.file_actions import FileActions
from mixplanner.ui.panels.charts_panel import ChartsPanel
from mixplanner.ui.panels.scenario_panel import ScenarioPanel
from mixplanner.ui.panels.stock_panel import StockPanel
from mixplanner.ui.panels.targets_panel import TargetsPanel
from mixplanner.ui.scenario_edits import connect_scenario_edits, edit_assumptions
from mixplanner.ui.target_editing import TargetEditor

PLAN_FILTER = "mixplanner-plan (*.mixplan)"


class MainWindow(QMainWindow):
    def __init__(self, document: PlanDocument, attribution: str = "", parent=None):
        super().__init__(parent)
        self.document = document
        plan = document.plan
        self.map_pane = MapPane(document, attribution)
        self.scene, self.map = self.map_pane.scene, self.map_pane.view
        self.setCentralWidget(self.map_pane)
        self.stock_panel = StockPanel(plan.stock)
        self.scenario_panel = ScenarioPanel()
        self.targets_panel = TargetsPanel()
        self.charts_panel = ChartsPanel()
        self.docks = {
            "scenarios": self._dock(self.tr("Scenario's"), self.scenario_panel, Qt.RightDockWidgetArea),
            "targets": self._dock(self.tr("Doelen"), self.targets_panel, Qt.RightDockWidgetArea),
            "charts": self._dock(self.tr("Grafieken"), self.charts_panel, Qt.LeftDockWidgetArea),
            "stock": self._dock(self.tr("Voorraad"), self.stock_panel, Qt.BottomDockWidgetArea),
        }
        self._build_menus()
        self._connect()
        self._on_document_plan_changed()
        self.statusBar().showMessage(attribution)
        self.resize(1366, 768)
        self.resizeDocks([self.docks["charts"], self.docks["scenarios"]], [400, 420], Qt.Horizontal)
        self.resizeDocks([self.docks["stock"]], [210], Qt.Vertical)
        self._default_layout = layout_memory.capture(self)  # for Beeld > Standaardindeling herstellen
        self._fitted = False
        document.recompute()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fitted:  # the map fits the stock once the window has its size
            self._fitted = True
            QTimer.singleShot(0, self.map.fit_all)

    def _dock(self, title: str, widget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{type(widget).__name__}")  # not the title: saved layouts outlive a language change
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self.file_actions = FileActions(self, file_menu)  # Openen, Recente bestanden, drag and drop
        for label, shortcut, slot in ((self.tr("&Opslaan"), QKeySequence.Save, self.save),
                                      (self.tr("Opslaan &als..."), QKeySequence.SaveAs, self.save_as),
                                      (self.tr("&Exporteren..."), QKeySequence("Ctrl+E"), self.export),
                                      (self.tr("&Sluiten"), QKeySequence.Close, self.close)):
            action = QAction(label, self)
            action.setShortcut(shortcut)
            action.triggered.connect(slot)
            file_menu.addAction(action)
        edit_menu = self.menuBar().addMenu(self.tr("Be&werken"))
        undo = self.document.undo_stack.createUndoAction(self, self.tr("Ongedaan maken"))
        undo.setShortcut(QKeySequence.Undo)
        redo = self.document.undo_stack.createRedoAction(self, self.tr("Opnieuw"))
        redo.setShortcut(QKeySequence.Redo)
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        edit_menu.addAction(self.tr("&Voorkeuren..."), QKeySequence.Preferences, self._on_preferences_triggered)
        plan_menu = self.menuBar().addMenu(self.tr("&Plan"))
        plan_menu.addAction(self.tr("&Uitgangspunten..."), lambda: edit_assumptions(self.document, self._apply, self))
        view_menu = self.menuBar().addMenu(self.tr("&Beeld"))
        for dock in self.docks.values():
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        view_menu.addAction(self.tr("Standaardindeling &herstellen"), self.reset_layout)
        view_menu.addAction(self.tr("&Presentatie"), QKeySequence(Qt.Key_F5), self.present)

    def export(self):
        from mixplanner.ui.export.dialog import ExportDialog

        dialog = ExportDialog(self.document, self)
        dialog.open()
        return dialog

    def present(self):
        from mixplanner.ui.presentation.window import PresentationWindow

        self.presentation = PresentationWindow(self.document, self)
        self.presentation.closed.connect(self.activateWindow)
        self.presentation.start()
        return self.presentation

    def _on_preferences_triggered(self) -> None:
        from mixplanner.ui.preferences_dialog import PreferencesDialog
        from mixplanner.ui.settings import Settings

        PreferencesDialog(Settings(), self).open()

    def reset_layout(self) -> None:
        layout_memory.reset(self, self._default_layout)

    def _connect(self) -> None:
        d, sp = self.document, self.scenario_panel
        d.plan_changed.connect(self._on_document_plan_changed)
        d.scenario_changed.connect(lambda _name: self._on_document_plan_changed())
        d.projection_finished.connect(self._on_document_projection_finished)
        d.projection_failed.connect(lambda message: self.statusBar().showMessage(message))
        d.undo_stack.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))
        self.setWindowModified(not d.undo_stack.isClean())  # a restored recovery copy starts unsaved
        sp.scenario_chosen.connect(d.set_scenario)
        sp.interventions.toggle_requested.connect(lambda row: self._edit(edits.toggle_intervention, row))
        sp.interventions.move_requested.connect(lambda row, to: self._edit(edits.move_intervention, row, to))
        sp.remove_requested.connect(lambda row: self._edit(edits.remove_intervention, row))
        sp.duplicate_requested.connect(lambda: self._apply(edits.duplicate_scenario(d.plan, d.scenario)))
        sp.add_requested.connect(self._on_scenarios_add_requested)
        sp.edit_requested.connect(self._on_scenarios_edit_requested)
        connect_scenario_edits(d, sp, self._apply)  # new, rename, delete
        self.scene.selection_changed.connect(self.stock_panel.show_ids)
        self.map_pane.build_requested.connect(self._on_map_build_requested)
        self.target_editor = TargetEditor(self)  # the targets dock's buttons become edits

    def _edit(self, make, *args) -> None:
        self._apply(make(self.document.plan, self.document.scenario, *args))

    def _apply(self, edit) -> None:
        try:
            self.document.apply(edit)
        except (edits.EditError, KeyError, IndexError) as exc:
            QMessageBox.warning(self, "mixplanner", str(exc))

    def intervention_dialog(self, kind: str, intervention=None) -> InterventionDialog:
        plan = self.document.plan
        areas = self.document.result.projection.areas if self.document.result else None
        buurten = [(c, n) for c, n in zip(areas.codes, areas.names) if n] if areas else []
        return InterventionDialog(kind, buurten=buurten, selected_ids=self.scene.selected_ids(),
                                  base_year=plan.assumptions.base_year, horizon_end=plan.assumptions.last_year,
                                  intervention=intervention, parent=self)

    def _on_scenarios_add_requested(self, kind: str) -> None:
        dialog = self.intervention_dialog(kind)
        if dialog.exec():
            self._apply_to_scenario(edits.add_intervention, dialog.result_intervention())

    def _on_scenarios_edit_requested(self, row: int) -> None:
        item = self.document.plan.scenario(self.document.scenario).interventions[row]
        dialog = self.intervention_dialog(item.kind, item)
        if dialog.exec():
            self._apply_to_scenario(edits.change_intervention, row, dialog.result_intervention())

    def _on_map_build_requested(self, plot) -> None:
        dialog = self.intervention_dialog("nieuwbouw")
        dialog.form.use_plot(plot)
        if dialog.exec():
            self._apply_to_scenario(edits.add_intervention, dialog.result_intervention())

    def _apply_to_scenario(self, make, *args) -> None:
        try:
            self._edit(make, *args)
        except edits.EditError as exc:
            QMessageBox.information(self, "mixplanner", str(exc))

    def _on_document_plan_changed(self) -> None:
        d = self.document
        self.scenario_panel.show_plan(d.plan, d.scenario)
        name = d.path.name if d.path else (d.plan.title or self.tr("naamloos"))
        self.setWindowTitle(f"{name}[*] - mixplanner")

    def _on_document_projection_finished(self, result) -> None:
        names = area_names(result.projection.areas, self.document.plan.areas)  # buurt, wijk and gemeente names
        self.targets_panel.show_statuses(result.statuses, names=names)
        self.charts_panel.show_result(result)
        self.statusBar().clearMessage()

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Plan opslaan"), "", PLAN_FILTER)
        if not path:
            return False
        path = Path(path)
        return self._save_to(path if path.suffix == ".mixplan" else path.with_suffix(".mixplan"))

    def _save_to(self, path: Path) -> bool:
        from mixplanner.io.problems import UnreadableFileError

        try:
            self.document.save(path)
        except UnreadableFileError as exc:
            QMessageBox.critical(self, self.tr("Opslaan mislukt"), str(exc))
            return False
        self._on_document_plan_changed()
        return True

    def closeEvent(self, event) -> None:
        if not self.document.undo_stack.isClean():
            answer = QMessageBox.question(self, "mixplanner", self.tr("Het plan heeft wijzigingen die niet zijn opgeslagen. Opslaan?"),
                                          QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel)
            if answer == QMessageBox.Cancel or (answer == QMessageBox.Save and not self.save()):
                event.ignore()
                return
        self.document.wait()
        event.accept()
