"""A file as read, before mapping: cells as text or numbers, the user's row numbers, geometry and CRS."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd


@dataclass
class RawTable:
    """One table from a file. frame columns carry the file's own headers; row_numbers the user's row labels."""

    file: str
    kind: str  # "csv", "xlsx", "parquet", "gpkg", "geojson", "shp", ...
    frame: pd.DataFrame
    row_numbers: np.ndarray  # int64, one per frame row: CSV line / Excel row / feature number
    geometry: np.ndarray | None = None  # shapely geometries (object array) in `crs`, or None for a plain table
    crs: str | None = None  # as declared by the file; None when it declares none
    layer: str | None = None
    notes: list[str] = field(default_factory=list)
    unparsed_rows: list[int] = field(default_factory=list)  # rows that could not be split into columns
    decimal_hint: str | None = None  # the file's likely decimal mark: ',' for a semicolon CSV
    geometry_name: str = "geometry"  # the geometry column as the file names it (GeoPackages often say 'geom')
    valid: np.ndarray | None = None  # shapely.is_valid of geometry, when the reader checked it while reading

    @property
    def rows_in_file(self) -> int:
        return len(self.frame) + len(self.unparsed_rows)

    def __len__(self) -> int:
        return len(self.frame)
