"""The charts draw real content on an Agg Figure: shares that add up, bar counts, ledger sums, palette colours."""

from pathlib import Path

import numpy as np
import pytest
from matplotlib.colors import to_rgba
from matplotlib.text import Text

from mixplanner.domain.mix import CORPORATIEBUURT_SHARE, NO_AREA
from mixplanner.engine.targets import MET, NOT_MET
from mixplanner.reports import charts
from mixplanner.reports.palette import (DECREASE, INCREASE, SEGMENT_COLOURS, STATUS_COLOURS, STYLES, ChartStyle,
                                        contrast, text_colour)
from mixplanner.reports.waterfall import ledger_steps

ROOT = Path(__file__).resolve().parents[2]
OOIPOORT = "BU02210100"


def texts(fig) -> list[str]:
    fig.canvas.draw()  # tick labels exist only once drawn
    return [t.get_text() for t in fig.findobj(Text) if t.get_visible() and t.get_text()]


def by_gid(ax, prefix: str) -> list:
    return [a for a in ax.get_children() if (a.get_gid() or "").startswith(prefix)]


# --- mix over time -----------------------------------------------------------------------------------------------

def test_mix_over_time_stacks_to_100_percent_and_marks_the_two_thirds_target(fig, ex):
    ax = fig.add_subplot()
    charts.draw_mix_over_time(ax, ex.after, "buurt", OOIPOORT, ex.statuses)
    layers = by_gid(ax, "mix-")
    assert [c.get_gid() for c in layers][0] == "mix-sociale huur"
    base = ex.after.years[0]
    top = layers[-1].get_paths()[0].vertices
    assert top[np.isclose(top[:, 0], base), 1].max() == pytest.approx(1.0)
    bottom = layers[0].get_paths()[0].vertices
    mix = ex.after.mix(base, "buurt").loc[OOIPOORT]
    assert bottom[np.isclose(bottom[:, 0], base), 1].max() == pytest.approx(mix["sociale huur"] / mix.sum())
    [target] = by_gid(ax, "target-line")
    assert target.get_ydata()[0] == pytest.approx(0.6667)
    [year] = by_gid(ax, "target-year")
    assert year.get_xdata()[0] == 2035
    [measured] = by_gid(ax, "measured-share")  # the corporation share, not a stacked layer
    owners = ex.after.mix(2035, "buurt", "owner").loc[OOIPOORT]
    assert measured.get_ydata()[ex.after.years.index(2035)] == pytest.approx(owners["woningcorporatie"] / owners.sum())
    words = texts(fig)
    assert "max 2/3 corporatie" in words
    assert "Woningmix Ooipoort" in words
    assert "63,3% \u00b7 gehaald" in words
    assert {"0%", "40%", "100%"} <= set(words) and "2030" in words and "2.030" not in words


def test_mix_over_time_dutch_numbers_and_english_option(fig, ex):
    nl, en = fig.subfigures(1, 2)
    charts.draw_mix_over_time(nl.add_subplot(), ex.after, "gemeente", "GM0221", ex.statuses, names=ex.names)
    charts.draw_mix_over_time(en.add_subplot(), ex.after, "gemeente", "GM0221", ex.statuses, names=ex.names, lang="en")
    words = texts(nl)
    assert "33,3% \u00b7 gehaald" in words and "min 30% sociale huur" in words and "Woningmix Doesburg" in words
    assert "Sociale huur" in words and "Aandeel van de woningvoorraad" in words
    words = texts(en)
    assert "33.3% \u00b7 met" in words and "min 30% social rent" in words and "Housing mix, Doesburg" in words
    assert "Social rent" in words and "Sociale huur" not in words


