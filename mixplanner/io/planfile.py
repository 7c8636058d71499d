"""The portable .mixplan file: a GeoPackage with the stock, the buurt polygons and the plan document (ADR 0005)."""

from __future__ import annotations

import errno
import os
import tempfile
import warnings
from contextlib import contextmanager, suppress
from pathlib import Path

import numpy as np
import pandas as pd

from mixplanner import __version__
from mixplanner.domain.scenario import Plan
from mixplanner.domain.stock import FIELD_BY_NAME, RD_NEW, Stock
from mixplanner.io import readers
from mixplanner.io.problems import UnreadableFileError
from mixplanner.io.scenario_json import (
    ScenarioFileError, assumptions_from_dict, assumptions_to_dict, dumps, loads, scenario_from_dict,
    scenario_to_dict, target_from_dict, target_to_dict,
)
from mixplanner.io.spatial import AREA_COLUMNS

FORMAT_VERSION = 1
SUFFIX = ".mixplan"
STOCK_LAYER, AREAS_LAYER, DOCUMENT_TABLE = "stock", "buurten", "mixplan_document"
#: what the JSON document in mixplan_document holds, and the JSON type of each entry
DOCUMENT_KEYS = {"title": str, "source_label": str, "stock": dict, "assumptions": dict, "targets": list, "scenarios": list}
_SQLITE_HEADER = b"SQLite format 3\x00"
_GEOMETRY_TYPES = {0: "Point", 1: "LineString", 3: "Polygon", 4: "MultiPoint", 5: "MultiLineString",
                   6: "MultiPolygon", 7: "GeometryCollection"}
_REASONS = {errno.ENOSPC: "the disk is full", getattr(errno, "EDQUOT", -1): "the disk quota is used up",
            errno.EACCES: "permission denied (is the file open in another program, or the folder read-only?)",
            errno.EPERM: "permission denied", errno.EROFS: "the disk is read-only",
            errno.ENOENT: "the folder does not exist"}


class PlanFileError(UnreadableFileError):
    """A plan file cannot be saved or opened; str() is one sentence for the user."""


def _from_format_0(doc: dict) -> dict:
    return {**doc, "targets": []}  # format 0 plans had no targets


#: from_version -> function(document) -> the document in format from_version + 1
MIGRATIONS = {0: _from_format_0}


# --- the document: everything but the tables -----------------------------------------------------------
def plan_to_document(plan: Plan) -> dict:
    stock = {"source": plan.stock.source, "records": len(plan.stock), "units": plan.stock.total_units}
    return {"title": plan.title, "source_label": plan.source_label, "stock": stock,
            "assumptions": assumptions_to_dict(plan.assumptions), "targets": [target_to_dict(t) for t in plan.targets],
            "scenarios": [scenario_to_dict(s) for s in plan.scenarios]}


def migrate(doc: dict, version: int, name: str = "the plan") -> dict:
    """Bring a document of an older format up to FORMAT_VERSION, one step at a time."""
    if version > FORMAT_VERSION:
        raise PlanFileError(f"{name} was written by a newer mixplanner (format {version}); this version reads up to "
                            f"format {FORMAT_VERSION}: update mixplanner.")
    while version < FORMAT_VERSION:
        if version not in MIGRATIONS:
            raise PlanFileError(f"{name} has plan format {version}, which no version of mixplanner wrote.")
        doc, version = MIGRATIONS[version](doc), version + 1
    return doc


def plan_from_document(doc: dict, stock: Stock, areas: pd.DataFrame | None = None, name: str = "the plan") -> Plan:
    """The plan from its (current-format) document and its tables; PlanFileError when the document is wrong."""
    for key in (*doc, "assumptions", "targets", "scenarios"):
        what = "an unknown" if key not in DOCUMENT_KEYS else "no" if key not in doc else None
        if what or not isinstance(doc[key], DOCUMENT_KEYS[key]):
            raise PlanFileError(f"{name} is damaged: its plan document has {what or 'a wrong'} '{key}' entry.")
    try:
        return Plan(
            stock=stock,
            assumptions=assumptions_from_dict(doc["assumptions"]),
            targets=tuple(target_from_dict(t, number=i) for i, t in enumerate(doc["targets"], start=1)),
            scenarios=tuple(scenario_from_dict(s, number=i) for i, s in enumerate(doc["scenarios"], start=1)),
            areas=areas, title=doc.get("title", ""), source_label=doc.get("source_label", ""),
        )
    except ValueError as exc:  # ScenarioFileError, or Plan's own check of the scenario names
        raise PlanFileError(f"{name} cannot be opened: {exc}.") from exc


