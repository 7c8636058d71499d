"""The figures the PDF plan summary states, taken from the projections: what each intervention did, which buurten
get a page, shares now and in the report year, and the plain sentences of the first page."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from mixplanner.domain.categories import CareType, Owner, Segment
from mixplanner.domain.mix import NO_AREA, TOTAL
from mixplanner.domain.numbers import fmt_int, fmt_pct
from mixplanner.engine.projection import Projection
from mixplanner.engine.state import SEGMENTS
from mixplanner.engine.targets import MET, NO_DATA, TargetStatus
from mixplanner.reports import labels
from mixplanner.reports.pdf_text import listing, say
from mixplanner.reports.summary import PlanSummary

CARE_TYPES = (CareType.STEP_FREE.value, CareType.CLUSTERED.value, CareType.CARE_HOME.value)
_INTRAMURAL = CareType.INTRAMURAL.value
_CORPORATION = Owner.CORPORATION.value
_SOCIAL = Segment.SOCIAL_RENT.value


def caused(projection: Projection, year: int, area: str | None = None) -> pd.DataFrame:
    """Ledger rows of the interventions (not drift) up to and including `year`, in one buurt or all."""
    ledger = projection.ledger
    rows = ledger[(ledger["number"] > 0) & (ledger["year"] <= year)]
    return rows if area is None else rows[rows["buurt_code"] == area]


def counted(kind: str, rows: pd.DataFrame) -> tuple[int, int, dict[str, int]]:
    """(units the intervention acted on, units it demolished, split by segment or care type) from its ledger rows.

    A sale, acquisition or relabel moves units between groups: the units arriving count. New build and re-letting
    add units to segments; care conversion adds units to care types; demolition removes units.
    """
    gained, lost = rows[rows["units"] > 0], rows[rows["units"] < 0]
    removed = int(-lost["units"].sum()) if kind in ("sloop", "sloop-nieuwbouw") else 0
    if kind == "zorg":
        gained = gained[gained["care_type"] != CareType.NONE.value]
        split = gained.groupby("care_type", observed=True)["units"].sum()
    elif kind in ("nieuwbouw", "sloop-nieuwbouw", "transformatie"):
        split = gained.groupby("segment", observed=True)["units"].sum()
    else:
        split = pd.Series(dtype="int64")
    units = removed if kind == "sloop" else int(gained["units"].sum())
    order = SEGMENTS + tuple(c.value for c in CareType)
    return units, removed, {k: int(split[k]) for k in order if k in split.index and split[k]}


def _split_text(split: Mapping[str, int], lang: str) -> str:
    dimension = "care" if set(split) <= set(c.value for c in CareType) else "segment"
    return ", ".join(f"{fmt_int(n, lang)} {labels.category(k, lang, dimension)}" for k, n in split.items())


def effect_phrases(projection: Projection, scenario, year: int, lang: str) -> list[str]:
    """'60 woningen verkocht', '120 woningen gebouwd (36 sociale huur, ...)': one phrase per kind, in order."""
    rows = caused(projection, year)
    kinds = {n + 1: x.kind for n, x in enumerate(scenario.interventions)}
    phrases = []
    for kind in dict.fromkeys(kinds[n] for n in sorted(set(rows["number"]))):
        units, removed, split = counted(kind, rows[rows["kind"] == kind])
        n, split_text = fmt_int(units, lang), _split_text(split, lang)
        if removed and kind == "sloop-nieuwbouw":
            phrases.append(say("demolished", lang, n=fmt_int(removed, lang)))
        if not units:
            continue
        key = {"verkoop": "sold", "nieuwbouw": "built", "sloop": "demolished", "sloop-nieuwbouw": "built",
               "zorg": "care", "transformatie": "relet", "aankoop": "acquired"}.get(kind, "relabelled")
        phrases.append(say(key, lang, n=n, split=split_text))
    return phrases


def share(projection: Projection, year: int, level: str, area: str, group, dimension: str = "segment") -> float | None:
    """The group's share of the dwellings of an area in a year (None when the area has none)."""
    table = projection.mix(year, level, dimension)
    if area not in table.index:
        return None
    total = table.loc[area].sum()
    return float(table.loc[area, list(group)].sum() / total) if total else None


def units(projection: Projection, year: int, level: str, area: str) -> int:
    table = projection.mix(year, level)
    return int(table.loc[area].sum()) if area in table.index else 0


def names_of(summary: PlanSummary) -> dict[str, str]:
    return labels.area_names(summary.projections[summary.main].areas, summary.plan.areas)


def featured_buurten(summary: PlanSummary) -> list[str]:
    """Buurten that get a page: touched by a chosen scenario up to the report year, named by a target, or
    missing an every-buurt target in the main scenario; never a buurt without dwellings."""
    main = summary.projections[summary.main]
    wanted = set()
    for name in summary.scenarios:
        rows = caused(summary.projections[name], summary.year)
        wanted |= set(rows.loc[rows["units"] != 0, "buurt_code"])
    wanted |= {t.area_code for t in summary.plan.targets if t.area_level == "buurt"}
    wanted |= {s.area for s in summary.statuses[summary.main] if s.target.area_level == "buurt" and s.status != MET}
    keep = []
    for code in main.areas.codes:
        if code in wanted and code != NO_AREA and (units(main, summary.base_year, "buurt", code)
                                                     or units(main, summary.year, "buurt", code)):
            keep.append(code)
    return keep


