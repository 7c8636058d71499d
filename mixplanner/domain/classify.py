"""Classify dwellings into policy segments and social price bands for one policy year, with a reason each.

The rule is written down in docs/classification.md; the order of the branches below follows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

import numpy as np
import pandas as pd

from mixplanner.domain.categories import Owner, PriceBand, Segment
from mixplanner.domain.numbers import fmt_eur, fmt_int
from mixplanner.domain.policy import Thresholds

SEGMENTS = tuple(Segment)
CENT = 0.01
BANDS = tuple(PriceBand)


class Rule(IntEnum):
    """Which branch of the rule decided a record's segment."""

    OVERRIDE = 0
    OWNED_AFFORDABLE = 1
    OWNED_EXPENSIVE = 2
    OWNED_NO_WOZ = 3
    RENT_SOCIAL = 4
    POINTS_SOCIAL_ABOVE_LIMIT = 5
    POINTS_MID = 6
    POINTS_FREE = 7
    RENT_MID = 8
    RENT_FREE = 9
    ONLY_POINTS_SOCIAL = 10
    ONLY_POINTS_MID = 11
    ONLY_POINTS_FREE = 12
    CORPORATION_PROXY = 13
    NO_DATA = 14


_TEMPLATES_NL = {
    Rule.OVERRIDE: "segment opgegeven in de invoer ({override}); de classificatieregel is niet toegepast",
    Rule.OWNED_AFFORDABLE: "eigenaar-bewoner, WOZ {woz} ≤ betaalbaarheidsgrens koop {year} ({koop})",
    Rule.OWNED_EXPENSIVE: "eigenaar-bewoner, WOZ {woz} > betaalbaarheidsgrens koop {year} ({koop})",
    Rule.OWNED_NO_WOZ: "eigenaar-bewoner zonder WOZ-waarde: segment onbekend",
    Rule.RENT_SOCIAL: "huur {rent} ≤ liberalisatiegrens {year} ({lib})",
    Rule.POINTS_SOCIAL_ABOVE_LIMIT: "huur {rent} > liberalisatiegrens ({lib}), maar {points} punten ≤ {psoc}: "
    "gereguleerd sociaal (de huur ligt boven de maximale huur bij dit puntental)",
    Rule.POINTS_MID: "huur {rent} > liberalisatiegrens ({lib}); {points} punten ligt in {psoc1}-{pmid}: middenhuur",
    Rule.POINTS_FREE: "huur {rent} > liberalisatiegrens ({lib}); {points} punten > {pmid}: vrije sector",
    Rule.RENT_MID: "huur {rent} > liberalisatiegrens ({lib}) en ≤ maximale middenhuur ({mid}); geen punten bekend",
    Rule.RENT_FREE: "huur {rent} > liberalisatiegrens ({lib}) en boven de maximale middenhuur ({mid}); geen punten bekend",
    Rule.ONLY_POINTS_SOCIAL: "geen huur bekend; {points} punten ≤ {psoc}: sociale huur",
    Rule.ONLY_POINTS_MID: "geen huur bekend; {points} punten ligt in {psoc1}-{pmid}: middenhuur",
    Rule.ONLY_POINTS_FREE: "geen huur bekend; {points} punten > {pmid}: vrije sector",
    Rule.CORPORATION_PROXY: "corporatiebezit zonder huur en punten: sociale huur aangenomen (CBS-benadering)",
    Rule.NO_DATA: "geen huur, punten of WOZ-waarde bij eigenaar '{owner}': segment onbekend",
}

