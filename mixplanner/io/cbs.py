"""CBS Kerncijfers wijken en buurten (KWB): each buurt row becomes one aggregate record per owner class."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from mixplanner.domain.categories import Owner
from mixplanner.domain.numbers import fmt_int, fmt_num
from mixplanner.domain.stock import conform
from mixplanner.io.problems import LoadReport, Severity
from mixplanner.io.raw import RawTable

#: meaning -> (title shown in the mapping, normalised headers: StatLine titles, OData keys, kwb-xlsx keys)
COLUMNS: dict[str, tuple[str, frozenset[str]]] = {
    "region": ("Wijken en buurten", frozenset({"wijkenenbuurten"})),
    "code": ("Codering", frozenset({"codering", "gwbcode", "regiocode"})),
    "name": ("Regionaam", frozenset({"regio", "regionaam"})),
    "gemeente": ("Gemeentenaam", frozenset({"gemeentenaam", "gmnaam"})),
    "soort": ("Soort regio", frozenset({"soortregio", "recs"})),
    "woningen": ("Woningvoorraad", frozenset({"woningvoorraad", "awoning"})),
    "woz": ("Gemiddelde WOZ-waarde van woningen (x 1 000 euro)", frozenset({"gemiddeldewozwaardevanwoningen", "gwoz"})),
    "koop": ("Koopwoningen (%)", frozenset({"koopwoningen", "percentagekoopwoningen", "pkoopw"})),
    "huur": ("Huurwoningen totaal (%)", frozenset({"huurwoningentotaal", "percentagehuurwoningen", "phuurw"})),
    "corp": ("In bezit woningcorporatie (%)", frozenset({"inbezitwoningcorporatie", "pwcorpw"})),
    "priv": ("In bezit overige verhuurders (%)", frozenset({"inbezitoverigeverhuurders", "povhw"})),
    "onb": ("Eigendom onbekend (%)", frozenset({"eigendomonbekend", "peow"})),
    "bj_voor": ("Bouwjaar voor 2000 (%)", frozenset({"bouwjaarvoor2000", "bouwjaarklassetot2000", "pbjj2k"})),
    "bj_vanaf": ("Bouwjaar vanaf 2000 (%)", frozenset({"bouwjaarvanaf2000", "bouwjaarklassevanaf2000", "pbjo2k"})),
}
#: share columns in record order, with the owner and the id suffix of their records
OWNER_SHARES = (("corp", Owner.CORPORATION, "corp"), ("priv", Owner.PRIVATE_LANDLORD, "priv"),
                ("koop", Owner.OWNER_OCCUPIER, "koop"), ("onb", Owner.UNKNOWN, "onb"))
PCT_EXTRAS = {"koop": "cbs_koop_pct", "huur": "cbs_huur_pct", "corp": "cbs_corporatie_pct",
              "priv": "cbs_overige_verhuurders_pct", "onb": "cbs_eigendom_onbekend_pct",
              "bj_voor": "cbs_bouwjaar_voor_2000_pct", "bj_vanaf": "cbs_bouwjaar_vanaf_2000_pct"}
SUPPRESSED_AT_OR_BELOW = -99990  # CBS sentinels -99995 .. -99999: geheim / niet beschikbaar
SHARE_TOLERANCE = (98.0, 102.0)  # shares rounded to 0.1 (or 1) % rarely add to exactly 100
_BU_CODE = r"BU\d{4}[0-9A-Z]{4}"
_TOTALS = {"GM": "gemeente", "WK": "wijk", "NL": "Nederland"}


def normalise_header(header) -> str:
    """'Wonen/Koopwoningen (%)', 'Koopwoningen_40' and 'koopwoningen' all become 'koopwoningen'."""
    text = str(header).strip().rsplit("/", 1)[-1]
    text = re.sub(r"(\s*\([^()]*\))+\s*$", "", text)
    text = re.sub(r"_\d+$", "", text)
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _code_like(col: pd.Series) -> pd.Series:
    return col.astype("string").str.strip().str.upper().str.match(r"(NL|GM|WK|BU)[0-9A-Z]", na=False)


def kwb_columns(frame: pd.DataFrame) -> dict[str, str]:
    """Meaning -> the file's header; the code column is the candidate holding most GM/WK/BU codes."""
    found: dict[str, list[str]] = {}
    for header in frame.columns:
        key = normalise_header(header)
        for meaning, (_, variants) in COLUMNS.items():
            if key in variants:
                found.setdefault(meaning, []).append(header)
    chosen = {m: headers[0] for m, headers in found.items()}
    if "code" in found:
        chosen["code"] = max(found["code"], key=lambda h: int(_code_like(frame[h]).sum()))
    elif "region" in chosen and _code_like(frame[chosen["region"]]).any():
        chosen["code"] = chosen["region"]  # OData: WijkenEnBuurten holds the codes
    return chosen


