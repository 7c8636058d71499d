"""Any chart or the map of a plan summary as a PNG or SVG image at print resolution."""

from __future__ import annotations

import os
from pathlib import Path

from mixplanner.reports.palette import ChartStyle
from mixplanner.reports.summary import PlanSummary
from mixplanner.reports.views import render

FORMATS = {".png": "png", ".svg": "svg"}


def save_figure(summary: PlanSummary, view: str, path: str | os.PathLike, dpi: int = 300,
                area: str | None = None) -> Path:
    """Draw a view ("mix", "before-after", "waterfall", "targets", "map-before", "map-after" or "maps") in the
    print style (A4 text width) and save it; the suffix of path picks PNG or SVG (the map's buildings are one
    embedded image in an SVG, its lines and text stay vector)."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"{path.name}: an image is saved as .png or .svg, not as '{path.suffix}'")
    fig = render(summary, view, ChartStyle.for_medium("print"), area=area)
    fig.savefig(path, format=fmt, dpi=dpi, facecolor="white", metadata=_metadata(summary, fmt))
    return path


def _metadata(summary: PlanSummary, fmt: str) -> dict:
    title = f"{summary.plan.title or 'mixplanner'}: {summary.main} ({summary.year})"
    if fmt == "svg":
        return {"Title": title, "Date": summary.made_on.isoformat()}
    return {"Title": title, "Source": summary.plan.source_label}
