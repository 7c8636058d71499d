"""The plot row of the new-build form: the plot sketched on the map, its area and indicative capacity (read-only)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel

from mixplanner.ui.map.plot import Plot, area_text, capacity_text


class PlotRow(QLabel):
    """Shows a Plot; wkt() is what the intervention stores ("" without a plot)."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plot: Plot | None = None

    def set_plot(self, plot: Plot | None) -> None:
        self.plot = plot
        self.setText("" if plot is None else "{area} · {capacity}".format(area=area_text(plot), capacity=capacity_text(plot)))
        self.changed.emit()

    def wkt(self) -> str:
        return self.plot.wkt if self.plot is not None else ""
