"""The map in the example window: Nu / Scenario / Verschil for a year after the Ooipoort sale, and a sketched plot
that feeds the new-build form."""

import numpy as np
import pytest
import shapely
from PySide6.QtCore import QPointF, QSettings
from PySide6.QtGui import QColor

from mixplanner.domain import edits
from mixplanner.domain.interventions import Demolish, Selection
from mixplanner.reports.palette import SEGMENT_COLOURS
from mixplanner.ui.app import build_document
from mixplanner.ui.main_window import MainWindow
from mixplanner.ui.map.modes import DIFFERENCE, NOW, SCENARIO
from mixplanner.ui.settings import Settings

OOIPOORT = "BU02210100"
# resources/example/scenarios_ooipoort.json sells 60 units of "buurt = BU02210100 en eigenaar = woningcorporatie en
# type = eengezins" in 2027; all such records hold 1 unit, so the engine sells the first 60 in stock order. The first,
# Pand 0221100000311390, rents at € 723,65 (sociale huur, below the liberalisatiegrens) and has a WOZ of € 286.000:
# sold, it stays below the koopgrens (€ 420.000 in 2026, both indexed 3 % a year), so in 2030 it is betaalbare koop.
SOLD = "NL.IMBAG.Pand.0221100000311390"
YEAR = 2030


@pytest.fixture()
def window(qtbot, tmp_path):
    document, attribution = build_document(None)
    w = MainWindow(document, attribution)

    def discard_changes(_widget):
        document.wait()
        document.undo_stack.setClean()

    qtbot.addWidget(w, before_close_func=discard_changes)
    w.map_pane.settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    w.resize(1366, 768)
    w.show()
    qtbot.waitUntil(lambda: w.scene.is_loaded and document.result is not None, timeout=20_000)
    return w


def _show_year(qtbot, window, year: int) -> None:
    pane = window.map_pane
    pane.toolbar.year.setValue(year)
    qtbot.waitUntil(lambda: pane.after is not None and pane.after.year == year, timeout=20_000)


def _centre_on(window, building_id: str, scale: float = 3.0):
    frame = window.document.plan.stock.frame
    shape = frame.loc[frame["id"] == building_id, "geometry"].iat[0]
    point = shapely.point_on_surface(shape)
    window.map.set_map_scale(scale, QPointF(point.x, point.y))
    return QPointF(point.x, point.y), window.map.mapFromScene(QPointF(point.x, point.y))


def _pixel(window, pos) -> QColor:
    for label in window.scene.labels:
        label.hide()  # sample the building, not a buurt name drawn over it
    return window.map.viewport().grab().toImage().pixelColor(pos)


def test_scenario_mode_colours_the_sold_building_as_koop(qtbot, window):
    _show_year(qtbot, window, YEAR)
    point, pos = _centre_on(window, SOLD)
    assert _pixel(window, pos) == QColor(SEGMENT_COLOURS["sociale huur"])  # Nu is the default mode
    window.map_pane.toolbar.set_mode(SCENARIO)
    assert _pixel(window, pos) == QColor(SEGMENT_COLOURS["betaalbare koop"])
    assert window.map.current_legend().title == f"Scenario, eind {YEAR}"
    window.map_pane.toolbar.set_mode(DIFFERENCE)
    assert _pixel(window, pos) == QColor(SEGMENT_COLOURS["betaalbare koop"])
    assert window.map_pane.tooltip_at(point) == f"{SOLD}\nsociale huur → betaalbare koop"
    legend = [text for _, text in window.map.current_legend().entries]
    assert legend[0] == "sociale huur → betaalbare koop: 55"  # 60 sold: 55 + 4 to dure koop + 1 from middenhuur
    # before the sale year the scenario has not touched it yet
    _show_year(qtbot, window, 2026)
    assert window.map_pane.tooltip_at(point) == f"{SOLD}\nongewijzigd: sociale huur"


def test_a_demolished_building_is_greyed_and_undo_brings_it_back(qtbot, window):
    d = window.document
    frame = d.plan.stock.frame
    largest = frame["id"].iat[int(np.argmax(shapely.area(frame["geometry"].to_numpy(dtype=object))))]
    window.map_pane.toolbar.set_mode(SCENARIO)
    _show_year(qtbot, window, YEAR)
    with qtbot.waitSignal(d.projection_finished, timeout=20_000):
        d.apply(edits.add_intervention(d.plan, d.scenario, Demolish(year=2028, selection=Selection(ids=(largest,)))))
    row = int(np.flatnonzero(frame["id"].to_numpy() == largest)[0])
    assert window.map_pane.after.segments[row] == "gesloopt"
    _, pos = _centre_on(window, largest, 1.0)
    for label in window.scene.labels:
        label.hide()
    image = window.map.viewport().grab().toImage()
    block = [image.pixelColor(pos.x() + dx, pos.y() + dy) for dx in range(-4, 5) for dy in range(-4, 5)]
    assert all(c.red() == c.green() == c.blue() for c in block)  # grey fill with a grey hatch, nothing coloured
    assert QColor("#E3E3E3") in block and QColor("#6E6E6E") in block
    assert "gesloopt" in [text for _, text in window.map.current_legend().entries]
    with qtbot.waitSignal(d.projection_finished, timeout=20_000):
        d.undo_stack.undo()
    segment = window.map_pane.after.segments[row]
    assert segment != "gesloopt" and _pixel(window, pos) == QColor(SEGMENT_COLOURS[segment])


