"""Argument parsing and dispatch for mixplanner-cli; user errors become one sentence and an exit code."""

from __future__ import annotations

import argparse
import sys
import traceback

from mixplanner import __version__
from mixplanner.domain.policy import PolicyError
from mixplanner.io.problems import UnreadableFileError

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

    validate = sub.add_parser("validate", help="the validation report of a stock file (exit 0 clean, 1 problems, 2 unreadable)")
    validate.add_argument("file")
    validate.add_argument("--format", choices=("table", "json"), default="table")
    _loading_options(validate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "inspect":
            from mixplanner.cli.inspect import run_inspect

            return run_inspect(args)
        from mixplanner.cli.validate import run_validate

        return run_validate(args)
    except (UnreadableFileError, PolicyError) as exc:
        print(f"mixplanner-cli: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
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
