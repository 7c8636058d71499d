"""mixplanner-cli inspect: the current mix per area as a table, CSV or JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

import pandas as pd

from mixplanner import __version__
from mixplanner.cli.loading import load_from_args
from mixplanner.domain.categories import Owner, Segment
from mixplanner.domain.classify import classify_frame
from mixplanner.domain.mix import CORPORATIEBUURT_SHARE, MixSummary, mix_summary, rounded_percentages
from mixplanner.domain.numbers import fmt_int, fmt_num
from mixplanner.domain.policy import PolicyTable

_SHORT = {
    "nl": {Segment.SOCIAL_RENT: "soc.huur", Segment.MID_RENT: "midden", Segment.FREE_RENT: "vrij", Segment.AFFORDABLE_OWNED: "bet.koop",
           Segment.EXPENSIVE_OWNED: "dure koop", Segment.UNKNOWN: "onbekend"},
    "en": {Segment.SOCIAL_RENT: "social", Segment.MID_RENT: "mid", Segment.FREE_RENT: "free", Segment.AFFORDABLE_OWNED: "aff.own",
           Segment.EXPENSIVE_OWNED: "exp.own", Segment.UNKNOWN: "unknown"},
}
_WORDS = {
    "nl": {"area": {"buurt": "buurt", "wijk": "wijk", "gemeente": "gemeente", "total": ""}, "name": "naam", "units": "woningen",
           "corp": "corp.", "year": "Beleidsjaar", "records": "records", "intramural": "intramurale zorgplaatsen buiten de mix",
           "rows": "rijen geladen", "rejected": "afgewezen", "see": "zie: mixplanner-cli validate", "mark": "* meer dan 2/3 corporatiebezit (corporatiebuurt)"},
    "en": {"area": {"buurt": "buurt", "wijk": "wijk", "gemeente": "gemeente", "total": ""}, "name": "name", "units": "dwellings",
           "corp": "corp.", "year": "Policy year", "records": "records", "intramural": "intramural care places outside the mix",
           "rows": "rows loaded", "rejected": "rejected", "see": "see: mixplanner-cli validate", "mark": "* more than 2/3 corporation-owned (corporatiebuurt)"},
}


def _summaries(args: argparse.Namespace):
    result, label = load_from_args(args)
    table = PolicyTable.bundled()
    year = args.year or min(dt.date.today().year, table.years[-1])
    thresholds = table.for_year(year)
    classified = classify_frame(result.stock.frame, thresholds)
    by_area = mix_summary(result.stock.frame, classified, args.by)
    total = mix_summary(result.stock.frame, classified, "total")
    names = by_area.names
    if result.areas is not None and args.by == "buurt":
        known = result.areas.set_index("buurt_code")["buurt_naam"]
        names = names.fillna(known.reindex(names.index))
    return result, label, thresholds, by_area, total, names


def run_inspect(args: argparse.Namespace) -> int:
    result, label, thresholds, by_area, total, names = _summaries(args)
    out = {"table": _table, "csv": _csv, "json": _json}[args.format]
    sys.stdout.write(out(result, label, thresholds, by_area, total, names, args))
    return 0


def _corp_share(summary: MixSummary) -> pd.Series:
    owners = summary.owners
    total = owners.sum(axis=1)
    return owners[Owner.CORPORATION.value] / total.where(total > 0)


def _table(result, label, thresholds, by_area: MixSummary, total: MixSummary, names, args) -> str:
    w = _WORDS[args.lang]
    short = _SHORT[args.lang]
    segs = [s.value for s in Segment]
    lines = [f"mixplanner {__version__}: {label}",
             f"{w['year']} {thresholds.year}; {fmt_int(total.totals.iloc[0], args.lang)} {w['units']} in "
             f"{fmt_int(len(result.stock), args.lang)} {w['records']}"]
    if total.intramural_places.iloc[0]:
        lines.append(f"{fmt_int(total.intramural_places.iloc[0], args.lang)} {w['intramural']}")
    lines.append("")
    header = [w["area"][args.by] or "", w["name"], w["units"], *[short[Segment(s)] for s in segs], w["corp"]]
    rows = []
    for summary, row_names in ((by_area, names), (total, None)):
        pct = rounded_percentages(summary.segments[segs])
        corp = _corp_share(summary)
        for area in summary.segments.index:
            name = "" if row_names is None else (row_names.get(area) or "")
            name = "totaal" if area == "totaal" and args.lang == "nl" else ("total" if area == "totaal" else name)
            mark = "*" if corp.get(area, 0) > CORPORATIEBUURT_SHARE and summary.level == "buurt" else ""
            rows.append([
                "" if area == "totaal" else str(area), str(name)[:24], fmt_int(summary.totals[area], args.lang),
                *[_pct(pct.at[area, s], args.lang) for s in segs],
                _pct(100 * corp[area], args.lang) + mark,
            ])
        if summary is by_area and args.by != "total":
            rows.append(None)
    widths = [max(len(str(c)) for c in col) for col in zip(header, *[r for r in rows if r])]
    fmt_row = lambda r: "  ".join(c.ljust(widths[i]) if i < 2 else c.rjust(widths[i]) for i, c in enumerate(r))
    lines.append(fmt_row(header))
    lines.append("  ".join("-" * x for x in widths))
    lines += [fmt_row(r) if r else "  ".join("-" * x for x in widths) for r in rows]
    if args.by == "buurt":
        lines.append(w["mark"])
    rep = result.report
    summary = f"{fmt_int(rep.rows_loaded, args.lang)} {w['rows']}, {fmt_int(rep.rows_rejected, args.lang)} {w['rejected']}"
    if rep.errors or rep.warnings:
        summary += f" ({len(rep.errors)} fouten, {len(rep.warnings)} waarschuwingen; {w['see']})"
    lines += ["", summary]
    return "\n".join(lines) + "\n"


def _pct(value, lang: str) -> str:
    return "-" if pd.isna(value) else fmt_num(value, 1, lang) + "%"


def _long_rows(summary: MixSummary, names) -> list[dict]:
    shares = {key: MixSummary.shares(t) for key, t in (("segment", summary.segments), ("owner", summary.owners), ("care", summary.care))}
    rows = []
    for area in summary.segments.index:
        row = {"area": area, "name": None if names is None else names.get(area), "units": int(summary.totals[area]),
               "intramural_places": int(summary.intramural_places[area])}
        for key, table in (("segment", summary.segments), ("owner", summary.owners), ("care", summary.care)):
            row[key] = {c: {"units": int(table.at[area, c]), "share": _share(shares[key].at[area, c])} for c in table.columns}
        rows.append(row)
    return rows


def _share(value) -> float | None:
    return None if pd.isna(value) else float(value)


def _json(result, label, thresholds, by_area, total, names, args) -> str:
    doc = {
        "mixplanner": __version__, "source": label, "policy_year": thresholds.year, "level": args.by,
        "areas": _long_rows(by_area, names), "total": _long_rows(total, None)[0],
        "load": {"rows_in_file": result.report.rows_in_file, "rows_loaded": result.report.rows_loaded,
                 "rows_rejected": result.report.rows_rejected, "errors": len(result.report.errors),
                 "warnings": len(result.report.warnings)},
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _csv(result, label, thresholds, by_area, total, names, args) -> str:
    records = []
    for row in _long_rows(by_area, names) + [_long_rows(total, None)[0]]:
        flat = {"level": args.by if row["area"] != "totaal" else "total", "area": row["area"], "name": row["name"] or "",
                "units": row["units"], "intramural_places": row["intramural_places"]}
        for key in ("segment", "owner", "care"):
            for cat, v in row[key].items():
                flat[f"{key}:{cat}:units"] = v["units"]
                flat[f"{key}:{cat}:share"] = v["share"]
        records.append(flat)
    return pd.DataFrame(records).to_csv(index=False, lineterminator="\n")
