"""The projection as a long CSV table that Excel opens right: ';' and decimal comma for Dutch, UTF-8 with BOM."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from mixplanner.reports import labels
from mixplanner.reports.summary import PlanSummary

#: Column -> (Dutch header, English header), in the order written.
HEADERS = {"scenario": ("scenario", "scenario"), "year": ("jaar", "year"), "buurt_code": ("buurtcode", "buurt_code"),
           "buurt_naam": ("buurt", "buurt_name"), "segment": ("segment", "segment"), "owner": ("eigenaar", "owner"),
           "care_type": ("zorgtype", "care_type"), "units": ("woningen", "units")}


def separators(lang: str) -> tuple[str, str]:
    """(field separator, decimal mark) as Excel expects them in a Dutch or an English locale."""
    return (";", ",") if lang == "nl" else (",", ".")


def long_table(summary: PlanSummary) -> pd.DataFrame:
    """Every non-zero cell of every projection in the summary (the chosen scenarios, then the baseline): scenario,
    year, buurt code and name, segment, owner, care type (intramural places included) and units."""
    frames = []
    for scenario, projection in summary.projections.items():
        frame = projection.long_frame()
        names = labels.area_names(projection.areas, summary.plan.areas)
        frame.insert(0, "scenario", scenario)
        frame.insert(3, "buurt_naam", frame["buurt_code"].map(names).fillna(""))
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)[list(HEADERS)]


def write_csv(summary: PlanSummary, path: str | os.PathLike) -> Path:
    """Category values stay the engine's Dutch terms (they are data); the headers follow the summary's language."""
    sep, decimal = separators(summary.lang)
    table = long_table(summary).rename(columns={k: v[summary.lang == "en"] for k, v in HEADERS.items()})
    path = Path(path)
    table.to_csv(path, sep=sep, decimal=decimal, index=False, encoding="utf-8-sig", lineterminator="\r\n")
    return path
