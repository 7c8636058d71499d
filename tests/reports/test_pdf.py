"""The PDF plan summary of the example plan, read back with pypdf: pages, figures, wording, fonts, metadata, errors."""

import itertools
import math
from datetime import date

import pytest
import shapely
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Text
from pypdf import PdfReader

from mixplanner import __version__
from mixplanner.domain.interventions import Build, Demolish, Selection
from mixplanner.domain.scenario import Scenario
from mixplanner.reports import pdf as pdf_module
from mixplanner.reports.pdf import PdfWriteError, pdf_pages, write_pdf
from mixplanner.reports.pdf_facts import effect_table
from mixplanner.reports.summary import summarise

MAIN = "Ooipoort uit de corporatiebuurt"
FEWER = "Ooipoort, 50 minder verkopen"
OOIPOORT, BEINUM = "BU02210100", "BU02210101"
MADE = date(2026, 5, 12)


def _text(page) -> str:
    return " ".join(page.extract_text().split())


def _share(projection, year, level, area, dimension, group):
    table = projection.mix(year, level, dimension)
    return table.loc[area, list(group)].sum() / table.loc[area].sum()


def _pct(value) -> str:
    """A share as the page prints it in Dutch: one decimal, decimal comma (worked out here, not with fmt_pct)."""
    return f"{value * 100:.1f}".replace(".", ",") + "%"


@pytest.fixture(scope="module")
def nl(example_plan, tmp_path_factory):
    summary = summarise(example_plan, [MAIN], made_on=MADE)
    return summary, PdfReader(write_pdf(summary, tmp_path_factory.mktemp("nl") / "plan.pdf"))


@pytest.fixture(scope="module")
def en(example_plan, tmp_path_factory):
    summary = summarise(example_plan, [MAIN], lang="en", made_on=MADE)
    return summary, PdfReader(write_pdf(summary, tmp_path_factory.mktemp("en") / "plan.pdf"))


@pytest.fixture(scope="module")
def both(example_plan, tmp_path_factory):
    summary = summarise(example_plan, [MAIN, FEWER], made_on=MADE)
    return summary, PdfReader(write_pdf(summary, tmp_path_factory.mktemp("both") / "plan.pdf"))


def test_one_page_per_touched_buurt_between_the_first_page_and_the_appendix(nl, both):
    summary, reader = nl
    ledger = summary.projections[MAIN].ledger
    touched = set(ledger.loc[(ledger["number"] > 0) & (ledger["units"] != 0), "buurt_code"])
    assert touched == {OOIPOORT}  # all three interventions of the example scenario act in Ooipoort
    assert len(reader.pages) == 1 + len(touched) + 1
    assert "Ooipoort Buurt BU02210100" in _text(reader.pages[1])
    assert "Bijlage: uitgangspunten" in _text(reader.pages[-1])
    _summary, reader = both  # a comparison page joins when two scenarios are chosen
    assert len(reader.pages) == 1 + 1 + 1 + 1
    assert "Scenario\u2019s vergeleken in 2041" in _text(reader.pages[2])


def test_first_page_states_the_figures_the_engine_computed(nl):
    summary, reader = nl
    text = _text(reader.pages[0])
    main = summary.projections[MAIN]
    social_now = _share(main, 2026, "total", "totaal", "segment", ["sociale huur"])
    social_end = _share(main, 2041, "total", "totaal", "segment", ["sociale huur"])
    assert (_pct(social_now), _pct(social_end)) == ("34,5%", "33,3%")  # 1.754 of 5.085 and 1.731 of 5.205
    assert f"aandeel sociale huur van {_pct(social_now)} naar {_pct(social_end)}" in text
    corp_now = _share(main, 2026, "buurt", OOIPOORT, "owner", ["woningcorporatie"])
    corp_end = _share(main, 2041, "buurt", OOIPOORT, "owner", ["woningcorporatie"])
    assert corp_now > 2 / 3 > corp_end
    assert f"Ooipoort {_pct(corp_now)} {_pct(corp_end)}" in text
    # from the scenario file: 60 sold; 120 built as 30/40/30; 40 converted to clustered care
    assert "60 woningen verkocht" in text
    assert "120 woningen gebouwd (36 sociale huur, 48 middenhuur, 36 dure koop)" in text
    assert "40 woningen omgezet naar zorgwonen (40 geclusterd)" in text
    assert "van 5.085 (2026) naar 5.205 (2041)" in text
    assert "Voorbeeld Doesburg" in text and "Scenario: Ooipoort uit de corporatiebuurt" in text
    assert "Gegevens: synthetic tenure on real BAG geometry (Bron: BAG, Kadaster)" in text
    assert "Gemaakt op 12 mei 2026" in text
    assert "Alle 8 doelen (per gebied) worden in hun doeljaar gehaald" in text
    assert "Woningvoorraad 2026 (nu)" in text and "Woningvoorraad 2041" in text


