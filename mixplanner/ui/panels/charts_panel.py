"""The charts dock: the shared report charts drawn on a matplotlib canvas, redrawn when a projection arrives."""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from mixplanner.reports import charts
from mixplanner.ui.worker import ProjectionResult

KINDS = (("mix", "Mix door de jaren"), ("before_after", "Voor en na per buurt"), ("waterfall", "Verloop sociale huur"))
WHOLE_PLAN = ""


class ChartsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.result: ProjectionResult | None = None
        self.kind = QComboBox()
        for key, label in KINDS:
            self.kind.addItem(label, key)
        self.area = QComboBox()
        self.year = QSpinBox()
        self.year.setPrefix("jaar ")
        self.figure = Figure(figsize=(6, 4), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        bar = QHBoxLayout()
        for widget in (self.kind, QLabel("Gebied"), self.area, self.year):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        self.kind.currentIndexChanged.connect(self.redraw)
        self.area.currentIndexChanged.connect(self.redraw)
        self.year.valueChanged.connect(self.redraw)

    def show_result(self, result: ProjectionResult) -> None:
        first = self.result is None
        self.result = result
        years = result.projection.years
        self.year.blockSignals(True)
        self.year.setRange(years[0], years[-1])
        if first:
            self.year.setValue(years[-1])
        self.year.blockSignals(False)
        if first:
            areas = result.projection.areas
            self.area.blockSignals(True)
            self.area.addItem("Hele plan", WHOLE_PLAN)
            for code, name in zip(areas.codes, areas.names):
                if name:
                    self.area.addItem(f"{name} ({code})", code)
            self.area.blockSignals(False)
        self.redraw()

    def redraw(self) -> None:
        self.figure.clear()
        ax = self.figure.add_subplot()
        result = self.result
        if result is None:
            self.canvas.draw_idle()
            return
        area = self.area.currentData() or None
        names = dict(zip(result.projection.areas.codes, result.projection.areas.names))
        kind = self.kind.currentData()
        if kind == "mix":
            level = "buurt" if area else "total"
            charts.draw_mix_over_time(ax, result.projection, level=level, area=area, statuses=result.statuses, names=names)
        elif kind == "before_after":
            charts.draw_before_after(ax, result.baseline, result.projection, self.year.value(), names=names)
        else:
            charts.draw_ledger_waterfall(ax, result.projection, self.year.value(), area=area, names=names)
        self.canvas.draw_idle()
