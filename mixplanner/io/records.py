"""Turn a RawTable into a stock table: map columns, parse values, validate each row, reject with a reason."""

from __future__ import annotations

import datetime as _dt

import numpy as np
import pandas as pd

from mixplanner.domain.categories import CareType, DwellingType, Owner
from mixplanner.domain.stock import FIELD_BY_NAME, conform
from mixplanner.io.columns import CORPORATION_NAME_HEADERS, ColumnMapping, match_columns, normalise_header
from mixplanner.io.problems import LoadReport, Severity
from mixplanner.io.raw import RawTable
from mixplanner.io.values import allowed_values, parse_area_codes, parse_numbers, parse_vocabulary, per_unique

NUMBER_FIELDS = ("rent", "wws_points", "woz", "floor_area", "building_year")
CLASSIFYING_FIELDS = ("owner", "rent", "wws_points", "woz", "segment_override")
_NUMBER_LABEL = {"rent": "rent", "wws_points": "WWS points", "woz": "WOZ value", "floor_area": "floor area", "building_year": "building year"}


class _Rows:
    """Per-row bookkeeping: the parsed columns, the rows rejected so far, and the report."""

    def __init__(self, raw: RawTable, report: LoadReport, mapping: ColumnMapping):
        self.raw, self.report, self.mapping = raw, report, mapping
        self.n = len(raw)
        self.reject = np.zeros(self.n, dtype=bool)
        self.out: dict[str, object] = {}

    def flag(self, mask: np.ndarray, column: str, message, severity: Severity = Severity.ERROR) -> None:
        """Report each row in mask; message is a string or a function of the row's cell text."""
        if not mask.any():
            return
        idx = np.flatnonzero(mask)
        cells = self.raw.frame[column].to_numpy() if column in self.raw.frame else None
        for i in idx:
            text = message(cells[i]) if callable(message) else message
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
    keep = ~rows.reject
    frame = pd.DataFrame({k: v for k, v in rows.out.items()}, index=pd.RangeIndex(rows.n))
    for header in unmapped:
        name = f"{header} (bron)" if header in FIELD_BY_NAME else header
        frame[name] = raw.frame[header].to_numpy()
    report.rows_in_file = raw.rows_in_file
    report.rows_loaded = int(keep.sum())
    report.rows_rejected = report.rows_in_file - report.rows_loaded
    return conform(frame if keep.all() else frame[keep].reset_index(drop=True))


def _ids(rows: _Rows, by_field: dict[str, str]) -> None:
    header = by_field.get("id")
    if header is None:
        rows.out["id"] = np.array([f"rij-{r}" for r in rows.raw.row_numbers], dtype=object)
        rows.report.add(None, None, "no id column: records are named after their row (rij-N)", Severity.INFO)
        return
    cells = rows.raw.frame[header]
    text = cells.astype("str").str.strip()
    if text.str.endswith(".0").any():  # ids read as numbers from Excel: 1001.0 -> 1001
        text = text.str.replace(r"\.0$", "", regex=True)
    ids = text.to_numpy(dtype=object, na_value=None)
    empty = cells.isna().to_numpy() | (text == "").to_numpy()
    if empty.any():
        ids[empty] = [f"rij-{r}" for r in rows.raw.row_numbers[empty]]
        rows.flag(empty, header, "empty id: the record is named after its row", Severity.WARNING)
    series = pd.Series(ids)
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
    values, bad = parse_numbers(rows.raw.frame[header])
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
    decimal = rows.mapping.options.get("decimal")
    this_year = _dt.date.today().year
    for field in NUMBER_FIELDS:
        header = by_field.get(field)
        if header is None:
            continue
        label = _NUMBER_LABEL[field]
        values, bad = parse_numbers(rows.raw.frame[header], str(decimal) if decimal else None, rows.raw.decimal_hint)
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
        rows.out["owner"] = np.full(rows.n, Owner.UNKNOWN.value, dtype=object)
        rows.report.add(None, None, "no owner column: every record's owner is 'onbekend'; social rent can then only "
                        "be told from rent or points", Severity.WARNING)
        return
    values, empty, unknown = parse_vocabulary(rows.raw.frame[header], "owner", rows.mapping.values.get("owner"))
    if normalise_header(header) in CORPORATION_NAME_HEADERS and unknown.any():
        values[unknown] = Owner.CORPORATION.value
        rows.report.add(None, header, f"column '{header}' holds landlords' names: every named landlord is taken as a "
                        "woningcorporatie", Severity.INFO)
        unknown[:] = False
    rows.flag(unknown, header, lambda v: f"unknown owner value '{v}'; expected one of: {allowed_values('owner')} "
              "(or translate it in a mapping file under [values.owner])")
    values[empty | unknown] = Owner.UNKNOWN.value
    rows.out["owner"] = _categorical("owner", values)


