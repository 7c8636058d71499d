"""Scenarios, targets and assumptions as plain JSON dicts (docs/scenario-schema.md), and scenario files."""

from __future__ import annotations

import difflib
import json
import math
import os
import re
import shutil
import tempfile
from dataclasses import MISSING, Field, fields
from pathlib import Path

from mixplanner.domain.categories import Owner
from mixplanner.domain.interventions import KINDS, Intervention, InterventionError, Selection
from mixplanner.domain.scenario import Assumptions, Scenario
from mixplanner.domain.targets import Target, TargetError

FORMAT = "mixplanner-scenarios"
VERSION = 1


class ScenarioFileError(ValueError):
    """A scenario, target or assumptions dict (or a scenario file) does not follow the schema; str() says where."""


class _Bad(Exception):
    """The tail of a message ("'programme' is missing"); the caller puts where it happened in front."""


# --- values: JSON <-> Python, one codec per field annotation ------------------------------------------
def _shown(v) -> str:
    if v is None or isinstance(v, bool):
        return json.dumps(v)  # null, true, false
    if isinstance(v, (int, float)):
        return f"the number {v}"
    if isinstance(v, str):
        return f"the text '{v[:40]}'"
    return "a list" if isinstance(v, list) else "an object"


def _checked(test, wanted: str, convert=lambda v: v):
    def decode(v, name):
        if not test(v):
            raise _Bad(f"'{name}' must be {wanted}, not {_shown(v)}")
        return convert(v)
    return decode


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


_str = _checked(lambda v: isinstance(v, str), "text")
_bool = _checked(lambda v: isinstance(v, bool), "true or false")
_int = _checked(lambda v: _is_number(v) and float(v).is_integer(), "a whole number", int)
_float = _checked(_is_number, "a number", float)
_texts = _checked(lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v), "a list of texts", tuple)


def _year_key(v, name):
    return int(v) if isinstance(v, str) and re.fullmatch(r"-?\d+", v.strip()) else _int(v, name)


def _optional(decode):
    return lambda v, name: None if v is None else decode(v, name)


def _pairs(key, value):
    """Decode {"k": v, ...} (or [[k, v], ...]) into ((k, v), ...), keeping the order."""
    def decode(v, name):
        if isinstance(v, dict):
            items = list(v.items())
        elif isinstance(v, list) and all(isinstance(p, list) and len(p) == 2 for p in v):
            items = [tuple(p) for p in v]
        else:
            raise _Bad(f"'{name}' must be an object like {{\"key\": value}}, not {_shown(v)}")
        return tuple((key(k, f"{name}.{k}"), value(x, f"{name}.{k}")) for k, x in items)
    return decode


def _pairs_out(pairs):
    keys = {str(k) for k, _ in pairs}
    if len(keys) < len(pairs):  # an object cannot hold a key twice: fall back to a list of pairs
        return [[k, v] for k, v in pairs]
    return {str(k): v for k, v in pairs}


def _selection_out(s: Selection) -> dict:
    return {k: v for k, v in (("ids", list(s.ids)), ("filter", s.filter), ("polygon_wkt", s.polygon_wkt)) if v}


def _selection_in(v, name) -> Selection:
    if not isinstance(v, dict):
        raise _Bad(f"'{name}' must be an object like {{\"filter\": \"...\"}}, not {_shown(v)}")
    _no_unknown(v, ("ids", "filter", "polygon_wkt"), name)
    ids = _texts(v.get("ids", []), f"{name}.ids")
    text, wkt = _str(v.get("filter", ""), f"{name}.filter"), _str(v.get("polygon_wkt", ""), f"{name}.polygon_wkt")
    _check_wkt(wkt, f"{name}.polygon_wkt")
    try:
        return Selection(ids=ids, filter=text, polygon_wkt=wkt)
    except InterventionError as exc:
        raise _Bad(f"'{name}.filter' is not valid: {exc.__cause__ or exc}") from exc


def _check_wkt(text: str, name: str) -> None:
    """A drawn area must be a polygon in well-known text, e.g. POLYGON ((x y, ...)) in EPSG:28992."""
    if not text:
        return
    import shapely

    try:
        geometry = shapely.from_wkt(text)
    except shapely.errors.ShapelyError:
        raise _Bad(f"'{name}' is not valid well-known text (WKT)") from None
    if geometry is None or geometry.is_empty or geometry.geom_type not in ("Polygon", "MultiPolygon"):
        raise _Bad(f"'{name}' must be a POLYGON or MULTIPOLYGON, not {geometry.geom_type if geometry else 'nothing'}")


def _same(v):
    return v


