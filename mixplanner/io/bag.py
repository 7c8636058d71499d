"""BAG verblijfsobjecten with woonfunctie as dwelling records, with the building year of their pand."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import shapely

from mixplanner.domain.categories import DwellingType, Owner
from mixplanner.domain.numbers import fmt_int
from mixplanner.domain.stock import conform
from mixplanner.io.problems import LoadReport, Severity
from mixplanner.io.raw import RawTable

#: the woningvoorraad counts verblijfsobjecten with these statuses (compared in lower case)
IN_USE = ("verblijfsobject in gebruik", "verblijfsobject in gebruik (niet ingemeten)", "verblijfsobject buiten gebruik")
#: panden that do not (or no longer) stand; a point on them is matched to a standing pand first
GONE = ("pand gesloopt", "niet gerealiseerd pand", "pand ten onrechte opgevoerd", "bouwvergunning verleend")
YEAR_RANGE = (1000, 2035)  # outside it (9999 included) a bouwjaar is a placeholder
_VBO = {"id": ("identificatie",), "doel": ("gebruiksdoel", "gebruiksdoelen"), "status": ("status",),
        "area": ("oppervlakte",), "year": ("oorspronkelijkbouwjaar", "bouwjaar"),
        "ref": ("pandidentificatie", "pandref", "pandid", "hoortbij", "pandidentificaties", "pandrefs")}
_PAND = {"id": ("identificatie",), "year": ("oorspronkelijkbouwjaar", "bouwjaar"), "status": ("status",)}
_POLYGONAL = (3, 6)  # shapely type ids of Polygon and MultiPolygon


def _key(header) -> str:
    return re.sub(r"[^0-9a-z]", "", str(header).lower())


def _find(frame: pd.DataFrame, wanted: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Meaning -> the file's header, matched case-insensitively and ignoring '_' and spaces."""
    by_key: dict[str, str] = {}
    for header in frame.columns:
        by_key.setdefault(_key(header), header)
    found = {}
    for meaning, keys in wanted.items():
        header = next((by_key[k] for k in keys if k in by_key), None)
        if header is not None:
            found[meaning] = header
    return found


def looks_like_bag_vbo(raw: RawTable) -> bool:
    keys = {_key(h) for h in raw.frame.columns}
    return "identificatie" in keys and bool(keys & {"gebruiksdoel", "gebruiksdoelen"})


def looks_like_bag_pand(raw: RawTable) -> bool:
    keys = {_key(h) for h in raw.frame.columns}
    if "identificatie" not in keys or not keys & {"oorspronkelijkbouwjaar", "bouwjaar"}:
        return False
    if keys & {"gebruiksdoel", "gebruiksdoelen"} or raw.geometry is None:
        return False
    types = shapely.get_type_id(raw.geometry[pd.notna(raw.geometry)])
    return len(types) > 0 and bool(np.isin(types, _POLYGONAL).all())


def panden_only_message() -> str:
    return ("BAG panden are buildings, not dwellings: load the verblijfsobjecten (with gebruiksdoel woonfunctie) "
            "and give the panden as the second layer, so each woning gets the bouwjaar of its pand.")


def _text(col: pd.Series) -> pd.Series:
    """Cells as stripped text; list cells (GeoJSON arrays, Parquet lists) joined with commas."""
    if pd.api.types.infer_dtype(col, skipna=True) not in ("string", "empty"):
        col = col.map(lambda v: ",".join(map(str, v)) if isinstance(v, (list, tuple, np.ndarray)) else v)
    return col.astype("string").str.strip()


def _ids(col: pd.Series, first: bool = False) -> pd.Series:
    """BAG identifiers as 16-character text (numeric exports drop the leading zero); NA when empty."""
    if pd.api.types.is_numeric_dtype(col.dtype):
        text = col.round().astype("Int64").astype("string")
    else:
        text = _text(col)
        text = text.str.replace(r"\.0$", "", regex=True)
        listed = text.str.contains(r"\D", na=False)
        if first and listed.any():  # "0221100000311191,0221100000311192", "{...}", "NL.IMBAG.Pand.0221...": the first
            text = text.where(~listed, text.str.extract(r"(\d+)", expand=False))
    text = text.where(text != "")
    return text.where(~text.str.fullmatch(r"\d{1,15}", na=False), text.str.zfill(16))


