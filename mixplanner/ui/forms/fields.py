"""Small reusable field widgets for the intervention forms: years, units, percentages, choices, optional values."""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDoubleSpinBox, QGridLayout, QHBoxLayout,
                               QRadioButton, QSpinBox, QWidget)

from mixplanner.ui.i18n import number_locale

MAX_UNITS = 1_000_000


class YearSpin(QSpinBox):
    """A year within the planning horizon (widened when an existing intervention lies outside it)."""

    def __init__(self, first: int, last: int, parent=None) -> None:
        super().__init__(parent)
        self.setLocale(number_locale())
        self.setRange(first, last)
        self.setGroupSeparatorShown(False)

    def set_year(self, year: int) -> None:
        self.setRange(min(self.minimum(), year), max(self.maximum(), year))
        self.setValue(year)


class UnitsSpin(QSpinBox):
    """A number of dwellings; 0 is allowed so that the domain check can say why it is not enough."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setLocale(number_locale())
        self.setRange(0, MAX_UNITS)
        self.setGroupSeparatorShown(True)
        self.setMinimumWidth(100)


class ExactSpin(QDoubleSpinBox):
    """A decimal spin box that gives back the exact value it was filled with until the user changes it.

    Editing must not round an existing intervention's 0.3333 to 0.333 just because the box shows 33,3 %.
    """

    scale = 1.0

    def __init__(self, minimum: float, maximum: float, decimals: int = 1, suffix: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setLocale(number_locale())
        self.setDecimals(decimals)
        self.setRange(minimum, maximum)
        self.setSuffix(suffix)
        self._exact: float | None = None

    def set_exact(self, value: float) -> None:
        shown = value * self.scale
        self.setRange(min(self.minimum(), shown), max(self.maximum(), shown))
        self._exact = value
        self.setValue(shown)

    def exact(self) -> float:
        shown = self.value()
        if self._exact is not None and math.isclose(shown, round(self._exact * self.scale, self.decimals())):
            return self._exact
        return shown / self.scale if self.scale != 1 else shown


class PercentSpin(ExactSpin):
    """A share entered as 0-100 % and read back as a fraction 0-1."""

    scale = 100.0

    def __init__(self, maximum: float = 100.0, parent=None) -> None:
        super().__init__(0.0, maximum, 1, " %", parent)


class ChoiceCombo(QComboBox):
    """A choice from (value, text) pairs; value() is the stored value, not the text."""

    def __init__(self, items, parent=None) -> None:
        super().__init__(parent)
        for value, text in items:
            self.addItem(text, value)

    def value(self):
        return self.currentData()

    def set_value(self, value) -> None:
        index = self.findData(value)
        if index < 0:  # an existing intervention with a value the list lacks: show it rather than lose it
            self.addItem(str(value), value)
            index = self.count() - 1
        self.setCurrentIndex(index)


class BuurtCombo(ChoiceCombo):
    """A buurt, chosen by name, stored by its CBS code."""

    def __init__(self, buurten: list[tuple[str, str]], parent=None) -> None:
        super().__init__([(code, f"{name} ({code})" if name else code) for code, name in buurten], parent)


class OptionalValue(QWidget):
    """A check box that switches a value on; value() is None while it is off."""

    changed = Signal()

    def __init__(self, text: str, editor: QSpinBox | QDoubleSpinBox, parent=None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text)
        self.editor = editor
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(editor)
        layout.addStretch(1)
        editor.setEnabled(False)
        self.check.toggled.connect(self._on_check_toggled)
        editor.valueChanged.connect(self.changed)

    def _on_check_toggled(self, on: bool) -> None:
        self.editor.setEnabled(on)
        self.changed.emit()

    def value(self):
        if not self.check.isChecked():
            return None
        return self.editor.exact() if isinstance(self.editor, ExactSpin) else self.editor.value()

    def set_value(self, value) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.editor.set_exact(value) if isinstance(self.editor, ExactSpin) else self.editor.setValue(value)


class AmountEditor(QWidget):
    """How much of a selection: a number of units, or the alternative (a share of it, or all of it)."""

    changed = Signal()

    def __init__(self, alternative: str, parent=None) -> None:
        super().__init__(parent)
        self.by_units = QRadioButton(self.tr("Aantal woningen"))
        self.units = UnitsSpin()
        self.by_other = QRadioButton(self.tr("Aandeel") if alternative == "share" else self.tr("Alle woningen van de selectie"))
        self.share = PercentSpin() if alternative == "share" else None
        group = QButtonGroup(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, (radio, editor) in enumerate(((self.by_units, self.units), (self.by_other, self.share))):
            group.addButton(radio)
            grid.addWidget(radio, row, 0)
            if editor is not None:
                grid.addWidget(editor, row, 1)
                editor.valueChanged.connect(self.changed)
            radio.toggled.connect(self._on_radio_toggled)
        grid.setColumnStretch(2, 1)  # numbers stay narrow on a wide dialog
        self.by_units.setChecked(True)

    def _on_radio_toggled(self, on: bool) -> None:
        self.units.setEnabled(self.by_units.isChecked())
        if self.share is not None:
            self.share.setEnabled(self.by_other.isChecked())
        if on:
            self.changed.emit()

    def units_value(self) -> int | None:
        return self.units.value() if self.by_units.isChecked() else None

    def share_value(self) -> float | None:
        return self.share.exact() if self.share is not None and self.by_other.isChecked() else None

    def set_amount(self, units: int | None, share: float | None = None) -> None:
        if units is not None:
            self.units.setValue(units)
        if share is not None and self.share is not None:
            self.share.set_exact(share)
        self.by_units.setChecked(units is not None)
        self.by_other.setChecked(units is None)
