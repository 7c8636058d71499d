"""Turn a RawTable into a stock table: map columns, parse values, validate each row, reject with a reason."""

from __future__ import annotations

import datetime as _dt
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from mixplanner.domain.categories import CareType, DwellingType, Owner
from mixplanner.domain.stock import FIELD_BY_NAME, FIELDS, conform
from mixplanner.io.columns import CORPORATION_NAME_HEADERS, ColumnMapping, match_columns, normalise_header
from mixplanner.io.problems import LoadReport, Severity
from mixplanner.io.raw import RawTable
from mixplanner.io.values import (
    VOCABULARY, Encoded, allowed_values, arrow_text, parse_area_codes, parse_numbers, parse_vocabulary,
)

NUMBER_FIELDS = ("rent", "wws_points", "woz", "floor_area", "building_year")
CLASSIFYING_FIELDS = ("owner", "rent", "wws_points", "woz", "segment_override")
AREA_FIELDS = ("buurt_code", "wijk_code", "gemeente_code")
_NUMBER_LABEL = {"rent": "rent", "wws_points": "WWS points", "woz": "WOZ value", "floor_area": "floor area", "building_year": "building year"}


class _Rows:
    """Per-row bookkeeping: the parsed columns, the rows rejected so far, and the report."""

    def __init__(self, raw: RawTable, report: LoadReport, mapping: ColumnMapping):
        self.raw, self.report, self.mapping = raw, report, mapping
        self.n = len(raw)
        self.reject = np.zeros(self.n, dtype=bool)
        self.out: dict[str, object] = {}
        self.parsed: dict[str, Future] = {}  # field -> what values.py made of its column

    def flag(self, mask: np.ndarray, column: str, message, severity: Severity = Severity.ERROR) -> None:
        """Report each row in mask; message is a string or a function of the row's cell text."""
        if not mask.any():
            return
        idx = np.flatnonzero(mask)
        cells = self.raw.frame[column].iloc[idx].to_numpy() if column in self.raw.frame else None
        for j, i in enumerate(idx):
            text = message(cells[j]) if callable(message) else message
            self.report.add(int(self.raw.row_numbers[i]), column, text, severity)
        if severity is Severity.ERROR:
            self.reject |= mask


def to_frame(raw: RawTable, mapping: ColumnMapping, report: LoadReport) -> pd.DataFrame:
    """The conformed stock table of the rows that pass; rejected rows are in the report, with their reasons."""
    headers = [str(h) for h in raw.frame.columns]
    matched, unmapped, notes = match_columns(headers, mapping)
    report.mapping, report.unmapped = dict(matched), list(unmapped)
    for note in notes:
        report.add(None, None, note, Severity.INFO)
    rows = _Rows(raw, report, mapping)
    for row in raw.unparsed_rows:
        report.add(int(row), None, "this line has more fields than the header; it could not be split into columns")
    by_field = {field: header for header, field in matched.items()}
    if not any(f in by_field for f in CLASSIFYING_FIELDS):
        found = ", ".join(f"'{h}'" for h in headers[:12]) + (" ..." if len(headers) > 12 else "")
        report.add(None, None, "missing required column: none of owner (eigenaar), rent (huur), WWS points (punten), "
                   f"WOZ value or segment was found among the columns {found}; name them in a mapping file")
        rows.reject[:] = True
    with ThreadPoolExecutor(max_workers=2) as pool:
        rows.parsed = _parse_columns(pool, raw, by_field, mapping)
        _ids(rows, by_field)
        _units(rows, by_field)
        _numbers(rows, by_field)
        _owner(rows, by_field)
        _vocab(rows, by_field, "care_type", CareType.NONE.value, Severity.ERROR)
        _vocab(rows, by_field, "dwelling_type", DwellingType.UNKNOWN.value, Severity.WARNING)
        _vocab(rows, by_field, "segment_override", None, Severity.ERROR)
        _areas(rows, by_field)
    if raw.geometry is not None:
        rows.out["geometry"] = raw.geometry
    rows.out["source_row"] = raw.row_numbers
    for field in (f for f in FIELDS if f.kind == "str" and f.name not in rows.out):
        rows.out[field.name] = _no_text(rows.n)
    keep = ~rows.reject
    frame = pd.DataFrame(rows.out, index=pd.RangeIndex(rows.n), copy=False)  # conform copies what it keeps
    for header in unmapped:
        name = f"{header} (bron)" if header in FIELD_BY_NAME else header
        cells = raw.frame[header]
        frame[name] = cells.array if isinstance(cells.dtype, pd.StringDtype) else cells.to_numpy()
    report.rows_in_file = raw.rows_in_file
    report.rows_loaded = int(keep.sum())
    report.rows_rejected = report.rows_in_file - report.rows_loaded
    frame = conform(frame if keep.all() else frame[keep].reset_index(drop=True))
    pa.default_memory_pool().release_unused()  # arrow's scratch memory from parsing, else resident at the peak to come
    return frame


