"""Every intervention kind on a small stock, with the expected numbers worked out by hand in the comments.

Thresholds are those of 2026 (liberalisatiegrens 932,93; middenhuur cap 1.228,07; betaalbaarheidsgrens koop
420.000). All indexation rates are 0 unless a test says otherwise, so later years use the same thresholds.
"""

import numpy as np
import pandas as pd
import pytest

from mixplanner.domain.interventions import (
    Acquire, Build, ConvertCare, Demolish, DemolishReplace, Relabel, Selection, Sell, Turnover,
)
from mixplanner.domain.scenario import Assumptions, Plan, Scenario
from mixplanner.domain.stock import Stock
from mixplanner.engine.actions import ScenarioError
from mixplanner.engine.projection import project

NA = np.nan
FLAT = Assumptions(base_year=2026, horizon=5, threshold_indexation=0.0, rent_indexation=0.0, woz_indexation=0.0)
BU1, BU2 = "BU00000001", "BU00000002"


def _stock():
    rows = [  # id, units, buurt, owner, rent, points, woz
        ("c1", 10, BU1, "woningcorporatie", 600.0, NA, 250000.0),  # sociale huur
        ("c2", 5, BU1, "woningcorporatie", 700.0, NA, 450000.0),  # sociale huur
        ("p1", 4, BU1, "particuliere verhuurder", 1100.0, 160, NA),  # middenhuur (points)
        ("o1", 6, BU1, "eigenaar-bewoner", NA, NA, 300000.0),  # betaalbare koop
        ("c3", 8, BU2, "woningcorporatie", 650.0, NA, NA),  # sociale huur
        ("p2", 3, BU2, "particuliere verhuurder", 1500.0, 200, NA),  # vrije sector huur
        ("o2", 2, BU2, "eigenaar-bewoner", NA, NA, 500000.0),  # dure koop
    ]
    frame = pd.DataFrame(rows, columns=["id", "units", "buurt_code", "owner", "rent", "wws_points", "woz"])
    return Stock.from_frame(frame)


def run(*interventions, assumptions=FLAT):
    plan = Plan(_stock(), assumptions, scenarios=(Scenario("s", tuple(interventions)),))
    return project(plan, "s")


def mix(p, year, area=BU1):
    row = p.mix(year).loc[area]
    return {k: int(v) for k, v in row.items() if v}


def test_baseline_is_the_stock_every_year():
    p = run()
    for year in range(2026, 2032):
        assert mix(p, year, BU1) == {"sociale huur": 15, "middenhuur": 4, "betaalbare koop": 6}
        assert mix(p, year, BU2) == {"sociale huur": 8, "vrije sector huur": 3, "dure koop": 2}
    assert p.ledger.empty


def test_sell_units_takes_whole_records_in_order_and_splits_the_last():
    # 12 of BU1's corporation units: all 10 of c1 (WOZ 250.000 -> betaalbare koop) and 2 of c2 (450.000 -> dure koop)
    p = run(Sell(year=2027, selection=Selection(filter=f"eigenaar = woningcorporatie en buurt = {BU1}"), units=12, label="verkoop"))
    assert mix(p, 2026) == {"sociale huur": 15, "middenhuur": 4, "betaalbare koop": 6}
    assert mix(p, 2027) == {"sociale huur": 3, "middenhuur": 4, "betaalbare koop": 16, "dure koop": 2}
    owners = p.mix(2027, dimension="owner").loc[BU1]
    assert owners["woningcorporatie"] == 3 and owners["eigenaar-bewoner"] == 18
    led = p.ledger[(p.ledger.year == 2027) & (p.ledger.buurt_code == BU1)].groupby("segment")["units"].sum()
    assert led.to_dict() == {"betaalbare koop": 10, "dure koop": 2, "sociale huur": -12}


def test_sell_share_with_discount():
    # half of c2's 5 units -> round(2.5) = 2 (banker's rounding in Python: 2); WOZ 450.000 x 0.9 = 405.000 <= 420.000
    p = run(Sell(year=2027, selection=Selection(ids=("c2",)), share=0.5, discount=0.1))
    assert mix(p, 2027) == {"sociale huur": 13, "middenhuur": 4, "betaalbare koop": 8}


def test_sell_more_than_exists_names_the_intervention():
    with pytest.raises(ScenarioError, match=r"'Grote verkoop' \(verkoop, 2027\): 200 units to sell, but the selection .* holds 15"):
        run(Sell(year=2027, selection=Selection(filter="eigenaar = corporatie en buurt = " + BU1), units=200, label="Grote verkoop"))


def test_sell_without_woz_or_price_is_an_error():
    with pytest.raises(ScenarioError, match="no WOZ value"):
        run(Sell(year=2027, selection=Selection(ids=("c3",)), units=1))


def test_build_phased_with_realisation_rate_and_largest_remainder_split():
    # 10 planned in 2027 and 10 in 2028 at 80%: 8 delivered each year.
    # 8 x (30/40/30) = 2.4 / 3.2 / 2.4 -> 2 / 3 / 2, the 8th unit to the largest remainder (0.4, first: sociale huur)
    p = run(Build(buurt_code=BU2, schedule=((2027, 10), (2028, 10)), realisation_rate=0.8, label="nieuw",
                  programme=(("sociale huur", 0.3), ("middenhuur", 0.4), ("dure koop", 0.3))))
    assert mix(p, 2027, BU2) == {"sociale huur": 11, "middenhuur": 3, "vrije sector huur": 3, "dure koop": 4}
    assert mix(p, 2028, BU2) == {"sociale huur": 14, "middenhuur": 6, "vrije sector huur": 3, "dure koop": 6}
    assert p.delivered_mix(2028).loc[BU2].to_dict() == {
        "sociale huur": 6, "middenhuur": 6, "vrije sector huur": 0, "betaalbare koop": 0, "dure koop": 4, "onbekend": 0}
    owners = p.mix(2028, dimension="owner").loc[BU2]
    assert owners["woningcorporatie"] == 8 + 6 and owners["particuliere verhuurder"] == 3 + 6


