"""The speaker notes of the deck: the figures behind each slide, in sentences the speaker can read out."""

from __future__ import annotations

import dataclasses

import numpy as np
import shapely

from mixplanner.domain.categories import CareType
from mixplanner.domain.mix import NO_AREA, TOTAL
from mixplanner.domain.numbers import fmt_int, fmt_pct, fmt_years
from mixplanner.engine.compare import compare
from mixplanner.engine.projection import DRIFT
from mixplanner.engine.state import SEGMENTS
from mixplanner.reports import labels
from mixplanner.reports.summary import PlanSummary
from mixplanner.reports.views import area_name, area_names, map_layer, map_year
from mixplanner.reports.waterfall import ledger_steps
from mixplanner.reports.wording import word


def title_notes(summary: PlanSummary) -> str:
    lang, p, plan = summary.lang, summary.projections[summary.main], summary.plan
    units = int(p.mix(summary.base_year, "total").to_numpy().sum())
    places = int(p.intramural(summary.base_year).sum())
    lines = [word("note_title", lang, plan=plan.title or "mixplanner", scenario=summary.main, year=summary.year,
                  source=plan.source_label or "-", base=summary.base_year, units=fmt_int(units, lang),
                  places=fmt_int(places, lang), areas=len(set(p.areas.codes) - {NO_AREA}))]
    scenario = plan.scenario(summary.main)
    if scenario.description:
        lines.append(scenario.description)
    items = [f"{x.title()} ({fmt_years(x.years())})" for x in scenario.interventions if x.enabled]
    lines.append(word("note_interventions", lang, n=len(items), items="; ".join(items)) if items
                 else word("note_no_interventions", lang))
    return "\n".join(lines)


def mix_notes(summary: PlanSummary, level: str, area: str | None) -> str:
    """Units and segment shares of one area (or the plan) in the base year and the report year; its targets."""
    lang, p = summary.lang, summary.projections[summary.main]
    label = area if level != "total" else TOTAL
    where = area_name(summary, label)
    lines = []
    for year in dict.fromkeys((summary.base_year, summary.year)):
        row = p.mix(year, level).loc[label]
        total = int(row.sum())
        parts = ", ".join(f"{fmt_pct(row[s] / total, 1, lang)} {labels.category(s, lang)}"
                          for s in SEGMENTS if row[s] > 0) if total else "-"
        lines.append(word("note_mix", lang, area=labels.capital(where), year=year, units=fmt_int(total, lang),
                          parts=parts))
    lines += [_sentence(summary, s) for s in summary.statuses[summary.main] if s.area == label]
    return "\n".join(lines)


def _sentence(summary: PlanSummary, status) -> str:
    names = area_names(summary)
    named = dataclasses.replace(status, area=names[status.area]) if status.area in names else status
    return labels.capital(named.sentence(summary.lang))


def before_after_notes(summary: PlanSummary, segment: str) -> str:
    """Per buurt: units in the base year and the report year, and the share of the key segment."""
    lang, p = summary.lang, summary.projections[summary.main]
    before, after = p.mix(summary.base_year), p.mix(summary.year)
    lines = []
    for code in [c for c in p.areas.codes if c != NO_AREA]:
        b, a = before.loc[code], after.loc[code]
        if b.sum() == 0 and a.sum() == 0:
            continue
        lines.append(word("note_area_change", lang, area=area_name(summary, code), before=fmt_int(b.sum(), lang),
                          after=fmt_int(a.sum(), lang), base=summary.base_year, year=summary.year,
                          segment=labels.category(segment, lang), share_before=_share(b, segment, lang),
                          share_after=_share(a, segment, lang)))
    return "\n".join(lines)


def _share(row, segment: str, lang: str) -> str:
    total = row.sum()
    return fmt_pct(row[segment] / total, 1, lang) if total else "-"


def waterfall_notes(summary: PlanSummary, area: str | None, segment: str, year: int) -> str:
    """The waterfall read out: the level at the end of last year, each change by cause, the level at the end."""
    lang, p = summary.lang, summary.projections[summary.main]
    if year == p.years[0]:
        return ""
    start, steps, end = ledger_steps(p, year, area, (segment,))
    parts = [word("note_step_start", lang, group=labels.capital(labels.category(segment, lang)),
                  area=area_name(summary, area), year=year, previous=year - 1, units=fmt_int(start, lang))]
    for cause, _kind, units in steps:
        name = {"__residual__": labels.text("residual", lang), DRIFT: labels.text(DRIFT, lang)}.get(cause, cause)
        parts.append(f"{name} {labels.signed(units, lang)}")
    return "; ".join(parts) + "; " + word("note_step_end", lang, year=year, units=fmt_int(end, lang))


def maps_notes(summary: PlanSummary) -> str:
    lang = summary.lang
    lines = []
    for when, records in (("before", summary.before), ("after", summary.after)):
        geometry, _ = map_layer(summary, when)
        drawn = ~shapely.is_missing(records["geometry"].to_numpy(dtype=object))
        dwelling = (records["care_type"] != CareType.INTRAMURAL.value).to_numpy()  # care places are not dwellings
        units = np.where(dwelling, records["units"].to_numpy(), 0)
        lines.append(word("note_map", lang, year=map_year(summary, when), records=fmt_int(len(geometry), lang),
                          units=fmt_int(units[drawn].sum(), lang)))
        if units[~drawn].sum() and when == "after":
            lines.append(word("note_map_missing", lang, units=fmt_int(int(np.sum(units[~drawn])), lang)))
    return "\n".join(lines)


def compare_notes(summary: PlanSummary, other: str) -> str:
    """Where another chosen scenario differs from the main one in the report year, buurt by buurt."""
    lang = summary.lang
    a, b = summary.projections[other], summary.projections[summary.main]
    diff = compare(a, b, ()).difference("buurt")
    rows = diff[(diff["year"] == summary.year) & (diff["difference"] != 0) & (diff["area"] != NO_AREA)]
    if rows.empty:
        return word("note_no_difference", lang, year=summary.year, a=other, b=summary.main)
    lines = []
    for area, part in rows.groupby("area", sort=True):
        parts = "; ".join(f"{labels.category(r.segment, lang)} {fmt_int(r.units_b, lang)} "
                          f"({fmt_int(r.units_a, lang)})" for r in part.itertuples())
        lines.append(word("note_compare", lang, year=summary.year, area=area_name(summary, area), b=summary.main,
                          a=other, parts=parts))
    return "\n".join(lines)


def targets_notes(summary: PlanSummary, statuses) -> str:
    """One sentence per target and area: met since when, or how many units short."""
    return "\n".join(_sentence(summary, s) for s in statuses)