def _vocab(rows: _Rows, by_field: dict[str, str], field: str, default: str | None, severity: Severity) -> None:
    header = by_field.get(field)
    if header is None:
        return
    values, empty, unknown = parse_vocabulary(rows.raw.frame[header], field, rows.mapping.values.get(field))
    label = FIELD_BY_NAME[field].label_en
    consequence = "" if severity is Severity.ERROR else f"; taken as '{default}'"
    rows.flag(unknown, header, lambda v: f"unknown {label} '{v}'{consequence}; expected one of: {allowed_values(field)}", severity)
    values[empty | unknown] = default
    rows.out[field] = _categorical(field, values)
    if field == "segment_override" and (~empty & ~unknown).any():
        count = int((~empty & ~unknown).sum())
        rows.report.add(None, header, f"{count} records take their segment from column '{header}': it overrides the "
                        "classification rule", Severity.INFO)


def _categorical(field: str, values: np.ndarray) -> pd.Categorical:
    """Vocabulary values (object array, None for none) as the stock's categorical, built from codes."""
    categories = FIELD_BY_NAME[field].categories
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    position = np.array([categories.index(u) for u in uniques] + [-1], dtype=np.int8)
    return pd.Categorical.from_codes(position[np.where(codes < 0, len(uniques), codes)], categories=list(categories))


def _areas(rows: _Rows, by_field: dict[str, str]) -> None:
    for field in ("buurt_code", "wijk_code", "gemeente_code"):
        header = by_field.get(field)
        if header is None:
            continue
        codes, malformed = parse_area_codes(rows.raw.frame[header], field)
        kind = field.split("_")[0]
        rows.flag(malformed, header, lambda v, _k=kind: f"'{v}' is not a CBS {_k} code (like BU02210000)", Severity.WARNING)
        rows.out[field] = codes
    if "buurt_naam" in by_field:
        rows.out["buurt_naam"] = rows.raw.frame[by_field["buurt_naam"]].astype(object).to_numpy()
    buurt = rows.out.get("buurt_code")
    if buurt is None:
        if rows.raw.geometry is None:
            rows.report.add(None, None, "no buurt column: the mix can only be shown for the whole file", Severity.WARNING)
        return
    derived = []
    for field, length, prefix in (("wijk_code", 6, "WK"), ("gemeente_code", 4, "GM")):
        def from_code(values: pd.Series, _n=length, _p=prefix):
            ok = values.str.match(r"^BU[0-9A-Z]{8}$", na=False)
            return ((_p + values.where(ok).str[2:2 + _n]).to_numpy(dtype=object, na_value=None),)

        (from_buurt,) = per_unique(pd.Series(buurt, dtype=object), from_code)
        current = rows.out.get(field)
        if current is None:
            rows.out[field] = from_buurt
            derived.append(field)
        else:
            fill = pd.isna(current) & ~pd.isna(from_buurt)
            current[fill] = from_buurt[fill]
    if derived:
        rows.report.add(None, None, f"{' and '.join(derived)} derived from the buurt codes", Severity.INFO)
