"""Fixtures for the chart tests: the bundled example, and a fresh Agg figure per test."""

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from chart_example import example


@pytest.fixture(scope="session")
def ex():
    return example()


@pytest.fixture
def fig():
    figure = Figure(figsize=(9, 6), layout="constrained")
    FigureCanvasAgg(figure)
    return figure


@pytest.fixture(scope="session")
def example_plan():
    from mixplanner.io.example import example_plan as make

    return make()