def test_mix_over_time_in_units_and_without_data(fig, ex):
    units, missing = fig.subplots(1, 2)
    charts.draw_mix_over_time(units, ex.after, as_share=False)
    top = by_gid(units, "mix-")[-1].get_paths()[0].vertices
    assert top[np.isclose(top[:, 0], 2041), 1].max() == pytest.approx(ex.after.mix(2041, "total").sum(axis=1).iloc[0])
    charts.draw_mix_over_time(missing, ex.after, "buurt", "BU99999999")
    assert [t.get_text() for t in by_gid(missing, "no-data")] == ["Geen gegevens"]
    assert "1.000" in texts(fig)


# --- before / after ----------------------------------------------------------------------------------------------

def test_before_after_two_full_bars_per_buurt(fig, ex):
    ax = fig.add_subplot()
    charts.draw_before_after(ax, ex.before, ex.after, 2035, names=ex.names)
    buurten = [c for c in dict.fromkeys(ex.after.areas.codes) if c != NO_AREA]
    bars = [p for c in ax.containers for p in c.patches]
    assert len({round(p.get_y() + p.get_height() / 2, 6) for p in bars}) == 2 * len(buurten)
    assert all(len(c.patches) == 2 * len(buurten) for c in ax.containers)
    right = {}
    for p in bars:
        key = round(p.get_y(), 6)
        right[key] = max(right.get(key, 0), p.get_x() + p.get_width())
    assert np.allclose(list(right.values()), 1.0)
    words = texts(fig)
    assert {"Ooipoort", "Binnenstad", "2026", "2035", "930 woningen"} <= set(words)
    ooipoort_2035 = ex.after.mix(2035, "buurt").loc[OOIPOORT]
    assert f"{round(100 * ooipoort_2035['sociale huur'] / ooipoort_2035.sum())}%" in words


def test_before_after_owner_view_marks_the_corporatiebuurt_line(fig, ex):
    ax = fig.add_subplot()
    charts.draw_before_after(ax, ex.before, ex.after, 2035, dimension="owner", lang="en")
    [line] = by_gid(ax, "corporatiebuurt")
    assert line.get_xdata()[0] == pytest.approx(CORPORATIEBUURT_SHARE)
    words = texts(fig)
    assert "Housing corporation" in words and "Ownership per neighbourhood: 2026 and 2035" in words


def test_before_after_outside_the_projection_says_so(fig, ex):
    ax = fig.add_subplot()
    charts.draw_before_after(ax, ex.before, ex.after, 2099)
    assert "2099 valt buiten de projectie" in by_gid(ax, "no-data")[0].get_text()


# --- ledger waterfall --------------------------------------------------------------------------------------------

def _signed_steps(ax) -> float:
    return sum(p.get_height() for p in by_gid(ax, "waterfall-increase")) - sum(
        p.get_height() for p in by_gid(ax, "waterfall-decrease"))


def test_waterfall_ends_at_the_projected_units_and_steps_add_up(fig, ex):
    ax = fig.add_subplot()
    charts.draw_ledger_waterfall(ax, ex.after, 2027, OOIPOORT)
    [start], [end] = by_gid(ax, "waterfall-start"), by_gid(ax, "waterfall-end")
    assert end.get_height() == ex.after.mix(2027, "buurt").at[OOIPOORT, "sociale huur"] == 543
    assert start.get_height() == ex.after.mix(2026, "buurt").at[OOIPOORT, "sociale huur"] == 602
    assert _signed_steps(ax) == end.get_height() - start.get_height()
    assert {"602", "\u221259", "543", "Eind 2026", "Verkoop 60\ncorporatiewoningen"} <= set(texts(fig))


def test_waterfall_shows_drift_separately_before_the_interventions(fig, ex):
    ax = fig.add_subplot()
    charts.draw_ledger_waterfall(ax, ex.drift, ex.drift_year, OOIPOORT, lang="en")
    increase, decrease = by_gid(ax, "waterfall-increase"), by_gid(ax, "waterfall-decrease")
    assert [p.get_hatch() for p in decrease] == ["///"]  # the drift step, hatched
    assert to_rgba(decrease[0].get_facecolor()) == to_rgba(DECREASE) and to_rgba(increase[0].get_facecolor()) == to_rgba(INCREASE)
    assert decrease[0].get_x() < increase[0].get_x()
    [end] = by_gid(ax, "waterfall-end")
    assert end.get_height() == ex.drift.mix(ex.drift_year, "buurt").at[OOIPOORT, "sociale huur"]
    assert "Indexation (drift)" in texts(fig)


