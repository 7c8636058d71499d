"""The closed vocabularies of the stock: owners, segments, social price bands, dwelling and care types."""

from __future__ import annotations

from enum import StrEnum


class Owner(StrEnum):
    CORPORATION = "woningcorporatie"
    PRIVATE_LANDLORD = "particuliere verhuurder"
    OWNER_OCCUPIER = "eigenaar-bewoner"
    UNKNOWN = "onbekend"

    @property
    def label_en(self) -> str:
        return _OWNER_EN[self]


_OWNER_EN = {
    Owner.CORPORATION: "housing corporation",
    Owner.PRIVATE_LANDLORD: "private landlord",
    Owner.OWNER_OCCUPIER: "owner-occupier",
    Owner.UNKNOWN: "unknown",
}


class Segment(StrEnum):
    SOCIAL_RENT = "sociale huur"
    MID_RENT = "middenhuur"
    FREE_RENT = "vrije sector huur"
    AFFORDABLE_OWNED = "betaalbare koop"
    EXPENSIVE_OWNED = "dure koop"
    UNKNOWN = "onbekend"

    @property
    def label_en(self) -> str:
        return _SEGMENT_EN[self]

    @property
    def is_rental(self) -> bool:
        return self in (Segment.SOCIAL_RENT, Segment.MID_RENT, Segment.FREE_RENT)


_SEGMENT_EN = {
    Segment.SOCIAL_RENT: "social rent",
    Segment.MID_RENT: "regulated mid rent",
    Segment.FREE_RENT: "free-sector rent",
    Segment.AFFORDABLE_OWNED: "affordable owner-occupied",
    Segment.EXPENSIVE_OWNED: "expensive owner-occupied",
    Segment.UNKNOWN: "unknown",
}

#: "Betaalbaar" in the national targets: sociale huur + middenhuur + betaalbare koop.
AFFORDABLE_SEGMENTS = (Segment.SOCIAL_RENT, Segment.MID_RENT, Segment.AFFORDABLE_OWNED)


class PriceBand(StrEnum):
    """Price bands inside social rent; empty for every other segment."""

    CHEAP = "goedkoop"
    AFFORDABLE = "betaalbaar"
    EXPENSIVE = "duur"
    NONE = ""


class DwellingType(StrEnum):
    SINGLE_FAMILY = "eengezins"
    MULTI_FAMILY = "meergezins"
    UNKNOWN = "onbekend"


class CareType(StrEnum):
    NONE = "geen"
    STEP_FREE = "nultreden"
    CLUSTERED = "geclusterd"
    CARE_HOME = "zorgwoning"
    #: Intramural care places: counted, but kept apart from the dwelling mix (they are not dwellings in CBS/BAG).
    INTRAMURAL = "intramuraal"

    @property
    def in_dwelling_mix(self) -> bool:
        return self is not CareType.INTRAMURAL
