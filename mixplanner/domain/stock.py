"""The dwelling stock: a validated pandas table of records (one dwelling, or a complex of identical ones)."""

from __future__ import annotations

from dataclasses import dataclass
import numpy as np
import pandas as pd

from mixplanner.domain.categories import CareType, DwellingType, Owner, Segment

RD_NEW = "EPSG:28992"


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # "str", "int", "float", "category", "geometry"
    label_nl: str
    label_en: str
    categories: tuple[str, ...] = ()


FIELDS: tuple[Field, ...] = (
    Field("id", "str", "id", "id"),
    Field("units", "int", "aantal woningen", "units"),
    Field("buurt_code", "str", "buurtcode", "neighbourhood code"),
    Field("buurt_naam", "str", "buurtnaam", "neighbourhood name"),
    Field("wijk_code", "str", "wijkcode", "district code"),
    Field("gemeente_code", "str", "gemeentecode", "municipality code"),
    Field("owner", "category", "eigenaar", "owner", tuple(o.value for o in Owner)),
    Field("rent", "float", "kale huur (€/maand)", "bare rent (€/month)"),
    Field("wws_points", "float", "WWS-punten", "WWS points"),
    Field("woz", "float", "WOZ-waarde (€)", "WOZ value (€)"),
    Field("floor_area", "float", "oppervlakte (m²)", "floor area (m²)"),
    Field("building_year", "float", "bouwjaar", "building year"),
    Field("dwelling_type", "category", "woningtype", "dwelling type", tuple(d.value for d in DwellingType)),
    Field("care_type", "category", "zorgtype", "care type", tuple(c.value for c in CareType)),
    Field("segment_override", "category", "segment (invoer)", "segment (input)", tuple(s.value for s in Segment)),
    Field("source_row", "int", "bronrij", "source row"),
    Field("geometry", "geometry", "geometrie", "geometry"),
)
FIELD_BY_NAME = {f.name: f for f in FIELDS}
CANONICAL = tuple(f.name for f in FIELDS)

_DEFAULTS = {
    "units": 1,
    "owner": Owner.UNKNOWN.value,
    "dwelling_type": DwellingType.UNKNOWN.value,
    "care_type": CareType.NONE.value,
}


class StockSchemaError(ValueError):
    """A table does not satisfy the stock schema (a programming error: loaders validate user input first)."""


def conform(frame: pd.DataFrame) -> pd.DataFrame:
    """Return frame with every canonical column present and typed, canonical columns first, extras after.

    Text fields are pandas' string dtype ("str", missing = NaN); vocabularies are categoricals.
    """
    n = len(frame)
    out: dict[str, object] = {}
    for f in FIELDS:
        col = frame[f.name] if f.name in frame.columns else None
        out[f.name] = _typed(f, col, n)
    extras = [c for c in frame.columns if c not in FIELD_BY_NAME]
    result = pd.DataFrame(out, index=pd.RangeIndex(n))
    for c in extras:
        result[c] = frame[c].to_numpy()
    return result


def _typed(f: Field, col: pd.Series | None, n: int):
    """One column in the schema's type; a column that already has it is passed through without a copy."""
    if f.kind == "geometry":
        return np.full(n, None, dtype=object) if col is None else col.to_numpy(dtype=object)
    if f.kind == "int":
        if col is None:
            default = _DEFAULTS.get(f.name)
            return np.full(n, default if default is not None else -1, dtype=np.int64)
        return col.to_numpy(dtype=np.int64)
    if f.kind == "float":
        if col is None:
            return np.full(n, np.nan)
        return col.to_numpy() if col.dtype == np.float64 else pd.to_numeric(col).to_numpy(dtype=float)
    if f.kind == "category":
        if col is not None and isinstance(col.dtype, pd.CategoricalDtype) and tuple(col.cat.categories) == f.categories:
            return col.array
        default = _DEFAULTS.get(f.name)
        if col is None:
            return pd.Categorical.from_codes(np.full(n, f.categories.index(default) if default else -1), categories=list(f.categories))
        values = col.fillna(default) if default is not None else col
        return pd.Categorical(values, categories=list(f.categories))
    if col is None:
        return pd.array(np.full(n, None, dtype=object), dtype="str")
    return col.array if col.dtype == "str" else col.astype("str").array


@dataclass(frozen=True, eq=False)
class Stock:
    """A dwelling stock with geometry in EPSG:28992 (or none), validated on construction."""

    frame: pd.DataFrame
    source: str = ""
    crs: str = RD_NEW

    def __post_init__(self) -> None:
        problems = schema_problems(self.frame)
        if problems:
            raise StockSchemaError("; ".join(problems))

    @classmethod
    def from_frame(cls, frame: pd.DataFrame, source: str = "") -> "Stock":
        return cls(conform(frame), source)

    def __len__(self) -> int:
        return len(self.frame)

    @property
    def total_units(self) -> int:
        return int(self.frame["units"].sum())

    @property
    def extra_columns(self) -> tuple[str, ...]:
        return tuple(c for c in self.frame.columns if c not in FIELD_BY_NAME)

    @property
    def has_geometry(self) -> bool:
        return bool(pd.notna(self.frame["geometry"]).any())

    def areas(self, level: str = "buurt") -> list[str]:
        col = self.frame[f"{level}_code"]
        return sorted(str(v) for v in col.dropna().unique())

    def record(self, record_id: str) -> pd.Series:
        hits = self.frame.index[self.frame["id"] == record_id]
        if len(hits) == 0:
            raise KeyError(record_id)
        return self.frame.loc[hits[0]]


def ids_distinct(ids: pd.Series) -> bool:
    """No id twice. Ids in strictly increasing order, as loaders and exports usually give them, need no hashing
    (2 ms instead of 58 ms for 300,000 text ids)."""
    values = ids.array
    if len(values) < 2 or (not ids.hasnans and bool((values[1:] > values[:-1]).all())):
        return True
    return bool(ids.is_unique)


def schema_problems(frame: pd.DataFrame) -> list[str]:
    """What is wrong with a conformed table, as sentences (empty when valid)."""
    missing = [c for c in CANONICAL if c not in frame.columns]
    if missing:
        return [f"missing columns: {', '.join(missing)}"]
    problems: list[str] = []
    if len(frame) and (frame["units"] < 1).any():
        problems.append("units below 1")
    if frame["id"].isna().any():
        problems.append("records without id")
    if not ids_distinct(frame["id"]):
        problems.append("duplicate ids")
    for f in FIELDS:
        if f.kind == "category" and not isinstance(frame[f.name].dtype, pd.CategoricalDtype):
            problems.append(f"{f.name} is not categorical")
    return problems

