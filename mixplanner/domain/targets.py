"""Targets for the mix (a share or a number of units, in the stock or in new build, per area, by a year) and presets."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from mixplanner.domain.categories import AFFORDABLE_SEGMENTS, Owner, Segment

AREA_LEVELS = ("buurt", "wijk", "gemeente", "all")
EVERY_AREA = "*"

#: Named groups planners use in targets.
GROUPS = {
    "betaalbaar": tuple(s.value for s in AFFORDABLE_SEGMENTS),
    "midden": (Segment.MID_RENT.value, Segment.AFFORDABLE_OWNED.value),
    "duur": (Segment.FREE_RENT.value, Segment.EXPENSIVE_OWNED.value),
    "huur": (Segment.SOCIAL_RENT.value, Segment.MID_RENT.value, Segment.FREE_RENT.value),
    "koop": (Segment.AFFORDABLE_OWNED.value, Segment.EXPENSIVE_OWNED.value),
}


class TargetError(ValueError):
    """A target's definition is not valid."""


@dataclass(frozen=True, kw_only=True)
class Target:
    """E.g. 'sociale huur at least 30% of the gemeente's stock by 2030'."""

    area_level: str  # buurt | wijk | gemeente | all
    area_code: str = EVERY_AREA  # one code, or every area at that level
    dimension: str = "segment"  # segment | owner
    group: tuple[str, ...]
    basis: str = "stock"  # stock | new_build (units delivered from the base year on)
    measure: str = "share"  # share | count
    bound: str = "min"  # min | max
    value: float
    year: int
    label: str = ""
    source: str = ""

    def __post_init__(self) -> None:
        if self.area_level not in AREA_LEVELS:
            raise TargetError(f"area level must be one of {', '.join(AREA_LEVELS)}")
        if self.dimension not in ("segment", "owner"):
            raise TargetError("a target measures segments or owners")
        allowed = {s.value for s in Segment} if self.dimension == "segment" else {o.value for o in Owner}
        unknown = [g for g in self.group if g not in allowed]
        if not self.group or unknown:
            raise TargetError(f"target group {', '.join(unknown) or '(empty)'} is not a valid {self.dimension}")
        if self.basis not in ("stock", "new_build"):
            raise TargetError("a target is about the stock or about new build")
        if self.basis == "new_build" and self.dimension != "segment":
            raise TargetError("new-build targets measure segments")
        if self.measure not in ("share", "count") or self.bound not in ("min", "max"):
            raise TargetError("measure is share or count; bound is min or max")
        if self.measure == "share" and not 0 <= self.value <= 1:
            raise TargetError(f"a share target lies between 0 and 1, not {self.value}")

    def describe(self, lang: str = "nl") -> str:
        """'woningcorporatie hoogstens 67% (voorraad, elke buurt, 2035)'; in English every word English (the
        categories' label_en): 'housing corporation at most 67% (stock, every neighbourhood, 2035)'."""
        if self.label:
            return self.label
        words = _WORDS["en" if lang == "en" else "nl"]
        amount = f"{self.value:.0%}" if self.measure == "share" else f"{self.value:.0f}"
        if self.area_code != EVERY_AREA:
            where = self.area_code
        elif self.area_level == "all":
            where = words["all"]
        else:
            where = f"{words['every']} {words[self.area_level]}"
        return (f"{group_text(self.group, self.dimension, lang)} {words[self.bound]} {amount} "
                f"({words[self.basis]}, {where}, {self.year})")


#: The words of a target's description; the English level names are those of the reports (reports/labels.py).
_WORDS = {
    "nl": {"min": "minstens", "max": "hoogstens", "stock": "voorraad", "new_build": "nieuwbouw", "every": "elke",
           "all": "het hele plan", "buurt": "buurt", "wijk": "wijk", "gemeente": "gemeente"},
    "en": {"min": "at least", "max": "at most", "stock": "stock", "new_build": "new build", "every": "every",
           "all": "the whole plan", "buurt": "neighbourhood", "wijk": "district", "gemeente": "municipality"},
}


def group_text(group: tuple[str, ...], dimension: str = "segment", lang: str = "nl") -> str:
    """A (valid) target group as words: 'sociale huur + middenhuur'; in English the categories' label_en."""
    if lang != "en":
        return " + ".join(group)
    kind = Segment if dimension == "segment" else Owner
    return " + ".join(kind(g).label_en for g in group)


@dataclass(frozen=True)
class Preset:
    key: str
    label: str
    source: str
    targets: tuple[Target, ...]


def load_presets(path: Path | None = None) -> dict[str, Preset]:
    if path is None:
        from mixplanner.resources import resource_path

        path = resource_path("policy", "targets.json")
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    presets = {}
    for key, entry in data["presets"].items():
        targets = tuple(
            Target(**{**t, "group": tuple(t["group"]), "label": t.get("label", ""), "source": entry["source"]})
            for t in entry["targets"]
        )
        presets[key] = Preset(key, entry["label"], entry["source"], targets)
    return presets
