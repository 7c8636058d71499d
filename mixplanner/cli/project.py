"""mixplanner-cli project / compare / new: the mix per year, target status, scenario differences, plan files."""

from __future__ import annotations

import argparse
import json
import sys

import pandas as pd

from mixplanner.cli.plans import known_scenario, pick_scenario, plan_from_args, split_scenario_args, validate_scenarios
from mixplanner.domain.mix import CORPORATIEBUURT_SHARE, rounded_percentages
from mixplanner.domain.numbers import fmt_int, fmt_num
from mixplanner.engine.compare import compare
from mixplanner.engine.projection import Projection, project
from mixplanner.engine.targets import evaluate_all, first_year_below, status_table

SHORT = {"sociale huur": "soc.huur", "middenhuur": "midden", "vrije sector huur": "vrij", "betaalbare koop": "bet.koop",
         "dure koop": "dure koop", "onbekend": "onbekend"}


def corporatiebuurten(base: Projection, projection: Projection) -> list[dict]:
    """Buurten above the 2/3 corporation line in the base year, and the year each drops to or below it."""
    owners = base.mix(base.years[0], "buurt", "owner")
    rows = []
    for area in owners.index:
        total = owners.loc[area].sum()
        if total and owners.at[area, "woningcorporatie"] / total > CORPORATIEBUURT_SHARE:
            idx = projection.areas.codes.index(area) if area in projection.areas.codes else None
            name = projection.areas.names[idx] if idx is not None else ""
            rows.append({"buurt": area, "name": name, "share_base": owners.at[area, "woningcorporatie"] / total,
                         "below_from": first_year_below(projection, area, CORPORATIEBUURT_SHARE)})
    return rows


def _corp_lines(rows: list[dict], last_year: int) -> list[str]:
    lines = ["Corporatiebuurten (meer dan 2/3 corporatiebezit in het basisjaar):"]
    if not rows:
        return lines + ["  geen"]
    for r in rows:
        when = (f"onder de 2/3-grens vanaf {r['below_from']}" if r["below_from"] is not None
                else f"blijft boven de 2/3-grens tot en met {last_year}")
        lines.append(f"  {r['buurt']} {r['name']}: {fmt_num(100 * r['share_base'], 1)}% in het basisjaar; {when}")
    return lines


def _mix_table(p: Projection, level: str, area: str | None) -> list[str]:
    series = p.series(level, area)
    pct = rounded_percentages(series)
    header = ["jaar", "woningen", *[SHORT[c] for c in series.columns]]
    rows = [[str(y), fmt_int(series.loc[y].sum()), *[fmt_num(pct.at[y, c], 1) + "%" for c in series.columns]] for y in series.index]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return ["  ".join(c.rjust(widths[i]) for i, c in enumerate(r)) for r in [header, *rows]]


def run_project(args: argparse.Namespace) -> int:
    names, files = split_scenario_args(args.scenario)
    plan = plan_from_args(args.plan, args, files)
    name = pick_scenario(plan, names)
    projection = project(plan, name)
    base = project(plan, plan.scenarios[0])
    statuses = evaluate_all(plan.targets, projection)
    corp = corporatiebuurten(base, projection)
    if args.format == "json":
        doc = {"plan": plan.title, "source": plan.source_label, "scenario": name, "years": list(projection.years),
               "mix": projection.long_frame().to_dict(orient="records"),
               "targets": status_table(statuses).to_dict(orient="records"),
               "corporatiebuurten": corp, "ledger": projection.ledger.to_dict(orient="records")}
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=1, default=_plain) + "\n")
        return 0
    if args.format == "csv":
        sys.stdout.write(projection.long_frame().to_csv(index=False, lineterminator="\n"))
        return 0
    where = args.area or "het hele plan"
    lines = [f"{plan.title or 'plan'}: scenario '{name}' ({plan.source_label})",
             f"Mix per jaar, {where} (aandeel van de woningen; intramurale plaatsen buiten de mix):", ""]
    lines += _mix_table(projection, "buurt" if args.area else "total", args.area)
    lines += ["", *_corp_lines(corp, projection.years[-1]), ""]
    if statuses:
        lines.append("Doelen (stand in het doeljaar):")
        lines += [f"  [{s.status}] {s.area}: {s.target.describe()}; {_detail(s)}" for s in statuses]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


def _detail(status) -> str:
    if status.status == "gehaald":
        return f"gehaald vanaf {status.first_met}"
    if status.status == "geen gegevens":
        return f"geen gegevens in {status.deadline_year}"
    return status.sentence()


def run_compare(args: argparse.Namespace) -> int:
    plan = plan_from_args(args.plan, args, [f for f in args.scenario if f.lower().endswith(".json")])
    a, b = (project(plan, known_scenario(plan, name)) for name in (args.scenario_a, args.scenario_b))
    comparison = compare(a, b, plan.targets)
    diff = comparison.difference(args.level)
    if args.format == "json":
        doc = {"scenario_a": args.scenario_a, "scenario_b": args.scenario_b,
               "difference": diff[diff["difference"] != 0].to_dict(orient="records"),
               "targets": comparison.target_table().to_dict(orient="records")}
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=1, default=_plain) + "\n")
        return 0
    if args.format == "csv":
        sys.stdout.write(diff.to_csv(index=False, lineterminator="\n"))
        return 0
    last = a.years[-1]
    at_end = diff[(diff["year"] == last) & (diff["difference"] != 0)]
    lines = [f"'{args.scenario_b}' minus '{args.scenario_a}' in {last} ({args.level}):"]
    lines += [f"  {r.area:<12} {r.segment:<18} {fmt_int(r.units_a):>7} -> {fmt_int(r.units_b):>7}  ({r.difference:+d})"
              for r in at_end.itertuples()] or ["  geen verschil"]
    table = comparison.target_table()
    if not table.empty:
        lines += ["", "Doelen:"]
        lines += [f"  {r.target} [{r.area}]: A {r.status_a}, B {r.status_b}" for r in table.itertuples()]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


def run_new(args: argparse.Namespace) -> int:
    from mixplanner.io.planfile import save_plan

    plan = plan_from_args(args.stockfile, args, args.scenario)
    validate_scenarios(plan)
    save_plan(plan, args.output)
    print(f"{args.output}: {fmt_int(plan.stock.total_units)} woningen in {fmt_int(len(plan.stock))} records, "
          f"{len(plan.scenarios)} scenario's, {len(plan.targets)} doelen")
    return 0


def _plain(value):
    if pd.isna(value):
        return None
    if hasattr(value, "item"):
        return value.item()
    return str(value)
