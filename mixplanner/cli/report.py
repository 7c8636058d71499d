"""mixplanner-cli report: a plan summary as PDF, Excel, PowerPoint, GeoPackage, CSV, or one view as PNG/SVG."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from mixplanner.cli.main import EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE
from mixplanner.cli.plans import add_plan_options, plan_from_args, split_scenario_args, targets_from
from mixplanner.domain.scenario import Plan
from mixplanner.reports.exports import SUFFIXES, VIEWS, ExportError, check_target

EXIT_UNWRITABLE = EXIT_UNREADABLE  # 2: a file problem, as for files that cannot be read


def add_report_parser(sub) -> None:
    p = sub.add_parser("report", help="export a plan summary: PDF, Excel, PowerPoint, GeoPackage, CSV, PNG or SVG")
    p.add_argument("plan", nargs="?", help="a .mixplan file, or a stock file (default: the example plan)")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help=f"the file to write; its suffix picks the format ({', '.join(SUFFIXES)})")
    p.add_argument("--year", type=int, help="the year the report is about (default: the last projected year)")
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the report (default nl)")
    p.add_argument("--view", choices=VIEWS, help="for .png and .svg: the chart or map to draw (default mix)")
    add_plan_options(p, scenario_help="scenario to report (repeatable; the first is the main one), "
                                      "or a scenario JSON file to add")


def run_report(args: argparse.Namespace) -> int:
    try:
        suffix = check_target(args.output, args.view)
    except ExportError as exc:
        return _fail(str(exc), EXIT_PROBLEMS)
    folder = Path(args.output).absolute().parent
    if not folder.is_dir():
        return _fail(f"cannot write {args.output}: the folder {folder} does not exist.", EXIT_UNWRITABLE)
    names, files = split_scenario_args(args.scenario)
    plan = _plan(args, files)
    problem = _problem(plan, names, args.year)
    if problem:
        return _fail(problem, EXIT_PROBLEMS)
    from mixplanner.reports.exports import export
    from mixplanner.reports.summary import summarise

    summary = summarise(plan, names, args.year, args.lang)
    try:
        export(summary, args.output, args.view)
    except OSError as exc:
        return _fail(f"cannot write {args.output}: {exc.strerror or exc}.", EXIT_UNWRITABLE)
    print(f"{args.output}: {SUFFIXES[suffix]} of scenario '{summary.main}' in {summary.year}")
    return EXIT_OK


def _fail(message: str, code: int) -> int:
    print(f"mixplanner-cli: {message}", file=sys.stderr)
    return code


def _plan(args: argparse.Namespace, files: list[str]) -> Plan:
    """The plan file or stock file named, or the example plan with its scenarios and targets."""
    if args.plan is not None:
        return plan_from_args(args.plan, args, files)
    from mixplanner.io.example import example_plan
    from mixplanner.io.scenario_json import read_scenarios

    plan = example_plan()
    for scenario in (s for f in files for s in read_scenarios(f)):
        plan = plan.with_scenario(scenario)
    if args.targets:
        plan = plan.with_changes(targets=plan.targets + targets_from(args.targets))
    changes = {k: v for k, v in (("base_year", args.base_year), ("horizon", args.horizon)) if v}
    return plan.with_changes(assumptions=dataclasses.replace(plan.assumptions, **changes)) if changes else plan


def _problem(plan: Plan, names: list[str], year: int | None) -> str:
    """One sentence on what cannot be reported (an unknown scenario, a year outside the projection), or ''."""
    known = [s.name for s in plan.scenarios]
    unknown = [n for n in names if n not in known]
    if unknown:
        return (f"the plan has no scenario '{unknown[0]}'; its scenarios are: "
                f"{', '.join(repr(n) for n in known)}.")
    a = plan.assumptions
    if year is not None and not a.base_year <= year <= a.last_year:
        return f"the year {year} is outside the projection; choose a --year from {a.base_year} to {a.last_year}."
    return ""
