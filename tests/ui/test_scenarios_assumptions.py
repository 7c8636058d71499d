"""The scenario dock's new/rename/delete and Plan > Uitgangspunten on the example plan, each undone again."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from mixplanner.domain.scenario import BASELINE
from mixplanner.ui.assumptions_dialog import AssumptionsDialog

OOIPOORT_PLAN = "Ooipoort uit de corporatiebuurt"
PANEL = "mixplanner.ui.panels.scenario_panel.QMessageBox"


def _choose(window, name):
    panel = window.scenario_panel
    index = panel.scenarios.index(panel.scenarios.row_of(name), 0)
    panel.scenario_view.setCurrentIndex(index)
    panel.scenario_view.clicked.emit(index)


def test_a_new_scenario_appears_and_becomes_current_with_no_interventions(qtbot, window):
    d, panel = window.document, window.scenario_panel
    with qtbot.waitSignal(d.projection_finished, timeout=20_000):
        panel.new_button.click()
    assert [s.name for s in d.plan.scenarios][-1] == "Nieuw scenario"
    assert d.scenario == "Nieuw scenario" and panel.current_name() == "Nieuw scenario"
    assert panel.interventions.rowCount() == 0
    assert d.undo_stack.undoText() == "Scenario toevoegen: Nieuw scenario"
    panel.new_button.click()  # the first name is taken now
    assert d.scenario == "Nieuw scenario (2)"
    assert len(d.plan.scenarios) == 5
    d.wait()


def test_rename_through_the_panel_and_undo(qtbot, window):
    d, panel = window.document, window.scenario_panel
    panel.rename_button.click()  # the current one: the Ooipoort plan
    editor = panel.scenario_view.findChild(QLineEdit)
    assert editor is not None and editor.text() == OOIPOORT_PLAN
    editor.setText("Ooipoort fase 1")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits in a queued call
    qtbot.waitUntil(lambda: d.undo_stack.count() == 1, timeout=5_000)
    assert d.undo_stack.undoText() == f"Scenario hernoemen: {OOIPOORT_PLAN} -> Ooipoort fase 1"
    assert d.scenario == "Ooipoort fase 1"
    assert d.plan.scenario("Ooipoort fase 1").interventions
    assert panel.scenarios.names()[1] == "Ooipoort fase 1"
    d.undo_stack.undo()
    assert [s.name for s in d.plan.scenarios] == [BASELINE, OOIPOORT_PLAN, "Ooipoort, 50 minder verkopen"]
    assert d.scenario == OOIPOORT_PLAN  # undo keeps the renamed scenario in view, under its old name
    d.wait()


def test_rename_to_a_taken_name_is_refused_with_a_message(window, monkeypatch):
    said = []
    monkeypatch.setattr(f"{PANEL}.information", lambda _p, _t, text: said.append(text))
    model = window.scenario_panel.scenarios
    model.setData(model.index(model.row_of(OOIPOORT_PLAN), 0), "Ooipoort, 50 minder verkopen")
    assert said == ["Er is al een scenario met de naam 'Ooipoort, 50 minder verkopen'; kies een andere naam."]
    assert window.document.undo_stack.count() == 0


def test_delete_asks_and_undo_brings_the_scenario_back_with_its_interventions(qtbot, window, monkeypatch):
    d, panel = window.document, window.scenario_panel
    original = d.plan.scenario(OOIPOORT_PLAN)
    asked = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(f"{PANEL}.question", answer)
    panel.delete_button.click()  # answered No: nothing happens
    assert d.undo_stack.count() == 0 and OOIPOORT_PLAN in panel.scenarios.names()
    panel.delete_button.click()
    n = len(original.interventions)
    assert asked[1].startswith(f"Scenario '{OOIPOORT_PLAN}' met {n} ingrepen verwijderen?")
    assert OOIPOORT_PLAN not in [s.name for s in d.plan.scenarios]
    assert d.undo_stack.undoText() == f"Scenario verwijderen: {OOIPOORT_PLAN}"
    d.undo_stack.undo()
    assert d.plan.scenario(OOIPOORT_PLAN) == original and n == 3
    d.wait()


def test_the_baseline_refuses_rename_and_delete_with_a_message(window, monkeypatch):
    said, asked = [], []
    monkeypatch.setattr(f"{PANEL}.information", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(f"{PANEL}.question", lambda *a: asked.append(a))
    panel = window.scenario_panel
    _choose(window, BASELINE)
    window.document.wait()
    assert not panel.scenarios.flags(panel.scenario_view.currentIndex()) & Qt.ItemFlag.ItemIsEditable
    panel.rename_button.click()
    panel.delete_button.click()
    assert len(said) == 2 and all(s.startswith("Het basisscenario kan niet worden hernoemd of verwijderd") for s in said)
    assert asked == [] and panel.scenario_view.findChild(QLineEdit) is None
    assert window.document.undo_stack.count() == 0


def _sociale_huur(result, year):
    return int(result.projection.mix(year, level="total")["sociale huur"].iloc[0])


def test_assumptions_rent_indexation_changes_the_projection_and_undo_restores(qtbot, window, monkeypatch):
    d = window.document
    before = d.result
    last = d.plan.assumptions.last_year
    assert last == 2041
    # rents indexed like the thresholds (3%): no unit changes segment by drift
    assert not (before.projection.ledger.cause == "indexatie (drift)").any()

    def fill(dialog):
        assert dialog.rent.value() == 3.0
        dialog.rent.setValue(6.0)
        assert dialog.ok_button.isEnabled(), dialog.problems()
        return True

    monkeypatch.setattr(AssumptionsDialog, "exec", fill)
    with qtbot.waitSignal(d.projection_finished, timeout=20_000):
        plan_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Plan")
        next(a for a in plan_menu.actions() if a.text() == "&Uitgangspunten...").trigger()
    assert d.plan.assumptions.rent_indexation == pytest.approx(0.06)
    assert d.undo_stack.undoText() == "Uitgangspunten wijzigen"
    after = d.result
    # rents now outgrow the sociale huur limit by ~3% a year: sociale huur units drift out, none drift in
    ledger = after.projection.ledger
    drift = ledger[ledger.cause == "indexatie (drift)"]
    assert drift[drift.segment == "sociale huur"].units.sum() < 0
    assert _sociale_huur(after, 2026) == _sociale_huur(before, 2026)  # the base year's price level is the same
    assert _sociale_huur(after, last) < _sociale_huur(before, last)
    with qtbot.waitSignal(d.projection_finished, timeout=20_000):
        d.undo_stack.undo()
    assert d.plan.assumptions.rent_indexation == pytest.approx(0.03)
    assert _sociale_huur(d.result, last) == _sociale_huur(before, last)


def test_assumptions_dialog_disables_ok_with_a_reason(qtbot, window):
    dialog = AssumptionsDialog(window.document.plan)
    qtbot.addWidget(dialog)
    assert dialog.ok_button.isEnabled() and dialog.error.text() == ""
    dialog.horizon.setValue(40)
    assert not dialog.ok_button.isEnabled()
    assert dialog.error.text() == "De horizon moet 1 tot 30 jaar zijn."
    dialog.horizon.setValue(30)
    dialog.base_year.setValue(2030)
    assert not dialog.ok_button.isEnabled()
    assert dialog.error.text().startswith("Het basisjaar moet tussen 2023 en 2026 liggen")
    dialog.base_year.setValue(2026)
    dialog.woz.setValue(25)
    assert dialog.problems() == ["De WOZ-indexatie moet tussen -10% en +20% per jaar liggen."]
    dialog.woz.setValue(2.5)
    assert dialog.ok_button.isEnabled()
    assert dialog.result_assumptions().woz_indexation == pytest.approx(0.025)
    assert dialog.result_assumptions().horizon == 30
