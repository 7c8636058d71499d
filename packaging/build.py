#!/usr/bin/env python
"""Build the desktop application with PyInstaller, then run the bundle's self-test; print build time and size.

    .venv/bin/python packaging/build.py [--skip-self-test]

Needs the `packaging` extra (pip install -e ".[packaging]"). Writes build/ (PyInstaller's work folder) and
dist/mixplanner/ (the one-folder application; on macOS also dist/mixplanner.app). Exit code: 0 when the build and
the self-test passed, 1 when the self-test failed, PyInstaller's exit code when the build failed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "mixplanner.spec"
DIST = ROOT / "dist"


def executable() -> Path:
    """The built application's executable."""
    if sys.platform == "darwin":
        return DIST / "mixplanner.app" / "Contents" / "MacOS" / "mixplanner"
    return DIST / "mixplanner" / ("mixplanner.exe" if os.name == "nt" else "mixplanner")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def human(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:,.0f} {unit}" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1024
    raise AssertionError("unreachable")


def build() -> tuple[int, float]:
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                           "--distpath", str(DIST), "--workpath", str(ROOT / "build"), str(SPEC)], cwd=ROOT)
    return done.returncode, time.monotonic() - started


def self_test() -> int:
    """The bundle's --self-test, without a display (the check opens no window)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([str(executable()), "--self-test"], env=env, cwd=DIST).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-self-test", action="store_true", help="only build")
    args = parser.parse_args(argv)
    code, seconds = build()
    if code != 0:
        print(f"PyInstaller failed (exit code {code}) after {seconds:.0f} s; its messages are above.", file=sys.stderr)
        return code
    bundle = executable().parents[2] if sys.platform == "darwin" else executable().parent
    print(f"Built {bundle} in {seconds:.0f} s ({seconds / 60:.1f} min); size {human(folder_size(bundle))}", flush=True)
    if args.skip_self_test:
        return 0
    result = self_test()
    print(f"Bundle self-test: {'passed' if result == 0 else f'FAILED (exit code {result})'}")
    return 0 if result == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
