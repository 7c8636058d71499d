"""The English translation: complete for the current sources, its .qm built from its .ts, and used by the window."""

import importlib.util
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from mixplanner.domain.categories import CareType, DwellingType, Owner, Segment
from mixplanner.domain.interventions import KINDS
from mixplanner.domain.scenario import BASELINE
from mixplanner.engine.targets import MET, NO_DATA, NOT_MET
from mixplanner.resources import resource_path
from mixplanner.ui import i18n, vocabulary
from mixplanner.ui.app import build_document
from mixplanner.ui.main_window import MainWindow
from mixplanner.ui.models import stock_table as st

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
update = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update)

TS = resource_path("translations", "mixplanner_en.ts")


def test_every_marked_string_has_a_finished_translation(tmp_path):
    """lupdate over today's sources into a copy of the committed .ts: nothing may come out untranslated."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    update.lupdate(copy, "en")
    missing = update.problems(copy)
    assert not missing, ("run `.venv/bin/python scripts/update_translations.py`, translate these in "
                         f"{TS.relative_to(ROOT)} and run it again:\n" + "\n".join(missing))


def test_the_committed_qm_is_what_lrelease_builds_from_the_ts(tmp_path):
    built = tmp_path / "mixplanner_en.qm"
    update.lrelease(TS, built)
    assert built.read_bytes() == TS.with_suffix(".qm").read_bytes(), "rebuild it with scripts/update_translations.py"


def test_the_problem_check_finds_unfinished_and_broken_placeholders(tmp_path):
    ts = tmp_path / "x.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en" sourcelanguage="nl">
<context><name>W</name>
<message><source>Klaar</source><translation>Done</translation></message>
<message><source>Open</source><translation type="unfinished"></translation></message>
<message><source>{n} rijen</source><translation>{count} rows</translation></message>
<message><source>Weg</source><translation type="vanished">Gone</translation></message>
</context></TS>""", encoding="utf-8")
    assert update.problems(ts) == ["W: 'Open' has no finished translation",
                                   "W: '{n} rijen' -> '{count} rows' changes the {placeholders}"]


@pytest.fixture()
def language(qapp):
    """Switch the interface language for one test; afterwards the Dutch source strings and the old locale return."""
    before = QLocale()
    yield lambda setting: i18n.install(qapp, setting)
    i18n.uninstall(qapp)
    QLocale.setDefault(before)


def _window(qtbot):
    document, attribution = build_document(None)
    window = MainWindow(document, attribution)
    qtbot.addWidget(window, before_close_func=lambda _w: (document.wait(), document.undo_stack.setClean()))
    return window


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_window_in_english(qtbot, language):
    assert language("en") == "en"
    window = _window(qtbot)
    titles = _menu_titles(window)
    assert titles[:4] == ["&File", "&Edit", "&Plan", "&View"]
    assert window.docks["targets"].windowTitle() == "Targets"
    assert window.targets_panel.model.headerData(1, Qt.Orientation.Horizontal) == "target"
    model = window.stock_panel.model
    assert model.headerData(st.SEGMENT, Qt.Orientation.Horizontal) == "segment"
    assert model.headerData(st.RENT, Qt.Orientation.Horizontal) == "bare rent (€/month)"
    social = next(r for r in range(model.rowCount()) if model.index(r, st.SEGMENT).data() == "social rent")
    assert model.index(social, st.SEGMENT).data(Qt.ItemDataRole.ToolTipRole)  # explained in English too
    woz = next(model.index(r, st.WOZ).data() for r in range(model.rowCount()) if model.index(r, st.WOZ).data(st.SortRole) >= 1000)
    assert "," in woz and "." not in woz  # English number format: € 234,000 (Dutch: € 234.000)


def test_the_window_in_dutch(qtbot, language):
    assert language("nl") == "nl"
    window = _window(qtbot)
    assert _menu_titles(window)[:4] == ["&Bestand", "Be&werken", "&Plan", "&Beeld"]
    assert window.stock_panel.model.index(0, st.SEGMENT).data() in {s.value for s in Segment}


def test_the_system_locale_decides_when_no_language_is_set():
    assert i18n.resolve("", QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium)) == "nl"
    assert i18n.resolve("", QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"
    assert i18n.resolve("nl", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "nl"


def test_every_domain_value_the_window_shows_is_translatable():
    values = ({m.value for e in (Segment, Owner, DwellingType, CareType) for m in e} | set(KINDS)
              | {MET, NOT_MET, NO_DATA, BASELINE})
    assert values <= set(vocabulary.VALUES)


def test_segment_and_owner_names_match_the_charts(language):
    """The window translates them through Qt, the charts through the domain's label_en: they must agree."""
    language("en")
    for member in (*Segment, *Owner):
        assert vocabulary.label(member.value) == member.label_en


def test_the_mapping_dialog_names_the_fields_in_english(qtbot, language, tmp_path):
    from mixplanner.domain.progress import NoProgress
    from mixplanner.io.columns import ColumnMapping
    from mixplanner.ui.opening.mapping_dialog import MappingDialog
    from mixplanner.ui.opening.stages import read_stock_table

    language("en")
    path = tmp_path / "bezit.csv"
    path.write_text("VHE nummer;Buurtcode;Netto maandlast;Huur oud\n1;BU02210001;650,50;600\n", encoding="utf-8")
    dialog = MappingDialog(read_stock_table(path, ColumnMapping(), NoProgress()))
    qtbot.addWidget(dialog)
    for header in ("Netto maandlast", "Huur oud"):
        combo = dialog.combo_for(header)
        combo.setCurrentIndex(combo.findData("rent"))
        assert combo.currentText() == "bare rent (€/month)"
    assert dialog.preview_model.headerData(2, Qt.Orientation.Horizontal) == "Netto maandlast\n→ bare rent (€/month)"
    assert dialog.status.text() == ("'bare rent (€/month)' is assigned to more than one column "
                                    "('Netto maandlast', 'Huur oud'); choose one.")


def test_the_export_dialog_names_the_baseline_in_english(qtbot, language):
    from mixplanner.ui.export.dialog import ExportDialog

    language("en")
    document, _ = build_document(None)
    dialog = ExportDialog(document)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.tasks.wait())
    first = dialog.scenarios.item(0)
    assert (first.text(), first.data(Qt.ItemDataRole.UserRole)) == ("Baseline (no interventions)", BASELINE)
    first.setCheckState(Qt.CheckState.Checked)
    assert BASELINE in dialog.choice().scenarios  # the summary gets the plan's own name


def test_the_target_table_in_english_has_no_dutch_group_words(qtbot, language):
    language("en")
    window = _window(qtbot)
    with qtbot.waitSignal(window.document.projection_finished, timeout=20_000):
        window.show()
    model = window.targets_panel.model
    texts = [model.index(r, c).data(role) for r in range(model.rowCount()) for c in (1, 2)
             for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
    assert "housing corporation at most 67% (stock, every neighbourhood, 2035)" in texts
    assert "Doesburg" in texts  # the gemeente by its name
    assert not [t for t in texts if "woningcorporatie" in t or "sociale huur" in t or "elke " in t]
