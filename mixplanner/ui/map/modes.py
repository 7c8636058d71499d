"""What the map shows in each mode (Nu, Scenario, Verschil): a class per building and the new-build plots of a year."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely

from mixplanner.domain.scenario import Plan, Scenario
from mixplanner.engine.projection import Projection
from mixplanner.engine.records import DEMOLISHED, segment_per_row, with_geometry

NOW, SCENARIO, DIFFERENCE = "nu", "scenario", "verschil"
MODES = (NOW, SCENARIO, DIFFERENCE)
UNCHANGED = "ongewijzigd"
CHANGED = "naar "  # prefix of the class of a building whose segment changed (Verschil)


@dataclass(frozen=True)
class PlotFeature:
    """A new-build plot of the scenario as it stands at the end of a year."""

    number: int  # the intervention's number in the scenario (1-based)
    label: str
    geometry: object  # shapely polygon, EPSG:28992
    units: int  # delivered and still standing at the end of the year
    planned: int
    segment: str | None  # the segment holding most of the delivered units (None before delivery)
    first_year: int


@dataclass(frozen=True)
class YearRecords:
    """A scenario year on the map: the records (with geometry), the segment of each stock row, the plots."""

    year: int
    scenario: str
    records: pd.DataFrame
    segments: np.ndarray  # per stock row: a segment or DEMOLISHED
    plots: tuple[PlotFeature, ...]
    unplotted_units: int  # new build standing that year without a drawn plot (not on the map)


def year_records(projection: Projection, year: int, plan: Plan) -> YearRecords:
    """Everything the map needs from a projection that kept the records of `year` (runs on the worker thread)."""
    records = with_geometry(projection, year, plan)
    scenario = plan.scenario(projection.scenario)
    plots = plot_features(records, scenario)
    new = records[(records["row"] < 0) & (records["units"] > 0)]
    plotted = new["created_by"].isin([p.number for p in plots])
    return YearRecords(year, projection.scenario, records, segment_per_row(records, len(plan.stock.frame)), plots,
                       int(new.loc[~plotted, "units"].sum()))


def plot_features(records: pd.DataFrame, scenario: Scenario) -> tuple[PlotFeature, ...]:
    """One feature per enabled intervention with a drawn plot, with what stands on it in the records' year."""
    new = records[records["row"] < 0]
    features = []
    for number, item in enumerate(scenario.interventions, start=1):
        wkt = getattr(item, "plot_wkt", "")
        if not wkt or not item.enabled:
            continue
        mine = new[(new["created_by"] == number) & (new["units"] > 0)]
        per_segment = mine.groupby("segment", observed=True)["units"].sum()
        per_segment = per_segment[per_segment > 0]
        geometry = mine["geometry"].iat[0] if len(mine) else shapely.from_wkt(wkt)
        majority = str(per_segment.idxmax()) if len(per_segment) else None
        features.append(PlotFeature(number, item.title(), geometry, int(per_segment.sum()),
                                    int(getattr(item, "planned_units", 0)), majority, min(item.years())))
    return tuple(features)


def classes_for(mode: str, now: np.ndarray, after: np.ndarray | None) -> np.ndarray:
    """The class of each building: its segment today (Nu), in the scenario year (Scenario), or what changed (Verschil)."""
    if mode == NOW or after is None:
        return np.asarray(now, dtype=object)
    after = np.asarray(after, dtype=object)
    if mode == SCENARIO:
        return after
    changed = after != np.asarray(now, dtype=object)
    result = np.full(len(after), UNCHANGED, dtype=object)
    result[changed] = CHANGED + after[changed].astype(str)
    result[after == DEMOLISHED] = DEMOLISHED
    return result


def transitions(now: np.ndarray, after: np.ndarray) -> list[tuple[str, str, int]]:
    """(from, to, buildings) for every change of segment, most frequent first; demolition is to DEMOLISHED."""
    now, after = np.asarray(now, dtype=object), np.asarray(after, dtype=object)
    changed = np.flatnonzero(now != after)
    counts = Counter(zip(now[changed].tolist(), after[changed].tolist()))
    return [(a, b, n) for (a, b), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

