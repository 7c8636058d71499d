"""Geometry into EPSG:28992: WKB parsed and checked while reading, an unknown CRS settled, pyproj, make_valid."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import numpy as np
import shapely

from mixplanner.domain.stock import RD_NEW
from mixplanner.io.problems import LoadReport, Severity
from mixplanner.io.raw import RawTable

# RD New's valid area (metres), with a margin; and the WGS84 range.
_RD_BOUNDS = (-7000.0, 289000.0, 300000.0, 629000.0)
_LONLAT_BOUNDS = (-180.0, -90.0, 180.0, 90.0)


def _within(bounds: np.ndarray, box: tuple[float, float, float, float]) -> bool:
    return bool(bounds[0] >= box[0] and bounds[1] >= box[1] and bounds[2] <= box[2] and bounds[3] <= box[3])


def _settle_crs(raw: RawTable, report: LoadReport, override: str | None) -> str | None:
    if override:
        return override
    if raw.crs:
        return raw.crs
    bounds = shapely.total_bounds(raw.geometry)
    if np.isnan(bounds).any():
        return RD_NEW
    if _within(bounds, _RD_BOUNDS) and not _within(bounds, _LONLAT_BOUNDS):
        report.add(None, None, "the file declares no coordinate reference system (CRS); its coordinates lie in "
                   "the Netherlands in RD New, so EPSG:28992 is assumed", Severity.WARNING)
        return RD_NEW
    if _within(bounds, _LONLAT_BOUNDS):
        report.add(None, None, "the file declares no coordinate reference system (CRS); its coordinates look like "
                   "longitude/latitude, so WGS84 (EPSG:4326) is assumed", Severity.WARNING)
        return "EPSG:4326"
    report.add(None, None, "unknown CRS: the file declares no coordinate reference system and its coordinates are "
               "neither RD New nor longitude/latitude; the geometry is not used. Name the CRS in a mapping file "
               "(options.crs = \"EPSG:...\")", Severity.ERROR)
    return None


def _reproject(geometry: np.ndarray, crs: str) -> np.ndarray:
    from pyproj import CRS, Transformer

    source = CRS.from_user_input(crs)
    if source.equals(CRS.from_epsg(28992)):
        return geometry
    transformer = Transformer.from_crs(source, CRS.from_epsg(28992), always_xy=True)

    def _apply(coords: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geometry, _apply)


def _is_valid(geometry: np.ndarray) -> np.ndarray:
    """shapely.is_valid on two threads for large layers (GEOS releases the GIL)."""
    if len(geometry) < 50_000:
        return shapely.is_valid(geometry)
    halves = np.array_split(geometry, 2)
    with ThreadPoolExecutor(max_workers=2) as pool:
        return np.concatenate(list(pool.map(shapely.is_valid, halves)))


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while many shapely geometries are made.

    Shapely geometries are tracked by the collector but hold no Python references, so they never form cycles; yet
    making 300,000 of them sets off full collections that cost more than the parsing itself (from_wkb of 300,000
    boxes: 160-190 ms with the collector, 102 ms without, plus 8 ms at the next collection afterwards).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_batches(reader, column: str | None) -> tuple[list, np.ndarray | None, np.ndarray | None]:
    """Every record batch of an arrow reader without its WKB column, that column as shapely geometries, and their validity.

    from_wkb holds the GIL, but reading the next batch (GDAL) and is_valid (GEOS) do not: run on other
    threads, they overlap with it, so on two cores the geometry costs little more than from_wkb alone.
    """
    batches, parts, checks = [], [], []
    with ThreadPoolExecutor(max_workers=2) as pool, gc_paused():
        pending = pool.submit(_next_batch, reader)
        while (batch := pending.result()) is not None:
            pending = pool.submit(_next_batch, reader)
            if column is not None and column in batch.schema.names:
                wkb = batch.column(column).to_numpy(zero_copy_only=False)
                parts.append(shapely.from_wkb(wkb, on_invalid="ignore"))
                checks.append(pool.submit(shapely.is_valid, parts[-1]))
                batch = batch.drop_columns([column])
            batches.append(batch)
        valid = [check.result() for check in checks]
    if column is None or column not in reader.schema.names:
        return batches, None, None
    if not parts:
        return batches, np.empty(0, dtype=object), np.empty(0, dtype=bool)
    return batches, np.concatenate(parts), np.concatenate(valid)


def _next_batch(reader):
    try:
        return reader.read_next_batch()
    except StopIteration:
        return None


def to_rd_new(raw: RawTable, report: LoadReport, crs_override: str | None = None) -> RawTable:
    """Reproject raw.geometry to EPSG:28992 and repair invalid shapes; every repair is reported per row."""
    if raw.geometry is None:
        return raw
    from pyproj.exceptions import CRSError

    crs = _settle_crs(raw, report, crs_override)
    if crs is None:
        raw.geometry, raw.crs = None, None
        return raw
    try:
        geometry = _reproject(raw.geometry, crs)
    except CRSError:
        report.add(None, None, f"unknown CRS '{crs}': it is not a coordinate reference system pyproj knows; the "
                   "geometry is not used", Severity.ERROR)
        raw.geometry, raw.crs = None, None
        return raw
    valid = raw.valid if geometry is raw.geometry and raw.valid is not None else _is_valid(geometry)
    geometry = geometry.copy()
    present = ~shapely.is_missing(geometry)
    invalid = present & ~valid
    if invalid.any():
        reasons = shapely.is_valid_reason(geometry[invalid])
        geometry[invalid] = shapely.make_valid(geometry[invalid])
        for row, reason in zip(raw.row_numbers[invalid], reasons):
            report.add(int(row), raw.geometry_name, f"invalid geometry ({reason}) repaired with make_valid", Severity.WARNING)
    raw.geometry, raw.crs, raw.valid = geometry, RD_NEW, None
    return raw
