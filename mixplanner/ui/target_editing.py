"""Turns the targets dock's requests (add, edit, remove, a preset) into undoable edits of the plan's targets."""

from __future__ import annotations

from PySide6.QtCore import QObject

from mixplanner.domain import edits
from mixplanner.domain.targets import Target, load_presets
from mixplanner.ui.forms.target_form import TargetDialog


class TargetEditor(QObject):
    """Connects window.targets_panel to window.document; every change is one edit through window._apply."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        panel = window.targets_panel
        panel.add_requested.connect(self._on_panel_add_requested)
        panel.edit_requested.connect(self._on_panel_edit_requested)
        panel.remove_requested.connect(self._on_panel_remove_requested)
        panel.preset_chosen.connect(self.add_preset)

    @property
    def targets(self) -> tuple[Target, ...]:
        return self.window.document.plan.targets

    def dialog(self, target: Target | None = None) -> TargetDialog:
        document = self.window.document
        areas = document.result.projection.areas if document.result else None
        buurten = [(c, n) for c, n in zip(areas.codes, areas.names) if n] if areas else []
        assumptions = document.plan.assumptions
        return TargetDialog(buurten=buurten, base_year=assumptions.base_year, last_year=assumptions.last_year,
                            target=target, existing=self.targets, parent=self.window)

    def add(self, target: Target) -> None:
        label = self.tr("Doel toevoegen: {target}").format(target=target.describe())
        self._set(self.targets + (target,), label)

    def replace(self, old: Target, new: Target) -> None:
        if old in self.targets:
            label = self.tr("Doel bewerken: {target}").format(target=new.describe())
            self._set(tuple(new if t == old else t for t in self.targets), label)

    def remove(self, target: Target) -> None:
        if target in self.targets:
            label = self.tr("Doel verwijderen: {target}").format(target=target.describe())
            self._set(tuple(t for t in self.targets if t != target), label)

    def add_preset(self, key: str) -> None:
        preset = load_presets()[key]
        new = tuple(t for t in preset.targets if t not in self.targets)
        if not new:
            self.window.statusBar().showMessage(self.tr("De doelen van {preset} staan al in het plan.").format(preset=preset.label))
            return
        self._set(self.targets + new, self.tr("Voorinstelling toevoegen: {preset}").format(preset=preset.label))

    def _set(self, targets: tuple[Target, ...], label: str) -> None:
        self.window._apply(edits.set_targets(self.window.document.plan, targets, label))

    def _on_panel_add_requested(self) -> None:
        dialog = self.dialog()
        if dialog.exec():
            self.add(dialog.result_target())

    def _on_panel_edit_requested(self, target: Target) -> None:
        dialog = self.dialog(target)
        if dialog.exec():
            self.replace(target, dialog.result_target())

    def _on_panel_remove_requested(self, target: Target) -> None:
        self.remove(target)