_TEMPLATES_EN = {
    Rule.OVERRIDE: "segment given in the input ({override}); the classification rule was not applied",
    Rule.OWNED_AFFORDABLE: "owner-occupied, WOZ {woz} ≤ affordable purchase limit {year} ({koop})",
    Rule.OWNED_EXPENSIVE: "owner-occupied, WOZ {woz} > affordable purchase limit {year} ({koop})",
    Rule.OWNED_NO_WOZ: "owner-occupied without a WOZ value: segment unknown",
    Rule.RENT_SOCIAL: "rent {rent} ≤ liberalisation limit {year} ({lib})",
    Rule.POINTS_SOCIAL_ABOVE_LIMIT: "rent {rent} > liberalisation limit ({lib}), but {points} points ≤ {psoc}: "
    "regulated social (the rent is above the legal maximum for these points)",
    Rule.POINTS_MID: "rent {rent} > liberalisation limit ({lib}); {points} points within {psoc1}-{pmid}: mid rent",
    Rule.POINTS_FREE: "rent {rent} > liberalisation limit ({lib}); {points} points > {pmid}: free sector",
    Rule.RENT_MID: "rent {rent} > liberalisation limit ({lib}) and ≤ mid-rent cap ({mid}); points unknown",
    Rule.RENT_FREE: "rent {rent} > liberalisation limit ({lib}) and above the mid-rent cap ({mid}); points unknown",
    Rule.ONLY_POINTS_SOCIAL: "rent unknown; {points} points ≤ {psoc}: social rent",
    Rule.ONLY_POINTS_MID: "rent unknown; {points} points within {psoc1}-{pmid}: mid rent",
    Rule.ONLY_POINTS_FREE: "rent unknown; {points} points > {pmid}: free sector",
    Rule.CORPORATION_PROXY: "corporation-owned without rent or points: social rent assumed (CBS proxy)",
    Rule.NO_DATA: "no rent, points or WOZ value for owner '{owner}': segment unknown",
}


@dataclass(frozen=True)
class Classified:
    """Segment, social price band and deciding rule per record (integer codes into SEGMENTS, BANDS, Rule)."""

    segment: np.ndarray
    band: np.ndarray
    rule: np.ndarray

    def segment_categorical(self) -> pd.Categorical:
        return pd.Categorical.from_codes(self.segment, categories=[s.value for s in SEGMENTS])

    def band_categorical(self) -> pd.Categorical:
        return pd.Categorical.from_codes(self.band, categories=[b.value for b in BANDS])


def _code(member) -> int:
    return SEGMENTS.index(member) if isinstance(member, Segment) else BANDS.index(member)


def classify_arrays(
    owner: np.ndarray,
    rent: np.ndarray,
    points: np.ndarray,
    woz: np.ndarray,
    override: np.ndarray,
    t: Thresholds,
    bands: bool = True,
) -> Classified:
    """Vectorised rule. owner/override are integer codes (override -1 for none); numbers NaN when missing.

    The first branch whose condition holds decides: each condition is one bit, and a table gives the
    lowest set bit (faster than np.select over fourteen conditions on large stocks).
    """
    owners = tuple(Owner)
    owned = owner == owners.index(Owner.OWNER_OCCUPIER)
    corp = owner == owners.index(Owner.CORPORATION)
    has_rent, has_points, has_woz = ~np.isnan(rent), ~np.isnan(points), ~np.isnan(woz)
    # Amounts are compared to half a cent, so that a price indexed at the same rate as its limit stays on its side.
    lib, koop, psoc = t.liberalisatiegrens + CENT / 2, t.betaalbaarheidsgrens_koop + CENT / 2, t.punten_sociaal_max
    mid = t.middenhuur_max_huur + CENT / 2 if t.middenhuur_max_huur is not None else -np.inf
    pmid = t.punten_midden_max if t.punten_midden_max is not None else psoc
    with np.errstate(invalid="ignore"):
        rent_social = rent <= lib
        pts_social, pts_mid = points <= psoc, (points > psoc) & (points <= pmid)
        rent_mid = rent <= mid
        cheap_woz = woz <= koop
    rented = ~owned
    conditions = [
        override >= 0,
        owned & has_woz & cheap_woz,
        owned & has_woz,
        owned,
        rented & has_rent & rent_social,
        rented & has_rent & has_points & pts_social,
        rented & has_rent & has_points & pts_mid,
        rented & has_rent & has_points,
        rented & has_rent & rent_mid,
        rented & has_rent,
        rented & has_points & pts_social,
        rented & has_points & pts_mid,
        rented & has_points,
        corp,
    ]
    bits = np.zeros(len(owner), dtype=np.uint16)
    for i, condition in enumerate(conditions):
        bits |= condition.astype(np.uint16) << np.uint16(i)
    rules = _FIRST_RULE[bits]
    seg_of_rule = np.array([_code(s) for s in _RULE_SEGMENT], dtype=np.int8)
    segment = np.where(rules == Rule.OVERRIDE, override, seg_of_rule[rules]).astype(np.int8)
    band = _bands(segment, rent, t) if bands else np.full(len(segment), _code(PriceBand.NONE), dtype=np.int8)
    return Classified(segment, band, rules)


