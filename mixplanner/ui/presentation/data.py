"""What the presentation needs beyond the document's projection, computed off the UI thread: the maps of a year
and the projection of the scenario a comparison is made against."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from mixplanner.domain.scenario import BASELINE, Plan
from mixplanner.engine.projection import Projection, project
from mixplanner.engine.records import DEMOLISHED, segment_per_row, with_geometry
from mixplanner.engine.targets import TargetStatus, evaluate_all


@dataclass(frozen=True, eq=False)
class MapLayer:
    """Building polygons with the segment each shows in one scenario year."""

    scenario: str
    year: int
    geometries: np.ndarray
    segments: np.ndarray
    rows: np.ndarray  # the stock row of each geometry; -1 for new build
    unplotted: int = 0  # new-build units standing that year without a drawn plot, so not on the map


@dataclass(frozen=True, eq=False)
class Reference:
    """The scenario a comparison is made against, projected."""

    projection: Projection
    statuses: tuple[TargetStatus, ...]


def reference_for(plan: Plan, current: str) -> str:
    """The scenario the current one is compared with: the next other scenario, else the baseline; the baseline
    itself is compared with the first scenario."""
    others = [s.name for s in plan.scenarios if s.name != BASELINE]
    if current not in others:
        return others[0] if others else BASELINE
    at = others.index(current)
    rest = others[at + 1:] + others[:at]
    return rest[0] if rest else BASELINE


def map_layer(plan: Plan, scenario: str, year: int, progress=None) -> MapLayer:
    """The stock at the end of `year` in a scenario, projected here."""
    projection = project(plan, scenario, progress=progress, keep_records=(year,))
    records = with_geometry(projection, year, plan)
    return layer_of(plan, scenario, year, records, segment_per_row(records, len(plan.stock.frame)))


def layer_of(plan: Plan, scenario: str, year: int, records: pd.DataFrame, rows: np.ndarray) -> MapLayer:
    """Each stock building in the segment holding most of its units that year (demolished ones left out), and new
    build on its drawn plot. records: with geometry; rows: the segment per stock row (segment_per_row)."""
    standing = rows != DEMOLISHED
    built = records[(records["row"] < 0) & (records["units"] > 0)]
    new = built[built["geometry"].notna()]
    geometries = np.concatenate([plan.stock.frame["geometry"].to_numpy(dtype=object)[standing],
                                 new["geometry"].to_numpy(dtype=object)])
    segments = np.concatenate([rows[standing], new["segment"].astype(str).to_numpy(dtype=object)])
    numbers = np.concatenate([np.flatnonzero(standing), np.full(len(new), -1)])
    return MapLayer(scenario, year, geometries, segments, numbers, int(built["units"].sum() - new["units"].sum()))


def changed(before: MapLayer, after: MapLayer) -> np.ndarray:
    """Which of after's buildings show another segment than in before, or were built since."""
    n = int(max(before.rows.max(initial=-1), after.rows.max(initial=-1))) + 1
    then = np.full(n, None, dtype=object)
    stock = before.rows >= 0
    then[before.rows[stock]] = before.segments[stock]
    result = after.rows < 0
    rows = after.rows[~result]
    result[~result] = then[rows] != after.segments[~result]
    return result


def reference(plan: Plan, name: str, progress=None) -> Reference:
    projection = project(plan, name, progress=progress)
    return Reference(projection, tuple(evaluate_all(plan.targets, projection)))
