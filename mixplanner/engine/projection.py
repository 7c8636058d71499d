"""Project a scenario year by year: the mix per area x segment x owner x care type, and a ledger by cause."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from mixplanner.domain.interventions import Intervention, InterventionError
from mixplanner.domain.policy import PolicyTable
from mixplanner.domain.progress import NoProgress, Progress, check
from mixplanner.domain.scenario import Assumptions, Plan, Scenario
from mixplanner.engine.actions import ScenarioError, YearContext, apply
from mixplanner.engine.areas import AreaIndex
from mixplanner.engine.state import CARES, INTRAMURAL, OWNERS, SEGMENTS, State

DRIFT = "indexatie (drift)"


@dataclass(frozen=True)
class Cause:
    label: str
    kind: str  # an intervention kind, or "drift"


@dataclass(frozen=True)
class Projection:
    """units[year, buurt, segment, owner, care] and delivered[year, buurt, segment] as dense arrays; the ledger as
    a long table of every non-zero change: year, buurt_code, segment, owner, care_type, cause, kind, units."""

    scenario: str
    years: tuple[int, ...]
    areas: AreaIndex
    units: np.ndarray
    delivered: np.ndarray
    ledger: pd.DataFrame
    causes: tuple[Cause, ...]
    records: Mapping[int, pd.DataFrame] = field(default_factory=dict)  # per-record state at the end of the years asked for

    def year_index(self, year: int) -> int:
        try:
            return self.years.index(year)
        except ValueError:
            raise KeyError(f"{year} is outside the projection ({self.years[0]}-{self.years[-1]})") from None

    def _grouped(self, table: np.ndarray, level: str, columns) -> pd.DataFrame:
        frame = pd.DataFrame(table, index=pd.Index(self.areas.labels(level)), columns=list(columns))
        return frame.groupby(level=0, sort=True).sum()

    def mix(self, year: int, level: str = "buurt", dimension: str = "segment") -> pd.DataFrame:
        """Units in the dwelling mix (intramural places left out) per area at a level, by segment or owner."""
        cube = self.units[self.year_index(year)][..., [c for c in range(len(CARES)) if c != INTRAMURAL]].sum(axis=3)
        table = cube.sum(axis=2) if dimension == "segment" else cube.sum(axis=1)
        return self._grouped(table, level, SEGMENTS if dimension == "segment" else OWNERS)

    def series(self, level: str = "total", area: str | None = None, dimension: str = "segment") -> pd.DataFrame:
        """Units per year (rows) and category (columns) for one area (or the whole plan)."""
        labels = np.array(self.areas.labels(level), dtype=object)
        key = area if area is not None else min(labels)  # without an area: the first, as in mix()
        inside = labels == key
        if not inside.any():
            raise KeyError(area)
        cube = self.units[:, inside][..., [c for c in range(len(CARES)) if c != INTRAMURAL]].sum(axis=(1, 4))
        table = cube.sum(axis=2) if dimension == "segment" else cube.sum(axis=1)
        return pd.DataFrame(table, index=pd.Index(self.years, name="year"),
                            columns=list(SEGMENTS if dimension == "segment" else OWNERS))

    def intramural(self, year: int, level: str = "total") -> pd.Series:
        table = self.units[self.year_index(year)][..., INTRAMURAL].sum(axis=(1, 2))
        return pd.Series(table, index=pd.Index(self.areas.labels(level))).groupby(level=0).sum()

    def delivered_mix(self, through_year: int, level: str = "buurt") -> pd.DataFrame:
        """Units delivered by new build from the first projected year up to and including a year, per segment."""
        upto = self.year_index(through_year) + 1
        return self._grouped(self.delivered[:upto].sum(axis=0), level, SEGMENTS)

    def long_frame(self) -> pd.DataFrame:
        """units as a long table: year, buurt_code, segment, owner, care_type, units (non-zero cells)."""
        y, a, s, o, c = np.nonzero(self.units)
        return pd.DataFrame({
            "year": np.array(self.years)[y], "buurt_code": np.array(self.areas.codes, dtype=object)[a],
            "segment": np.array(SEGMENTS, dtype=object)[s], "owner": np.array(OWNERS, dtype=object)[o],
            "care_type": np.array(CARES, dtype=object)[c], "units": self.units[y, a, s, o, c],
        })


def _aggregate(state: State, n_areas: int, idx: np.ndarray | None = None) -> np.ndarray:
    sl = slice(None) if idx is None else idx
    shape = (n_areas, len(SEGMENTS), len(OWNERS), len(CARES))
    flat = np.ravel_multi_index((state.area[sl], state.segment[sl], state.owner[sl], state.care[sl]), shape)
    return np.bincount(flat, weights=state.units[sl], minlength=int(np.prod(shape))).reshape(shape).astype(np.int64)


def _by_segment(state: State, n_areas: int, idx: np.ndarray) -> np.ndarray:
    flat = state.area[idx].astype(np.int64) * len(SEGMENTS) + state.segment[idx]
    return np.bincount(flat, weights=state.units[idx], minlength=n_areas * len(SEGMENTS)).reshape(n_areas, len(SEGMENTS)).astype(np.int64)


def check_scenario(scenario: Scenario, assumptions: Assumptions, areas: AreaIndex) -> None:
    """Static checks that need no projection: parameters, years and buurten. Raises ScenarioError."""
    for number, item in enumerate(scenario.interventions, start=1):
        if not item.enabled:
            continue  # a switched-off intervention may be unfinished; it does not block the rest
        try:
            item.check()
        except InterventionError as exc:
            raise ScenarioError(f"intervention #{number}: {exc}") from None
        years = item.years()
        if min(years) < assumptions.base_year:
            raise ScenarioError(f"intervention #{number} '{item.title()}': year {min(years)} is before the base year {assumptions.base_year}")
        code = getattr(item, "buurt_code", None)
        if code is not None and code not in areas.codes:
            raise ScenarioError(f"intervention #{number} '{item.title()}': buurt {code} is not in the plan")


def project(
    plan: Plan,
    scenario: Scenario | str,
    table: PolicyTable | None = None,
    progress: Progress | None = None,
    keep_records: Collection[int] = (),
) -> Projection:
    """Run a scenario from the base year to the horizon. Raises ScenarioError before any result exists.

    For each year in keep_records, `records[year]` holds every record at the end of that year: id, row (the stock
    row it comes from, -1 for new build), units (0 once demolished), buurt_code, owner, segment, care_type, rent and
    woz at that year's price level, wws_points, created_by and removed_by (the intervention's number, 0 for none).
    """
    progress = progress or NoProgress()
    scenario = plan.scenario(scenario) if isinstance(scenario, str) else scenario
    table = table or PolicyTable.bundled()
    a = plan.assumptions
    areas = AreaIndex.from_stock(plan.stock, plan.areas)
    check_scenario(scenario, a, areas)
    active: list[tuple[int, Intervention]] = [(i, x) for i, x in enumerate(scenario.interventions) if x.enabled]
    causes = (Cause(DRIFT, "drift"),) + tuple(Cause(x.title(), x.kind) for x in scenario.interventions)
    state = State.from_stock(plan.stock, areas)
    years = a.years
    n_areas = len(areas)
    units = np.zeros((len(years), n_areas, len(SEGMENTS), len(OWNERS), len(CARES)), dtype=np.int64)
    delivered = np.zeros((len(years), n_areas, len(SEGMENTS)), dtype=np.int64)
    ledger = _Ledger()
    memory: dict = {}
    records: dict[int, pd.DataFrame] = {}
    current = None
    for k, year in enumerate(years):
        check(progress, k / len(years), f"projecting {year}")
        steps = year - a.base_year
        policy_year = (a.policy_year or a.base_year) if steps == 0 else year
        thresholds = table.for_year(policy_year, a.threshold_indexation)
        ctx = YearContext(year, thresholds, (1 + a.rent_indexation) ** steps, (1 + a.woz_indexation) ** steps, areas, a, memory)
        state.classify(thresholds, ctx.rent_factor, ctx.woz_factor)
        after = _aggregate(state, n_areas)
        if current is not None:
            ledger.add(k, 0, after - current)
        current = after
        for index, item in active:
            if year not in item.years():
                continue
            effect = apply(item, index, state, ctx)
            if len(effect.changed):
                state.classify(thresholds, ctx.rent_factor, ctx.woz_factor, effect.changed)
            after = _aggregate(state, n_areas)
            ledger.add(k, index + 1, after - current)
            current = after
            dwellings = effect.delivered[state.care[effect.delivered] != INTRAMURAL]  # care places are not dwellings
            if len(dwellings):
                delivered[k] += _by_segment(state, n_areas, dwellings)
        units[k] = current
        if year in keep_records:
            records[year] = state.snapshot(areas, ctx.rent_factor, ctx.woz_factor)
    progress.report(1.0, "done")
    return Projection(scenario.name, years, areas, units, delivered, ledger.frame(years, areas, causes), causes, records)


class _Ledger:
    """Non-zero changes per (year, cause) over buurt x segment x owner x care, gathered as the projection runs."""

    def __init__(self) -> None:
        self.parts: list[np.ndarray] = []

    def add(self, year_index: int, cause: int, delta: np.ndarray) -> None:
        cells = np.nonzero(delta)
        if len(cells[0]):
            n = len(cells[0])
            self.parts.append(np.column_stack([np.full(n, year_index), *cells, np.full(n, cause), delta[cells]]))

    def frame(self, years, areas: AreaIndex, causes) -> pd.DataFrame:
        data = np.concatenate(self.parts) if self.parts else np.zeros((0, 7), dtype=np.int64)
        y, a, s, o, c, cause, units = data.T
        return pd.DataFrame({
            "year": np.array(years)[y], "buurt_code": np.array(areas.codes, dtype=object)[a],
            "segment": np.array(SEGMENTS, dtype=object)[s], "owner": np.array(OWNERS, dtype=object)[o],
            "care_type": np.array(CARES, dtype=object)[c],
            "number": cause.astype(np.int64),  # 0: drift; n: the scenario's n-th intervention
            "cause": np.array([x.label for x in causes], dtype=object)[cause],
            "kind": np.array([x.kind for x in causes], dtype=object)[cause], "units": units.astype(np.int64),
        })