def test_a_missed_target_shows_its_status_and_gap_in_units(example_plan, tmp_path):
    summary = summarise(example_plan, [FEWER], made_on=MADE)
    text = _text(PdfReader(write_pdf(summary, tmp_path / "fewer.pdf")).pages[0])
    mix = summary.projections[FEWER].mix(2035, "buurt", "owner").loc[OOIPOORT]
    # at most 2/3 corporation (stored as 0.6667): the surplus of corporation units, rounded up
    gap = math.ceil(mix["woningcorporatie"] - 0.6667 * mix.sum())
    status = next(s for s in summary.statuses[FEWER] if s.area == OOIPOORT)
    assert (status.status, status.gap_units) == ("niet gehaald", gap) and gap > 0
    assert f"niet gehaald: max 2/3 corporatie in Ooipoort in 2035 ({gap} woningen corporatie te veel)" in text
    assert "7 van de 8 doelen" in text
    assert "\u2717 niet gehaald" in text


def test_the_english_pdf_is_worded_in_english(en):
    _summary, reader = en
    first = _text(reader.pages[0])
    for phrase in ("Plan summary", "What the plan does", "Housing mix of the whole plan", "Social rent",
                   "from 34.5% to 33.3%", "from 5,085 (2026) to 5,205 (2041)", "60 dwellings sold",
                   "Made on 12 May 2026", "Targets: status in the target year",
                   "housing corporation at most 67% (stock, every neighbourhood, 2035)",
                   "housing corporation in Ooipoort: met (from", "page 1 of 3"):
        assert phrase in first, phrase
    assert "Wat het plan doet" not in first and "pagina" not in first
    assert "woningcorporatie" not in first and "elke buurt" not in first  # the target lights too
    assert "Appendix: assumptions" in _text(reader.pages[-1])


def test_every_page_has_the_footer_and_its_number(both):
    _summary, reader = both
    n = len(reader.pages)
    for i, page in enumerate(reader.pages, start=1):
        text = _text(page)
        assert f"mixplanner {__version__} \u00b7 pagina {i} van {n}" in text
        assert "Voorbeeld Doesburg \u00b7 12 mei 2026" in text


def test_comparison_page_sets_the_scenarios_side_by_side(both):
    summary, reader = both
    text = _text(reader.pages[2])
    gap = next(s for s in summary.statuses[FEWER] if s.area == OOIPOORT).gap_units
    assert f"max 2/3 corporatie in Ooipoort (2035) gehaald niet gehaald ({gap})" in text
    share = _share(summary.projections[FEWER], 2041, "buurt", OOIPOORT, "owner", ["woningcorporatie"])
    assert _pct(share) in text
    assert "Woningmix per buurt in 2041" in text


def test_fonts_are_embedded_as_truetype(nl):
    _summary, reader = nl
    fonts = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            fonts[str(font["/BaseFont"])] = described["/FontDescriptor"].get_object()
    assert fonts and any("DejaVuSans-Bold" in name for name in fonts)
    assert all("/FontFile2" in descriptor for descriptor in fonts.values()), sorted(fonts)


def test_metadata(nl):
    _summary, reader = nl
    meta = reader.metadata
    assert meta.title == "Voorbeeld Doesburg \u2013 Plansamenvatting"
    assert meta.author == f"mixplanner {__version__}"
    assert "Ooipoort uit de corporatiebuurt" in meta.subject
    assert meta.creation_date is not None