def bag_to_records(vbo: RawTable, panden: RawTable | None, report: LoadReport) -> pd.DataFrame:
    """One record per verblijfsobject with woonfunctie in use; every other row rejected with the reason."""
    frame, n = vbo.frame, len(vbo)
    report.kind, report.rows_in_file = "bag", n
    c = _find(frame, _VBO)
    report.mapping = {h: f for m, f in (("id", "id"), ("area", "floor_area"), ("doel", "gebruiksdoel (woonfunctie)"),
                                        ("status", "bag_status"), ("ref", "bag_pand_id")) if (h := c.get(m))}
    missing = [k[0] for m, k in _VBO.items() if m in ("id", "doel") and m not in c]
    for name in missing:
        report.add(None, None, f"The file has no column '{name}': no verblijfsobjecten loaded.")
    if missing:
        report.rows_loaded, report.rows_rejected = 0, n
        return conform(pd.DataFrame())

    problems: list[tuple[int, str | None, str, Severity]] = []
    ids = _ids(frame[c["id"]])
    doel = _text(frame[c["doel"]]).fillna("")
    status = _text(frame[c["status"]]).fillna("") if "status" in c else pd.Series([""] * n, dtype="string")
    woon = doel.str.lower().str.contains("woonfunctie", regex=False).to_numpy(dtype=bool)
    in_use = status.str.lower().isin(IN_USE).to_numpy(dtype=bool) if "status" in c else np.ones(n, bool)
    no_id = ids.isna().to_numpy()
    dup = ~no_id & ids.duplicated().to_numpy()
    first_row = pd.Series(vbo.row_numbers).groupby(ids.fillna("").to_numpy()).transform("first").to_numpy() \
        if dup.any() else vbo.row_numbers
    id_text, doel_text, status_text = (s.to_numpy(dtype=object, na_value=None) for s in (ids, doel, status))
    for i in np.flatnonzero(no_id | dup | ~woon | ~in_use):
        if no_id[i]:
            problems.append((i, c["id"], "No identificatie: row not loaded.", Severity.ERROR))
        elif dup[i]:
            problems.append((i, c["id"], f"Identificatie {id_text[i]} occurs earlier (row {first_row[i]}): "
                             "row not loaded.", Severity.ERROR))
        elif not woon[i]:
            problems.append((i, c["doel"], f"Not a dwelling: gebruiksdoel '{doel_text[i]}'.", Severity.INFO))
        else:
            problems.append((i, c["status"], f"Not in the woningvoorraad: status '{status_text[i]}'.", Severity.INFO))
    keep = np.flatnonzero(~(no_id | dup) & woon & in_use)

    pand_id, year = _building_years(vbo, c, keep, panden, problems, report)
    area = pd.to_numeric(frame[c["area"]].iloc[keep], errors="coerce").to_numpy(float) if "area" in c \
        else np.full(len(keep), np.nan)
    if "area" in c:
        given = _text(frame[c["area"]].iloc[keep]).fillna("").to_numpy(dtype=object)
        for j in np.flatnonzero(np.isnan(area) & (given != "")):
            problems.append((keep[j], c["area"], f"Oppervlakte '{given[j]}' is not a number: floor area left empty.",
                             Severity.WARNING))
    pand_code, _ = pd.factorize(pand_id)  # -1 where no pand
    shared = np.where(pand_code >= 0, np.bincount(pand_code[pand_code >= 0], minlength=1)[pand_code], 0)
    dwelling = np.where(pd.isna(pand_id), DwellingType.UNKNOWN.value,
                        np.where(shared > 1, DwellingType.MULTI_FAMILY.value, DwellingType.SINGLE_FAMILY.value))
    records = pd.DataFrame({
        "id": ids.iloc[keep].to_numpy(dtype=object),
        "units": np.ones(len(keep), np.int64),
        "owner": Owner.UNKNOWN.value,
        "floor_area": area,
        "building_year": year,
        "dwelling_type": dwelling,
        "source_row": vbo.row_numbers[keep],
        "geometry": vbo.geometry[keep] if vbo.geometry is not None else None,
        "bag_pand_id": pand_id,
        "bag_status": status.iloc[keep].to_numpy(dtype=object) if "status" in c else None,
    })
    for i, col, msg, sev in sorted(problems, key=lambda p: p[0]):
        report.add(int(vbo.row_numbers[i]), col, msg, sev)
    if len(keep):
        report.add(None, None, f"BAG holds no eigendom (tenure): all {fmt_int(len(keep))} woningen are loaded as owner "
                   "onbekend. Add CBS KWB or a corporation list for ownership.", Severity.WARNING)
        count = {t: fmt_int(int((dwelling == t.value).sum())) for t in DwellingType}
        unknown = f"; without a pand: onbekend ({count[DwellingType.UNKNOWN]})" if pd.isna(pand_id).any() else ""
        report.add(None, None, "BAG has no woningtype: a woning that shares its pand with other woningen counts as "
                   f"meergezins ({count[DwellingType.MULTI_FAMILY]}), a woning alone in its pand as eengezins "
                   f"({count[DwellingType.SINGLE_FAMILY]}){unknown}.", Severity.INFO)
    report.rows_loaded, report.rows_rejected = len(keep), n - len(keep)
    return conform(records)


