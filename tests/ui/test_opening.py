"""Opening files in the window: mapping dialog, report dialog, cancel, recent files, drag and drop, unreadable files."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from mixplanner.domain import edits
from mixplanner.domain.progress import Cancelled
from mixplanner.io.columns import ColumnMapping
from mixplanner.io.problems import Problem, Severity
from mixplanner.ui.app import build_document
from mixplanner.ui.main_window import MainWindow
from mixplanner.ui.opening import opener as opener_module
from mixplanner.ui.opening.models import COLUMN, ROW, SEVERITY, PreviewModel, ProblemTableModel
from mixplanner.ui.opening.recent import KEY, MAX_FILES, RecentFiles

ROOT = Path(__file__).parents[2]
WAIT = 20_000

# Two columns the loader does not know ('Netto maandlast', 'Opmerking') and so no classifying column at all.
# Assigning 'Netto maandlast' to rent: line 4 ('abc') and line 5 (-5) are rejected, 3 of 5 rows load.
UNKNOWN_COLUMNS = ("VHE nummer;Buurtcode;Netto maandlast;Opmerking\n"
                   "1;BU02210001;650,50;\n"
                   "2;BU02210001;712,00;hoekwoning\n"
                   "3;BU02210002;abc;\n"
                   "4;BU02210002;-5;\n"
                   "5;BU02210003;1200,00;\n")
# Every column recognised, every value valid: the report holds one melding only, so no dialog is shown.
CLEAN = ("VHE nummer;Buurtcode;Eigenaar;Kale huur\n"
         "1;BU02210001;woningcorporatie;650,50\n"
         "2;BU02210001;eigenaar-bewoner;\n"
         "3;BU02210002;particuliere verhuurder;980,00\n")


@pytest.fixture(autouse=True)
def own_settings(tmp_path):
    """QSettings in a folder of this test: the user's recent files are neither read nor changed."""
    folder = str(tmp_path / "settings")
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, folder)
    yield folder
    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, default)


def _discard(window) -> None:
    window.document.wait()
    window.document.undo_stack.setClean()


@pytest.fixture()
def window(qtbot):
    document, attribution = build_document(None)
    w = MainWindow(document, attribution)
    qtbot.addWidget(w, before_close_func=_discard)
    w.show()
    with qtbot.waitSignal(document.projection_finished, timeout=WAIT):
        pass
    return w


@pytest.fixture()
def opened_windows():
    """Windows the opener makes; closed (and so deleted) at the end of the test."""
    made = []
    yield made
    for w in made:
        _discard(w)
        w.close()


def _write(tmp_path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _open_clean(qtbot, window, path, opened_windows):
    opener = window.file_actions.opener
    with qtbot.waitSignal(opener.opened, timeout=WAIT) as signal:
        assert opener.open_path(path)
    opened_windows.append(signal.args[0])
    return signal.args[0]


def test_unknown_columns_go_through_the_mapping_and_report_dialogs(qtbot, window, tmp_path, opened_windows):
    path = _write(tmp_path, "bezit.csv", UNKNOWN_COLUMNS)
    opener = window.file_actions.opener
    old_document = window.document
    assert opener.open_path(path)
    qtbot.waitUntil(lambda: opener.mapping_dialog is not None and opener.mapping_dialog.isVisible(), timeout=WAIT)
    dialog = opener.mapping_dialog
    preview = dialog.preview_model
    assert (preview.rowCount(), preview.columnCount()) == (5, 4)
    assert [preview.headerData(r, Qt.Orientation.Vertical) for r in range(5)] == ["2", "3", "4", "5", "6"]
    assert preview.index(2, 2).data() == "abc" and preview.index(1, 3).data() == "hoekwoning"
    assert dialog.assignments() == {"VHE nummer": "id", "Buurtcode": "buurt_code", "Netto maandlast": "", "Opmerking": ""}
    assert not dialog.ok_button.isEnabled()  # no owner, rent, points, WOZ or segment: every row would be rejected
    assert "kale huur" in dialog.status.text()

    rent = dialog.combo_for("Netto maandlast")
    rent.setCurrentIndex(rent.findData("rent"))
    assert dialog.ok_button.isEnabled()
    assert preview.headerData(2, Qt.Orientation.Horizontal) == "Netto maandlast\n→ kale huur (€/maand)"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: opener.report_dialog is not None and opener.report_dialog.isVisible(), timeout=WAIT)
    report = opener.report_dialog
    assert report.summary.text() == "bezit.csv: 5 rijen in het bestand, 3 geladen, 2 afgewezen."
    assert report.model.rowCount() == 4  # 2 fouten, 1 waarschuwing (no owner column), 1 melding (wijk codes derived)
    report.severity.setCurrentIndex(report.severity.findData(Severity.ERROR))
    assert report.rows() == [("fout", "4", "Netto maandlast", "rent 'abc' is not a number"),
                             ("fout", "5", "Netto maandlast", "negative rent (-5)")]
    report.table.sortByColumn(ROW, Qt.SortOrder.DescendingOrder)
    assert [row[1] for row in report.rows()] == ["5", "4"]
    text = report.copy_to_clipboard()
    assert QApplication.clipboard().text() == text
    assert text.splitlines() == ["Ernst\tRij\tKolom\tMelding", "fout\t5\tNetto maandlast\tnegative rent (-5)",
                                 "fout\t4\tNetto maandlast\trent 'abc' is not a number"]
    saved = tmp_path / "controle.csv"
    assert report.save_csv(saved)
    with saved.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == ["Bestand", "Ernst", "Rij", "Kolom", "Melding"]
    assert rows[1:] == [["bezit.csv", "fout", "5", "Netto maandlast", "negative rent (-5)"],
                        ["bezit.csv", "fout", "4", "Netto maandlast", "rent 'abc' is not a number"]]
    assert window.document is old_document  # nothing replaced before the user accepts

    with qtbot.waitSignal(opener.opened, timeout=WAIT) as signal:
        qtbot.mouseClick(report.accept_button, Qt.MouseButton.LeftButton)
    new = signal.args[0]
    opened_windows.append(new)
    assert new.stock_panel.model.rowCount() == 3
    assert list(new.document.plan.stock.frame["id"]) == ["1", "2", "5"]
    assert new.windowTitle() == "bezit[*] - mixplanner"
    assert new.isVisible() and not window.isVisible()
    assert RecentFiles().paths()[0] == str(path.resolve())


