"""Parse cell values: Dutch and English numbers, and the vocabularies of owner, care, dwelling type, segment."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from mixplanner.domain.categories import CareType, DwellingType, Owner, Segment
from mixplanner.io.columns import normalise_header

#: Cell texts that mean "no value" rather than a wrong value.
EMPTY_TEXTS = {"", "-", "--", "n.v.t.", "nvt", "n.b.", "nb", "onbekend", "unknown", "?", "nan", "none", "null", "na", "n/a", "#n/a"}

_VOCAB: dict[str, dict[str, str]] = {
    "owner": {
        Owner.CORPORATION: ("woningcorporatie", "corporatie", "wocorp", "woco", "toegelaten instelling", "ti",
                            "sociale verhuurder", "housing corporation", "corporation", "social landlord",
                            "housing association", "in bezit woningcorporatie", "huur corporatie", "daeb"),
        Owner.PRIVATE_LANDLORD: ("particuliere verhuurder", "particulier", "particuliere huur", "belegger",
                                 "institutionele belegger", "overige verhuurder", "overige verhuurders",
                                 "private landlord", "private", "huur particulier", "huur overig",
                                 "in bezit overige verhuurders", "commerciele verhuurder"),
        Owner.OWNER_OCCUPIER: ("eigenaar bewoner", "eigenaarbewoner", "eigen woning", "koop", "koopwoning",
                               "eigenaar", "owner occupier", "owner occupied", "owner", "eigenaar bewoners",
                               "particulier eigendom", "koopsector"),
        Owner.UNKNOWN: ("onbekend", "unknown", "eigendom onbekend"),
    },
    "care_type": {
        CareType.NONE: ("geen", "nee", "no", "none", "0", "false", "onwaar", "regulier", "reguliere woning"),
        CareType.STEP_FREE: ("nultreden", "nultredenwoning", "nultredenwoningen", "step free", "levensloopbestendig",
                             "gelijkvloers", "rollatorwoning"),
        CareType.CLUSTERED: ("geclusterd", "geclusterde woonvorm", "geclusterd wonen", "clustered",
                             "housing first", "hofje", "woongroep"),
        CareType.CARE_HOME: ("zorgwoning", "zorg", "care home", "verzorgd wonen", "beschermd wonen",
                             "aanleunwoning", "serviceflat", "ja", "yes", "1", "true", "waar"),
        CareType.INTRAMURAL: ("intramuraal", "verpleeghuis", "intramural", "zorgplaats", "zorgplaatsen",
                              "verpleegzorg", "verzorgingshuis", "intramurale zorg"),
    },
    "dwelling_type": {
        DwellingType.SINGLE_FAMILY: ("eengezins", "eengezinswoning", "egw", "single family", "grondgebonden",
                                     "rijwoning", "tussenwoning", "hoekwoning", "vrijstaand", "vrijstaande woning",
                                     "twee onder een kap", "2 onder 1 kap", "geschakeld", "house", "terraced"),
        DwellingType.MULTI_FAMILY: ("meergezins", "meergezinswoning", "mgw", "appartement", "flat", "portiek",
                                    "portiekflat", "galerij", "galerijflat", "maisonnette", "apartment",
                                    "multi family", "etagewoning", "bovenwoning", "benedenwoning", "flatwoning",
                                    "portiekwoning", "galerijwoning"),
        DwellingType.UNKNOWN: ("onbekend", "unknown", "overig"),
    },
    "segment_override": {
        Segment.SOCIAL_RENT: ("sociale huur", "sociaal", "social", "social rent", "huur sociaal", "sociale huurwoning"),
        Segment.MID_RENT: ("middenhuur", "midden huur", "midden", "mid rent", "middeldure huur", "middensegment huur"),
        Segment.FREE_RENT: ("vrije sector huur", "vrije sector", "vrijesector", "geliberaliseerd", "free sector",
                            "free rent", "dure huur", "free sector rent", "vrije huur"),
        Segment.AFFORDABLE_OWNED: ("betaalbare koop", "koop betaalbaar", "affordable owned", "goedkope koop",
                                   "affordable owner occupied", "betaalbaar koop"),
        Segment.EXPENSIVE_OWNED: ("dure koop", "koop duur", "expensive owned", "expensive owner occupied"),
        Segment.UNKNOWN: ("onbekend", "unknown"),
    },
}
VOCABULARY: dict[str, dict[str, str]] = {
    field: {normalise_header(alias): member.value for member, aliases in groups.items() for alias in (member.value, *aliases)}
    for field, groups in _VOCAB.items()
}


def is_empty(texts: pd.Series) -> np.ndarray:
    """True where a cell holds no value (None, NaN, blank or a 'no value' word)."""
    values = texts.astype(object)
    missing = values.isna().to_numpy()
    as_text = values.where(~missing, "").astype(str).str.strip().str.lower()
    return missing | as_text.isin(EMPTY_TEXTS).to_numpy()


def _decimal_comma(text: pd.Series, hint: str | None) -> bool:
    """Decide a column's decimal mark from its own values; the file's convention (hint) settles a tie."""
    with_comma = text[text.str.contains(",", regex=False)]
    if with_comma.empty:
        dotted = text[text.str.contains(".", regex=False)]
        thousands = not dotted.empty and dotted.str.fullmatch(r"-?\d{1,3}(?:\.\d{3})+").all()
        return bool(thousands and hint != ".")
    comma_dec = with_comma.str.contains(r",\d{1,2}$|,\d{4,}$|\.\d{3},", regex=True).any()
    thousands_comma = with_comma.str.fullmatch(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?").all()
    if comma_dec or not thousands_comma:
        return True
    return hint == ","


def parse_numbers(cells: pd.Series, decimal: str | None = None, hint: str | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Cells to floats; decimal is ',' or '.' when the user said so; hint is the file's likely mark.

    Returns (values with NaN for empty or bad, mask of cells that held an unparsable text)."""
    if pd.api.types.is_numeric_dtype(cells.dtype) and not pd.api.types.is_bool_dtype(cells.dtype):
        values = cells.to_numpy(dtype=float, na_value=np.nan)
        return values, np.zeros(len(cells), dtype=bool)
    empty = is_empty(cells)
    objects = cells.astype(object)
    numeric = objects.map(lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)).to_numpy(dtype=bool)
    text = objects.where(~(empty | numeric), "").astype(str)
    text = text.str.replace(r"[€\s\u00a0']|eur(?:o)?\b|m2$|m²$", "", regex=True, case=False)
    text = text.str.replace(r"[.,]-$", "", regex=True)  # "1.200,-" means 1200
    comma = decimal == "," if decimal in (",", ".") else _decimal_comma(text[~(empty | numeric)], hint)
    if comma:
        text = text.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
    else:
        text = text.str.replace(",", "", regex=False)
    values = pd.to_numeric(text.where(text != "", None), errors="coerce").to_numpy(dtype=float, copy=True)
    values[numeric] = objects[numeric].astype(float).to_numpy()
    values[empty] = np.nan
    bad = ~empty & ~numeric & np.isnan(values)
    return values, bad


