"""Recovery copies: written while a plan has unsaved changes, dropped on a clean close, offered back after a crash."""

import json
from dataclasses import replace

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mixplanner.domain import edits
from mixplanner.io.planfile import open_plan, save_plan
from mixplanner.ui import session
from mixplanner.ui.app import build_document
from mixplanner.ui.main_window import MainWindow
from mixplanner.ui.models.plan_models import ENABLED
from mixplanner.ui.recovery import Autosaver, RecoveryStore, entry_name
from mixplanner.ui.recovery_offer import Answer, ask
from mixplanner.ui.settings import Settings

SALE_OFF = "Ingreep uit: Verkoop 60 corporatiewoningen"


@pytest.fixture()
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture()
def store(tmp_path):
    return RecoveryStore(tmp_path / "recovery")


@pytest.fixture(scope="module")
def example(qapp):
    document, _ = build_document(None)
    document.wait()
    return document.plan


def _holder(document):
    holder = QObject()
    holder.document = document  # what the Autosaver reads from its window
    return holder


def _sale_off(plan):
    """The example plan with its first intervention (the sale of 60 in Ooipoort) switched off."""
    scenario = "Ooipoort uit de corporatiebuurt"
    edit = edits.toggle_intervention(plan, scenario, 0)
    assert edit.label == SALE_OFF
    return edit.apply(plan), scenario


def test_a_copy_is_written_only_while_changes_are_unsaved(qtbot, example, store, settings, tmp_path):
    document, _ = build_document(None)
    document.wait()
    saver = Autosaver(_holder(document), store, settings)
    assert saver.timer.interval() == 3 * 60_000
    saver.save_now()
    saver.wait()
    assert store.entries() == [] and not list(store.folder.glob("*.mixplan"))  # nothing unsaved: no copy

    document.apply(edits.toggle_intervention(document.plan, document.scenario, 0))
    document.wait()
    saver.save_now()
    saver.wait()
    copy = store.folder / "Voorbeeld Doesburg.mixplan"
    assert copy.is_file()
    info = json.loads((store.folder / "Voorbeeld Doesburg.json").read_text(encoding="utf-8"))
    assert info["original"] is None and info["title"] == "Voorbeeld Doesburg"
    assert not open_plan(copy).scenario(document.scenario).interventions[0].enabled
    assert store.entries() == []  # this session is alive: its copy is not offered to another start

    document.save(tmp_path / "plan.mixplan")  # saved: the copy has done its work
    saver.save_now()
    assert not copy.exists() and not (store.folder / "Voorbeeld Doesburg.json").exists()


def test_a_clean_end_deletes_the_copy_and_settings_change_the_interval(qtbot, store, settings):
    document, _ = build_document(None)
    document.wait()
    saver = Autosaver(_holder(document), store, settings)
    settings.autosave_minutes = 10
    assert saver.timer.interval() == 10 * 60_000
    document.apply(edits.toggle_intervention(document.plan, document.scenario, 0))
    document.wait()
    saver.save_now()
    saver.wait()
    assert len(list(store.folder.glob("*.mixplan"))) == 1
    saver.finish()
    assert list(store.folder.iterdir()) == []  # copy, sidecar and lock all gone
    document.undo_stack.setClean()


def test_after_a_crash_the_copy_is_offered_and_restored(qtbot, example, store, settings, tmp_path):
    original = tmp_path / "doesburg.mixplan"
    save_plan(example, original)
    edited, scenario = _sale_off(example)
    # the crash: a session wrote its copy and died without a clean close (so no lock holds the copy)
    store.write(entry_name(edited, original), edited, original)

    asked = []
    recovered = session.recover(store, ask=lambda entry: asked.append(entry) or Answer.RESTORE)
    assert [e.original for e in asked] == [original]
    window = MainWindow(recovered.document, recovered.attribution)
    qtbot.addWidget(window, before_close_func=lambda _w: (recovered.document.wait(), recovered.document.undo_stack.setClean()))
    kept = session.Session(window, settings, store, adopted=recovered.entry)

    document = window.document
    assert document.path == original  # Save writes to the original file again
    assert window.isWindowModified() and "doesburg.mixplan[*]" in window.windowTitle()
    assert not document.plan.scenario(scenario).interventions[0].enabled  # the edit that was not saved
    assert open_plan(original).scenario(scenario).interventions[0].enabled  # and the original is untouched
    on = window.scenario_panel.interventions.index(0, ENABLED).data(Qt.ItemDataRole.CheckStateRole)
    assert on == Qt.CheckState.Unchecked

    kept.end()  # a clean close
    assert store.entries() == [] and not list(store.folder.glob("*.mixplan"))
    assert settings.window_state is not None  # and the layout was remembered


def test_discard_deletes_the_copy_and_later_keeps_it(store, example):
    edited, _ = _sale_off(example)
    store.write("a", edited, None)
    assert session.recover(store, ask=lambda entry: Answer.LATER) is None
    assert [e.name for e in store.entries()] == ["a"]
    assert session.recover(store, ask=lambda entry: Answer.DISCARD) is None
    assert store.entries() == [] and not (store.folder / "a.mixplan").exists()


def test_damaged_sidecars_are_skipped(store, example):
    store.write("good", example, None)
    (store.folder / "bad.json").write_text("{not json", encoding="utf-8")
    (store.folder / "orphan.json").write_text(json.dumps({"original": None, "title": "x", "saved_at": "2025-01-01T10:00:00"}),
                                              encoding="utf-8")  # its plan copy is missing
    assert [e.name for e in store.entries()] == ["good"]


def test_a_damaged_copy_is_reported_and_the_app_starts_as_usual(qtbot, store, monkeypatch):
    store.folder.mkdir(parents=True)
    (store.folder / "kapot.mixplan").write_bytes(b"not a plan")
    (store.folder / "kapot.json").write_text(json.dumps({"original": None, "title": "kapot", "saved_at": "2025-01-01T10:00:00"}),
                                             encoding="utf-8")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    assert session.recover(store, ask=lambda entry: Answer.RESTORE) is None
    assert warned and warned[0].startswith("De herstelkopie kon niet worden geopend: ")


def test_the_question_has_restore_and_delete_buttons(qtbot, example, store):
    entry = store.write("vraag", replace(example, title="Mijn plan"), None)
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        seen.append((box.text(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text() == "Verwijderen").click()

    QTimer.singleShot(0, answer)
    assert ask(entry) is Answer.DISCARD
    text, buttons = seen[0]
    assert "'Mijn plan'" in text and "niet netjes afgesloten" in text
    assert set(buttons) == {"Herstellen", "Verwijderen", "Later"}


def test_a_copy_that_cannot_be_written_is_said_in_the_status_bar(qtbot, tmp_path, settings):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the recovery folder should be", encoding="utf-8")
    document, attribution = build_document(None)
    window = MainWindow(document, attribution)
    qtbot.addWidget(window, before_close_func=lambda _w: (document.wait(), document.undo_stack.setClean()))
    kept = session.Session(window, settings, RecoveryStore(blocker / "recovery"))
    with qtbot.waitSignal(document.projection_finished, timeout=20_000):  # it clears the status bar when it arrives
        document.apply(edits.toggle_intervention(document.plan, document.scenario, 0))
    with qtbot.waitSignal(kept.autosaver.failed):
        kept.autosaver.save_now()
    assert window.statusBar().currentMessage().startswith("De herstelkopie kon niet worden gemaakt: ")
