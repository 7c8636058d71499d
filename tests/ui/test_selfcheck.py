"""`mixplanner --self-test` and `--version` as a user runs them: a real process, with no display at all."""

import os
import subprocess
import sys

import pytest

from mixplanner import __version__
from mixplanner.selftest import CheckFailed
from mixplanner.ui import selfcheck

HEADLESS = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}


def _mixplanner(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mixplanner", *args], env=HEADLESS, capture_output=True, text=True,
                          timeout=300)


def test_self_test_passes_without_a_display_and_prints_one_line_per_step():
    done = _mixplanner("--self-test")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"mixplanner {__version__} self-test")
    assert lines[-1] == "self-test passed: 9 of 9 steps OK"
    assert [line.split("  ")[0] for line in lines[7:10]] == ["Qt loaded", "icons readable", "translations readable"]
    assert all("  OK (" in line for line in lines[1:-1])
    assert done.stderr == ""


def test_version_prints_the_one_version():
    done = _mixplanner("--version")
    assert (done.returncode, done.stdout) == (0, f"mixplanner {__version__}\n")


def test_a_missing_platform_plugin_fails_the_qt_step(monkeypatch):
    monkeypatch.setitem(selfcheck._PLATFORM_PLUGINS, sys.platform, "nosuchplatform")
    with pytest.raises(CheckFailed, match="the Qt platform plugin nosuchplatform is not in"):
        selfcheck._qt_loaded()


def test_an_unreadable_translation_fails_the_translation_step(tmp_path, monkeypatch):
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "mixplanner_en.qm").write_bytes(b"not a qm file")
    monkeypatch.setattr(selfcheck, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(CheckFailed, match="Qt cannot read mixplanner_en.qm"):
        selfcheck._translations_readable()
