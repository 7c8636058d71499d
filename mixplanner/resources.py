"""Locate bundled resources: resources/ in a checkout, mixplanner/resources in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_dir() -> Path:
    """The folder that holds policy tables, the example neighbourhood, icons and translations."""
    for candidate in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"):
        if (candidate / "policy").is_dir():
            return candidate
    raise FileNotFoundError(
        "mixplanner's resources folder is missing; reinstall mixplanner (looked in "
        f"{_PACKAGE_DIR / 'resources'} and {_PACKAGE_DIR.parent / 'resources'})"
    )


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def example_stock_path() -> Path:
    return resource_path("example", "doesburg_example.gpkg")


EXAMPLE_LABEL = "synthetic tenure on real BAG geometry (Bron: BAG, Kadaster)"