def test_build_in_an_unknown_buurt_is_refused_before_projecting():
    with pytest.raises(ScenarioError, match="buurt BU99999999 is not in the plan"):
        run(Build(buurt_code="BU99999999", schedule=((2027, 5),), programme=(("sociale huur", 1.0),)))


def test_intervention_before_the_base_year_is_refused():
    with pytest.raises(ScenarioError, match="year 2025 is before the base year 2026"):
        run(Demolish(year=2025, selection=Selection(ids=("c1",))))


def test_demolish_and_demolishing_again_names_the_earlier_intervention():
    p = run(Demolish(year=2027, selection=Selection(ids=("c3",))))
    assert mix(p, 2027, BU2) == {"vrije sector huur": 3, "dure koop": 2}
    assert p.units[p.year_index(2027)].sum() == 38 - 8
    with pytest.raises(ScenarioError, match="already demolished by intervention #1"):
        run(Demolish(year=2027, selection=Selection(ids=("c3",)), label="eerste"),
            Demolish(year=2028, selection=Selection(ids=("c3",)), label="tweede"))


def test_demolish_and_replace_after_a_gap():
    # c1's 10 social units go in 2027; 2 years later 10 x 0.8 = 8 return: 4 social, 4 middenhuur
    p = run(DemolishReplace(year=2027, selection=Selection(ids=("c1",)), ratio=0.8, gap_years=2,
                            programme=(("sociale huur", 0.5), ("middenhuur", 0.5))))
    assert mix(p, 2027) == {"sociale huur": 5, "middenhuur": 4, "betaalbare koop": 6}
    assert mix(p, 2028) == mix(p, 2027)
    assert mix(p, 2029) == {"sociale huur": 9, "middenhuur": 8, "betaalbare koop": 6}


def test_care_conversion_and_intramural_places_leave_the_mix():
    p = run(ConvertCare(year=2027, selection=Selection(filter=f"buurt = {BU1} en eigenaar = corporatie"), units=5),
            ConvertCare(year=2028, selection=Selection(ids=("c3",)), units=3, care_type="intramuraal"))
    k = p.year_index(2027)
    care = p.units[k].sum(axis=(1, 2))  # buurt x care
    assert care[p.areas.position(BU1)].tolist() == [20, 0, 5, 0, 0]  # geen, nultreden, geclusterd, zorgwoning, intramuraal
    assert mix(p, 2028, BU2) == {"sociale huur": 5, "vrije sector huur": 3, "dure koop": 2}
    assert int(p.intramural(2028).iloc[0]) == 3


def test_turnover_relets_a_share_with_the_remainder_carried():
    # BU1 corporation social units: 15. Turnover 7% a year, half re-let as middenhuur:
    # 2027: 15 x 0.07 x 0.5 = 0.525 -> 0 (0.525 carried); 2028: 1.05 -> 1 (0.05 carried);
    # 2029: 14 x 0.035 + 0.05 = 0.54 -> 0; 2030: 0.49 + 0.54 = 1.03 -> 1
    sel = Selection(filter=f"buurt = {BU1} en eigenaar = corporatie en segment = sociale huur")
    p = run(Turnover(first_year=2027, last_year=2030, selection=sel, relet_share=0.5, to_segment="middenhuur"))
    assert [mix(p, y)["middenhuur"] for y in (2027, 2028, 2029, 2030, 2031)] == [4, 5, 5, 6, 6]
    capped = run(Turnover(first_year=2027, last_year=2030, selection=sel, relet_share=0.5, to_segment="middenhuur", cap=1))
    assert mix(capped, 2031)["middenhuur"] == 5


def test_acquisition_moves_private_units_to_social_rent():
    p = run(Acquire(year=2027, selection=Selection(ids=("p2",)), units=2))
    assert mix(p, 2027, BU2) == {"sociale huur": 10, "vrije sector huur": 1, "dure koop": 2}
    assert p.mix(2027, dimension="owner").loc[BU2, "woningcorporatie"] == 10


def test_relabel_owner_and_segment():
    p = run(Relabel(year=2028, selection=Selection(ids=("o2",)), owner="particuliere verhuurder", segment="middenhuur"))
    assert mix(p, 2028, BU2) == {"sociale huur": 8, "middenhuur": 2, "vrije sector huur": 3}


def test_indexation_drift_is_booked_apart():
    # rents rise 5% a year, thresholds stay: c2 (700) stays social until 700 x 1.05^k > 932,93, i.e. k = 6 (938,07)
    # p1 (1100, 160 points) stays middenhuur by its points
    a = Assumptions(base_year=2026, horizon=7, threshold_indexation=0.0, rent_indexation=0.05, woz_indexation=0.0)
    p = run(assumptions=a)
    assert mix(p, 2031)["sociale huur"] == 15
    assert mix(p, 2032) == {"sociale huur": 10, "middenhuur": 9, "betaalbare koop": 6}
    drift = p.ledger[(p.ledger.kind == "drift") & (p.ledger.buurt_code == BU1)]
    assert drift.groupby(["year", "segment"])["units"].sum().to_dict() == {(2032, "middenhuur"): 5, (2032, "sociale huur"): -5}


def test_disabled_interventions_are_left_out():
    sell = Sell(year=2027, selection=Selection(ids=("c1",)), units=10, enabled=False)
    assert mix(run(sell), 2027) == mix(run(), 2027)
