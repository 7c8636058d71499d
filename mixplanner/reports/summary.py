"""What every export of a plan shows, computed once: the projections of the chosen scenarios, their target status,
and the projected stock per record before and after, for the maps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from mixplanner.domain.policy import PolicyTable
from mixplanner.domain.progress import NoProgress, Progress, check
from mixplanner.domain.scenario import BASELINE, Plan
from mixplanner.engine.projection import Projection, project
from mixplanner.engine.records import with_geometry
from mixplanner.engine.targets import TargetStatus, evaluate_all


@dataclass(frozen=True, eq=False)
class PlanSummary:
    """The input of every export. `scenarios` are the chosen ones (the first is the plan's main scenario); the
    baseline is always computed too. `year` is the year the exports report on (default the horizon)."""

    plan: Plan
    scenarios: tuple[str, ...]
    year: int
    lang: str
    projections: dict[str, Projection]  # chosen scenarios and BASELINE
    statuses: dict[str, tuple[TargetStatus, ...]]
    before: pd.DataFrame  # records of the main scenario at the end of the base year, with geometry
    after: pd.DataFrame  # records of the main scenario at the end of `year`, with geometry
    made_on: date

    @property
    def main(self) -> str:
        return self.scenarios[0]

    @property
    def base_year(self) -> int:
        return self.plan.assumptions.base_year

    @property
    def baseline(self) -> Projection:
        return self.projections[BASELINE]


def summarise(plan: Plan, scenarios: list[str] | tuple[str, ...] = (), year: int | None = None, lang: str = "nl",
              table: PolicyTable | None = None, progress: Progress | None = None, made_on: date | None = None) -> PlanSummary:
    """Project the chosen scenarios (default: the first one that is not the baseline, or the baseline).

    Raises KeyError for an unknown scenario, ScenarioError for a broken one, ValueError for a year outside the projection.
    """
    progress = progress or NoProgress()
    a = plan.assumptions
    names = tuple(scenarios) or (next((s.name for s in plan.scenarios if s.name != BASELINE), BASELINE),)
    for name in names:
        plan.scenario(name)
    year = a.last_year if year is None else int(year)
    if not a.base_year <= year <= a.last_year:
        raise ValueError(f"the year {year} is outside the projection ({a.base_year}-{a.last_year})")
    if lang not in ("nl", "en"):
        raise ValueError(f"the language must be nl or en, not {lang!r}")
    table = table or PolicyTable.bundled()
    projections: dict[str, Projection] = {}
    for k, name in enumerate(dict.fromkeys((*names, BASELINE))):
        check(progress, k / (len(names) + 1), f"projecting {name}")
        keep = (a.base_year, year) if name == names[0] else ()
        projections[name] = project(plan, name, table, keep_records=keep)
    statuses = {name: tuple(evaluate_all(plan.targets, p)) for name, p in projections.items()}
    main = projections[names[0]]
    return PlanSummary(plan, names, year, lang, projections, statuses, with_geometry(main, a.base_year, plan),
                       with_geometry(main, year, plan), made_on or date.today())