def _first_rule_table() -> np.ndarray:
    """For every combination of the 14 condition bits, the rule of the lowest set bit (NO_DATA when none)."""
    values = np.arange(1 << 14, dtype=np.int64)
    lowest = np.full(len(values), int(Rule.NO_DATA), dtype=np.int8)
    for bit in reversed(range(14)):
        lowest[(values >> bit) & 1 == 1] = bit
    return lowest


_FIRST_RULE = _first_rule_table()


_RULE_SEGMENT = (
    Segment.UNKNOWN,  # OVERRIDE: replaced by the override itself
    Segment.AFFORDABLE_OWNED,
    Segment.EXPENSIVE_OWNED,
    Segment.UNKNOWN,
    Segment.SOCIAL_RENT,
    Segment.SOCIAL_RENT,
    Segment.MID_RENT,
    Segment.FREE_RENT,
    Segment.MID_RENT,
    Segment.FREE_RENT,
    Segment.SOCIAL_RENT,
    Segment.MID_RENT,
    Segment.FREE_RENT,
    Segment.SOCIAL_RENT,
    Segment.UNKNOWN,
)


def _bands(segment: np.ndarray, rent: np.ndarray, t: Thresholds) -> np.ndarray:
    social = segment == _code(Segment.SOCIAL_RENT)
    with np.errstate(invalid="ignore"):
        conditions = [
            social & (rent < t.kwaliteitskortingsgrens - CENT / 2),
            social & (rent <= t.aftoppingsgrens_hoog + CENT / 2),
            social & ~np.isnan(rent),
        ]
    choices = [_code(PriceBand.CHEAP), _code(PriceBand.AFFORDABLE), _code(PriceBand.EXPENSIVE)]
    return np.select(conditions, choices, default=_code(PriceBand.NONE)).astype(np.int8)


def classify_frame(frame: pd.DataFrame, t: Thresholds) -> Classified:
    """Classify a conformed stock table."""
    override = frame["segment_override"].cat.codes.to_numpy()
    return classify_arrays(
        frame["owner"].cat.codes.to_numpy(),
        frame["rent"].to_numpy(dtype=float),
        frame["wws_points"].to_numpy(dtype=float),
        frame["woz"].to_numpy(dtype=float),
        override,
        t,
    )


def explain(row: pd.Series, rule: int, t: Thresholds, lang: str = "nl") -> str:
    """The sentence that says why one record landed in its segment."""
    templates = _TEMPLATES_NL if lang == "nl" else _TEMPLATES_EN
    psoc = t.punten_sociaal_max
    pmid = t.punten_midden_max
    values = {
        "override": row.get("segment_override"),
        "woz": fmt_eur(row["woz"], decimals=0),
        "rent": fmt_eur(row["rent"]),
        "points": fmt_int(row["wws_points"]),
        "owner": row["owner"],
        "year": t.year,
        "koop": fmt_eur(t.betaalbaarheidsgrens_koop, decimals=0),
        "lib": fmt_eur(t.liberalisatiegrens),
        "mid": fmt_eur(t.middenhuur_max_huur) if t.middenhuur_max_huur is not None else "n.v.t.",
        "psoc": fmt_int(psoc),
        "psoc1": fmt_int(psoc + 1),
        "pmid": fmt_int(pmid) if pmid is not None else "n.v.t.",
    }
    return templates[Rule(rule)].format(**values)
