"""The targets dock edits the plan's targets: the form, presets, edit and undo, each one undoable edit."""

import dataclasses

from PySide6.QtWidgets import QDialog

from mixplanner.ui.forms.target_form import TargetDialog

OOIPOORT = "BU02210100"


def _statuses_of(window, target):
    model = window.targets_panel.model
    return [model.status(r) for r in range(model.rowCount()) if not model.is_heading(r) and model.target(r) == target]


def _accept_with(monkeypatch, fill):
    """Answer the next form by filling it and pressing OK."""
    def exec_(dialog):
        fill(dialog)
        assert dialog.ok_button.isEnabled(), dialog.error_text()
        dialog.accept()
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(TargetDialog, "exec", exec_)


def test_a_target_added_through_the_form_gets_a_status_and_undo_removes_it(qtbot, window, monkeypatch):
    document = window.document
    before = document.plan.targets

    def fill(dialog):
        dialog.where.set_value("buurt")
        dialog.buurt.set_value(OOIPOORT)
        dialog.value.setValue(20)  # sociale huur (ticked by default) at least 20% of the stock
        dialog.year.setValue(2030)
    _accept_with(monkeypatch, fill)
    with qtbot.waitSignal(document.projection_finished, timeout=20_000):
        window.targets_panel.add_button.click()
    added = document.plan.targets[-1]
    assert document.plan.targets[:-1] == before
    assert (added.area_level, added.area_code, added.group, added.value, added.year, added.bound, added.basis) == (
        "buurt", OOIPOORT, ("sociale huur",), 0.20, 2030, "min", "stock")
    assert document.undo_stack.undoText() == "Doel toevoegen: sociale huur minstens 20% (voorraad, BU02210100, 2030)"
    assert [s.area for s in _statuses_of(window, added)] == [OOIPOORT]
    with qtbot.waitSignal(document.projection_finished, timeout=20_000):
        document.undo_stack.undo()
    assert document.plan.targets == before
    assert _statuses_of(window, added) == []


def test_a_preset_adds_its_targets_once(qtbot, window):
    document = window.document
    n = len(document.plan.targets)
    assert n == 2  # the example: corporatiebuurt and nationaal-30-sociaal, one target each
    titles = [a.text() for a in window.targets_panel.preset_menu.actions()]
    assert len(titles) == 11 and "Amsterdam 40/40/20" in titles
    with qtbot.waitSignal(document.projection_finished, timeout=20_000):
        window.targets_panel.preset_menu.actions()[titles.index("Amsterdam 40/40/20")].trigger()
    assert len(document.plan.targets) == n + 3  # 40% sociaal, 40% midden, at most 20% duur
    assert document.undo_stack.undoText() == "Voorinstelling toevoegen: Amsterdam 40/40/20"
    window.target_editor.add_preset("amsterdam-40-40-20")  # already there: nothing to add, no edit
    window.target_editor.add_preset("nationaal-30-sociaal")  # in the example already
    assert len(document.plan.targets) == n + 3 and document.undo_stack.count() == 1
    window.target_editor.add_preset("wvrv-midden")  # two new-build targets, none in the plan yet
    assert len(document.plan.targets) == n + 5
    document.wait()


def test_editing_the_corporatiebuurt_share_turns_ooipoort_green_from_the_base_year(qtbot, window, monkeypatch):
    document = window.document
    old = next(t for t in document.plan.targets if t.dimension == "owner")
    (ooipoort,) = [s for s in _statuses_of(window, old) if s.area == OOIPOORT]
    base_year = document.plan.assumptions.base_year  # Ooipoort's owner share then is 75.7% > 67%: met only after sales
    assert ooipoort.first_met is None or ooipoort.first_met > base_year
    window.targets_panel.select_target(old)
    assert window.targets_panel.current_target() == old
    _accept_with(monkeypatch, lambda dialog: dialog.value.setValue(80))
    with qtbot.waitSignal(document.projection_finished, timeout=20_000):
        window.targets_panel.edit_button.click()
    new = dataclasses.replace(old, value=0.80)
    assert new in document.plan.targets and old not in document.plan.targets
    assert document.undo_stack.undoText() == "Doel bewerken: woningcorporatie hoogstens 80% (voorraad, elke buurt, 2035)"
    (ooipoort,) = [s for s in _statuses_of(window, new) if s.area == OOIPOORT]
    assert (ooipoort.status, ooipoort.first_met) == ("gehaald", base_year)


def test_removing_a_target_is_one_undoable_edit(qtbot, window):
    document = window.document
    old = document.plan.targets[1]
    window.targets_panel.select_target(old)
    with qtbot.waitSignal(document.projection_finished, timeout=20_000):
        window.targets_panel.remove_button.click()
    assert document.plan.targets == document.plan.targets[:1] and old not in document.plan.targets
    assert document.undo_stack.undoText().startswith("Doel verwijderen: sociale huur minstens 30%")


def test_a_share_over_100_percent_disables_ok_with_a_reason(qtbot):
    dialog = TargetDialog(buurten=[(OOIPOORT, "Ooipoort")], base_year=2025, last_year=2040)
    qtbot.addWidget(dialog)
    assert dialog.ok_button.isEnabled()
    dialog.value.setValue(150)
    assert not dialog.ok_button.isEnabled()
    assert "100%" in dialog.error_text()
    dialog.measure.set_value("count")  # 150 units is fine
    assert dialog.ok_button.isEnabled() and dialog.result_target().value == 150
    for box in dialog.checks.values():
        box.setChecked(False)
    assert not dialog.ok_button.isEnabled() and "categorie" in dialog.error_text()


def test_a_named_group_ticks_its_segments(qtbot):
    dialog = TargetDialog(buurten=[], base_year=2025, last_year=2040)
    qtbot.addWidget(dialog)
    dialog.group.set_value("midden")
    assert dialog.result_target().group == ("middenhuur", "betaalbare koop")
    dialog.where.set_value("buurt")  # no buurten to choose from
    assert not dialog.ok_button.isEnabled()