def _parse_columns(pool, raw: RawTable, by_field: dict[str, str], mapping: ColumnMapping) -> dict[str, Future]:
    """Parse every mapped column on the pool (arrow releases the GIL); the checks then read the results in order."""
    decimal = mapping.options.get("decimal")
    decimal = str(decimal) if decimal else None
    jobs = {}
    for field, header in by_field.items():
        cells = raw.frame[header]
        if field == "id":
            jobs[field] = pool.submit(_parse_ids, cells, raw.row_numbers)
        elif field == "units":
            jobs[field] = pool.submit(parse_numbers, cells)
        elif field in NUMBER_FIELDS:
            jobs[field] = pool.submit(parse_numbers, cells, decimal, raw.decimal_hint)
        elif field in VOCABULARY:
            jobs[field] = pool.submit(parse_vocabulary, cells, field, mapping.values.get(field))
        elif field in AREA_FIELDS:
            jobs[field] = pool.submit(parse_area_codes, cells, field)
    return jobs


def _no_text(n: int) -> pd.api.extensions.ExtensionArray:
    """A text column the file does not have: all missing, built by arrow rather than from n Python Nones."""
    return pd.array(pa.nulls(n, pa.string()), dtype="str")


def _ids(rows: _Rows, by_field: dict[str, str]) -> None:
    header = by_field.get("id")
    if header is None:
        rows.out["id"] = pd.array(_row_names(rows.raw.row_numbers), dtype="str")
        rows.report.add(None, None, "no id column: records are named after their row (rij-N)", Severity.INFO)
        return
    parsed = rows.parsed["id"].result()
    if parsed is None:
        _ids_from_objects(rows, header, rows.raw.frame[header])
        return
    text, empty, codes = parsed
    if empty.any():
        rows.flag(empty, header, "empty id: the record is named after its row", Severity.WARNING)
    if codes is not None:
        seen = np.maximum.accumulate(codes)  # the dictionary lists ids in order of first appearance
        first = np.concatenate([[True], codes[1:] > seen[:-1]])
        first_row = rows.raw.row_numbers[np.flatnonzero(first)]
        dup = ~first & ~rows.reject
        for i in np.flatnonzero(dup):
            rows.report.add(int(rows.raw.row_numbers[i]), header, f"duplicate id '{text[i].as_py()}' (also in row {first_row[codes[i]]})")
        rows.reject |= dup
    rows.out["id"] = pd.array(text, dtype="str")


def _parse_ids(cells: pd.Series, row_numbers: np.ndarray):
    """(ids as arrow strings, empty mask, dictionary codes when some id repeats); None when the cells are no text."""
    text = _id_text(cells)
    if text is None:
        return None
    empty = text.is_null().to_numpy(zero_copy_only=False) | pc.equal(text, "").fill_null(False).to_numpy(zero_copy_only=False)
    if empty.any():
        text = pc.replace_with_mask(text, pa.array(empty), _row_names(row_numbers[empty]))
    if len(text) < 2 or pc.all(pc.greater(text.slice(1), text.slice(0, len(text) - 1))).as_py():
        return text, empty, None  # ids in increasing order, as exports often are, are distinct without hashing
    encoded = pc.dictionary_encode(text)
    codes = encoded.indices.to_numpy() if len(encoded.dictionary) < len(text) else None
    return text, empty, codes


