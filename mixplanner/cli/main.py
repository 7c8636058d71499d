"""Argument parsing and dispatch for mixplanner-cli; user errors become one sentence and an exit code."""

from __future__ import annotations

import argparse
import sys
import traceback

from mixplanner import __version__
from mixplanner.domain.policy import PolicyError
from mixplanner.domain.interventions import InterventionError
from mixplanner.domain.targets import TargetError
from mixplanner.engine.actions import ScenarioError
from mixplanner.io.problems import UnreadableFileError
from mixplanner.io.scenario_json import ScenarioFileError

#: Errors in what the user gave (a scenario, a target): one sentence and exit code 1.
USER_ERRORS = (ScenarioError, ScenarioFileError, InterventionError, TargetError)

EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE, EXIT_BUG = 0, 1, 2, 3


def _loading_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--mapping", metavar="MAPFILE", help="JSON or TOML file that maps columns and values")
    p.add_argument("--sheet", help="Excel sheet name or number (default: the first)")
    p.add_argument("--layer", help="layer of a GeoPackage (default: the stock layer)")
    p.add_argument("--areas", metavar="BUURTEN", help="buurt polygons (CBS wijk- en buurtkaart) to give records without a buurt code one")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mixplanner-cli", description="The housing mix of Dutch neighbourhoods.")
    parser.add_argument("--version", action="version", version=f"mixplanner {__version__}")
    parser.add_argument("--debug", action="store_true", help="show the full traceback of unexpected errors")
    sub = parser.add_subparsers(dest="command", required=True)

    inspect = sub.add_parser("inspect", help="the current mix per buurt, wijk or in total")
    inspect.add_argument("file", nargs="?", help="stock file (default: the bundled example neighbourhood)")
    inspect.add_argument("--year", type=int, default=None, help="policy year of the thresholds (default: this year)")
    inspect.add_argument("--by", choices=("buurt", "wijk", "gemeente", "total"), default="buurt")
    inspect.add_argument("--format", choices=("table", "csv", "json"), default="table")
    inspect.add_argument("--lang", choices=("nl", "en"), default="nl")
    _loading_options(inspect)

    from mixplanner.cli.plans import add_plan_options

    new = sub.add_parser("new", help="make a plan file from a stock file, with target presets and scenarios")
    new.add_argument("stockfile")
    new.add_argument("-o", "--output", required=True, help="the plan file to write (.mixplan)")
    add_plan_options(new, scenario_help="scenario JSON file to add (repeatable)")

    proj = sub.add_parser("project", help="the mix per year and the status of every target")
    proj.add_argument("plan", nargs="?", help="a .mixplan file, or a stock file (default: the example)")
    proj.add_argument("--format", choices=("table", "csv", "json"), default="table")
    proj.add_argument("--area", help="show the mix of one buurt (code) instead of the whole plan")
    add_plan_options(proj, scenario_help="scenario name in the plan, or a scenario JSON file")

    comp = sub.add_parser("compare", help="two scenarios side by side")
    comp.add_argument("plan", help="a .mixplan file, or a stock file with --scenario JSON files")
    comp.add_argument("scenario_a")
    comp.add_argument("scenario_b")
    comp.add_argument("--format", choices=("table", "csv", "json"), default="table")
    comp.add_argument("--level", choices=("buurt", "wijk", "gemeente", "total"), default="buurt")
    add_plan_options(comp, scenario_help="scenario JSON file to add before comparing")

    validate = sub.add_parser("validate", help="the validation report of a stock file (exit 0 clean, 1 problems, 2 unreadable)")
    validate.add_argument("file")
    validate.add_argument("--format", choices=("table", "json"), default="table")
    _loading_options(validate)

    from mixplanner.cli.report import add_report_parser

    add_report_parser(sub)
    return parser


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "inspect":
        from mixplanner.cli.inspect import run_inspect

        return run_inspect(args)
    if args.command == "validate":
        from mixplanner.cli.validate import run_validate

        return run_validate(args)
    if args.command == "report":
        from mixplanner.cli.report import run_report

        return run_report(args)
    from mixplanner.cli import project

    return {"new": project.run_new, "project": project.run_project, "compare": project.run_compare}[args.command](args)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except (UnreadableFileError, PolicyError) as exc:
        print(f"mixplanner-cli: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    except USER_ERRORS as exc:
        print(f"mixplanner-cli: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last line of defence: a sentence, not a traceback
        if args.debug:
            traceback.print_exc()
        print(
            f"mixplanner-cli: unexpected error ({exc.__class__.__name__}: {exc}). This is a bug in mixplanner; "
            "run again with --debug and send the output to the developers.",
            file=sys.stderr,
        )
        return EXIT_BUG
