"""Scenarios (named lists of interventions), the assumptions they share, and the plan that holds them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pandas as pd

from mixplanner.domain.categories import Owner
from mixplanner.domain.interventions import Intervention
from mixplanner.domain.policy import DEFAULT_THRESHOLD_INDEXATION
from mixplanner.domain.stock import Stock
from mixplanner.domain.targets import Target

BASELINE = "Basis (geen ingrepen)"

#: Yearly turnover (mutatiegraad) by owner. Corporations: about 7% (DOMAIN.md §4); others are assumptions.
DEFAULT_TURNOVER = (
    (Owner.CORPORATION.value, 0.07),
    (Owner.PRIVATE_LANDLORD.value, 0.10),
    (Owner.OWNER_OCCUPIER.value, 0.05),
    (Owner.UNKNOWN.value, 0.07),
)


@dataclass(frozen=True, kw_only=True)
class Assumptions:
    """Everything a projection takes besides the stock and the interventions; all of it user settings."""

    base_year: int = 2026
    horizon: int = 15
    policy_year: int | None = None  # thresholds that classify the base stock; default: the base year
    threshold_indexation: float = DEFAULT_THRESHOLD_INDEXATION
    rent_indexation: float = 0.03
    woz_indexation: float = 0.03
    turnover: tuple[tuple[str, float], ...] = DEFAULT_TURNOVER

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(range(self.base_year, self.base_year + self.horizon + 1))

    @property
    def last_year(self) -> int:
        return self.base_year + self.horizon

    def turnover_rate(self, owner: str) -> float:
        return dict(self.turnover).get(owner, 0.0)


@dataclass(frozen=True)
class Scenario:
    name: str
    interventions: tuple[Intervention, ...] = ()
    description: str = ""

    def with_interventions(self, interventions) -> "Scenario":
        return replace(self, interventions=tuple(interventions))

    def renamed(self, name: str) -> "Scenario":
        return replace(self, name=name)


@dataclass(frozen=True, eq=False)
class Plan:
    """One stock, its buurt polygons, the targets, the assumptions and the scenarios (a baseline always first)."""

    stock: Stock
    assumptions: Assumptions = field(default_factory=Assumptions)
    targets: tuple[Target, ...] = ()
    scenarios: tuple[Scenario, ...] = ()
    areas: pd.DataFrame | None = None
    title: str = ""
    source_label: str = ""

    def __post_init__(self) -> None:
        names = [s.name for s in self.scenarios]
        if BASELINE not in names:
            object.__setattr__(self, "scenarios", (Scenario(BASELINE),) + tuple(self.scenarios))
        names = [s.name for s in self.scenarios]
        duplicated = sorted({n for n in names if names.count(n) > 1})
        if duplicated:
            raise ValueError(f"scenario names must be unique; repeated: {', '.join(duplicated)}")

    def scenario(self, name: str) -> Scenario:
        for s in self.scenarios:
            if s.name == name:
                return s
        raise KeyError(f"the plan has no scenario '{name}'; it has: {', '.join(s.name for s in self.scenarios)}")

    def with_scenario(self, scenario: Scenario, replacing: str | None = None) -> "Plan":
        """Add a scenario, or replace the one named `replacing` (default: the one with the same name)."""
        key = replacing or scenario.name
        scenarios = list(self.scenarios)
        for i, s in enumerate(scenarios):
            if s.name == key:
                scenarios[i] = scenario
                break
        else:
            scenarios.append(scenario)
        return replace(self, scenarios=tuple(scenarios))

    def without_scenario(self, name: str) -> "Plan":
        if name == BASELINE:
            raise ValueError("the baseline cannot be removed")
        return replace(self, scenarios=tuple(s for s in self.scenarios if s.name != name))

    def duplicate_scenario(self, name: str, new_name: str | None = None) -> "Plan":
        original = self.scenario(name)
        taken = {s.name for s in self.scenarios}
        new_name = new_name or next(f"{name} ({i})" for i in range(2, 1000) if f"{name} ({i})" not in taken)
        return self.with_scenario(Scenario(new_name, original.interventions, original.description))

    def with_changes(self, **changes) -> "Plan":
        return replace(self, **changes)
