"""A target described in words: Dutch by default, every word English in English."""

from mixplanner.domain.targets import Target


def _corporation(**changes) -> Target:
    return Target(**{"area_level": "buurt", "dimension": "owner", "group": ("woningcorporatie",), "bound": "max",
                     "value": 0.6667, "year": 2035, **changes})


def test_a_target_in_dutch_and_in_english():
    target = _corporation()
    assert target.describe() == "woningcorporatie hoogstens 67% (voorraad, elke buurt, 2035)"
    assert target.describe("en") == "housing corporation at most 67% (stock, every neighbourhood, 2035)"


def test_groups_levels_and_the_new_build_basis_are_english_too():
    target = Target(area_level="gemeente", area_code="GM0221", group=("sociale huur", "middenhuur"),
                    basis="new_build", value=0.4, year=2030)
    assert target.describe("nl") == "sociale huur + middenhuur minstens 40% (nieuwbouw, GM0221, 2030)"
    assert target.describe("en") == "social rent + regulated mid rent at least 40% (new build, GM0221, 2030)"
    every_wijk = Target(area_level="wijk", group=("dure koop",), measure="count", value=120, year=2030)
    assert every_wijk.describe("en") == "expensive owner-occupied at least 120 (stock, every district, 2030)"


def test_a_target_for_the_whole_plan_says_so():
    target = _corporation(area_level="all")
    assert target.describe() == "woningcorporatie hoogstens 67% (voorraad, het hele plan, 2035)"
    assert target.describe("en") == "housing corporation at most 67% (stock, the whole plan, 2035)"


def test_a_target_of_its_own_keeps_its_label():
    assert _corporation(label="max 2/3 corporatie").describe("en") == "max 2/3 corporatie"
