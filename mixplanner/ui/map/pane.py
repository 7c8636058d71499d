"""MapPane: the map toolbar over the map view, kept in step with the document (mode, scenario year, sketched plot)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from mixplanner.domain.classify import classify_frame
from mixplanner.domain.policy import PolicyTable
from mixplanner.ui.document import PlanDocument
from mixplanner.ui.map.captions import building_tooltip, legend_for
from mixplanner.ui.map.modes import NOW, YearRecords, classes_for
from mixplanner.ui.map.overlays import Legend
from mixplanner.ui.map.plot import Plot
from mixplanner.ui.map.plot_items import PlotLayer
from mixplanner.ui.map.plot_panel import PlotPanel
from mixplanner.ui.map.scene import MapScene
from mixplanner.ui.map.symbols import symbols
from mixplanner.ui.map.toolbar import MapToolbar
from mixplanner.ui.map.view import CLICK_TOLERANCE, MapView
from mixplanner.ui.settings import Settings

PANEL_MARGIN = 10


class MapPane(QWidget):
    """Builds its scene on a worker thread; shows today's stock, a scenario year, or the difference between them."""

    build_requested = Signal(object)  # Plot: 'Nieuwbouw op deze kavel...' was clicked

    def __init__(self, document: PlanDocument, attribution: str = "", settings: Settings | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        plan = document.plan
        self.document = document
        self.settings = settings if settings is not None else Settings()
        self._now_for = _policy_year(plan)
        self.now = segments_now(plan)
        self.after: YearRecords | None = None  # the scenario year last received for the map
        self.scene = MapScene(plan.stock.frame, plan.areas, segments=self.now, background=True)
        self.view = MapView(self.scene, attribution)
        a = plan.assumptions
        self.toolbar = MapToolbar(a.base_year, a.last_year)
        self.toolbar.year.setValue(document.map_year or a.last_year)
        if document.map_year is None:
            document.map_year = self.year  # the window's first projection keeps this year's records
        self.plots = PlotLayer(self.scene)
        self.plot_panel = PlotPanel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        named = plan.areas is not None and "buurt_naam" in plan.areas
        self._names = dict(zip(plan.areas["buurt_code"].astype(str), plan.areas["buurt_naam"].astype(str))) if named else {}
        self._marks = symbols()
        self._shown = self.now  # the classes the scene was last given
        self._connect()
        self.refresh()

    @property
    def mode(self) -> str:
        return self.toolbar.mode

    @property
    def year(self) -> int:
        return self.toolbar.year.value()

    def _connect(self) -> None:
        d = self.document
        d.projection_finished.connect(self._on_document_projection_finished)
        d.plan_changed.connect(self._on_document_plan_changed)
        self.toolbar.mode_chosen.connect(lambda _mode: self.refresh())
        self.toolbar.year_chosen.connect(d.set_map_year)
        self.toolbar.sketch_toggled.connect(self._on_toolbar_sketch_toggled)
        self.view.plot_drawn.connect(self._on_view_plot_drawn)
        self.view.sketch_cancelled.connect(self._on_view_sketch_cancelled)
        self.plot_panel.build_requested.connect(self.build_requested)
        self.plot_panel.discarded.connect(self._on_plot_panel_discarded)
        self.view.viewport().installEventFilter(self)
        self.scene.loaded.connect(self.refresh)
        self.scene.drawing_failed.connect(self._on_scene_drawing_failed)

    def refresh(self) -> None:
        """Colour the buildings, draw the plots and the legend for the current mode and year."""
        mode, after = self.mode, self.after
        classes = classes_for(mode, self.now, after.segments if after is not None and mode != NOW else None)
        if classes is not self._shown:  # Nu and an unchanged year keep their arrays: nothing to regroup
            self._shown = classes
            self.scene.set_segments(classes)
        if after is not None and mode != NOW:
            self.plots.show(after.plots)
        else:
            self.plots.clear()
        if self.scene.is_loaded:
            self.view.set_legend(legend_for(mode, self.now, after if mode != NOW else None, self._marks))
        else:
            self.view.set_legend(Legend(self.tr("De kaart wordt opgebouwd..."), ()))

    def _on_scene_drawing_failed(self, reason: str) -> None:
        self.view.set_legend(Legend(self.tr("De kaart kon niet worden getekend"), ((None, reason),)))

    def _on_document_projection_finished(self, result) -> None:
        records = result.records
        if records is not None and records.year == self.year and result.scenario == self.document.scenario:
            self.after = records
            self.refresh()

    def _on_document_plan_changed(self) -> None:
        plan = self.document.plan
        if _policy_year(plan) != self._now_for:  # new assumptions classify today's stock at other thresholds
            self._now_for, self.now = _policy_year(plan), segments_now(plan)
            self.refresh()
        a = plan.assumptions
        self.toolbar.set_range(a.base_year, a.last_year)
        self.document.map_year = self.year  # a shorter horizon may have moved the year; replace_plan recomputes next
        pending = self.plot_panel.plot
        used = pending is not None and any(getattr(x, "plot_wkt", "") == pending.wkt
                                           for x in self.document.plan.scenario(self.document.scenario).interventions)
        if used:
            self.plot_panel.clear()
            self.plots.hide_sketch()

    # plot sketch ---------------------------------------------------------------------------------------
    def _on_toolbar_sketch_toggled(self, on: bool) -> None:
        if on:
            self.plots.hide_sketch()
            self.view.start_sketch()
            self.plot_panel.show_hint()
            self._place_panel()
            self.view.setFocus()
        elif self.view.sketching:
            self.view.cancel_sketch()

    def _on_plot_panel_discarded(self) -> None:
        self.plots.hide_sketch()
        if self.view.sketching:
            self.view.cancel_sketch()

    def _on_view_plot_drawn(self, wkt: str, area: float) -> None:
        self._uncheck_sketch_tool()
        plot = Plot(wkt, area, self.settings.density_per_ha)
        buurt = self.scene.buurt_at(*plot.centroid())
        plot = replace(plot, buurt_code=buurt)
        self.plots.show_sketch(wkt)
        self.plot_panel.show_plot(plot, self._names.get(buurt, buurt))
        self._place_panel()

    def _on_view_sketch_cancelled(self) -> None:
        self._uncheck_sketch_tool()
        if self.plot_panel.plot is None:
            self.plot_panel.hide()

    def _uncheck_sketch_tool(self) -> None:
        action = self.toolbar.sketch_action
        action.blockSignals(True)
        action.setChecked(False)
        action.blockSignals(False)

    def _place_panel(self) -> None:
        panel = self.plot_panel
        panel.adjustSize()
        top = self.view.geometry().top() + PANEL_MARGIN
        panel.move(max(0, self.width() - panel.width() - PANEL_MARGIN), top)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_panel()

    # tooltips ------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(self.view.mapToScene(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.view.viewport())
                return True
        return super().eventFilter(watched, event)

    def tooltip_at(self, point) -> str:
        """The tooltip of the building under a scene point in the current mode ("" when there is none)."""
        i = self.scene.record_at(point, CLICK_TOLERANCE / self.view.map_scale)
        if i is None:
            return ""
        after = self.after.segments[i] if self.after is not None and self.mode != NOW else None
        return building_tooltip(self.mode, str(self.scene.ids[i]), str(self.now[i]), after)


def _policy_year(plan) -> int:
    return plan.assumptions.policy_year or plan.assumptions.base_year


def segments_now(plan) -> np.ndarray:
    """Each stock record's segment in the base year, at the thresholds of the plan's policy year."""
    table = PolicyTable.bundled().for_year(_policy_year(plan))
    return np.asarray(classify_frame(plan.stock.frame, table).segment_categorical().astype(str), dtype=object)
