"""load_stock: one call from a file to a validated Stock and its load report, whatever the file's kind."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from mixplanner.domain.progress import NoProgress, Progress, check
from mixplanner.domain.stock import Stock, conform
from mixplanner.io import bag, cbs, csv_file, readers, spatial
from mixplanner.io.columns import ColumnMapping
from mixplanner.io.geometry import to_rd_new
from mixplanner.io.problems import LoadReport, Severity, UnreadableFileError
from mixplanner.io.raw import RawTable
from mixplanner.io.records import to_frame

AREA_LAYER_NAMES = ("buurten", "buurt", "cbs_buurten", "wijkenbuurten", "areas")
PAND_LAYER_NAMES = ("pand", "panden", "bag_pand")


@dataclass(frozen=True)
class LoadResult:
    stock: Stock
    report: LoadReport
    areas: pd.DataFrame | None = None  # buurt polygons, when the file or the caller gave them


def _check_path(path: Path) -> None:
    if not path.exists():
        raise UnreadableFileError(f"{path} does not exist.")
    if path.is_dir():
        raise UnreadableFileError(f"{path} is a folder, not a file; choose a file inside it.")


def read_table(path: Path, mapping: ColumnMapping, *, sheet=None, layer=None) -> tuple[RawTable, dict[str, RawTable]]:
    """The main table of a file and, for GIS files, its companion layers by role ('areas', 'panden')."""
    _check_path(path)
    kind = readers.detect_kind(path)
    header_row = mapping.options.get("header_row")
    header_row = int(header_row) if header_row else None
    if kind == "csv":
        return csv_file.read_csv(path, header_row), {}
    if kind == "xlsx":
        return readers.read_xlsx(path, sheet or mapping.options.get("sheet"), header_row), {}
    if kind == "parquet":
        return readers.read_parquet(path), {}
    layers = readers.list_layers(path)
    if not layers:
        raise UnreadableFileError(f"{path.name} holds no layers.")
    names = [n for n, _ in layers]
    wanted = layer or mapping.options.get("layer")
    if wanted and wanted not in names:
        raise UnreadableFileError(f"{path.name} has no layer '{wanted}'; its layers are: {', '.join(names)}.")
    roles = {}
    for name in names:
        low = name.lower()
        if low in AREA_LAYER_NAMES and name != wanted:
            roles["areas"] = name
        elif (low in PAND_LAYER_NAMES or low.endswith("_pand")) and name != wanted:
            roles["panden"] = name
    main = wanted or next((n for n in names if n not in roles.values()), names[0])
    companions = {role: readers.read_vector(path, name) for role, name in roles.items()}
    return readers.read_vector(path, main), companions


def load_stock(
    path: str | Path,
    mapping: ColumnMapping | str | Path | None = None,
    *,
    sheet: str | int | None = None,
    layer: str | None = None,
    areas: str | Path | None = None,
    progress: Progress | None = None,
) -> LoadResult:
    """Read any supported file into a Stock. Raises UnreadableFileError (one sentence) when it cannot be read."""
    path = Path(path)
    progress = progress or NoProgress()
    _check_path(path)
    if not isinstance(mapping, ColumnMapping):
        mapping = ColumnMapping.from_file(mapping) if mapping else ColumnMapping()
    check(progress, 0.0, f"reading {path.name}")
    raw, companions = read_table(path, mapping, sheet=sheet, layer=layer)
    return build_stock(path, raw, companions, mapping, areas=areas, progress=progress)


def build_stock(
    path: Path,
    raw: RawTable,
    companions: dict[str, RawTable],
    mapping: ColumnMapping,
    *,
    areas: str | Path | None = None,
    progress: Progress | None = None,
) -> LoadResult:
    """The rest of load_stock after read_table, for a caller that looks at the columns in between (the app)."""
    progress = progress or NoProgress()
    report = LoadReport(file=path.name)
    report.kind = raw.kind
    check(progress, 0.5, "checking rows")
    crs = mapping.options.get("crs")
    raw = to_rd_new(raw, report, str(crs) if crs else None)
    for name, companion in companions.items():
        companions[name] = to_rd_new(companion, LoadReport(file=f"{path.name}:{companion.layer}"), None)
    if areas is not None:
        area_raw = load_areas_raw(Path(areas))
        companions["areas"] = to_rd_new(area_raw, report, None)
    check(progress, 0.6, "checking rows")
    frame = _records(raw, companions, mapping, report, path)
    area_frame = None
    if "areas" in companions:
        check(progress, 0.85, "finding buurten")
        area_frame = spatial.areas_from_raw(companions["areas"], report)
        frame = _join(frame, area_frame, report)
    check(progress, 0.95, "building the stock")
    result = LoadResult(Stock(frame, source=str(path)), report, area_frame)
    progress.report(1.0, "done")
    return result


def load_areas_raw(path: Path) -> RawTable:
    _check_path(path)
    kind = readers.detect_kind(path)
    if kind != "geo":
        raise UnreadableFileError(f"{path.name}: buurt polygons must come as a GIS file (GeoPackage, GeoJSON, Shapefile).")
    return readers.read_vector(path)


def _records(raw: RawTable, companions: dict, mapping: ColumnMapping, report: LoadReport, path: Path) -> pd.DataFrame:
    if cbs.looks_like_kwb(raw):
        return conform(cbs.kwb_to_records(raw, report))
    if bag.looks_like_bag_vbo(raw):
        return conform(bag.bag_to_records(raw, companions.get("panden"), report))
    if bag.looks_like_bag_pand(raw) and raw.geometry is not None:
        raise UnreadableFileError(f"{path.name}: {bag.panden_only_message()}")
    return to_frame(raw, mapping, report)


def _join(frame: pd.DataFrame, areas: pd.DataFrame, report: LoadReport) -> pd.DataFrame:
    """Fill missing buurt codes from the buurt polygons; codes already in the file are kept."""
    missing = frame["buurt_code"].isna().to_numpy() & pd.notna(frame["geometry"]).to_numpy()
    if not missing.any() or areas.empty:
        return frame
    joined = spatial.join_areas(frame["geometry"].to_numpy()[missing], areas)
    frame = frame.copy()
    for column in ("buurt_code", "buurt_naam", "wijk_code", "gemeente_code"):
        values = frame[column].to_numpy(dtype=object).copy()
        values[missing] = joined[column].to_numpy(dtype=object)
        frame[column] = values
    found = int(joined["buurt_code"].notna().sum())
    report.add(None, None, f"{found} records got their buurt from the buurt polygons", Severity.INFO)
    outside = np.flatnonzero(missing)[joined["buurt_code"].isna().to_numpy()]
    for i in outside:
        report.add(int(frame["source_row"].iat[i]), "geometry", "lies in none of the buurt polygons: no buurt code", Severity.WARNING)
    return conform(frame)
