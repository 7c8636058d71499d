"""The bundled example plan: the Doesburg stock, its two Ooipoort scenarios and the targets it is measured against."""

from __future__ import annotations

from mixplanner.domain.scenario import Plan
from mixplanner.domain.targets import load_presets
from mixplanner.io.load import load_stock
from mixplanner.io.scenario_json import read_scenarios
from mixplanner.resources import EXAMPLE_LABEL, example_stock_path, resource_path

EXAMPLE_TARGETS = ("corporatiebuurt", "nationaal-30-sociaal")


def example_plan() -> Plan:
    result = load_stock(example_stock_path())
    presets = load_presets()
    return Plan(result.stock, areas=result.areas, title="Voorbeeld Doesburg", source_label=EXAMPLE_LABEL,
                targets=tuple(t for name in EXAMPLE_TARGETS for t in presets[name].targets),
                scenarios=tuple(read_scenarios(resource_path("example", "scenarios_ooipoort.json"))))
