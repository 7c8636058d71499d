"""Presentation mode on the example: F5 opens it full screen, keys step views, years, scenarios and interventions,
every figure follows, Esc returns to the window."""

import numpy as np
import pytest
from matplotlib.text import Text
from PySide6.QtCore import Qt
from shiboken6 import isValid

from mixplanner.domain.scenario import BASELINE
from mixplanner.ui.app import build_document
from tests.ui.conftest import example_window
from mixplanner.ui.presentation.data import reference_for

MAIN, OTHER = "Ooipoort uit de corporatiebuurt", "Ooipoort, 50 minder verkopen"
# Ooipoort in 2041 has 930 dwellings, 589 of them the corporation's: 63,3%, under the two-thirds line. With the sale
# of 60 corporation homes switched off the corporation keeps 649 of the 930: 69,8%, over the line.
OOIPOORT_WITH_SALE, OOIPOORT_WITHOUT_SALE = "\u2713 63,3%", "\u2717 69,8%"
# Sociale huur in Doesburg in 2041: 1.731 of 5.205 dwellings with the sale, 1.790 without (59 of the 60 sold homes
# are sociale huur; the sale moves them to koop).
SOCIAL_WITH_SALE, SOCIAL_WITHOUT_SALE = 1731 / 5205, 1790 / 5205


@pytest.fixture()
def window(qtbot):
    w = example_window(qtbot, show=True)
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


@pytest.fixture()
def presentation(qtbot, window):
    qtbot.keyClick(window, Qt.Key_F5)
    p = window.presentation
    qtbot.waitUntil(lambda: p.view_name == "targets" and bool(_texts(p)), timeout=20_000)
    yield p
    if isValid(p) and p.isVisible():  # Esc closes and deletes it
        p.close()


def _texts(p) -> list[str]:
    """Every text of the figure, wrapped lines joined."""
    return [" ".join(t.get_text().split()) for t in p.figure.findobj(Text) if t.get_text()]


def _row(p, area: str) -> list[str]:
    """The badges (left to right) on the row of an area in the targets table."""
    texts = p.figure.axes[1].texts
    y = next(t.get_position()[1] for t in texts if t.get_text() == area)
    badges = [t for t in texts if (t.get_gid() or "").startswith("badge-") and t.get_position()[1] == y]
    return [t.get_text() for t in sorted(badges, key=lambda t: t.get_position()[0])]


def _social_share(p, year: int) -> float:
    line = next(a for a in p.figure.axes[0].lines if a.get_gid() == "measured-share")
    x, y = line.get_data()
    return float(np.asarray(y)[list(x).index(year)])


def test_f5_opens_full_screen_views_step_and_esc_returns(qtbot, window, presentation):
    p = presentation
    assert p.isWindow() and p.isFullScreen()
    assert p.findChildren(type(window.menuBar())) == [] and p.findChildren(type(window.docks["charts"])) == []
    assert "Woningmix Doesburg" in _texts(p) and "Doelen in 2041" in _texts(p)
    drawn = []
    p.view_drawn.connect(drawn.append)
    for key, view in ((Qt.Key_PageDown, "map"), (Qt.Key_PageDown, "comparison"), (Qt.Key_PageDown, "targets"),
                      (Qt.Key_PageUp, "comparison"), (Qt.Key_Left, "map"), (Qt.Key_PageUp, "targets")):
        with qtbot.waitSignal(p.view_drawn, timeout=20_000, check_params_cb=lambda name, v=view: name == v):
            qtbot.keyClick(p, key)
        assert p.view_name == view
    assert drawn == ["map", "comparison", "targets", "comparison", "map", "targets"]
    texts_of = {}
    for view in ("map", "comparison"):
        with qtbot.waitSignal(p.view_drawn, timeout=20_000):
            qtbot.keyClick(p, Qt.Key_PageDown)
        texts_of[view] = _texts(p)
    assert "Nu (2026)" in texts_of["map"] and f"2041, scenario {MAIN}" in texts_of["map"]
    assert f"A: {OTHER} B: {MAIN}" in texts_of["comparison"]  # two scenarios: the other one against this one
    qtbot.keyClick(p, Qt.Key_H)
    assert p.help.isVisible() and "presentatie verlaten" in p.help.text()
    qtbot.keyClick(p, Qt.Key_Escape)  # the first Esc closes the help, the presentation stays
    assert not p.help.isVisible() and p.isVisible()
    with qtbot.waitSignal(p.closed, timeout=5_000):
        qtbot.keyClick(p, Qt.Key_Escape)
    assert not p.isVisible() and window.isVisible()


