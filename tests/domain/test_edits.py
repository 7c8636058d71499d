"""Undoable plan edits: apply then revert gives the plan back exactly; edits name themselves for the Edit menu."""

import pandas as pd
import pytest

from mixplanner.domain import edits
from mixplanner.domain.interventions import Selection, Sell
from mixplanner.domain.scenario import BASELINE, Assumptions, Plan, Scenario
from mixplanner.domain.stock import Stock
from mixplanner.domain.targets import load_presets


@pytest.fixture()
def plan():
    stock = Stock.from_frame(pd.DataFrame({"id": ["a"], "owner": ["woningcorporatie"], "rent": [600.0]}))
    return Plan(stock, scenarios=(Scenario("Plan A"),))


SELL = Sell(year=2027, selection=Selection(ids=("a",)), units=1, label="Verkoop a")


def test_add_move_toggle_remove_and_undo_each(plan):
    e1 = edits.add_intervention(plan, "Plan A", SELL)
    p1 = e1.apply(plan)
    assert p1.scenario("Plan A").interventions == (SELL,)
    assert e1.label == "Ingreep toevoegen: Verkoop a"
    e2 = edits.add_intervention(p1, "Plan A", SELL.with_changes(label="Tweede"), index=0)
    p2 = e2.apply(p1)
    assert [i.label for i in p2.scenario("Plan A").interventions] == ["Tweede", "Verkoop a"]
    e3 = edits.move_intervention(p2, "Plan A", 0, 1)
    p3 = e3.apply(p2)
    assert [i.label for i in p3.scenario("Plan A").interventions] == ["Verkoop a", "Tweede"]
    e4 = edits.toggle_intervention(p3, "Plan A", 1)
    p4 = e4.apply(p3)
    assert p4.scenario("Plan A").interventions[1].enabled is False and e4.label == "Ingreep uit: Tweede"
    e5 = edits.remove_intervention(p4, "Plan A", 0)
    p5 = e5.apply(p4)
    assert [i.label for i in p5.scenario("Plan A").interventions] == ["Tweede"]
    # undo all the way back
    back = e1.revert(e2.revert(e3.revert(e4.revert(e5.revert(p5)))))
    assert back.scenarios == plan.scenarios


def test_scenario_edits_and_their_guards(plan):
    p = edits.duplicate_scenario(plan, "Plan A").apply(plan)
    assert [s.name for s in p.scenarios] == [BASELINE, "Plan A", "Plan A (2)"]
    p = edits.rename_scenario(p, "Plan A (2)", "Plan B").apply(p)
    assert [s.name for s in p.scenarios] == [BASELINE, "Plan A", "Plan B"]
    with pytest.raises(edits.EditError, match="already a scenario named 'Plan A'"):
        edits.rename_scenario(p, "Plan B", "Plan A")
    with pytest.raises(edits.EditError, match="baseline cannot be removed"):
        edits.remove_scenario(p, BASELINE)
    with pytest.raises(edits.EditError, match="baseline has no interventions"):
        edits.add_intervention(p, BASELINE, SELL)
    removal = edits.remove_scenario(p, "Plan A")
    assert [s.name for s in removal.apply(p).scenarios] == [BASELINE, "Plan B"]
    assert removal.revert(removal.apply(p)).scenarios == p.scenarios


def test_targets_and_assumptions(plan):
    targets = load_presets()["corporatiebuurt"].targets
    e = edits.set_targets(plan, targets)
    assert e.apply(plan).targets == targets and e.revert(e.apply(plan)).targets == ()
    a = Assumptions(base_year=2027, horizon=10)
    e = edits.set_assumptions(plan, a)
    assert e.apply(plan).assumptions == a and e.revert(e.apply(plan)).assumptions == Assumptions()
