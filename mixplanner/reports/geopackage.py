"""The projected stock as a GeoPackage for QGIS: one feature per record, coloured by segment, and the buurten."""

from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyogrio
import shapely

from mixplanner.domain.categories import Owner
from mixplanner.domain.mix import NO_AREA
from mixplanner.domain.stock import RD_NEW
from mixplanner.engine.records import DEMOLISHED
from mixplanner.engine.state import SEGMENTS
from mixplanner.reports import labels
from mixplanner.reports.palette import GREY, INK, SEGMENT_COLOURS
from mixplanner.reports.qgis_style import categorized_qml, outline_qml, store_styles
from mixplanner.reports.summary import PlanSummary

STOCK_LAYER, BUURT_LAYER, GEOMETRY = "stock", "buurten", "geometry"
TEXT_FIELDS = ("id", "buurt_code", "owner", "segment", "care_type")
INT_FIELDS = ("units", "created_by", "removed_by")
FLOAT_FIELDS = ("rent", "woz")
_POLYGON, _MULTIPOLYGON = 3, 6


def write_gpkg(summary: PlanSummary, path: str | os.PathLike) -> Path:
    """Layer `stock`: every record of the main scenario at the end of the summary year (records without geometry
    too, with an empty geometry; demolished records with 0 units and segment 'gesloopt'), with a default QGIS
    style by segment; layer `buurten`: mix shares per buurt in the base year (_before) and the summary year
    (_after). EPSG:28992."""
    path = Path(path)
    path.unlink(missing_ok=True)  # GDAL would add layers to an old file rather than replace it
    records = summary.after
    about = f"{summary.plan.title or 'mixplanner'}: {summary.main}, {summary.year}"
    text = {name: records[name].astype(str).to_numpy(dtype=object) for name in TEXT_FIELDS}
    text["segment"] = np.where(records["units"].to_numpy() > 0, text["segment"], DEMOLISHED)
    columns = {name: pa.array(values, pa.string()) for name, values in text.items()}
    columns |= {name: pa.array(records[name].to_numpy(dtype=np.int64), pa.int64()) for name in INT_FIELDS}
    columns |= {name: pa.array(records[name].to_numpy(dtype=float), pa.float64(), from_pandas=True)
                for name in FLOAT_FIELDS}
    order = ("id", "units", "buurt_code", "owner", "segment", "care_type", "rent", "woz", "created_by", "removed_by")
    _write(path, STOCK_LAYER, {k: columns[k] for k in order}, records["geometry"].to_numpy(dtype=object),
           f"{about}: projected stock, one feature per record")
    _write(path, BUURT_LAYER, *_buurt_table(summary), f"{about}: mix per buurt, {summary.base_year} and {summary.year}")
    store_styles(str(path), [(STOCK_LAYER, GEOMETRY, "segment", stock_style(summary.lang)),
                             (BUURT_LAYER, GEOMETRY, "buurten", outline_qml(INK))])
    return path


def stock_style(lang: str = "nl") -> str:
    """Categories for every segment in its palette colour; demolished records (no units left) in grey."""
    categories = [(s, labels.capital(labels.category(s, lang)), SEGMENT_COLOURS[s]) for s in SEGMENTS]
    return categorized_qml("segment", categories + [(DEMOLISHED, "Gesloopt" if lang == "nl" else "Demolished", GREY)])


def _promoted(geometry: np.ndarray) -> tuple[np.ndarray, str]:
    """The geometries and the layer type: polygons and multipolygons together become MultiPolygon."""
    types = shapely.get_type_id(geometry)
    present = set(types.tolist()) - {-1}
    if present <= {_POLYGON}:
        return geometry, "Polygon"
    if present <= {_POLYGON, _MULTIPOLYGON}:
        single = np.flatnonzero(types == _POLYGON)
        geometry = geometry.copy()
        geometry[single] = shapely.multipolygons(geometry[single], indices=np.arange(len(single)))
        return geometry, "MultiPolygon"
    return geometry, "Unknown"


def _write(path: Path, layer: str, columns: dict, geometry: np.ndarray, description: str) -> None:
    geometry, kind = _promoted(np.asarray(geometry, dtype=object))
    columns = {**columns, GEOMETRY: pa.array(shapely.to_wkb(geometry), type=pa.binary())}
    pyogrio.write_arrow(pa.table(columns), str(path), layer=layer, driver="GPKG", geometry_name=GEOMETRY,
                        geometry_type=kind, crs=RD_NEW,
                        layer_options={"GEOMETRY_NAME": GEOMETRY, "IDENTIFIER": layer, "DESCRIPTION": description})


def _slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", value.lower()).strip("_")


def _buurt_table(summary: PlanSummary) -> tuple[dict, np.ndarray]:
    """Per buurt: name, units and the share of each segment and of the corporations, before and after."""
    p = summary.projections[summary.main]
    codes = [c for c in p.areas.codes if c != NO_AREA]
    names = labels.area_names(p.areas, summary.plan.areas)
    columns = {"buurt_code": pa.array(codes, pa.string()), "buurt_naam": pa.array([names.get(c) for c in codes],
                                                                                    pa.string())}
    for suffix, year in (("before", summary.base_year), ("after", summary.year)):
        mix = p.mix(year).reindex(codes, fill_value=0)[list(SEGMENTS)]
        total = mix.sum(axis=1)
        shares = mix.div(total.where(total > 0), axis=0)
        owners = p.mix(year, "buurt", "owner").reindex(codes, fill_value=0)
        columns[f"units_{suffix}"] = pa.array(total.to_numpy(dtype=np.int64), pa.int64())
        for s in SEGMENTS:
            columns[f"share_{_slug(s)}_{suffix}"] = pa.array(shares[s].to_numpy(dtype=float), pa.float64(),
                                                             from_pandas=True)
        corporation = (owners[Owner.CORPORATION.value] / total.where(total > 0)).to_numpy(dtype=float)
        columns[f"share_corporatie_{suffix}"] = pa.array(corporation, pa.float64(), from_pandas=True)
    geometry = np.full(len(codes), None, dtype=object)
    areas = summary.plan.areas
    if areas is not None and not areas.empty and "geometry" in areas:
        by_code = pd.Series(areas["geometry"].to_numpy(dtype=object), index=areas["buurt_code"].astype(str))
        by_code = by_code[~by_code.index.duplicated()]
        found = by_code.reindex(codes).to_numpy(dtype=object)
        geometry = np.array([g if isinstance(g, shapely.Geometry) else None for g in found], dtype=object)
    return columns, geometry
