"""Settings with defaults in a temporary QSettings file, the preferences dialog, and the remembered window layout."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from mixplanner.ui import layout_memory
from mixplanner.ui.app import build_document
from mixplanner.ui.main_window import MainWindow
from mixplanner.ui.preferences_dialog import PreferencesDialog
from mixplanner.ui.settings import Settings, notifier


@pytest.fixture()
def ini(tmp_path):
    return str(tmp_path / "mixplanner.ini")


@pytest.fixture()
def settings(ini):
    return Settings(QSettings(ini, QSettings.Format.IniFormat))


def test_defaults_when_nothing_is_stored(settings):
    assert settings.language == ""
    assert settings.autosave_minutes == 3
    assert settings.density_per_ha == 60.0
    assert settings.last_directory == ""
    assert settings.window_geometry is None and settings.window_state is None


def test_values_are_stored_in_the_file_and_read_back(settings, ini, qtbot):
    with qtbot.waitSignal(notifier().changed) as changed:
        settings.autosave_minutes = 7
    assert changed.args == ["autosave/minutes"]
    settings.language = "en"
    settings.density_per_ha = 85
    settings.last_directory = "/data/plannen"
    again = Settings(QSettings(ini, QSettings.Format.IniFormat))
    assert (again.language, again.autosave_minutes, again.density_per_ha, again.last_directory) == (
        "en", 7, 85.0, "/data/plannen")


def test_bad_or_out_of_range_values_fall_back(settings, ini):
    with pytest.raises(ValueError):
        settings.language = "de"
    settings.autosave_minutes = 0  # clamped to the 1..60 minutes the dialog allows
    assert settings.autosave_minutes == 1
    raw = QSettings(ini, QSettings.Format.IniFormat)
    raw.setValue("map/density_per_ha", "veel")
    raw.setValue("language", "fr")
    raw.sync()
    again = Settings(QSettings(ini, QSettings.Format.IniFormat))
    assert again.density_per_ha == 60.0 and again.language == ""


def test_preferences_dialog_shows_and_writes_the_settings(settings, qtbot):
    settings.autosave_minutes = 5
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.autosave.value() == 5 and dialog.density.value() == 60 and dialog.language.currentData() == ""
    assert [dialog.language.itemText(i) for i in range(3)] == ["Systeemtaal", "Nederlands", "English"]
    assert any("opnieuw wordt gestart" in label.text() for label in dialog.findChildren(QLabel))  # says: after a restart
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.autosave.setValue(10)
    dialog.density.setValue(120)
    dialog.accept()
    assert (settings.language, settings.autosave_minutes, settings.density_per_ha) == ("en", 10, 120.0)


@pytest.fixture()
def make_window(qtbot):
    def make():
        document, attribution = build_document(None)
        window = MainWindow(document, attribution)
        qtbot.addWidget(window, before_close_func=lambda _w: (document.wait(), document.undo_stack.setClean()))
        return window
    return make


def test_layout_is_saved_restored_and_reset(settings, make_window):
    first = make_window()
    first.show()
    first.resize(first.width(), 560)
    first.docks["stock"].hide()
    first.addDockWidget(Qt.RightDockWidgetArea, first.docks["charts"])
    layout_memory.save(first, settings)

    second = make_window()
    assert second.dockWidgetArea(second.docks["charts"]) == Qt.LeftDockWidgetArea
    assert layout_memory.restore(second, settings)
    assert second.docks["stock"].isHidden()
    assert second.dockWidgetArea(second.docks["charts"]) == Qt.RightDockWidgetArea
    # the height: restoreGeometry narrows a window to the 800 px offscreen screen, and the docks need ~840 px
    assert second.height() == first.height() == 560

    reset = next(a for m in second.menuBar().actions() for a in m.menu().actions() if a.text() == "Standaardindeling &herstellen")
    reset.trigger()
    assert not second.docks["stock"].isHidden()
    assert second.dockWidgetArea(second.docks["charts"]) == Qt.LeftDockWidgetArea
    assert second.dockWidgetArea(second.docks["scenarios"]) == Qt.RightDockWidgetArea


def test_nothing_is_restored_without_a_saved_layout(settings, make_window):
    window = make_window()
    assert not layout_memory.restore(window, settings)
    assert not window.docks["stock"].isHidden()
