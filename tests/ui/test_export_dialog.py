"""File > Exporteren on the example: the dialog previews the PDF, writes Excel and PDF files off the UI thread that
open again, and says in a sentence what is wrong instead of failing."""

import openpyxl
import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from mixplanner.ui.app import build_document
from mixplanner.ui.export.dialog import ExportDialog
from mixplanner.ui.main_window import MainWindow

MAIN, OTHER = "Ooipoort uit de corporatiebuurt", "Ooipoort, 50 minder verkopen"


@pytest.fixture()
def dialog(qtbot):
    document, _ = build_document(None)
    d = ExportDialog(document)
    qtbot.addWidget(d, before_close_func=lambda w: w.tasks.wait())
    d.show()
    return d


def _choose(dialog, suffix: str, path) -> None:
    dialog.format.setCurrentIndex(dialog.format.findData(suffix))
    dialog.path.setText(str(path))


def _export(qtbot, dialog):
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as written:
        qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
        assert dialog.exporting() and not dialog.export_button.isEnabled()  # off the UI thread, inputs locked
    return written.args[0]


def test_the_current_scenario_and_the_horizon_are_preselected(dialog):
    checked = [dialog.scenarios.item(i).text() for i in range(dialog.scenarios.count())
               if dialog.scenarios.item(i).checkState() == Qt.Checked]
    assert checked == [MAIN]
    assert dialog.year.value() == 2041 and dialog.language.currentData() == "nl"


def test_excel_export_opens_with_openpyxl(qtbot, dialog, tmp_path):
    _choose(dialog, ".xlsx", tmp_path / "doesburg")
    assert dialog.target_path() == tmp_path / "doesburg.xlsx"  # the format's suffix is added
    path = _export(qtbot, dialog)
    assert path == tmp_path / "doesburg.xlsx" and path.is_file()
    workbook = openpyxl.load_workbook(path, read_only=True)
    assert len(workbook.sheetnames) >= 3
    cells = {str(c) for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True) for c in row}
    assert MAIN in cells
    assert dialog.message.text() == f"Klaar: {path} is geschreven." and dialog.open_button.isVisible()
    assert not dialog.progress.isVisible() and dialog.export_button.isEnabled()


def test_pdf_of_two_scenarios_matches_its_preview(qtbot, dialog, tmp_path):
    dialog.scenarios.item(2).setCheckState(Qt.Checked)
    assert dialog.choice().scenarios == (MAIN, OTHER)  # the window's scenario first: the summary's main one
    dialog.year.setValue(2035)
    qtbot.waitUntil(lambda: dialog.preview.page_count() > 0 and dialog._summary[0] == dialog.choice().key(),
                    timeout=60_000)
    _choose(dialog, ".pdf", tmp_path / "doesburg.xlsx")
    assert dialog.target_path() == tmp_path / "doesburg.pdf"  # another export suffix is replaced
    path = _export(qtbot, dialog)
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == dialog.preview.page_count()
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Doesburg" in text and MAIN in text and OTHER in text and "2035" in text


def test_problems_are_sentences_and_nothing_is_written(qtbot, dialog, tmp_path):
    _choose(dialog, ".xlsx", tmp_path / "no such folder" / "plan.xlsx")
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    assert dialog.message.text() == f"De map {tmp_path / 'no such folder'} bestaat niet; kies een andere plek."
    assert not dialog.exporting()
    dialog.scenarios.item(1).setCheckState(Qt.Unchecked)
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    assert dialog.message.text() == "Kies minstens één scenario."
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_cannot_be_written_is_named_in_a_sentence(qtbot, dialog, tmp_path, monkeypatch):
    def refuse(summary, path, view=None):
        raise PermissionError(13, "Permission denied", str(path.with_name(".plan.partial-1.xlsx")))

    monkeypatch.setattr("mixplanner.reports.exports.export", refuse)
    _choose(dialog, ".xlsx", tmp_path / "plan.xlsx")
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.exporting(), timeout=60_000)
    assert dialog.message.text() == (f"Het exporteren is mislukt. {tmp_path / 'plan.xlsx'} kan niet worden "
                                     "geschreven: Permission denied.")
    assert dialog.export_button.isEnabled() and not dialog.open_button.isVisible()


def test_file_export_in_the_window_opens_the_dialog(qtbot):
    document, attribution = build_document(None)
    window = MainWindow(document, attribution)
    qtbot.addWidget(window, before_close_func=lambda _w: document.wait())
    action = next(a for a in window.findChildren(QAction) if a.text() == "&Exporteren...")
    assert action.shortcut().toString() == "Ctrl+E"
    action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
