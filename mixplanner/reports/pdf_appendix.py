"""The PDF appendix: the assumptions of the projection, the data, the thresholds and the targets with their sources."""

from __future__ import annotations

from pathlib import Path

from mixplanner.domain.mix import TOTAL
from mixplanner.domain.numbers import fmt_eur, fmt_int, fmt_pct
from mixplanner.domain.policy import PolicyTable
from mixplanner.reports import labels
from mixplanner.reports.pdf_facts import intramural, units
from mixplanner.reports.pdf_layout import H1, WIDTH, Book, Column, Table
from mixplanner.reports.pdf_text import long_date, say
from mixplanner.reports.summary import PlanSummary

SIZE = 7.5  # the appendix is reference material: smaller type keeps it on one page


def appendix_page(book: Book, summary: PlanSummary, table: PolicyTable | None = None) -> None:
    lang = summary.lang
    table = table or PolicyTable.bundled()
    book.new_page()
    book.text(say("appendix_heading", lang), H1 - 4, "bold")
    book.gap(0.15)
    book.table(Table([Column(say("assumption", lang), 2.7), Column(say("value", lang), WIDTH - 2.7)],
                     _assumptions(summary, table), size=SIZE))
    book.gap(0.25)
    book.heading(say("thresholds_heading", lang))
    book.table(_thresholds(summary, table))
    if summary.plan.targets:
        book.gap(0.25)
        book.heading(say("targets_heading", lang))
        rows = [[labels.capital(t.describe(lang)), str(t.year), t.source or "-"] for t in summary.plan.targets]
        book.table(Table([Column(say("target", lang), 2.7), Column(say("years", lang), 0.5),
                          Column(say("source", lang), WIDTH - 3.2)], rows, size=SIZE))


def _assumptions(summary: PlanSummary, table: PolicyTable) -> list[list[str]]:
    lang, plan = summary.lang, summary.plan
    a = plan.assumptions
    main = summary.projections[summary.main]

    def rate(value: float) -> str:
        return say("per_year", lang, p=fmt_pct(value, 1, lang))

    policy = str(a.policy_year) if a.policy_year else f"{a.base_year} ({say('a_base', lang).lower()})"
    rows = [
        [say("a_base", lang), str(a.base_year)],
        [say("a_horizon", lang), say("a_horizon_value", lang, n=a.horizon, base=a.base_year, last=a.last_year)],
        [say("a_report", lang), str(summary.year)],
        [say("a_policy", lang), policy],
        [say("a_threshold", lang), rate(a.threshold_indexation)],
        [say("a_rent", lang), rate(a.rent_indexation)],
        [say("a_woz", lang), rate(a.woz_indexation)],
    ]
    rows.append([say("a_turnover", lang), say("per_year", lang, p="; ".join(
        f"{labels.category(owner, lang, 'owner')} {fmt_pct(value, 1, lang)}" for owner, value in a.turnover))])
    stock = say("a_stock_value", lang, n=fmt_int(units(main, a.base_year, "total", TOTAL), lang),
                r=fmt_int(len(plan.stock.frame), lang))
    care = intramural(main, a.base_year)
    if care:
        stock += "; " + say("intramural_note", lang, n=fmt_int(care, lang)).lower()
    rows += [[say("a_source", lang), plan.source_label or "-"]]
    if plan.stock.source:
        rows.append([say("a_file", lang), Path(plan.stock.source).name])
    rows += [[say("a_stock", lang), stock], [say("a_made", lang), long_date(summary.made_on, lang)],
             [say("a_table", lang), table.version]]
    return rows


def _value(table: PolicyTable, key: str, value: float | None, lang: str) -> str:
    if value is None:
        return "-"
    unit = table.unit(key)
    if unit == "EUR/maand":
        return fmt_eur(value, 2, lang)
    if unit == "EUR":
        return fmt_eur(value, 0, lang)
    return say("points", lang, n=fmt_int(value, lang)) if unit == "punten" else f"{fmt_int(value, lang)} {unit}"


def _source(table: PolicyTable, key: str, figure, year: int, indexation: float, lang: str) -> str:
    """Where a figure comes from: the publication, or the year it was derived from and how."""
    if not figure.derived:
        text = table.source_text(figure)
    else:
        values = table.entries[key]["values"]
        base = max(int(y) for y, v in values.items() if v["value"] is not None and int(y) < year)
        if table.unit(key) in ("EUR/maand", "EUR"):
            text = say("derived", lang, base=base, p=fmt_pct(indexation, 1, lang))
        else:
            text = say("as_in", lang, base=base)
    return text + (say("unverified", lang) if figure.unverified else "")


def _thresholds(summary: PlanSummary, table: PolicyTable) -> Table:
    """Each threshold in the policy year of the base stock and in the report year, with its source."""
    lang, a = summary.lang, summary.plan.assumptions
    first_year = a.policy_year or a.base_year
    years = list(dict.fromkeys((first_year, summary.year)))
    sets = [table.for_year(y, a.threshold_indexation) for y in years]
    rows = []
    for key in table.entries:
        values = [_value(table, key, t.figures[key].value, lang) for t in sets]
        sources = [_source(table, key, t.figures[key], t.year, a.threshold_indexation, lang) for t in sets]
        source = sources[0] if len(set(sources)) == 1 else "; ".join(f"{y}: {s}" for y, s in zip(years, sources))
        rows.append([labels.capital(table.label(key, lang))] + values + [source])
    label_w, value_w = 1.75, 0.8
    columns = [Column(say("threshold", lang), label_w)] + [Column(str(y), value_w, "right") for y in years] + \
        [Column(say("source", lang), WIDTH - label_w - value_w * len(years))]
    return Table(columns, rows, size=SIZE)
