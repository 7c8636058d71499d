"""The stock during a projection: one array per field, prices kept at base-year level, records split on demand."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely

from mixplanner.domain.categories import CareType, DwellingType, Owner, Segment
from mixplanner.domain.classify import classify_arrays
from mixplanner.domain.filters import evaluate, fields_used, parse_filter
from mixplanner.domain.interventions import Selection
from mixplanner.domain.policy import Thresholds
from mixplanner.domain.stock import Stock
from mixplanner.engine.areas import AreaIndex

OWNERS = tuple(o.value for o in Owner)
SEGMENTS = tuple(s.value for s in Segment)
CARES = tuple(c.value for c in CareType)
TYPES = tuple(d.value for d in DwellingType)
INTRAMURAL = CARES.index(CareType.INTRAMURAL.value)

_ARRAYS = ("units", "area", "owner", "rent", "points", "woz", "care", "override", "dtype", "year_built", "floor_area",
           "x", "y", "origin", "segment", "removed_by", "row")


@dataclass
class State:
    """Parallel arrays, one entry per record; prices (rent, woz) at base-year level; segment as last classified."""

    ids: np.ndarray  # object: the original record id (pieces split off keep it)
    units: np.ndarray
    area: np.ndarray
    owner: np.ndarray
    rent: np.ndarray
    points: np.ndarray
    woz: np.ndarray
    care: np.ndarray
    override: np.ndarray
    dtype: np.ndarray
    year_built: np.ndarray
    floor_area: np.ndarray
    x: np.ndarray  # a point on each record's geometry (NaN without geometry), for polygon selections
    y: np.ndarray
    origin: np.ndarray  # -1: base stock; else the index of the intervention that created the record
    segment: np.ndarray
    removed_by: np.ndarray  # -1, or the index of the intervention that demolished the record
    row: np.ndarray  # the stock row a record comes from (pieces split off keep it); -1 for new records
    base_geometry: np.ndarray | None = None  # the stock's geometries; points on them are computed when first needed

    @classmethod
    def from_stock(cls, stock: Stock, areas: AreaIndex) -> "State":
        f = stock.frame
        n = len(f)
        return cls(
            ids=f["id"].to_numpy(dtype=object),
            units=f["units"].to_numpy(dtype=np.int64).copy(),
            area=areas.index_of(f["buurt_code"]),
            owner=f["owner"].cat.codes.to_numpy().astype(np.int8),
            rent=f["rent"].to_numpy(dtype=float).copy(),
            points=f["wws_points"].to_numpy(dtype=float).copy(),
            woz=f["woz"].to_numpy(dtype=float).copy(),
            care=f["care_type"].cat.codes.to_numpy().astype(np.int8),
            override=f["segment_override"].cat.codes.to_numpy().astype(np.int8),
            dtype=f["dwelling_type"].cat.codes.to_numpy().astype(np.int8),
            year_built=f["building_year"].to_numpy(dtype=float).copy(),
            floor_area=f["floor_area"].to_numpy(dtype=float).copy(),
            x=np.full(n, np.nan), y=np.full(n, np.nan),
            origin=np.full(n, -1, dtype=np.int32),
            segment=np.zeros(n, dtype=np.int8),
            removed_by=np.full(n, -1, dtype=np.int32),
            row=np.arange(n, dtype=np.int64),
            base_geometry=f["geometry"].to_numpy(),
        )

    def __len__(self) -> int:
        return len(self.units)

    def classify(self, t: Thresholds, rent_factor: float, woz_factor: float, idx: np.ndarray | None = None) -> None:
        """(Re)classify all records, or those at idx, at a year's price level and thresholds."""
        sl = slice(None) if idx is None else idx
        result = classify_arrays(self.owner[sl], self.rent[sl] * rent_factor, self.points[sl],
                                 self.woz[sl] * woz_factor, self.override[sl], t, bands=False)
        self.segment[sl] = result.segment

    def snapshot(self, areas: AreaIndex, rent_factor: float, woz_factor: float) -> pd.DataFrame:
        """Every record as it stands now, at the current year's price level (see Projection.records)."""
        return pd.DataFrame({
            "id": self.ids.copy(), "row": self.row.copy(), "units": self.units.copy(),
            "buurt_code": pd.Categorical.from_codes(self.area, categories=list(areas.codes)),
            "owner": pd.Categorical.from_codes(self.owner, categories=list(OWNERS)),
            "segment": pd.Categorical.from_codes(self.segment, categories=list(SEGMENTS)),
            "care_type": pd.Categorical.from_codes(self.care, categories=list(CARES)),
            "rent": self.rent * rent_factor, "wws_points": self.points.copy(), "woz": self.woz * woz_factor,
            "created_by": (self.origin + 1).astype(np.int64), "removed_by": (self.removed_by + 1).astype(np.int64),
        })

    def append(self, **values) -> np.ndarray:
        """Add records (each keyword an array or a scalar); returns their indices."""
        count = len(values["units"])
        start = len(self)
        for name in ("ids", *_ARRAYS):
            current = getattr(self, name)
            given = values.get(name, _DEFAULTS[name])
            block = np.full(count, given, dtype=current.dtype) if np.isscalar(given) or given is None else np.asarray(given, dtype=current.dtype)
            setattr(self, name, np.concatenate([current, block]))
        return np.arange(start, start + count)

    def carve(self, mask: np.ndarray, count: int) -> np.ndarray:
        """Indices of records that hold exactly `count` units of the masked ones, in record order.

        Whole records are taken while they fit; the last one is split, its remainder staying behind.
        """
        chosen = np.flatnonzero(mask & (self.units > 0))
        cum = np.cumsum(self.units[chosen])
        whole = chosen[cum <= count]
        taken = int(self.units[whole].sum())
        if taken == count:
            return whole
        part = chosen[len(whole)]
        rest = count - taken
        self.units[part] -= rest
        copy = {name: getattr(self, name)[part:part + 1] for name in ("ids", *_ARRAYS)}
        copy["units"] = np.array([rest])
        return np.concatenate([whole, self.append(**copy)])

    def available(self, mask: np.ndarray) -> int:
        return int(self.units[mask & (self.units > 0)].sum())

    def select(self, selection: Selection, areas: AreaIndex, rent_factor: float = 1.0, woz_factor: float = 1.0) -> np.ndarray:
        """Mask of records the selection names (demolished records included: callers decide).

        Amounts in a filter (huur, woz) are compared at the price level of the year being projected.
        """
        mask = np.ones(len(self), dtype=bool)
        if selection.ids:
            mask &= np.isin(self.ids, np.array(selection.ids, dtype=object))
        if selection.filter:
            node = parse_filter(selection.filter)
            mask &= evaluate(node, self._columns(fields_used(node), areas, rent_factor, woz_factor))
        if selection.polygon_wkt:
            self._ensure_points()
            polygon = shapely.from_wkt(selection.polygon_wkt)
            with np.errstate(invalid="ignore"):
                mask &= shapely.contains_xy(polygon, self.x, self.y)
        return mask

    def _ensure_points(self) -> None:
        """A point on each stock record's geometry, computed once, only when a polygon selection needs it."""
        if self.base_geometry is None:
            return
        geometry, self.base_geometry = self.base_geometry, None
        pieces = self.ids[: len(geometry)]  # records split off later copy their parent's point below
        has = ~shapely.is_missing(geometry)
        if has.any():
            points = shapely.point_on_surface(geometry[has])
            xs, ys = np.full(len(geometry), np.nan), np.full(len(geometry), np.nan)
            xs[has], ys[has] = shapely.get_x(points), shapely.get_y(points)
            first = {rid: i for i, rid in enumerate(pieces)}
            later = np.array([first.get(rid, -1) for rid in self.ids[len(geometry):]], dtype=np.int64)
            self.x[: len(geometry)], self.y[: len(geometry)] = xs, ys
            from_parent = (later >= 0) & np.isnan(self.x[len(geometry):])
            self.x[len(geometry):][from_parent] = xs[later[from_parent]]
            self.y[len(geometry):][from_parent] = ys[later[from_parent]]

    def _columns(self, needed: set[str], areas: AreaIndex, rent_factor: float, woz_factor: float) -> dict:
        """Columns for a filter: vocabularies and areas as categoricals over their codes (compared as integers)."""
        cols: dict[str, object] = {}
        coded = {"owner": (self.owner, OWNERS), "segment": (self.segment, SEGMENTS), "care_type": (self.care, CARES),
                 "dwelling_type": (self.dtype, TYPES)}
        for name in needed:
            if name in coded:
                codes, categories = coded[name]
                cols[name] = pd.Categorical.from_codes(codes, categories=list(categories))
            elif name in ("buurt_code", "wijk_code", "gemeente_code"):
                codes, labels = areas.level_codes(name.split("_")[0])
                cols[name] = pd.Categorical.from_codes(codes[self.area], categories=list(labels))
            else:
                cols[name] = {"building_year": self.year_built, "rent": self.rent * rent_factor, "wws_points": self.points,
                              "woz": self.woz * woz_factor, "units": self.units, "floor_area": self.floor_area}[name]
        return cols


_DEFAULTS = {
    "ids": "", "units": 0, "area": 0, "owner": OWNERS.index(Owner.UNKNOWN.value), "rent": np.nan, "points": np.nan,
    "woz": np.nan, "care": CARES.index(CareType.NONE.value), "override": -1, "dtype": TYPES.index(DwellingType.UNKNOWN.value),
    "year_built": np.nan, "floor_area": np.nan, "x": np.nan, "y": np.nan, "origin": -1, "segment": SEGMENTS.index(Segment.UNKNOWN.value),
    "removed_by": -1, "row": -1,
}