# --- tables <-> Arrow ----------------------------------------------------------------------------------------
def _text(series: pd.Series):
    import pyarrow as pa

    values = series.astype(object)
    try:
        return pa.array(values, type=pa.string(), from_pandas=True)
    except (pa.ArrowException, TypeError, ValueError):
        return pa.array([None if m else str(v) for v, m in zip(values, pd.isna(values))], type=pa.string())


def _column(series: pd.Series, kind: str | None):
    """One column as Arrow: canonical ones by their kind, categoricals as text, other extras as they are."""
    import pyarrow as pa

    if kind == "int":
        return pa.array(series.to_numpy(dtype=np.int64), type=pa.int64())
    if kind == "float":
        return pa.array(series.to_numpy(dtype=float), type=pa.float64(), from_pandas=True)
    if kind in ("str", "category") or isinstance(series.dtype, pd.CategoricalDtype):
        return _text(series)
    try:
        array = pa.array(series, from_pandas=True)
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        return _text(series)  # mixed cells (an Excel column of numbers and words): kept as their text
    t = array.type
    kept = (pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_boolean(t) or pa.types.is_string(t)
            or pa.types.is_large_string(t) or pa.types.is_timestamp(t) or pa.types.is_date(t))
    return array if kept else _text(series)


def _geometry_type(geometry: np.ndarray) -> str:
    import shapely

    ids = set(shapely.get_type_id(geometry).tolist()) - {-1}
    name = _GEOMETRY_TYPES.get(ids.pop(), "Unknown") if len(ids) == 1 else "Unknown"
    return name + " Z" if name != "Unknown" and shapely.has_z(geometry).any() else name


def _write_table(path: Path, layer: str, frame: pd.DataFrame, kinds: dict, crs: str = RD_NEW) -> None:
    """Write frame as a layer; its geometry column (if it has any geometry) becomes the layer's geometry."""
    import pyarrow as pa
    import pyogrio
    import shapely

    columns = {str(c): _column(frame[c], kinds.get(str(c))) for c in frame.columns if c != "geometry"}
    options = {"FID": "mixplan_fid" if "fid" in (c.casefold() for c in columns) else "fid"}
    geometry = frame["geometry"].to_numpy(dtype=object) if "geometry" in frame.columns else None
    spatial = {}
    if geometry is not None and pd.notna(geometry).any():
        columns["geometry"] = pa.array(shapely.to_wkb(geometry), type=pa.binary())
        spatial = {"geometry_name": "geometry", "geometry_type": _geometry_type(geometry), "crs": crs}
        options["GEOMETRY_NAME"] = "geometry"
    pyogrio.write_arrow(pa.table(columns), str(path), layer=layer, driver="GPKG", layer_options=options, **spatial)


def _write(plan: Plan, path: Path) -> None:
    import pyarrow as pa
    import pyogrio

    kinds = {f.name: f.kind for f in FIELD_BY_NAME.values()}
    _write_table(path, STOCK_LAYER, plan.stock.frame, kinds, plan.stock.crs)
    if plan.areas is not None:
        _write_table(path, AREAS_LAYER, plan.areas, {c: "str" for c in AREA_COLUMNS})
    document = pa.table({"format_version": pa.array([FORMAT_VERSION], pa.int64()),
                         "written_by": pa.array([f"mixplanner {__version__}"]),
                         "document": pa.array([dumps(plan_to_document(plan))])})
    pyogrio.write_arrow(document, str(path), layer=DOCUMENT_TABLE, driver="GPKG")