def _id_text(cells: pd.Series):
    """Text or whole-number ids as stripped pyarrow strings (1001.0 -> 1001); None for other cells."""
    if pd.api.types.is_integer_dtype(cells.dtype) and not isinstance(cells.dtype, pd.api.extensions.ExtensionDtype):
        return pc.cast(pa.array(cells.to_numpy()), pa.string())
    text = arrow_text(cells) if isinstance(cells.dtype, pd.StringDtype) else None
    if text is None:
        return None
    text = pc.utf8_trim_whitespace(text)
    if pc.any(pc.ends_with(text, ".0")).as_py():  # ids read as numbers from Excel
        text = pc.replace_substring_regex(text, r"\.0$", "")
    return text


def _row_names(row_numbers: np.ndarray):
    """'rij-N' for each row number, as pyarrow strings."""
    return pc.binary_join_element_wise("rij-", pc.cast(pa.array(row_numbers), pa.string()), "")


def _ids_from_objects(rows: _Rows, header: str, cells: pd.Series) -> None:
    text = cells.astype("str").str.strip()
    if text.str.endswith(".0").any():  # ids read as numbers from Excel: 1001.0 -> 1001
        text = text.str.replace(r"\.0$", "", regex=True)
    ids = text.to_numpy(dtype=object, na_value=None)
    empty = cells.isna().to_numpy() | (text == "").to_numpy()
    if empty.any():
        ids[empty] = [f"rij-{r}" for r in rows.raw.row_numbers[empty]]
        rows.flag(empty, header, "empty id: the record is named after its row", Severity.WARNING)
    series = pd.Series(ids, dtype=object)
    dup = series.duplicated(keep="first").to_numpy() & ~rows.reject
    if dup.any():
        first = ~series.duplicated(keep="first").to_numpy()
        first_row = dict(zip(series[first], rows.raw.row_numbers[first]))
        for i in np.flatnonzero(dup):
            rows.report.add(int(rows.raw.row_numbers[i]), header, f"duplicate id '{ids[i]}' (also in row {first_row[ids[i]]})")
        rows.reject |= dup
    rows.out["id"] = ids


def _units(rows: _Rows, by_field: dict[str, str]) -> None:
    header = by_field.get("units")
    if header is None:
        rows.out["units"] = np.ones(rows.n, dtype=np.int64)
        return
    values, bad = rows.parsed["units"].result()
    rows.flag(bad, header, lambda v: f"units '{v}' is not a number")
    missing = np.isnan(values) & ~bad
    rows.flag(missing, header, "units is empty: how many dwellings does this record hold?")
    with np.errstate(invalid="ignore"):
        fractional = ~np.isnan(values) & (values != np.round(values))
        below = ~np.isnan(values) & ~fractional & (values < 1)
    rows.flag(fractional, header, lambda v: f"units {v} is not a whole number")
    rows.flag(below, header, lambda v: f"units below 1 ({v}): a record holds at least one dwelling")
    rows.out["units"] = np.where(rows.reject | np.isnan(values), 1, values).astype(np.int64)


def _numbers(rows: _Rows, by_field: dict[str, str]) -> None:
    this_year = _dt.date.today().year
    for field in NUMBER_FIELDS:
        header = by_field.get(field)
        if header is None:
            continue
        label = _NUMBER_LABEL[field]
        values, bad = rows.parsed[field].result()
        rows.flag(bad, header, lambda v, _l=label: f"{_l} '{v}' is not a number")
        with np.errstate(invalid="ignore"):
            negative = values < 0
        rows.flag(negative, header, lambda v, _l=label: f"negative {_l} ({v})")
        values = np.where(negative, np.nan, values)
        if field == "rent":
            with np.errstate(invalid="ignore"):
                zero = values == 0
            rows.flag(zero, header, "rent 0 is taken as unknown", Severity.WARNING)
            values[zero] = np.nan
        if field == "building_year":
            with np.errstate(invalid="ignore"):
                odd = (values < 1000) | (values > this_year + 10)
            rows.flag(odd, header, lambda v: f"building year {v} is not a real year (placeholder?); taken as unknown", Severity.WARNING)
            values[odd] = np.nan
        rows.out[field] = values


