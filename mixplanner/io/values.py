"""Parse cell values: Dutch and English numbers, and the vocabularies of owner, care, dwelling type, segment."""

from __future__ import annotations

import re
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Encoded:
    """A column as its distinct cells and each row's position among them: work once per distinct cell, then spread.

    Stock files repeat their values (owners, buurt codes, years): 300,000 cells often hold a few hundred.
    """

    distinct: pd.Series  # object; the last entry is None and stands for every missing cell
    codes: np.ndarray  # one per row: its cell's position in distinct

    def spread(self, per_distinct) -> np.ndarray:
        return np.asarray(per_distinct)[self.codes]

    def spread_text(self, per_distinct) -> pd.api.extensions.ExtensionArray:
        """Texts (None for none) per distinct cell as the stock's text column, without a Python object per row."""
        import pyarrow as pa

        texts = pa.array(np.asarray(per_distinct, dtype=object), type=pa.string(), from_pandas=True)
        return pd.array(texts.take(pa.array(self.codes)), dtype="str")


def encode(cells: pd.Series) -> Encoded:
    arr = arrow_text(cells)
    if arr is not None:  # arrow's dictionary encoding is several times faster than pandas' factorize here
        import pyarrow.compute as pc

        encoded = pc.dictionary_encode(arr)
        uniques = encoded.dictionary.to_numpy(zero_copy_only=False)
        codes = encoded.indices.fill_null(len(uniques)).to_numpy(zero_copy_only=False)
    else:
        codes, uniques = pd.factorize(cells, use_na_sentinel=True)
        codes = np.where(codes < 0, len(uniques), codes)
    return Encoded(pd.Series(np.append(np.asarray(uniques, dtype=object), None), dtype=object), codes)


def per_unique(cells: pd.Series, fn) -> tuple[np.ndarray, ...]:
    """Apply fn (Series of distinct cells -> tuple of arrays) once per distinct value, then spread to every cell.

    The last element fn receives is None, standing for every missing cell.
    """
    encoded = encode(cells)
    return tuple(encoded.spread(part) for part in fn(encoded.distinct))


def _is_empty_distinct(values: pd.Series) -> tuple[np.ndarray]:
    missing = values.isna().to_numpy()
    as_text = values.where(~missing, "").astype(str).str.strip().str.lower()
    return (missing | as_text.isin(EMPTY_TEXTS).to_numpy(),)


def _decimal_comma_arrow(trimmed, hint: str | None) -> bool:
    """_decimal_comma for trimmed pyarrow strings: RE2 kernels, and a verdict from the first values when they settle it."""
    import pyarrow.compute as pc

    text = pc.drop_null(trimmed)
    has_comma = pc.match_substring(text, ",")
    if not pc.any(has_comma).as_py():
        dotted = pc.filter(text, pc.match_substring(text, "."))
        if len(dotted) == 0:
            return False
        pattern = r"^[€\s]*-?\d{1,3}(?:\.\d{3})+$"
        if not pc.all(pc.match_substring_regex(dotted.slice(0, 1000), pattern)).as_py():
            return False
        return bool(pc.all(pc.match_substring_regex(dotted, pattern)).as_py() and hint != ".")
    with_comma = pc.filter(text, has_comma)
    decimal_pattern = r",\d{1,2}$|,\d{4,}$|\.\d{3},|,-$"
    if pc.any(pc.match_substring_regex(with_comma.slice(0, 1000), decimal_pattern)).as_py():
        return True
    if pc.any(pc.match_substring_regex(with_comma, decimal_pattern)).as_py():
        return True
    thousands = pc.all(pc.match_substring_regex(with_comma, r"^[€\s]*-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")).as_py()
    return True if not thousands else hint == ","


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


def arrow_text(cells: pd.Series):
    """The cells as one pyarrow string array when every non-missing cell is text, else None."""
    import pyarrow as pa

    if isinstance(cells.dtype, pd.StringDtype):
        arr = pa.array(cells.array, type=pa.string())  # zero-copy for pandas' arrow-backed strings
        return arr.combine_chunks() if isinstance(arr, pa.ChunkedArray) else arr
    if cells.dtype == object and pd.api.types.infer_dtype(cells, skipna=True) in ("string", "empty"):
        return pa.array(cells.to_numpy(dtype=object), type=pa.string(), from_pandas=True)
    return None


