"""The map's spatial index: STRtrees over chunks of records, built piecewise so a worker thread yields the GIL."""

from __future__ import annotations

import numpy as np
import shapely

CHUNK = 15_000  # records per tree: building one holds the GIL for 5-10 ms


class SpatialIndex:
    """Answers which records a geometry hits, as indices into the records it was built from."""

    def __init__(self, geometries: np.ndarray, chunk: int = CHUNK) -> None:
        geometries = np.asarray(geometries, dtype=object)
        self._trees = [(start, shapely.STRtree(geometries[start:start + chunk])) for start in range(0, len(geometries), chunk)]

    def query(self, geometry, predicate: str | None = None) -> np.ndarray:
        hits = [start + tree.query(geometry, predicate=predicate) for start, tree in self._trees]
        return np.concatenate(hits) if hits else np.zeros(0, dtype=np.int64)

    def nearest(self, geometry, max_distance: float) -> int | None:
        """The record nearest to a geometry within max_distance (the first in record order on a tie)."""
        best: tuple[float, int] | None = None
        for start, tree in self._trees:
            found, distance = tree.query_nearest(geometry, max_distance=max_distance, return_distance=True)
            if len(found) and (best is None or distance[0] < best[0]):
                best = (float(distance[0]), start + int(found[0]))
        return best[1] if best else None
