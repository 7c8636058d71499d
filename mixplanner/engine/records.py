"""Per-record results of a projection: the projected stock of a scenario year, with geometry, for maps and exports."""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from mixplanner.domain.policy import PolicyTable
from mixplanner.domain.scenario import Plan, Scenario
from mixplanner.engine.projection import Projection, project

DEMOLISHED = "gesloopt"  # a stock row with no units left


def records_at(plan: Plan, scenario: Scenario | str, year: int, table: PolicyTable | None = None) -> pd.DataFrame:
    """The projected stock at the end of `year`, one row per record, with a shapely `geometry` column."""
    projection = project(plan, scenario, table, keep_records=(year,))
    return with_geometry(projection, year, plan)


def with_geometry(projection: Projection, year: int, plan: Plan) -> pd.DataFrame:
    """A kept year's records with geometry: a stock record keeps its own; new build gets its plot, when one was drawn."""
    frame = projection.records[year].copy()
    geometry = np.full(len(frame), None, dtype=object)
    rows = frame["row"].to_numpy()
    base = rows >= 0
    geometry[base] = plan.stock.frame["geometry"].to_numpy()[rows[base]]
    scenario = plan.scenario(projection.scenario)
    plots = {n + 1: x.plot_wkt for n, x in enumerate(scenario.interventions) if getattr(x, "plot_wkt", "")}
    for number, wkt in plots.items():
        made = (~base) & (frame["created_by"].to_numpy() == number)
        if made.any():
            geometry[made] = shapely.from_wkt(wkt)
    frame["geometry"] = geometry
    return frame


def segment_per_row(records: pd.DataFrame, n_rows: int) -> np.ndarray:
    """For each stock row, the segment holding most of its units in the records (DEMOLISHED when none are left).

    A complex that was partly sold shows the segment of the larger part; ties go to the first segment in order.
    """
    base = records[(records["row"] >= 0) & (records["units"] > 0)]
    result = np.full(n_rows, DEMOLISHED, dtype=object)
    if base.empty:
        return result
    per = base.groupby(["row", "segment"], observed=True)["units"].sum().reset_index()
    per = per.sort_values(["row", "units"], ascending=[True, False], kind="stable").drop_duplicates("row")
    result[per["row"].to_numpy()] = per["segment"].astype(str).to_numpy()
    return result
