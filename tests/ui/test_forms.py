"""The intervention dialog: each kind filled through its widgets, validation as the user types, editing round trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mixplanner.domain.interventions import (Acquire, Build, ConvertCare, Demolish, DemolishReplace, Relabel, Selection,
                                             Sell, Turnover)
from mixplanner.ui.forms import InterventionDialog
from mixplanner.ui.forms.schedule import spread

BUURTEN = [("BU02210100", "Ooipoort"), ("BU02210101", "Hoogerheide")]
IDS = ["r1", "r2", "r3"]
SCREENSHOT = Path(__file__).parents[2] / "docs" / "screenshots" / "form-nieuwbouw.png"


@pytest.fixture
def make(qtbot):
    def make(kind, intervention=None, selected_ids=IDS):
        dialog = InterventionDialog(kind, buurten=BUURTEN, selected_ids=selected_ids, base_year=2025,
                                    horizon_end=2035, intervention=intervention)
        qtbot.addWidget(dialog)
        return dialog
    return make


def typed(qtbot, spin, value) -> None:
    """Replace a spin box's text by typing, as a user would."""
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


def assert_valid(dialog, expected) -> None:
    assert dialog.error_text() == ""
    assert dialog.ok_button.isEnabled()
    assert dialog.result_intervention() == expected


def assert_invalid(dialog, message: str) -> None:
    assert not dialog.ok_button.isEnabled()
    assert message in dialog.error_text()
    assert not dialog.error.isHidden()


def test_verkoop_share_of_a_filter(make, qtbot):
    d = make("verkoop")
    f = d.form
    qtbot.keyClicks(d.label, "Verkoop Ooipoort")
    f.year.setValue(2027)
    qtbot.keyClicks(f.selection.filter_text, "eigenaar = woningcorporatie")
    f.amount.by_other.setChecked(True)
    f.amount.share.setValue(25)
    f.discount.setValue(10)
    f.price.check.setChecked(True)
    f.price.editor.setValue(240_000)
    assert_valid(d, Sell(label="Verkoop Ooipoort", year=2027, selection=Selection(filter="eigenaar = woningcorporatie"),
                         share=0.25, discount=0.1, price=240_000.0))
    assert f.selection.feedback.text() == "Filter is geldig"


def test_verkoop_units_of_the_map_selection(make, qtbot):
    d = make("verkoop")
    assert_invalid(d, "sell at least 1 unit")  # units 0
    typed(qtbot, d.form.amount.units, 12)
    assert_valid(d, Sell(year=2026, selection=Selection(ids=tuple(IDS)), units=12))


def test_nieuwbouw_spread_and_programme(make, qtbot):
    d = make("nieuwbouw")
    f = d.form
    f.buurt.set_value("BU02210101")
    f.schedule.first.setValue(2027)
    f.schedule.last.setValue(2029)
    typed(qtbot, f.schedule.total, 100)
    assert f.schedule.split.text() == "Per jaar: 2027: 34 · 2028: 33 · 2029: 33"
    f.programme.spins["sociale huur"].setValue(40)
    f.programme.spins["middenhuur"].setValue(50)
    assert_invalid(d, "the programme shares add up to 90%, not 100%")
    assert "moet 100 % zijn" in f.programme.total.text()
    f.programme.spins["betaalbare koop"].setValue(10)
    f.dwelling_type.set_value("eengezins")
    f.care_type.set_value("nultreden")
    f.floor_area.setValue(85)
    f.realisation.setValue(90)
    assert_valid(d, Build(buurt_code="BU02210101", schedule=((2027, 34), (2028, 33), (2029, 33)),
                          programme=(("sociale huur", 0.4), ("middenhuur", 0.5), ("betaalbare koop", 0.1)),
                          dwelling_type="eengezins", care_type="nultreden", floor_area=85.0, realisation_rate=0.9))


def test_zorg(make, qtbot):
    d = make("zorg")
    typed(qtbot, d.form.units, 8)
    d.form.care_type.set_value("zorgwoning")
    d.form.selection.everything.setChecked(True)
    assert_valid(d, ConvertCare(year=2026, selection=Selection(), units=8, care_type="zorgwoning"))


def test_sloop_all_or_units(make, qtbot):
    d = make("sloop")
    assert_valid(d, Demolish(year=2026, selection=Selection(ids=tuple(IDS))))
    d.form.amount.by_units.setChecked(True)
    assert_invalid(d, "demolish at least 1 unit")
    typed(qtbot, d.form.amount.units, 20)
    assert_valid(d, Demolish(year=2026, selection=Selection(ids=tuple(IDS)), units=20))


