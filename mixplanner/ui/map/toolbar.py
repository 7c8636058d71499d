"""The map's toolbar: Nu / Scenario / Verschil, the scenario year (spin box and slider), and the plot sketch tool."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel, QSlider, QSpinBox, QToolBar

from mixplanner.ui.map.modes import DIFFERENCE, NOW, SCENARIO


class MapToolbar(QToolBar):
    mode_chosen = Signal(str)
    year_chosen = Signal(int)
    sketch_toggled = Signal(bool)

    def __init__(self, first_year: int, last_year: int, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mapToolbar")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.modes = QActionGroup(self)
        self.mode_actions: dict[str, QAction] = {}
        tips = {NOW: self.tr("De voorraad zoals die nu is"),
                SCENARIO: self.tr("Elk gebouw in het segment van het gekozen jaar van het scenario"),
                DIFFERENCE: self.tr("Gebouwen waarvan het segment tot het gekozen jaar verandert")}
        for mode, text in ((NOW, self.tr("Nu")), (SCENARIO, self.tr("Scenario")), (DIFFERENCE, self.tr("Verschil"))):
            action = QAction(text, self.modes)
            action.setCheckable(True)
            action.setToolTip(tips[mode])
            action.setData(mode)
            self.addAction(action)
            self.mode_actions[mode] = action
        self.mode_actions[NOW].setChecked(True)
        self.modes.triggered.connect(self._on_modes_triggered)
        self.addSeparator()
        self.year_label = QLabel(self.tr("Jaar "))
        self.year = QSpinBox()
        self.year.setGroupSeparatorShown(False)
        self.year.setAccessibleName(self.tr("Jaar van het scenario op de kaart"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setMaximumWidth(140)
        self.slider.setAccessibleName(self.year.accessibleName())
        self.set_range(first_year, last_year)
        self.year.valueChanged.connect(self._on_year_value_changed)
        self.slider.valueChanged.connect(self.year.setValue)
        for widget in (self.year_label, self.year, self.slider):
            self.addWidget(widget)
        self.addSeparator()
        self.sketch_action = QAction(self.tr("Kavel tekenen"), self)
        self.sketch_action.setCheckable(True)
        self.sketch_action.setToolTip(self.tr("Teken een kavel voor nieuwbouw: klik de hoeken, dubbelklik of Enter om te sluiten"))
        self.sketch_action.toggled.connect(self.sketch_toggled)
        self.addAction(self.sketch_action)
        self._show_year_enabled(NOW)

    @property
    def mode(self) -> str:
        return self.modes.checkedAction().data()

    def set_mode(self, mode: str) -> None:
        """Choose a mode as if its button was clicked."""
        self.mode_actions[mode].trigger()

    def set_range(self, first_year: int, last_year: int) -> None:
        """The years a scenario can be shown for; the chosen year stays when it is still inside."""
        for widget in (self.year, self.slider):
            widget.blockSignals(True)
            widget.setRange(first_year, last_year)
            widget.blockSignals(False)
        self.slider.setValue(self.year.value())

    def _on_modes_triggered(self, action: QAction) -> None:
        self._show_year_enabled(action.data())
        self.mode_chosen.emit(action.data())

    def _on_year_value_changed(self, year: int) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(year)
        self.slider.blockSignals(False)
        self.year_chosen.emit(year)

    def _show_year_enabled(self, mode: str) -> None:
        for widget in (self.year_label, self.year, self.slider):
            widget.setEnabled(mode != NOW)
