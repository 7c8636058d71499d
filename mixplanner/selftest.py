"""The installation check behind `mixplanner --self-test`: example, projection, PDF and resources, without Qt."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from mixplanner import __version__
from mixplanner.resources import resource_path

# The bundled example as resources/example/README.md describes it: a wrong count means a broken install.
EXAMPLE_DWELLINGS = 5085
EXAMPLE_INTRAMURAL = 60
ICON_FILES = ("mixplanner.svg", "mixplanner-256.png", "mixplanner-512.png", "mixplanner.ico", "mixplanner.icns")


class CheckFailed(Exception):
    """A step found the installation wrong; the message says what, in one sentence."""


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[], str]  # returns what it checked, for the OK line; raises when something is wrong


class CoreChecks:
    """The steps that need neither Qt nor a display; later steps use what earlier ones made."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.plan = None
        self.summary = None

    def steps(self) -> list[Step]:
        return [Step("example loaded", self.load_example), Step("CSV and Excel read", self.read_files),
                Step("scenario projected", self.project), Step("PDF summary written", self.write_pdf),
                Step("icons present", self.find_icons), Step("translations present", self.find_translations)]

    def load_example(self) -> str:
        from mixplanner.domain.scenario import BASELINE
        from mixplanner.io.example import example_plan

        self.plan = example_plan()
        if not any(s.name != BASELINE for s in self.plan.scenarios):
            raise CheckFailed("the example has no scenario besides the baseline")
        return f"{len(self.plan.stock):,} records, {len(self.plan.scenarios)} scenarios"

    def read_files(self) -> str:
        """The readers a bundle can lose (they are imported only when such a file is opened) still work."""
        import openpyxl

        from mixplanner.io.load import load_stock

        rows = [["VHE nummer", "Buurtcode", "Eigenaar", "Kale huur"], ["1", "BU02210001", "corporatie", "650,50"],
                ["2", "BU02210002", "eigenaar-bewoner", ""]]
        csv = self.workdir / "bezit.csv"
        csv.write_text("\n".join(";".join(row) for row in rows), encoding="utf-8")
        book = openpyxl.Workbook()
        for row in rows:
            book.active.append(row)
        xlsx = self.workdir / "bezit.xlsx"
        book.save(xlsx)
        for path in (csv, xlsx):
            report = load_stock(path).report
            if (report.rows_loaded, report.rows_rejected) != (2, 0):
                raise CheckFailed(f"{path.name}: {report.rows_loaded} of 2 rows loaded, {report.rows_rejected} rejected")
        return "2 of 2 rows from each"

    def project(self) -> str:
        from mixplanner.domain.scenario import BASELINE
        from mixplanner.reports.summary import summarise

        if self.plan is None:
            raise CheckFailed("needs the example, which did not load")
        self.summary = summarise(self.plan)
        base_year, last_year = self.summary.base_year, self.summary.year
        baseline = self.summary.projections[BASELINE]
        dwellings = int(baseline.mix(base_year, "total").to_numpy().sum())
        intramural = int(baseline.intramural(base_year).sum())
        if (dwellings, intramural) != (EXAMPLE_DWELLINGS, EXAMPLE_INTRAMURAL):
            raise CheckFailed(f"the example counts {dwellings:,} dwellings and {intramural} intramural places in "
                              f"{base_year}, not {EXAMPLE_DWELLINGS:,} and {EXAMPLE_INTRAMURAL}")
        for name, projection in self.summary.projections.items():
            change = int(projection.units[-1].sum() - projection.units[projection.year_index(base_year)].sum())
            booked = int(projection.ledger["units"].sum())
            if change != booked:
                raise CheckFailed(f"{name}: the stock changes by {change:+,} units but the ledger books {booked:+,}")
        main = self.summary.projections[self.summary.main]
        after = int(main.mix(last_year, "total").to_numpy().sum())
        return f"{self.summary.main}: {dwellings:,} dwellings in {base_year}, {after:,} in {last_year}; ledger balances"

    def write_pdf(self) -> str:
        from mixplanner.reports.pdf import write_pdf

        if self.summary is None:
            raise CheckFailed("needs the projection, which failed")
        path = self.workdir / "mixplanner-self-test.pdf"
        write_pdf(self.summary, path)
        data = path.read_bytes() if path.exists() else b""
        if not data:
            raise CheckFailed(f"{path.name} is missing or empty")
        if not data.startswith(b"%PDF") or b"%%EOF" not in data[-1024:]:
            raise CheckFailed(f"{path.name} is not a complete PDF file")
        return f"{len(data):,} bytes"

    def find_icons(self) -> str:
        folder = _resource_folder("icons")
        missing = [name for name in ICON_FILES if not (folder / name).is_file() or not (folder / name).stat().st_size]
        if missing:
            raise CheckFailed(f"missing in {folder}: {', '.join(missing)}")
        return f"{len(ICON_FILES)} files"

    def find_translations(self) -> str:
        folder = _resource_folder("translations")
        found = sorted(p.name for p in folder.glob("*.qm"))
        if not found:
            raise CheckFailed(f"no .qm files in {folder}")
        return ", ".join(found)


def _resource_folder(name: str) -> Path:
    folder = resource_path(name)
    if not folder.is_dir():
        raise CheckFailed(f"the folder {folder} is missing")
    return folder


def run_steps(steps: Sequence[Step], out: TextIO | None) -> int:
    """Run every step (a failed one does not stop the others), print one line each; 0 when all passed, else 1."""
    width = max(len(step.name) for step in steps)
    failed = 0
    for step in steps:
        try:
            line = f"OK ({step.run()})"
        except Exception as exc:  # a self-check reports every failure as a line, never as a traceback
            failed += 1
            reason = str(exc) if isinstance(exc, CheckFailed) else f"{exc.__class__.__name__}: {exc}"
            line = f"FAILED: {reason}"
        _print(out, f"{step.name:<{width}}  {line}")
    _print(out, f"self-test {'passed' if not failed else 'FAILED'}: {len(steps) - failed} of {len(steps)} steps OK")
    return 1 if failed else 0


def run_self_test(extra: Callable[[], Sequence[Step]] = lambda: (), out: TextIO | None = None) -> int:
    """The core steps, then `extra` ones (the window's Qt checks), in a temporary folder that is removed after."""
    out = out if out is not None else sys.stdout  # None in a Windows GUI build without a console
    _print(out, f"mixplanner {__version__} self-test ({Path(__file__).resolve().parent})")
    with tempfile.TemporaryDirectory(prefix="mixplanner-self-test-") as workdir:
        return run_steps([*CoreChecks(Path(workdir)).steps(), *extra()], out)


def _print(out: TextIO | None, line: str) -> None:
    if out is not None:
        print(line, file=out, flush=True)
