"""The selection editor: the current map selection, a filter text with live feedback, or the whole plan."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QLineEdit, QRadioButton, QWidget

from mixplanner.domain.filters import FilterError, parse_filter
from mixplanner.domain.interventions import Selection
from mixplanner.domain.numbers import fmt_int
from mixplanner.ui.i18n import language

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #2e7d32;"


class SelectionEditor(QWidget):
    """Which records an intervention acts on. A kept selection (ids or a drawn area) is offered when editing."""

    changed = Signal()

    def __init__(self, selected_ids=(), parent=None) -> None:
        super().__init__(parent)
        self._ids = tuple(selected_ids)
        self._kept: Selection | None = None
        self.kept = QRadioButton()
        self.kept.setVisible(False)
        selected = fmt_int(len(self._ids), language())
        self.on_map = QRadioButton(self.tr("Huidige selectie op de kaart ({n} geselecteerd)").format(n=selected))
        self.on_map.setEnabled(bool(self._ids))
        self.by_filter = QRadioButton(self.tr("Filter"))
        self.filter_text = QLineEdit()
        self.filter_text.setPlaceholderText(self.tr("bijv. eigenaar = woningcorporatie en bouwjaar < 1970"))
        self.filter_text.setMinimumWidth(320)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.everything = QRadioButton(self.tr("Het hele plan (alle woningen)"))
        group = QButtonGroup(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.kept, 0, 0, 1, 2)
        grid.addWidget(self.on_map, 1, 0, 1, 2)
        grid.addWidget(self.by_filter, 2, 0)
        grid.addWidget(self.filter_text, 2, 1)
        grid.addWidget(self.feedback, 3, 1)
        grid.addWidget(self.everything, 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        for radio in (self.kept, self.on_map, self.by_filter, self.everything):
            group.addButton(radio)
            radio.toggled.connect(self._on_radio_toggled)
        self.filter_text.textChanged.connect(self._on_filter_text_changed)
        self.filter_text.textEdited.connect(self._on_filter_text_edited)
        (self.on_map if self._ids else self.everything).setChecked(True)
        self._show_feedback()

    def _on_radio_toggled(self, on: bool) -> None:
        if on:
            self._show_feedback()
            self.changed.emit()

    def _on_filter_text_edited(self, _text: str) -> None:
        self.by_filter.setChecked(True)  # typing a filter means using it

    def _on_filter_text_changed(self, _text: str) -> None:
        self._show_feedback()
        self.changed.emit()

    def filter_error(self) -> str:
        """The parser's message for the filter text ("" when it reads, or when the filter is not in use)."""
        if not self.by_filter.isChecked():
            return ""
        try:
            parse_filter(self.filter_text.text())
        except FilterError as exc:
            return str(exc)
        return ""

    def _show_feedback(self) -> None:
        error = self.filter_error()
        if not self.by_filter.isChecked():
            self.feedback.setText("")
        elif error:
            self.feedback.setStyleSheet(ERROR_STYLE)
            self.feedback.setText(error)
        else:
            self.feedback.setStyleSheet(OK_STYLE)
            self.feedback.setText(self.tr("Filter is geldig") if self.filter_text.text().strip()
                                  else self.tr("Leeg filter: alle woningen"))
        self.feedback.setVisible(self.by_filter.isChecked())

    def selection(self) -> Selection:
        """The chosen Selection; raises InterventionError (from Selection) for a filter that does not parse."""
        if self.kept.isChecked() and self._kept is not None:
            return self._kept
        if self.on_map.isChecked():
            return Selection(ids=self._ids)
        if self.by_filter.isChecked():
            return Selection(filter=self.filter_text.text().strip())
        return Selection()

    def set_selection(self, selection: Selection) -> None:
        if selection.ids or selection.polygon_wkt:
            self._kept = selection
            self.kept.setText(self.tr("Bewaarde selectie: {what}").format(what=selection.describe()))
            self.kept.setVisible(True)
            self.kept.setChecked(True)
        elif selection.filter:
            self.filter_text.setText(selection.filter)
            self.by_filter.setChecked(True)
        else:
            self.everything.setChecked(True)
        self._show_feedback()
