"""A dialog whose OK button is enabled only while its input is valid, with the reason shown under the form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from mixplanner.ui.forms.selection import ERROR_STYLE


class CheckedDialog(QDialog):
    """Subclasses lay out self.error and self.buttons and call show_problem("") or show_problem(reason) on every change."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("CheckedDialog", "Annuleren"))  # not self.tr: that takes the subclass's context
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def show_problem(self, reason: str) -> None:
        """An empty reason enables OK; any other disables it and says why, under the form and on the button."""
        self.error.setText(reason)
        self.error.setVisible(bool(reason))
        self.ok_button.setEnabled(not reason)
        self.ok_button.setToolTip(reason)

    def error_text(self) -> str:
        """The reason OK is disabled ("" while the input is valid)."""
        return self.error.text()
