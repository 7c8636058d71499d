"""The delivery schedule editor: first year, last year and a total, spread evenly (the split is shown)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from mixplanner.domain.interventions import InterventionError
from mixplanner.domain.numbers import fmt_int
from mixplanner.ui.forms.fields import UnitsSpin, YearSpin
from mixplanner.ui.i18n import language

Schedule = tuple[tuple[int, int], ...]


def spread(total: int, first: int, last: int) -> Schedule:
    """total units over first..last, as even as whole units allow; the earlier years take the remainder."""
    years = range(first, last + 1)
    if not years:
        return ()
    base, extra = divmod(total, len(years))
    return tuple((year, base + (1 if i < extra else 0)) for i, year in enumerate(years))


class ScheduleEditor(QWidget):
    """"Oplevering van [jaar] tot en met [jaar]", a total, and the split per year."""

    changed = Signal()

    def __init__(self, first: int, last: int, parent=None) -> None:
        super().__init__(parent)
        self._original: Schedule | None = None
        self.first = YearSpin(first, last)
        self.last = YearSpin(first, last)
        self.total = UnitsSpin()
        self.split = QLabel()
        self.split.setWordWrap(True)
        years = QHBoxLayout()
        for widget in (QLabel(self.tr("van")), self.first, QLabel(self.tr("tot en met")), self.last):
            years.addWidget(widget)
        years.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addLayout(years, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Totaal aantal woningen")), 1, 0)
        grid.addWidget(self.total, 1, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.split, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        for spin in (self.first, self.last, self.total):
            spin.valueChanged.connect(self._on_value_changed)
        self._show_split()

    def _on_value_changed(self, _value: int) -> None:
        self._original = None  # the user changed it: from now on the even spread applies
        self._show_split()
        self.changed.emit()

    def schedule(self) -> Schedule:
        if self._original is not None:
            return self._original
        if self.last.value() < self.first.value():
            raise InterventionError(self.tr("Oplevering: het laatste jaar ligt vóór het eerste"))
        return spread(self.total.value(), self.first.value(), self.last.value())

    def _show_split(self) -> None:
        try:
            pairs = self.schedule()
        except InterventionError:
            pairs = ()
        text = " · ".join(f"{year}: {fmt_int(units, language())}" for year, units in pairs) or "-"
        self.split.setText(self.tr("Per jaar (eigen verdeling): {split}").format(split=text) if self._original is not None
                           else self.tr("Per jaar: {split}").format(split=text))

    def set_schedule(self, schedule: Schedule) -> None:
        years = [y for y, _ in schedule] or [self.first.value()]
        total = sum(u for _, u in schedule)
        for spin in (self.first, self.last, self.total):
            spin.blockSignals(True)
        self.first.set_year(min(years))
        self.last.set_year(max(years))
        self.total.setValue(total)
        for spin in (self.first, self.last, self.total):
            spin.blockSignals(False)
        even = spread(total, min(years), max(years))
        self._original = None if tuple(schedule) == even else tuple(schedule)
        self._show_split()
