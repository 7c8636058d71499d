"""The words the map shows for a mode: the legend (title, swatches, notes) and the tooltip of a building."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from mixplanner.domain.numbers import fmt_int
from mixplanner.engine.records import DEMOLISHED
from mixplanner.ui.i18n import language
from mixplanner.ui.map.modes import CHANGED, NOW, SCENARIO, UNCHANGED, YearRecords, transitions
from mixplanner.ui.map.overlays import Legend
from mixplanner.ui.map.symbols import CLASSES, SEGMENTS, Symbol, plot_symbol
from mixplanner.ui.vocabulary import label

MAX_TRANSITIONS = 6  # legend lines for changes; the rest are counted in one note

def _name(value: str) -> str:
    return QCoreApplication.translate("MapLegend", "gesloopt") if value == DEMOLISHED else label(value)


def legend_for(mode: str, now: np.ndarray, after: YearRecords | None, marks: list[Symbol]) -> Legend:
    """The legend of a mode; without the scenario year's records every mode falls back to 'Nu'."""
    lang = language()
    mark = {name: marks[i] for i, name in enumerate(CLASSES)}
    if mode == NOW or after is None:
        present = set(np.unique(now.astype(str)))
        return Legend(QCoreApplication.translate("MapLegend", "Nu"), tuple((mark[s], label(s)) for s in SEGMENTS if s in present))
    notes = []
    if after.plots:
        notes.append((plot_symbol(), QCoreApplication.translate("MapLegend", "nieuwbouwkavel (kleur: grootste segment)")))
    if after.unplotted_units:
        text = QCoreApplication.translate("MapLegend", "nieuwbouw zonder kavel: {n} woningen (niet op de kaart)")
        notes.append((None, text.format(n=fmt_int(after.unplotted_units, lang=lang))))
    if mode == SCENARIO:
        present = set(np.unique(after.segments.astype(str)))
        entries = [(mark[s], label(s)) for s in SEGMENTS if s in present]
        if DEMOLISHED in present:
            entries.append((mark[DEMOLISHED], QCoreApplication.translate("MapLegend", "gesloopt")))
        title = QCoreApplication.translate("MapLegend", "Scenario, eind {year}").format(year=after.year)
        return Legend(title, tuple(entries + notes))
    changes = transitions(now, after.segments)
    entries = []
    for before, to, n in changes[:MAX_TRANSITIONS]:
        symbol = mark[DEMOLISHED] if to == DEMOLISHED else mark[CHANGED + to]
        entries.append((symbol, "{a} → {b}: {n}".format(a=_name(before), b=_name(to), n=fmt_int(n, lang=lang))))
    rest = sum(n for _, _, n in changes[MAX_TRANSITIONS:])
    if rest:
        text = QCoreApplication.translate("MapLegend", "en nog {n} andere wijzigingen")
        entries.append((None, text.format(n=fmt_int(rest, lang=lang))))
    if not changes:
        entries.append((None, QCoreApplication.translate("MapLegend", "geen gebouw verandert van segment")))
    entries.append((mark[UNCHANGED], QCoreApplication.translate("MapLegend", "ongewijzigd")))
    title = QCoreApplication.translate("MapLegend", "Verschil nu → eind {year} (gebouwen)").format(year=after.year)
    return Legend(title, tuple(entries + notes))


def building_tooltip(mode: str, building_id: str, now: str, after: str | None) -> str:
    """'id' and the building's segment in the mode; in Verschil 'from → to' (or 'ongewijzigd')."""
    if mode == NOW or after is None:
        return f"{building_id}\n{label(now)}"
    if mode == SCENARIO:
        return f"{building_id}\n{_name(after)}"
    if after == now:
        text = QCoreApplication.translate("MapLegend", "ongewijzigd: {segment}")
        return f"{building_id}\n{text.format(segment=label(now))}"
    return f"{building_id}\n{_name(now)} → {_name(after)}"

