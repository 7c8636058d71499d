"""Dialogs to create and edit one intervention, with validation as the user types."""

from mixplanner.ui.forms.dialog import InterventionDialog

__all__ = ["InterventionDialog"]
