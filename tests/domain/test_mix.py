"""Mix summaries: units and shares per area, intramural places apart, rounding that adds up to 100."""

import pandas as pd
import pytest

from mixplanner.domain.classify import classify_frame
from mixplanner.domain.mix import NO_AREA, MixSummary, mix_summary, rounded_percentages
from mixplanner.domain.policy import PolicyTable
from mixplanner.domain.stock import Stock


@pytest.fixture(scope="module")
def stock():
    rows = [
        # id, units, buurt, owner, rent, woz, care
        ("a", 10, "BU00000001", "woningcorporatie", 600.0, None, "geen"),
        ("b", 5, "BU00000001", "woningcorporatie", 1100.0, None, "nultreden"),
        ("c", 5, "BU00000001", "eigenaar-bewoner", None, 300000.0, "geen"),
        ("d", 3, "BU00000002", "eigenaar-bewoner", None, 500000.0, "geen"),
        ("e", 40, "BU00000002", "woningcorporatie", None, None, "intramuraal"),
        ("f", 1, None, "particuliere verhuurder", 1500.0, None, "geen"),
    ]
    frame = pd.DataFrame(rows, columns=["id", "units", "buurt_code", "owner", "rent", "woz", "care_type"])
    return Stock.from_frame(frame)


def test_units_per_buurt_and_segment(stock):
    t = PolicyTable.bundled().for_year(2026)
    m = mix_summary(stock.frame, classify_frame(stock.frame, t), "buurt")
    assert m.segments.loc["BU00000001", "sociale huur"] == 10
    assert m.segments.loc["BU00000001", "middenhuur"] == 5  # 1100 between 932.93 and 1228.07, no points
    assert m.segments.loc["BU00000001", "betaalbare koop"] == 5
    assert m.segments.loc["BU00000002"].sum() == 3  # the 40 intramural places are not dwellings
    assert m.intramural_places.to_dict() == {NO_AREA: 0, "BU00000001": 0, "BU00000002": 40}
    assert m.segments.loc[NO_AREA, "vrije sector huur"] == 1  # nothing disappears for lack of a code
    shares = MixSummary.shares(m.segments)
    assert shares.loc["BU00000001", "sociale huur"] == pytest.approx(0.5)
    assert shares.sum(axis=1).to_numpy() == pytest.approx([1, 1, 1])
    assert m.owners.loc["BU00000001", "woningcorporatie"] == 15
    assert m.care.loc["BU00000001", "nultreden"] == 5


def test_total_level(stock):
    t = PolicyTable.bundled().for_year(2026)
    m = mix_summary(stock.frame, classify_frame(stock.frame, t), "total")
    assert list(m.segments.index) == ["totaal"]
    assert m.totals.iloc[0] == 24  # 10 + 5 + 5 + 3 + 1
    assert m.intramural_places.iloc[0] == 40


def test_rounded_percentages_add_up_to_exactly_100():
    units = pd.DataFrame({"a": [1, 2, 0], "b": [1, 2, 0], "c": [1, 2, 0]}, index=["x", "y", "z"])
    pct = rounded_percentages(units, decimals=1)
    # 33.333... three times: largest remainder gives one of them the last 0.1
    assert sorted(pct.loc["x"].tolist()) == [33.3, 33.3, 33.4]
    assert pct.loc["x"].sum() == pytest.approx(100.0)
    assert pct.loc["z"].isna().all()  # an empty area has no shares, not a division error
