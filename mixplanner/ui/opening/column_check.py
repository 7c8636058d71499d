"""Whether a table's columns need the user: no classifying column found, or columns not recognised (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from mixplanner.domain.stock import FIELDS, Field
from mixplanner.io import bag, cbs
from mixplanner.io.columns import ColumnMapping, match_columns, normalise_header
from mixplanner.io.raw import RawTable
from mixplanner.io.records import CLASSIFYING_FIELDS

#: The stock fields a file column can be assigned to (the row number and geometry come from the file itself).
MAPPABLE_FIELDS: tuple[Field, ...] = tuple(f for f in FIELDS if f.name not in ("source_row", "geometry"))


@dataclass(frozen=True)
class ColumnCheck:
    headers: tuple[str, ...]
    matched: dict[str, str]  # file header -> stock field
    unrecognised: tuple[str, ...]  # headers neither matched nor explicitly ignored by the mapping
    missing_required: bool  # none of the classifying fields (owner, rent, points, WOZ, segment) is matched

    @property
    def open_fields(self) -> tuple[str, ...]:
        """Stock fields no column was matched to; an explicit segment stays open on purpose (it overrides the rule)."""
        taken = set(self.matched.values()) | {"segment_override"}
        return tuple(f.name for f in MAPPABLE_FIELDS if f.name not in taken)

    @property
    def needs_user(self) -> bool:
        """Ask when no row could be classified, or when an unrecognised column might be a field still open; extra
        columns next to a complete set of fields are carried along without asking."""
        return self.missing_required or bool(self.unrecognised and self.open_fields)


def check_columns(raw: RawTable, mapping: ColumnMapping) -> ColumnCheck:
    """What the loader would make of the headers; CBS and BAG files follow their own rules and never need the user."""
    headers = tuple(str(h) for h in raw.frame.columns)
    if cbs.looks_like_kwb(raw) or bag.looks_like_bag_vbo(raw) or bag.looks_like_bag_pand(raw):
        return ColumnCheck(headers, {}, (), False)
    matched, unmapped, _ = match_columns(list(headers), mapping)
    ignored = {normalise_header(h) for h, target in mapping.columns.items() if target == ""}
    unrecognised = tuple(h for h in unmapped if normalise_header(h) not in ignored)
    return ColumnCheck(headers, matched, unrecognised, missing_required(matched.values()))


def missing_required(fields) -> bool:
    """True when no classifying field is among `fields`: the loader would reject every row."""
    return not set(fields) & set(CLASSIFYING_FIELDS)
