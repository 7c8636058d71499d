"""The policy table: published figures per year, derived figures after the last year, and errors."""

import pytest

from mixplanner.domain.policy import PolicyError, PolicyTable


@pytest.fixture(scope="module")
def table():
    return PolicyTable.bundled()


@pytest.mark.parametrize(
    "year, key, value",
    [
        (2023, "liberalisatiegrens", 808.06),
        (2024, "liberalisatiegrens", 879.66),
        (2025, "liberalisatiegrens", 900.07),
        (2026, "liberalisatiegrens", 932.93),
        (2026, "kwaliteitskortingsgrens", 498.20),
        (2025, "aftoppingsgrens_hoog", 731.93),
        (2026, "middenhuur_max_huur", 1228.07),
        (2024, "betaalbaarheidsgrens_koop", 390000),
        (2026, "nhg_grens", 470000),
        (2026, "punten_sociaal_max", 143),
    ],
)
def test_published_figures_match_domain_md(table, year, key, value):
    figure = table.for_year(year).figures[key]
    assert figure.value == value
    assert not figure.derived
    assert table.source_text(figure)  # every figure names its source


def test_no_middenhuur_band_before_the_wet_betaalbare_huur(table):
    assert table.for_year(2023).middenhuur_max_huur is None
    assert table.for_year(2023).punten_midden_max is None


def test_unpublished_2026_aftoppingsgrens_is_derived_and_flagged(table):
    figure = table.for_year(2026, indexation=0.03).figures["aftoppingsgrens_laag"]
    assert figure.value == pytest.approx(682.96 * 1.03, abs=0.005)  # 703.45
    assert figure.derived and figure.unverified


def test_years_after_the_table_are_indexed(table):
    t = table.for_year(2028, indexation=0.02)
    assert t.liberalisatiegrens == pytest.approx(932.93 * 1.02**2, abs=0.005)  # 970.62
    assert t.betaalbaarheidsgrens_koop == pytest.approx(420000 * 1.0404, abs=0.005)
    assert t.punten_sociaal_max == 143  # points do not inflate
    assert t.figures["liberalisatiegrens"].derived


def test_year_before_the_table_is_refused(table):
    with pytest.raises(PolicyError, match="2019"):
        table.for_year(2019)
