"""Start the desktop app: `mixplanner [FILE]` (a .mixplan plan or a stock file; the example without one)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mixplanner import __version__
from mixplanner.resources import resource_path


def build_document(path: str | None = None):
    """A PlanDocument for a .mixplan plan file, or for the bundled example (with its scenarios and targets).

    Stock files go through the opening flow instead (ui/opening), which asks about columns and shows the report.
    """
    from mixplanner.io.example import example_plan
    from mixplanner.resources import EXAMPLE_LABEL
    from mixplanner.ui.document import PlanDocument

    if path:
        from mixplanner.io.planfile import open_plan

        plan = open_plan(path)
        return PlanDocument(plan, Path(path)), plan.source_label
    return PlanDocument(example_plan()), EXAMPLE_LABEL


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="mixplanner", description="Plan the housing mix of Dutch neighbourhoods.")
    parser.add_argument("file", nargs="?", help="a .mixplan plan or a stock file (default: the example)")
    parser.add_argument("--quit-after", type=int, metavar="MS", help=argparse.SUPPRESS)  # for the start-up test
    parser.add_argument("--version", action="version", version=f"mixplanner {__version__}")
    parser.add_argument("--self-test", action="store_true", help="check the installation without opening a window")
    args = parser.parse_args(argv)
    if args.self_test:
        from mixplanner.ui.selfcheck import run

        return run()
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from mixplanner.io.problems import UnreadableFileError
    from mixplanner.ui import session
    from mixplanner.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("mixplanner")
    app.setOrganizationName("mixplanner")
    app.setDesktopFileName("nl.mixplanner.app")  # Wayland and GNOME take the icon from packaging/linux's .desktop file
    app.setWindowIcon(QIcon(str(resource_path("icons", "mixplanner-256.png"))))
    settings = session.prepare(app)  # error log and dialog, language
    recovered = session.recover()  # after a crash: the recovery copy the user chose to restore
    if args.file and recovered is None:  # through the mapping and report dialogs, like File > Openen
        from mixplanner.ui.opening.startup import open_at_start

        def started(window) -> None:
            _adopt(window, settings)
            if args.quit_after:
                QTimer.singleShot(args.quit_after, window.close)

        return open_at_start(app, args.file, started)
    try:
        document, attribution = (recovered.document, recovered.attribution) if recovered else build_document(None)
    except UnreadableFileError as exc:
        QMessageBox.critical(None, "mixplanner", str(exc))
        return 2
    window = MainWindow(document, attribution)
    _adopt(window, settings, recovered.entry if recovered else None)
    window.show()
    if args.quit_after:
        QTimer.singleShot(args.quit_after, window.close)
    return app.exec()


def _adopt(window, settings, adopted=None) -> None:
    """Give a window its session, and hand that on to the window that replaces it when the user opens a file."""
    from mixplanner.ui import session

    own = session.Session(window, settings, adopted=adopted)
    window.file_actions.opener.opened.connect(lambda new: (own.autosaver.finish(), _adopt(new, settings)))


if __name__ == "__main__":
    sys.exit(main())
