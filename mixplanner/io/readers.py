"""Read a file into a RawTable: Excel, Parquet and the GDAL vector formats (CSV: csv_file), or say in one sentence why not."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

from mixplanner.io.columns import ALIASES, normalise_header
from mixplanner.io.geometry import gc_paused, read_batches
from mixplanner.io.problems import UnreadableFileError
from mixplanner.io.raw import RawTable

CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
PARQUET_SUFFIXES = {".parquet", ".geoparquet", ".pq"}
GEO_SUFFIXES = {".gpkg", ".geojson", ".json", ".shp", ".fgb", ".zip", ".gml", ".kml"}
HEADER_SCAN_ROWS = 30
VECTOR_BATCH = 16_384  # features per batch: small enough that reading, parsing and checking overlap well
#: RE2 for text that str.strip() empties: Python's white space is exactly these controls plus Unicode Z.
_WHITE_SPACE_ONLY = r"^[\s\x0b\x1c-\x1f\x{85}\p{Z}]*$"
_KNOWN_HEADER_WORDS = {"woningvoorraad", "codering", "wijken en buurten", "gebruiksdoel", "identificatie", "segment"}


def detect_kind(path: Path) -> str:
    """'csv', 'xlsx', 'parquet' or 'geo', from the suffix and, where it says little, the first bytes."""
    suffix = path.suffix.lower()
    with path.open("rb") as fh:
        head = fh.read(16)
    if not head:
        raise UnreadableFileError(f"{path.name} is empty (0 bytes).")
    if suffix == ".xls" or head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFileError(f"{path.name} is an old Excel 97-2003 workbook: save it as .xlsx and load that.")
    if suffix == ".ods":
        raise UnreadableFileError(f"{path.name} is an OpenDocument spreadsheet: save it as .xlsx or .csv and load that.")
    if head.startswith(b"SQLite format 3"):
        return "geo"
    if head.startswith(b"PAR1"):
        return "parquet"
    if suffix in EXCEL_SUFFIXES or (head.startswith(b"PK") and suffix not in GEO_SUFFIXES):
        return "xlsx"
    if suffix in PARQUET_SUFFIXES:
        return "parquet"
    if suffix in GEO_SUFFIXES:
        return "geo"
    if suffix in CSV_SUFFIXES or suffix == "":
        return "csv"
    raise UnreadableFileError(
        f"{path.name}: files ending in {suffix} cannot be read; use CSV, Excel (.xlsx), GeoPackage, GeoJSON, "
        "Shapefile or Parquet."
    )


def _header_score(cells: list[object]) -> int:
    keys = [normalise_header(c) for c in cells if c is not None and str(c).strip()]
    return sum(1 for k in keys if k in ALIASES or k in _KNOWN_HEADER_WORDS or re.sub(r" \d+$", "", k) in _KNOWN_HEADER_WORDS)


def find_header_row(rows: list[list[object]]) -> int:
    """Index of the header among the first rows: the one naming most known columns, else the first wide row."""
    widths = [sum(1 for c in r if c is not None and str(c).strip()) for r in rows]
    if not rows or max(widths, default=0) == 0:
        return 0
    scores = [_header_score(r) for r in rows]
    if max(scores) > 0:
        return scores.index(max(scores))
    widest = max(widths)
    return next(i for i, w in enumerate(widths) if w >= max(2, widest // 2) or w == widest)


def drop_blank_rows(frame: pd.DataFrame, row_numbers: np.ndarray) -> tuple[pd.DataFrame, np.ndarray]:
    """Rows whose every cell is empty or white space are not data (Excel and CSV files have them between blocks)."""
    if frame.empty:
        return frame, row_numbers
    candidates = _blank_cells(frame.iloc[:, 0])
    if not candidates.any():
        return frame, row_numbers
    sub = frame[candidates].astype(object)
    blank_sub = (sub.isna() | (sub.fillna("").astype(str).apply(lambda c: c.str.strip()) == "")).all(axis=1).to_numpy()
    blank = np.zeros(len(frame), dtype=bool)
    blank[np.flatnonzero(candidates)[blank_sub]] = True
    if not blank.any():
        return frame, row_numbers
    return frame[~blank].reset_index(drop=True), row_numbers[~blank]


def _blank_cells(cells: pd.Series) -> np.ndarray:
    """Cells that are missing or white space only (what str.strip empties); one regex pass for arrow text."""
    if isinstance(cells.dtype, pd.StringDtype) and cells.dtype.storage == "pyarrow":
        import pyarrow as pa
        import pyarrow.compute as pc

        blank = pc.match_substring_regex(pa.array(cells.array), _WHITE_SPACE_ONLY)
        return blank.fill_null(True).to_numpy(zero_copy_only=False)
    return cells.isna().to_numpy() | (cells.astype(object).fillna("").astype(str).str.strip() == "").to_numpy()


# --- Excel -------------------------------------------------------------------------------------------

def read_xlsx(path: Path, sheet: str | int | None = None, header_row: int | None = None) -> RawTable:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    _check_excel_zip(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, EOFError) as exc:
        raise UnreadableFileError(f"{path.name} is not a readable Excel workbook (.xlsx); it may be damaged or of another type.") from exc
    try:
        names = book.sheetnames
        if sheet is None:
            ws = book[names[0]]
        elif isinstance(sheet, int) or str(sheet).isdigit():
            index = int(sheet) - 1
            if not 0 <= index < len(names):
                raise UnreadableFileError(f"{path.name} has no sheet number {sheet}; it has {len(names)}: {', '.join(names)}.")
            ws = book[names[index]]
        elif sheet in names:
            ws = book[sheet]
        else:
            raise UnreadableFileError(f"{path.name} has no sheet '{sheet}'; its sheets are: {', '.join(names)}.")
        rows = [list(r) for r in ws.iter_rows(min_row=1, values_only=True)]
        first_row = 1  # read-only sheets yield from row 1, so list position + 1 is the sheet's row number
    finally:
        book.close()
    if not any(any(c is not None and str(c).strip() for c in r) for r in rows):
        raise UnreadableFileError(f"{path.name}: sheet '{ws.title}' is empty.")
    header = header_row - first_row if header_row else find_header_row(rows[:HEADER_SCAN_ROWS])
    headers = _unique_headers(rows[header])
    body = rows[header + 1:]
    width = len(headers)
    body = [(r + [None] * width)[:width] for r in body]
    frame = pd.DataFrame(body, columns=headers, dtype=object)
    numbers = np.arange(first_row + header + 1, first_row + header + 1 + len(body), dtype=np.int64)
    frame, numbers = drop_blank_rows(frame, numbers)
    raw = RawTable(str(path), "xlsx", frame, numbers, layer=ws.title)
    raw.notes.append(f"Excel, blad '{ws.title}', kopregel op rij {first_row + header}")
    return raw


def _check_excel_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnreadableFileError(f"{path.name} is not a readable Excel workbook (.xlsx); it may be damaged or of another type.") from exc
    if "xl/workbook.xml" not in names:
        kind = "a Word document" if "word/document.xml" in names else "a PowerPoint file" if "ppt/presentation.xml" in names else "a zip file"
        raise UnreadableFileError(f"{path.name} is {kind}, not an Excel workbook (.xlsx).")


def _unique_headers(cells: list[object]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i, c in enumerate(cells):
        name = str(c).strip() if c is not None and str(c).strip() else f"kolom {i + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name}.{seen[name]}"
        else:
            seen[name] = 0
        out.append(name)
    return out


# --- Parquet -----------------------------------------------------------------------------------------

def read_parquet(path: Path) -> RawTable:
    import json

    import pyarrow as pa
    import pyarrow.parquet as pq
    import shapely

    try:
        table = pq.read_table(path)
    except (pa.ArrowException, OSError) as exc:
        raise UnreadableFileError(f"{path.name} is not a readable Parquet file; it may be damaged or incomplete.") from exc
    geo_meta = json.loads((table.schema.metadata or {}).get(b"geo", b"{}") or b"{}")
    geometry, crs = None, None
    geom_col = geo_meta.get("primary_column")
    if geom_col and geom_col in table.column_names:
        wkb = table.column(geom_col).to_pylist()
        with gc_paused():
            geometry = shapely.from_wkb(np.array(wkb, dtype=object), on_invalid="ignore")
        crs = _crs_from_meta(geo_meta.get("columns", {}).get(geom_col, {}).get("crs", "OGC:CRS84"))
        table = table.drop([geom_col])
    frame = table.to_pandas()
    return RawTable(str(path), "parquet", frame, np.arange(1, len(frame) + 1, dtype=np.int64), geometry, crs)


def _crs_from_meta(crs) -> str | None:
    if crs is None:
        return None
    from pyproj import CRS

    found = CRS.from_user_input(crs)
    epsg = found.to_epsg()
    return f"EPSG:{epsg}" if epsg else found.to_wkt()


# --- GDAL vector formats -----------------------------------------------------------------------------

def gdal_path(path: Path) -> str:
    if path.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(path) as zf:
                shp = [n for n in zf.namelist() if n.lower().endswith(".shp")]
        except zipfile.BadZipFile as exc:
            raise UnreadableFileError(f"{path.name} is not a readable zip file.") from exc
        if not shp:
            raise UnreadableFileError(f"{path.name} holds no Shapefile (.shp).")
        return f"/vsizip/{path}/{shp[0]}"
    return str(path)


def _check_shapefile(path: Path) -> None:
    if path.suffix.lower() == ".shp" and not any(path.with_suffix(s).exists() for s in (".dbf", ".DBF")):
        raise UnreadableFileError(f"{path.name} cannot be read: the Shapefile's .dbf file is missing next to it.")


def list_layers(path: Path) -> list[tuple[str, str | None]]:
    import pyogrio

    _check_shapefile(path)
    try:
        return [(str(n), None if g is None else str(g)) for n, g in pyogrio.list_layers(gdal_path(path))]
    except Exception as exc:  # pyogrio raises DataSourceError and friends; all mean the same to the user
        raise UnreadableFileError(_gdal_sentence(path, exc)) from exc


def read_vector(path: Path, layer: str | None = None) -> RawTable:
    import pyarrow as pa
    import pyogrio

    source = gdal_path(path)
    try:
        with pyogrio.open_arrow(source, layer=layer, return_fids=True, batch_size=VECTOR_BATCH, use_pyarrow=True) as (meta, reader):
            batches, geometry, valid = read_batches(reader, meta.get("geometry_name") or "wkb_geometry")
            schema = batches[0].schema if batches else reader.schema
    except Exception as exc:
        raise UnreadableFileError(_gdal_sentence(path, exc)) from exc
    table = pa.Table.from_batches(batches, schema=schema).combine_chunks()
    geom_name = meta.get("geometry_name") or "wkb_geometry"
    if geom_name in table.column_names:  # no batches: the reader's schema still has it
        table = table.drop([geom_name])
    fids = None
    fid_name = next((n for n in ("__fid", meta.get("fid_column")) if n and n in table.column_names), None)
    if fid_name:
        fids = table.column(fid_name).to_numpy().astype(np.int64)
        table = table.drop([fid_name])
    frame = table.to_pandas()
    if fids is None or path.suffix.lower() in (".geojson", ".json", ".shp", ".zip"):
        fids = np.arange(1, len(frame) + 1, dtype=np.int64)  # feature order, as the user counts them
    crs = meta.get("crs")
    kind = {".gpkg": "gpkg", ".geojson": "geojson", ".json": "geojson", ".shp": "shp", ".zip": "shp"}.get(path.suffix.lower(), "vector")
    raw = RawTable(str(path), kind, frame, fids, geometry, crs, layer or meta.get("layer_name"))
    raw.geometry_name = meta.get("geometry_name") or "geometry"
    raw.valid = valid
    return raw


def _gdal_sentence(path: Path, exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if "not recognized as" in text or "not a supported" in text.lower():
        return f"{path.name} is not a GIS file that mixplanner can read (GeoPackage, GeoJSON, Shapefile, FlatGeobuf)."
    return f"{path.name} cannot be read as a GIS file: it is damaged, incomplete or of another type."
