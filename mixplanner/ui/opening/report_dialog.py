"""The load report before a stock is accepted: the row counts and every problem, to filter, copy or save as CSV."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView,
    QLabel, QMessageBox, QTableView, QVBoxLayout,
)

from mixplanner.domain.numbers import fmt_int
from mixplanner.io.problems import LoadReport, Severity
from mixplanner.ui.opening.models import COLUMN, MESSAGE, ROW, SEVERITY, ProblemTableModel

ERROR_STYLE = "color: #b00020; font-weight: bold;"


class ReportDialog(QDialog):
    """Accepteren takes the stock as loaded; Annuleren keeps the plan that was open."""

    def __init__(self, report: LoadReport, parent=None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Controle van {file}").format(file=report.file))
        self.model = ProblemTableModel(report.problems, self)
        self.summary = QLabel(self.tr("{file}: {total} rijen in het bestand, {loaded} geladen, {rejected} afgewezen.").format(
            file=report.file, total=fmt_int(report.rows_in_file), loaded=fmt_int(report.rows_loaded),
            rejected=fmt_int(report.rows_rejected)))
        self.summary.setStyleSheet("font-weight: bold;")
        self.summary.setWordWrap(True)
        infos = len(report.problems) - len(report.errors) - len(report.warnings)
        counts = QLabel(self.tr("{errors} (de rij is afgewezen), {warnings} (de rij is geladen; er is iets aangenomen of "
                                "hersteld), {infos}.").format(
            errors=_count(len(report.errors), self.tr("{n} fout"), self.tr("{n} fouten")),
            warnings=_count(len(report.warnings), self.tr("{n} waarschuwing"), self.tr("{n} waarschuwingen")),
            infos=_count(infos, self.tr("{n} melding"), self.tr("{n} meldingen"))))
        counts.setWordWrap(True)
        self.severity = QComboBox()
        self.severity.addItem(self.tr("Alle meldingen ({n})").format(n=fmt_int(len(report.problems))), None)
        for severity, label in ((Severity.ERROR, self.tr("Fouten")), (Severity.WARNING, self.tr("Waarschuwingen")),
                                (Severity.INFO, self.tr("Meldingen"))):
            n = sum(1 for p in report.problems if p.severity is severity)
            self.severity.addItem(self.tr("{label} ({n})").format(label=label, n=fmt_int(n)), severity)
        self.severity.currentIndexChanged.connect(self._on_severity_changed)
        self.table = self._table()
        self.buttons = QDialogButtonBox()
        self.accept_button = self.buttons.addButton(self.tr("Accepteren"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        copy = self.buttons.addButton(self.tr("Kopiëren"), QDialogButtonBox.ButtonRole.ActionRole)
        save = self.buttons.addButton(self.tr("Opslaan als CSV..."), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setToolTip(self.tr("De getoonde meldingen als tabel (tab-gescheiden) naar het klembord"))
        save.setToolTip(self.tr("De getoonde meldingen opslaan als CSV-bestand"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        copy.clicked.connect(self.copy_to_clipboard)
        save.clicked.connect(self._on_save_clicked)
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(self.tr("Toon:")))
        filter_row.addWidget(self.severity)
        filter_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(counts)
        if report.rows_loaded == 0:
            nothing = QLabel(self.tr("Er is geen enkele rij geladen. Kies Annuleren en pas het bestand of de "
                                     "kolomtoewijzing aan."))
            nothing.setStyleSheet(ERROR_STYLE)
            nothing.setWordWrap(True)
            layout.addWidget(nothing)
            self.accept_button.setEnabled(False)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(920, min(560, 240 + 22 * max(6, len(report.problems))))  # a short report, a short dialog

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.sortByColumn(ROW, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(22)
        header = table.horizontalHeader()
        for column, width in ((SEVERITY, 120), (ROW, 70), (COLUMN, 150)):
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        return table

    def _on_severity_changed(self) -> None:
        self.model.set_severity(self.severity.currentData())

    def rows(self) -> list[tuple[str, str, str, str]]:
        """The problems shown (filtered, in the table's order), as the table shows them."""
        return [self.model.cells(p) for p in self.model.shown()]

    def _headings(self) -> list[str]:
        return [self.model.headerData(c, Qt.Orientation.Horizontal) for c in (SEVERITY, ROW, COLUMN, MESSAGE)]

    def copy_to_clipboard(self) -> str:
        lines = ["\t".join(self._headings())] + ["\t".join(_one_line(c) for c in row) for row in self.rows()]
        text = "\n".join(lines) + "\n"
        QApplication.clipboard().setText(text)
        return text

    def save_csv(self, path: str | Path) -> bool:
        """A semicolon CSV with a BOM, as Dutch Excel opens it; the file name is the first column."""
        path = Path(path)
        try:
            with path.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh, delimiter=";")
                writer.writerow([self.tr("Bestand"), *self._headings()])
                writer.writerows([self.report.file, *row] for row in self.rows())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Niet opgeslagen"), self.tr("{path} kan niet worden geschreven: {reason}.").format(
                path=path, reason=exc.strerror or exc))
            return False
        return True

    def _on_save_clicked(self) -> None:
        default = str(Path(self.report.file).with_suffix("")) + "-controle.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Meldingen opslaan"), default, self.tr("CSV-bestand (*.csv)"))
        if path:
            self.save_csv(path if Path(path).suffix.lower() == ".csv" else f"{path}.csv")


def _count(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).format(n=fmt_int(n))


def _one_line(text: str) -> str:
    return " ".join(text.split("\t")).replace("\n", " ")
