"""Shared by new/project/compare: build a Plan from a .mixplan file, or from a stock file plus scenario JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mixplanner.domain.scenario import BASELINE, Assumptions, Plan
from mixplanner.domain.targets import load_presets
from mixplanner.engine.actions import ScenarioError
from mixplanner.engine.projection import project
from mixplanner.io.load import load_stock
from mixplanner.io.problems import UnreadableFileError
from mixplanner.resources import EXAMPLE_LABEL, example_stock_path

PLAN_SUFFIX = ".mixplan"


def add_plan_options(p: argparse.ArgumentParser, *, scenario_help: str) -> None:
    p.add_argument("--scenario", action="append", default=[], metavar="NAME_OR_JSON", help=scenario_help)
    p.add_argument("--targets", nargs="+", default=[], metavar="PRESET", help="target presets (see --list-targets)")
    p.add_argument("--base-year", type=int, help="base year of the projection (default: the plan's, or 2026)")
    p.add_argument("--horizon", type=int, help="years to project (default 15)")
    p.add_argument("--mapping", metavar="MAPFILE")


def targets_from(names: list[str]):
    presets = load_presets()
    unknown = [n for n in names if n not in presets]
    if unknown:
        raise UnreadableFileError(f"unknown target preset {', '.join(unknown)}; known presets: {', '.join(presets)}.")
    return tuple(t for n in names for t in presets[n].targets)


def _assumptions(args: argparse.Namespace, current: Assumptions) -> Assumptions:
    changes = {}
    if getattr(args, "base_year", None):
        changes["base_year"] = args.base_year
    if getattr(args, "horizon", None):
        changes["horizon"] = args.horizon
    return Assumptions(**{**current.__dict__, **changes}) if changes else current


def plan_from_args(source: str | None, args: argparse.Namespace, json_scenarios: list[str]) -> Plan:
    """A plan file as saved, or a new in-memory plan on a stock file (or the example) with scenario JSON files."""
    from mixplanner.io.scenario_json import read_scenarios

    if source and Path(source).suffix.lower() == PLAN_SUFFIX:
        from mixplanner.io.planfile import open_plan

        plan = open_plan(source)
        extra = [s for f in json_scenarios for s in read_scenarios(f)]
        for s in extra:
            plan = plan.with_scenario(s)
        targets = plan.targets + targets_from(args.targets) if args.targets else plan.targets
        return plan.with_changes(targets=targets, assumptions=_assumptions(args, plan.assumptions))
    path = source or example_stock_path()
    result = load_stock(path, getattr(args, "mapping", None))
    report = result.report
    if report.rows_rejected:
        print(f"mixplanner-cli: {report.rows_rejected} of {report.rows_in_file} rows of {Path(path).name} were rejected "
              "(run mixplanner-cli validate for each problem); the plan uses the rows that loaded.", file=sys.stderr)
    scenarios = tuple(s for f in json_scenarios for s in read_scenarios(f))
    label = EXAMPLE_LABEL if source is None else Path(path).name
    return Plan(result.stock, _assumptions(args, Assumptions()), targets_from(args.targets), scenarios, result.areas,
                title=Path(path).stem, source_label=label)


def split_scenario_args(values: list[str]) -> tuple[list[str], list[str]]:
    """--scenario takes names of scenarios in a plan, or JSON files to add."""
    files = [v for v in values if v.lower().endswith(".json")]
    names = [v for v in values if v not in files]
    return names, files


def validate_scenarios(plan: Plan) -> None:
    """A dry run of every scenario before a plan file is written, so a broken scenario is never saved."""
    for scenario in plan.scenarios:
        try:
            project(plan, scenario)
        except ScenarioError as exc:
            raise ScenarioError(f"scenario '{scenario.name}': {exc}") from None


def known_scenario(plan: Plan, name: str) -> str:
    """The name, when the plan has that scenario; else a ScenarioError naming the ones it has."""
    from mixplanner.engine.actions import ScenarioError

    if name not in {s.name for s in plan.scenarios}:
        raise ScenarioError(f"the plan has no scenario '{name}'; it has: {', '.join(s.name for s in plan.scenarios)}")
    return name


def pick_scenario(plan: Plan, names: list[str]) -> str:
    if names:
        return known_scenario(plan, names[0])
    others = [s.name for s in plan.scenarios if s.name != BASELINE]
    return others[0] if others else BASELINE
