"""A sketched plot: its outline, area, the buurt it lies in and an indicative capacity at a density per hectare."""

from __future__ import annotations

from dataclasses import dataclass

import shapely
from PySide6.QtCore import QCoreApplication

from mixplanner.domain.numbers import fmt_int, fmt_num
from mixplanner.ui.i18n import language

M2_PER_HA = 10_000


@dataclass(frozen=True)
class Plot:
    wkt: str  # EPSG:28992
    area_m2: float
    density_per_ha: float
    buurt_code: str | None = None  # the buurt holding the plot's centroid

    @classmethod
    def from_wkt(cls, wkt: str, density_per_ha: float, buurt_code: str | None = None) -> "Plot":
        return cls(wkt, float(shapely.area(shapely.from_wkt(wkt))), density_per_ha, buurt_code)

    @property
    def hectares(self) -> float:
        return self.area_m2 / M2_PER_HA

    @property
    def capacity(self) -> int:
        """Indicative number of dwellings: hectares x dwellings per hectare, to the nearest whole dwelling."""
        return int(round(self.hectares * self.density_per_ha))

    def centroid(self) -> tuple[float, float]:
        point = shapely.centroid(shapely.from_wkt(self.wkt))
        return point.x, point.y


def area_text(plot: Plot) -> str:
    """'10.000 m² (1,00 ha)' in the interface language's number format."""
    lang = language()
    return QCoreApplication.translate("Plot", "{m2} m² ({ha} ha)").format(
        m2=fmt_int(plot.area_m2, lang=lang), ha=fmt_num(plot.hectares, 2, lang=lang))


def capacity_text(plot: Plot) -> str:
    """'indicatief 60 woningen (60 per ha)'."""
    lang, density = language(), plot.density_per_ha
    return QCoreApplication.translate("Plot", "indicatief {n} woningen ({density} per ha)").format(
        n=fmt_int(plot.capacity, lang=lang), density=fmt_num(density, 0 if float(density).is_integer() else 1, lang=lang))
