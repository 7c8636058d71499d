"""mixplanner-cli validate: every problem in a stock file with file, row and column."""

from __future__ import annotations

import argparse
import json
import sys

from mixplanner.cli.loading import load_from_args
from mixplanner.io.problems import LoadReport, Severity


def _sorted(report: LoadReport):
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    return sorted(report.problems, key=lambda p: (p.row is not None, p.row or 0, order[p.severity]))


def run_validate(args: argparse.Namespace) -> int:
    result, label = load_from_args(args)
    report = result.report
    if args.format == "json":
        doc = {"file": label, "kind": report.kind, "rows_in_file": report.rows_in_file, "rows_loaded": report.rows_loaded,
               "rows_rejected": report.rows_rejected, "mapping": report.mapping, "carried_along": report.unmapped,
               "problems": [p.as_dict() for p in _sorted(report)]}
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    else:
        lines = [f"{label} ({report.kind})",
                 f"rijen in bestand: {report.rows_in_file}; geladen: {report.rows_loaded}; afgewezen: {report.rows_rejected}",
                 "kolommen: " + (", ".join(f"'{k}' -> {v}" for k, v in report.mapping.items()) or "geen herkend")]
        if report.unmapped:
            lines.append("meegenomen zonder betekenis: " + ", ".join(f"'{c}'" for c in report.unmapped))
        lines.append("")
        lines += [str(p) for p in _sorted(report)] or ["geen problemen gevonden"]
        sys.stdout.write("\n".join(lines) + "\n")
    return 0 if report.clean else 1