#: field annotation (as written in the domain dataclasses) -> (to JSON, from JSON)
CODECS = {
    "str": (_same, _str), "bool": (_same, _bool), "int": (_same, _int), "float": (_same, _float),
    "str | None": (_same, _optional(_str)), "int | None": (_same, _optional(_int)),
    "float | None": (_same, _optional(_float)), "tuple[str, ...]": (list, _texts),
    "Selection": (_selection_out, _selection_in),
    "Programme": (_pairs_out, _pairs(_str, _float)),
    "tuple[tuple[str, float], ...]": (_pairs_out, _pairs(_str, _float)),
    "tuple[tuple[str, str], ...]": (_pairs_out, _pairs(_str, _str)),
    "tuple[tuple[int, int], ...]": (_pairs_out, _pairs(_year_key, _int)),
}


# --- dataclasses: generic encode / decode ------------------------------------------------------------
def _codec(f: Field):
    annotation = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
    if annotation not in CODECS:
        raise TypeError(f"no JSON codec for field '{f.name}' of type {annotation}")
    return CODECS[annotation]


def _default(f: Field):
    return f.default if f.default is not MISSING else f.default_factory() if f.default_factory is not MISSING else MISSING


def _encode(obj, omit_defaults: bool = True) -> dict:
    values = ((f, getattr(obj, f.name)) for f in fields(obj))
    return {f.name: _codec(f)[0](v) for f, v in values if not (omit_defaults and v == _default(f))}