def gap_text(status: TargetStatus, lang: str) -> str:
    if status.status == NO_DATA or status.gap_units is None:
        return say("gap_none", lang)
    group = labels.group(status.target.group, lang, status.target.dimension)
    return say("gap_max" if status.target.bound == "max" else "gap_min", lang, n=fmt_int(status.gap_units, lang),
               group=group)


def target_sentence(statuses, names: Mapping[str, str], lang: str, shown: int = 3) -> str:
    """How many targets are met in their target year, and which are not, with the gap in units."""
    if not statuses:
        return say("targets_none", lang)
    missed = [s for s in statuses if s.status != MET]
    if not missed:
        return say("targets_all", lang, n=len(statuses))
    items = [say("target_miss", lang, target=labels.target(s.target, lang), area=labels.area_name(s.area, lang, names),
                 year=s.deadline_year, gap=gap_text(s, lang)) for s in missed[:shown]]
    if len(missed) > shown:
        items.append(say("more_misses", lang, n=len(missed) - shown))
    return say("targets_some", lang, m=len(statuses) - len(missed), n=len(statuses), items="; ".join(items))


def plan_sentences(summary: PlanSummary) -> list[str]:
    """Two to four plain sentences: the interventions, their effect by kind, the mix, the targets."""
    lang, year, base = summary.lang, summary.year, summary.base_year
    main = summary.projections[summary.main]
    scenario = summary.plan.scenario(summary.main)
    names = names_of(summary)
    active = [x for x in scenario.interventions if x.enabled]
    out = []
    if not active:
        out.append(say("no_interventions", lang, name=summary.main))
    else:
        acted_in = set(caused(main, summary.plan.assumptions.last_year)["buurt_code"])
        touched = [c for c in main.areas.codes if c in acted_in]
        years = sorted({y for x in active for y in x.years()})
        where = [labels.area_name(c, lang, names) for c in touched[:4]]
        if len(touched) > 4:
            where.append(say("n_other", lang, n=len(touched) - 4))
        n = say("interventions_1", lang) if len(active) == 1 else say("interventions_n", lang, n=len(active))
        k = say("buurten_1", lang) if len(touched) == 1 else say("buurten_n", lang, n=len(touched))
        out.append(say("overview" if touched else "overview_plain", lang, name=summary.main, n=n, k=k,
                       where=listing(where, lang), first=years[0], last=years[-1]))
        phrases = effect_phrases(main, scenario, year, lang)
        out.append(say("effects", lang, year=year, items=listing(phrases, lang)) if phrases
                   else say("no_effect", lang, year=year))
    out.append(say("mix_sentence", lang, n0=fmt_int(units(main, base, "total", TOTAL), lang), base=base,
                   n1=fmt_int(units(main, year, "total", TOTAL), lang), year=year,
                   p0=fmt_pct(share(main, base, "total", TOTAL, (_SOCIAL,)), 1, lang),
                   p1=fmt_pct(share(main, year, "total", TOTAL, (_SOCIAL,)), 1, lang)))
    out.append(target_sentence(summary.statuses[summary.main], names, lang))
    return out


def corporation_share(projection: Projection, year: int, area: str) -> float | None:
    return share(projection, year, "buurt", area, (_CORPORATION,), "owner")


def social_share(projection: Projection, year: int, level: str, area: str) -> float | None:
    return share(projection, year, level, area, (_SOCIAL,))


def intramural(projection: Projection, year: int) -> int:
    return int(projection.intramural(year).sum())


def effect_table(projection: Projection, year: int, area: str) -> pd.DataFrame:
    """Per cause (0 = drift, then the interventions by number): the change in dwellings per segment, in care
    dwellings and in corporation dwellings of a buurt from the base year up to and including `year`."""
    ledger = projection.ledger
    rows = ledger[(ledger["buurt_code"] == area) & (ledger["year"] <= year) & (ledger["care_type"] != _INTRAMURAL)]
    numbers = rows["number"].to_numpy()
    table = pd.DataFrame(0, index=pd.Index(sorted(set(numbers)), name="number"),
                         columns=[*SEGMENTS, "care", "corporation"], dtype="int64")
    for column, mask in [(s, rows["segment"].to_numpy() == s) for s in SEGMENTS] + [
            ("care", rows["care_type"].isin(CARE_TYPES).to_numpy()),
            ("corporation", rows["owner"].to_numpy() == _CORPORATION)]:
        sums = pd.Series(rows["units"].to_numpy()[mask]).groupby(numbers[mask]).sum()
        table.loc[sums.index, column] = sums.to_numpy()
    return table


def headline_statuses(statuses, featured, limit: int = 8) -> tuple[list[TargetStatus], int, int]:
    """The statuses worth a line on the first page: every miss, every area above buurt level, the buurten in the
    report; at most `limit`, misses first. Returns (shown, hidden and met, hidden and not met)."""
    wanted = [s for s in statuses if s.status != MET or s.target.area_level != "buurt" or s.area in featured]
    if len(wanted) > limit:
        keep = {id(s) for s in sorted(wanted, key=lambda s: s.status == MET)[:limit]}
        wanted = [s for s in wanted if id(s) in keep]
    shown = {id(s) for s in wanted}
    hidden = [s for s in statuses if id(s) not in shown]
    return wanted, sum(s.status == MET for s in hidden), sum(s.status != MET for s in hidden)
