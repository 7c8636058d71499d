"""The interface language: installs mixplanner's and Qt's translators and tells widgets which number format to use."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mixplanner.resources import resource_path

SOURCE_LANGUAGE = "nl"  # the strings in the code are Dutch; other languages come from .qm files
_LOCALES = {"nl": (QLocale.Language.Dutch, QLocale.Country.Netherlands),
            "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom)}
_language = SOURCE_LANGUAGE
_installed: list[QTranslator] = []


def resolve(setting: str, system: QLocale | None = None) -> str:
    """The language to use: the setting ("nl" or "en"), else Dutch on a Dutch system and English elsewhere."""
    if setting in _LOCALES:
        return setting
    system = system if system is not None else QLocale.system()
    return "nl" if system.language() == QLocale.Language.Dutch else "en"


def translation_file(language: str):
    return resource_path("translations", f"mixplanner_{language}.qm")


def install(app: QCoreApplication, setting: str = "") -> str:
    """Switch the application to a language (before the windows are built); returns "nl" or "en".

    Calling it again replaces the translators installed before. Qt's own qtbase translation is loaded when
    Qt ships one, so standard dialogs and buttons speak the same language.
    """
    global _language
    uninstall(app)
    language = resolve(setting)
    if language != SOURCE_LANGUAGE and not _load(app, str(translation_file(language))):
        logging.getLogger(__name__).warning("no translation file %s: the interface stays Dutch", translation_file(language))
    _load(app, f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    QLocale.setDefault(QLocale(*_LOCALES[language]))
    _language = language
    return language


def uninstall(app: QCoreApplication) -> None:
    """Remove the translators install() added: the interface is back to its Dutch source strings."""
    global _language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _language = SOURCE_LANGUAGE


def _load(app: QCoreApplication, name: str, folder: str = "") -> bool:
    translator = QTranslator(app)
    if not translator.load(name, folder):
        return False  # a missing Qt translation leaves standard buttons in English, nothing worse
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def language() -> str:
    """The installed interface language, "nl" or "en"; the lang argument for mixplanner's number and chart texts."""
    return _language


def number_locale() -> QLocale:
    """The locale spin boxes use, matching mixplanner.domain.numbers for the interface language."""
    return QLocale(*_LOCALES[_language])