def test_number_keys_switch_interventions_live_and_the_figures_follow(qtbot, window, presentation):
    p, d = presentation, window.document
    assert _row(p, "Ooipoort") == [OOIPOORT_WITH_SALE, OOIPOORT_WITH_SALE]  # 2041 and the target year 2035
    assert _social_share(p, 2041) == pytest.approx(SOCIAL_WITH_SALE)
    assert p.strip.chip_texts()[0] == "1 \u25cf Verkoop 60 corporatiewoningen"
    qtbot.keyClick(p, Qt.Key_1)
    qtbot.waitUntil(lambda: _row(p, "Ooipoort")[0] == OOIPOORT_WITHOUT_SALE, timeout=20_000)
    assert _social_share(p, 2041) == pytest.approx(SOCIAL_WITHOUT_SALE)
    assert p.strip.chip_texts()[0] == "1 \u25cb Verkoop 60 corporatiewoningen"
    assert d.undo_stack.undoText() == "Ingreep uit: Verkoop 60 corporatiewoningen"
    qtbot.keyClick(p, Qt.Key_1)
    qtbot.waitUntil(lambda: _row(p, "Ooipoort")[0] == OOIPOORT_WITH_SALE, timeout=20_000)
    assert _social_share(p, 2041) == pytest.approx(SOCIAL_WITH_SALE)
    assert d.undo_stack.count() == 2 and d.plan.scenario(MAIN).interventions[0].enabled
    qtbot.keyClick(p, Qt.Key_9)  # the scenario has three interventions: nothing changes, the strip says why
    assert d.undo_stack.count() == 2 and "geen ingreep 9" in p.strip.state.text()


def test_keys_step_the_year_and_the_scenario(qtbot, window, presentation):
    p, d = presentation, window.document
    with qtbot.waitSignal(p.view_drawn, timeout=20_000):
        qtbot.keyClick(p, Qt.Key_Down)
    assert p.year == 2040 and "Doelen in 2040" in _texts(p) and "2040" in p.strip.where.text()
    qtbot.keyClick(p, Qt.Key_Up)
    qtbot.keyClick(p, Qt.Key_Up)  # the horizon is the last year
    assert p.year == 2041
    qtbot.keyClick(p, Qt.Key_S)
    assert d.scenario == OTHER
    # the other scenario sells 10 instead of 60: Ooipoort keeps 639 of 930 corporation homes, 68,7%
    qtbot.waitUntil(lambda: _row(p, "Ooipoort")[0] == "\u2717 68,7%", timeout=20_000)
    assert p.strip.where.text().startswith(OTHER)
    qtbot.keyClick(p, Qt.Key_S, Qt.ShiftModifier)
    assert d.scenario == MAIN
    qtbot.waitUntil(lambda: _row(p, "Ooipoort")[0] == OOIPOORT_WITH_SALE, timeout=20_000)
    for _ in range(3):  # the whole plan, Binnenstad, Campagne, Ooipoort
        qtbot.keyClick(p, Qt.Key_A)
    qtbot.waitUntil(lambda: "Woningmix Ooipoort" in _texts(p), timeout=20_000)
    table = [t.get_text() for t in p.figure.axes[1].texts]
    assert "Ooipoort" in table and "Doesburg" in table and "Binnenstad" not in table  # its targets and the town's


def test_the_comparison_is_made_with_the_next_scenario_or_else_the_baseline():
    plan = build_document(None)[0].plan
    assert reference_for(plan, MAIN) == OTHER and reference_for(plan, OTHER) == MAIN
    assert reference_for(plan, BASELINE) == MAIN  # the baseline on screen: set against the first scenario
    alone = plan.without_scenario(OTHER)
    assert reference_for(alone, MAIN) == BASELINE
