"""The index of areas a projection reports on: buurten, with the wijk and gemeente each lies in."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from mixplanner.domain.mix import NO_AREA
from mixplanner.domain.stock import Stock


@dataclass(frozen=True)
class AreaIndex:
    """Buurt codes in a fixed order (NO_AREA last), with their names, wijk and gemeente codes."""

    codes: tuple[str, ...]
    names: tuple[str, ...]
    wijk: tuple[str, ...]
    gemeente: tuple[str, ...]

    @classmethod
    def from_stock(cls, stock: Stock, areas: pd.DataFrame | None = None) -> "AreaIndex":
        frame = stock.frame
        table = frame[["buurt_code", "buurt_naam", "wijk_code", "gemeente_code"]].astype(object)
        table = table[table["buurt_code"].notna()]
        if areas is not None and not areas.empty:
            extra = areas.reindex(columns=["buurt_code", "buurt_naam", "wijk_code", "gemeente_code"]).astype(object)
            table = pd.concat([table, extra], ignore_index=True)
        first = table.groupby("buurt_code", sort=True).first()
        codes = list(first.index) + [NO_AREA]
        def col(name, fallback):
            return tuple(str(v) if pd.notna(v) else fallback for v in first[name]) + (fallback,)
        return cls(tuple(codes), col("buurt_naam", ""), col("wijk_code", NO_AREA), col("gemeente_code", NO_AREA))

    def __len__(self) -> int:
        return len(self.codes)

    def index_of(self, codes) -> np.ndarray:
        """Positions of buurt codes (missing or unknown -> NO_AREA)."""
        found = pd.Index(self.codes).get_indexer(pd.Index(pd.Series(codes, dtype=object).fillna(NO_AREA)))
        return np.where(found < 0, len(self.codes) - 1, found).astype(np.int32)

    def level_codes(self, level: str) -> tuple[np.ndarray, tuple[str, ...]]:
        """For each buurt, the index of its label at a level among that level's distinct labels."""
        codes, labels = pd.factorize(pd.Series(self.labels(level), dtype=object))
        return codes.astype(np.int32), tuple(labels)

    def position(self, code: str) -> int:
        try:
            return self.codes.index(code)
        except ValueError:
            raise KeyError(code) from None

    def labels(self, level: str) -> tuple[str, ...]:
        """The label of each buurt at a level: its own code, its wijk, its gemeente, or 'totaal'."""
        if level == "buurt":
            return self.codes
        if level == "wijk":
            return self.wijk
        if level == "gemeente":
            return self.gemeente
        return tuple("totaal" for _ in self.codes)
