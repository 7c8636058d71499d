"""The presentation's key help: a panel over the view listing every key, shown and hidden with H or F1."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class KeyHelp(QLabel):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setTextFormat(Qt.RichText)
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.hide()
        self.set_text_size(22)

    def keys(self) -> list[tuple[str, str]]:
        return [
            (self.tr("PageDown / \u2192"), self.tr("volgende weergave")),
            (self.tr("PageUp / \u2190"), self.tr("vorige weergave")),
            (self.tr("\u2191 / +"), self.tr("een jaar later")),
            (self.tr("\u2193 / \u2212"), self.tr("een jaar eerder")),
            (self.tr("S / Shift+S"), self.tr("volgend / vorig scenario")),
            (self.tr("A / Shift+A"), self.tr("volgend / vorig gebied (mix en doelen)")),
            (self.tr("1 \u2026 9"), self.tr("ingreep 1 \u2026 9 aan of uit (ongedaan maken kan in het venster)")),
            (self.tr("H / F1"), self.tr("deze hulp tonen of verbergen")),
            (self.tr("Esc"), self.tr("presentatie verlaten")),
        ]

    def set_text_size(self, px: int) -> None:
        px = round(px * 1.3)
        rows = "".join(f"<tr><td style='padding-right:{px}px'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
                       for k, v in self.keys())
        title = self.tr("Toetsen")
        self.setText(f"<p style='font-size:{px * 1.2:.0f}px'><b>{escape(title)}</b></p>"
                     f"<table style='font-size:{px}px'>{rows}</table>")
        self.setStyleSheet(f"KeyHelp {{ background: #262626; color: white; border-radius: {px // 2}px;"
                           f" padding: {px}px; }}")
        self.adjustSize()
        self.centre()

    def centre(self) -> None:
        parent = self.parentWidget()
        self.move(max(0, (parent.width() - self.width()) // 2), max(0, (parent.height() - self.height()) // 2))

    def toggle(self) -> None:
        self.setVisible(not self.isVisible())
        if self.isVisible():
            self.raise_()
            self.centre()
