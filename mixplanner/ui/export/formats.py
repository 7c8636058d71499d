"""The formats the export dialog offers and the views an image can show, named for the user."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mixplanner.reports.exports import IMAGE_SUFFIXES, VIEWS

CONTEXT = "ExportFormats"


@dataclass(frozen=True)
class Format:
    suffix: str
    label: str  # Dutch source text, translated when shown

    @property
    def is_image(self) -> bool:
        return self.suffix in IMAGE_SUFFIXES

    def title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.label)

    def file_filter(self) -> str:
        return f"{self.title()} (*{self.suffix})"


FORMATS = (
    Format(".pdf", QT_TRANSLATE_NOOP("ExportFormats", "PDF-samenvatting (.pdf)")),
    Format(".xlsx", QT_TRANSLATE_NOOP("ExportFormats", "Excel-werkmap (.xlsx)")),
    Format(".pptx", QT_TRANSLATE_NOOP("ExportFormats", "PowerPoint-presentatie (.pptx)")),
    Format(".gpkg", QT_TRANSLATE_NOOP("ExportFormats", "GeoPackage voor QGIS (.gpkg)")),
    Format(".csv", QT_TRANSLATE_NOOP("ExportFormats", "CSV van de projectie (.csv)")),
    Format(".png", QT_TRANSLATE_NOOP("ExportFormats", "Grafiek of kaart als PNG (.png)")),
    Format(".svg", QT_TRANSLATE_NOOP("ExportFormats", "Grafiek of kaart als SVG (.svg)")),
)

_VIEW_LABELS = {
    "mix": QT_TRANSLATE_NOOP("ExportFormats", "Woningmix door de jaren"),
    "before-after": QT_TRANSLATE_NOOP("ExportFormats", "Woningmix per buurt, voor en na"),
    "waterfall": QT_TRANSLATE_NOOP("ExportFormats", "Mutaties in het jaar"),
    "targets": QT_TRANSLATE_NOOP("ExportFormats", "Doelen"),
    "map-before": QT_TRANSLATE_NOOP("ExportFormats", "Kaart nu"),
    "map-after": QT_TRANSLATE_NOOP("ExportFormats", "Kaart in het jaar"),
    "maps": QT_TRANSLATE_NOOP("ExportFormats", "Kaarten nu en in het jaar"),
}


def views() -> list[tuple[str, str]]:
    """(key, translated name) of every view exports.export can draw, in its order."""
    return [(key, QCoreApplication.translate(CONTEXT, _VIEW_LABELS.get(key, key))) for key in VIEWS]


def format_of(suffix: str) -> Format | None:
    return next((f for f in FORMATS if f.suffix == suffix.lower()), None)
