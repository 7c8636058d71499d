"""The contents of the workbook's sheets, built from a plan summary: titles, columns with number formats, rows."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from mixplanner.domain.mix import NO_AREA, TOTAL
from mixplanner.domain.numbers import fmt_years
from mixplanner.domain.policy import PolicyTable
from mixplanner.domain.scenario import BASELINE
from mixplanner.engine.projection import DRIFT, Projection
from mixplanner.engine.state import SEGMENTS
from mixplanner.reports import labels
from mixplanner.reports.parameters import describe_parameters, planned_units
from mixplanner.reports.summary import PlanSummary
from mixplanner.reports.wording import UNITS_EN, word

UNITS, SIGNED, SHARE, EUR, EUR_WHOLE, WHOLE, DATE = (
    "#,##0", "+#,##0;-#,##0;0", "0.0%", '"€" #,##0.00', '"€" #,##0', "0", "yyyy-mm-dd")
_MONEY = {"EUR/maand": EUR, "EUR": EUR_WHOLE}


@dataclass(frozen=True)
class Column:
    header: str
    fmt: str | None = None  # Excel number format of the column's numbers


@dataclass(frozen=True)
class Cell:
    """A value whose number format differs from its column's."""

    value: object
    fmt: str


@dataclass
class Sheet:
    name: str
    title: str
    columns: list[Column]
    rows: list[list] = field(default_factory=list)
    bold_rows: set[int] = field(default_factory=set)  # 0-based indexes into rows
    frozen_columns: int = 0  # columns that stay in view when scrolling right


def sheets(summary: PlanSummary, table: PolicyTable | None = None) -> list[Sheet]:
    """Every sheet in order: one projection per scenario (the chosen ones, then the baseline), the ledger, the
    targets, the interventions, the assumptions and the thresholds."""
    table = table or PolicyTable.bundled()
    names = _sheet_names(list(summary.projections))
    out = [projection_sheet(summary, s, names[s]) for s in summary.projections]
    return out + [ledger_sheet(summary), targets_sheet(summary), interventions_sheet(summary),
                  assumptions_sheet(summary, table), thresholds_sheet(summary, table)]


def _sheet_names(scenarios: list[str]) -> dict[str, str]:
    """Excel sheet names (at most 31 characters, none of []:*?/\\), unique, for the scenario sheets."""
    taken: set[str] = set()
    out = {}
    for name in scenarios:
        base = re.sub(r"[\[\]:*?/\\]", "-", name).strip("' ")[:31] or "Scenario"
        candidate, k = base, 2
        while candidate.casefold() in taken:
            suffix = f" ({k})"
            candidate, k = base[:31 - len(suffix)] + suffix, k + 1
        taken.add(candidate.casefold())
        out[name] = candidate
    return out


def _segment_names(lang: str) -> list[str]:
    return [labels.capital(labels.category(s, lang)) for s in SEGMENTS]


def _buurt_codes(projection: Projection) -> list[str]:
    """Every buurt of the plan; the 'no buurt' row only when some units have no buurt."""
    no_area = projection.areas.codes.index(NO_AREA)
    has_units = projection.units[:, no_area].sum() > 0
    return sorted(c for c in projection.areas.codes if c != NO_AREA or has_units)


def projection_sheet(summary: PlanSummary, scenario: str, sheet_name: str | None = None) -> Sheet:
    """Per year the buurten (by code) and a total row: units per segment, the total, shares, intramural places."""
    lang, p = summary.lang, summary.projections[scenario]
    names = labels.area_names(p.areas, summary.plan.areas)
    columns = ([Column(word("year", lang)), Column(word("buurt_code", lang)), Column(word("buurt", lang))]
               + [Column(s, UNITS) for s in _segment_names(lang)] + [Column(word("units_total", lang), UNITS)]
               + [Column(word("share_of", lang, segment=labels.category(s, lang)), SHARE) for s in SEGMENTS]
               + [Column(word("intramural", lang), UNITS)])
    sheet = Sheet(sheet_name or scenario[:31], word("title_projection", lang, name=scenario,
                                                    source=summary.plan.source_label or "-"), columns, frozen_columns=3)
    codes = _buurt_codes(p)
    for year in p.years:
        mix = p.mix(year, "buurt").reindex(codes, fill_value=0)[list(SEGMENTS)]
        intramural = p.intramural(year, "buurt").reindex(codes, fill_value=0)
        for code in codes:
            name = names.get(code, "") if code != NO_AREA else code
            sheet.rows.append(_mix_row(year, code, name, mix.loc[code].tolist(), int(intramural[code])))
        sheet.bold_rows.add(len(sheet.rows))
        sheet.rows.append(_mix_row(year, None, word("whole_plan", lang), mix.sum().tolist(), int(intramural.sum())))
    return sheet


def _mix_row(year: int, code: str | None, name: str, units: list, intramural: int) -> list:
    units = [int(u) for u in units]
    total = sum(units)
    shares = [u / total if total else None for u in units]
    return [year, code, name, *units, total, *shares, intramural]


def _area(code: str, names: dict, lang: str) -> str:
    return labels.area_name(code, lang, names) if code != NO_AREA else code


