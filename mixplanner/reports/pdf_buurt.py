"""A PDF page per buurt: its mix over the years against the targets, its interventions and what they did."""

from __future__ import annotations

from mixplanner.domain.numbers import fmt_int, fmt_pct, fmt_years
from mixplanner.engine.projection import DRIFT
from mixplanner.engine.state import SEGMENTS
from mixplanner.reports import labels
from mixplanner.reports.charts import draw_mix_over_time
from mixplanner.reports.palette import MUTED
from mixplanner.reports.pdf_facts import caused, corporation_share, counted, effect_table, social_share, units
from mixplanner.reports.pdf_layout import BODY, H1, SMALL, STYLE, TABLE_SIZE, WIDTH, Book, Column, Table, cell_width
from mixplanner.reports.pdf_text import say
from mixplanner.reports.summary import PlanSummary


def buurt_page(book: Book, summary: PlanSummary, code: str, names) -> None:
    lang, base, year = summary.lang, summary.base_year, summary.year
    main = summary.projections[summary.main]
    name = labels.area_name(code, lang, names)
    book.new_page()
    book.text(name, H1, "bold")
    where = [say("buurt_sub", lang, code=code)]
    wijk = main.areas.wijk[main.areas.position(code)]
    if names.get(wijk):
        where.append(say("in_wijk", lang, name=names[wijk]))
    where.append(say("scenario_line", lang, name=summary.main))
    book.text(" \u00b7 ".join(where), SMALL + 1.5, colour=MUTED)
    book.gap(0.12)
    book.text(" ".join((
        say("buurt_units", lang, n0=fmt_int(units(main, base, "buurt", code), lang), base=base,
            n1=fmt_int(units(main, year, "buurt", code), lang), year=year),
        say("buurt_corp", lang, p0=fmt_pct(corporation_share(main, base, code), 1, lang), base=base,
            p1=fmt_pct(corporation_share(main, year, code), 1, lang), year=year),
        say("buurt_social", lang, p0=fmt_pct(social_share(main, base, "buurt", code), 1, lang), base=base,
            p1=fmt_pct(social_share(main, year, "buurt", code), 1, lang), year=year))), BODY)
    book.gap(0.12)
    statuses = summary.statuses[summary.main]
    book.chart(3.9, lambda ax: draw_mix_over_time(ax, main, "buurt", code, statuses, names=names, style=STYLE,
                                                  lang=lang))
    book.gap(0.2)
    _interventions(book, summary, code, name)
    book.gap(0.2)
    _effects(book, summary, code)


def _interventions(book: Book, summary: PlanSummary, code: str, name: str) -> None:
    """Number, title, kind, year(s) and the units each intervention changed in this buurt up to the report year."""
    lang = summary.lang
    main = summary.projections[summary.main]
    scenario = summary.plan.scenario(summary.main)
    rows = caused(main, summary.year, code)
    rows = rows[rows["units"] != 0]
    book.heading(say("interventions_heading", lang, name=name))
    if rows.empty:
        book.text(say("no_buurt_interventions", lang, name=summary.main), BODY)
        return
    cells = []
    for number in sorted(set(rows["number"])):
        item = scenario.interventions[number - 1]
        acted, removed, _split = counted(item.kind, rows[rows["number"] == number])
        amount = fmt_int(acted, lang)
        if item.kind == "sloop-nieuwbouw":
            amount = f"\u2212{fmt_int(removed, lang)} / +{fmt_int(acted, lang)}"
        cells.append([str(number), item.title(), labels.kind_name(item.kind, lang), fmt_years(item.years(), dash="\u2013"), amount])
    fixed = (0.45, 1.5, 0.95, 0.85)
    columns = [Column(say("number", lang), fixed[0]), Column(say("intervention", lang), WIDTH - sum(fixed)),
               Column(say("kind", lang), fixed[1]), Column(say("years", lang), fixed[2]),
               Column(say("units_here", lang), fixed[3], "right")]
    book.table(Table(columns, cells, size=TABLE_SIZE))


def _effects(book: Book, summary: PlanSummary, code: str) -> None:
    """The buurt's ledger summed per cause: the change per segment, in total, in care and corporation dwellings."""
    lang, year = summary.lang, summary.year
    main = summary.projections[summary.main]
    scenario = summary.plan.scenario(summary.main)
    table = effect_table(main, year, code)
    if table.empty:
        return
    first = main.years[1] if len(main.years) > 1 else year
    book.heading(say("effect_heading", lang, first=first, year=year), keep_with=1.0)
    segments = [s for s in SEGMENTS if table[s].any()]
    extra = [c for c in ("care", "corporation") if table[c].any()]
    rows = []
    for number, row in table.iterrows():
        cause = labels.capital(labels.text(DRIFT, lang)) if number == 0 else \
            f"{number}. {scenario.interventions[number - 1].title()}"
        rows.append([cause] + [labels.signed(row[s], lang) for s in segments]
                    + [labels.signed(row[segments].sum(), lang)] + [labels.signed(row[c], lang) for c in extra])
    totals = table.sum()
    rows.append([say("total", lang)] + [labels.signed(totals[s], lang) for s in segments]
                + [labels.signed(totals[segments].sum(), lang)] + [labels.signed(totals[c], lang) for c in extra])
    heads = [labels.capital(labels.category(s, lang)) for s in segments] + [say("total", lang)] + \
        [say("care_column" if c == "care" else "corp_column", lang) for c in extra]
    for size in (TABLE_SIZE, TABLE_SIZE - 1):  # smaller type before a cause's words would break
        widths = [max(0.55, cell_width([r[k + 1] for r in rows], size, h)) for k, h in enumerate(heads)]
        if WIDTH - sum(widths) >= cell_width([w for r in rows for w in r[0].split()], size, bold=[say("total", lang)]):
            break
    columns = [Column(say("cause", lang), WIDTH - sum(widths))] + \
        [Column(h, w, "right") for h, w in zip(heads, widths)]
    book.table(Table(columns, rows, size=size, bold_rows=[len(rows) - 1]))
    book.gap(0.06)
    note = [say("effect_note", lang)]
    if 0 in table.index:
        note.append(say("drift_note", lang, drift=labels.text(DRIFT, lang)))
    if "care" in extra:
        note.append(say("care_note", lang))
    book.text(" ".join(note), SMALL, colour=MUTED)
