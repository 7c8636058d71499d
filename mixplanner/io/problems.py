"""What went wrong while loading a file: problems with file, row and column, and the load report."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "fout"  # the row is rejected
    WARNING = "waarschuwing"  # the row is loaded; something was assumed or repaired
    INFO = "melding"  # nothing wrong with the data; worth knowing


class UnreadableFileError(Exception):
    """The file cannot be read at all; str() is one sentence for the user."""


@dataclass(frozen=True)
class Problem:
    file: str
    row: int | None  # the row as the user sees it in the file (CSV line, Excel row, feature number)
    column: str | None  # the column name as it stands in the file
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"rij {self.row}")
        if self.column is not None:
            where.append(f"kolom '{self.column}'")
        return f"{', '.join(where)}: {self.severity.value}: {self.message}"

    def as_dict(self) -> dict:
        return {"file": self.file, "row": self.row, "column": self.column, "severity": self.severity.value, "message": self.message}


@dataclass
class LoadReport:
    """Rows in the file = rows loaded + rows rejected, always; every problem named with file, row and column."""

    file: str
    rows_in_file: int = 0
    rows_loaded: int = 0
    rows_rejected: int = 0
    problems: list[Problem] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)  # source column -> stock field
    unmapped: list[str] = field(default_factory=list)  # carried along untouched
    kind: str = ""  # "csv", "xlsx", "cbs-kwb", "bag", ...

    def add(self, row: int | None, column: str | None, message: str, severity: Severity = Severity.ERROR) -> None:
        self.problems.append(Problem(self.file, row, column, message, severity))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]

    @property
    def clean(self) -> bool:
        return not self.errors and not self.warnings

    @property
    def balanced(self) -> bool:
        return self.rows_in_file == self.rows_loaded + self.rows_rejected
