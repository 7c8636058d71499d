"""Models of a plan for views: its scenarios, one scenario's interventions, and the target statuses.

The models never change the plan: a view's edit becomes a request signal, and the window turns it into an
edit (mixplanner.domain.edits) on the undo stack, then hands the new plan back with set_plan/set_scenario.
"""

from __future__ import annotations

import dataclasses
from typing import Mapping

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from mixplanner.domain.interventions import Intervention
from mixplanner.domain.numbers import fmt_int, fmt_years
from mixplanner.domain.scenario import BASELINE, Plan, Scenario
from mixplanner.engine.targets import MET, NO_DATA, NOT_MET, TargetStatus
from mixplanner.reports.labels import area_name
from mixplanner.ui.i18n import language
from mixplanner.ui.models.roles import LEFT, RIGHT, ObjectRole, SortRole
from mixplanner.ui.vocabulary import label

_D, _T, _C = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.CheckStateRole


class ScenarioListModel(QAbstractListModel):
    """The plan's scenario names, the baseline first and in italics; editing a name asks for a rename."""

    rename_requested = Signal(str, str)  # old name, new name

    def __init__(self, plan: Plan | None = None, parent=None) -> None:
        super().__init__(parent)
        self._scenarios: tuple[Scenario, ...] = self._ordered(plan)

    @staticmethod
    def _ordered(plan: Plan | None) -> tuple[Scenario, ...]:
        if plan is None:
            return ()
        return tuple(sorted(plan.scenarios, key=lambda s: s.name != BASELINE))

    def set_plan(self, plan: Plan | None) -> None:
        """Show a new plan: dataChanged for changed rows when the names stay the same, otherwise a reset."""
        new = self._ordered(plan)
        if [s.name for s in new] != [s.name for s in self._scenarios]:
            self.beginResetModel()
            self._scenarios = new
            self.endResetModel()
            return
        old, self._scenarios = self._scenarios, new
        for row, (a, b) in enumerate(zip(old, new)):
            if a is not b:
                self.dataChanged.emit(self.index(row), self.index(row))

    def scenario(self, row: int) -> Scenario:
        return self._scenarios[row]

    def row_of(self, name: str) -> int:
        return next((i for i, s in enumerate(self._scenarios) if s.name == name), -1)

    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self._scenarios)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._scenarios)

    def data(self, index, role=_D):
        if not index.isValid():
            return None
        scenario = self._scenarios[index.row()]
        baseline = scenario.name == BASELINE
        if role in (_D, SortRole):
            return label(scenario.name) if baseline else scenario.name
        if role == Qt.ItemDataRole.EditRole:
            return scenario.name
        if role == ObjectRole:
            return scenario
        if role == _T:
            if baseline:
                return self.tr("Basisscenario: de voorraad zonder ingrepen")
            return scenario.description or scenario.name
        if role == Qt.ItemDataRole.FontRole and baseline:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and self._scenarios[index.row()].name != BASELINE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        """A typed name asks for a rename; the plan (and so this model) changes only when the window applies it."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        old, new = self._scenarios[index.row()].name, str(value).strip()
        if old == BASELINE or new == old:
            return False
        self.rename_requested.emit(old, new)
        return True


NUMBER, TITLE, KIND, YEARS, ENABLED = range(5)
MIME_TYPE = "application/x-mixplanner-intervention-row"


class InterventionListModel(QAbstractTableModel):
    """The interventions of one scenario, with an on/off checkbox and drag-and-drop reordering as requests."""

    toggle_requested = Signal(int)  # row whose enabled flag the user flipped
    move_requested = Signal(int, int)  # from_row, to_row: the index after the move (as edits.move_intervention)

    def __init__(self, plan: Plan | None = None, scenario: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self._name: str | None = None
        self._items: tuple[Intervention, ...] = ()
        if plan is not None and scenario is not None:
            self._name, self._items = scenario, plan.scenario(scenario).interventions

    @property
    def scenario_name(self) -> str | None:
        return self._name

    def set_scenario(self, plan: Plan | None, name: str | None) -> None:
        """Show a scenario of a (new) plan: dataChanged for changed rows if only items changed, else a reset."""
        items = () if plan is None or name is None else plan.scenario(name).interventions
        if name != self._name or len(items) != len(self._items):
            self.beginResetModel()
            self._name, self._items = name, items
            self.endResetModel()
            return
        old, self._items = self._items, items
        for row, (a, b) in enumerate(zip(old, items)):
            if a != b:
                self.dataChanged.emit(self.index(row, 0), self.index(row, ENABLED))

    def intervention(self, row: int) -> Intervention:
        return self._items[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=_D):
        if orientation == Qt.Orientation.Horizontal and role == _D and 0 <= section < 5:
            return (self.tr("nr."), self.tr("ingreep"), self.tr("soort"), self.tr("jaren"), self.tr("aan"))[section]
        return None

    def data(self, index, role=_D):
        if not index.isValid():
            return None
        item, col = self._items[index.row()], index.column()
        if role == ObjectRole:
            return item
        if col == ENABLED:
            if role == _C:
                return Qt.CheckState.Checked if item.enabled else Qt.CheckState.Unchecked
            return int(item.enabled) if role == SortRole else None
        if role == _D:
            return (str(index.row() + 1), item.title(), label(item.kind), fmt_years(item.years()))[col]
        if role == SortRole:
            return (index.row(), item.title(), item.kind, min(item.years(), default=0))[col]
        if role == _T and col == TITLE:
            return item.title()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if col == NUMBER else LEFT
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == ENABLED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        """A checkbox click asks for a toggle; the plan (and so this model) changes only when the window applies it."""
        if not index.isValid() or index.column() != ENABLED or role != _C:
            return False
        wanted = Qt.CheckState(value) if isinstance(value, int) else value
        if (wanted == Qt.CheckState.Checked) == self._items[index.row()].enabled:
            return False
        self.toggle_requested.emit(index.row())
        return True

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            mime.setData(MIME_TYPE, QByteArray(str(rows[0]).encode()))
        return mime

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return action == Qt.DropAction.MoveAction and data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Ask to move the dragged row before the drop row (or to the end); the window applies the move."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        source = int(bytes(data.data(MIME_TYPE).data()).decode())
        before = parent.row() if parent.isValid() else (row if row >= 0 else len(self._items))
        target = before - 1 if source < before else before
        if target != source and 0 <= source < len(self._items):
            self.move_requested.emit(source, target)
        return True


LIGHT, TARGET, AREA, STATUS, FIRST_MET, GAP = range(6)
LIGHT_COLOURS = {MET: QColor("#2e7d32"), NOT_MET: QColor("#c62828"), NO_DATA: QColor("#9e9e9e")}
_LIGHT_SYMBOLS = {MET: "\u2713", NOT_MET: "\u2717", NO_DATA: "?"}


class TargetStatusModel(QAbstractTableModel):
    """Per target a heading row (its description, for the view to span) and under it one row per area: a coloured
    light, the area, its status, first year met, gap. Column TARGET holds the description on every row."""

    def __init__(self, statuses=(), names: Mapping[str, str] | None = None, lang: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self._lang = lang or language()  # of the target sentences and numbers; headers follow the translator
        self._names = dict(names or {})
        self._rows: list[tuple[bool, TargetStatus]] = self._layout(statuses)

    @staticmethod
    def _layout(statuses) -> list[tuple[bool, TargetStatus]]:
        """(is heading, status) rows: a heading before each run of statuses of one target (its first status)."""
        rows: list[tuple[bool, TargetStatus]] = []
        for s in statuses:
            if not rows or rows[-1][1].target is not s.target:
                rows.append((True, s))
            rows.append((False, s))
        return rows

    def set_statuses(self, statuses, names: Mapping[str, str] | None = None) -> None:
        self.beginResetModel()
        self._rows = self._layout(statuses)
        if names is not None:
            self._names = dict(names)
        self.endResetModel()

    def status(self, row: int) -> TargetStatus:
        """The row's status; on a heading row that of the target's first area."""
        return self._rows[row][1]

    def target(self, row: int):
        return self._rows[row][1].target

    def is_heading(self, row: int) -> bool:
        return self._rows[row][0]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=_D):
        if orientation == Qt.Orientation.Horizontal and role == _D and 0 <= section < 6:
            return ("", self.tr("doel"), self.tr("gebied"), self.tr("status"), self.tr("gehaald vanaf"),
                    self.tr("tekort (woningen)"))[section]
        return None

    def area_text(self, status: TargetStatus) -> str:
        """The area's name ('Ooipoort', 'het hele plan'); its code when it has none."""
        return area_name(status.area, self._lang, self._names)

    def tooltip(self, status: TargetStatus, col: int) -> str:
        """The status as a sentence naming the area; over the target its whole description, over the area its code."""
        name = self.area_text(status)
        sentence = dataclasses.replace(status, area=name).sentence(self._lang)
        if col == TARGET:
            return f"{status.target.describe(self._lang)}\n{sentence}"
        if col == AREA and name != status.area:
            return f"{status.area} {name}\n{sentence}"
        return sentence

    def data(self, index, role=_D):
        if not index.isValid():
            return None
        (heading, s), col = self._rows[index.row()], index.column()
        if role == ObjectRole:
            return s
        if heading:
            return self._heading_data(s, col, role)
        if role == _T:
            return self.tooltip(s, col)
        if role == Qt.ItemDataRole.DecorationRole and col == LIGHT:
            return LIGHT_COLOURS[s.status]
        if role == _D:
            return self._text(s, col)
        if role == SortRole:
            return (s.status, s.target.describe(self._lang), s.area, s.status, s.first_met, s.gap_units)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if col in (FIRST_MET, GAP) else LEFT
        return None

    def _heading_data(self, s: TargetStatus, col: int, role):
        """The description in the first column (where a spanning view shows it) and under the target header."""
        description = s.target.describe(self._lang)
        if role == _D:  # the what on one line, the where and when in brackets on a second: a narrow dock shows both
            return description.replace(" (", "\n(", 1) if col in (LIGHT, TARGET) else ""
        if role == SortRole:
            return description if col in (LIGHT, TARGET) else ""
        if role == _T:
            return description
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT
        return None

    def _text(self, s: TargetStatus, col: int) -> str:
        if col == LIGHT:
            return _LIGHT_SYMBOLS[s.status]  # colour is never the only cue
        if col == TARGET:
            return s.target.describe(self._lang)
        if col == AREA:
            return self.area_text(s)
        if col == STATUS:
            return label(s.status)
        if col == FIRST_MET:
            return "-" if s.first_met is None else str(s.first_met)
        return fmt_int(s.gap_units, self._lang)