def parse_vocabulary(cells: pd.Series, field: str, extra: dict[str, str] | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cells to vocabulary values. Returns (values as object array with None for empty, empty mask, unknown mask)."""
    vocab = dict(VOCABULARY[field])
    for src, dst in (extra or {}).items():
        target = VOCABULARY[field].get(normalise_header(dst))
        if target is not None:
            vocab[normalise_header(src)] = target
    empty = is_empty(cells)
    keys = cells.astype(object).where(~empty, "").map(normalise_header)
    values = keys.map(vocab).to_numpy(dtype=object, copy=True)
    unknown = ~empty & pd.isna(values)
    values[empty | unknown] = None
    return values, empty, unknown


def allowed_values(field: str) -> str:
    return ", ".join(sorted({v for v in VOCABULARY[field].values()}))


_AREA_PATTERNS = {"buurt_code": re.compile(r"^BU[0-9A-Z]{8}$"), "wijk_code": re.compile(r"^WK[0-9A-Z]{6}$"), "gemeente_code": re.compile(r"^GM[0-9A-Z]{4}$")}


def parse_area_codes(cells: pd.Series, field: str) -> tuple[np.ndarray, np.ndarray]:
    """Upper-case, strip; add the CBS prefix to bare digits (0221 -> GM0221). Returns (codes, malformed mask)."""
    empty = is_empty(cells)
    text = cells.astype(object).where(~empty, "").astype(str).str.strip().str.upper().str.replace(r"\.0$", "", regex=True)
    prefix = {"buurt_code": ("BU", 8), "wijk_code": ("WK", 6), "gemeente_code": ("GM", 4)}[field]
    digits = text.str.fullmatch(r"\d{1,8}")
    text = text.where(~digits, prefix[0] + text.str.zfill(prefix[1]))
    codes = text.to_numpy(dtype=object)
    codes[empty] = None
    malformed = ~empty & ~text.str.fullmatch(_AREA_PATTERNS[field].pattern).to_numpy(dtype=bool)
    return codes, malformed
