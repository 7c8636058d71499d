"""An intervention's key parameters in words, for the workbook and the deck: years, units, the settings it changes."""

from __future__ import annotations

import dataclasses

from mixplanner.domain.interventions import Intervention
from mixplanner.domain.numbers import fmt_eur, fmt_int, fmt_num, fmt_pct
from mixplanner.reports import labels

#: Parameter names in Dutch and English; fields shown elsewhere (title, years, units, buurt, selection) are left out.
_NAMES = {
    "share": ("aandeel", "share"), "price": ("prijs per woning", "price per dwelling"),
    "discount": ("korting", "discount"),
    "schedule": ("planning", "schedule"), "programme": ("programma", "programme"),
    "dwelling_type": ("woningtype", "dwelling type"), "care_type": ("zorgtype", "care type"),
    "floor_area": ("oppervlakte (m²)", "floor area (m²)"), "rents": ("huren", "rents"),
    "values": ("waarden", "values"),
    "owners": ("eigenaren", "owners"), "realisation_rate": ("realisatiegraad", "realisation rate"),
    "plot_wkt": ("bouwkavel", "plot"), "ratio": ("verhouding nieuw/gesloopt", "ratio new/demolished"),
    "gap_years": ("jaren tussen sloop en oplevering", "years between demolition and delivery"),
    "relet_share": ("aandeel bij mutatie", "share at turnover"), "to_segment": ("naar segment", "to segment"),
    "cap": ("hoogstens", "at most"), "rent": ("huur", "rent"), "owner": ("eigenaar", "owner"),
    "segment": ("segment", "segment"),
}
_SHOWN_ELSEWHERE = {"label", "enabled", "selection", "year", "first_year", "last_year", "units", "buurt_code"}
_PERCENT = {"share", "discount", "realisation_rate", "relet_share"}
_MONEY = {"price", "rent", "rents", "values"}


def planned_units(item: Intervention) -> int | None:
    """The units an intervention names (new build: all it plans); None when it works by share or on everything."""
    if hasattr(item, "planned_units"):
        return int(item.planned_units)
    units = getattr(item, "units", None)
    return None if units is None else int(units)


def _value(name: str, value, lang: str) -> str:
    if name == "plot_wkt":
        return "getekend" if lang == "nl" else "drawn"
    if isinstance(value, tuple):
        return ", ".join(f"{_value(name, k, lang)}: {_value(name, v, lang)}" if isinstance(k, str) else f"{k}: {v}"
                         for k, v in value)
    if isinstance(value, str):
        return labels.category(value, lang)
    if isinstance(value, bool) or value is None:
        return str(value)
    if name == "programme" or name in _PERCENT:
        return fmt_pct(value, 0 if float(value * 100).is_integer() else 1, lang)
    if name in _MONEY:
        return fmt_eur(value, 0, lang)
    return fmt_int(value, lang) if float(value).is_integer() else fmt_num(value, 2, lang)


def describe_parameters(item: Intervention, lang: str = "nl") -> str:
    """The parameters that are set (required ones and those that differ from their default), e.g.
    'programma: sociale huur: 30%, middenhuur: 40%; planning: 2028: 60, 2029: 60'."""
    parts = []
    for f in dataclasses.fields(item):
        if f.name in _SHOWN_ELSEWHERE:
            continue
        value = getattr(item, f.name)
        default = f.default if f.default is not dataclasses.MISSING else (
            f.default_factory() if f.default_factory is not dataclasses.MISSING else dataclasses.MISSING)
        if value == default or value in ((), "", None):
            continue
        name = _NAMES.get(f.name, (f.name, f.name))[lang == "en"]
        parts.append(f"{name}: {_value(f.name, value, lang)}")
    return "; ".join(parts)