@contextmanager
def _quiet_gdal(**options):
    """Silence GDAL's warning that a .mixplan does not end in .gpkg, and set GDAL options for the duration."""
    import pyogrio

    before = {k: pyogrio.get_gdal_config_option(k) for k in options}
    pyogrio.set_gdal_config_options(options)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", r".*(non conformant file extension|extension should be 'gpkg').*")
            yield
    finally:
        pyogrio.set_gdal_config_options(before)


# --- save ------------------------------------------------------------------------------------------------------
def _save_sentence(path: Path, exc: Exception) -> str:
    if isinstance(exc, OSError):
        reason = _REASONS.get(exc.errno) or (exc.strerror or str(exc) or type(exc).__name__).lower()
    else:
        text = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        full = any(w in text.lower() for w in ("disk is full", "no space left"))
        reason = "the disk is full" if full else f"the GeoPackage could not be written ({text})"
    kept = "; the file already there is unchanged" if path.exists() else ""
    return f"Could not save {path}: {reason}{kept}."


def _check_columns(path: Path, layer: str, frame: pd.DataFrame | None) -> None:
    names = [str(c) for c in (frame.columns if frame is not None else ())]
    folded = [n.casefold() for n in names]
    twice = next((n for n, f in zip(names, folded) if folded.count(f) > 1), None)
    if twice is not None:
        raise PlanFileError(f"Could not save {path}: the {layer} table has columns whose names differ only in upper "
                            f"and lower case ('{twice}'), which a GeoPackage cannot hold; rename one.")