def test_a_sketched_hectare_fills_the_new_build_form(qtbot, window, monkeypatch):
    pane, d = window.map_pane, window.document
    pane.settings.density_per_ha = 60
    areas = d.plan.areas
    centre = shapely.point_on_surface(areas.loc[areas["buurt_code"] == OOIPOORT, "geometry"].iat[0])
    square = shapely.box(centre.x - 50, centre.y - 50, centre.x + 50, centre.y + 50)  # 100 m x 100 m = 1 ha
    wkt = shapely.to_wkt(square, rounding_precision=2)
    pane.toolbar.sketch_action.trigger()
    assert pane.view.sketching and pane.plot_panel.isVisible()
    assert pane.plot_panel.discard_button.text() == "Stoppen"
    pane.plot_panel.discard_button.click()
    assert not pane.view.sketching and not pane.toolbar.sketch_action.isChecked() and not pane.plot_panel.isVisible()
    pane.view.plot_drawn.emit(wkt, square.area)  # what the view says when a sketch of these corners is finished
    panel = pane.plot_panel
    assert panel.isVisible() and panel.plot.capacity == 60 and panel.plot.buurt_code == OOIPOORT
    assert panel.area.text() == "Oppervlakte: 10.000 m² (1,00 ha)"
    assert panel.capacity.text() == "Capaciteit: indicatief 60 woningen (60 per ha)"
    assert panel.buurt.text() == "Buurt: Ooipoort"
    opened = []

    def fill_and_accept(dialog):
        opened.append(dialog)
        form = dialog.form
        assert form.plot.wkt() == wkt and form.form.isRowVisible(form.plot)
        assert form.plot.text() == "10.000 m² (1,00 ha) · indicatief 60 woningen (60 per ha)"
        assert form.buurt.value() == OOIPOORT and form.schedule.total.value() == 60
        form.programme.spins["sociale huur"].setValue(100)
        assert dialog.ok_button.isEnabled(), dialog.error_text()
        return True

    monkeypatch.setattr("mixplanner.ui.forms.InterventionDialog.exec", fill_and_accept)
    pane.toolbar.set_mode(SCENARIO)
    _show_year(qtbot, window, YEAR)
    with qtbot.waitSignal(d.projection_finished, timeout=20_000):
        panel.build_button.click()
    assert opened
    added = d.plan.scenario(d.scenario).interventions[-1]
    assert added.plot_wkt == wkt and added.planned_units == 60 and added.buurt_code == OOIPOORT
    assert not panel.isVisible()  # the plot is in the plan now: the pending sketch is gone
    (plot,) = pane.after.plots
    assert (plot.units, plot.segment) == (60, "sociale huur")
    assert [label.text for label in pane.plots.labels] == ["60 woningen"]
    with qtbot.waitSignal(d.projection_finished, timeout=20_000):
        d.undo_stack.undo()
    assert pane.after.plots == () and pane.plots.labels == []


def test_a_new_year_is_one_projection_that_feeds_charts_and_map(qtbot, window):
    d, pane = window.document, window.map_pane
    pane.toolbar.set_mode(SCENARIO)
    results = []
    d.projection_finished.connect(results.append)
    _show_year(qtbot, window, 2028)
    d.wait()
    qtbot.wait(50)
    assert len(results) == 1 and results[0] is d.result
    assert results[0].records.year == 2028 and pane.after is results[0].records
    assert sorted(results[0].projection.records) == [2028]  # the run that charts use kept the map year, nothing more
    pane.toolbar.set_mode(NOW)
    row = int(np.flatnonzero(d.plan.stock.frame["id"].to_numpy() == SOLD)[0])
    assert window.map.current_legend().title == "Nu" and window.scene.present_classes() == sorted(
        set(pane.now), key=list(SEGMENT_COLOURS).index)
    assert pane.now[row] == "sociale huur"


def test_today_s_colours_follow_the_policy_year(qtbot, window):
    """At the 2023 thresholds (liberalisatiegrens 808,06, social points up to 142) a private rent between that and
    2026's 932,93 with more than 142 points is no longer social (docs/classification.md); in the example: one record."""
    import dataclasses

    from mixplanner.domain import edits

    d, pane = window.document, window.map_pane
    frame = d.plan.stock.frame
    between = ((frame["rent"] > 808.06) & (frame["rent"] <= 932.93) & (frame["owner"] != "woningcorporatie")
               & (frame["wws_points"] > 142)).to_numpy()
    assert between.any() and set(pane.now[between]) == {"sociale huur"}
    older = dataclasses.replace(d.plan.assumptions, policy_year=2023)
    with qtbot.waitSignal(d.projection_finished, timeout=20_000):
        d.apply(edits.set_assumptions(d.plan, older))
    assert between.sum() == 1 and set(pane.now[between]) == {"vrije sector huur"}  # 2023 knew no middenhuur
    d.undo_stack.undo()
    assert set(pane.now[between]) == {"sociale huur"}
    d.wait()
