#!/usr/bin/env python3
"""Set up the project-local virtual environment and run mixplanner or its tests (standard library only).

    python3 dev.py app [ARGS...]    start mixplanner (without ARGS: the bundled example)
    python3 dev.py test [ARGS...]   run the whole test suite, then the non-UI tests without Qt
    python3 dev.py cli [ARGS...]    run mixplanner-cli in the environment
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
NOQT_VENV = ROOT / ".venv-noqt"
QT_PACKAGES = ("pyside6", "shiboken6", "pytest-qt")


def _python(env_dir: Path) -> Path:
    sub = "Scripts" if os.name == "nt" else "bin"
    return env_dir / sub / ("python.exe" if os.name == "nt" else "python")


def _fingerprint(extra: str) -> str:
    data = (ROOT / "pyproject.toml").read_bytes() + extra.encode()
    return hashlib.sha256(data).hexdigest()


def _ensure(env_dir: Path, install_args: list[list[str]], key: str) -> Path:
    """Create env_dir if needed and (re)install when pyproject.toml changed since the last install."""
    py = _python(env_dir)
    stamp = env_dir / ".mixplanner-installed"
    wanted = _fingerprint(key)
    if py.exists() and stamp.exists() and stamp.read_text() == wanted:
        return py
    if not py.exists():
        print(f"Creating {env_dir.name} ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    for args in install_args:
        done = subprocess.run([str(py), "-m", "pip", "install", "--disable-pip-version-check", "-q", *args])
        if done.returncode != 0:
            raise SystemExit(f"Installing into {env_dir.name} failed (pip's messages are above); nothing was started.")
    stamp.write_text(wanted)
    return py


def _requirements_without_qt() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    reqs = project["dependencies"] + project["optional-dependencies"]["test"]
    return [r for r in reqs if not r.lower().startswith(QT_PACKAGES)]


def main_venv() -> Path:
    return _ensure(VENV, [["-e", f"{ROOT}[test]"]], "full")


def noqt_venv() -> Path:
    return _ensure(NOQT_VENV, [_requirements_without_qt(), ["--no-deps", "-e", str(ROOT)]], "noqt")


def run_tests(args: list[str]) -> int:
    py = main_venv()
    code = subprocess.run([str(py), "-m", "pytest", *args], cwd=ROOT).returncode
    if code != 0 or args:
        return code
    print("\n== Non-UI tests in an environment without PySide6 ==", flush=True)
    py = noqt_venv()
    probe = "import importlib.util, sys; sys.exit(importlib.util.find_spec('PySide6') is not None)"
    if subprocess.run([str(py), "-c", probe]).returncode != 0:
        print(f"{NOQT_VENV.name} has PySide6 installed; remove that folder and run again.", file=sys.stderr)
        return 1
    return subprocess.run(
        [str(py), "-m", "pytest", "-m", "not qt and not slow", "--ignore=tests/ui", "-q",
         "-W", "ignore::pytest.PytestConfigWarning"], cwd=ROOT
    ).returncode


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):
        print("mixplanner needs Python 3.11 or newer.", file=sys.stderr)
        return 2
    command, rest = (argv[0], argv[1:]) if argv else ("app", [])
    if command == "test":
        return run_tests(rest)
    if command == "app":
        py = main_venv()
        return subprocess.run([str(py), "-m", "mixplanner", *rest]).returncode
    if command == "cli":
        py = main_venv()
        return subprocess.run([str(py), "-m", "mixplanner.cli", *rest]).returncode
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
