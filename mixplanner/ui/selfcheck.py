"""The Qt half of `mixplanner --self-test`: Qt loads, its platform plugin is there, icons and translations read.

Qt is imported inside the steps, so a broken Qt install is reported as a failed step rather than a crash, and
no QApplication is made, so the check runs without a display.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mixplanner.resources import resource_path
from mixplanner.selftest import CheckFailed, Step, run_self_test

# The platform plugin the window needs on each system; a bundle without it starts with "could not find the Qt
# platform plugin" and no window.
_PLATFORM_PLUGINS = {"win32": "windows", "darwin": "cocoa", "linux": "xcb"}


def qt_steps() -> list[Step]:
    return [Step("Qt loaded", _qt_loaded), Step("icons readable", _icons_readable),
            Step("translations readable", _translations_readable)]


def _qt_loaded() -> str:
    import PySide6
    from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401 (importing them is the check)

    plugin = _PLATFORM_PLUGINS.get(sys.platform)
    folders = [Path(p) / "platforms" for p in QtCore.QCoreApplication.libraryPaths()]
    if plugin and not any(f.is_dir() and any(f.glob(f"*q{plugin}.*")) for f in folders):
        raise CheckFailed(f"the Qt platform plugin {plugin} is not in {', '.join(map(str, folders)) or 'any plugin folder'}")
    return f"PySide6 {PySide6.__version__}, Qt {QtCore.qVersion()}" + (f", platform plugin {plugin}" if plugin else "")


def _icons_readable() -> str:
    from PySide6.QtGui import QImage

    sizes = []
    for size in (256, 512):
        image = QImage(str(resource_path("icons", f"mixplanner-{size}.png")))
        if image.isNull() or image.width() != size:
            raise CheckFailed(f"mixplanner-{size}.png does not read as a {size} x {size} image")
        sizes.append(f"{size} x {size}")
    return ", ".join(sizes)


def _translations_readable() -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    files = sorted(resource_path("translations").glob("*.qm"))
    if not files:
        raise CheckFailed("needs the .qm files, which are missing")
    for path in files:
        if not QTranslator().load(str(path)):
            raise CheckFailed(f"Qt cannot read {path.name}")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_nl", qt_folder):
        raise CheckFailed(f"Qt's own Dutch translation (qtbase_nl.qm) is not in {qt_folder}")
    return ", ".join(p.name for p in files) + ", qtbase_nl.qm"


def run() -> int:
    """Exit code 0 when every step passed, 1 otherwise (printed one line per step)."""
    return run_self_test(qt_steps)
