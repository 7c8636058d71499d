"""The programme editor: the share of each buildable segment in %, with a running total that must reach 100 %."""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel

from mixplanner.domain.interventions import BUILDABLE, Programme
from mixplanner.domain.numbers import fmt_num
from mixplanner.ui.forms.fields import PercentSpin
from mixplanner.ui.forms.selection import ERROR_STYLE, OK_STYLE
from mixplanner.ui.i18n import language
from mixplanner.ui.vocabulary import label


class ProgrammeEditor(QFrame):
    """One row per buildable segment; programme() keeps only the segments with a share above 0."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._original: Programme | None = None
        self.spins: dict[str, PercentSpin] = {}
        grid = QGridLayout(self)
        grid.addWidget(_bold(self.tr("Segment")), 0, 0)
        grid.addWidget(_bold(self.tr("Aandeel")), 0, 1)
        for row, segment in enumerate(BUILDABLE, start=1):
            spin = PercentSpin()
            spin.setMinimumWidth(90)
            spin.valueChanged.connect(self._on_spin_value_changed)
            grid.addWidget(QLabel(label(segment)), row, 0)
            grid.addWidget(spin, row, 1)
            self.spins[segment] = spin
        self.total = QLabel()
        grid.addWidget(_bold(self.tr("Totaal")), len(BUILDABLE) + 1, 0)
        grid.addWidget(self.total, len(BUILDABLE) + 1, 1)
        grid.setColumnStretch(2, 1)  # keep segment names and percentages together on a wide dialog
        self._show_total()

    def _on_spin_value_changed(self, _value: float) -> None:
        self._show_total()
        self.changed.emit()

    def _show_total(self) -> None:
        total = sum(spin.value() for spin in self.spins.values())
        done = math.isclose(total, 100.0, abs_tol=1e-4)
        shown = fmt_num(total, lang=language())
        self.total.setText(f"{shown} %" if done else self.tr("{total} % (moet 100 % zijn)").format(total=shown))
        self.total.setStyleSheet(OK_STYLE if done else ERROR_STYLE)

    def programme(self) -> Programme:
        shares = tuple((s, spin.exact()) for s, spin in self.spins.items() if spin.value() > 0)
        if self._original is not None and {s: v for s, v in self._original if v > 0} == dict(shares):
            return self._original  # unchanged: keep its order and any zero rows
        return shares

    def set_programme(self, programme: Programme) -> None:
        shares = dict(programme)
        for segment, spin in self.spins.items():
            spin.set_exact(shares.get(segment, 0.0))
        self._original = tuple(programme)
        self._show_total()


def _bold(text: str) -> QLabel:
    return QLabel(f"<b>{text}</b>")
