"""Property tests of the projection engine: whatever the stock and the scenario, the books must balance.

Random small stocks (1-60 records in 1-4 buurten, 1-20 units each, every owner, rents/points/WOZ sometimes
missing, some care and intramural records, a few segment overrides) meet random scenarios (0-6 interventions
of every kind, with parameters each intervention's own check accepts). A scenario may still fail on the
stock (selling more than a selection holds, a sale without WOZ value, ...): then project() must raise a
ScenarioError that names the failing intervention, and nothing else. For every scenario that projects:

* conservation: per buurt and year, the change in all units (intramural included) is what the ledger
  books; causes that only move units (sale, care, turnover, acquisition, relabel, drift) book 0 per buurt;
  new build books what `delivered` says; sloop-nieuwbouw delivers round(ratio x demolished) per buurt;
* the ledger explains every cell (year, buurt, segment, owner, care), the base year included (against the
  baseline's base year);
* shares of the mix add up to 100% wherever there are dwellings, and nothing is ever negative;
* the same plan projects to the same arrays and the same ledger, twice;
* with every intervention switched off the projection is the baseline, exactly;
* and, on small stocks, a selection in the base year picks what the same filter picks on the stock table,
  for every field of the filter language (demolishing it removes exactly those units, per buurt).

Hypothesis runs derandomized (no example database), so CI sees the same examples every time.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, Phase, assume, given, note, settings
from hypothesis import strategies as st
from pandas.testing import assert_frame_equal

from mixplanner.domain.categories import CareType, DwellingType, Owner, Segment
from mixplanner.domain.interventions import (
    BUILDABLE, Acquire, Build, ConvertCare, Demolish, DemolishReplace, Relabel, Selection, Sell, Turnover,
)
from mixplanner.domain.policy import PolicyTable
from mixplanner.domain.scenario import DEFAULT_TURNOVER, Assumptions, Plan, Scenario
from mixplanner.domain.stock import Stock
from mixplanner.engine.actions import ScenarioError
from mixplanner.engine.projection import Projection, project
from mixplanner.engine.state import CARES, INTRAMURAL, OWNERS, SEGMENTS

TABLE = PolicyTable.bundled()  # read once: project() would read the JSON file on every call
BASE_YEAR = 2026
BUURTEN = ("BU00000001", "BU00000002", "BU00000003", "BU00000004")
MOVING_KINDS = ("verkoop", "zorg", "transformatie", "aankoop", "herlabelen", "drift")
CELL = ["year", "buurt_code", "segment", "owner", "care_type"]
HIGH_TURNOVER = tuple((o.value, 0.4) for o in Owner)  # so that small stocks turn over whole units

# No explain phase: its line tracing through pandas takes minutes once a test fails (shrinking takes seconds).
SETTINGS = settings(max_examples=80, deadline=None, derandomize=True, database=None,
                    phases=[Phase.explicit, Phase.generate, Phase.shrink],
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


# --- strategies --------------------------------------------------------------------------------------

def _maybe(strategy, none_weight: int = 1, some_weight: int = 3):
    return st.one_of(*([st.none()] * none_weight), *([strategy] * some_weight))


#: Per record, one tuple of small integers (cheap to draw, shrinks towards 1 unit, first buurt, corporation,
#: no rent/points/WOZ, no care, no override); decoded into a row by _row.
RECORD = st.tuples(
    st.integers(1, 20),   # units
    st.integers(0, 3),    # buurt (modulo the number of buurten)
    st.integers(0, 3),    # owner
    st.integers(0, 150),  # rent: 0 missing, else 300 + 10 c
    st.integers(0, 26),   # WWS points: 0 missing, else 40 + 10 c
    st.integers(0, 82),   # WOZ: 0 missing, else 70,000 + 10,000 c
    st.integers(0, 36),   # floor area: 0 missing, else 20 + 5 c
    st.integers(0, 125),  # building year: 0 missing, else 1900 + c
    st.integers(0, 9),    # care: 0-5 none, 6-9 nultreden, geclusterd, zorgwoning, intramuraal
    st.integers(0, 2),    # dwelling type
    st.integers(0, 17),   # segment override: below 12 none, else the segment at c - 12
)
_OWNERS = [o.value for o in Owner]
_CARES = [CareType.NONE.value] * 6 + [c.value for c in CareType if c is not CareType.NONE]
_TYPES = [d.value for d in DwellingType]
_OVERRIDES = [None] * 12 + [s.value for s in Segment]


def _row(i: int, n_buurten: int, r: tuple[int, ...]) -> dict:
    units, buurt, owner, rent, points, woz, area, year, care, dtype, override = r
    nan = float("nan")
    return {
        "id": f"R{i:03d}", "units": units, "buurt_code": BUURTEN[buurt % n_buurten], "owner": _OWNERS[owner],
        "rent": 300.0 + 10 * rent if rent else nan, "wws_points": 40.0 + 10 * points if points else nan,
        "woz": 70_000.0 + 10_000 * woz if woz else nan, "floor_area": 20.0 + 5 * area if area else nan,
        "building_year": 1900.0 + year if year else nan, "care_type": _CARES[care], "dwelling_type": _TYPES[dtype],
        "segment_override": _OVERRIDES[override],
    }


@st.composite
def stocks(draw, max_records: int = 60) -> Stock:
    records = draw(st.lists(RECORD, min_size=1, max_size=max_records))
    n_buurten = draw(st.integers(1, 4))
    frame = pd.DataFrame([_row(i, n_buurten, r) for i, r in enumerate(records)])
    return Stock.from_frame(frame, "hypothesis")


def selections(stock: Stock):
    codes = sorted(set(stock.frame["buurt_code"]))
    ids = list(stock.frame["id"])
    b = st.sampled_from(codes)
    filters = st.one_of(
        st.just(""),
        st.sampled_from(["eigenaar = woningcorporatie", "eigenaar = particulier", "eigenaar != eigenaar-bewoner",
                         "zorg = intramuraal", "zorg != geen", "segment = sociale huur", "bouwjaar < 1980",
                         "huur > 700", "woz < 300000", "not type = eengezins"]),
        b.map(lambda c: f"buurt = {c}"),
        b.map(lambda c: f"eigenaar = woningcorporatie en buurt = {c}"),
        st.lists(b, min_size=1, max_size=2, unique=True).map(lambda cs: f"buurt in ({', '.join(cs)})"),
    )
    by_ids = st.lists(st.sampled_from(ids), min_size=1, max_size=4, unique=True).map(tuple)
    return st.one_of(
        filters.map(lambda f: Selection(filter=f)),
        by_ids.map(lambda i: Selection(ids=i)),
        st.builds(lambda i, f: Selection(ids=i, filter=f), by_ids, filters),
    )


@st.composite
def programmes(draw):
    segments = draw(st.lists(st.sampled_from(BUILDABLE), min_size=1, max_size=3, unique=True))
    weights = [draw(st.integers(1, 5)) for _ in segments]
    return tuple((s, w / sum(weights)) for s, w in zip(segments, weights))


@st.composite
def interventions(draw, stock: Stock, horizon: int, number: int, kind: str | None = None):
    last = BASE_YEAR + horizon + 1  # one year past the horizon: planned, never reached
    year = st.integers(BASE_YEAR, last)
    sel = selections(stock)
    kind = kind or draw(st.sampled_from(["verkoop", "nieuwbouw", "sloop", "sloop-nieuwbouw", "zorg", "transformatie",
                                 "aankoop", "herlabelen"]))
    # Mostly a unique label (so ledger causes are unique); sometimes none, so the default title is exercised.
    label = draw(st.sampled_from([f"I{number}-{kind}"] * 4 + [""]))
    if kind == "verkoop":
        by_units = draw(st.booleans())
        return Sell(label=label, year=draw(year), selection=draw(sel),
                    units=draw(st.integers(1, 30)) if by_units else None,
                    share=None if by_units else draw(st.sampled_from([0.05, 0.25, 0.5, 1.0])),
                    price=draw(_maybe(st.integers(150, 600).map(lambda k: k * 1000.0))),
                    discount=draw(st.sampled_from([0.0, 0.1, 0.3])))
    if kind == "nieuwbouw":
        schedule = draw(st.lists(st.tuples(year, st.integers(0, 20)), min_size=1, max_size=3))
        assume(sum(u for _, u in schedule) >= 1)
        return Build(label=label, buurt_code=draw(st.sampled_from(sorted(set(stock.frame["buurt_code"])))),
                     schedule=tuple(schedule), programme=draw(programmes()),
                     care_type=draw(st.sampled_from([CareType.NONE.value] * 3 + [CareType.CARE_HOME.value,
                                                                                 CareType.INTRAMURAL.value])),
                     dwelling_type=draw(st.sampled_from([DwellingType.MULTI_FAMILY.value, DwellingType.SINGLE_FAMILY.value])),
                     realisation_rate=draw(st.sampled_from([0.5, 0.8, 1.0, 1.0, 1.2])),
                     owners=draw(st.sampled_from([(), ((Segment.MID_RENT.value, Owner.CORPORATION.value),)])))
    if kind == "sloop":
        return Demolish(label=label, year=draw(year), selection=draw(sel), units=draw(_maybe(st.integers(1, 20))))
    if kind == "sloop-nieuwbouw":
        early = st.integers(BASE_YEAR, BASE_YEAR + max(horizon - 2, 0))  # so the replacement mostly lands in time
        return DemolishReplace(label=label, year=draw(early), selection=draw(sel),
                               units=draw(_maybe(st.integers(1, 20))),
                               ratio=draw(st.sampled_from([0.0, 0.5, 1.0, 1.5, 2.3])),
                               gap_years=draw(st.integers(0, 3)), programme=draw(programmes()))
    if kind == "zorg":
        return ConvertCare(label=label, year=draw(year), selection=draw(sel), units=draw(st.integers(1, 15)),
                           care_type=draw(st.sampled_from([c.value for c in CareType if c is not CareType.NONE])))
    if kind == "transformatie":
        first = draw(year)
        return Turnover(label=label, first_year=first, last_year=draw(st.integers(first, last)),
                        selection=draw(sel), relet_share=draw(st.sampled_from([0.1, 0.5, 1.0])),
                        to_segment=draw(st.sampled_from([Segment.SOCIAL_RENT.value, Segment.MID_RENT.value,
                                                         Segment.FREE_RENT.value])),
                        cap=draw(_maybe(st.integers(1, 20))), rent=draw(_maybe(st.sampled_from([650.0, 1100.0]))))
    if kind == "aankoop":
        return Acquire(label=label, year=draw(year), selection=draw(sel), units=draw(st.integers(1, 10)),
                       rent=draw(_maybe(st.sampled_from([600.0, 850.0]))))
    owner = draw(st.sampled_from([None] + [o.value for o in Owner]))
    segment = draw(st.sampled_from([None] + [s.value for s in Segment]))
    assume(owner is not None or segment is not None)
    return Relabel(label=label, year=draw(year), selection=draw(sel), owner=owner, segment=segment)


class Case(tuple):
    """(plan, scenario), shown as the stock table, the assumptions and one intervention a line when a test fails."""

    def __repr__(self) -> str:
        plan, scenario = self
        columns = ["id", "units", "buurt_code", "owner", "rent", "wws_points", "woz", "floor_area", "building_year",
                   "care_type", "dwelling_type", "segment_override"]
        frame = plan.stock.frame[columns].to_string(index=False, na_rep="-")
        items = "\n".join(f"  {x!r}," for x in scenario.interventions)
        return f"stock:\n{frame}\n{plan.assumptions!r}\ninterventions=(\n{items}\n)"


@st.composite
def cases(draw, lead: str | None = None) -> Case:
    """A plan and a scenario; with lead, the scenario starts with an intervention of that kind."""
    stock = draw(stocks())
    horizon = draw(st.integers(1, 6))
    assumptions = Assumptions(
        base_year=BASE_YEAR, horizon=horizon,
        policy_year=draw(st.sampled_from([None, None, 2025])),
        # Prices that rise faster or slower than the thresholds make records drift between segments.
        threshold_indexation=draw(st.sampled_from([0.0, 0.03])),
        rent_indexation=draw(st.sampled_from([0.0, 0.03, 0.08])),
        woz_indexation=draw(st.sampled_from([0.0, 0.03, 0.12])),
        turnover=draw(st.sampled_from([DEFAULT_TURNOVER, HIGH_TURNOVER])),
    )
    count = draw(st.integers(1 if lead else 0, 6))
    items = tuple(draw(interventions(stock, horizon, i + 1, lead if i == 0 else None)) for i in range(count))
    scenario = Scenario("scenario", items)
    return Case((Plan(stock, assumptions, scenarios=(scenario,)), scenario))


# --- helpers -----------------------------------------------------------------------------------------

def run(plan: Plan, scenario: Scenario) -> Projection | None:
    """The projection, or None when the scenario legitimately fails; then the error names the intervention."""
    result = None
    try:
        result = project(plan, scenario, TABLE)
    except ScenarioError as exc:
        message = str(exc)
        note(f"ScenarioError: {message}")
        titles = [x.title() for x in scenario.interventions if x.enabled]
        assert any(t and t in message for t in titles), f"the error names no intervention: {message!r} (titles {titles})"
        assert result is None
    return result


def projected(plan: Plan, scenario: Scenario) -> Projection:
    result = run(plan, scenario)
    assume(result is not None)
    return result


def baseline(plan: Plan) -> Projection:
    return project(plan, plan.scenarios[0], TABLE)


def ledger_cube(proj: Projection, rows: pd.DataFrame | None = None) -> np.ndarray:
    """Ledger rows summed into an array shaped like proj.units."""
    rows = proj.ledger if rows is None else rows
    cube = np.zeros_like(proj.units)
    if len(rows):
        index = (
            rows["year"].map({y: i for i, y in enumerate(proj.years)}).to_numpy(dtype=np.int64),
            rows["buurt_code"].map({c: i for i, c in enumerate(proj.areas.codes)}).to_numpy(dtype=np.int64),
            rows["segment"].map({s: i for i, s in enumerate(SEGMENTS)}).to_numpy(dtype=np.int64),
            rows["owner"].map({o: i for i, o in enumerate(OWNERS)}).to_numpy(dtype=np.int64),
            rows["care_type"].map({c: i for i, c in enumerate(CARES)}).to_numpy(dtype=np.int64),
        )
        np.add.at(cube, index, rows["units"].to_numpy(dtype=np.int64))
    return cube


def per_buurt(cube: np.ndarray) -> np.ndarray:
    return cube.sum(axis=(2, 3, 4))


def unique_titles(scenario: Scenario) -> bool:
    titles = [x.title() for x in scenario.interventions]
    return len(titles) == len(set(titles))


# --- properties --------------------------------------------------------------------------------------

@SETTINGS
@given(cases())
def test_a_scenario_projects_or_fails_with_a_scenario_error_naming_the_intervention(case):
    plan, scenario = case
    result = run(plan, scenario)  # any other exception fails the test
    if result is not None:
        assert result.units.shape[0] == plan.assumptions.horizon + 1


@SETTINGS
@given(cases())
def test_units_are_conserved_per_buurt_and_year(case):
    check_conservation(*case)


@SETTINGS
@given(cases(lead="sloop-nieuwbouw"))
def test_demolish_replace_delivers_ratio_times_the_demolished_units_per_buurt(case):
    check_conservation(*case)  # (random scenarios seldom get a replacement delivered within the horizon)


def check_conservation(plan: Plan, scenario: Scenario) -> None:
    proj = projected(plan, scenario)
    base = baseline(plan)
    totals = per_buurt(proj.units)
    ledger = proj.ledger
    booked = per_buurt(ledger_cube(proj))

    # The change in all units of a buurt (intramural included) is what the ledger books, year on year;
    # in the base year, against the stock as it was (the baseline's base year).
    assert np.array_equal(totals[0] - per_buurt(base.units)[0], booked[0])
    for k in range(1, len(proj.years)):
        assert np.array_equal(totals[k] - totals[k - 1], booked[k]), f"year {proj.years[k]}"

    # Causes that only move units book nothing per buurt.
    moving = per_buurt(ledger_cube(proj, ledger[ledger["kind"].isin(MOVING_KINDS)]))
    assert not moving.any(), ledger[ledger["kind"].isin(MOVING_KINDS)].groupby(["year", "buurt_code", "cause"])["units"].sum()

    # Demolition only takes away.
    assert (per_buurt(ledger_cube(proj, ledger[ledger["kind"] == "sloop"])) <= 0).all()

    # New build books exactly the dwellings it delivers (intramural care places it builds are booked in the
    # ledger but are not dwellings, so `delivered` leaves them out); the rest of `delivered` is sloop-nieuwbouw.
    new_dwellings = (ledger["kind"] == "nieuwbouw") & (ledger["care_type"] != "intramuraal")
    built = per_buurt(ledger_cube(proj, ledger[new_dwellings]))
    replaced = proj.delivered.sum(axis=2) - built
    assert (replaced >= 0).all()
    dr = [x for x in scenario.interventions if isinstance(x, DemolishReplace) and x.enabled]
    for k, year in enumerate(proj.years):
        delivering = [x for x in dr if x.year + x.gap_years == year]
        if not delivering:
            assert not replaced[k].any(), f"year {year}: delivered without a build or a replacement"
            continue
        if not unique_titles(scenario) or any(x.gap_years == 0 for x in delivering):
            continue  # the ledger cannot tell these apart from the demolition
        expected = np.zeros(len(proj.areas), dtype=np.int64)
        for x in delivering:
            rows = ledger[(ledger["cause"] == x.title())]
            demolished = -per_buurt(ledger_cube(proj, rows[rows["year"] == x.year]))[proj.year_index(x.year)]
            expected += np.array([round(d * x.ratio + 1e-9) for d in demolished], dtype=np.int64)
            assert np.array_equal(per_buurt(ledger_cube(proj, rows[rows["year"] == year]))[k],
                                  np.array([round(d * x.ratio + 1e-9) for d in demolished])), x.title()
        assert np.array_equal(replaced[k], expected), f"year {year}"


@SETTINGS
@given(cases())
def test_the_ledger_explains_every_cell(case):
    plan, scenario = case
    proj = projected(plan, scenario)
    base = baseline(plan)
    ledger = proj.ledger
    assert (ledger["units"] != 0).all(), "the ledger holds zero rows"
    assert set(ledger["kind"]) <= set(MOVING_KINDS) | {"nieuwbouw", "sloop", "sloop-nieuwbouw"}
    if unique_titles(scenario):
        assert not ledger.duplicated(CELL + ["cause"]).any(), "a cell is booked twice for one cause"
    change = np.diff(proj.units, axis=0, prepend=base.units[:1])
    booked = ledger_cube(proj)
    for k in range(len(proj.years)):
        cells = np.argwhere(change[k] != booked[k])
        assert not len(cells), (f"year {proj.years[k]}: unexplained change in "
                                f"{[(proj.areas.codes[a], SEGMENTS[s], OWNERS[o], CARES[c]) for a, s, o, c in cells[:5]]}")


@SETTINGS
@given(cases())
def test_shares_add_up_and_nothing_is_negative(case):
    plan, scenario = case
    proj = projected(plan, scenario)
    assert (proj.units >= 0).all()
    assert (proj.delivered >= 0).all()
    for k, year in enumerate(proj.years):
        mix = proj.mix(year)
        assert (mix.to_numpy() >= 0).all()
        dwellings = proj.units[k][..., [c for c in range(len(CARES)) if c != INTRAMURAL]]
        assert mix.to_numpy().sum() == dwellings.sum()
        assert mix.to_numpy().sum() + proj.intramural(year).sum() == proj.units[k].sum()
        totals = mix.sum(axis=1)
        shares = mix[totals > 0].div(totals[totals > 0], axis=0).sum(axis=1)
        assert np.allclose(shares.to_numpy(dtype=float), 1.0, rtol=0, atol=1e-9), shares
        for level in ("wijk", "gemeente", "total"):
            assert proj.mix(year, level).to_numpy().sum() == mix.to_numpy().sum()


@SETTINGS
@given(cases())
def test_projecting_twice_gives_the_same_result(case):
    plan, scenario = case
    first = projected(plan, scenario)
    second = project(plan, scenario, TABLE)
    assert first.years == second.years and first.causes == second.causes
    assert np.array_equal(first.units, second.units)
    assert np.array_equal(first.delivered, second.delivered)
    assert_frame_equal(first.ledger, second.ledger)


@SETTINGS
@given(cases())
def test_switching_every_intervention_off_gives_the_baseline(case):
    plan, scenario = case
    off = scenario.with_interventions(x.with_changes(enabled=False) for x in scenario.interventions)
    proj = project(plan, off, TABLE)  # whether or not the enabled scenario fails on this stock
    base = baseline(plan)
    assert np.array_equal(proj.units, base.units)
    assert np.array_equal(proj.delivered, base.delivered)
    assert_frame_equal(proj.ledger, base.ledger)
    assert set(proj.ledger["kind"]) <= {"drift"}


# --- selections: the engine selects what the filter selects on the stock ----------------------------

#: Every field of the filter language: the word a user writes -> the stock column (None: the classified segment).
FILTER_FIELDS = {
    "eigenaar": "owner", "buurt": "buurt_code", "type": "dwelling_type", "zorg": "care_type", "segment": None,
    "huur": "rent", "punten": "wws_points", "woz": "woz", "oppervlakte": "floor_area", "bouwjaar": "building_year",
    "aantal": "units",
}
NUMERIC_FILTER_FIELDS = ("huur", "punten", "woz", "oppervlakte", "bouwjaar", "aantal")
_VOCABULARY = {"eigenaar": [o.value for o in Owner], "type": [d.value for d in DwellingType],
               "zorg": [c.value for c in CareType], "segment": [s.value for s in Segment], "buurt": list(BUURTEN)}


class FilterCase(tuple):
    """(stock, filter texts), shown as the stock table and the filters when a test fails."""

    def __repr__(self) -> str:
        stock, texts = self
        table = repr(Case((Plan(stock), Scenario("-")))).split("\nAssumptions(")[0]
        return f"{table}\nfilters: {texts!r}"


@st.composite
def filter_cases(draw) -> FilterCase:
    """A small stock (quick to shrink) and one comparison for every field, with a value some record has when
    one does (so the comparison splits the stock), plus a compound of two of them."""
    stock = draw(stocks(max_records=12))
    f = stock.frame
    texts = []
    for word in FILTER_FIELDS:
        if word in NUMERIC_FILTER_FIELDS:
            present = sorted(set(f[FILTER_FIELDS[word]].dropna().astype(float)))
            value = draw(st.sampled_from(present)) if present else 100.0
            texts.append(f"{word} {draw(st.sampled_from(['<', '<=', '>', '>=', '=', '!=']))} {value:g}")
        else:
            texts.append(f'{word} {draw(st.sampled_from(["=", "!="]))} "{draw(st.sampled_from(_VOCABULARY[word]))}"')
    a, b = draw(st.lists(st.sampled_from(texts), min_size=2, max_size=2))
    texts.append(f"{a} {draw(st.sampled_from(['en', 'of']))} niet {b}")
    return FilterCase((stock, tuple(texts)))


@SETTINGS
@given(filter_cases())
def test_demolishing_a_filter_removes_exactly_the_units_the_filter_selects_on_the_stock(case):
    """In the base year a selection picks the records the same filter picks on the stock table, for every
    field of the filter language, so demolishing all of it removes exactly their units, per buurt."""
    from mixplanner.domain.classify import classify_frame
    from mixplanner.domain.filters import evaluate, parse_filter

    stock, texts = case
    plan = Plan(stock, Assumptions(base_year=BASE_YEAR, horizon=1))
    f = stock.frame
    segment = classify_frame(f, TABLE.for_year(BASE_YEAR, plan.assumptions.threshold_indexation)).segment_categorical()
    columns = {column: (f[column].astype(object).to_numpy() if word in _VOCABULARY else f[column].to_numpy(dtype=float))
               for word, column in FILTER_FIELDS.items() if column}
    columns["segment"] = np.asarray(segment, dtype=object)
    wrong = []
    for text in texts:
        selected = evaluate(parse_filter(text), columns)
        expected = f[selected].groupby("buurt_code")["units"].sum()
        expected = {k: int(v) for k, v in expected[expected > 0].items()}
        scenario = Scenario("sloop", (Demolish(label="sloop selectie", year=BASE_YEAR, selection=Selection(filter=text)),))
        try:
            ledger = project(plan, scenario, TABLE).ledger
            removed = -ledger[(ledger["year"] == BASE_YEAR) & (ledger["kind"] == "sloop")].groupby("buurt_code")["units"].sum()
            removed = {k: int(v) for k, v in removed[removed != 0].items()}
        except ScenarioError as exc:
            assert "holds no units" in str(exc), exc
            removed = {}
        if removed != expected:
            wrong.append(f"'{text}': the stock has {expected} units selected ({', '.join(f[selected]['id'])}), "
                         f"the projection demolished {removed}")
    assert not wrong, "\n".join(wrong)
