"""Display names of the domain's closed vocabularies (segments, owners, types, kinds, statuses), translated at display time.

The domain keeps its Dutch values; only what the window shows goes through Qt's translator, under the context
"Vocabulary". The English names of segments and owners match the domain's label_en, which the charts use.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mixplanner.domain.stock import FIELD_BY_NAME
from mixplanner.ui.i18n import language

CONTEXT = "Vocabulary"

#: every value the window may show, listed so that lupdate finds them
VALUES = (
    # segments
    QT_TRANSLATE_NOOP("Vocabulary", "sociale huur"),
    QT_TRANSLATE_NOOP("Vocabulary", "middenhuur"),
    QT_TRANSLATE_NOOP("Vocabulary", "vrije sector huur"),
    QT_TRANSLATE_NOOP("Vocabulary", "betaalbare koop"),
    QT_TRANSLATE_NOOP("Vocabulary", "dure koop"),
    QT_TRANSLATE_NOOP("Vocabulary", "onbekend"),
    # owners
    QT_TRANSLATE_NOOP("Vocabulary", "woningcorporatie"),
    QT_TRANSLATE_NOOP("Vocabulary", "particuliere verhuurder"),
    QT_TRANSLATE_NOOP("Vocabulary", "eigenaar-bewoner"),
    # dwelling types
    QT_TRANSLATE_NOOP("Vocabulary", "eengezins"),
    QT_TRANSLATE_NOOP("Vocabulary", "meergezins"),
    # care types
    QT_TRANSLATE_NOOP("Vocabulary", "geen"),
    QT_TRANSLATE_NOOP("Vocabulary", "nultreden"),
    QT_TRANSLATE_NOOP("Vocabulary", "geclusterd"),
    QT_TRANSLATE_NOOP("Vocabulary", "zorgwoning"),
    QT_TRANSLATE_NOOP("Vocabulary", "intramuraal"),
    # intervention kinds
    QT_TRANSLATE_NOOP("Vocabulary", "verkoop"),
    QT_TRANSLATE_NOOP("Vocabulary", "nieuwbouw"),
    QT_TRANSLATE_NOOP("Vocabulary", "zorg"),
    QT_TRANSLATE_NOOP("Vocabulary", "sloop"),
    QT_TRANSLATE_NOOP("Vocabulary", "transformatie"),
    QT_TRANSLATE_NOOP("Vocabulary", "aankoop"),
    QT_TRANSLATE_NOOP("Vocabulary", "sloop-nieuwbouw"),
    QT_TRANSLATE_NOOP("Vocabulary", "herlabelen"),
    # the scenario every plan has
    QT_TRANSLATE_NOOP("Vocabulary", "Basis (geen ingrepen)"),
    # target statuses
    QT_TRANSLATE_NOOP("Vocabulary", "gehaald"),
    QT_TRANSLATE_NOOP("Vocabulary", "niet gehaald"),
    QT_TRANSLATE_NOOP("Vocabulary", "geen gegevens"),
)


def label(value: str) -> str:
    """The display name of a vocabulary value in the interface language (the value itself when it has none)."""
    return QCoreApplication.translate(CONTEXT, value) if value else value


def choices(values) -> list[tuple[str, str]]:
    """(value, display name) pairs for a combo box."""
    return [(v, label(v)) for v in values]


def field_label(name: str) -> str:
    """The display name of a stock field (e.g. 'rent') in the interface language: its label_nl or label_en."""
    field = FIELD_BY_NAME[name]
    return field.label_en if language() == "en" else field.label_nl