@pytest.mark.parametrize("area", [None, OOIPOORT, "BU02210000"])
def test_ledger_steps_account_for_every_change(ex, area):
    for projection in (ex.after, ex.drift):
        for year in projection.years[1:]:
            start, steps, end = ledger_steps(projection, year, area, ("sociale huur", "middenhuur"))
            assert start + sum(d for _, _, d in steps) == end
            assert all(kind != "residual" for _, kind, _ in steps)


def test_waterfall_without_data_never_raises(fig, ex):
    fig.set_size_inches(16, 9)
    (base, quiet), (empty, outside) = fig.subplots(2, 2)
    charts.draw_ledger_waterfall(base, ex.after, 2026, OOIPOORT)
    charts.draw_ledger_waterfall(quiet, ex.after, 2035, OOIPOORT)
    charts.draw_ledger_waterfall(empty, ex.after, 2027, NO_AREA)
    charts.draw_ledger_waterfall(outside, ex.after, 1999)
    assert "2026 is het basisjaar" in by_gid(base, "no-data")[0].get_text()
    assert by_gid(quiet, "no-data")[0].get_text() == "Geen mutaties in 2035"
    assert by_gid(quiet, "waterfall-end")[0].get_height() == by_gid(quiet, "waterfall-start")[0].get_height()
    assert by_gid(empty, "no-data")[0].get_text() == "Geen gegevens"
    assert "buiten de projectie" in by_gid(outside, "no-data")[0].get_text()
    texts(fig)


# --- target lights -----------------------------------------------------------------------------------------------

def test_target_lights_one_dot_per_status_coloured_by_status(fig, ex):
    now, later = fig.subplots(2, 1)
    charts.draw_target_lights(later, ex.statuses, names=ex.names)
    charts.draw_target_lights(now, ex.statuses, year=2026, names=ex.names)
    [dots] = by_gid(later, "target-lights")
    assert len(dots.get_offsets()) == len(ex.statuses)
    assert all(tuple(c) == to_rgba(STATUS_COLOURS[MET]) for c in dots.get_facecolors())
    [dots] = by_gid(now, "target-lights")
    ooipoort = [i for i, s in enumerate(ex.statuses) if s.area == OOIPOORT][0]
    assert tuple(dots.get_facecolors()[ooipoort]) == to_rgba(STATUS_COLOURS[NOT_MET])
    words = texts(fig)
    assert "woningcorporatie in Ooipoort: gehaald (vanaf 2028)" in words
    assert "75,7%" in words and "33,3%" in words and "\u2717" in words


def test_target_lights_without_statuses(fig):
    ax = fig.add_subplot()
    charts.draw_target_lights(ax, [], lang="en")
    assert by_gid(ax, "no-data")[0].get_text() == "No targets"


# --- palette and style -------------------------------------------------------------------------------------------

def test_palette_is_distinct_and_text_reads_on_every_colour():
    assert len(set(SEGMENT_COLOURS.values())) == len(SEGMENT_COLOURS) == 6
    for colour in SEGMENT_COLOURS.values():
        assert contrast(colour, text_colour(colour)) >= 4.5
    assert text_colour(SEGMENT_COLOURS["sociale huur"]) == "#FFFFFF"
    assert STYLES["presentation"].font_size > STYLES["screen"].font_size > STYLES["print"].font_size
    assert ChartStyle.for_medium("print").dpi == 300
    with pytest.raises(ValueError):
        ChartStyle.for_medium("poster")


def test_report_modules_stay_small():
    for path in (ROOT / "mixplanner" / "reports").glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) < 300, path.name
