"""Buurt polygons from the CBS Wijk- en buurtkaart, and the join that gives each record its buurt."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import shapely

from mixplanner.io.problems import LoadReport, Problem
from mixplanner.io.raw import RawTable

AREA_COLUMNS = ("buurt_code", "buurt_naam", "wijk_code", "wijk_naam", "gemeente_code", "gemeente_naam", "geometry")
JOINED_COLUMNS = ("buurt_code", "buurt_naam", "wijk_code", "gemeente_code")
#: area column -> normalised headers: kaart up to 2021 (BU_CODE), from 2022 (buurtcode), and our own names
_HEADERS = {
    "buurt_code": ("bucode", "buurtcode"), "buurt_naam": ("bunaam", "buurtnaam"),
    "wijk_code": ("wkcode", "wijkcode"), "wijk_naam": ("wknaam", "wijknaam"),
    "gemeente_code": ("gmcode", "gemeentecode"), "gemeente_naam": ("gmnaam", "gemeentenaam"),
}
_BU_CODE = r"BU\d{4}[0-9A-Z]{4}"


def _key(header) -> str:
    return re.sub(r"[^0-9a-z]", "", str(header).lower())


def _empty_areas() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype=object) for c in AREA_COLUMNS})


def areas_from_raw(raw: RawTable, report: LoadReport) -> pd.DataFrame:
    """One row per buurt polygon (water buurten included); raw.geometry must already be in EPSG:28992.

    The report is usually the stock file's own, so its row counts and mapping are left alone; problems
    name the buurt layer as their file.
    """
    frame, n = raw.frame, len(raw)
    source = raw.file if raw.layer is None else f"{raw.file}:{raw.layer}"
    by_key: dict[str, str] = {}
    for header in frame.columns:
        by_key.setdefault(_key(header), header)
    found = {col: next((by_key[k] for k in keys if k in by_key), None) for col, keys in _HEADERS.items()}
    if found["buurt_code"] is None or raw.geometry is None:
        what = "no buurtcode column (BU_CODE)" if found["buurt_code"] is None else "no geometry"
        report.problems.append(Problem(source, None, None, f"The buurt layer has {what}: no buurten loaded."))
        return _empty_areas()

    out = {}
    for col, header in found.items():
        if header is None:
            out[col] = pd.Series([None] * n, dtype=object)
        else:
            text = frame[header].astype("string").str.strip()
            if col.endswith("_code"):
                text = text.str.replace(r"\s+", "", regex=True).str.upper()
            out[col] = text.where(text != "").astype(object).where(lambda s: s.notna(), None)
    code = out["buurt_code"]
    derived = code.str.fullmatch(_BU_CODE, na=False)  # the codes nest: BU 0221 00 01 -> WK022100, GM0221
    for col, prefix, end in (("wijk_code", "WK", 8), ("gemeente_code", "GM", 6)):
        fill = out[col].isna() & derived
        out[col] = out[col].where(~fill, prefix + code.str.slice(2, end))
    geometry = np.asarray(raw.geometry, dtype=object)
    no_code = code.isna().to_numpy()
    no_geom = ~no_code & (shapely.is_missing(geometry) | shapely.is_empty(geometry))
    for i in np.flatnonzero(no_code | no_geom):
        column = found["buurt_code"] if no_code[i] else None
        what = "No buurtcode" if no_code[i] else f"Buurt {code.iloc[i]} has no geometry"
        report.problems.append(Problem(source, int(raw.row_numbers[i]), column, f"{what}: buurt not used."))
    keep = ~(no_code | no_geom)
    out["geometry"] = pd.Series(geometry, dtype=object)
    return pd.DataFrame(out)[list(AREA_COLUMNS)][keep].reset_index(drop=True)


def representative_points(geometry: np.ndarray) -> np.ndarray:
    """Points stay as they are; every other geometry gets a point on its surface; None for none or empty."""
    geometry = np.asarray(geometry, dtype=object)
    points = geometry.copy()
    other = shapely.get_type_id(geometry) > 0  # 0 = Point, -1 = None
    points[other] = shapely.point_on_surface(geometry[other])
    points[shapely.is_empty(points)] = None  # an empty geometry has no location
    return points


def join_areas(geometry: np.ndarray, areas: pd.DataFrame) -> pd.DataFrame:
    """The buurt of each record (EPSG:28992) at a point on its surface; None outside all, lowest code on overlap."""
    n = len(geometry)
    result = {c: np.full(n, None, dtype=object) for c in JOINED_COLUMNS}
    if n == 0 or len(areas) == 0:
        return pd.DataFrame(result, dtype=object)
    points = representative_points(geometry)
    polygons = areas["geometry"].to_numpy(dtype=object)
    shapely.prepare(polygons)  # detailed buurt outlines: prepared, the exact test is ~15x faster
    rec, hit = shapely.STRtree(polygons).query(points)  # bounding boxes only
    inside = shapely.intersects_xy(polygons[hit], shapely.get_x(points)[rec], shapely.get_y(points)[rec])
    rec, hit = rec[inside], hit[inside]  # a point on a shared border is in both buurten
    if len(rec):
        code_rank = np.argsort(np.argsort(areas["buurt_code"].to_numpy(dtype=str), kind="stable"), kind="stable")
        order = np.lexsort((code_rank[hit], rec))
        rec, hit = rec[order], hit[order]
        first = np.r_[True, rec[1:] != rec[:-1]]
        for c in JOINED_COLUMNS:
            result[c][rec[first]] = areas[c].to_numpy(dtype=object)[hit[first]]
    return pd.DataFrame(result, dtype=object)  # object: None where no buurt, no string inference
