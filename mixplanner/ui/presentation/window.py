"""Presentation mode: one large view at a time, full screen, stepped with the keyboard or a presenter clicker."""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from mixplanner.domain import edits
from mixplanner.domain.scenario import BASELINE
from mixplanner.reports.labels import area_names
from mixplanner.ui import i18n
from mixplanner.ui.document import PlanDocument
from mixplanner.ui.presentation import data, views
from mixplanner.ui.presentation.keyhelp import KeyHelp
from mixplanner.ui.presentation.strip import PresentationStrip
from mixplanner.ui.tasks import TaskRunner
from mixplanner.ui.worker import baseline_key

_NEXT_VIEW = (Qt.Key_PageDown, Qt.Key_Right, Qt.Key_Space)
_PREVIOUS_VIEW = (Qt.Key_PageUp, Qt.Key_Left, Qt.Key_Backspace)
_LATER = (Qt.Key_Up, Qt.Key_Plus, Qt.Key_Equal)
_EARLIER = (Qt.Key_Down, Qt.Key_Minus)
_DIGITS = {getattr(Qt, f"Key_{n}"): n for n in range(1, 10)}


class PresentationWindow(QWidget):
    """Shows the document's latest projection; the maps and the comparison's second scenario are computed here,
    off the UI thread, and only the visible view is redrawn."""

    closed = Signal()
    view_drawn = Signal(str)  # the name of the view now on screen

    def __init__(self, document: PlanDocument, parent: QWidget | None = None):
        super().__init__(parent, Qt.Window)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Presentatie - mixplanner"))
        self.setFocusPolicy(Qt.StrongFocus)
        self.setStyleSheet("PresentationWindow { background: white; }")
        self.document = document
        self.view = 0
        self.year: int | None = None
        self.focus_index = 0
        self.figure = Figure(layout="constrained", facecolor="white")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setFocusPolicy(Qt.NoFocus)  # every key reaches the window
        self.strip = PresentationStrip()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.strip)
        self.help = KeyHelp(self)
        self.tasks = TaskRunner(self)
        self._cache: dict[str, tuple[object, object]] = {}  # slot -> (key, value)
        self._pending: dict[str, object] = {}
        self._redraw_timer = QTimer(self, singleShot=True, interval=0)
        self._redraw_timer.timeout.connect(self.redraw)
        document.projection_finished.connect(self._on_document_projection_finished)
        document.projection_failed.connect(self._on_document_projection_failed)
        document.plan_changed.connect(self._on_document_recomputing)
        document.scenario_changed.connect(self._on_document_recomputing)
        self.tasks.finished.connect(self._on_tasks_finished)
        self.tasks.failed.connect(lambda _slot, message: self.strip.set_state(message, warning=True))
        if document.result is not None:
            self._on_document_projection_finished(document.result)
        self._update_strip()

    def start(self) -> None:
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    @property
    def view_name(self) -> str:
        return views.VIEWS[self.view]

    def view_title(self) -> str:
        titles = {"targets": self.tr("Mix en doelen"), "map": self.tr("Kaart voor en na"),
                  "comparison": self.tr("Scenario's vergeleken")}
        return self.tr("{title} ({n}/{count})").format(title=titles[self.view_name], n=self.view + 1,
                                                       count=len(views.VIEWS))

    def keyPressEvent(self, event) -> None:
        key, shift = event.key(), bool(event.modifiers() & Qt.ShiftModifier)
        if key == Qt.Key_Escape and self.help.isVisible():  # Esc first closes the key help, then the presentation
            self.help.toggle()
        elif key == Qt.Key_Escape:
            self.close()
        elif key in _NEXT_VIEW or key in _PREVIOUS_VIEW:
            self.step_view(1 if key in _NEXT_VIEW else -1)
        elif key in _LATER or key in _EARLIER:
            self.step_year(1 if key in _LATER else -1)
        elif key == Qt.Key_S:
            self.step_scenario(-1 if shift else 1)
        elif key == Qt.Key_A:
            self.step_focus(-1 if shift else 1)
        elif key in _DIGITS:
            self.toggle_intervention(_DIGITS[key] - 1)
        elif key in (Qt.Key_H, Qt.Key_F1):
            self.help.toggle()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def step_view(self, step: int) -> None:
        self.view = (self.view + step) % len(views.VIEWS)
        self._changed()

    def step_year(self, step: int) -> None:
        years = self.document.result.projection.years if self.document.result else ()
        if years and self.year is not None:
            self.year = min(max(self.year + step, years[0]), years[-1])
            self._changed()

    def step_scenario(self, step: int) -> None:
        names = [s.name for s in self.document.plan.scenarios]
        at = names.index(self.document.scenario) if self.document.scenario in names else 0
        self.document.set_scenario(names[(at + step) % len(names)])

    def step_focus(self, step: int) -> None:
        if self.document.result is not None:
            self.focus_index = (self.focus_index + step) % len(views.focus_areas(self.document.result.projection))
            self._changed()

    def toggle_intervention(self, index: int) -> None:
        """Switch the scenario's intervention on or off through the undo stack, as the scenario dock does."""
        d = self.document
        items = d.plan.scenario(d.scenario).interventions
        if index >= len(items):
            self.strip.set_state(self.tr("Dit scenario heeft geen ingreep {n}").format(n=index + 1), warning=True)
            return
        try:
            d.apply(edits.toggle_intervention(d.plan, d.scenario, index))
        except edits.EditError as exc:
            self.strip.set_state(str(exc), warning=True)

    def _changed(self) -> None:
        self._update_strip()
        self._redraw_timer.start()

    def _update_strip(self) -> None:
        d = self.document
        items = d.plan.scenario(d.scenario).interventions if d.scenario != BASELINE else ()
        self.strip.show_state(d.scenario, self.year, self.view_title(), [(x.title(), x.enabled) for x in items])

    def _on_document_recomputing(self, *_args) -> None:
        self.strip.set_state(self.tr("rekent\u2026"))
        self._update_strip()

    def _on_document_projection_finished(self, result) -> None:
        years = result.projection.years
        self.year = years[-1] if self.year is None else min(max(self.year, years[0]), years[-1])
        self.focus_index %= len(views.focus_areas(result.projection))
        self.strip.set_state("")
        self._changed()

    def _on_document_projection_failed(self, message: str) -> None:
        self.strip.set_state(message, warning=True)

    def _data(self, slot: str, key: object, work: Callable) -> object | None:
        """The slot's value for the key, or None after starting its computation (the view is drawn when it arrives)."""
        cached = self._cache.get(slot)
        if cached is not None and cached[0] == key:
            return cached[1]
        if slot not in self._pending or self._pending[slot] != key or not self.tasks.busy(slot):
            self._pending[slot] = key
            self.tasks.start(slot, work)
        return None

    def _on_tasks_finished(self, slot: str, value: object) -> None:
        self._cache[slot] = (self._pending.pop(slot), value)
        self._redraw_timer.start()

    def _after_layer(self, result, plan, key) -> data.MapLayer | None:
        """The scenario's map in the year: from the records the document's projection kept when they are of that
        year (the window's map asked for them), else projected here."""
        kept, year = result.records, self.year
        if kept is not None and kept.year == year and kept.scenario == result.scenario:
            cached = self._cache.get("kept")
            if cached is None or cached[0] is not kept:
                self._cache["kept"] = (kept, data.layer_of(plan, kept.scenario, year, kept.records, kept.segments))
            return self._cache["kept"][1]
        return self._data("after", key, lambda p: data.map_layer(plan, result.scenario, year, p))

    def redraw(self) -> None:
        """Draw the visible view from the latest projection; while its data is computing the old picture stays."""
        result = self.document.result
        plan, lang = self.document.plan, i18n.language()
        if result is None or not self.isVisible() or result.scenario not in {s.name for s in plan.scenarios}:
            return  # the next projection (of a renamed or removed scenario's successor) is on its way
        names = area_names(result.projection.areas, plan.areas)
        if self.view_name == "targets":
            focus = views.focus_areas(result.projection)[self.focus_index]
            draw = (views.draw_targets_view, result.projection, result.statuses, self.year, focus, names)
        elif self.view_name == "map":
            base = baseline_key(plan)
            base_year, current = plan.assumptions.base_year, plan.scenario(result.scenario)
            before = self._data("before", (base, base_year),
                                lambda p: data.map_layer(plan, BASELINE, base_year, p))
            after = self._after_layer(result, plan, (base, current, self.year))
            if before is None or after is None:
                return
            draw = (views.draw_map_view, before, after, plan.areas, plan.source_label)
        else:
            name = data.reference_for(plan, result.scenario)
            reference = self._data("reference", (baseline_key(plan), plan.targets, plan.scenario(name)),
                                   lambda p: data.reference(plan, name, p))
            if reference is None:
                return
            draw = (views.draw_comparison_view, reference, result.projection, result.statuses, self.year, names)
        self.figure.clear()
        style = views.presentation_style(self.figure.get_figwidth())
        draw[0](self.figure, *draw[1:], style=style, lang=lang)
        self.canvas.draw_idle()
        self.view_drawn.emit(self.view_name)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._redraw_timer.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        px = max(14, round(self.height() / 50))
        self.strip.set_text_size(px)
        self.help.set_text_size(px)
        self._redraw_timer.start()

    def closeEvent(self, event) -> None:
        for slot in ("before", "after", "reference"):
            self.tasks.cancel(slot)
        self.tasks.wait()
        self.closed.emit()
        super().closeEvent(event)