def test_transformatie(make, qtbot):
    d = make("transformatie")
    f = d.form
    f.first_year.setValue(2026)
    f.last_year.setValue(2030)
    qtbot.keyClicks(f.selection.filter_text, "segment = vrije sector huur")
    f.relet_share.setValue(50)
    f.to_segment.set_value("middenhuur")
    f.cap.check.setChecked(True)
    f.cap.editor.setValue(40)
    assert_valid(d, Turnover(first_year=2026, last_year=2030, selection=Selection(filter="segment = vrije sector huur"),
                             relet_share=0.5, to_segment="middenhuur", cap=40))
    f.first_year.setValue(2031)
    assert_invalid(d, "het laatste jaar ligt vóór het eerste")


def test_aankoop(make, qtbot):
    d = make("aankoop")
    typed(qtbot, d.form.units, 5)
    assert_valid(d, Acquire(year=2026, selection=Selection(ids=tuple(IDS)), units=5))


def test_sloop_nieuwbouw_and_herlabelen(make, qtbot):
    d = make("sloop-nieuwbouw")
    d.form.programme.spins["sociale huur"].setValue(100)
    d.form.ratio.setValue(1.25)
    assert_valid(d, DemolishReplace(year=2026, selection=Selection(ids=tuple(IDS)), ratio=1.25,
                                    programme=(("sociale huur", 1.0),)))
    d = make("herlabelen")
    d.form.owner.set_value("particuliere verhuurder")
    assert_valid(d, Relabel(year=2026, selection=Selection(ids=tuple(IDS)), owner="particuliere verhuurder"))


def test_bad_filter_disables_ok_and_says_why(make, qtbot):
    d = make("aankoop")
    typed(qtbot, d.form.units, 5)
    qtbot.keyClicks(d.form.selection.filter_text, "eigenaar = x")
    assert d.form.selection.by_filter.isChecked()
    assert_invalid(d, "'x' is not a valid owner")
    assert "'x' is not a valid owner" in d.form.selection.feedback.text()
    d.form.selection.filter_text.clear()
    qtbot.keyClicks(d.form.selection.filter_text, "eigenaar = corporatie")
    assert_valid(d, Acquire(year=2026, selection=Selection(filter="eigenaar = corporatie"), units=5))


def test_map_selection_without_ids_is_not_offered(make):
    d = make("aankoop", selected_ids=[])
    assert not d.form.selection.on_map.isEnabled()
    assert d.form.selection.selection() == Selection()


EXISTING = [
    Sell(label="fase 1", year=2028, selection=Selection(filter="eigenaar = woningcorporatie"), share=1 / 3,
         discount=0.125, price=199_999.5),
    Build(buurt_code="BU09999999", schedule=((2027, 10), (2029, 5)),
          programme=(("middenhuur", 0.3333), ("sociale huur", 0.6667)), care_type="geclusterd",
          owners=(("middenhuur", "woningcorporatie"),), realisation_rate=0.85, enabled=False),
    Build(buurt_code="BU02210100", schedule=spread(100, 2026, 2028), programme=(("dure koop", 1.0),)),
    ConvertCare(year=2030, selection=Selection(ids=("x1", "x2")), units=3, care_type="nultreden"),
    Demolish(year=2026, selection=Selection(polygon_wkt="POLYGON ((0 0, 1 0, 1 1, 0 0))"), units=7),
    Turnover(first_year=2026, last_year=2040, relet_share=0.05, to_segment="sociale huur", rent=650.0),
    Acquire(year=2027, units=4, rent=700.0),
    DemolishReplace(year=2026, ratio=1.5, gap_years=3, programme=(("sociale huur", 0.5), ("dure koop", 0.5))),
    Relabel(year=2026, segment="middenhuur"),
]


@pytest.mark.parametrize("item", EXISTING, ids=lambda i: i.kind)
def test_editing_unchanged_gives_an_equal_intervention(make, item):
    d = make(item.kind, intervention=item)
    assert d.ok_button.isEnabled(), d.error_text()
    assert d.result_intervention() == item


def test_editing_changes_only_what_was_edited(make, qtbot):
    item = EXISTING[1]
    d = make("nieuwbouw", intervention=item)
    assert "eigen verdeling" in d.form.schedule.split.text()
    d.form.schedule.total.setValue(30)
    result = d.result_intervention()
    assert result.schedule == ((2027, 10), (2028, 10), (2029, 10))
    assert result.owners == item.owners and result.enabled is False and result.programme == item.programme


def test_ok_accepts(make, qtbot):
    d = make("aankoop")
    typed(qtbot, d.form.units, 2)
    with qtbot.waitSignal(d.accepted, timeout=1000):
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)


def test_screenshot_nieuwbouw(make):
    d = make("nieuwbouw")
    f = d.form
    d.label.setText("Nieuwbouw Hoogerheide")
    f.schedule.first.setValue(2027)
    f.schedule.last.setValue(2030)
    f.schedule.total.setValue(120)
    f.programme.spins["sociale huur"].setValue(40)
    f.programme.spins["middenhuur"].setValue(40)
    d.adjustSize()
    d.show()
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert d.grab().save(str(SCREENSHOT))
