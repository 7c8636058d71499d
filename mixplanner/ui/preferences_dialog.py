"""Bewerken > Voorkeuren: the interface language, the autosave interval and the density for plot capacity."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout

from mixplanner.ui import i18n
from mixplanner.ui.settings import AUTOSAVE_MINUTES_RANGE, DENSITY_RANGE, Settings


class PreferencesDialog(QDialog):
    """Shows the stored preferences; OK writes them back (the language takes effect at the next start)."""

    def __init__(self, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Voorkeuren"))
        self.language = QComboBox()
        # each language is named in itself, so that a user who cannot read the current one still finds theirs
        for value, text in (("", self.tr("Systeemtaal")), ("nl", "Nederlands"), ("en", "English")):
            self.language.addItem(text, value)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        restart = QLabel(self.tr("Een andere taal gaat in wanneer mixplanner opnieuw wordt gestart."))
        restart.setWordWrap(True)
        self.autosave = QSpinBox()
        self.autosave.setRange(*AUTOSAVE_MINUTES_RANGE)
        self.autosave.setSuffix(self.tr(" min"))
        self.autosave.setValue(settings.autosave_minutes)
        self.density = QDoubleSpinBox()
        self.density.setLocale(i18n.number_locale())
        self.density.setDecimals(0)
        self.density.setRange(*DENSITY_RANGE)
        self.density.setSuffix(self.tr(" woningen per ha"))
        self.density.setValue(settings.density_per_ha)
        form = QFormLayout()
        form.addRow(self.tr("Taal"), self.language)
        form.addRow("", restart)
        form.addRow(self.tr("Herstelkopie elke"), self.autosave)
        form.addRow(self.tr("Dichtheid voor capaciteit"), self.density)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        self.settings.language = self.language.currentData()
        self.settings.autosave_minutes = self.autosave.value()
        self.settings.density_per_ha = self.density.value()
        super().accept()
