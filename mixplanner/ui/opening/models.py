"""Qt models of the opening dialogs: the first rows of a file, and the problems of a load report."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from mixplanner.io.problems import Problem, Severity
from mixplanner.ui.models.roles import LEFT, RIGHT, ObjectRole, SortRole

DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole


class PreviewModel(QAbstractTableModel):
    """The first rows of a file as text, headed by the file's column names and the field each is assigned to."""

    def __init__(self, frame: pd.DataFrame, row_numbers: list[int], parent=None):
        super().__init__(parent)
        self._cells = frame.to_numpy(dtype=object)
        self._headers = [str(h) for h in frame.columns]
        self._row_numbers = list(row_numbers)
        self._assigned = [""] * len(self._headers)  # the field's label per column, "" when not used

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index, role=DISPLAY):
        if not index.isValid():
            return None
        if role in (DISPLAY, TOOLTIP):
            return str(self._cells[index.row(), index.column()])
        return None

    def headerData(self, section, orientation, role=DISPLAY):
        if orientation == Qt.Orientation.Vertical:
            return str(self._row_numbers[section]) if role == DISPLAY and 0 <= section < len(self._row_numbers) else None
        if not 0 <= section < len(self._headers):
            return None
        if role == DISPLAY:
            label = self._assigned[section]
            return f"{self._headers[section]}\n→ {label}" if label else f"{self._headers[section]}\n"
        if role == TOOLTIP:
            return self._headers[section]
        return None

    def set_assigned(self, header: str, label: str) -> None:
        """Show under a column's name which field it now feeds ("" for none)."""
        column = self._headers.index(header)
        if self._assigned[column] != label:
            self._assigned[column] = label
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)


SEVERITY, ROW, COLUMN, MESSAGE = range(4)
_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_COLOURS = {Severity.ERROR: QColor("#c62828"), Severity.WARNING: QColor("#ef8f00"), Severity.INFO: QColor("#1f6fb2")}


class ProblemTableModel(QAbstractTableModel):
    """Every problem of a load report; filtered by severity and sorted with numpy (reports can hold 100,000 rows)."""

    def __init__(self, problems: list[Problem], parent=None):
        super().__init__(parent)
        self._problems = list(problems)
        self._keys: dict[int, np.ndarray] = {
            SEVERITY: np.array([_RANK[p.severity] for p in self._problems], dtype=np.int64),
            ROW: np.array([-1 if p.row is None else p.row for p in self._problems], dtype=np.int64),
        }
        self._severity: Severity | None = None
        self._sort = (ROW, Qt.SortOrder.AscendingOrder)
        self._shown = self._ordered()

    def severity_label(self, severity: Severity) -> str:
        return {Severity.ERROR: self.tr("fout"), Severity.WARNING: self.tr("waarschuwing"),
                Severity.INFO: self.tr("melding")}[severity]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < 4:
            return (self.tr("Ernst"), self.tr("Rij"), self.tr("Kolom"), self.tr("Melding"))[section]
        return None

    def data(self, index, role=DISPLAY):
        if not index.isValid():
            return None
        problem, column = self._problems[self._shown[index.row()]], index.column()
        if role == DISPLAY:
            return self.cells(problem)[column]
        if role == TOOLTIP and column == MESSAGE:
            return problem.message
        if role == Qt.ItemDataRole.DecorationRole and column == SEVERITY:
            return _COLOURS[problem.severity]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column == ROW else LEFT
        if role == SortRole:
            return int(self._key(column)[self._shown[index.row()]])
        if role == ObjectRole:
            return problem
        return None

    def cells(self, problem: Problem) -> tuple[str, str, str, str]:
        """A problem as the table shows it: severity, row, column, message."""
        return (self.severity_label(problem.severity), "" if problem.row is None else str(problem.row),
                problem.column or "", problem.message)

    def problem(self, row: int) -> Problem:
        return self._problems[self._shown[row]]

    def shown(self) -> list[Problem]:
        """The problems as the table shows them: filtered and in their sorted order."""
        return [self._problems[i] for i in self._shown]

    def set_severity(self, severity: Severity | None) -> None:
        """Show only problems of one severity (None: all)."""
        if severity is self._severity:
            return
        self.beginResetModel()
        self._severity = severity
        self._shown = self._ordered()
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < 4:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_problems = [int(self._shown[i.row()]) for i in old]
        self._sort = (column, order)
        self._shown = self._ordered()
        position = np.empty(len(self._problems), dtype=np.int64)
        position[self._shown] = np.arange(len(self._shown))
        self.changePersistentIndexList(old, [self.index(int(position[p]), i.column()) for p, i in zip(old_problems, old)])
        self.layoutChanged.emit()

    def _ordered(self) -> np.ndarray:
        """Indexes of the problems shown, in display order; ties keep the report's order."""
        indexes = np.arange(len(self._problems))
        if self._severity is not None:
            indexes = indexes[self._keys[SEVERITY] == _RANK[self._severity]]
        column, order = self._sort
        key = self._key(column)[indexes]
        ascending = order == Qt.SortOrder.AscendingOrder
        return indexes[np.argsort(key if ascending else -key, kind="stable")]

    def _key(self, column: int) -> np.ndarray:
        """An integer per problem whose order is the column's order (text compared as Python compares it)."""
        if column not in self._keys:
            texts = [(p.column or "") if column == COLUMN else p.message for p in self._problems]
            self._keys[column] = pd.factorize(pd.Series(texts, dtype=object), sort=True)[0].astype(np.int64)
        return self._keys[column]