def test_cancelling_the_mapping_dialog_keeps_the_plan(qtbot, window, tmp_path):
    opener = window.file_actions.opener
    document = window.document
    assert opener.open_path(_write(tmp_path, "bezit.csv", UNKNOWN_COLUMNS))
    qtbot.waitUntil(lambda: opener.mapping_dialog is not None, timeout=WAIT)
    with qtbot.waitSignal(opener.cancelled, timeout=WAIT):
        opener.mapping_dialog.reject()
    assert window.isVisible() and window.document is document and not opener.busy
    assert RecentFiles().paths() == []


def test_a_mapping_is_saved_as_toml_and_read_back(qtbot, window, tmp_path):
    opener = window.file_actions.opener
    assert opener.open_path(_write(tmp_path, "bezit.csv", UNKNOWN_COLUMNS))
    qtbot.waitUntil(lambda: opener.mapping_dialog is not None, timeout=WAIT)
    dialog = opener.mapping_dialog
    own = _write(tmp_path, "eigen.toml", '[columns]\n"Netto maandlast" = "huur"\n"Opmerking" = "negeer"\n'
                 '[values.owner]\n"WSN" = "woningcorporatie"\n[options]\ndecimal = ","\n')
    dialog.load_mapping_file(own)
    assert dialog.assignments()["Netto maandlast"] == "rent" and dialog.ok_button.isEnabled()
    saved = tmp_path / "bezit.toml"
    assert dialog.save_mapping_file(saved)
    back = ColumnMapping.from_file(saved)
    assert back.columns == {"VHE nummer": "id", "Buurtcode": "buurt_code", "Netto maandlast": "rent", "Opmerking": ""}
    assert back.values == {"owner": {"WSN": "woningcorporatie"}} and back.options == {"decimal": ","}
    dialog.reject()


def _big_csv(path: Path, n: int) -> Path:
    rng = np.random.default_rng(7)
    frame = pd.DataFrame({
        "VHE nummer": np.arange(1, n + 1),
        "Buurtcode": [f"BU022100{i:02d}" for i in rng.integers(0, 7, n)],
        "Eigenaar": rng.choice(["woningcorporatie", "eigenaar-bewoner", "particuliere verhuurder"], n),
        "Kale huur": [f"{v:.2f}".replace(".", ",") for v in rng.uniform(400, 1400, n)],
    })
    frame.to_csv(path, sep=";", index=False)
    return path


