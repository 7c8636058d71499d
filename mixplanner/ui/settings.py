"""The user's preferences and remembered window state, typed and with defaults, over QSettings("mixplanner", "mixplanner")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, QStandardPaths, Signal

ORGANISATION = APPLICATION = "mixplanner"
LANGUAGES = ("", "nl", "en")  # "": follow the system locale
DEFAULT_AUTOSAVE_MINUTES = 3
AUTOSAVE_MINUTES_RANGE = (1, 60)
DEFAULT_DENSITY_PER_HA = 60.0
DENSITY_RANGE = (1.0, 500.0)


class _Notifier(QObject):
    changed = Signal(str)  # the key that was written


_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    """One object for the whole app whose changed(key) fires after any Settings writes a preference."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def data_dir() -> Path:
    """The user's data folder (AppDataLocation: recovery copies and logs); app.main sets the names it is made of."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


class Settings:
    """Typed access to the stored preferences; a value that is missing or unreadable gives the default."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(ORGANISATION, APPLICATION)

    @property
    def store(self) -> QSettings:
        return self._store

    def _set(self, key: str, value) -> None:
        self._store.setValue(key, value)
        self._store.sync()
        notifier().changed.emit(key)

    def _number(self, key: str, default: float, low: float, high: float) -> float:
        try:
            value = float(self._store.value(key, default))
        except (TypeError, ValueError):
            return default
        return min(max(value, low), high)

    @property
    def language(self) -> str:
        value = str(self._store.value("language", "") or "")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}, not {value!r}")
        self._set("language", value)

    @property
    def autosave_minutes(self) -> int:
        return int(self._number("autosave/minutes", DEFAULT_AUTOSAVE_MINUTES, *AUTOSAVE_MINUTES_RANGE))

    @autosave_minutes.setter
    def autosave_minutes(self, value: int) -> None:
        self._set("autosave/minutes", int(min(max(value, AUTOSAVE_MINUTES_RANGE[0]), AUTOSAVE_MINUTES_RANGE[1])))

    @property
    def density_per_ha(self) -> float:
        """Dwellings per hectare used for the indicative capacity of a sketched plot."""
        return self._number("map/density_per_ha", DEFAULT_DENSITY_PER_HA, *DENSITY_RANGE)

    @density_per_ha.setter
    def density_per_ha(self, value: float) -> None:
        self._set("map/density_per_ha", float(min(max(value, DENSITY_RANGE[0]), DENSITY_RANGE[1])))

    @property
    def last_directory(self) -> str:
        """The folder of the last file opened or saved ("" before the first)."""
        return str(self._store.value("files/last_directory", "") or "")

    @last_directory.setter
    def last_directory(self, value: str) -> None:
        self._set("files/last_directory", str(value))

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        """The docks' places and sizes, as QMainWindow.saveState gives them."""
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._set("window/state", value)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