def _owner(rows: _Rows, by_field: dict[str, str]) -> None:
    header = by_field.get("owner")
    if header is None:
        rows.out["owner"] = _categorical("owner", None, np.array([Owner.UNKNOWN.value], dtype=object), rows.n)
        rows.report.add(None, None, "no owner column: every record's owner is 'onbekend'; social rent can then only "
                        "be told from rent or points", Severity.WARNING)
        return
    encoded, values, empty, unknown = rows.parsed["owner"].result()
    if normalise_header(header) in CORPORATION_NAME_HEADERS and unknown.any():
        values[unknown] = Owner.CORPORATION.value
        rows.report.add(None, header, f"column '{header}' holds landlords' names: every named landlord is taken as a "
                        "woningcorporatie", Severity.INFO)
        unknown[:] = False
    rows.flag(encoded.spread(unknown), header, lambda v: f"unknown owner value '{v}'; expected one of: "
              f"{allowed_values('owner')} (or translate it in a mapping file under [values.owner])")
    values[empty | unknown] = Owner.UNKNOWN.value
    rows.out["owner"] = _categorical("owner", encoded, values, rows.n)


def _vocab(rows: _Rows, by_field: dict[str, str], field: str, default: str | None, severity: Severity) -> None:
    header = by_field.get(field)
    if header is None:
        return
    encoded, values, empty, unknown = rows.parsed[field].result()
    label = FIELD_BY_NAME[field].label_en
    consequence = "" if severity is Severity.ERROR else f"; taken as '{default}'"
    rows.flag(encoded.spread(unknown), header,
              lambda v: f"unknown {label} '{v}'{consequence}; expected one of: {allowed_values(field)}", severity)
    values[empty | unknown] = default
    rows.out[field] = _categorical(field, encoded, values, rows.n)
    given = encoded.spread(~empty & ~unknown)
    if field == "segment_override" and given.any():
        count = int(given.sum())
        rows.report.add(None, header, f"{count} records take their segment from column '{header}': it overrides the "
                        "classification rule", Severity.INFO)


def _categorical(field: str, encoded: Encoded | None, values: np.ndarray, n: int) -> pd.Categorical:
    """Vocabulary values per distinct cell (None for none) as the stock's categorical, built from codes."""
    categories = FIELD_BY_NAME[field].categories
    position = np.array([-1 if v is None else categories.index(v) for v in values], dtype=np.int8)
    codes = np.full(n, position[0], dtype=np.int8) if encoded is None else encoded.spread(position)
    return pd.Categorical.from_codes(codes, categories=list(categories))


def _areas(rows: _Rows, by_field: dict[str, str]) -> None:
    parsed = {}
    for field in AREA_FIELDS:
        header = by_field.get(field)
        if header is None:
            continue
        encoded, codes, malformed = rows.parsed[field].result()
        kind = field.split("_")[0]
        rows.flag(encoded.spread(malformed), header, lambda v, _k=kind: f"'{v}' is not a CBS {_k} code (like BU02210000)", Severity.WARNING)
        parsed[field] = (encoded, codes)
        rows.out[field] = encoded.spread_text(codes)
    if "buurt_naam" in by_field:
        names = rows.raw.frame[by_field["buurt_naam"]]
        rows.out["buurt_naam"] = names.array if isinstance(names.dtype, pd.StringDtype) else names.astype(object).to_numpy()
    if "buurt_code" not in parsed:
        if rows.raw.geometry is None:
            rows.report.add(None, None, "no buurt column: the mix can only be shown for the whole file", Severity.WARNING)
        return
    buurt, buurt_codes = parsed["buurt_code"]
    derived = []
    for field, length, prefix in (("wijk_code", 6, "WK"), ("gemeente_code", 4, "GM")):
        ok = pd.Series(buurt_codes, dtype=object).str.match(r"^BU[0-9A-Z]{8}$", na=False).to_numpy(dtype=bool)
        from_buurt = np.array([prefix + c[2:2 + length] if good else None for c, good in zip(buurt_codes, ok)], dtype=object)
        if field not in parsed:
            rows.out[field] = buurt.spread_text(from_buurt)
            derived.append(field)
            continue
        encoded, codes = parsed[field]
        current, filler = encoded.spread(codes), buurt.spread(from_buurt)
        fill = pd.isna(current) & ~pd.isna(filler)
        current[fill] = filler[fill]
        rows.out[field] = current
    if derived:
        rows.report.add(None, None, f"{' and '.join(derived)} derived from the buurt codes", Severity.INFO)
