"""The first page of the PDF, read in a minute: what the plan does, the mix now and later, the targets, the maps."""

from __future__ import annotations

import dataclasses

from mixplanner.domain.mix import TOTAL
from mixplanner.domain.numbers import fmt_int, fmt_pct
from mixplanner.engine.state import SEGMENTS
from mixplanner.reports import labels
from mixplanner.reports.lights import draw_target_lights
from mixplanner.reports.palette import BLUE, MUTED, SEGMENT_COLOURS
from mixplanner.reports.pdf_facts import (corporation_share, featured_buurten, headline_statuses, intramural,
                                          names_of, plan_sentences, social_share)
from mixplanner.reports.pdf_layout import (A4, BODY, GAP, H1, MARGIN, SMALL, STYLE, TABLE_SIZE, WIDTH, Book, Column,
                                           Table, bottom_of, cell_width, fy, rule)
from mixplanner.reports.pdf_maps import before_after_maps
from mixplanner.reports.pdf_text import long_date, say
from mixplanner.reports.summary import PlanSummary

LIGHTS_STYLE = dataclasses.replace(STYLE, font_size=7.5)


def first_page(book: Book, summary: PlanSummary) -> None:
    book.new_page()
    names = names_of(summary)
    featured = featured_buurten(summary)
    _header(book, summary)
    book.heading(say("what_heading", summary.lang))
    for sentence in plan_sentences(summary):
        book.text(sentence, BODY - 0.5)
        book.gap(0.04)
    book.gap(0.08)
    _tables(book, summary, featured, names)
    _lights(book, summary, featured, names)
    before_after_maps(book, summary)


def _header(book: Book, summary: PlanSummary) -> None:
    lang = summary.lang
    book.text(summary.plan.title or say("untitled", lang), H1, "bold")
    book.gap(0.02)
    book.text(f"{say('summary', lang)} \u00b7 {say('scenario_line', lang, name=summary.main)}", 11.5)
    book.gap(0.04)
    book.text(f"{say('years_line', lang, base=summary.base_year, year=summary.year)} \u00b7 "
              f"{say('made_line', lang, date=long_date(summary.made_on, lang))}", SMALL + 1, colour=MUTED)
    if summary.plan.source_label:
        book.text(say("data_line", lang, source=summary.plan.source_label), SMALL + 1, colour=MUTED)
    book.gap(0.06)
    rule(book.fig, MARGIN, MARGIN + WIDTH, book.y, BLUE, 1.5)
    book.gap(0.14)


def _numbers(header_cells, rows, total: bool = False) -> list[float]:
    """Widths of the number columns (all but the first) that fit their values and header words; total: the last
    row is set in bold."""
    body, last = (rows[:-1], rows[-1:]) if total else (rows, [])
    return [cell_width([r[k] for r in body], TABLE_SIZE, header_cells[k], [r[k] for r in last])
            for k in range(1, len(header_cells))]


def _mix_table(summary: PlanSummary) -> Table:
    lang, base, year = summary.lang, summary.base_year, summary.year
    main = summary.projections[summary.main]
    before = main.mix(base, "total").loc[TOTAL]
    after = main.mix(year, "total").loc[TOTAL]
    present = [s for s in SEGMENTS if before[s] or after[s]]
    n0, n1 = before.sum(), after.sum()
    rows = []
    for s in present:
        rows.append([labels.capital(labels.category(s, lang)), fmt_int(before[s], lang),
                     fmt_pct(before[s] / n0 if n0 else None, 1, lang), fmt_int(after[s], lang),
                     fmt_pct(after[s] / n1 if n1 else None, 1, lang), labels.signed(after[s] - before[s], lang)])
    rows.append([say("total", lang), fmt_int(n0, lang), fmt_pct(1 if n0 else None, 1, lang), fmt_int(n1, lang),
                 fmt_pct(1 if n1 else None, 1, lang), labels.signed(n1 - n0, lang)])
    heads = [say("segment", lang), say("count", lang), "%", say("count", lang), "%", say("change", lang)]
    first = min(cell_width([r[0] for r in rows[:-1]], TABLE_SIZE, heads[0], rows[-1][:1]) + 0.12, 1.2)
    numbers = _numbers(heads, rows, total=True)
    columns = [Column(heads[0], first)] + [Column(h, w, "right") for h, w in zip(heads[1:], numbers)]
    groups = [(labels.text("now", lang, year=base), 1, 2), (str(year), 3, 2)]
    return Table(columns, rows, size=TABLE_SIZE, bold_rows=[len(rows) - 1],
                 swatches=[SEGMENT_COLOURS[s] for s in present] + [None], groups=groups)


