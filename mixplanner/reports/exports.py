"""One entry point for every export of a plan summary: the writer is chosen by the file's suffix.

Light on purpose: the writers (and matplotlib) are imported only when an export runs, so the command line can
list the suffixes and views without loading them.
"""

from __future__ import annotations

import os
from pathlib import Path

#: Suffix -> what it holds, in the order the error message lists them.
SUFFIXES = {".pdf": "PDF plan summary", ".xlsx": "Excel workbook", ".pptx": "PowerPoint deck",
            ".gpkg": "GeoPackage for QGIS", ".csv": "CSV of the projection", ".png": "PNG image of one view",
            ".svg": "SVG image of one view"}
IMAGE_SUFFIXES = (".png", ".svg")
#: The charts and maps an image can show; "mix" is the default.
VIEWS = ("mix", "before-after", "waterfall", "targets", "map-before", "map-after", "maps")
DEFAULT_VIEW = "mix"


class ExportError(ValueError):
    """What was asked cannot be exported (an unknown suffix or view); the message says what can."""


def check_target(path: str | os.PathLike, view: str | None = None) -> str:
    """The suffix of path when it can be exported (with the view, for images); raises ExportError otherwise."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        known = ", ".join(f"{s} ({what})" for s, what in SUFFIXES.items())
        what = f"cannot export to '{suffix}'" if suffix else "needs a suffix that names the format"
        raise ExportError(f"{Path(path).name}: mixplanner {what}; it exports to {known}.")
    if view is not None and suffix not in IMAGE_SUFFIXES:
        raise ExportError(f"a view ({view}) can only be chosen for a .png or .svg image, not for {suffix}.")
    if view is not None and view not in VIEWS:
        raise ExportError(f"there is no view '{view}'; the views are {', '.join(VIEWS)}.")
    return suffix


def export(summary, path: str | os.PathLike, view: str | None = None) -> Path:
    """Write the summary to path in the format its suffix names; returns the path written.

    The file is written beside the target and moved into place when complete, so a failed export never
    leaves half a file (nor destroys an older one).
    """
    target = Path(path)
    suffix = check_target(target, view)
    partial = target.with_name(f".{target.stem}.partial-{os.getpid()}{suffix}")
    try:
        _writer(suffix, view)(summary, partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _writer(suffix: str, view: str | None):
    if suffix == ".pdf":
        from mixplanner.reports.pdf import write_pdf

        return write_pdf
    if suffix == ".xlsx":
        from mixplanner.reports.workbook import write_xlsx

        return write_xlsx
    if suffix == ".pptx":
        from mixplanner.reports.deck import write_pptx

        return write_pptx
    if suffix == ".gpkg":
        from mixplanner.reports.geopackage import write_gpkg

        return write_gpkg
    if suffix == ".csv":
        from mixplanner.reports.tables import write_csv

        return write_csv
    from mixplanner.reports.images import save_figure

    return lambda summary, path: save_figure(summary, view or DEFAULT_VIEW, path)
