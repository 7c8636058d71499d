"""Compare two projections of the same plan: the difference per area x segment x year, and the targets each meets."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from mixplanner.engine.projection import Projection
from mixplanner.engine.targets import TargetStatus, evaluate_all


@dataclass(frozen=True)
class Comparison:
    a: Projection
    b: Projection
    targets_a: tuple[TargetStatus, ...]
    targets_b: tuple[TargetStatus, ...]

    def difference(self, level: str = "buurt") -> pd.DataFrame:
        """Long table: year, area, segment, units in A, units in B, B minus A."""
        frames = []
        for year in self.a.years:
            ma = self.a.mix(year, level).stack()
            mb = self.b.mix(year, level).stack()
            both = pd.concat({"units_a": ma, "units_b": mb}, axis=1).fillna(0).astype("int64")
            both.index.names = ["area", "segment"]
            both = both.reset_index()
            both.insert(0, "year", year)
            frames.append(both)
        out = pd.concat(frames, ignore_index=True)
        out["difference"] = out["units_b"] - out["units_a"]
        return out

    def target_table(self) -> pd.DataFrame:
        rows = []
        for sa, sb in zip(self.targets_a, self.targets_b):
            rows.append({"target": sa.target.describe(), "area": sa.area, "year": sa.deadline_year,
                         "status_a": sa.status, "status_b": sb.status, "first_met_a": sa.first_met, "first_met_b": sb.first_met,
                         "gap_a": sa.gap_units, "gap_b": sb.gap_units})
        return pd.DataFrame(rows)


def compare(a: Projection, b: Projection, targets) -> Comparison:
    if a.areas != b.areas or a.years != b.years:
        raise ValueError("only projections of the same plan can be compared")
    return Comparison(a, b, tuple(evaluate_all(targets, a)), tuple(evaluate_all(targets, b)))
