"""The PDF page that sets the chosen scenarios (and the baseline) side by side in the report year."""

from __future__ import annotations

import dataclasses

from mixplanner.domain.mix import NO_AREA, TOTAL
from mixplanner.domain.numbers import fmt_int, fmt_pct
from mixplanner.domain.scenario import BASELINE
from mixplanner.engine.state import SEGMENTS
from mixplanner.engine.targets import MET, NO_DATA
from mixplanner.reports import labels
from mixplanner.reports.charts import draw_before_after
from mixplanner.reports.palette import MUTED
from mixplanner.reports.pdf_facts import corporation_share, share, units
from mixplanner.reports.pdf_layout import BODY, H1, SMALL, STYLE, WIDTH, Book, Column, Table
from mixplanner.reports.pdf_text import say
from mixplanner.reports.summary import PlanSummary

_MOST_AREAS = 10  # bars per level the comparison chart shows before it moves up a level
_BARS = dataclasses.replace(STYLE, small_size=6.5)  # two-line scenario names beside each pair of bars


def comparison_page(book: Book, summary: PlanSummary, featured: list[str], names) -> None:
    lang, year = summary.lang, summary.year
    book.new_page()
    book.text(say("compare_heading", lang, year=year), H1 - 4, "bold")
    book.gap(0.12)
    order = list(summary.scenarios) + ([BASELINE] if BASELINE not in summary.scenarios else [])
    projections = [summary.projections[n] for n in order]
    rows = [[say("row_units", lang)] + [fmt_int(units(p, year, "total", TOTAL), lang) for p in projections]]
    for s in SEGMENTS:
        values = [share(p, year, "total", TOTAL, (s,)) for p in projections]
        if any(values):
            rows.append([say("row_share", lang, segment=labels.category(s, lang))] +
                        [fmt_pct(v, 1, lang) for v in values])
    for code in featured[:4]:
        rows.append([say("row_corp", lang, area=labels.area_name(code, lang, names))] +
                    [fmt_pct(corporation_share(p, year, code), 1, lang) for p in projections])
    rows.append([say("row_interventions", lang)] +
                [str(sum(x.enabled for x in summary.plan.scenario(n).interventions)) for n in order])
    per_scenario = [summary.statuses[n] for n in order]
    for k, first in enumerate(per_scenario[0]):
        line = [statuses[k] for statuses in per_scenario]
        if any(s.status != MET for s in line) or first.area in featured or first.target.area_level != "buurt":
            rows.append([say("row_target", lang, target=labels.target(first.target, lang),
                             area=labels.area_name(first.area, lang, names), year=first.deadline_year)] +
                        [_status_cell(s, lang) for s in line])
    label_w = 2.5
    columns = [Column(say("figure", lang), label_w)] + [
        Column(n, (WIDTH - label_w) / len(order), "right") for n in order]
    book.table(Table(columns, rows, size=BODY - 0.5))
    book.gap(0.06)
    book.text(say("compare_note", lang), SMALL, colour=MUTED)
    book.gap(0.25)
    _chart(book, summary, names)


def _status_cell(status, lang: str) -> str:
    if status.status == MET:
        return say("met_cell", lang)
    if status.status == NO_DATA or status.gap_units is None:
        return say("nodata_cell", lang)
    return say("missed_cell", lang, n=fmt_int(status.gap_units, lang))


def _chart(book: Book, summary: PlanSummary, names) -> None:
    """The mix per area of the first two chosen scenarios, one above the other, at the most detailed level that
    stays readable."""
    lang, year = summary.lang, summary.year
    a, b = (summary.projections[n] for n in summary.scenarios[:2])
    level = "gemeente"
    for candidate in ("buurt", "wijk"):
        if len(set(a.areas.labels(candidate)) - {NO_AREA}) <= _MOST_AREAS:
            level = candidate
            break
    areas = len(set(a.areas.labels(level)) - {NO_AREA})
    height = 1.6 + 0.75 * areas
    if height > book.room() and book.room() < 3.5:
        book.new_page()
    height = min(height, book.room())
    title = say("compare_chart", lang, level=labels.text(level, lang), year=year, a=a.scenario, b=b.scenario)
    book.chart(height, lambda ax: draw_before_after(ax, a, b, year, level, before_year=year, names=names, title=title,
                                                    style=_BARS, lang=lang), inset=(1.3, 0.8, 0.8, 0.6))
