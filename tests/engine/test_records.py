"""Per-record results: the projected stock of a year, worked out by hand on the small stock of test_interventions."""

import numpy as np
import shapely

from mixplanner.domain.interventions import Build, Demolish, Selection, Sell
from mixplanner.domain.scenario import Plan, Scenario
from mixplanner.engine.projection import project
from mixplanner.engine.records import DEMOLISHED, records_at, segment_per_row, with_geometry

from tests.engine.test_interventions import BU1, BU2, FLAT, _stock

PLOT = "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"


def _plan(*interventions):
    return Plan(_stock(), FLAT, scenarios=(Scenario("s", tuple(interventions)),))


def test_a_sale_splits_the_last_complex_and_the_pieces_keep_their_row():
    # 12 corporation units in BU1: all 10 of c1 (row 0) and 2 of c2's 5 (row 1); 3 of c2 stay social rent
    plan = _plan(Sell(year=2027, selection=Selection(filter=f"eigenaar = woningcorporatie en buurt = {BU1}"), units=12))
    p = project(plan, "s", keep_records=(2026, 2027))
    before, after = p.records[2026], p.records[2027]
    assert len(before) == 7 and before["created_by"].eq(0).all()
    c2 = after[after["id"] == "c2"].sort_values("units")
    assert c2["row"].tolist() == [1, 1]
    assert c2["units"].tolist() == [2, 3]
    assert c2["owner"].astype(str).tolist() == ["eigenaar-bewoner", "woningcorporatie"]
    assert c2["segment"].astype(str).tolist() == ["dure koop", "sociale huur"]
    assert after["units"].sum() == before["units"].sum() == 38
    assert set(p.records) == {2026, 2027}  # only the years asked for are kept


def test_segment_per_row_takes_the_larger_part_and_marks_demolished_rows():
    plan = _plan(Sell(year=2027, selection=Selection(filter=f"eigenaar = woningcorporatie en buurt = {BU1}"), units=12),
                 Demolish(year=2027, selection=Selection(ids=("c3",))))
    records = project(plan, "s", keep_records=(2027,)).records[2027]
    segments = segment_per_row(records, 7)
    assert segments.tolist() == ["betaalbare koop", "sociale huur", "middenhuur", "betaalbare koop", DEMOLISHED,
                                 "vrije sector huur", "dure koop"]
    c3 = records[records["id"] == "c3"]
    assert c3["units"].tolist() == [0] and c3["removed_by"].tolist() == [2]


def test_new_build_gets_its_drawn_plot_and_stock_records_their_own_geometry():
    stock = _stock()
    frame = stock.frame.copy()
    frame["geometry"] = shapely.points(np.arange(7.0), np.zeros(7))
    plan = Plan(type(stock).from_frame(frame), FLAT, scenarios=(
        Scenario("s", (Build(buurt_code=BU2, schedule=((2027, 10),), programme=(("sociale huur", 1.0),), plot_wkt=PLOT),)),))
    records = records_at(plan, "s", 2027)
    new = records[records["created_by"] == 1]
    assert new["units"].sum() == 10 and new["row"].tolist() == [-1]
    assert shapely.equals(new["geometry"].iloc[0], shapely.from_wkt(PLOT))
    old = records[records["row"] >= 0]
    assert shapely.get_x(np.array(old["geometry"].tolist())).tolist() == list(np.arange(7.0))
    assert with_geometry(project(plan, "s", keep_records=(2027,)), 2027, plan)["units"].sum() == 48
