"""Build the wheel, install it into a fresh venv and run the command line from there (resources inside)."""

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installs_and_runs_the_cli_outside_the_checkout(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)], check=True)
    wheel = next(dist.glob("mixplanner-*.whl"))
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run([str(bindir / "python"), "-m", "pip", "install", "-q", str(wheel)], check=True)
    run = dict(cwd=tmp_path, capture_output=True, text=True, timeout=300)  # cwd outside the checkout
    version = subprocess.run([str(bindir / "mixplanner-cli"), "--version"], **run)
    assert version.returncode == 0 and version.stdout.startswith("mixplanner ")
    inspect = subprocess.run([str(bindir / "mixplanner-cli"), "inspect", "--format", "json"], **run)
    assert inspect.returncode == 0, inspect.stderr
    assert "synthetic tenure on real BAG geometry" in inspect.stdout
    located = subprocess.run(
        [str(bindir / "python"), "-c", "from mixplanner.resources import resource_dir; print(resource_dir())"], **run
    )
    assert str(env_dir) in located.stdout  # the installed copy, not the checkout's resources/
