"""The small panel over the map while sketching a plot and after: area, indicative capacity, 'Nieuwbouw op deze kavel...'."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from mixplanner.ui.map.plot import Plot, area_text, capacity_text


class PlotPanel(QFrame):
    build_requested = Signal(object)  # Plot
    discarded = Signal()  # 'Stoppen' while sketching, 'Wissen' for a finished plot

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("plotPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.plot: Plot | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.area = QLabel()
        self.capacity = QLabel()
        self.buurt = QLabel()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.build_button = QPushButton(self.tr("Nieuwbouw op deze kavel..."))
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self._on_build_clicked)
        self.discard_button = QPushButton(self.tr("Wissen"))
        self.discard_button.clicked.connect(self._on_discard_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.build_button)
        buttons.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        for widget in (self.title, self.hint, self.area, self.capacity, self.buurt):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.hide()

    def show_hint(self) -> None:
        """While the user is clicking the corners."""
        self.plot = None
        self.title.setText(self.tr("Kavel tekenen"))
        self.hint.setText(self.tr("Klik de hoeken van de kavel. Dubbelklik of Enter sluit de kavel, Esc stopt."))
        self.discard_button.setText(self.tr("Stoppen"))
        self._show_parts(hint=True)

    def show_plot(self, plot: Plot, buurt_name: str | None) -> None:
        self.plot = plot
        self.title.setText(self.tr("Kavel"))
        self.area.setText(self.tr("Oppervlakte: {area}").format(area=area_text(plot)))
        self.capacity.setText(self.tr("Capaciteit: {capacity}").format(capacity=capacity_text(plot)))
        self.buurt.setText(self.tr("Buurt: {name}").format(name=buurt_name) if buurt_name
                           else self.tr("Buiten de buurten van het plan: kies de buurt in het formulier"))
        self.discard_button.setText(self.tr("Wissen"))
        self._show_parts(hint=False)

    def _show_parts(self, hint: bool) -> None:
        self.hint.setVisible(hint)
        for widget in (self.area, self.capacity, self.buurt, self.build_button):
            widget.setVisible(not hint)
        self.adjustSize()
        self.show()
        self.raise_()

    def _on_build_clicked(self) -> None:
        if self.plot is not None:
            self.build_requested.emit(self.plot)

    def clear(self) -> None:
        """Forget the plot and hide (it was used, or discarded)."""
        self.plot = None
        self.hide()

    def _on_discard_clicked(self) -> None:
        self.clear()
        self.discarded.emit()
