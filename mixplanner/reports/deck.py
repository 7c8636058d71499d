"""The PowerPoint deck of a plan summary (python-pptx, 16:9): title, key charts, targets table, speaker notes."""

from __future__ import annotations

import dataclasses
import io
import math
import os
from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Inches, Pt

from mixplanner.domain.numbers import fmt_int, fmt_pct
from mixplanner.reports import deck_notes as notes
from mixplanner.reports import labels
from mixplanner.reports.palette import INK, MUTED, STATUS_COLOURS, ChartStyle, text_colour
from mixplanner.reports.summary import PlanSummary
from mixplanner.reports.views import (area_name, area_names, key_area, key_segment, key_year, plan_area, render,
                                      render_comparison)
from mixplanner.reports.wording import word

SLIDE_WIDTH, SLIDE_HEIGHT = Emu(12192000), Emu(6858000)  # 13.33 x 7.5 inches, PowerPoint's 16:9
MARGIN = Inches(0.5)
TITLE_TOP, TITLE_HEIGHT = Inches(0.3), Inches(0.8)
BODY_TOP = Inches(1.2)
FOOTER_TOP, FOOTER_HEIGHT = Inches(7.05), Inches(0.3)
BODY_WIDTH, BODY_HEIGHT = SLIDE_WIDTH - 2 * MARGIN, FOOTER_TOP - Inches(0.05) - BODY_TOP
PICTURE_DPI = 200  # 2,466 pixels across the slide: sharp on a 4K projector
TABLE_FONT = 13  # points
_COLUMNS = (("target", 4.6), ("area", 2.2), ("status", 1.6), ("value", 1.2), ("first_met", 1.3), ("gap", 1.43))
_BLANK = 6  # the default template's blank layout


def write_pptx(summary: PlanSummary, path: str | os.PathLike) -> Path:
    """Title slide; the mix of the plan (and of the buurt the interventions change most), before/after per buurt,
    a comparison per other chosen scenario, a waterfall of the key year, the maps, and the targets."""
    deck = Presentation()
    deck.slide_width, deck.slide_height = SLIDE_WIDTH, SLIDE_HEIGHT
    deck.core_properties.title = f"{summary.plan.title or 'mixplanner'}: {summary.main}"
    deck.core_properties.author = "mixplanner"
    lang, style = summary.lang, ChartStyle.for_medium("presentation")
    dense = dataclasses.replace(style, font_size=13.0, small_size=11.5)  # many bars, or two maps, on one slide
    size, base, year = _size(), summary.base_year, summary.year
    _title_slide(deck, summary)
    level, area = plan_area(summary)
    _chart_slide(deck, summary, word("slide_mix", lang, area=area_name(summary, area)),
                 render(summary, "mix", style, size, titled=False), notes.mix_notes(summary, level, area))
    focus = key_area(summary)
    segment = key_segment(summary, focus)
    if focus is not None:
        _chart_slide(deck, summary, word("slide_mix", lang, area=area_name(summary, focus)),
                     render(summary, "mix", style, size, area=focus, titled=False),
                     notes.mix_notes(summary, "buurt", focus))
    _chart_slide(deck, summary, word("slide_before_after", lang, before=base, after=year),
                 render(summary, "before-after", dense, size, titled=False), notes.before_after_notes(summary, segment))
    for other in summary.scenarios[1:]:
        _chart_slide(deck, summary, word("slide_compare", lang, year=year),
                     render_comparison(summary, other, dense, size, titled=False), notes.compare_notes(summary, other))
    when = key_year(summary, focus, segment)
    _chart_slide(deck, summary, word("slide_waterfall", lang, area=area_name(summary, focus), year=when),
                 render(summary, "waterfall", style, size, area=focus, titled=False),
                 notes.waterfall_notes(summary, focus, segment, when))
    _chart_slide(deck, summary, word("slide_maps", lang, before=base, after=year),
                 render(summary, "maps", dense, size, titled=False), notes.maps_notes(summary))
    for scenario in summary.scenarios:
        _targets_slides(deck, summary, scenario)
    path = Path(path)
    deck.save(path)
    return path


def _size() -> tuple[float, float]:
    return BODY_WIDTH / 914400, BODY_HEIGHT / 914400


def _text(slide, left, top, width, height, text: str, size: float, bold: bool = False, colour: str = INK,
          name: str = ""):
    box = slide.shapes.add_textbox(left, top, width, height)
    if name:
        box.name = name
    frame = box.text_frame
    frame.word_wrap = True
    run = frame.paragraphs[0].add_run()
    run.text = text
    run.font.size, run.font.bold = Pt(size), bold
    run.font.color.rgb = RGBColor.from_string(colour.lstrip("#"))
    return box


def _slide(deck, summary: PlanSummary, title: str, notes_text: str):
    slide = deck.slides.add_slide(deck.slide_layouts[_BLANK])
    _text(slide, MARGIN, TITLE_TOP, BODY_WIDTH, TITLE_HEIGHT, title, 28, bold=True, name="title")
    footer = " \u00b7 ".join(x for x in (summary.plan.title, summary.main, summary.plan.source_label) if x)
    _text(slide, MARGIN, FOOTER_TOP, BODY_WIDTH, FOOTER_HEIGHT, footer, 10, colour=MUTED, name="footer")
    slide.notes_slide.notes_text_frame.text = notes_text
    return slide


