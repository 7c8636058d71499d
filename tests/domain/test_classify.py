"""The segment rule of docs/classification.md, case by case, with thresholds of DOMAIN.md."""

import numpy as np
import pandas as pd
import pytest

from mixplanner.domain.classify import Rule, classify_frame, explain
from mixplanner.domain.policy import PolicyTable
from mixplanner.domain.stock import Stock

NA = np.nan
# owner, rent, points, woz, override -> segment, band, rule   (policy year 2026 unless stated)
CASES = [
    ("woningcorporatie", 932.93, NA, NA, None, "sociale huur", "duur", Rule.RENT_SOCIAL),  # exactly at the limit
    ("woningcorporatie", 932.94, NA, NA, None, "middenhuur", "", Rule.RENT_MID),
    ("woningcorporatie", 700.00, 150, NA, None, "sociale huur", "betaalbaar", Rule.RENT_SOCIAL),  # rent decides social
    ("woningcorporatie", 498.19, 90, NA, None, "sociale huur", "goedkoop", Rule.RENT_SOCIAL),
    ("woningcorporatie", 498.20, 90, NA, None, "sociale huur", "betaalbaar", Rule.RENT_SOCIAL),
    ("particuliere verhuurder", 1000.0, 130, NA, None, "sociale huur", "duur", Rule.POINTS_SOCIAL_ABOVE_LIMIT),
    ("particuliere verhuurder", 1000.0, 143, NA, None, "sociale huur", "duur", Rule.POINTS_SOCIAL_ABOVE_LIMIT),
    ("particuliere verhuurder", 1000.0, 144, NA, None, "middenhuur", "", Rule.POINTS_MID),
    ("particuliere verhuurder", 1300.0, 186, NA, None, "middenhuur", "", Rule.POINTS_MID),  # points beat rent above the limit
    ("particuliere verhuurder", 1000.0, 187, NA, None, "vrije sector huur", "", Rule.POINTS_FREE),
    ("particuliere verhuurder", 1228.07, NA, NA, None, "middenhuur", "", Rule.RENT_MID),
    ("particuliere verhuurder", 1228.08, NA, NA, None, "vrije sector huur", "", Rule.RENT_FREE),
    ("particuliere verhuurder", NA, 143, NA, None, "sociale huur", "", Rule.ONLY_POINTS_SOCIAL),
    ("particuliere verhuurder", NA, 160, NA, None, "middenhuur", "", Rule.ONLY_POINTS_MID),
    ("particuliere verhuurder", NA, 200, NA, None, "vrije sector huur", "", Rule.ONLY_POINTS_FREE),
    ("particuliere verhuurder", NA, NA, 250000, None, "onbekend", "", Rule.NO_DATA),
    ("woningcorporatie", NA, NA, 250000, None, "sociale huur", "", Rule.CORPORATION_PROXY),
    # has a rent, so let by someone; 800 > aftoppingsgrens hoog 2026 (731.93 * 1.03 = 753.89, derived) -> duur
    ("onbekend", 800.0, NA, NA, None, "sociale huur", "duur", Rule.RENT_SOCIAL),
    ("eigenaar-bewoner", NA, NA, 420000, None, "betaalbare koop", "", Rule.OWNED_AFFORDABLE),
    ("eigenaar-bewoner", NA, NA, 420001, None, "dure koop", "", Rule.OWNED_EXPENSIVE),
    ("eigenaar-bewoner", 900.0, NA, NA, None, "onbekend", "", Rule.OWNED_NO_WOZ),
    ("woningcorporatie", 600.0, NA, NA, "middenhuur", "middenhuur", "", Rule.OVERRIDE),
]


def _stock(rows):
    frame = pd.DataFrame(
        [dict(id=str(i), owner=o, rent=r, wws_points=p, woz=w, segment_override=s) for i, (o, r, p, w, s, *_rest) in enumerate(rows)]
    )
    return Stock.from_frame(frame)


@pytest.fixture(scope="module")
def t2026():
    return PolicyTable.bundled().for_year(2026)


def test_each_branch_of_the_rule(t2026):
    stock = _stock(CASES)
    result = classify_frame(stock.frame, t2026)
    got = list(zip(result.segment_categorical().astype(str), result.band_categorical().astype(str), result.rule))
    expected = [(seg, band, int(rule)) for *_in, seg, band, rule in CASES]
    assert [(s, b, int(r)) for s, b, r in got] == expected


def test_2023_has_no_middenhuur():
    t = PolicyTable.bundled().for_year(2023)
    stock = _stock([
        ("particuliere verhuurder", 900.0, 150, NA, None),  # 900 > 808.06, 150 > 142 points -> free
        ("particuliere verhuurder", 900.0, NA, NA, None),
        ("woningcorporatie", 808.06, NA, NA, None),
    ])
    segs = list(classify_frame(stock.frame, t).segment_categorical().astype(str))
    assert segs == ["vrije sector huur", "vrije sector huur", "sociale huur"]


def test_the_same_dwelling_changes_segment_with_the_policy_year():
    # rent 850: above the 2023 liberalisatiegrens (808.06), below 2024's (879.66)
    stock = _stock([("woningcorporatie", 850.0, NA, NA, None)])
    table = PolicyTable.bundled()
    by_year = {y: str(classify_frame(stock.frame, table.for_year(y)).segment_categorical()[0]) for y in (2023, 2024)}
    assert by_year == {2023: "vrije sector huur", 2024: "sociale huur"}


def test_every_record_explains_its_segment(t2026):
    stock = _stock(CASES)
    result = classify_frame(stock.frame, t2026)
    reasons = [explain(stock.frame.iloc[i], result.rule[i], t2026) for i in range(len(CASES))]
    assert reasons[0] == "huur € 932,93 ≤ liberalisatiegrens 2026 (€ 932,93)"
    assert reasons[7] == "huur € 1.000,00 > liberalisatiegrens (€ 932,93); 144 punten ligt in 144-186: middenhuur"
    assert reasons[16].startswith("corporatiebezit zonder huur en punten")
    assert reasons[19] == "eigenaar-bewoner, WOZ € 420.001 > betaalbaarheidsgrens koop 2026 (€ 420.000)"
    assert "opgegeven in de invoer (middenhuur)" in reasons[21]
    english = explain(stock.frame.iloc[1], result.rule[1], t2026, lang="en")
    assert english == "rent € 932,94 > liberalisation limit (€ 932,93) and ≤ mid-rent cap (€ 1.228,07); points unknown"
