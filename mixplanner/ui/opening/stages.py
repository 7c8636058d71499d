"""The steps of opening a file, as plain functions that take a progress object (run off the UI thread; no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from mixplanner.domain.progress import Progress, check
from mixplanner.domain.scenario import Plan
from mixplanner.io.columns import ColumnMapping
from mixplanner.io.load import LoadResult, build_stock, read_table
from mixplanner.io.raw import RawTable
from mixplanner.ui.opening.column_check import ColumnCheck, check_columns

PLAN_SUFFIX = ".mixplan"
PREVIEW_ROWS = 20
#: mapping options that change how the file is read, so a mapping that sets them needs a fresh read
_READ_OPTIONS = ("sheet", "header_row", "layer")


@dataclass
class TableRead:
    """A stock file read but not yet turned into a stock: the table, its companion layers and its columns."""

    path: Path
    raw: RawTable
    companions: dict[str, RawTable]
    mapping: ColumnMapping
    columns: ColumnCheck

    def preview(self) -> tuple[pd.DataFrame, list[int]]:
        """The first rows as text, and their row numbers as the user sees them in the file."""
        head = self.raw.frame.head(PREVIEW_ROWS).astype(object)
        return head.where(pd.notna(head), ""), [int(r) for r in self.raw.row_numbers[:PREVIEW_ROWS]]


def read_stock_table(path: Path, mapping: ColumnMapping, progress: Progress) -> TableRead:
    check(progress, 0.0, f"reading {path.name}")
    raw, companions = read_table(path, mapping)
    check(progress, 0.45, "checking the columns")
    return TableRead(path, raw, companions, mapping, check_columns(raw, mapping))


def build(read: TableRead, mapping: ColumnMapping, progress: Progress) -> LoadResult:
    """The stock from a table read before; read again when the mapping changes how the file is read."""
    raw, companions = read.raw, read.companions
    if any(mapping.options.get(k) != read.mapping.options.get(k) for k in _READ_OPTIONS):
        check(progress, 0.0, f"reading {read.path.name}")
        raw, companions = read_table(read.path, mapping)
    return build_stock(read.path, raw, dict(companions), mapping, progress=progress)


def open_plan_file(path: Path, progress: Progress) -> Plan:
    from mixplanner.io.planfile import open_plan

    check(progress, 0.0, f"opening {path.name}")
    plan = open_plan(path)
    check(progress, 1.0, "done")
    return plan
