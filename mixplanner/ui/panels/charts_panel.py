"""The charts dock: the shared report charts drawn on a matplotlib canvas, redrawn when a projection arrives."""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QSpinBox, QVBoxLayout, QWidget

from mixplanner.reports import charts
from mixplanner.ui.i18n import language
from mixplanner.ui.worker import ProjectionResult

KINDS = (("mix", QT_TRANSLATE_NOOP("ChartsPanel", "Mix door de jaren")),
         ("before_after", QT_TRANSLATE_NOOP("ChartsPanel", "Voor en na per buurt")),
         ("waterfall", QT_TRANSLATE_NOOP("ChartsPanel", "Verloop sociale huur")))
WHOLE_PLAN = ""
AREA_CHARS = 12  # 'Hele plan', 'Whole plan' and most buurt names show whole


class ChartsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.result: ProjectionResult | None = None
        self.kind = QComboBox()
        for key, label in KINDS:
            self.kind.addItem(self.tr(label), key)
        self.area = QComboBox()  # filled when the first projection arrives: sized for names, not for its empty start
        self.area.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.area.setMinimumContentsLength(AREA_CHARS)
        self.area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.year = QSpinBox()
        self.year.setPrefix(self.tr("jaar "))
        self.figure = Figure(figsize=(6, 4), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.kind.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        chart_row, area_row = QHBoxLayout(), QHBoxLayout()  # two rows: each whole in a dock of 400 pixels
        chart_row.addWidget(self.kind)
        chart_row.addWidget(self.year)
        area_row.addWidget(QLabel(self.tr("Gebied")))
        area_row.addWidget(self.area)
        layout = QVBoxLayout(self)
        layout.addLayout(chart_row)
        layout.addLayout(area_row)
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
            self.area.addItem(self.tr("Hele plan"), WHOLE_PLAN)
            for code, name in zip(areas.codes, areas.names):
                if name:
                    self.area.addItem(name, code)
                    self.area.setItemData(self.area.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
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
            charts.draw_mix_over_time(ax, result.projection, level=level, area=area, statuses=result.statuses, names=names,
                                      lang=language())
        elif kind == "before_after":
            charts.draw_before_after(ax, result.baseline, result.projection, self.year.value(), names=names, lang=language())
        else:
            charts.draw_ledger_waterfall(ax, result.projection, self.year.value(), area=area, names=names, lang=language())
        self.canvas.draw_idle()
