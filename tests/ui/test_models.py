"""Qt models of the stock, the plan and the target statuses, on the bundled example and on an empty stock."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtGui import QColor

from mixplanner.domain.classify import classify_frame, explain
from mixplanner.domain.numbers import fmt_eur
from mixplanner.domain.policy import PolicyTable
from mixplanner.domain.scenario import BASELINE, Plan
from mixplanner.domain.stock import Stock
from mixplanner.domain.targets import load_presets
from mixplanner.engine.projection import project
from mixplanner.engine.targets import MET, NOT_MET, evaluate_all
from mixplanner.io.load import load_stock
from mixplanner.io.scenario_json import read_scenarios
from mixplanner.resources import example_stock_path, resource_path
from mixplanner.ui.models import plan_models as pm
from mixplanner.ui.models import stock_table as st
from mixplanner.ui.models.roles import ObjectRole, SortRole

YEAR = 2026
OOIPOORT = "BU02210100"


@pytest.fixture(scope="module")
def example():
    return load_stock(example_stock_path())


@pytest.fixture(scope="module")
def plan(example) -> Plan:
    scenarios = tuple(read_scenarios(resource_path("example", "scenarios_ooipoort.json")))
    return Plan(example.stock, scenarios=scenarios, areas=example.areas,
                targets=load_presets()["corporatiebuurt"].targets)


@pytest.fixture(scope="module")
def statuses(plan):
    """The Ooipoort variant that sells fewer homes: Ooipoort stays a corporatiebuurt, the other buurten meet it."""
    return evaluate_all(plan.targets, project(plan, "Ooipoort, 50 minder verkopen"))


def empty_stock() -> Stock:
    return Stock.from_frame(pd.DataFrame())


def nl_eur(value: float) -> str:
    return "€ " + f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def proxy_for(model):
    proxy = st.StockFilterProxy()
    proxy.setSourceModel(model)
    return proxy


@pytest.mark.parametrize("which", ["example", "empty"])
def test_stock_model_passes_the_model_tester(qtmodeltester, example, which):
    stock = example.stock if which == "example" else empty_stock()
    model = st.StockTableModel(stock, year=YEAR)
    qtmodeltester.check(model)
    model.sort(st.RENT)  # the tester stays attached and checks the signals of a sort
    assert model.rowCount() == len(stock)


@pytest.mark.parametrize("which", ["example", "empty"])
def test_stock_proxy_passes_the_model_tester(qtmodeltester, example, which):
    stock = example.stock if which == "example" else empty_stock()
    proxy = proxy_for(st.StockTableModel(stock, year=YEAR))
    proxy.set_segments(["sociale huur", "middenhuur"])
    qtmodeltester.check(proxy)
    proxy.sort(st.RENT)  # one tester per test: the Python tester keeps one state for every model it checks
    proxy.set_text("BU")
    proxy.set_segments(None)
    assert proxy.rowCount() == int(stock.frame["buurt_code"].str.contains("BU", na=False).sum())


def test_stock_table_shows_dutch_numbers_and_explains_the_segment(example):
    frame = example.stock.frame
    model = st.StockTableModel(example.stock, year=YEAR)
    rec = int(np.flatnonzero(frame["rent"].notna().to_numpy() & (frame["rent"].to_numpy() > 1000))[0])
    rent = float(frame["rent"].iloc[rec])
    assert model.index(rec, st.RENT).data() == nl_eur(rent)
    assert model.index(rec, st.RENT).data(SortRole) == rent
    assert model.index(rec, st.ID).data(ObjectRole) == frame["id"].iloc[rec]
    thresholds = PolicyTable.bundled().for_year(YEAR)
    rule = classify_frame(frame, thresholds).rule[rec]
    assert model.index(rec, st.SEGMENT).data(Qt.ItemDataRole.ToolTipRole) == explain(frame.iloc[rec], rule, thresholds)
    assert isinstance(model.index(rec, st.SEGMENT).data(Qt.ItemDataRole.DecorationRole), QColor)
    assert model.headerData(st.RENT, Qt.Orientation.Horizontal) == "kale huur (€/maand)"
    english = st.StockTableModel(example.stock, year=YEAR, lang="en")
    assert english.headerData(st.RENT, Qt.Orientation.Horizontal) == "bare rent (€/month)"


def test_proxy_sorts_by_rent_with_missing_rents_last(example):
    proxy = proxy_for(st.StockTableModel(example.stock, year=YEAR))
    proxy.sort(st.RENT, Qt.SortOrder.AscendingOrder)
    rents = [proxy.index(r, st.RENT).data(SortRole) for r in range(proxy.rowCount())]
    assert rents[0] == example.stock.frame["rent"].min()
    assert math.isnan(rents[-1])
    known = [r for r in rents if not math.isnan(r)]
    assert known == sorted(known) and len(known) == example.stock.frame["rent"].notna().sum()
    proxy.sort(st.RENT, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, st.RENT).data(SortRole) == example.stock.frame["rent"].max()
    assert math.isnan(proxy.index(proxy.rowCount() - 1, st.RENT).data(SortRole))


def test_proxy_filters_by_text_segment_and_ids(example):
    frame = example.stock.frame
    proxy = proxy_for(st.StockTableModel(example.stock, year=YEAR))
    proxy.sort(st.RENT)  # the filter must follow the re-ordered rows
    proxy.set_text(OOIPOORT.lower())
    assert proxy.rowCount() == int((frame["buurt_code"] == OOIPOORT).sum())
    assert {proxy.index(r, st.BUURT).data(SortRole) for r in range(proxy.rowCount())} == {OOIPOORT}
    ids = list(frame["id"].iloc[[3, 50, 700]])
    proxy.set_text("")
    proxy.set_ids(ids)
    assert sorted(proxy.index(r, st.ID).data(ObjectRole) for r in range(proxy.rowCount())) == sorted(ids)
    proxy.set_ids(None)
    proxy.set_segments(["sociale huur"])
    social = classify_frame(frame, PolicyTable.bundled().for_year(YEAR)).segment_categorical() == "sociale huur"
    assert proxy.rowCount() == int(social.sum())
    proxy.clear_filters()
    assert proxy.rowCount() == len(frame)


def test_proxy_follows_a_new_stock(example):
    model = st.StockTableModel(example.stock, year=YEAR)
    proxy = proxy_for(model)
    proxy.set_text(OOIPOORT)
    model.set_stock(empty_stock())
    assert proxy.rowCount() == 0
    model.set_stock(example.stock)
    assert proxy.rowCount() == int((example.stock.frame["buurt_code"] == OOIPOORT).sum())


def test_plan_models_pass_the_model_tester(qtmodeltester, plan, statuses):
    empty_plan = Plan(empty_stock())
    for model in (pm.ScenarioListModel(plan), pm.ScenarioListModel(empty_plan),
                  pm.InterventionListModel(plan, plan.scenarios[1].name), pm.InterventionListModel(empty_plan, BASELINE),
                  pm.TargetStatusModel(statuses), pm.TargetStatusModel([])):
        qtmodeltester.check(model)


def test_scenario_list_puts_the_baseline_first(plan):
    model = pm.ScenarioListModel(plan)
    assert [model.index(r).data() for r in range(model.rowCount())] == [s.name for s in plan.scenarios]
    assert model.index(0).data() == BASELINE and model.index(0).data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(1).data(ObjectRole) is plan.scenarios[1]


def test_intervention_list_requests_a_toggle_without_changing_the_plan(qtbot, plan):
    scenario = plan.scenarios[1]
    model = pm.InterventionListModel(plan, scenario.name)
    assert model.rowCount() == len(scenario.interventions)
    assert [model.index(r, pm.TITLE).data() for r in range(model.rowCount())] == [i.title() for i in scenario.interventions]
    assert model.index(1, pm.YEARS).data() == "2028-2029"
    assert model.index(0, pm.ENABLED).flags() & Qt.ItemFlag.ItemIsUserCheckable
    with qtbot.waitSignal(model.toggle_requested) as signal:
        model.setData(model.index(0, pm.ENABLED), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert signal.args == [0]
    assert plan.scenarios[1].interventions[0].enabled
    assert model.index(0, pm.ENABLED).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_intervention_list_requests_a_move_on_drop(qtbot, plan):
    model = pm.InterventionListModel(plan, plan.scenarios[1].name)
    mime = model.mimeData([model.index(0, pm.TITLE)])
    assert isinstance(mime, QMimeData) and mime.hasFormat(pm.MIME_TYPE)
    with qtbot.waitSignal(model.move_requested) as signal:  # drop below the last row
        assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert signal.args == [0, model.rowCount() - 1]


def test_target_rows_put_the_description_once_above_its_areas(statuses):
    model = pm.TargetStatusModel(statuses, lang="nl")
    assert len(statuses) == 7  # one target (corporatiebuurt) over the 7 buurten
    assert model.rowCount() == len(statuses) + 1  # one target: one heading row
    assert model.is_heading(0) and not any(model.is_heading(r) for r in range(1, model.rowCount()))
    assert model.index(0, pm.LIGHT).data() == "woningcorporatie hoogstens 67%\n(voorraad, elke buurt, 2035)"  # 2 lines
    assert model.index(0, pm.LIGHT).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(0, pm.LIGHT).data(Qt.ItemDataRole.FontRole).bold()
    assert [model.index(r, pm.AREA).data() for r in range(model.rowCount())] == [""] + [s.area for s in statuses]
    assert model.target(0) is statuses[0].target and model.target(3) is statuses[0].target


def test_target_lights_show_met_and_not_met(statuses):
    model = pm.TargetStatusModel(statuses)
    assert {s.status for s in statuses} == {MET, NOT_MET}
    assert [s.area for s in statuses if s.status == NOT_MET] == [OOIPOORT]
    for row, s in enumerate(statuses, start=1):  # under the heading row
        colour = model.index(row, pm.LIGHT).data(Qt.ItemDataRole.DecorationRole).name()
        assert colour == {MET: "#2e7d32", NOT_MET: "#c62828"}.get(s.status, "#9e9e9e")
        assert model.index(row, pm.STATUS).data(Qt.ItemDataRole.ToolTipRole) == s.sentence()  # no names: codes
        assert model.index(row, pm.STATUS).data() == s.status
        assert model.index(row, pm.TARGET).data(ObjectRole) is s


def test_target_tooltips_name_the_area_and_hold_the_whole_description(statuses):
    model = pm.TargetStatusModel(statuses, names={OOIPOORT: "Ooipoort"}, lang="nl")
    row = 1 + next(r for r, s in enumerate(statuses) if s.area == OOIPOORT)
    gap = statuses[row - 1].gap_units
    sentence = f"{gap} woningcorporatie-woningen minder nodig in Ooipoort in 2035"
    assert 0 < gap < 1000  # no thousands separator in the sentence written here
    assert model.index(row, pm.AREA).data() == "Ooipoort"
    assert model.index(row, pm.TARGET).data() == "woningcorporatie hoogstens 67% (voorraad, elke buurt, 2035)"
    assert model.index(row, pm.TARGET).data(Qt.ItemDataRole.ToolTipRole) == (
        "woningcorporatie hoogstens 67% (voorraad, elke buurt, 2035)\n" + sentence)
    assert model.index(row, pm.AREA).data(Qt.ItemDataRole.ToolTipRole) == f"{OOIPOORT} Ooipoort\n{sentence}"
    assert model.index(row, pm.GAP).data(Qt.ItemDataRole.ToolTipRole) == sentence


def test_sample_texts_hold_the_widest_values_without_reading_every_row(example):
    model = st.StockTableModel(example.stock, year=YEAR)
    rents = example.stock.frame["rent"]
    texts = model.sample_texts(st.RENT, count=10)
    assert len(texts) == 12  # ten records spread over the stock, the lowest and the highest rent
    assert fmt_eur(rents.max(), lang="nl") in texts and fmt_eur(rents.min(), lang="nl") in texts
    assert set(model.sample_texts(st.SEGMENT, count=1)) >= {"sociale huur", "vrije sector huur", "onbekend"}
    assert st.StockTableModel(empty_stock()).sample_texts(st.RENT) == []


def test_a_large_stock_sorts_and_filters_correctly():
    n = 300_000
    rng = np.random.default_rng(1)
    rent = rng.uniform(400, 1800, n).round(2)
    rent[rng.random(n) < 0.3] = np.nan
    frame = pd.DataFrame({
        "id": [f"R{i:07d}" for i in range(n)], "buurt_code": rng.choice(["BU1", "BU2", "BU3"], n),
        "buurt_naam": "X", "owner": rng.choice(["woningcorporatie", "eigenaar-bewoner"], n),
        "rent": rent, "wws_points": rng.uniform(80, 220, n).round(), "woz": rng.uniform(1e5, 6e5, n).round(-3),
    })
    stock = Stock.from_frame(frame)
    model = st.StockTableModel(stock, year=YEAR)
    proxy = proxy_for(model)
    assert proxy.rowCount() == n
    proxy.sort(st.RENT)
    assert proxy.rowCount() == n and proxy.index(0, st.RENT).data(SortRole) == np.nanmin(rent)
    assert np.isnan(proxy.index(n - 1, st.RENT).data(SortRole))  # missing rents last
    proxy.set_text("BU2")
    assert proxy.rowCount() == int((frame["buurt_code"] == "BU2").sum())
