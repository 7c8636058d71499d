"""The Excel workbook read back with openpyxl: the projection cell by cell, formats, frozen headers, every sheet."""

import pytest
from openpyxl import load_workbook

from mixplanner.domain.scenario import BASELINE
from mixplanner.engine.state import CARES, SEGMENTS
from mixplanner.reports.summary import summarise
from mixplanner.reports.workbook import write_xlsx

MAIN, FEWER = "Ooipoort uit de corporatiebuurt", "Ooipoort, 50 minder verkopen"
OOIPOORT = "BU02210100"


@pytest.fixture(scope="module")
def summary(example_plan):
    return summarise(example_plan, [MAIN, FEWER])


@pytest.fixture(scope="module")
def book(summary, tmp_path_factory):
    path = tmp_path_factory.mktemp("xlsx") / "plan.xlsx"
    write_xlsx(summary, path)
    return load_workbook(path)


def _rows(ws):
    """Data rows (from row 3) as dicts keyed by the header on row 2."""
    header = [c.value for c in ws[2]]
    return [dict(zip(header, row)) for row in ws.iter_rows(min_row=3, values_only=True)]


def test_sheets_in_order(book):
    assert book.sheetnames == [MAIN, FEWER, BASELINE, "Mutaties", "Doelen", "Ingrepen", "Uitgangspunten", "Grenzen"]


def test_projection_sheet_matches_the_engine_cell_by_cell(book, summary):
    p = summary.projections[MAIN]
    ws = book[MAIN]
    rows = _rows(ws)
    buurten = [c for c in p.areas.codes if c != "(zonder code)"]  # the example has no units without a buurt
    assert len(rows) == len(p.years) * (len(buurten) + 1)
    names = dict(zip(p.areas.codes, p.areas.names))
    intramural = CARES.index("intramuraal")
    checked = 0
    for row in rows:
        year, code = row["Jaar"], row["Buurtcode"]
        mix = p.mix(year)
        expected = mix.loc[code] if code else mix.sum()
        k = p.year_index(year)
        where = p.areas.codes.index(code) if code else slice(None)
        places = p.units[k, where, :, :, intramural].sum()
        assert row["Buurt"] == (names[code] if code else "Hele plan")
        for s in SEGMENTS:
            assert row[s[0].upper() + s[1:]] == expected[s]
            share = expected[s] / expected.sum()
            assert row[f"Aandeel {s}"] == pytest.approx(share, abs=1e-12)
            checked += 2
        assert row["Woningen"] == expected.sum()
        assert row["Intramurale plaatsen"] == places
    assert checked == len(rows) * 12


def test_projection_figures_known_by_hand(book):
    rows = {(r["Jaar"], r["Buurtcode"]): r for r in _rows(book[MAIN])}
    assert rows[(2026, None)]["Woningen"] == 5085 and rows[(2026, None)]["Intramurale plaatsen"] == 60
    assert rows[(2026, OOIPOORT)]["Woningen"] == 810 and rows[(2026, OOIPOORT)]["Sociale huur"] == 602
    assert rows[(2027, OOIPOORT)]["Sociale huur"] == 543  # 59 sold
    assert rows[(2041, OOIPOORT)]["Woningen"] == 930  # plus 120 new
    assert rows[(2041, None)]["Woningen"] == 5085 + 120


def test_numbers_are_numbers_with_formats_and_the_header_is_frozen(book):
    ws = book[MAIN]
    assert ws.freeze_panes == "D3"
    assert ws.auto_filter.ref == "A2:Q130"
    assert isinstance(ws["D3"].value, int) and ws["D3"].number_format == "#,##0"
    assert isinstance(ws["K3"].value, float) and ws["K3"].number_format == "0.0%"
    assert ws["A1"].font.bold and ws["A2"].font.bold
    assert 8 <= ws.column_dimensions["C"].width <= 60
    ledger = book["Mutaties"]
    assert ledger.freeze_panes == "C3" and ledger.cell(3, 11).number_format == "+#,##0;-#,##0;0"


def test_ledger_holds_every_change_of_every_scenario(book, summary):
    rows = _rows(book["Mutaties"])
    for name, p in summary.projections.items():
        mine = [r for r in rows if r["Scenario"] == name]
        assert len(mine) == len(p.ledger)
        assert sum(r["Woningen"] for r in mine) == p.ledger["units"].sum()
    sale = [r for r in rows if r["Scenario"] == MAIN and r["Nr."] == 1 and r["Segment"] == "sociale huur"]
    assert sum(r["Woningen"] for r in sale) == -59 and sale[0]["Oorzaak"] == "Verkoop 60 corporatiewoningen"


def test_targets_interventions_and_assumptions(book, summary):
    targets = _rows(book["Doelen"])
    assert len(targets) == sum(len(s) for s in summary.statuses.values())
    ooipoort = next(r for r in targets if r["Scenario"] == MAIN and r["Gebiedscode"] == OOIPOORT)
    assert ooipoort["Stand"] == "gehaald" and ooipoort["Eerst gehaald"] == 2028 and ooipoort["Gebied"] == "Ooipoort"
    assert book["Doelen"].cell(3, 7).number_format == "0.0%"
    steps = _rows(book["Ingrepen"])
    build = next(r for r in steps if r["Scenario"] == MAIN and r["Nr."] == 2)
    assert (build["Soort"], build["Jaren"], build["Woningen"]) == ("nieuwbouw", "2028-2029", 120)
    assert "sociale huur: 30%, middenhuur: 40%, dure koop: 30%" in build["Parameters"]
    assumptions = {r["Uitgangspunt"]: r["Waarde"] for r in _rows(book["Uitgangspunten"])}
    assert assumptions["Basisjaar"] == 2026 and assumptions["Huurindexatie per jaar"] == pytest.approx(0.03)
    thresholds = {r["Grens"]: r for r in _rows(book["Grenzen"])}
    assert thresholds["liberalisatiegrens"]["Waarde 2026"] == pytest.approx(932.93)
    assert "rijksoverheid.nl" in thresholds["liberalisatiegrens"]["Bron 2026"]
    assert book["Grenzen"].cell(3, 3).number_format == '"€" #,##0.00'


def test_english_workbook(example_plan, tmp_path):
    path = tmp_path / "plan.xlsx"
    write_xlsx(summarise(example_plan, lang="en"), path)
    book = load_workbook(path)
    assert book.sheetnames[-5:] == ["Changes", "Targets", "Interventions", "Assumptions", "Thresholds"]
    header = [c.value for c in book[MAIN][2]]
    assert header[:5] == ["Year", "Buurt code", "Buurt", "Social rent", "Regulated mid rent"]
