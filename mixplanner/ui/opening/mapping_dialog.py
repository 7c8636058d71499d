"""The mapping dialog: a preview of the file and, per column, the mixplanner field it holds; OK only when loadable."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QGridLayout, QHeaderView, QLabel, QMessageBox, QScrollArea,
    QSplitter, QTableView, QVBoxLayout, QWidget,
)

from mixplanner.io.columns import ColumnMapping, match_columns
from mixplanner.io.problems import UnreadableFileError
from mixplanner.ui.opening.column_check import MAPPABLE_FIELDS, missing_required
from mixplanner.ui.opening.mapping_file import mapping_to_toml
from mixplanner.ui.opening.models import PreviewModel
from mixplanner.ui.opening.stages import TableRead
from mixplanner.ui.vocabulary import field_label

ERROR_STYLE = "color: #b00020; font-weight: bold;"
SAMPLES = 3


class MappingDialog(QDialog):
    """Assign each file column a field (or none); result_mapping() is the ColumnMapping to load with."""

    def __init__(self, read: TableRead, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kolommen toewijzen: {file}").format(file=read.path.name))
        self._headers = read.columns.headers
        self._values, self._options, self._source = dict(read.mapping.values), dict(read.mapping.options), read.mapping.source
        frame, row_numbers = read.preview()
        self.preview_model = PreviewModel(frame, row_numbers, self)
        intro = QLabel(self.tr("Niet alle kolommen van {file} zijn herkend. Kies per kolom welk gegeven erin staat; "
                               "een kolom zonder keuze wordt ongebruikt meegenomen.").format(file=read.path.name))
        intro.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.combos: dict[str, QComboBox] = {}
        self._unrecognised: dict[str, QLabel] = {}  # marked while the user has not assigned them
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._assignments(frame, read.columns.matched, read.columns.unrecognised))
        splitter.addWidget(self._preview())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setText(self.tr("Laden"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        load = self.buttons.addButton(self.tr("Toewijzing laden..."), QDialogButtonBox.ButtonRole.ActionRole)
        save = self.buttons.addButton(self.tr("Toewijzing opslaan..."), QDialogButtonBox.ButtonRole.ActionRole)
        load.setToolTip(self.tr("Een eerder opgeslagen toewijzingsbestand (TOML of JSON) overnemen"))
        save.setToolTip(self.tr("Deze toewijzing bewaren als toewijzingsbestand (TOML) voor een volgende keer"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        load.clicked.connect(self._on_load_clicked)
        save.clicked.connect(self._on_save_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(920, 640)
        self._on_assignment_changed()

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _assignments(self, frame, matched: dict[str, str], unrecognised: tuple[str, ...]) -> QScrollArea:
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        for column, title in enumerate((self.tr("Kolom in het bestand"), self.tr("Gegeven in mixplanner"), self.tr("Eerste waarden"))):
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: bold;")
            grid.addWidget(heading, 0, column)
        for row, header in enumerate(self._headers, start=1):
            name = QLabel(header)
            if header in unrecognised:
                self._unrecognised[header] = name
            values = [str(v) for v in frame[header].tolist() if str(v).strip()]
            sample = QLabel(", ".join(list(dict.fromkeys(values))[:SAMPLES]))
            sample.setStyleSheet("color: #555;")
            combo = QComboBox()
            combo.addItem(self.tr("(niet gebruiken)"), "")
            for field in MAPPABLE_FIELDS:
                combo.addItem(field_label(field.name), field.name)
                combo.setItemData(combo.count() - 1, field.name, Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(max(0, combo.findData(matched.get(header, ""))))
            combo.currentIndexChanged.connect(self._on_assignment_changed)
            self.combos[header] = combo
            grid.addWidget(name, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(sample, row, 2)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self._headers) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        return scroll

    def _preview(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Voorbeeld: de eerste rijen van het bestand")))
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.preview.verticalHeader().setDefaultSectionSize(22)
        layout.addWidget(self.preview)
        return box

    def combo_for(self, header: str) -> QComboBox:
        return self.combos[header]

    def assignments(self) -> dict[str, str]:
        """File header -> field ("" for a column carried along unused)."""
        return {header: combo.currentData() for header, combo in self.combos.items()}

    def result_mapping(self) -> ColumnMapping:
        return ColumnMapping(self.assignments(), self._values, self._options, self._source)

    def problem(self) -> str:
        """Why the file cannot be loaded with these choices; "" when it can."""
        chosen = [f for f in self.assignments().values() if f]
        twice = [f for f, n in Counter(chosen).items() if n > 1]
        if twice:
            field = twice[0]
            columns = ", ".join(f"'{h}'" for h, f in self.assignments().items() if f == field)
            return self.tr("'{field}' is aan meer dan één kolom toegewezen ({columns}); kies er één.").format(
                field=field_label(field), columns=columns)
        if missing_required(chosen):
            return self.tr("Wijs ten minste één kolom toe aan eigenaar, kale huur, WWS-punten, WOZ-waarde of segment "
                           "(invoer): zonder een daarvan kan mixplanner geen segment bepalen.")
        return ""

    def _on_assignment_changed(self) -> None:
        for header, field in self.assignments().items():
            self.preview_model.set_assigned(header, field_label(field) if field else "")
            if header in self._unrecognised:
                label = self._unrecognised[header]
                label.setText(header if field else self.tr("{column} (niet herkend)").format(column=header))
                label.setStyleSheet("" if field else "color: #8a5a00;")
        problem = self.problem()
        used = sum(1 for f in self.assignments().values() if f)
        self.status.setStyleSheet(ERROR_STYLE if problem else "")
        self.status.setText(problem or self.tr("{used} van {total} kolommen toegewezen; de andere worden ongebruikt "
                                               "meegenomen.").format(used=used, total=len(self._headers)))
        self.ok_button.setEnabled(not problem)

    def load_mapping_file(self, path: str | Path) -> None:
        """Take the columns, value translations and options of a saved mapping file; says why when it cannot."""
        try:
            mapping = ColumnMapping.from_file(path)
        except UnreadableFileError as exc:
            QMessageBox.warning(self, self.tr("Toewijzing niet geladen"), str(exc))
            return
        matched, _, _ = match_columns(list(self._headers), mapping)
        for header, combo in self.combos.items():
            combo.setCurrentIndex(max(0, combo.findData(matched.get(header, ""))))
        self._values, self._options, self._source = dict(mapping.values), dict(mapping.options), mapping.source

    def save_mapping_file(self, path: str | Path) -> bool:
        path = Path(path)
        try:
            path.write_text(mapping_to_toml(self.result_mapping()), encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Toewijzing niet opgeslagen"), self.tr(
                "{path} kan niet worden geschreven: {reason}.").format(path=path, reason=exc.strerror or exc))
            return False
        return True

    def _on_load_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Toewijzing laden"), "",
                                              self.tr("Toewijzingsbestanden (*.toml *.json)"))
        if path:
            self.load_mapping_file(path)

    def _on_save_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Toewijzing opslaan"), "", self.tr("Toewijzingsbestand (*.toml)"))
        if path:
            self.save_mapping_file(path if Path(path).suffix.lower() == ".toml" else f"{path}.toml")
