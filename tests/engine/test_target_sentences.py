"""A target status as a sentence: its group in the sentence's language."""

from mixplanner.domain.mix import TOTAL
from mixplanner.domain.targets import Target
from mixplanner.engine.targets import MET, NOT_MET, TargetStatus

CORPORATION = Target(area_level="buurt", dimension="owner", group=("woningcorporatie",), bound="max", value=0.6667,
                     year=2035)


def _status(statuses, gap: int, area: str = "Ooipoort", target: Target = CORPORATION) -> TargetStatus:
    first = next((y for y, s in zip((2026, 2035), statuses) if s == MET), None)
    return TargetStatus(target, area, (2026, 2035), (0.7, 0.6), statuses, first, 2035, gap, gap)


def test_a_met_target_in_dutch_and_english():
    status = _status((NOT_MET, MET), 0)
    assert status.sentence() == "woningcorporatie in Ooipoort: gehaald (vanaf 2035)"
    assert status.sentence("en") == "housing corporation in Ooipoort: met (from 2035)"


def test_a_missed_target_names_the_gap_in_english_words():
    status = _status((NOT_MET, NOT_MET), 1234)
    assert status.sentence() == "1.234 woningcorporatie-woningen minder nodig in Ooipoort in 2035"
    assert status.sentence("en") == "1,234 fewer housing corporation units needed in Ooipoort by 2035"
    social = Target(area_level="all", group=("sociale huur", "middenhuur"), value=0.4, year=2035)
    assert _status((NOT_MET, NOT_MET), 12, TOTAL, social).sentence("en") == (
        "12 more social rent + regulated mid rent units needed in the whole plan by 2035")