def test_cancel_stops_a_large_load_and_the_plan_stays(qtbot, window, tmp_path, monkeypatch):
    path = _big_csv(tmp_path / "groot.csv", 300_000)
    ends = []  # how each step ended: the work itself must stop, not only its result be dropped

    def watched(step):
        def run(*args):
            try:
                value = step(*args)
            except Cancelled:
                ends.append((step.__name__, "cancelled"))
                raise
            ends.append((step.__name__, "done"))
            return value
        return run

    monkeypatch.setattr(opener_module, "read_stock_table", watched(opener_module.read_stock_table))
    monkeypatch.setattr(opener_module, "build", watched(opener_module.build))
    opener = window.file_actions.opener
    document = window.document
    with qtbot.waitSignal(opener.runner.progressed, timeout=WAIT):
        assert opener.open_path(path)
    progress = opener.progress_dialog
    progress.show()  # as after its minimum duration
    with qtbot.waitSignal(opener.cancelled, timeout=WAIT):
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    opener.runner.wait()
    assert ends[-1][1] == "cancelled"
    assert ("build", "done") not in ends
    assert window.isVisible() and window.document is document and not opener.busy
    assert opener.progress_dialog is None and opener.report_dialog is None


def test_unsaved_changes_are_asked_about_once(qtbot, window, tmp_path, monkeypatch, opened_windows):
    d = window.document
    with qtbot.waitSignal(d.projection_finished, timeout=WAIT):
        d.apply(edits.toggle_intervention(d.plan, d.scenario, 0))
    asked = []

    def answer(choice):
        def question(*args, **kwargs):
            asked.append(args[2])
            return choice
        return question

    path = _write(tmp_path, "schoon.csv", CLEAN)
    opener = window.file_actions.opener
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert not opener.open_path(path)
    assert not opener.busy and not d.undo_stack.isClean()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    new = _open_clean(qtbot, window, path, opened_windows)
    assert len(asked) == 2 and "niet zijn opgeslagen" in asked[0]  # and not a third time when the old window closed
    assert not window.isVisible() and new.stock_panel.model.rowCount() == 3


def test_a_plan_file_opens_in_a_new_window(qtbot, window, tmp_path, opened_windows):
    path = tmp_path / "doesburg.mixplan"
    window.document.save(path)
    new = _open_clean(qtbot, window, path, opened_windows)
    assert new.document.path == path
    assert new.document.plan.scenarios == window.document.plan.scenarios
    assert new.stock_panel.model.rowCount() == len(window.document.plan.stock)


def test_an_unreadable_file_says_why_and_the_plan_stays(qtbot, window, tmp_path):
    path = tmp_path / "bezit.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(200))
    opener = window.file_actions.opener
    document = window.document
    assert opener.open_path(path)
    qtbot.waitUntil(lambda: opener.message_box is not None and opener.message_box.isVisible(), timeout=WAIT)
    box = opener.message_box
    assert box.text() == "bezit.xls is an old Excel 97-2003 workbook: save it as .xlsx and load that."
    assert box.informativeText() == "Het plan dat open was, blijft open."
    with qtbot.waitSignal(opener.failed, timeout=WAIT):
        box.accept()
    assert window.isVisible() and window.document is document and not opener.busy


def test_without_a_window_an_unreadable_file_is_said_and_reported(qtbot, tmp_path):
    opener = opener_module.Opener()  # as at start-up with a file on the command line
    assert opener.open_path(tmp_path / "bestaat-niet.csv")
    qtbot.waitUntil(lambda: opener.message_box is not None, timeout=WAIT)
    assert opener.message_box.text() == f"{tmp_path / 'bestaat-niet.csv'} does not exist."
    assert opener.message_box.informativeText() == ""  # no plan stays open: the app ends after this
    with qtbot.waitSignal(opener.failed, timeout=WAIT):
        opener.message_box.accept()


def test_a_bug_while_opening_becomes_a_sentence(qtbot, window, tmp_path, monkeypatch):
    def broken(path, mapping, progress):
        raise ValueError("index 7 is out of bounds")

    monkeypatch.setattr(opener_module, "read_stock_table", broken)
    opener = window.file_actions.opener
    assert opener.open_path(_write(tmp_path, "schoon.csv", CLEAN))
    qtbot.waitUntil(lambda: opener.message_box is not None, timeout=WAIT)
    assert opener.message_box.text() == "schoon.csv kon niet worden geopend door een onverwachte fout in mixplanner (ValueError)."
    opener.message_box.accept()