def _fsync_folder(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):  # POSIX: make the rename itself durable
        with suppress(OSError):
            fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def save_plan(plan: Plan, path) -> None:
    """Write the plan to path atomically: a complete new file replaces the old one, or the old one stays."""
    import pyogrio.errors

    path = Path(path)
    folder = path.parent
    _check_columns(path, STOCK_LAYER, plan.stock.frame)
    _check_columns(path, AREAS_LAYER, plan.areas)
    tmp = None
    try:
        if not folder.is_dir():
            raise FileNotFoundError(errno.ENOENT, "no such folder", str(folder))
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{path.stem}.", suffix=path.suffix)
        os.close(fd)
        tmp = Path(name)
        tmp.unlink()  # GDAL creates the GeoPackage itself (with the usual permissions, not mkstemp's private ones)
        with _quiet_gdal(OGR_SQLITE_SYNCHRONOUS="OFF"):  # no fsync per layer: one fsync below, before the rename
            _write(plan, tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
    except (OSError, pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
        raise PlanFileError(_save_sentence(path, exc)) from exc
    finally:
        for leftover in (tmp, *(Path(f"{tmp}{s}") for s in ("-journal", "-wal", "-shm"))) if tmp else ():
            with suppress(OSError):
                leftover.unlink(missing_ok=True)
    _fsync_folder(folder)


# --- open ------------------------------------------------------------------------------------------------------
def _check_file(path: Path) -> None:
    """Refuse, before GDAL sees it, what is not a SQLite file or is shorter than its own header says."""
    if path.is_dir():
        raise PlanFileError(f"{path} is a folder, not a plan file.")
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(100)
    except FileNotFoundError:
        raise PlanFileError(f"{path} does not exist.") from None
    except OSError as exc:
        raise PlanFileError(f"{path} cannot be read: {(exc.strerror or str(exc)).lower()}.") from None
    if size == 0:
        raise PlanFileError(f"{path.name} is empty (0 bytes), so it holds no plan.")
    if not head.startswith(_SQLITE_HEADER):
        raise PlanFileError(f"{path.name} is not a mixplanner plan: a plan is a GeoPackage (SQLite) file and this is not one.")
    page_size = int.from_bytes(head[16:18], "big") if len(head) == 100 else 0
    pages = int.from_bytes(head[28:32], "big") if head[24:28] == head[92:96] else 0  # valid only if counters agree
    if len(head) < 100 or size < (65536 if page_size == 1 else page_size) * pages:
        raise PlanFileError(f"{path.name} is incomplete (it was copied or saved only partly): it cannot be opened.")


def _read_document(path: Path) -> tuple[int, dict]:
    import pyogrio

    try:
        _, table = pyogrio.read_arrow(str(path), layer=DOCUMENT_TABLE)
        row = table.to_pylist()
        version, text = row[0]["format_version"], row[0]["document"]
        if len(row) != 1 or not isinstance(version, int) or not isinstance(text, str):
            raise ValueError("the document table must hold one row with a format version and a document")
    except (RuntimeError, ValueError, KeyError, IndexError) as exc:
        raise PlanFileError(f"{path.name} is damaged: its {DOCUMENT_TABLE} table cannot be read.") from exc
    try:
        doc = loads(text, "its plan document")
        if not isinstance(doc, dict):
            raise ScenarioFileError("its plan document is not a JSON object.")
    except ScenarioFileError as exc:
        raise PlanFileError(f"{path.name} is damaged: {exc}") from exc
    return version, doc


def _read_layer(path: Path, layer: str) -> pd.DataFrame:
    try:
        raw = readers.read_vector(path, layer)
    except UnreadableFileError as exc:
        raise PlanFileError(f"{path.name} is damaged: its {layer} layer cannot be read.") from exc
    if raw.geometry is not None and raw.crs not in (None, RD_NEW):
        raise PlanFileError(f"{path.name}: its {layer} layer is in {raw.crs}, not in {RD_NEW} (Amersfoort / RD New).")
    frame = raw.frame
    if raw.geometry is not None:
        frame["geometry"] = raw.geometry
    return frame


def _read_stock(path: Path, doc: dict) -> Stock:
    expected = doc.get("stock") if isinstance(doc.get("stock"), dict) else {}
    frame = _read_layer(path, STOCK_LAYER)
    try:
        stock = Stock.from_frame(frame, source=str(expected.get("source", "")))
    except (ValueError, TypeError, KeyError) as exc:  # StockSchemaError, or a column that no longer fits its type
        raise PlanFileError(f"{path.name}: the stock layer is not a valid stock ({exc}).") from exc
    for what, found in (("records", len(stock)), ("units", stock.total_units)):
        if what in expected and expected[what] != found:
            raise PlanFileError(f"{path.name}: the stock layer holds {found} {what}, but the plan was saved with "
                                f"{expected[what]}; it was changed outside mixplanner or is damaged.")
    return stock


def _read_areas(path: Path) -> pd.DataFrame:
    frame = _read_layer(path, AREAS_LAYER)
    if "geometry" not in frame.columns:  # saved without any polygon (none, or no rows): a table without geometry
        frame["geometry"] = pd.Series([None] * len(frame), dtype=object)
    for column in AREA_COLUMNS[:-1]:  # the buurt codes and names: text, None where missing, as spatial makes them
        if column in frame.columns:
            values = frame[column].astype(object)
            frame[column] = pd.Series(values.where(values.notna(), None), dtype=object)
    order = [c for c in AREA_COLUMNS if c in frame.columns]
    return frame[order + [c for c in frame.columns if c not in order]]


def open_plan(path) -> Plan:
    """Read a .mixplan file; anything wrong with it raises PlanFileError with one sentence."""
    path = Path(path)
    _check_file(path)
    with _quiet_gdal():
        try:
            layers = [name for name, _ in readers.list_layers(path)]
        except UnreadableFileError as exc:
            raise PlanFileError(f"{path.name} is damaged or incomplete: it cannot be opened as a plan.") from exc
        if DOCUMENT_TABLE not in layers:
            raise PlanFileError(f"{path.name} is a GeoPackage but not a mixplanner plan: it has no {DOCUMENT_TABLE} table.")
        version, doc = _read_document(path)
        doc = migrate(doc, version, path.name)
        if STOCK_LAYER not in layers:
            raise PlanFileError(f"{path.name} is damaged: it has no {STOCK_LAYER} layer.")
        stock = _read_stock(path, doc)
        areas = _read_areas(path) if AREAS_LAYER in layers else None
    return plan_from_document(doc, stock, areas, path.name)
