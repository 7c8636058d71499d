"""Build the wheel, install it into a fresh venv and run both commands from there (resources inside)."""

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from mixplanner import __version__

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"


def _expected_resources() -> set[str]:
    """Files the wheel must hold: icons, policy tables, the example, and the translations once they are built."""
    wanted = {f"icons/{name}" for name in ("mixplanner.svg", "mixplanner-256.png", "mixplanner-512.png",
                                           "mixplanner.ico", "mixplanner.icns")}
    wanted |= {"policy/targets.json", "policy/thresholds.json", "example/doesburg_example.gpkg"}
    if (RESOURCES / "translations").is_dir():
        qm_files = {f"translations/{p.name}" for p in (RESOURCES / "translations").glob("*.qm")}
        assert qm_files, "resources/translations/ holds no .qm files: run scripts/update_translations.py"
        wanted |= qm_files
    return {f"mixplanner/resources/{name}" for name in wanted}


@pytest.mark.slow
def test_wheel_installs_and_runs_both_commands_outside_the_checkout(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)], check=True)
    wheel = next(dist.glob("mixplanner-*.whl"))
    assert wheel.name.startswith(f"mixplanner-{__version__}-")
    with zipfile.ZipFile(wheel) as archive:
        assert _expected_resources() - set(archive.namelist()) == set()

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run([str(bindir / "python"), "-m", "pip", "install", "-q", str(wheel)], check=True)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    run = dict(cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)  # cwd outside the checkout

    for command in ("mixplanner-cli", "mixplanner"):
        version = subprocess.run([str(bindir / command), "--version"], **run)
        assert (version.returncode, version.stdout) == (0, f"mixplanner {__version__}\n"), version.stderr
    inspect = subprocess.run([str(bindir / "mixplanner-cli"), "inspect", "--format", "json"], **run)
    assert inspect.returncode == 0, inspect.stderr
    assert "synthetic tenure on real BAG geometry" in inspect.stdout
    self_test = subprocess.run([str(bindir / "mixplanner"), "--self-test"], **run)  # the gui-script entry point
    assert self_test.returncode == 0, self_test.stdout + self_test.stderr
    assert self_test.stdout.splitlines()[-1] == "self-test passed: 9 of 9 steps OK"
    assert str(env_dir) in self_test.stdout.splitlines()[0]  # the installed copy, not the checkout's

    located = subprocess.run(
        [str(bindir / "python"), "-c", "from mixplanner.resources import resource_dir; print(resource_dir())"], **run
    )
    assert str(env_dir) in located.stdout  # the installed copy, not the checkout's resources/
