"""The layer rules of ADR 0001, checked mechanically."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold():
    lint = Path(sys.executable).parent / "lint-imports"
    done = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Contracts: 2 kept, 0 broken" in done.stdout


def _modules_loaded_by(*modules: str) -> list[str]:
    """Every module in sys.modules after importing `modules` in a fresh interpreter."""
    code = f"import sys, {', '.join(modules)}; print('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout.split()


def test_core_entry_points_import_neither_qt_nor_matplotlib():
    loaded = _modules_loaded_by("mixplanner", "mixplanner.cli.main", "mixplanner.io.load", "mixplanner.domain.classify")
    assert [m for m in loaded if m.split(".")[0] in ("PySide6", "shiboken6", "matplotlib")] == []


def test_reports_draw_without_qt_or_pyplot():
    loaded = _modules_loaded_by("mixplanner.reports.charts", "mixplanner.reports.palette", "mixplanner.reports.mapdraw")
    bad = [m for m in loaded if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")
           or m.startswith("matplotlib.backends.backend_qt") or m == "matplotlib.pyplot"]
    assert bad == []


def test_every_module_opens_with_a_docstring():
    missing = []
    for path in (ROOT / "mixplanner").rglob("*.py"):
        text = path.read_text(encoding="utf-8").lstrip()
        if not text.startswith(('"""', "'''")):
            missing.append(str(path.relative_to(ROOT)))
    assert missing == []
