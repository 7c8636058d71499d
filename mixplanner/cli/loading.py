"""Shared by the commands: load the named file (or the example) with the command-line options."""

from __future__ import annotations

import argparse

from mixplanner.io.load import LoadResult, load_stock
from mixplanner.resources import EXAMPLE_LABEL, example_stock_path


def load_from_args(args: argparse.Namespace) -> tuple[LoadResult, str]:
    """The load result and a label saying where the stock came from."""
    path = getattr(args, "file", None)
    if path is None:
        result = load_stock(example_stock_path())
        return result, f"Voorbeeld Doesburg: {EXAMPLE_LABEL}"
    result = load_stock(path, args.mapping, sheet=args.sheet, layer=args.layer, areas=args.areas)
    return result, str(path)
