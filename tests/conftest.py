"""Test configuration: headless Qt for every test run, and the qt marker for tests under tests/ui."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

UI_DIR = Path(__file__).parent / "ui"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if UI_DIR in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt)
