"""Interventions in the stock (sale, new build, demolition, care, turnover, acquisition, relabel) as frozen data."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import ClassVar

from mixplanner.domain.categories import CareType, DwellingType, Owner, Segment
from mixplanner.domain.filters import FilterError, parse_filter

Programme = tuple[tuple[str, float], ...]  # (segment, share) pairs; shares add up to 1

#: Who owns a new dwelling of each segment unless the intervention says otherwise.
DEFAULT_OWNER = {
    Segment.SOCIAL_RENT.value: Owner.CORPORATION.value,
    Segment.MID_RENT.value: Owner.PRIVATE_LANDLORD.value,
    Segment.FREE_RENT.value: Owner.PRIVATE_LANDLORD.value,
    Segment.AFFORDABLE_OWNED.value: Owner.OWNER_OCCUPIER.value,
    Segment.EXPENSIVE_OWNED.value: Owner.OWNER_OCCUPIER.value,
}
BUILDABLE = tuple(DEFAULT_OWNER)


class InterventionError(ValueError):
    """An intervention's own parameters are wrong (found before any projection runs)."""


@dataclass(frozen=True)
class Selection:
    """Which records an intervention acts on: explicit ids, a filter, a polygon (WKT, EPSG:28992), or all."""

    ids: tuple[str, ...] = ()
    filter: str = ""
    polygon_wkt: str = ""

    def __post_init__(self) -> None:
        try:
            parse_filter(self.filter)
        except FilterError as exc:
            raise InterventionError(f"filter: {exc}") from exc

    def describe(self) -> str:
        parts = []
        if self.ids:
            parts.append(f"{len(self.ids)} records" if len(self.ids) > 3 else ", ".join(self.ids))
        if self.filter:
            parts.append(self.filter)
        if self.polygon_wkt:
            parts.append("within a drawn polygon")
        return "; ".join(parts) or "all records"


def check_programme(programme: Programme, what: str) -> None:
    if not programme:
        raise InterventionError(f"{what}: the programme is empty")
    for segment, share in programme:
        if segment not in BUILDABLE:
            raise InterventionError(f"{what}: '{segment}' is not a segment one can build ({', '.join(BUILDABLE)})")
        if not 0 <= share <= 1:
            raise InterventionError(f"{what}: share {share} for {segment} is not between 0 and 1")
    total = sum(s for _, s in programme)
    if not math.isclose(total, 1.0, abs_tol=1e-6):
        raise InterventionError(f"{what}: the programme shares add up to {total:.0%}, not 100%")


@dataclass(frozen=True, kw_only=True)
class Intervention:
    """Common to every intervention: a label for people, and a switch to leave it out of a run."""

    label: str = ""
    enabled: bool = True
    kind: ClassVar[str] = ""

    def years(self) -> tuple[int, ...]:
        raise NotImplementedError

    def title(self) -> str:
        years = self.years()
        return self.label or (f"{self.kind} {years[0]}" if years else self.kind)

    def with_changes(self, **changes) -> "Intervention":
        return replace(self, **changes)

    def check(self) -> None:
        """Raise InterventionError when the parameters make no sense on their own."""


@dataclass(frozen=True, kw_only=True)
class InYear(Intervention):
    """An intervention that acts once, in one year, on a selection of records."""

    year: int
    selection: Selection = field(default_factory=Selection)

    def years(self):
        return (self.year,)


@dataclass(frozen=True, kw_only=True)
class Sell(InYear):
    """Verkoop: units from corporation (or other rental) records become owner-occupied."""

    kind: ClassVar[str] = "verkoop"
    units: int | None = None
    share: float | None = None
    price: float | None = None  # value per unit; default: WOZ x (1 - discount)
    discount: float = 0.0

    def check(self) -> None:
        if (self.units is None) == (self.share is None):
            raise InterventionError(f"{self.title()}: give either a number of units or a share, not both or neither")
        if self.units is not None and self.units < 1:
            raise InterventionError(f"{self.title()}: sell at least 1 unit")
        if self.share is not None and not 0 < self.share <= 1:
            raise InterventionError(f"{self.title()}: the share to sell must be above 0% and at most 100%")
        if not 0 <= self.discount < 1:
            raise InterventionError(f"{self.title()}: the discount must be from 0% up to (not including) 100%")


@dataclass(frozen=True, kw_only=True)
class Build(Intervention):
    """Nieuwbouw: units split over segments by a programme, delivered on a schedule, in one buurt."""

    kind: ClassVar[str] = "nieuwbouw"
    buurt_code: str
    schedule: tuple[tuple[int, int], ...]  # (year, units planned)
    programme: Programme
    dwelling_type: str = DwellingType.MULTI_FAMILY.value
    care_type: str = CareType.NONE.value
    floor_area: float = 70.0
    rents: tuple[tuple[str, float], ...] = ()  # segment -> rent at delivery; default from the thresholds
    values: tuple[tuple[str, float], ...] = ()  # owned segment -> value at delivery; default from the thresholds
    owners: tuple[tuple[str, str], ...] = ()  # segment -> owner; default DEFAULT_OWNER
    realisation_rate: float = 1.0
    plot_wkt: str = ""

    def years(self):
        return tuple(y for y, _ in self.schedule)

    @property
    def planned_units(self) -> int:
        return sum(u for _, u in self.schedule)

    def check(self) -> None:
        if not self.schedule:
            raise InterventionError(f"{self.title()}: no delivery years")
        if any(u < 0 for _, u in self.schedule) or self.planned_units < 1:
            raise InterventionError(f"{self.title()}: plan at least 1 unit, and no negative numbers")
        check_programme(self.programme, self.title())
        if not 0 < self.realisation_rate <= 1.5:
            raise InterventionError(f"{self.title()}: a realisation rate must be above 0% and at most 150%")
        _check_vocab(self, "dwelling_type", DwellingType)
        _check_vocab(self, "care_type", CareType)
        for segment, owner in self.owners:
            if owner not in {o.value for o in Owner}:
                raise InterventionError(f"{self.title()}: '{owner}' is not an owner")