def _plain_numbers(trimmed, comma: bool):
    """Fast path: every cell is empty or a plain number like 650,50 / 650.50 / -3. None when some cell is not."""
    import pyarrow as pa
    import pyarrow.compute as pc

    text = pc.if_else(pc.equal(trimmed, ""), pa.scalar(None, pa.string()), trimmed)
    if comma:
        if pc.any(pc.match_substring(text, ".")).as_py():
            return None
        text = pc.replace_substring(text, ",", ".")
    elif pc.any(pc.match_substring(text, ",")).as_py():
        return None
    try:
        values = pc.cast(text, pa.float64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    return values.to_numpy(zero_copy_only=False)


def _numbers_distinct(values: pd.Series, comma: bool) -> tuple[np.ndarray, np.ndarray]:
    (empty,) = _is_empty_distinct(values)
    numeric = values.map(lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)).to_numpy(dtype=bool)
    text = values.where(~(empty | numeric), "").astype(str)
    text = text.str.replace(r"[€\s\u00a0']|eur(?:o)?\b|m2$|m²$", "", regex=True, case=False)
    text = text.str.replace(r"[.,]-$", "", regex=True)  # "1.200,-" means 1200
    if comma:
        text = text.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
    else:
        text = text.str.replace(",", "", regex=False)
    out = pd.to_numeric(text.where(text != "", None), errors="coerce").to_numpy(dtype=float, copy=True)
    out[numeric] = values[numeric].astype(float).to_numpy()
    out[empty] = np.nan
    return out, ~empty & ~numeric & np.isnan(out)


def parse_numbers(cells: pd.Series, decimal: str | None = None, hint: str | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Cells to floats; decimal is ',' or '.' when the user said so; hint is the file's likely mark.

    Returns (values with NaN for empty or bad, mask of cells that held an unparsable text)."""
    if pd.api.types.is_numeric_dtype(cells.dtype) and not pd.api.types.is_bool_dtype(cells.dtype):
        values = cells.to_numpy(dtype=float, na_value=np.nan)
        return values, np.zeros(len(cells), dtype=bool)
    arr = arrow_text(cells)
    trimmed = None
    if arr is not None:
        import pyarrow.compute as pc

        trimmed = pc.utf8_trim_whitespace(arr)
    if decimal in (",", "."):
        comma = decimal == ","
    elif trimmed is not None:
        comma = _decimal_comma_arrow(trimmed, hint)
    else:
        sample = pd.Series(pd.unique(cells.dropna().astype(str).str.replace(r"[€\s\u00a0']", "", regex=True)), dtype=object)
        comma = _decimal_comma(sample.astype(str), hint)
    if trimmed is not None:
        fast = _plain_numbers(trimmed, comma)
        if fast is not None:
            return fast, np.zeros(len(cells), dtype=bool)
    return per_unique(cells, lambda distinct: _numbers_distinct(distinct, comma))


def parse_vocabulary(cells: pd.Series, field: str, extra: dict[str, str] | None = None) -> tuple[Encoded, np.ndarray, np.ndarray, np.ndarray]:
    """Cells to vocabulary values, per distinct cell: (the encoding, values with None for empty, empty, unknown)."""
    vocab = dict(VOCABULARY[field])
    for src, dst in (extra or {}).items():
        target = VOCABULARY[field].get(normalise_header(dst))
        if target is not None:
            vocab[normalise_header(src)] = target
    encoded = encode(cells)
    values = encoded.distinct
    (empty,) = _is_empty_distinct(values)
    keys = values.where(~empty, "").map(normalise_header)
    out = keys.map(vocab).to_numpy(dtype=object, copy=True)
    unknown = ~empty & pd.isna(out)
    out[empty | unknown] = None
    return encoded, out, empty, unknown


def allowed_values(field: str) -> str:
    return ", ".join(sorted({v for v in VOCABULARY[field].values()}))


_AREA_PATTERNS = {"buurt_code": re.compile(r"^BU[0-9A-Z]{8}$"), "wijk_code": re.compile(r"^WK[0-9A-Z]{6}$"), "gemeente_code": re.compile(r"^GM[0-9A-Z]{4}$")}


def parse_area_codes(cells: pd.Series, field: str) -> tuple[Encoded, np.ndarray, np.ndarray]:
    """Upper-case, strip; add the CBS prefix to bare digits (0221 -> GM0221).

    Per distinct cell: (the encoding, codes with None for empty, malformed)."""
    prefix, width = {"buurt_code": ("BU", 8), "wijk_code": ("WK", 6), "gemeente_code": ("GM", 4)}[field]
    encoded = encode(cells)
    values = encoded.distinct
    (empty,) = _is_empty_distinct(values)
    text = values.where(~empty, "").astype(str).str.strip().str.upper().str.replace(r"\.0$", "", regex=True)
    digits = text.str.fullmatch(r"\d{1,8}")
    text = text.where(~digits, prefix + text.str.zfill(width))
    codes = text.to_numpy(dtype=object)
    codes[empty] = None
    malformed = ~empty & ~text.str.fullmatch(_AREA_PATTERNS[field].pattern).to_numpy(dtype=bool)
    return encoded, codes, malformed