def _buurten_table(summary: PlanSummary, featured: list[str], names, width: float) -> Table:
    lang, base, year = summary.lang, summary.base_year, summary.year
    main = summary.projections[summary.main]
    rows = [[labels.area_name(code, lang, names)]
            + [fmt_pct(corporation_share(main, y, code), 1, lang) for y in (base, year)]
            + [fmt_pct(social_share(main, y, "buurt", code), 1, lang) for y in (base, year)] for code in featured[:6]]
    heads = [""] + [str(y) for y in (base, year, base, year)]  # the heading above the table names the rows
    numbers = _numbers(heads, rows)
    columns = [Column(heads[0], width - sum(numbers))] + [Column(h, w, "right") for h, w in zip(heads[1:], numbers)]
    groups = [(say("corporation", lang), 1, 2), (say("social", lang), 3, 2)]
    return Table(columns, rows, size=TABLE_SIZE, groups=groups)


def _tables(book: Book, summary: PlanSummary, featured: list[str], names) -> None:
    """The whole plan's mix beside (or, when there is no room, above) the corporation and social-rent shares of
    the buurten in the report."""
    lang = summary.lang
    mix = _mix_table(summary)
    room = WIDTH - mix.width - GAP
    right = _buurten_table(summary, featured, names, room) if featured else None
    words = [w for code in featured[:6] for w in labels.area_name(code, lang, names).split()]
    beside = right is not None and right.columns[0].width >= cell_width(words, TABLE_SIZE)
    if right is not None and not beside:
        right = _buurten_table(summary, featured, names, WIDTH)
    care = intramural(summary.projections[summary.main], summary.base_year)
    book.ensure(0.55 + (max(mix.height, right.height) if right and beside else mix.height))
    top = book.y
    book.text(say("mix_heading", lang), 10.5, "bold", width=mix.width)
    book.gap(0.04)
    book.table(mix)
    if care:
        book.text(say("intramural_note", lang, n=fmt_int(care, lang)), SMALL, colour=MUTED, width=mix.width)
    bottom = book.y
    if right is not None:
        indent = mix.width + GAP if beside else 0.0
        book.y = top if beside else book.y + 0.12
        book.text(say("buurten_heading", lang), 10.5, "bold", indent=indent)
        book.gap(0.04)
        book.table(right, MARGIN + indent)
        if len(featured) > 6:
            book.text(say("other_buurten", lang, n=len(featured) - 6), SMALL, colour=MUTED, indent=indent)
        bottom = max(bottom, book.y) if beside else book.y  # stacked, the table may have gone to a new page
    book.y = bottom + 0.1


def _lights(book: Book, summary: PlanSummary, featured: list[str], names) -> None:
    """The target lights of the main scenario, limited to the lines that matter on a first page."""
    statuses = summary.statuses[summary.main]
    if not statuses:
        return
    lang = summary.lang
    shown, met, missed = headline_statuses(statuses, set(featured))
    groups = len({s.target for s in shown})
    fs = LIGHTS_STYLE.font_size
    # the height at which draw_target_lights sets its text at the style's full size
    axes_h = fs * 1.3 * (groups + len(shown) + 0.5 * groups + 1.5) / 0.8 / 72
    top, below = 0.26, 0.28
    note = met + missed > 0
    book.ensure(top + axes_h + below + (0.2 if note else 0))
    fig = book.fig
    ax = fig.add_axes((MARGIN / A4[0], fy(fig, book.y + top + axes_h), WIDTH / A4[0], axes_h / A4[1]))
    draw_target_lights(ax, shown, names=names, style=LIGHTS_STYLE, lang=lang)
    book.y = max(book.y + top + axes_h, bottom_of(ax)) + 0.06
    if note:
        key = "lights_rest_missed" if missed else "lights_rest"
        book.text(say(key, lang, n=met + missed, k=missed), SMALL, colour=MUTED)
    book.gap(0.08)
