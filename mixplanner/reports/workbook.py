"""The Excel workbook of a plan summary (openpyxl): numbers as numbers with formats, frozen headers, filters."""

from __future__ import annotations

import math
import os
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from mixplanner.reports.sheets import Cell, Sheet, sheets
from mixplanner.reports.summary import PlanSummary

TITLE_ROW, HEADER_ROW = 1, 2  # the data starts on row 3
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
_MIN_WIDTH, _MAX_WIDTH = 6, 60
_HEADER_WIDTH = 14  # a longer header wraps rather than widen a column of short numbers


def write_xlsx(summary: PlanSummary, path: str | os.PathLike) -> Path:
    """One sheet per scenario's projection, then the ledger, targets, interventions, assumptions and thresholds."""
    book = Workbook()
    book.remove(book.active)
    for sheet in sheets(summary):
        _write_sheet(book.create_sheet(sheet.name), sheet)
    book.properties.title = f"{summary.plan.title or 'mixplanner'}: {summary.main}"
    book.properties.creator = "mixplanner"
    path = Path(path)
    book.save(path)
    return path


def _write_sheet(ws: Worksheet, sheet: Sheet) -> None:
    ws.cell(TITLE_ROW, 1, sheet.title).font = Font(bold=True)
    for j, column in enumerate(sheet.columns, start=1):
        cell = ws.cell(HEADER_ROW, j, column.header)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    bold = Font(bold=True)
    widths = [min(len(c.header), _HEADER_WIDTH) for c in sheet.columns]
    for i, row in enumerate(sheet.rows):
        r = HEADER_ROW + 1 + i
        for j, (value, column) in enumerate(zip(row, sheet.columns), start=1):
            fmt = column.fmt
            if isinstance(value, Cell):
                value, fmt = value.value, value.fmt
            cell = ws.cell(r, j, value)
            if fmt and isinstance(value, (int, float, date)):
                cell.number_format = fmt
            if i in sheet.bold_rows:
                cell.font = bold
            widths[j - 1] = max(widths[j - 1], _shown_length(value, fmt))
    last = get_column_letter(len(sheet.columns))
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, sheet.frozen_columns + 1).coordinate
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + max(len(sheet.rows), 1)}"
    lines = 1
    for j, (width, column) in enumerate(zip(widths, sheet.columns), start=1):
        width = min(_MAX_WIDTH, max(_MIN_WIDTH, width + 2))
        ws.column_dimensions[get_column_letter(j)].width = width
        lines = max(lines, math.ceil(len(column.header) / (width - 1)))
    ws.row_dimensions[HEADER_ROW].height = 15 * lines  # wrapped headers: Excel does not grow a row on opening


def _shown_length(value, fmt: str | None) -> int:
    """Roughly how many characters Excel shows for a value in a format."""
    if value is None:
        return 0
    if isinstance(value, date):
        return 10
    if isinstance(value, float) and fmt and "%" in fmt:
        return 6
    if isinstance(value, (int, float)) and fmt and "#,##0" in fmt:
        digits = len(f"{abs(value):,.0f}")
        return digits + (3 if ".00" in fmt else 0) + (2 if "€" in fmt else 0) + 1
    return len(str(value))