def test_a_place_that_cannot_be_written_gives_a_sentence_and_no_file(example_plan, tmp_path):
    summary = summarise(example_plan, [MAIN], made_on=MADE)
    missing = tmp_path / "no such folder" / "plan.pdf"
    with pytest.raises(PdfWriteError, match="bestaat niet"):
        write_pdf(summary, missing)
    assert not missing.parent.exists()
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    with pytest.raises(PdfWriteError, match="is geen map"):
        write_pdf(summary, a_file / "plan.pdf")
    with pytest.raises(PdfWriteError, match="map met die naam"):
        write_pdf(summary, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_a_write_that_fails_halfway_leaves_nothing_behind(example_plan, tmp_path, monkeypatch):
    class DiskFull:
        def __init__(self, path, metadata=None):
            self.path = path

        def __enter__(self):
            with open(self.path, "wb") as handle:
                handle.write(b"%PDF-1.4 half")
            return self

        def savefig(self, figure, **kwargs):
            raise OSError(28, "No space left on device")

        def __exit__(self, *exc):
            return False

    monkeypatch.setattr(pdf_module, "PdfPages", DiskFull)
    target = tmp_path / "plan.pdf"
    with pytest.raises(PdfWriteError, match="No space left on device"):
        write_pdf(summarise(example_plan, [MAIN], lang="en", made_on=MADE), target)
    assert list(tmp_path.iterdir()) == []


def _boxes(figure):
    """Bounding boxes (pixels) of the page's own texts, its legends and each chart with everything it draws."""
    renderer = figure.canvas.get_renderer()
    texts = [(t.get_text(), t.get_window_extent(renderer)) for t in figure.texts if t.get_text()]
    legends = [("legend", legend.get_window_extent(renderer)) for legend in figure.legends]
    charts = [(f"axes {k}", ax.get_tightbbox(renderer)) for k, ax in enumerate(figure.axes)]
    return texts, legends + charts


@pytest.mark.parametrize("lang, scenarios", [("nl", [MAIN]), ("en", [MAIN]), ("nl", [MAIN, FEWER])])
def test_nothing_on_a_page_overlaps_or_runs_off_it(example_plan, lang, scenarios):
    pages = pdf_pages(summarise(example_plan, scenarios, lang=lang, made_on=MADE))
    for number, figure in enumerate(pages, start=1):
        assert isinstance(figure.canvas, FigureCanvasAgg)
        assert tuple(figure.get_size_inches()) == pytest.approx((8.27, 11.69))
        texts, blocks = _boxes(figure)
        page = figure.bbox
        for name, box in texts + blocks:
            assert page.x0 <= box.x0 and box.x1 <= page.x1 and page.y0 <= box.y0 and box.y1 <= page.y1, \
                (number, name)
        for (a, box_a), (b, box_b) in itertools.combinations(texts + blocks, 2):
            shrunk = box_a.padded(-1), box_b.padded(-1)
            assert not shrunk[0].overlaps(shrunk[1]), (number, a, b)


def test_every_page_text_is_at_least_six_points(example_plan):
    for figure in pdf_pages(summarise(example_plan, [MAIN, FEWER], made_on=MADE)):
        sizes = {t.get_fontsize() for t in figure.findobj(Text) if t.get_text() and t.get_visible()}
        assert min(sizes) >= 6.0


def test_demolished_buildings_and_new_build_plots_are_drawn_on_the_after_map(example_plan):
    frame = example_plan.stock.frame
    beinum = frame[frame["buurt_code"] == BEINUM]
    ids = tuple(beinum["id"].head(25))
    centre = shapely.centroid(shapely.union_all(beinum["geometry"].to_numpy()))
    plot = shapely.box(centre.x - 100, centre.y - 100, centre.x + 100, centre.y + 100)
    main = example_plan.scenario(MAIN)
    plan = example_plan.with_scenario(Scenario("Met sloop en kavel", main.interventions + (
        Demolish(label="Sloop Beinum", year=2030, selection=Selection(ids=ids)),
        Build(label="Kavel Beinum", buurt_code=BEINUM, schedule=((2031, 80),),
              programme=(("sociale huur", 0.5), ("middenhuur", 0.5)), plot_wkt=plot.wkt))))
    summary = summarise(plan, ["Met sloop en kavel"], made_on=MADE)
    pages = pdf_pages(summary)
    assert len(pages) == 1 + 2 + 1  # Ooipoort and Beinum
    maps = [ax for ax in pages[0].axes if any(c.get_gid() == "stock-map-buildings" for c in ax.collections)]
    before, after = maps
    by_gid = {c.get_gid(): c for c in after.collections}
    assert len(by_gid["demolished"].get_paths()) == 25  # the 25 selected buildings, each demolished whole
    assert len(by_gid["new-build-plot"].get_paths()) == 1
    assert by_gid["new-build-plot"].get_hatch() == "////"
    assert not any(c.get_gid() in ("demolished", "new-build-plot") for c in before.collections)
    assert len(before.collections[0].get_paths()) == len(frame)
    assert len(after.collections[0].get_paths()) == len(frame) - 25
    words = " ".join(t.get_text() for t in pages[0].texts)
    assert "120 nieuwbouwwoningen zonder getekende kavel" in words  # Ooipoort's new build has no plot


def test_the_effect_per_cause_adds_up_to_the_change_in_the_buurt(nl):
    summary, _reader = nl
    main = summary.projections[MAIN]
    table = effect_table(main, 2041, OOIPOORT)
    change = main.mix(2041).loc[OOIPOORT] - main.mix(2026).loc[OOIPOORT]
    for segment, units in change.items():
        assert table[segment].sum() == units, segment
    sale = table.loc[1]  # 60 corporation units sold: they change owner and segment, the stock keeps its size
    assert (sale["corporation"], sale[list(change.index)].sum()) == (-60, 0)
    assert table.loc[3, "care"] == 40  # 40 units became clustered care housing