def _no_unknown(d: dict, known, what: str = "") -> None:
    for key in d:
        if key not in known:
            close = difflib.get_close_matches(str(key), list(known), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else f"; known fields: {', '.join(known)}"
            raise _Bad(f"unknown field '{key}'" + (f" in '{what}'" if what else "") + hint)


def _decode(cls, d, skip=()) -> dict:
    if not isinstance(d, dict):
        raise _Bad(f"must be an object ({{...}}), not {_shown(d)}")
    _no_unknown({k: v for k, v in d.items() if k not in skip}, [f.name for f in fields(cls)])
    missing = next((f.name for f in fields(cls) if f.name not in d and _default(f) is MISSING), None)
    if missing:
        raise _Bad(f"'{missing}' is missing")
    return {f.name: _codec(f)[1](d[f.name], f.name) for f in fields(cls) if f.name in d}


def _where(source: str, where: str) -> str:
    return f"{source}: {where}" if source else where


# --- interventions and scenarios -----------------------------------------------------------------------
def intervention_to_dict(item: Intervention) -> dict:
    return {"kind": item.kind, **_encode(item)}


def _intervention(d) -> Intervention:
    if not isinstance(d, dict):
        raise _Bad(f"must be an object ({{\"kind\": ...}}), not {_shown(d)}")
    if "kind" not in d:
        raise _Bad("'kind' is missing")
    cls = KINDS.get(d["kind"]) if isinstance(d["kind"], str) else None
    if cls is None:
        raise _Bad(f"unknown kind {json.dumps(d['kind'], ensure_ascii=False)}; use one of {', '.join(KINDS)}")
    try:
        item = cls(**_decode(cls, d, skip=("kind",)))
        item.check()
    except InterventionError as exc:
        raise _Bad(str(exc)) from exc
    _check_wkt(getattr(item, "plot_wkt", ""), "plot_wkt")
    return item


def scenario_to_dict(s: Scenario) -> dict:
    out: dict = {"name": s.name, "description": s.description} if s.description else {"name": s.name}
    return {**out, "interventions": [intervention_to_dict(i) for i in s.interventions]}


def scenario_from_dict(d: dict, source: str = "", *, number: int | None = None) -> Scenario:
    """A Scenario from its dict; source (a file name) and number (1-based in a file) only go into messages."""
    name = d.get("name") if isinstance(d, dict) else None
    where = f"scenario '{name}'" if isinstance(name, str) else "scenario" if number is None else f"scenario #{number}"
    try:
        if not isinstance(d, dict):
            raise _Bad(f"must be an object ({{\"name\": ...}}), not {_shown(d)}")
        if "name" not in d:
            raise _Bad("'name' is missing")
        name = _str(d["name"], "name")
        _no_unknown(d, ("name", "description", "interventions"))
        description = _str(d.get("description", ""), "description")
        items = _checked(lambda v: isinstance(v, list), "a list")(d.get("interventions", []), "interventions")
    except _Bad as exc:
        raise ScenarioFileError(f"{_where(source, where)}: {exc}") from None
    interventions = []
    for i, item in enumerate(items, start=1):
        kind = item.get("kind") if isinstance(item, dict) else None
        label = f"intervention #{i}" + (f" ({kind})" if isinstance(kind, str) and kind in KINDS else "")
        try:
            interventions.append(_intervention(item))
        except _Bad as exc:
            raise ScenarioFileError(f"{_where(source, where)}, {label}: {exc}") from None
    return Scenario(name, tuple(interventions), description)


# --- targets and assumptions ------------------------------------------------------------------------------
def target_to_dict(t: Target) -> dict:
    return _encode(t)


def target_from_dict(d: dict, source: str = "", *, number: int | None = None) -> Target:
    try:
        return Target(**_decode(Target, d))
    except (_Bad, TargetError) as exc:
        raise ScenarioFileError(f"{_where(source, 'target' if number is None else f'target #{number}')}: {exc}") from None


def assumptions_to_dict(a: Assumptions) -> dict:
    """Every field, defaults included: defaults such as the base year move with releases, a saved plan must not."""
    return _encode(a, omit_defaults=False)


def assumptions_from_dict(d: dict, source: str = "") -> Assumptions:
    try:
        kwargs = _decode(Assumptions, d)
        owners = [o.value for o in Owner]
        for owner, rate in kwargs.get("turnover", ()):
            if owner not in owners:
                raise _Bad(f"'turnover' names '{owner}', which is not an owner ({', '.join(owners)})")
            if not 0 <= rate <= 1:
                raise _Bad(f"'turnover.{owner}' must be a share from 0 to 1, not {rate}")
    except _Bad as exc:
        raise ScenarioFileError(f"{_where(source, 'assumptions')}: {exc}") from None
    return Assumptions(**kwargs)


# --- scenario files -------------------------------------------------------------------------------------------
def scenarios_to_document(scenarios) -> dict:
    return {"format": FORMAT, "version": VERSION, "scenarios": [scenario_to_dict(s) for s in scenarios]}


def scenarios_from_document(data, source: str = "") -> list[Scenario]:
    """The scenarios of a file's parsed JSON: the {"format": ...} wrapper, or one scenario object."""
    if isinstance(data, dict) and "format" not in data and "name" in data:
        return [scenario_from_dict(data, source)]
    where = _where(source, "scenario file")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ScenarioFileError(f"{where}: this is not a mixplanner scenario file; expected an object with "
                                f"\"format\": \"{FORMAT}\", or a single scenario with a \"name\"")
    try:
        _no_unknown(data, ("format", "version", "scenarios"))
        version = _int(data.get("version", VERSION), "version")
        if version > VERSION:
            raise _Bad(f"it was written by a newer mixplanner (version {version}); this one reads up to {VERSION}")
        items = _checked(lambda v: isinstance(v, list), "a list")(data.get("scenarios"), "scenarios")
    except _Bad as exc:
        raise ScenarioFileError(f"{where}: {exc}") from None
    scenarios = [scenario_from_dict(d, source, number=i) for i, d in enumerate(items, start=1)]
    names = [s.name for s in scenarios]
    twice = next((n for n in names if names.count(n) > 1), None)
    if twice is not None:
        raise ScenarioFileError(f"{where}: more than one scenario is named '{twice}'")
    return scenarios


def _unique_keys(pairs):
    out = dict(pairs)
    if len(out) < len(pairs):
        twice = next(k for i, (k, _) in enumerate(pairs) if k in dict(pairs[:i]))
        raise ValueError(f"the key '{twice}' appears twice in one object")
    return out


def _no_constant(name):
    raise ValueError(f"{name} is not a JSON number")


def loads(text: str, source: str = ""):
    """Parse JSON text strictly (no NaN or Infinity, no key twice in an object); errors as ScenarioFileError."""
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ScenarioFileError(f"{source or 'the text'} is not valid JSON: {exc.msg} on line {exc.lineno}, "
                                f"column {exc.colno}.") from None
    except ValueError as exc:
        raise ScenarioFileError(f"{source or 'the text'} is not valid JSON: {exc}.") from None


def dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def read_scenarios(path) -> list[Scenario]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ScenarioFileError(f"{path.name} is not UTF-8 text, so it cannot be a scenario file.") from None
    except OSError as exc:
        reason = "it does not exist" if isinstance(exc, FileNotFoundError) else (exc.strerror or str(exc)).lower()
        raise ScenarioFileError(f"{path} cannot be read: {reason}.") from None
    return scenarios_from_document(loads(text, path.name), path.name)


def write_scenarios(path, scenarios) -> None:
    """Write the scenarios as one file, replacing an existing one only once the new one is complete."""
    path = Path(path)
    text = dumps(scenarios_to_document(scenarios))
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        shutil.copymode(path, tmp) if path.exists() else os.chmod(tmp, 0o644)  # mkstemp's file is private
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise ScenarioFileError(f"Could not save {path}: {(exc.strerror or str(exc)).lower()}.") from exc
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