def looks_like_kwb(raw: RawTable) -> bool:
    keys = {normalise_header(h) for h in raw.frame.columns}
    has = {m for m, (_, variants) in COLUMNS.items() if keys & variants}
    return "woningen" in has and bool(has & {"code", "region"})


def parse_numbers(col: pd.Series, count: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(values with NaN where unusable, suppressed mask, not-a-number mask) for cells as text or numbers."""
    if pd.api.types.is_numeric_dtype(col.dtype) and not pd.api.types.is_bool_dtype(col.dtype):
        values = col.to_numpy(dtype=float, na_value=np.nan)
        suppressed = np.isnan(values)
    else:
        text = col.astype("string").str.replace("\u00a0", "", regex=False).str.replace(" ", "", regex=False)
        suppressed = (text.isna() | text.isin(["", ".", "x", "X"])).to_numpy()
        comma = text.str.contains(",", regex=False, na=False)
        text = text.where(~comma, text.str.replace(".", "", regex=False).str.replace(",", ".", regex=False))
        if count:  # "1.235" in a count column is Dutch thousands
            thousands = text.str.fullmatch(r"-?\d{1,3}(\.\d{3})+", na=False)
            text = text.where(~thousands, text.str.replace(".", "", regex=False))
        values = pd.to_numeric(text, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    suppressed = suppressed | (values <= SUPPRESSED_AT_OR_BELOW)
    bad = ~suppressed & (np.isnan(values) | (values < 0))
    values = np.where(suppressed | bad, np.nan, values)
    return values, suppressed, bad


def largest_remainder(totals: np.ndarray, shares: np.ndarray) -> np.ndarray:
    """Whole units per row and class that sum exactly to totals; shares in percent, each row summing to 100."""
    exact = np.round(totals[:, None] * shares / 100.0, 9)
    units = np.floor(exact).astype(np.int64)
    short = np.clip(totals - units.sum(axis=1), 0, shares.shape[1])
    order = np.argsort(-(exact - units), axis=1, kind="stable")  # ties: the earlier class first
    rank = np.empty_like(order)
    np.put_along_axis(rank, order, np.broadcast_to(np.arange(shares.shape[1]), order.shape), axis=1)
    return units + (rank < short[:, None])


def _text(col: pd.Series) -> pd.Series:
    return col.astype("string").str.strip()


def kwb_to_records(raw: RawTable, report: LoadReport) -> pd.DataFrame:
    """One record per buurt and owner class with units > 0; GM/WK rows and unusable rows are rejected."""
    frame, n = raw.frame, len(raw)
    report.kind, report.rows_in_file = "cbs-kwb", n
    cols = kwb_columns(frame)
    report.mapping = {h: COLUMNS[m][0] for m, h in cols.items() if not (m == "code" and cols.get("region") == h)}
    missing = [m for m in ("code", "woningen") if m not in cols]
    for m in missing:
        what = "regiocodes (Codering, e.g. BU02210000)" if m == "code" else "Woningvoorraad"
        report.add(None, None, f"The file has no column with {what}: no buurten loaded.")
    if missing:
        report.rows_loaded, report.rows_rejected = 0, n
        return conform(pd.DataFrame())

    problems: list[tuple[int, str | None, str, Severity]] = []
    code_h, w_h = cols["code"], cols["woningen"]
    cell = _text(frame[code_h]).fillna("")
    code = cell.str.replace(r"\s+", "", regex=True).str.upper().to_numpy(dtype=object)
    cell = cell.to_numpy(dtype=object)
    is_bu = pd.Series(code, dtype=object).str.fullmatch(_BU_CODE, na=False).to_numpy(dtype=bool)
    w, w_supp, w_bad = parse_numbers(frame[w_h], count=True)
    w_text = _text(frame[w_h]).fillna("").to_numpy(dtype=object)
    fraction = ~np.isnan(w) & (w != np.round(w))
    loaded = is_bu & ~np.isnan(w) & ~fraction & (w > 0)
    for i in np.flatnonzero(~loaded):
        c = code[i]
        if not is_bu[i]:
            if c[:2] in _TOTALS and len(c) > 2:
                sev, col = Severity.INFO, code_h
                msg = f"{c} is a total row of {'a ' if c[:2] != 'NL' else ''}{_TOTALS[c[:2]]}: not loaded as a buurt."
            else:
                sev, col = Severity.ERROR, code_h
                msg = f"'{cell[i]}' is not a buurtcode (BU + 8 characters, e.g. BU02210000): row not loaded." \
                    if c else "No regiocode: row not loaded."
        elif w_supp[i]:
            shown = f"'{w_text[i]}'" if w_text[i] else "empty"
            sev, col, msg = Severity.ERROR, w_h, f"Woningvoorraad of {c} is suppressed ({shown}): buurt not loaded."
        elif w_bad[i] or fraction[i]:
            sev, col = Severity.ERROR, w_h
            msg = f"Woningvoorraad '{w_text[i]}' of {c} is not a whole number of dwellings: buurt not loaded."
        else:
            sev, col, msg = Severity.INFO, w_h, f"{c} has no dwellings (Woningvoorraad 0): not loaded."
        problems.append((i, col, msg, sev))

    idx = np.flatnonzero(loaded)
    totals = w[idx].astype(np.int64)
    units = _owner_units(frame, cols, idx, totals, problems, report)
    records = _records(frame, cols, idx, code[idx], units, raw.row_numbers[idx], problems)
    for i, col, msg, sev in sorted(problems, key=lambda p: p[0]):
        report.add(int(raw.row_numbers[i]), col, msg, sev)
    report.rows_loaded, report.rows_rejected = len(idx), n - len(idx)
    return conform(records)


def _owner_units(frame, cols, idx, totals, problems, report) -> np.ndarray:
    """Units per loaded buurt (rows) and owner class (columns, in OWNER_SHARES order)."""
    absent = [COLUMNS[m][0] for m, _, _ in OWNER_SHARES if m not in cols]
    if len(absent) == len(OWNER_SHARES):
        report.add(None, None, "The file has no eigendom columns (Koopwoningen, In bezit woningcorporatie, ...): "
                   "all dwellings are loaded as owner onbekend.", Severity.WARNING)
    elif absent:
        report.add(None, None, f"The file has no column {', '.join(absent)}: its share is loaded as owner onbekend.",
                   Severity.WARNING)
    shares = np.full((len(idx), len(OWNER_SHARES)), np.nan)
    for k, (m, _, _) in enumerate(OWNER_SHARES):
        if m in cols:
            shares[:, k] = parse_numbers(frame[cols[m]].iloc[idx])[0]
    unusable = np.isnan(shares)
    known = np.nan_to_num(shares)
    total = known.sum(axis=1)
    complete = ~unusable.any(axis=1)
    lo, hi = SHARE_TOLERANCE
    rounding = complete & (total >= lo) & (total <= hi)
    scale = np.where(rounding | (total > 100), 100.0 / np.where(total > 0, total, 1.0), 1.0)
    scaled = known * scale[:, None]
    scaled[:, -1] += np.clip(100.0 - scaled.sum(axis=1), 0.0, None)  # the rest: eigendom onbekend
    units = largest_remainder(totals, scaled)

    headers = [cols.get(m) for m, _, _ in OWNER_SHARES]
    where = cols.get("onb") or next((h for h in headers if h), None)
    for j in np.flatnonzero(~complete | ~rounding):
        i, onb = idx[j], f"{fmt_int(units[j, -1])} of {fmt_int(totals[j])}"
        bad = [h for h, u in zip(headers, unusable[j]) if h is not None and u]
        if bad:
            msg = f"Eigendom is suppressed, empty or not a number in {', '.join(bad)}: {onb} dwellings loaded " \
                "as owner onbekend."
            problems.append((i, bad[0], msg, Severity.WARNING))
        elif complete[j]:
            what = "scaled down to 100%" if total[j] > 100 else f"the rest ({onb} dwellings) loaded as owner onbekend"
            msg = f"Eigendom shares add up to {fmt_num(total[j])}% instead of 100%: {what}."
            problems.append((i, where, msg, Severity.WARNING))
    return units


def _records(frame, cols, idx, codes, units, source_rows, problems) -> pd.DataFrame:
    """Long table: one row per buurt and owner class with units > 0; buurt attributes repeated."""
    n_cls = len(OWNER_SHARES)
    keep = (units > 0).ravel()
    buurt = np.repeat(np.arange(len(idx)), n_cls)[keep]
    cls = np.tile(np.arange(n_cls), len(idx))[keep]
    bu = pd.Series(codes, dtype=object)
    per_buurt: dict[str, object] = {
        "buurt_code": bu,
        "wijk_code": "WK" + bu.str.slice(2, 8),
        "gemeente_code": "GM" + bu.str.slice(2, 6),
        "buurt_naam": _names(frame, cols, idx, bu),
        "source_row": pd.Series(source_rows),
    }
    if "woz" in cols:
        woz, woz_supp, _ = parse_numbers(frame[cols["woz"]].iloc[idx])
        per_buurt["woz"] = pd.Series(woz * 1000.0)
        for j in np.flatnonzero(np.isnan(woz) & (units[:, 2] > 0)):
            why = "suppressed" if woz_supp[j] else "not a number"
            problems.append((idx[j], cols["woz"], f"Gemiddelde WOZ-waarde of {codes[j]} is {why}: "
                             "its koopwoningen get segment onbekend.", Severity.INFO))
    if "gemeente" in cols:
        per_buurt["gemeente_naam"] = _text(frame[cols["gemeente"]].iloc[idx]).reset_index(drop=True)
    for m, name in PCT_EXTRAS.items():
        if m in cols:
            per_buurt[name] = pd.Series(parse_numbers(frame[cols[m]].iloc[idx])[0])
    out = {k: pd.Series(v).to_numpy()[buurt] for k, v in per_buurt.items()}
    out["id"] = out["buurt_code"] + "-" + np.array([s for _, _, s in OWNER_SHARES], dtype=object)[cls]
    out["units"] = units.ravel()[keep]
    out["owner"] = np.array([o.value for _, o, _ in OWNER_SHARES], dtype=object)[cls]
    return pd.DataFrame(out)


def _names(frame, cols, idx, codes: pd.Series) -> pd.Series:
    """The buurt name from the title column (unless it only repeats the code), else from 'regio'."""
    names = pd.Series([None] * len(idx), dtype=object)
    for m in ("region", "name"):
        if m in cols and cols[m] != cols["code"]:
            text = _text(frame[cols[m]].iloc[idx]).fillna("").reset_index(drop=True).astype(object)
            usable = (text != "") & (text.str.replace(" ", "").str.upper() != codes)
            names = names.where(names.notna() | ~usable, text)
    return names
