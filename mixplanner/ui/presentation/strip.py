"""The strip below a presentation view: scenario, year and view; the interventions by number, switched on or off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

MAX_NUMBERED = 9  # the number keys 1-9 switch interventions
TITLE_CHARS = 34
ON_MARK, OFF_MARK = "\u25cf", "\u25cb"

_STRIP = "PresentationStrip {{ background: #1A1A1A; }} QLabel {{ color: white; font-size: {px}px; }}"
_ON = "background: #FFFFFF; color: #1A1A1A; border-radius: {r}px; padding: {p}px {q}px;"
_OFF = "background: #4D4D4D; color: #D0D0D0; border-radius: {r}px; padding: {p}px {q}px;"


def _short(text: str, chars: int) -> str:
    return text if len(text) <= chars else text[:chars - 1].rstrip() + "\u2026"


class PresentationStrip(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.where = QLabel()
        self.where.setTextFormat(Qt.PlainText)
        self.where.setMinimumWidth(1)  # a long name is cut, never widens the full-screen window
        self.state = QLabel()
        self.state.setMinimumWidth(1)
        self.hint = QLabel(self.tr("H: toetsen"))
        self._chips: list[QLabel] = []
        self._chip_row = QHBoxLayout()
        self._chip_row.setSpacing(10)
        self._chip_row.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(self.where, 1)
        top.addWidget(self.state)
        top.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 6, 18, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(self._chip_row)
        self.setAttribute(Qt.WA_StyledBackground)
        self._px = 20
        self.set_text_size(20)

    def set_text_size(self, px: int) -> None:
        """Type in pixels, so the strip reads from the back of the room as the charts do."""
        self._px = px
        self.setStyleSheet(_STRIP.format(px=px))
        for chip in self._chips:
            if chip.property("switched_on") is not None:
                self._style_chip(chip)

    def _style_chip(self, chip: QLabel) -> None:
        sheet = _ON if chip.property("switched_on") else _OFF
        chip.setStyleSheet(sheet.format(r=self._px // 3, p=self._px // 6, q=self._px // 2))
        font = chip.font()
        font.setStrikeOut(not chip.property("switched_on"))
        chip.setFont(font)

    def show_state(self, scenario: str, year: int | None, view: str, interventions: list[tuple[str, bool]]) -> None:
        """What is on screen, and each intervention as '1 ● title' (on) or '1 ○ title' (off, struck through)."""
        year_text = "" if year is None else self.tr("{year} \u00b7 ").format(year=year)
        self.where.setText(self.tr("{scenario} \u00b7 {year}{view}").format(scenario=_short(scenario, TITLE_CHARS + 10),
                                                                            year=year_text, view=view))
        for chip in self._chips:
            self._chip_row.removeWidget(chip)
            chip.hide()  # at once: deleteLater waits for the event loop
            chip.deleteLater()
        self._chips = []
        for number, (title, on) in enumerate(interventions[:MAX_NUMBERED], start=1):
            chip = QLabel(f"{number} {ON_MARK if on else OFF_MARK} {_short(title, TITLE_CHARS)}")
            chip.setMinimumWidth(1)
            chip.setTextFormat(Qt.PlainText)
            chip.setToolTip(title)
            chip.setProperty("switched_on", on)
            chip.setAccessibleName(self.tr("Ingreep {n}: {title}, {state}").format(
                n=number, title=title, state=self.tr("aan") if on else self.tr("uit")))
            self._style_chip(chip)
            self._chip_row.insertWidget(len(self._chips), chip)
            self._chips.append(chip)
        if len(interventions) > MAX_NUMBERED or not interventions:
            more = QLabel(self.tr("+{n} meer").format(n=len(interventions) - MAX_NUMBERED) if interventions
                          else self.tr("Geen ingrepen in dit scenario"))
            self._chip_row.insertWidget(len(self._chips), more)
            self._chips.append(more)

    def chip_texts(self) -> list[str]:
        return [chip.text() for chip in self._chips]

    def set_state(self, text: str, warning: bool = False) -> None:
        """'rekent...' while a projection runs; a failed projection's sentence in orange."""
        self.state.setStyleSheet("color: #E69F00;" if warning else "")
        self.state.setText(text)
