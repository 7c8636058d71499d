"""The versioned table of policy thresholds (rent limits, point bands, purchase limits) per year."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

#: Default yearly indexation of money thresholds after the last published year [assumption: user setting].
DEFAULT_THRESHOLD_INDEXATION = 0.03

MONEY_UNITS = ("EUR/maand", "EUR")


class PolicyError(ValueError):
    """The policy table cannot serve the requested year or is malformed."""


@dataclass(frozen=True)
class Figure:
    """One threshold for one year, with where it came from."""

    key: str
    value: float | None
    source: str
    derived: bool = False
    unverified: bool = False


@dataclass(frozen=True)
class Thresholds:
    """All thresholds in force in one policy year (a None value: not applicable that year)."""

    year: int
    figures: Mapping[str, Figure]
    table_version: str

    def __getitem__(self, key: str) -> float | None:
        return self.figures[key].value

    @property
    def liberalisatiegrens(self) -> float:
        return self["liberalisatiegrens"]

    @property
    def kwaliteitskortingsgrens(self) -> float:
        return self["kwaliteitskortingsgrens"]

    @property
    def aftoppingsgrens_hoog(self) -> float:
        return self["aftoppingsgrens_hoog"]

    @property
    def middenhuur_max_huur(self) -> float | None:
        return self["middenhuur_max_huur"]

    @property
    def betaalbaarheidsgrens_koop(self) -> float:
        return self["betaalbaarheidsgrens_koop"]

    @property
    def punten_sociaal_max(self) -> float:
        return self["punten_sociaal_max"]

    @property
    def punten_midden_max(self) -> float | None:
        return self["punten_midden_max"]


@dataclass(frozen=True)
class PolicyTable:
    """Published thresholds by year; years after the last one are indexed at a given rate."""

    version: str
    entries: Mapping[str, Mapping]
    sources: Mapping[str, str]
    years: tuple[int, ...] = field(default=())

    @classmethod
    def from_file(cls, path: Path) -> "PolicyTable":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            entries = data["thresholds"]
            years = sorted({int(y) for e in entries.values() for y in e["values"]})
            return cls(data["table_version"], MappingProxyType(entries), MappingProxyType(data["sources"]), tuple(years))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise PolicyError(f"policy table {path} cannot be read: {exc}") from exc

    @classmethod
    def bundled(cls) -> "PolicyTable":
        return _bundled()

    def label(self, key: str, lang: str = "nl") -> str:
        return self.entries[key][f"label_{lang}"]

    def unit(self, key: str) -> str:
        return self.entries[key]["unit"]

    def source_text(self, figure: Figure) -> str:
        return self.sources.get(figure.source, figure.source)

    def for_year(self, year: int, indexation: float = DEFAULT_THRESHOLD_INDEXATION) -> Thresholds:
        first, last = self.years[0], self.years[-1]
        if year < first:
            raise PolicyError(f"policy year {year} is before the first year in the policy table ({first})")
        figures = {key: self._figure(key, year, last, indexation) for key in self.entries}
        return Thresholds(year, MappingProxyType(figures), self.version)

    def _figure(self, key: str, year: int, last: int, indexation: float) -> Figure:
        entry = self.entries[key]
        published = entry["values"].get(str(min(year, last)))
        if year <= last and published is not None and published["value"] is not None:
            return Figure(key, float(published["value"]), published["source"], unverified=bool(published.get("unverified")))
        if year <= last and published is not None and published.get("not_applicable"):
            return Figure(key, None, published["source"])
        base_year = max(int(y) for y, v in entry["values"].items() if v["value"] is not None and int(y) < year)
        base = float(entry["values"][str(base_year)]["value"])
        steps = year - base_year
        if entry["unit"] in MONEY_UNITS:
            value = round(base * (1 + indexation) ** steps, 2)
            note = f"derived from {base_year} at {indexation:.1%} a year"
        else:
            value = base
            note = f"as in {base_year}"
        return Figure(key, value, note, derived=True, unverified=year <= last)


@lru_cache(maxsize=1)
def _bundled() -> PolicyTable:
    from mixplanner.resources import resource_path

    return PolicyTable.from_file(resource_path("policy", "thresholds.json"))