def test_recent_files_are_remembered_greyed_when_missing_and_cleared(qtbot, window, tmp_path, monkeypatch,
                                                                    opened_windows, own_settings):
    path = _write(tmp_path, "schoon.csv", CLEAN)
    new = _open_clean(qtbot, window, path, opened_windows)
    fresh = QSettings(str(Path(own_settings) / "mixplanner" / "mixplanner.conf"), QSettings.Format.IniFormat)
    assert fresh.value(KEY) in ([str(path.resolve())], str(path.resolve()))  # INI gives a one-item list as a string
    gone = _write(tmp_path, "weg.csv", CLEAN)
    RecentFiles().add(gone)
    gone.unlink()
    menu = new.file_actions.recent_menu
    menu.rebuild()
    assert [(a.data(), a.isEnabled()) for a in menu.file_actions()] == [(str(gone.resolve()), False),
                                                                         (str(path.resolve()), True)]
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    menu.chosen.emit(str(gone.resolve()))  # deleted while the menu was open
    assert RecentFiles().paths() == [str(path.resolve())] and "bestaat niet meer" in told[0]
    for i in range(MAX_FILES + 2):
        RecentFiles().add(tmp_path / f"f{i}.csv")
    assert RecentFiles().paths() == [str((tmp_path / f"f{i}.csv").resolve()) for i in range(MAX_FILES + 1, 1, -1)]
    menu.rebuild()
    menu.clear_action.trigger()
    assert RecentFiles().paths() == []


def _mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def test_a_file_dropped_on_the_window_opens(qtbot, window, tmp_path, opened_windows):
    letter = _mime(_write(tmp_path, "brief.docx", "geen voorraad"))  # held: the event does not own its mime data
    refused = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, letter, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()
    path = _write(tmp_path, "schoon.csv", CLEAN)
    mime = _mime(path)
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)  # on a dock or the status bar
    assert enter.isAccepted()
    on_map = window.map.viewport()  # the map's scene accepts every drag, so the file must be caught before it
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(on_map, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.file_actions.opener.opened, timeout=WAIT) as signal:
        QApplication.sendEvent(on_map, drop)
        assert drop.isAccepted()
    opened_windows.append(signal.args[0])
    assert signal.args[0].stock_panel.model.rowCount() == 3


def test_a_stock_file_on_the_command_line_opens_at_start(tmp_path):
    path = _write(tmp_path, "schoon.csv", CLEAN)
    code = f"import sys; from mixplanner.ui.app import main; sys.exit(main([{str(path)!r}, '--quit-after', '1500']))"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert str(path) in (tmp_path / "config" / "mixplanner" / "mixplanner.conf").read_text(encoding="utf-8")


PROBLEMS = [
    Problem("f.csv", 7, "Huur", "rent 'x' is not a number"),
    Problem("f.csv", None, None, "no owner column", Severity.WARNING),
    Problem("f.csv", 3, "Eigenaar", "unknown owner value 'WSN'"),
    Problem("f.csv", 3, "Bouwjaar", "building year 9999 is not a real year", Severity.WARNING),
    Problem("f.csv", None, None, "wijk_code derived", Severity.INFO),
]


def test_the_problem_model_filters_and_sorts(qtmodeltester):
    model = ProblemTableModel(PROBLEMS)
    qtmodeltester.check(model)
    assert [model.problem(r).row for r in range(5)] == [None, None, 3, 3, 7]  # by row; ties in the report's order
    model.sort(SEVERITY, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, SEVERITY).data() for r in range(5)] == ["fout", "fout", "waarschuwing", "waarschuwing", "melding"]
    model.set_severity(Severity.WARNING)
    assert [model.index(r, COLUMN).data() for r in range(2)] == ["", "Bouwjaar"]
    model.sort(COLUMN, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, COLUMN).data() for r in range(2)] == ["Bouwjaar", ""]
    qtmodeltester.check(model)


def test_the_preview_model_passes_the_model_tester(qtmodeltester):
    frame = pd.DataFrame({"Objectcode": ["A1", "A2"], "Gebied": ["BU02210001", ""]}, dtype=object)
    model = PreviewModel(frame, [4, 5])
    qtmodeltester.check(model)
    model.set_assigned("Gebied", "buurtcode")
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Gebied\n→ buurtcode"
    assert model.headerData(1, Qt.Orientation.Vertical) == "5"


def test_extra_columns_next_to_a_complete_set_of_fields_do_not_ask():
    from mixplanner.domain.progress import NoProgress
    from mixplanner.io.columns import ColumnMapping
    from mixplanner.resources import example_stock_path
    from mixplanner.ui.opening.stages import read_stock_table

    read = read_stock_table(Path(example_stock_path()), ColumnMapping(), NoProgress())
    assert read.columns.unrecognised == ("bag_pand_id", "bag_status")  # carried along untouched
    assert read.columns.open_fields == () and not read.columns.needs_user
