"""Target status per year: met, not met or no data; the first year met; the gap in units at the deadline."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from mixplanner.domain.mix import NO_AREA, TOTAL
from mixplanner.domain.numbers import fmt_int
from mixplanner.domain.targets import EVERY_AREA, Target, group_text
from mixplanner.engine.projection import Projection

MET, NOT_MET, NO_DATA = "gehaald", "niet gehaald", "geen gegevens"
_EPS = 1e-9


@dataclass(frozen=True)
class TargetStatus:
    """How one target fares in one area, year by year."""

    target: Target
    area: str
    years: tuple[int, ...]
    values: tuple[float | None, ...]  # the measured share (0..1) or count per year; None: no data
    statuses: tuple[str, ...]
    first_met: int | None
    deadline_year: int  # the target year, or the last projected year when the target lies beyond it
    gap_units: int | None  # units that must change into (min) or out of (max) the group, total unchanged
    gap_if_added: int | None  # or: units to add (min: of the group; max: outside it) with the rest unchanged

    @property
    def status(self) -> str:
        """The status in the deadline year."""
        return self.statuses[self.years.index(self.deadline_year)]

    def sentence(self, lang: str = "nl") -> str:
        """'woningcorporatie in Ooipoort: gehaald (vanaf 2028)'; in English with the groups' English names."""
        group = group_text(self.target.group, self.target.dimension, lang)
        where = "het hele plan" if self.area == TOTAL and lang == "nl" else ("the whole plan" if self.area == TOTAL else self.area)
        year = self.deadline_year
        if self.status == NO_DATA:
            return f"{group} in {where}: geen gegevens in {year}" if lang == "nl" else f"{group} in {where}: no data in {year}"
        if self.status == MET:
            since = self.first_met
            return (f"{group} in {where}: gehaald (vanaf {since})" if lang == "nl" else f"{group} in {where}: met (from {since})")
        n = fmt_int(self.gap_units, lang)
        if self.target.bound == "min":
            return (f"{n} {group}-woningen meer nodig in {where} in {year}" if lang == "nl"
                    else f"{n} more {group} units needed in {where} by {year}")
        return (f"{n} {group}-woningen minder nodig in {where} in {year}" if lang == "nl"
                else f"{n} fewer {group} units needed in {where} by {year}")


def _areas(target: Target, projection: Projection) -> tuple[str, list[str]]:
    level = "total" if target.area_level == "all" else target.area_level
    labels = sorted(set(projection.areas.labels(level)) - {NO_AREA})
    if target.area_code != EVERY_AREA:
        labels = [target.area_code] if target.area_code in labels else []
    return level, labels


def _series(target: Target, projection: Projection, level: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Group units and total units per year (rows) and area (columns)."""
    group, total = {}, {}
    for year in projection.years:
        if target.basis == "new_build":
            table = projection.delivered_mix(year, level)
        else:
            table = projection.mix(year, level, target.dimension)
        group[year] = table[list(target.group)].sum(axis=1)
        total[year] = table.sum(axis=1)
    return pd.DataFrame(group).T, pd.DataFrame(total).T


def _met(value: float, target: Target) -> bool:
    return value >= target.value - _EPS if target.bound == "min" else value <= target.value + _EPS


def _gaps(g: float, t: float, target: Target) -> tuple[int, int | None]:
    v = target.value
    if target.measure == "count":
        need = v - g if target.bound == "min" else g - v
        return max(0, math.ceil(need - _EPS)), max(0, math.ceil(need - _EPS))
    if target.bound == "min":
        need = v * t - g
        added = math.ceil(need / (1 - v) - _EPS) if v < 1 else None
    else:
        need = g - v * t
        added = math.ceil(g / v - t - _EPS) if v > 0 else None
    return max(0, math.ceil(need - _EPS)), None if added is None else max(0, added)


def evaluate(target: Target, projection: Projection) -> list[TargetStatus]:
    """One status per area the target covers."""
    level, labels = _areas(target, projection)
    group, total = _series(target, projection, level)
    years = projection.years
    deadline = target.year if target.year in years else years[-1]
    out = []
    for area in labels:
        values, statuses = [], []
        for year in years:
            g, t = float(group.at[year, area]), float(total.at[year, area])
            if target.measure == "share" and t == 0:
                values.append(None)
                statuses.append(NO_DATA)
                continue
            value = g / t if target.measure == "share" else g
            values.append(value)
            statuses.append(MET if _met(value, target) else NOT_MET)
        first = next((y for y, s in zip(years, statuses) if s == MET), None)
        g, t = float(group.at[deadline, area]), float(total.at[deadline, area])
        at_deadline = statuses[years.index(deadline)]
        gap, added = (0, 0) if at_deadline == MET else ((None, None) if at_deadline == NO_DATA else _gaps(g, t, target))
        out.append(TargetStatus(target, area, years, tuple(values), tuple(statuses), first, deadline, gap, added))
    return out


def evaluate_all(targets, projection: Projection) -> list[TargetStatus]:
    return [status for target in targets for status in evaluate(target, projection)]


def first_year_below(projection: Projection, area: str, share: float, owner: str = "woningcorporatie") -> int | None:
    """The first projected year an area's owner share is at or below `share` (None: never within the horizon)."""
    for year in projection.years:
        table = projection.mix(year, "buurt", "owner")
        if area in table.index:
            total = table.loc[area].sum()
            if total and table.at[area, owner] / total <= share + _EPS:
                return year
    return None


def status_table(statuses: list[TargetStatus], lang: str = "nl") -> pd.DataFrame:
    rows = [{
        "target": s.target.describe(lang), "area": s.area, "year": s.deadline_year, "status": s.status,
        "value": None if s.values[s.years.index(s.deadline_year)] is None else float(np.round(s.values[s.years.index(s.deadline_year)], 6)),
        "first_met": s.first_met, "gap_units": s.gap_units, "gap_if_added": s.gap_if_added, "sentence": s.sentence(lang),
        "source": s.target.source,
    } for s in statuses]
    return pd.DataFrame(rows)
