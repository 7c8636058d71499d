"""The export dialog: format, scenarios, year, language and file; a preview of the PDF; the export off the UI thread."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QProgressBar, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from mixplanner.domain.progress import check
from mixplanner.domain.scenario import BASELINE, Plan
from mixplanner.ui import i18n
from mixplanner.ui.document import PlanDocument
from mixplanner.ui.export.formats import FORMATS, format_of, views
from mixplanner.ui.export.preview import PdfPreview, render_pages
from mixplanner.ui.settings import Settings
from mixplanner.ui.tasks import TaskRunner
from mixplanner.ui.vocabulary import label

PREVIEW_DELAY_MS = 400  # wait for the user to stop clicking before summarising again


@dataclass(frozen=True, eq=False)
class Choice:
    """What to summarise: equal choices (same plan object, scenarios, year, language) share one summary."""

    plan: Plan
    scenarios: tuple[str, ...]
    year: int
    lang: str

    def key(self) -> tuple:
        return id(self.plan), self.scenarios, self.year, self.lang

    def summarise(self, progress):
        from mixplanner.reports.summary import summarise

        return summarise(self.plan, self.scenarios, self.year, self.lang, progress=progress)


class ExportDialog(QDialog):
    exported = Signal(object)  # the Path written

    def __init__(self, document: PlanDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Exporteren"))
        self.document = document
        plan = document.plan
        self.tasks = TaskRunner(self)
        self._summary: tuple[tuple, object] | None = None  # (Choice.key(), PlanSummary) of the latest preview
        self.format = QComboBox()
        for item in FORMATS:
            self.format.addItem(item.title(), item.suffix)
        self.view = QComboBox()
        for key, name in views():
            self.view.addItem(name, key)
        self.view_label = QLabel(self.tr("Afbeelding van"))
        self.scenarios = QListWidget()
        for scenario in plan.scenarios:
            item = QListWidgetItem(label(scenario.name) if scenario.name == BASELINE else scenario.name)  # as elsewhere
            item.setData(Qt.UserRole, scenario.name)
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if scenario.name == document.scenario else Qt.Unchecked)
            self.scenarios.addItem(item)
        self.scenarios.setMaximumHeight(130)
        a = plan.assumptions
        self.year = QSpinBox()
        self.year.setRange(a.base_year, a.last_year)
        self.year.setValue(a.last_year)
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.language())))
        self.path = QLineEdit(str(self._default_path()))
        self.browse = QPushButton(self.tr("Bladeren\u2026"))
        self.path_note = QLabel()
        self.path_note.setWordWrap(True)
        self.preview = PdfPreview()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("Exporteren"))
        self.export_button.setDefault(True)
        self.open_button = QPushButton(self.tr("Bestand openen"))
        self.open_button.hide()
        self.close_button = QPushButton(self.tr("Sluiten"))
        self._written: Path | None = None
        self._layout()
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._start_preview)
        self._connect()
        self._on_format_changed()
        self._preview_timer.start()

    def _layout(self) -> None:
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Formaat"), self.format)
        form.addRow(self.view_label, self.view)
        form.addRow(self.tr("Scenario's"), self.scenarios)
        form.addRow(self.tr("Jaar"), self.year)
        form.addRow(self.tr("Taal"), self.language)
        form.addRow(self.tr("Bestand"), path_row)
        form.addRow("", self.path_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        left.addWidget(self.progress)
        left.addWidget(self.message)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Voorbeeld van de PDF-samenvatting")))
        right.addWidget(self.preview, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.resize(980, 640)

    def _connect(self) -> None:
        self.format.currentIndexChanged.connect(self._on_format_changed)
        self.scenarios.itemChanged.connect(lambda _item: self._preview_timer.start())
        self.year.valueChanged.connect(lambda _year: self._preview_timer.start())
        self.language.currentIndexChanged.connect(lambda _index: self._preview_timer.start())
        self.path.textChanged.connect(self._on_path_changed)
        self.browse.clicked.connect(self._on_browse_clicked)
        self.export_button.clicked.connect(self.export)
        self.open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._written))))
        self.close_button.clicked.connect(self.reject)
        self.tasks.finished.connect(self._on_tasks_finished)
        self.tasks.failed.connect(self._on_tasks_failed)
        self.tasks.progressed.connect(self._on_tasks_progressed)

    def _default_path(self) -> Path:
        d = self.document
        candidates = (d.path.parent if d.path else None, Settings().last_directory,
                      QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        folder = next((Path(c) for c in candidates if c and Path(c).is_dir()), Path.home())
        stem = d.path.stem if d.path else (d.plan.title or "mixplanner")
        return Path(folder) / f"{stem}.pdf"

    def chosen_format(self):
        return format_of(self.format.currentData())

    def choice(self) -> Choice:
        """The checked scenarios, the window's current one first (the summary's main scenario)."""
        checked = [self.scenarios.item(i).data(Qt.UserRole) for i in range(self.scenarios.count())
                   if self.scenarios.item(i).checkState() == Qt.Checked]
        checked.sort(key=lambda name: name != self.document.scenario)
        return Choice(self.document.plan, tuple(checked), self.year.value(), self.language.currentData())

    def target_path(self) -> Path:
        """The path typed, with the chosen format's suffix (replacing another export suffix, else appended)."""
        path = Path(self.path.text().strip()).expanduser()
        suffix = self.chosen_format().suffix
        if path.suffix.lower() == suffix:
            return path
        return path.with_suffix(suffix) if format_of(path.suffix) else path.with_name(path.name + suffix)

    def problem(self) -> str:
        """Why the export cannot start, as a sentence; "" when it can."""
        if not self.choice().scenarios:
            return self.tr("Kies minstens één scenario.")
        if not self.path.text().strip():
            return self.tr("Kies waar het bestand moet komen.")
        path = self.target_path()
        if path.is_dir():
            return self.tr("{path} is een map; geef een bestandsnaam.").format(path=path)
        if not path.parent.is_dir():
            return self.tr("De map {folder} bestaat niet; kies een andere plek.").format(folder=path.parent)
        if not os.access(path.parent, os.W_OK):
            return self.tr("In de map {folder} mag mixplanner niet schrijven; kies een andere plek.").format(
                folder=path.parent)
        return ""

    def export(self) -> None:
        """Summarise (or reuse the preview's summary) and write the file, both on a worker thread."""
        problem = self.problem()
        if problem:
            self._say(problem, error=True)
            return
        path, choice = self.target_path(), self.choice()
        self.path.setText(str(path))
        view = self.view.currentData() if self.chosen_format().is_image else None
        ready = self._summary[1] if self._summary and self._summary[0] == choice.key() else None
        unwritable = self.tr("{path} kan niet worden geschreven: {reason}.")

        def work(progress):
            from mixplanner.reports.exports import export
            from mixplanner.reports.pdf import PdfWriteError

            summary = ready or choice.summarise(progress)
            check(progress, 0.5, "exporting")
            try:
                return export(summary, path, view)
            except PdfWriteError:
                raise  # already a sentence naming the file and the reason
            except OSError as exc:  # the message of a bare OSError names the hidden partial file, not the target
                raise OSError(unwritable.format(path=path, reason=exc.strerror or exc)) from exc

        self._busy(True)
        self._say(self.tr("Bezig met exporteren naar {name}\u2026").format(name=path.name))
        self.tasks.start("export", work)

    def exporting(self) -> bool:
        return self.tasks.busy("export")

    def _start_preview(self) -> None:
        choice = self.choice()
        if not choice.scenarios:
            self.tasks.cancel("preview")
            self.preview.show_message(self.tr("Kies minstens één scenario voor een voorbeeld."))
            return

        def work(progress):
            from mixplanner.reports.pdf import pdf_pages

            summary = choice.summarise(progress)
            check(progress, 0.3, "laying out the pages")
            return choice.key(), summary, render_pages(pdf_pages(summary), progress)

        self.preview.show_message(self.tr("Het voorbeeld wordt gemaakt\u2026"))
        self.tasks.start("preview", work)

    def _on_tasks_finished(self, name: str, value) -> None:
        if name == "preview":
            key, summary, images = value
            self._summary = (key, summary)
            self.preview.show_pages(images)
            return
        self._busy(False)
        self._written = Path(value)
        self.open_button.show()
        self._say(self.tr("Klaar: {path} is geschreven.").format(path=self._written))
        self._on_path_changed()
        self.exported.emit(self._written)

    def _on_tasks_failed(self, name: str, message: str) -> None:
        if name == "preview":
            self.preview.show_message(self.tr("Geen voorbeeld: {reason}").format(reason=message))
            return
        self._busy(False)
        self._say(self.tr("Het exporteren is mislukt. {reason}").format(reason=message), error=True)

    def _on_tasks_progressed(self, name: str, fraction: float, _message: str) -> None:
        if name == "export":
            self.progress.setValue(round(100 * fraction))

    def _on_format_changed(self) -> None:
        image = self.chosen_format().is_image
        self.view.setVisible(image)
        self.view_label.setVisible(image)
        text = self.path.text().strip()
        if text:
            self.path.setText(str(self.target_path()))

    def _on_path_changed(self) -> None:
        path = self.target_path() if self.path.text().strip() else None
        exists = path is not None and path.is_file()
        self.path_note.setText(self.tr("Dit bestand bestaat al; exporteren vervangt het.") if exists else "")

    def _on_browse_clicked(self) -> None:
        fmt = self.chosen_format()
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Exporteren naar"), str(self.target_path()),
                                                fmt.file_filter())
        if chosen:
            self.path.setText(chosen)
            self.path.setText(str(self.target_path()))
            Settings().last_directory = str(Path(chosen).parent)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        for widget in (self.export_button, self.format, self.view, self.scenarios, self.year, self.language,
                       self.path, self.browse):
            widget.setEnabled(not busy)
        if busy:
            self.open_button.hide()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #B00020;" if error else "")
        self.message.setText(text)

    def reject(self) -> None:
        """Close (Esc, Sluiten, the window's cross) unless an export is being written."""
        if self.exporting():
            self._say(self.tr("Even geduld: de export is nog bezig."), error=True)
            return
        self._preview_timer.stop()
        self.tasks.cancel("preview")
        self.tasks.wait()  # the preview stops at its next page; the dialog's objects must outlive the thread
        super().reject()