def _building_years(vbo, c, keep, panden, problems, report) -> tuple[np.ndarray, np.ndarray]:
    """(pand id, bouwjaar) per kept verblijfsobject, by pand reference, else by location, else from the VBO."""
    k = len(keep)
    pand_id = _ids(vbo.frame[c["ref"]].iloc[keep], first=True).to_numpy(dtype=object, na_value=None) \
        if "ref" in c else np.full(k, None, dtype=object)
    p = _find(panden.frame, _PAND) if panden is not None else {}
    if panden is None or "id" not in p or "year" not in p:
        if panden is not None:
            report.add(None, None, "The panden layer has no identificatie or bouwjaar column: building year unknown.",
                       Severity.WARNING)
        if "year" in c:
            year = pd.to_numeric(vbo.frame[c["year"]].iloc[keep], errors="coerce").to_numpy(float)
            report.mapping[c["year"]] = "building_year"
            return pand_id, _checked(year, pand_id, keep, c["year"], problems)
        if panden is None:
            report.add(None, None, "No panden layer given: building year unknown.", Severity.INFO)
        return pand_id, np.full(k, np.nan)

    pids = _ids(panden.frame[p["id"]]).to_numpy(dtype=object, na_value=None)
    years = pd.to_numeric(panden.frame[p["year"]], errors="coerce").to_numpy(float)
    column = c.get("ref")
    if column is None:
        if vbo.geometry is None or panden.geometry is None:
            report.add(None, None, "No pand reference and no geometry to find the pand: building year unknown.",
                       Severity.WARNING)
            return pand_id, np.full(k, np.nan)
        gone = _text(panden.frame[p["status"]]).str.lower().isin(GONE).to_numpy(dtype=bool) if "status" in p \
            else np.zeros(len(pids), bool)
        at = _pand_at(vbo.geometry[keep], panden.geometry, pids, gone)
        pand_id = np.where(at >= 0, pids[at], None)
        found = at >= 0
        year = np.where(found, years[at], np.nan)
    else:
        lookup = pd.Series(years, index=pd.Index(pids, dtype=object))
        lookup = lookup[~lookup.index.duplicated(keep="last") & lookup.index.notna()]
        year = lookup.reindex(pd.Index(pand_id, dtype=object)).to_numpy(float)
        found = pd.Index(pand_id, dtype=object).isin(lookup.index)
    for j in np.flatnonzero(~found):
        msg = ("Not inside any pand of the panden layer" if column is None else
               "No pand reference" if pand_id[j] is None else f"Pand {pand_id[j]} is not in the panden layer")
        problems.append((keep[j], column, f"{msg}: building year unknown.", Severity.WARNING))
    return pand_id, _checked(year, pand_id, keep, column, problems)


def _checked(year: np.ndarray, pand_id: np.ndarray, keep: np.ndarray, column, problems) -> np.ndarray:
    """Placeholder years (9999, 0, ...) become NaN with a warning."""
    lo, hi = YEAR_RANGE
    with np.errstate(invalid="ignore"):
        wrong = ~np.isnan(year) & ((year < lo) | (year > hi))
    for j in np.flatnonzero(wrong):
        whose = f"Pand {pand_id[j]} has" if pand_id[j] is not None else "The verblijfsobject has"
        problems.append((keep[j], column, f"{whose} bouwjaar {year[j]:.0f}, not a real year: building year left empty.",
                         Severity.WARNING))
    return np.where(wrong, np.nan, year)


def _pand_at(points: np.ndarray, polygons: np.ndarray, pids: np.ndarray, gone: np.ndarray) -> np.ndarray:
    """Index of the pand under each point (-1 if none); a standing pand, then the lowest identificatie, wins."""
    at = np.full(len(points), -1, dtype=np.int64)
    # panden are small and simple: a plain predicate query beats preparing thousands of them
    rec, hit = shapely.STRtree(polygons).query(points, predicate="intersects")
    if len(rec):
        order = np.lexsort((pd.Series(pids[hit]).fillna("").to_numpy(dtype=str), gone[hit], rec))
        rec, hit = rec[order], hit[order]
        first = np.r_[True, rec[1:] != rec[:-1]]
        at[rec[first]] = hit[first]
    return at