def _title_slide(deck, summary: PlanSummary) -> None:
    lang, plan = summary.lang, summary.plan
    slide = deck.slides.add_slide(deck.slide_layouts[_BLANK])
    made = summary.made_on
    date = f"{made.day}-{made.month}-{made.year}" if lang == "nl" else made.isoformat()
    lines = ((plan.title or "mixplanner", 40, True, INK, Inches(2.0), Inches(1.2)),
             (word("deck_subtitle", lang, scenario=summary.main), 24, False, INK, Inches(3.3), Inches(0.8)),
             (word("deck_year", lang, year=summary.year, date=date), 18, False, MUTED, Inches(4.2), Inches(0.6)),
             (word("deck_source", lang, source=plan.source_label or "-"), 14, False, MUTED, Inches(4.9), Inches(0.6)))
    for text, size, bold, colour, top, height in lines:
        _text(slide, MARGIN, top, BODY_WIDTH, height, text, size, bold, colour)
    slide.notes_slide.notes_text_frame.text = notes.title_notes(summary)


def _chart_slide(deck, summary: PlanSummary, title: str, figure, notes_text: str) -> None:
    slide = _slide(deck, summary, title, notes_text)
    image = io.BytesIO()
    figure.savefig(image, format="png", dpi=PICTURE_DPI, facecolor="white")
    image.seek(0)
    slide.shapes.add_picture(image, MARGIN, BODY_TOP, BODY_WIDTH, BODY_HEIGHT)


def _targets_slides(deck, summary: PlanSummary, scenario: str) -> None:
    """Native tables of target, area, status, value, first met and gap, over as many slides as their rows need."""
    lang = summary.lang
    header = [word(key, lang) for key, _ in _COLUMNS]
    rows = [(s, _target_row(summary, s)) for s in summary.statuses[scenario]]
    pages, page, height = [], [], _row_height(header)
    for status, row in rows:
        if page and height + _row_height(row) > BODY_HEIGHT:
            pages.append(page)
            page, height = [], _row_height(header)
        page.append((status, row))
        height += _row_height(row)
    pages.append(page)
    for k, page in enumerate(pages, start=1):
        title = (word("slide_targets", lang, scenario=scenario) if len(pages) == 1
                 else word("slide_targets_more", lang, scenario=scenario, page=k, pages=len(pages)))
        if not page:  # a plan without targets says so
            none = labels.capital(labels.text("no_targets", lang))
            _table(_slide(deck, summary, title, none), [header, [none] + [""] * (len(header) - 1)], [None, None])
            continue
        slide = _slide(deck, summary, title, notes.targets_notes(summary, [s for s, _ in page]))
        _table(slide, [header] + [row for _, row in page], [None] + [s.status for s, _ in page])


def _table(slide, rows: list[list[str]], statuses: list[str | None]) -> None:
    heights = [_row_height(row) for row in rows]
    shape = slide.shapes.add_table(len(rows), len(_COLUMNS), MARGIN, BODY_TOP, BODY_WIDTH, sum(heights))
    shape.name = "targets"
    table = shape.table
    for j, (_, width) in enumerate(_COLUMNS):
        table.columns[j].width = Inches(width)
    for i, (row, status) in enumerate(zip(rows, statuses)):
        table.rows[i].height = heights[i]
        for j, value in enumerate(row):
            cell = table.cell(i, j)
            cell.text = value
            if not value:
                continue
            font = cell.text_frame.paragraphs[0].runs[0].font
            font.size, font.bold = Pt(TABLE_FONT), i == 0
            if status is not None and j == 2:
                colour = STATUS_COLOURS[status]
                cell.fill.solid()
                cell.fill.fore_color.rgb = RGBColor.from_string(colour.lstrip("#"))
                font.color.rgb = RGBColor.from_string(text_colour(colour).lstrip("#"))


def _row_height(row: list[str]) -> int:
    """Enough for the longest cell once wrapped (about 0.55 em per character) plus the cell margins."""
    lines = max(math.ceil(len(text) / max(1, int(width * 72 / (0.55 * TABLE_FONT)))) or 1
                for text, (_, width) in zip(row, _COLUMNS))
    return Pt(TABLE_FONT * 1.25 * lines) + Inches(0.12)


def _target_row(summary: PlanSummary, status) -> list[str]:
    lang, t = summary.lang, status.target
    value = status.values[status.years.index(status.deadline_year)]
    shown = "-" if value is None else fmt_pct(value, 1, lang) if t.measure == "share" else fmt_int(value, lang)
    gap = "" if status.gap_units is None else fmt_int(status.gap_units, lang)
    where = labels.area_name(status.area, lang, area_names(summary))
    first = "" if status.first_met is None else str(status.first_met)
    return [t.describe(lang), where, labels.text(status.status, lang), shown, first, gap]
