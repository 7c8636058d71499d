"""Undoable edits of a plan as plain data: each knows the part of the plan before and after (the UI wraps them)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from mixplanner.domain.interventions import Intervention
from mixplanner.domain.scenario import BASELINE, Assumptions, Plan, Scenario
from mixplanner.domain.targets import Target

PARTS = ("scenarios", "targets", "assumptions")


@dataclass(frozen=True)
class Edit:
    """Replace one part of the plan (scenarios, targets or assumptions); revert puts the old value back."""

    label: str
    part: str
    before: object
    after: object

    def apply(self, plan: Plan) -> Plan:
        return replace(plan, **{self.part: self.after})

    def revert(self, plan: Plan) -> Plan:
        return replace(plan, **{self.part: self.before})


class EditError(ValueError):
    """The edit cannot be made (a name taken, the baseline touched)."""


def _scenarios_edit(plan: Plan, label: str, scenarios: tuple[Scenario, ...]) -> Edit:
    return Edit(label, "scenarios", plan.scenarios, tuple(scenarios))


def _with_interventions(plan: Plan, name: str, change, label: str) -> Edit:
    if name == BASELINE:
        raise EditError("the baseline has no interventions; duplicate it or add a scenario first")
    scenario = plan.scenario(name)
    items = list(scenario.interventions)
    change(items)
    new = scenario.with_interventions(items)
    return _scenarios_edit(plan, label, tuple(new if s.name == name else s for s in plan.scenarios))


def add_intervention(plan: Plan, name: str, item: Intervention, index: int | None = None) -> Edit:
    at = len(plan.scenario(name).interventions) if index is None else index
    return _with_interventions(plan, name, lambda items: items.insert(at, item), f"Ingreep toevoegen: {item.title()}")


def remove_intervention(plan: Plan, name: str, index: int) -> Edit:
    item = plan.scenario(name).interventions[index]
    return _with_interventions(plan, name, lambda items: items.pop(index), f"Ingreep verwijderen: {item.title()}")


def change_intervention(plan: Plan, name: str, index: int, item: Intervention) -> Edit:
    def change(items):
        items[index] = item

    return _with_interventions(plan, name, change, f"Ingreep wijzigen: {item.title()}")


def toggle_intervention(plan: Plan, name: str, index: int) -> Edit:
    item = plan.scenario(name).interventions[index]
    flipped = item.with_changes(enabled=not item.enabled)
    edit = change_intervention(plan, name, index, flipped)
    word = "aan" if flipped.enabled else "uit"
    return replace(edit, label=f"Ingreep {word}: {item.title()}")


def move_intervention(plan: Plan, name: str, index: int, to: int) -> Edit:
    item = plan.scenario(name).interventions[index]

    def change(items):
        items.insert(to, items.pop(index))

    return _with_interventions(plan, name, change, f"Ingreep verplaatsen: {item.title()}")


def add_scenario(plan: Plan, scenario: Scenario) -> Edit:
    if scenario.name in {s.name for s in plan.scenarios}:
        raise EditError(f"there is already a scenario named '{scenario.name}'")
    return _scenarios_edit(plan, f"Scenario toevoegen: {scenario.name}", plan.scenarios + (scenario,))


def duplicate_scenario(plan: Plan, name: str, new_name: str | None = None) -> Edit:
    copied = plan.duplicate_scenario(name, new_name)
    return _scenarios_edit(plan, f"Scenario kopiëren: {name}", copied.scenarios)


def remove_scenario(plan: Plan, name: str) -> Edit:
    if name == BASELINE:
        raise EditError("the baseline cannot be removed")
    plan.scenario(name)
    return _scenarios_edit(plan, f"Scenario verwijderen: {name}", tuple(s for s in plan.scenarios if s.name != name))


def rename_scenario(plan: Plan, name: str, new_name: str) -> Edit:
    if name == BASELINE:
        raise EditError("the baseline cannot be renamed")
    if not new_name.strip():
        raise EditError("a scenario needs a name")
    if new_name in {s.name for s in plan.scenarios if s.name != name}:
        raise EditError(f"there is already a scenario named '{new_name}'")
    scenarios = tuple(s.renamed(new_name) if s.name == name else s for s in plan.scenarios)
    return _scenarios_edit(plan, f"Scenario hernoemen: {name} -> {new_name}", scenarios)


def set_targets(plan: Plan, targets: tuple[Target, ...], label: str = "Doelen wijzigen") -> Edit:
    return Edit(label, "targets", plan.targets, tuple(targets))


def set_assumptions(plan: Plan, assumptions: Assumptions, label: str = "Aannames wijzigen") -> Edit:
    return Edit(label, "assumptions", plan.assumptions, assumptions)
