"""Start the desktop app: `mixplanner [FILE]` (a .mixplan plan or a stock file; the example without one)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def build_document(path: str | None, reports: list | None = None):
    """A PlanDocument for a plan file, a stock file, or the bundled example (with its scenarios and targets).

    The load report of a stock file is appended to `reports`, so the window can show what was rejected.
    """
    from mixplanner.domain.scenario import Plan
    from mixplanner.io.example import example_plan
    from mixplanner.io.load import load_stock
    from mixplanner.resources import EXAMPLE_LABEL
    from mixplanner.ui.document import PlanDocument

    if path and Path(path).suffix.lower() == ".mixplan":
        from mixplanner.io.planfile import open_plan

        plan = open_plan(path)
        return PlanDocument(plan, Path(path)), plan.source_label
    if path:
        result = load_stock(path)
        if reports is not None:
            reports.append(result.report)
        return PlanDocument(Plan(result.stock, areas=result.areas, title=Path(path).stem)), Path(path).name
    plan = example_plan()
    return PlanDocument(plan), EXAMPLE_LABEL


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="mixplanner", description="Plan the housing mix of Dutch neighbourhoods.")
    parser.add_argument("file", nargs="?", help="a .mixplan plan or a stock file (default: the example)")
    parser.add_argument("--quit-after", type=int, metavar="MS", help=argparse.SUPPRESS)  # for the start-up test
    args = parser.parse_args(argv)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from mixplanner.io.problems import UnreadableFileError
    from mixplanner.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("mixplanner")
    app.setOrganizationName("mixplanner")
    reports: list = []
    try:
        document, attribution = build_document(args.file, reports)
    except UnreadableFileError as exc:
        QMessageBox.critical(None, "mixplanner", str(exc))
        return 2
    window = MainWindow(document, attribution)
    window.show()
    for report in reports:
        window.show_load_report(report)
    if args.quit_after:
        QTimer.singleShot(args.quit_after, window.close)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