@dataclass(frozen=True, kw_only=True)
class Demolish(InYear):
    """Sloop: the selected records (or a number of their units) leave the stock."""

    kind: ClassVar[str] = "sloop"
    units: int | None = None  # None: every selected unit

    def check(self) -> None:
        if self.units is not None and self.units < 1:
            raise InterventionError(f"{self.title()}: demolish at least 1 unit")


@dataclass(frozen=True, kw_only=True)
class DemolishReplace(InYear):
    """Sloop-nieuwbouw: demolish, then after gap years build ratio x the demolished units, in the same buurten."""

    kind: ClassVar[str] = "sloop-nieuwbouw"
    units: int | None = None
    ratio: float = 1.0
    gap_years: int = 2
    programme: Programme = ((Segment.SOCIAL_RENT.value, 1.0),)
    dwelling_type: str = DwellingType.MULTI_FAMILY.value
    floor_area: float = 70.0

    def years(self):
        return (self.year, self.year + self.gap_years)

    def check(self) -> None:
        if self.units is not None and self.units < 1:
            raise InterventionError(f"{self.title()}: demolish at least 1 unit")
        if not 0 <= self.ratio <= 5:
            raise InterventionError(f"{self.title()}: the replacement ratio must be between 0 and 5")
        if not 0 <= self.gap_years <= 15:
            raise InterventionError(f"{self.title()}: the gap between demolition and delivery must be 0 to 15 years")
        check_programme(self.programme, self.title())
        _check_vocab(self, "dwelling_type", DwellingType)


@dataclass(frozen=True, kw_only=True)
class ConvertCare(InYear):
    """Zorg: a number of selected units become nultreden, geclusterd, zorgwoning (or intramural places)."""

    kind: ClassVar[str] = "zorg"
    units: int
    care_type: str = CareType.CLUSTERED.value

    def check(self) -> None:
        if self.units < 1:
            raise InterventionError(f"{self.title()}: convert at least 1 unit")
        _check_vocab(self, "care_type", CareType)
        if self.care_type == CareType.NONE.value:
            raise InterventionError(f"{self.title()}: choose the care type the units become")


@dataclass(frozen=True, kw_only=True)
class Turnover(Intervention):
    """Transformatie bij mutatie: each year a share of the units that turn over is re-let in another segment."""

    kind: ClassVar[str] = "transformatie"
    first_year: int
    last_year: int
    selection: Selection = field(default_factory=Selection)
    relet_share: float  # of the units that turn over
    to_segment: str
    cap: int | None = None  # at most this many units over all years
    rent: float | None = None  # rent after re-letting; default from the thresholds

    def years(self):
        return tuple(range(self.first_year, self.last_year + 1))

    def check(self) -> None:
        if self.last_year < self.first_year:
            raise InterventionError(f"{self.title()}: the last year comes before the first")
        if not 0 < self.relet_share <= 1:
            raise InterventionError(f"{self.title()}: the share re-let must be above 0% and at most 100%")
        if self.to_segment not in (Segment.SOCIAL_RENT.value, Segment.MID_RENT.value, Segment.FREE_RENT.value):
            raise InterventionError(f"{self.title()}: units can be re-let as sociale huur, middenhuur or vrije sector huur")
        if self.cap is not None and self.cap < 1:
            raise InterventionError(f"{self.title()}: a cap must be at least 1 unit")


@dataclass(frozen=True, kw_only=True)
class Acquire(InYear):
    """Aankoop: a corporation buys private units and lets them as social rent."""

    kind: ClassVar[str] = "aankoop"
    units: int
    rent: float | None = None  # default: just under the aftoppingsgrens

    def check(self) -> None:
        if self.units < 1:
            raise InterventionError(f"{self.title()}: acquire at least 1 unit")


@dataclass(frozen=True, kw_only=True)
class Relabel(InYear):
    """Change the owner and/or the segment of the selected records."""

    kind: ClassVar[str] = "herlabelen"
    owner: str | None = None
    segment: str | None = None

    def check(self) -> None:
        if self.owner is None and self.segment is None:
            raise InterventionError(f"{self.title()}: give a new owner, a new segment, or both")
        if self.owner is not None and self.owner not in {o.value for o in Owner}:
            raise InterventionError(f"{self.title()}: '{self.owner}' is not an owner")
        if self.segment is not None and self.segment not in {s.value for s in Segment}:
            raise InterventionError(f"{self.title()}: '{self.segment}' is not a segment")


def _check_vocab(item: Intervention, name: str, enum) -> None:
    value = getattr(item, name)
    if value not in {m.value for m in enum}:
        raise InterventionError(f"{item.title()}: '{value}' is not a valid {name}")


KINDS: dict[str, type[Intervention]] = {
    cls.kind: cls for cls in (Sell, Build, Demolish, DemolishReplace, ConvertCare, Turnover, Acquire, Relabel)
}

