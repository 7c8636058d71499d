"""Benchmark mixplanner's projection engine: project(plan, scenario) against a plain pandas floor.

Three stocks, each with a realistic 20-intervention scenario over 15 years (2026-2041): sales, new build in
several buurten, turnover transformations over 10 years, care conversions, a demolish-replace, a
demolition, acquisitions and a relabel (numbers scaled to the stock, so that each stock does comparable
relative work):

* example   the bundled example neighbourhood (resources/example/doesburg_example.gpkg, via load_stock);
* 5k        a synthetic stock of 5,000 dwellings (records of 1 unit), made in memory by make_stock.generate;
* 300k      the same generator, 300,000 dwellings in 60 buurten.

For each: one warm-up, then --repeat timed runs (default 5) of project(plan, scenario); best and median.
Beside it the floor: the time of 16 plain pandas groupbys of the same stock (one per projected year),
frame.groupby(["buurt_code", "owner", "care_type"], observed=True)["units"].sum(), and the ratio
project / floor. Goals: 5k < 50 ms and 300k < 1 s (judged on the median).

    .venv/bin/python benchmarks/bench_projection.py [--repeat 5] [--profile] [--no-geometry] [--only 5k]

--profile runs the 300k case once more under cProfile and prints the top 15 entries by cumulative time
(and by own time). The exit status is 0 when every goal is met and 1 when one is missed.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

import make_stock  # noqa: E402
from mixplanner.domain.interventions import (  # noqa: E402
    Acquire, Build, ConvertCare, Demolish, DemolishReplace, Relabel, Selection, Sell, Turnover,
)
from mixplanner.domain.scenario import Assumptions, Plan, Scenario  # noqa: E402
from mixplanner.domain.stock import Stock  # noqa: E402
from mixplanner.engine.projection import Projection, project  # noqa: E402

BASE_YEAR, HORIZON = 2026, 15
YEARS = HORIZON + 1
GOALS = {"5k": 0.050, "300k": 1.0}  # seconds, median of project()
SEED = make_stock.DEFAULT_SEED


# --- stocks ------------------------------------------------------------------------------------------

def example_stock() -> tuple[Stock, pd.DataFrame | None]:
    from mixplanner.io.load import load_stock
    from mixplanner.resources import example_stock_path

    result = load_stock(example_stock_path())
    return result.stock, result.areas


def synthetic_stock(n: int, geometry: bool = True) -> Stock:
    """n dwellings of make_stock.generate, each record 1 unit, with (by default) its building polygon."""
    cols = make_stock.generate(n, SEED)
    codes = cols["buurt_code"]
    frame = pd.DataFrame({
        "id": cols["id"],
        "units": np.ones(n, dtype=np.int64),
        "buurt_code": codes,
        "wijk_code": np.char.add("WK", np.array([c[2:8] for c in codes], dtype=str)).astype(object),
        "gemeente_code": f"GM{make_stock.GEMEENTE}",
        "owner": cols["owner"],
        "rent": cols["rent"],
        "wws_points": cols["wws_points"],
        "woz": cols["woz"],
        "floor_area": cols["floor_area"],
        "building_year": cols["building_year"].astype(float),
        "dwelling_type": cols["dwelling_type"],
        "care_type": cols["care_type"],
    })
    if geometry:
        import shapely

        frame["geometry"] = shapely.box(cols["xmin"], cols["ymin"], cols["xmax"], cols["ymax"])
    return Stock.from_frame(frame, f"make_stock.generate({n}, {SEED}), 1 unit per record")


# --- the scenario ------------------------------------------------------------------------------------

def scenario_for(stock: Stock) -> Scenario:
    """20 interventions on the six largest buurten, their sizes scaled to what the selections hold."""
    f = stock.frame
    in_mix = f["care_type"] != "intramuraal"
    sizes = f[f["buurt_code"].notna()].groupby("buurt_code")["units"].sum().sort_values(ascending=False, kind="stable")
    b = list(sizes.index[:6])
    if len(b) < 6:
        raise SystemExit(f"the stock has {len(b)} buurten; the benchmark scenario needs 6")

    def held(buurt: str | None = None, owner: str | None = None, **where) -> int:
        mask = in_mix.copy()
        if buurt is not None:
            mask &= f["buurt_code"] == buurt
        if owner is not None:
            mask &= f["owner"] == owner
        if "before" in where:
            mask &= f["building_year"] < where["before"]
        if "dwelling_type" in where:
            mask &= f["dwelling_type"] == where["dwelling_type"]
        return int(f.loc[mask, "units"].sum())

    def part(total: int, share: float) -> int:
        return max(1, int(total * share))

    corp, priv = "woningcorporatie", "particuliere verhuurder"
    size = {code: int(sizes[code]) for code in b}
    social, mid, free = "sociale huur", "middenhuur", "vrije sector huur"
    cheap, dear = "betaalbare koop", "dure koop"

    def build_units(code: str, share: float) -> int:
        return max(2, int(size[code] * share))

    # Restructuring goes where old corporation stock is: the buurten with the most built before 1975.
    old = sorted(b, key=lambda code: -held(code, corp, before=1975))
    renew, wreck = old[0], old[1]

    items = [
        Sell(label="Verkoop corporatiebezit " + b[0], year=2027, discount=0.1, share=0.10,
             selection=Selection(filter=f"eigenaar = woningcorporatie en buurt = {b[0]} en woz > 0")),
        Sell(label="Verkoop eengezinswoningen " + b[1], year=2030, share=0.05,
             selection=Selection(filter=f"eigenaar = woningcorporatie en buurt = {b[1]} en type = eengezins en woz > 0")),
        Sell(label="Uitponden particulier " + b[2], year=2033, units=part(held(b[2], priv), 0.05),
             selection=Selection(filter=f"eigenaar = particulier en buurt = {b[2]} en woz > 0")),
        Build(label="Nieuwbouw " + b[0], buurt_code=b[0],
              schedule=((2028, build_units(b[0], 0.02)), (2029, build_units(b[0], 0.02))),
              programme=((social, 0.4), (mid, 0.3), (cheap, 0.3))),
        Build(label="Nieuwbouw " + b[1], buurt_code=b[1],
              schedule=tuple((y, build_units(b[1], 0.01)) for y in (2030, 2031, 2032)),
              programme=((social, 0.3), (mid, 0.4), (free, 0.3))),
        Build(label="Nieuwbouw " + b[3], buurt_code=b[3], realisation_rate=0.9,
              schedule=((2031, build_units(b[3], 0.03)), (2033, build_units(b[3], 0.02))),
              programme=((mid, 0.5), (free, 0.2), (dear, 0.3))),
        Build(label="Grondgebonden koop " + b[4], buurt_code=b[4], dwelling_type="eengezins", floor_area=120.0,
              schedule=((2035, build_units(b[4], 0.03)),), programme=((cheap, 0.6), (dear, 0.4))),
        Build(label="Zorgwoningen " + b[5], buurt_code=b[5], care_type="zorgwoning",
              schedule=((2029, build_units(b[5], 0.01)),), programme=((social, 1.0),)),
        Turnover(label="Corporatie naar middenhuur " + b[0], first_year=2027, last_year=2036, relet_share=0.25,
                 to_segment=mid, cap=part(held(b[0], corp), 0.10),
                 selection=Selection(filter=f"eigenaar = woningcorporatie en buurt = {b[0]}")),
        Turnover(label="Particulier naar middenhuur", first_year=2027, last_year=2036, relet_share=0.5,
                 to_segment=mid, selection=Selection(filter="eigenaar = particulier")),
        Turnover(label="Vrije sector corporatie naar sociaal", first_year=2030, last_year=2039, relet_share=1.0,
                 to_segment=social,
                 selection=Selection(filter="eigenaar = woningcorporatie en segment = vrije sector huur")),
        ConvertCare(label="Nultreden " + b[1], year=2028, care_type="nultreden",
                    units=part(held(b[1], corp, dwelling_type="meergezins"), 0.03),
                    selection=Selection(filter=f"eigenaar = woningcorporatie en buurt = {b[1]} en type = meergezins")),
        ConvertCare(label="Geclusterd wonen " + b[3], year=2031, care_type="geclusterd",
                    units=part(held(b[3], corp), 0.03),
                    selection=Selection(filter=f"eigenaar = woningcorporatie en buurt = {b[3]}")),
        ConvertCare(label="Zorgwoningen " + b[2], year=2034, care_type="zorgwoning",
                    units=part(held(b[2], corp), 0.02),
                    selection=Selection(filter=f"eigenaar = woningcorporatie en buurt = {b[2]} en zorg = geen")),
        DemolishReplace(label="Herstructurering " + renew, year=2029, gap_years=2, ratio=1.25,
                        units=part(held(renew, corp, before=1975), 0.30),
                        programme=((social, 0.6), (mid, 0.4)),
                        selection=Selection(filter=f"eigenaar = woningcorporatie en buurt = {renew} en bouwjaar < 1975")),
        Demolish(label="Sloop " + wreck, year=2035, units=part(held(wreck, corp, before=1975), 0.10),
                 selection=Selection(filter=f"eigenaar = woningcorporatie en buurt = {wreck} en bouwjaar < 1975")),
        Acquire(label="Aankoop " + b[3], year=2030, units=part(held(b[3], priv), 0.05),
                selection=Selection(filter=f"eigenaar = particulier en buurt = {b[3]}")),
        Acquire(label="Aankoop gemeentebreed", year=2036, units=part(held(None, priv), 0.02),
                selection=Selection(filter="eigenaar = particulier")),
        Relabel(label="Particuliere vooroorlogse woningen verkocht " + b[5], year=2032, owner="eigenaar-bewoner",
                selection=Selection(filter=f"eigenaar = particulier en buurt = {b[5]} en bouwjaar < 1945")
                if held(b[5], priv, before=1945) else Selection(filter=f"eigenaar = particulier en buurt = {b[5]}")),
        Sell(label="Verkoop corporatiebezit gemeentebreed", year=2038, share=0.03,
             selection=Selection(filter="eigenaar = woningcorporatie en woz > 0")),
    ]
    assert len(items) == 20
    return Scenario("Benchmark: 20 ingrepen", tuple(items))


# --- timing ------------------------------------------------------------------------------------------

def floor(frame: pd.DataFrame):
    """The least work that yields a per-year mix: a groupby of the stock, once per projected year."""
    for _ in range(YEARS):
        out = frame.groupby(["buurt_code", "owner", "care_type"], observed=True)["units"].sum()
    return out


def timed(fn, repeat: int) -> list[float]:
    fn()  # warm-up
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


def check(projection: Projection) -> str:
    """A few numbers that show the scenario really ran (and did something)."""
    kinds = projection.ledger.groupby("kind")["units"].apply(lambda u: int(u.abs().sum()))
    first, last = projection.units[0].sum(), projection.units[-1].sum()
    return (f"units {first:,} -> {last:,}; delivered {int(projection.delivered.sum()):,}; ledger "
            f"{len(projection.ledger):,} rows; moved/changed per kind: "
            + ", ".join(f"{k} {v:,}" for k, v in kinds.items()))


def fmt(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs after one warm-up (default %(default)s)")
    parser.add_argument("--profile", action="store_true", help="also profile project() on the 300k stock")
    parser.add_argument("--no-geometry", action="store_true", help="synthetic stocks without building polygons")
    parser.add_argument("--only", choices=("example", "5k", "300k"), action="append",
                        help="run only these cases (repeatable)")
    args = parser.parse_args(argv)
    cases = args.only or ["example", "5k", "300k"]
    from mixplanner.domain.policy import PolicyTable

    PolicyTable.bundled()  # imports and first file read out of the way

    rows, plans = [], {}
    for name in cases:
        t0 = time.perf_counter()
        if name == "example":
            stock, areas = example_stock()
        else:
            stock, areas = synthetic_stock(5_000 if name == "5k" else 300_000, not args.no_geometry), None
        plan = Plan(stock, Assumptions(base_year=BASE_YEAR, horizon=HORIZON), areas=areas)
        scenario = scenario_for(stock)
        plan = plan.with_scenario(scenario)
        plans[name] = (plan, scenario)
        print(f"{name}: {len(stock):,} records, {stock.total_units:,} units, "
              f"{stock.frame['buurt_code'].nunique()} buurten (made in {time.perf_counter() - t0:.1f} s); timing ...",
              flush=True)
        proj = project(plan, scenario)
        print(f"  {check(proj)}", flush=True)
        run_times = timed(lambda: project(plan, scenario), args.repeat)
        floor_times = timed(lambda: floor(stock.frame), args.repeat)
        rows.append((name, stock, run_times, floor_times))

    print()
    load_avg = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    print(f"project(plan, scenario), 20 interventions, {HORIZON} years ({BASE_YEAR}-{BASE_YEAR + HORIZON}); "
          f"best and median of {args.repeat} after a warm-up (python {sys.version.split()[0]}, pandas "
          f"{pd.__version__}, numpy {np.__version__}, {os.cpu_count()} CPUs, load average {load_avg})")
    head = (f"{'stock':<8} {'records':>8} {'units':>8} {'project best':>13} {'project med':>12} "
            f"{'floor best':>11} {'floor med':>10} {'ratio med':>9} {'goal':>8} {'':4}")
    print(head)
    print("-" * len(head))
    misses = 0
    for name, stock, run_times, floor_times in rows:
        best, med = min(run_times), statistics.median(run_times)
        fbest, fmed = min(floor_times), statistics.median(floor_times)
        goal = GOALS.get(name)
        verdict = "" if goal is None else ("PASS" if med < goal else "MISS")
        misses += verdict == "MISS"
        print(f"{name:<8} {len(stock):>8,} {stock.total_units:>8,} {fmt(best):>13} {fmt(med):>12} "
              f"{fmt(fbest):>11} {fmt(fmed):>10} {med / fmed:>8.1f}x {('< ' + fmt(goal)) if goal else '-':>8} {verdict:4}")
    print()
    print(f"floor     {YEARS} x frame.groupby(['buurt_code', 'owner', 'care_type'], observed=True)['units'].sum()")
    print("ratio     median project() / median floor; goal judged on the median of project()")
    for name, _stock, run_times, floor_times in rows:
        print(f"raw {name}: project {', '.join(fmt(t) for t in run_times)}; floor {', '.join(fmt(t) for t in floor_times)}")

    if args.profile:
        if "300k" not in plans:
            stock = synthetic_stock(300_000, not args.no_geometry)
            plans["300k"] = (Plan(stock, Assumptions(base_year=BASE_YEAR, horizon=HORIZON)), scenario_for(stock))
        plan, scenario = plans["300k"]
        profiler = cProfile.Profile()
        gc.collect()
        profiler.enable()
        project(plan, scenario)
        profiler.disable()
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out).strip_dirs()
        out.write("\n--- cProfile of project() on the 300k stock: top 15 by cumulative time ---\n")
        stats.sort_stats("cumulative").print_stats(15)
        out.write("--- top 15 by own time (tottime) ---\n")
        stats.sort_stats("tottime").print_stats(15)
        print(out.getvalue())
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
