"""Mix summaries: units and shares per segment, owner and care type, per buurt, wijk or in total."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from mixplanner.domain.categories import CareType
from mixplanner.domain.classify import Classified

LEVELS = ("buurt", "wijk", "gemeente", "total")
TOTAL = "totaal"
NO_AREA = "(zonder code)"


@dataclass(frozen=True)
class MixSummary:
    """Units per area (rows) and category (columns); intramural care places are counted apart."""

    level: str
    segments: pd.DataFrame
    owners: pd.DataFrame
    care: pd.DataFrame
    intramural_places: pd.Series
    names: pd.Series

    @staticmethod
    def shares(units: pd.DataFrame) -> pd.DataFrame:
        """Each row divided by its total; an area without units gets NaN, not a division error."""
        total = units.sum(axis=1)
        return units.div(total.where(total > 0), axis=0)

    @property
    def totals(self) -> pd.Series:
        return self.segments.sum(axis=1)


def _area_keys(frame: pd.DataFrame, level: str) -> pd.Series:
    if level == "total":
        return pd.Series(TOTAL, index=frame.index)
    return frame[f"{level}_code"].astype(object).where(frame[f"{level}_code"].notna(), NO_AREA)


def _pivot(keys: pd.Series, column: pd.Categorical, units: pd.Series) -> pd.DataFrame:
    table = pd.DataFrame({"area": keys.to_numpy(), "cat": column, "units": units.to_numpy()})
    out = table.groupby(["area", "cat"], observed=False, sort=True)["units"].sum().unstack("cat", fill_value=0)
    out.columns = [str(c) for c in out.columns]
    out.index.name = None
    return out.astype("int64")


def mix_summary(frame: pd.DataFrame, classified: Classified, level: str = "buurt") -> MixSummary:
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    keys = _area_keys(frame, level)
    in_mix = (frame["care_type"] != CareType.INTRAMURAL.value).to_numpy()
    units = frame["units"]
    segments = _pivot(keys[in_mix], classified.segment_categorical()[in_mix], units[in_mix])
    owners = _pivot(keys[in_mix], frame["owner"].array[in_mix], units[in_mix])
    care = _pivot(keys[in_mix], frame["care_type"].array[in_mix], units[in_mix]).drop(columns=[CareType.INTRAMURAL.value])
    intramural = units[~in_mix].groupby(keys[~in_mix].to_numpy()).sum()
    index = segments.index.union(intramural.index)
    segments, owners, care = (t.reindex(index, fill_value=0) for t in (segments, owners, care))
    intramural = intramural.reindex(index, fill_value=0)
    if level in ("buurt",) and "buurt_naam" in frame:
        names = frame.groupby(keys.to_numpy())["buurt_naam"].first().reindex(segments.index)
    else:
        names = pd.Series(None, index=segments.index, dtype=object)
    return MixSummary(level, segments, owners, care, intramural.astype("int64"), names)


def rounded_percentages(units: pd.DataFrame, decimals: int = 1) -> pd.DataFrame:
    """Shares as percentages rounded so that each row adds up to exactly 100 (largest remainder method)."""
    scale = 10**decimals
    total = units.sum(axis=1).to_numpy(dtype=float)
    exact = units.to_numpy(dtype=float) * 100 * scale / np.where(total > 0, total, 1)[:, None]
    floor = np.floor(exact)
    short = np.where(total > 0, 100 * scale - floor.sum(axis=1), 0).astype(int)
    order = np.argsort(-(exact - floor), axis=1, kind="stable")
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(units.shape[1])[None, :].repeat(len(units), axis=0), axis=1)
    floor += ranks < short[:, None]
    out = pd.DataFrame(floor / scale, index=units.index, columns=units.columns)
    return out.where(np.repeat((total > 0)[:, None], units.shape[1], axis=1))


#: The corporatiebuurt line of the Veerkracht studies: more than two thirds corporation-owned.
CORPORATIEBUURT_SHARE = 2 / 3
