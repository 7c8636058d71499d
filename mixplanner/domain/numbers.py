"""Dutch number formats: 1.234,5 and € 1.234,56 (as planners read them in Excel)."""

from __future__ import annotations

import math


def _nl(text: str) -> str:
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def fmt_int(value, lang: str = "nl") -> str:
    if _missing(value):
        return "-"
    text = f"{round(float(value)):,d}"
    return _nl(text) if lang == "nl" else text


def fmt_num(value, decimals: int = 1, lang: str = "nl") -> str:
    if _missing(value):
        return "-"
    text = f"{float(value):,.{decimals}f}"
    return _nl(text) if lang == "nl" else text


def fmt_pct(share, decimals: int = 1, lang: str = "nl") -> str:
    """A share 0..1 as a percentage: 0.3333 -> '33,3%'."""
    if _missing(share):
        return "-"
    return fmt_num(100 * float(share), decimals, lang) + "%"


def fmt_eur(value, decimals: int = 2, lang: str = "nl") -> str:
    if _missing(value):
        return "-"
    return "€ " + fmt_num(value, decimals, lang)


def fmt_years(years, empty: str = "-", dash: str = "-") -> str:
    """'2027'; '2028-2029' for consecutive years (the PDF sets an en dash); '2028, 2031' otherwise; `empty` for none."""
    years = sorted(set(years))
    if not years:
        return empty
    if len(years) > 1 and years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}{dash}{years[-1]}"
    return ", ".join(str(y) for y in years)
