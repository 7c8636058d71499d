"""What every per-kind form shares: the context it is made for, a form layout, and one changed signal."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QFormLayout, QLineEdit, QWidget

from mixplanner.domain.interventions import Intervention


@dataclass(frozen=True)
class FormContext:
    """What the caller knows and a form needs: the buurten, the map selection and the planning horizon."""

    buurten: tuple[tuple[str, str], ...]
    selected_ids: tuple[str, ...]
    base_year: int
    horizon_end: int

    @property
    def default_year(self) -> int:
        return min(self.base_year + 1, self.horizon_end)


class KindForm(QWidget):
    """The fields of one intervention kind; values() gives the dataclass fields the form sets."""

    changed = Signal()

    def __init__(self, context: FormContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.build()

    def row(self, label: str, widget):
        """Add a labelled field and report its changes as changed()."""
        self.form.addRow(label, widget)
        signal = (getattr(widget, "changed", None)
                  or (widget.valueChanged if isinstance(widget, QAbstractSpinBox) else None)
                  or (widget.currentIndexChanged if isinstance(widget, QComboBox) else None)
                  or (widget.textChanged if isinstance(widget, QLineEdit) else None)
                  or (widget.toggled if isinstance(widget, QCheckBox) else None))
        signal.connect(self.changed)
        return widget

    def build(self) -> None:
        raise NotImplementedError

    def values(self) -> dict:
        """The fields as the form shows them; may raise InterventionError for a filter or schedule it cannot read."""
        raise NotImplementedError

    def fill(self, item: Intervention) -> None:
        raise NotImplementedError
