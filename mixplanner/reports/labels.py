"""Chart wording in Dutch (default) or English: category names, area names, target and number labels."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping

import pandas as pd

from mixplanner.domain.categories import CareType, Owner, Segment
from mixplanner.domain.mix import NO_AREA, TOTAL
from mixplanner.domain.numbers import fmt_int, fmt_pct
from mixplanner.engine.areas import AreaIndex
from mixplanner.engine.projection import DRIFT

_TEXT: dict[str, tuple[str, str]] = {
    "no_data": ("geen gegevens", "no data"),
    "whole_plan": ("het hele plan", "the whole plan"),
    "share": ("aandeel van de woningvoorraad", "share of the dwelling stock"),
    "units": ("woningen", "dwellings"),
    "mix_title": ("Woningmix {area}", "Housing mix, {area}"),
    "mix_units_title": ("Woningvoorraad {area}", "Dwelling stock, {area}"),
    "scenario": ("Scenario: {name}", "Scenario: {name}"),
    "measured": ("aandeel {group}", "share {group}"),
    "target_year": ("doel {year}", "target {year}"),
    "before_after_title": ("Woningmix per {level}: {before} en {after}", "Housing mix per {level}: {before} and {after}"),
    "owner_mix_title": ("Eigendom per {level}: {before} en {after}", "Ownership per {level}: {before} and {after}"),
    "now": ("{year} (nu)", "{year} (now)"),
    "no_units": ("geen woningen", "no dwellings"),
    "corporatiebuurt": ("grens corporatiebuurt (2/3)", "corporatiebuurt threshold (2/3)"),
    "waterfall_title": ("{group} in {area}: mutaties in {year}", "{group} in {area}: changes in {year}"),
    "end_of": ("eind {year}", "end of {year}"),
    "no_changes": ("geen mutaties in {year}", "no changes in {year}"),
    "base_year": ("geen gegevens: {year} is het basisjaar", "no data: {year} is the base year"),
    "outside": ("geen gegevens: {year} valt buiten de projectie", "no data: {year} is outside the projection"),
    "level": ("stand", "level"),
    "increase": ("toename", "increase"),
    "decrease": ("afname", "decrease"),
    "residual": ("overig", "other"),
    "lights_title": ("Doelen: stand in het doeljaar", "Targets: status in the target year"),
    "lights_title_year": ("Doelen: stand in {year}", "Targets: status in {year}"),
    "no_targets": ("geen doelen", "no targets"),
    "map_title": ("Woningvoorraad naar segment", "Dwelling stock by segment"),
    "segment": ("segment", "segment"),
    "owner": ("eigenaar", "owner"),
    "buurt": ("buurt", "neighbourhood"),
    "wijk": ("wijk", "district"),
    "gemeente": ("gemeente", "municipality"),
    "total": ("totaal", "total"),
    "gehaald": ("gehaald", "met"),
    "niet gehaald": ("niet gehaald", "not met"),
    "geen gegevens": ("geen gegevens", "no data"),
    DRIFT: (DRIFT, "indexation (drift)"),
}

_CARE_EN = {
    CareType.NONE.value: "none", CareType.STEP_FREE.value: "step-free", CareType.CLUSTERED.value: "clustered",
    CareType.CARE_HOME.value: "care home", CareType.INTRAMURAL.value: "intramural",
}
#: Short names for target labels ("max 2/3 corporatie").
_SHORT = {Owner.CORPORATION.value: ("corporatie", "corporation"), Owner.OWNER_OCCUPIER.value: ("eigenaar-bewoners", "owner-occupiers"),
          Owner.PRIVATE_LANDLORD.value: ("particuliere verhuur", "private landlords")}


_KIND_NAMES: dict[str, tuple[str, str]] = {  # the English as in the app's translation of the same words
    "verkoop": ("verkoop", "sale"), "nieuwbouw": ("nieuwbouw", "new build"), "sloop": ("sloop", "demolition"),
    "sloop-nieuwbouw": ("sloop-nieuwbouw", "demolition and new build"), "zorg": ("zorg", "care housing"),
    "transformatie": ("transformatie bij mutatie", "transformation at turnover"), "aankoop": ("aankoop", "acquisition"),
    "herlabelen": ("herlabelen", "relabel"), "drift": ("indexatie", "indexation"),
}


def kind_name(kind: str, lang: str = "nl") -> str:
    """An intervention kind (or the ledger's 'drift') as the reports name it."""
    nl, en = _KIND_NAMES.get(kind, (kind, kind))
    return en if lang == "en" else nl


def text(key: str, lang: str = "nl", **values) -> str:
    """A chart phrase in the language, with {placeholders} filled in."""
    nl, en = _TEXT[key]
    return (en if lang == "en" else nl).format(**values)


def capital(s: str) -> str:
    return s[:1].upper() + s[1:]


def category(value: str, lang: str = "nl", dimension: str = "segment") -> str:
    """The display name of a segment, owner or care type, as it appears in a legend."""
    if lang != "en":
        return value
    if dimension == "segment" and value in Segment._value2member_map_:
        return Segment(value).label_en
    if dimension == "owner" and value in Owner._value2member_map_:
        return Owner(value).label_en
    return _CARE_EN.get(value, value)


def group(values, lang: str = "nl", dimension: str = "segment") -> str:
    """A target group in short words: 'sociale huur', 'corporatie', 'sociale huur + middenhuur'."""
    words = [_SHORT[v][lang == "en"] if v in _SHORT else category(v, lang, dimension) for v in values]
    return " + ".join(words)


def share(value: float, lang: str = "nl") -> str:
    """A target share: thirds as fractions (2/3), whole percentages without decimals, else one decimal."""
    for num, den in ((1, 3), (2, 3)):
        if abs(value - num / den) < 5e-4:
            return f"{num}/{den}"
    return fmt_pct(value, 0 if abs(value * 100 - round(value * 100)) < 1e-6 else 1, lang)


def target(t, lang: str = "nl") -> str:
    """A short line label for a target: 'max 2/3 corporatie', 'min 30% sociale huur'."""
    amount = share(t.value, lang) if t.measure == "share" else fmt_int(t.value, lang)
    return f"{t.bound} {amount} {group(t.group, lang, t.dimension)}"


def signed(value: float, lang: str = "nl") -> str:
    """+18 / \u221259 / 0, with Dutch thousands separators."""
    if round(value) == 0:
        return "0"
    return ("+" if value > 0 else "\u2212") + fmt_int(abs(value), lang)


def wrap(s: str, width: int = 16) -> str:
    return "\n".join(textwrap.wrap(s, width, break_long_words=False)) or s


def area_names(areas: AreaIndex, frame: pd.DataFrame | None = None) -> dict[str, str]:
    """Area code -> name: buurt names from the index, wijk and gemeente names from an areas table if given."""
    names = {c: n for c, n in zip(areas.codes, areas.names) if n and c != NO_AREA}
    if frame is not None and not frame.empty:
        for level in ("wijk", "gemeente", "buurt"):
            code, name = f"{level}_code", f"{level}_naam"
            if code in frame and name in frame:
                pairs = frame[[code, name]].dropna().drop_duplicates(code)
                names.update({c: n for c, n in zip(pairs[code], pairs[name]) if c not in names})
    return names


def area_name(code: str, lang: str = "nl", names: Mapping[str, str] | None = None) -> str:
    """'Ooipoort' for a known buurt code, 'het hele plan' for the total, else the code itself."""
    if code == TOTAL:
        return (names or {}).get(TOTAL) or text("whole_plan", lang)
    return (names or {}).get(code) or code