def ledger_sheet(summary: PlanSummary) -> Sheet:
    lang = summary.lang
    columns = [Column(word(k, lang)) for k in ("scenario", "year", "buurt_code", "buurt", "segment", "owner",
                                               "care_type", "number", "cause", "kind")]
    columns.append(Column(word("units", lang), SIGNED))
    sheet = Sheet(word("sheet_ledger", lang), word("title_ledger", lang), columns, frozen_columns=2)
    for scenario, p in summary.projections.items():
        names = labels.area_names(p.areas, summary.plan.areas)
        for r in p.ledger.itertuples(index=False):
            cause = labels.text(DRIFT, lang) if r.number == 0 else r.cause
            sheet.rows.append([scenario, int(r.year), r.buurt_code, _area(r.buurt_code, names, lang),
                               labels.category(r.segment, lang), labels.category(r.owner, lang, "owner"),
                               labels.category(r.care_type, lang, "care"), int(r.number), cause, labels.kind_name(r.kind, lang),
                               int(r.units)])
    return sheet


def targets_sheet(summary: PlanSummary) -> Sheet:
    lang = summary.lang
    keys = ("scenario", "target", "area_code", "area", "deadline", "status", "value", "norm", "first_met", "gap",
            "gap_added", "explanation", "source")
    formats = {"gap": UNITS, "gap_added": UNITS}
    sheet = Sheet(word("sheet_targets", lang), word("title_targets", lang),
                  [Column(word(k, lang), formats.get(k)) for k in keys], frozen_columns=2)
    for scenario, statuses in summary.statuses.items():
        names = labels.area_names(summary.projections[scenario].areas, summary.plan.areas)
        for s in statuses:
            t = s.target
            fmt = SHARE if t.measure == "share" else UNITS
            value = s.values[s.years.index(s.deadline_year)]
            named = dataclasses.replace(s, area=names[s.area]) if s.area != TOTAL and names.get(s.area) else s
            shown = None if value is None else Cell(float(value), fmt)
            sheet.rows.append([scenario, t.describe(lang), s.area, labels.area_name(s.area, lang, names),
                               s.deadline_year, labels.text(s.status, lang), shown,
                               Cell(float(t.value), fmt), s.first_met, s.gap_units, s.gap_if_added,
                               named.sentence(lang), t.source])
    return sheet


def interventions_sheet(summary: PlanSummary) -> Sheet:
    lang = summary.lang
    keys = ("scenario", "number", "kind", "title", "enabled", "years", "buurt", "units", "parameters", "selection")
    sheet = Sheet(word("sheet_interventions", lang), word("title_interventions", lang),
                  [Column(word(k, lang), UNITS if k == "units" else None) for k in keys], frozen_columns=2)
    names = labels.area_names(summary.projections[summary.main].areas, summary.plan.areas)
    for name in (s for s in summary.projections if s != BASELINE):
        for number, item in enumerate(summary.plan.scenario(name).interventions, start=1):
            code = getattr(item, "buurt_code", None)
            selection = getattr(item, "selection", None)
            enabled = word("yes" if item.enabled else "no", lang)
            buurt = labels.area_name(code, lang, names) if code else None
            sheet.rows.append([name, number, labels.kind_name(item.kind, lang), item.title(), enabled, fmt_years(item.years()),
                               buurt, planned_units(item), describe_parameters(item, lang),
                               selection.describe() if selection is not None else None])
    return sheet


def assumptions_sheet(summary: PlanSummary, table: PolicyTable) -> Sheet:
    lang, a = summary.lang, summary.plan.assumptions
    sheet = Sheet(word("sheet_assumptions", lang), word("title_assumptions", lang),
                  [Column(word("item", lang)), Column(word("value", lang))])
    rows = [("plan", summary.plan.title or "-"), ("data_source", summary.plan.source_label or "-"),
            ("scenarios", "; ".join(summary.scenarios)), ("report_year", summary.year), ("base_year", a.base_year),
            ("last_year", a.last_year), ("policy_year", a.policy_year or a.base_year),
            ("threshold_indexation", Cell(a.threshold_indexation, SHARE)),
            ("rent_indexation", Cell(a.rent_indexation, SHARE)), ("woz_indexation", Cell(a.woz_indexation, SHARE))]
    sheet.rows += [[word(k, lang), v] for k, v in rows]
    sheet.rows += [[word("turnover", lang, owner=labels.category(o, lang, "owner")), Cell(rate, SHARE)]
                   for o, rate in a.turnover]
    sheet.rows += [[word("made_on", lang), Cell(summary.made_on, DATE)], [word("policy_table", lang), table.version]]
    return sheet


def thresholds_sheet(summary: PlanSummary, table: PolicyTable) -> Sheet:
    """Each threshold in the policy year (which classifies the base stock) and in the report year, with sources."""
    lang, a = summary.lang, summary.plan.assumptions
    first = a.policy_year or a.base_year
    years = list(dict.fromkeys((first, summary.year)))
    columns = [Column(word("threshold", lang)), Column(word("unit", lang))]
    columns += [Column(word("value_in", lang, year=y)) for y in years]
    columns += [Column(word("source_in", lang, year=y)) for y in years]
    sheet = Sheet(word("sheet_thresholds", lang), word("title_thresholds", lang), columns)
    figures = [table.for_year(y, a.threshold_indexation).figures for y in years]
    for key in table.entries:
        unit = table.unit(key)
        fmt = _MONEY.get(unit, WHOLE)
        values = [None if f[key].value is None else Cell(f[key].value, fmt) for f in figures]
        unverified = f" [{word('unverified', lang)}]"
        sources = [table.source_text(f[key]) + (unverified if f[key].unverified else "") for f in figures]
        shown = UNITS_EN.get(unit, unit) if lang == "en" else unit
        sheet.rows.append([table.label(key, lang), shown, *values, *sources])
    return sheet
