"""The shared input of the exports, on the example plan."""

import pytest

from mixplanner.domain.scenario import BASELINE
from mixplanner.reports.summary import summarise


def test_summary_of_the_example_plan(example_plan):
    s = summarise(example_plan, year=2035)
    assert s.main == "Ooipoort uit de corporatiebuurt"
    assert set(s.projections) == {s.main, BASELINE}
    assert s.before["units"].sum() == s.projections[s.main].units[0].sum()  # 5,085 dwellings + 60 care places
    assert s.before["units"].sum() == 5145
    assert s.after["units"].sum() == s.projections[s.main].units[s.projections[s.main].year_index(2035)].sum()
    assert len(s.statuses[s.main]) == len(s.statuses[BASELINE]) > 0


def test_summary_refuses_what_it_cannot_report(example_plan):
    with pytest.raises(KeyError):
        summarise(example_plan, ["no such scenario"])
    with pytest.raises(ValueError, match="outside the projection"):
        summarise(example_plan, year=1999)
    with pytest.raises(ValueError, match="nl or en"):
        summarise(example_plan, lang="de")
