"""The bundled Doesburg example prepared for the chart tests and the screenshots (loaded once per process)."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass

import numpy as np
import pandas as pd

from mixplanner.domain.classify import classify_frame
from mixplanner.domain.policy import PolicyTable
from mixplanner.domain.scenario import Plan
from mixplanner.domain.targets import load_presets
from mixplanner.engine.projection import Projection, project
from mixplanner.engine.state import SEGMENTS
from mixplanner.engine.targets import TargetStatus, evaluate_all
from mixplanner.io.load import load_stock
from mixplanner.io.scenario_json import read_scenarios
from mixplanner.reports.labels import area_names
from mixplanner.resources import example_stock_path, resource_path

SCENARIO = "Ooipoort uit de corporatiebuurt"


@dataclass(frozen=True)
class Example:
    plan: Plan
    before: Projection  # the baseline
    after: Projection  # the Ooipoort scenario
    drift: Projection  # the scenario with rents rising faster than the thresholds: drift steps in the ledger
    drift_year: int  # a year in which Ooipoort has both a drift step and an intervention
    statuses: list[TargetStatus]
    names: dict[str, str]
    geometry: np.ndarray  # one building polygon per stock record, EPSG:28992
    segments: np.ndarray  # each record's segment in the base year
    buurten: pd.DataFrame


@functools.cache
def example() -> Example:
    r = load_stock(example_stock_path())
    presets = load_presets()
    scenarios = tuple(read_scenarios(resource_path("example", "scenarios_ooipoort.json")))
    plan = Plan(r.stock, scenarios=scenarios, areas=r.areas,
                targets=presets["corporatiebuurt"].targets + presets["nationaal-30-sociaal"].targets)
    after, before = project(plan, SCENARIO), project(plan, plan.scenarios[0])
    faster = plan.with_changes(assumptions=dataclasses.replace(plan.assumptions, rent_indexation=0.06))
    drift = dataclasses.replace(project(faster, SCENARIO), scenario=f"{SCENARIO}, huren +6% per jaar")
    drift_year = 2029
    frame = r.stock.frame
    thresholds = PolicyTable.bundled().for_year(plan.assumptions.base_year)
    segments = np.array(SEGMENTS, dtype=object)[classify_frame(frame, thresholds).segment]
    return Example(plan, before, after, drift, drift_year, evaluate_all(plan.targets, after),
                   area_names(after.areas, r.areas), frame["geometry"].to_numpy(dtype=object), segments, r.areas)
