"""The PowerPoint deck read back with python-pptx: slides, pictures inside the slide, the targets table, notes."""

import io

import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from mixplanner.domain.numbers import fmt_int, fmt_pct
from mixplanner.reports.deck import write_pptx
from mixplanner.reports.summary import summarise

MAIN, FEWER = "Ooipoort uit de corporatiebuurt", "Ooipoort, 50 minder verkopen"


@pytest.fixture(scope="module")
def summary(example_plan):
    return summarise(example_plan, [MAIN, FEWER])


@pytest.fixture(scope="module")
def deck(summary, tmp_path_factory):
    path = tmp_path_factory.mktemp("pptx") / "plan.pptx"
    write_pptx(summary, path)
    return Presentation(path)


def _titles(deck):
    return [next((s.text_frame.text for s in slide.shapes if s.name == "title"), None) for slide in deck.slides]


def test_slides_in_order(deck):
    assert (deck.slide_width, deck.slide_height) == (12192000, 6858000)  # 16:9
    assert _titles(deck) == [
        None,  # the title slide
        "De woningmix van Doesburg door de jaren",
        "De woningmix van Ooipoort door de jaren",  # the buurt the interventions change most
        "Per buurt: 2026 en 2041",
        "Scenario's vergeleken in 2041",
        "Wat er verandert in Ooipoort in 2027",  # the year of the sale
        "De kaart: 2026 en 2041",
        f"Doelen in het doeljaar: {MAIN}",
        f"Doelen in het doeljaar: {FEWER}",
    ]
    title_slide = " | ".join(s.text_frame.text for s in deck.slides[0].shapes)
    assert "Voorbeeld Doesburg" in title_slide and f"Scenario: {MAIN}" in title_slide
    assert "Stand in 2041" in title_slide and "synthetic tenure on real BAG geometry" in title_slide


def test_every_shape_lies_on_the_slide_without_overlap(deck):
    width, height = deck.slide_width, deck.slide_height
    for number, slide in enumerate(deck.slides, start=1):
        boxes = []
        for shape in slide.shapes:
            assert shape.left >= 0 and shape.top >= 0, (number, shape.name)
            assert shape.left + shape.width <= width and shape.top + shape.height <= height, (number, shape.name)
            boxes.append((shape.top, shape.top + shape.height, shape.name))
        boxes.sort()
        for (_, bottom, a), (top, _, b) in zip(boxes, boxes[1:]):
            assert bottom <= top, f"slide {number}: {a} runs into {b}"


def test_charts_are_pictures_at_200_dpi(deck):
    pictures = [s for slide in deck.slides for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert len(pictures) == 6
    for picture in pictures:
        image = Image.open(io.BytesIO(picture.image.blob))
        assert image.format == "PNG"
        assert image.width == pytest.approx(picture.width / 914400 * 200, abs=2)
        assert image.height == pytest.approx(picture.height / 914400 * 200, abs=2)


def test_targets_table_holds_each_status(deck, summary):
    tables = [s.table for slide in deck.slides for s in slide.shapes if s.has_table]
    assert len(tables) == 2
    rows = [[c.text for c in row.cells] for row in tables[0].rows]
    assert rows[0] == ["Doel", "Gebied", "Stand", "Waarde", "Eerst gehaald", "Tekort (omzetten)"]
    assert len(rows) == 1 + len(summary.statuses[MAIN])
    ooipoort = next(r for r in rows if r[1] == "Ooipoort")
    assert ooipoort[2:5] == ["gehaald", "63,3%", "2028"]
    fewer = next(r for r in ([c.text for c in row.cells] for row in tables[1].rows) if r[1] == "Ooipoort")
    status = next(s for s in summary.statuses[FEWER] if s.area == "BU02210100")
    assert fewer[2] == "niet gehaald" and fewer[5] == fmt_int(status.gap_units)


def test_notes_hold_the_engine_figures(deck, summary):
    notes = [slide.notes_slide.notes_text_frame.text for slide in deck.slides]
    assert all(notes)
    p = summary.projections[MAIN]
    gemeente = p.mix(2026, "gemeente").loc["GM0221"]
    assert "In 2026 telt het plan 5.085 woningen en 60 intramurale plaatsen in 7 buurten" in notes[0]
    share = fmt_pct(gemeente["sociale huur"] / gemeente.sum())
    assert f"Doesburg in 2026: 5.085 woningen, waarvan {share} sociale huur" in notes[1]
    assert "Doesburg in 2041: 5.205 woningen" in notes[1]
    assert "Ooipoort: 810 woningen in 2026, 930 in 2041; sociale huur van 74,3% naar 62,3%." in notes[3]
    assert "eind 2026 602 woningen; Verkoop 60 corporatiewoningen \u221259; eind 2027 543 woningen." in notes[5]
    assert "120 woningen hebben geen plek op de kaart" in notes[6]
    assert "Woningcorporatie in Ooipoort: gehaald (vanaf 2028)" in notes[7]
