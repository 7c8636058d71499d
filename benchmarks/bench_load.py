"""Benchmark mixplanner's load_stock against the bare read of the same file, for GeoPackage and CSV.

For each file (made by make_stock.py; default 300,000 dwellings):

* time   the bare read and load_stock, --repeat times each in this process; report best and median and
         ratio = load_stock / bare (goal: at most 1.5x, judged on the best times);
* memory the peak resident set size of one load_stock (and, for comparison, one bare read) in a fresh
         subprocess: ru_maxrss after the load, absolute and minus the interpreter's baseline with the
         imports done (goal: absolute peak under 1 GB);
* profile with --profile, load_stock once per file under cProfile: the top entries by cumulative and by
         own time.

The bare reads are the least work that gets the same information out of the file:
GeoPackage: pyogrio.read_arrow(path) + shapely.from_wkb on the geometry column;
CSV:        pandas.read_csv(path, sep=";", dtype=str).
The two are timed alternately. For comparison only, pyarrow.csv.read_csv (multithreaded) of the CSV is
timed too; the goal's ratio is against pandas.read_csv. A stage table splits load_stock into its steps.

    .venv/bin/python benchmarks/bench_load.py [--n 300000] [--repeat 3] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import pstats
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import make_stock  # noqa: E402

RATIO_GOAL = 1.5
PEAK_GOAL_MB = 1024.0
KINDS = ("gpkg", "csv")


# --- the two reads -----------------------------------------------------------------------------------

def bare_read(kind: str, path: Path):
    if kind == "gpkg":
        import pyogrio
        import shapely

        meta, table = pyogrio.read_arrow(str(path))
        geom = meta.get("geometry_name") or "wkb_geometry"
        geometry = shapely.from_wkb(table.column(geom).to_numpy(zero_copy_only=False))
        return table, geometry
    import pandas as pd

    return pd.read_csv(path, sep=";", dtype=str)


def mixplanner_read(kind: str, path: Path):
    from mixplanner.io.load import load_stock

    return load_stock(path)


def arrow_csv_read(kind: str, path: Path):
    """For comparison only, not the goal's baseline: pyarrow's multithreaded CSV reader, types inferred."""
    import pyarrow.csv as pcsv

    return pcsv.read_csv(path, parse_options=pcsv.ParseOptions(delimiter=";"))


READS = {"bare": bare_read, "load_stock": mixplanner_read, "arrow_csv": arrow_csv_read}

#: The steps of load_stock, by the name load.py calls them under, as the stage table shows them.
STAGES = {"read_table": "read", "to_rd_new": "crs+valid", "_records": "rows", "Stock": "Stock"}


def _import_all() -> None:
    """Import what either read needs, so neither timings nor memory baselines include import costs."""
    import numpy  # noqa: F401
    import pandas  # noqa: F401
    import pyarrow  # noqa: F401
    import pyogrio  # noqa: F401
    import pyproj  # noqa: F401
    import shapely  # noqa: F401

    import mixplanner.io.load  # noqa: F401


def _status_mb(field: str) -> float | None:
    """A memory line of /proc/self/status (Linux), in MB; None elsewhere."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return None


def _peak_mb() -> tuple[float, str]:
    """The process's peak resident set size so far, and where it came from.

    ru_maxrss is what the brief asks for, but on Linux a child started from a large process inherits the
    parent's ru_maxrss across fork/exec (signal->maxrss keeps the old mm's high-water mark), so a child of
    this benchmark would report the parent's peak. VmHWM is the high-water mark of the child's own address
    space; it is the same measure otherwise, and is used where it exists.
    """
    hwm = _status_mb("VmHWM")
    if hwm is not None:
        return hwm, "VmHWM"
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return (rss / 1024.0 / 1024.0 if sys.platform == "darwin" else rss / 1024.0), "ru_maxrss"


# --- timing ------------------------------------------------------------------------------------------

def time_read(which: str, kind: str, path: Path, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        result = READS[which](kind, path)
        times.append(time.perf_counter() - t0)
        if which == "load_stock":
            _check_result(result, kind)
        del result
    return times


class GcClock:
    """Seconds Python's cyclic garbage collector ran while this is entered: 300,000 new geometries set off a few
    full collections, which cost any reader of this file (the bare read too)."""

    def __init__(self) -> None:
        self.seconds, self._start = 0.0, 0.0

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._start

    def __enter__(self) -> "GcClock":
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc) -> None:
        gc.callbacks.remove(self)


def stage_times(kind: str, path: Path, repeat: int) -> dict[str, float]:
    """Seconds per step of load_stock, from the run with the best total: each step timed by wrapping the function
    load.py calls (the wrappers cost microseconds). 'other' is the rest (mapping file, report, joins)."""
    import mixplanner.io.load as load

    originals = {name: getattr(load, name) for name in STAGES}
    best: dict[str, float] | None = None

    def timed(name, fn, spent):
        def wrapper(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - t0
        return wrapper

    try:
        for _ in range(repeat):
            spent = dict.fromkeys(STAGES, 0.0)
            for name, fn in originals.items():
                setattr(load, name, timed(name, fn, spent))
            gc.collect()
            with GcClock() as clock:
                t0 = time.perf_counter()
                result = load.load_stock(path)
                spent["total"] = time.perf_counter() - t0
            spent["gc"] = clock.seconds
            del result  # freeing 300,000 geometries takes a while: not part of loading
            spent["other"] = spent["total"] - sum(spent[name] for name in STAGES)
            if best is None or spent["total"] < best["total"]:
                best = spent
    finally:
        for name, fn in originals.items():
            setattr(load, name, fn)
    return best


def bare_parts(kind: str, path: Path, repeat: int) -> str:
    """The bare read's own steps, best of repeat: what any loader of this file pays before its own work."""
    if kind != "gpkg":
        return ""
    import pyogrio
    import shapely

    read, parse, collect = [], [], []
    for _ in range(repeat):
        gc.collect()
        with GcClock() as clock:
            t0 = time.perf_counter()
            meta, table = pyogrio.read_arrow(str(path))
            t1 = time.perf_counter()
            geometry = shapely.from_wkb(table.column(meta.get("geometry_name") or "wkb_geometry").to_numpy(zero_copy_only=False))
            parse.append(time.perf_counter() - t1)
        read.append(t1 - t0)
        collect.append(clock.seconds)
        del table, geometry
    return (f"read_arrow {min(read):.3f}s + from_wkb {min(parse):.3f}s (holds the GIL: one core); "
            f"cyclic GC ran {min(collect):.3f}s of that")


_expected_rows: int | None = None


def _check_result(result, kind: str) -> None:
    """A benchmark of a loader that drops rows would be meaningless: say so loudly."""
    report = result.report
    if _expected_rows is not None and (len(result.stock) != _expected_rows or report.rows_rejected):
        print(f"WARNING: load_stock on the {kind} file loaded {len(result.stock)} of {_expected_rows} rows "
              f"({report.rows_rejected} rejected)", file=sys.stderr)


# --- memory, in a fresh interpreter per measurement --------------------------------------------------

def child(which: str, kind: str, path: Path) -> None:
    _import_all()
    gc.collect()
    base, source = _peak_mb()
    t0 = time.perf_counter()
    result = READS[which](kind, path)
    seconds = time.perf_counter() - t0
    peak, _ = _peak_mb()
    ru_maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024.0 * (1024.0 if sys.platform == "darwin" else 1.0))
    after = _status_mb("VmRSS")
    rows = len(result.stock) if which == "load_stock" else (len(result) if kind == "csv" else result[0].num_rows)
    print(json.dumps({"base_mb": base, "peak_mb": peak, "delta_mb": peak - base, "rss_after_mb": after,
                      "source": source, "ru_maxrss_mb": ru_maxrss, "seconds": seconds, "rows": rows}))


def measure_memory(which: str, kind: str, path: Path) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", which, kind, str(path)]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(f"memory child for {which} {kind} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- profile -----------------------------------------------------------------------------------------

def profile(kind: str, path: Path, top: int = 15) -> str:
    profiler = cProfile.Profile()
    gc.collect()
    profiler.enable()
    result = mixplanner_read(kind, path)
    profiler.disable()
    del result
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    out.write(f"--- cProfile of load_stock({path.name}): top {top} by cumulative time ---\n")
    stats.sort_stats("cumulative").print_stats(top)
    out.write(f"--- cProfile of load_stock({path.name}): top {top} by own time (tottime) ---\n")
    stats.sort_stats("tottime").print_stats(top)
    return out.getvalue()


# --- report ------------------------------------------------------------------------------------------

def _verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def run(n: int, repeat: int, do_profile: bool, seed: int, force: bool) -> int:
    global _expected_rows
    _expected_rows = n
    files = make_stock.ensure(n, seed, force)
    memory = {}
    for kind in KINDS:  # first, while this process is still small
        print(f"measuring peak memory of {files[kind].name} in fresh subprocesses ...", flush=True)
        memory[kind] = (measure_memory("bare", kind, files[kind]), measure_memory("load_stock", kind, files[kind]))
    print("importing ...", flush=True)
    _import_all()
    rows = {}
    for kind in KINDS:
        path = files[kind]
        print(f"timing {path.name} ({path.stat().st_size / 1e6:.1f} MB): bare read and load_stock, alternately, "
              f"x{repeat} ...", flush=True)
        bare, load = [], []
        for _ in range(repeat):  # alternate, so that other work on the machine weighs on both alike
            bare += time_read("bare", kind, path, 1)
            load += time_read("load_stock", kind, path, 1)
        rows[kind] = (path, bare, load, *memory[kind])
    print("timing the steps of load_stock ...", flush=True)
    stages = {kind: (stage_times(kind, files[kind], repeat), bare_parts(kind, files[kind], repeat)) for kind in KINDS}
    arrow_csv = time_read("arrow_csv", "csv", files["csv"], repeat)

    print()
    load_avg = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    print(f"load_stock vs bare read, {n:,} dwellings, best and median of {repeat} "
          f"(python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {load_avg} at the end: "
          "other work on the machine inflates the timings)")
    head = (f"{'file':<5} {'bare best':>9} {'bare med':>9} {'load best':>9} {'load med':>9} "
            f"{'ratio best':>10} {'ratio med':>9} {'goal':>6} {'':4}  "
            f"{'bare peak':>9} {'load peak':>9} {'load +peak':>10} {'load RSS after':>14} {'goal':>8} {'':4}")
    print(head)
    print("-" * len(head))
    misses = 0
    for kind, (path, bare, load, mem_bare, mem_load) in rows.items():
        bb, bm, lb, lm = min(bare), statistics.median(bare), min(load), statistics.median(load)
        ratio_best, ratio_med = lb / bb, lm / bm
        ratio_ok = ratio_best <= RATIO_GOAL
        peak_ok = mem_load["peak_mb"] < PEAK_GOAL_MB
        misses += (not ratio_ok) + (not peak_ok)
        after = mem_load["rss_after_mb"]
        print(f"{kind:<5} {bb:>8.3f}s {bm:>8.3f}s {lb:>8.3f}s {lm:>8.3f}s "
              f"{ratio_best:>9.2f}x {ratio_med:>8.2f}x {'<=' + str(RATIO_GOAL) + 'x':>6} {_verdict(ratio_ok):4}  "
              f"{mem_bare['peak_mb']:>7.0f}MB {mem_load['peak_mb']:>7.0f}MB {mem_load['delta_mb']:>8.0f}MB "
              f"{(f'{after:.0f}MB' if after is not None else 'n/a'):>14} {'<' + f'{PEAK_GOAL_MB:.0f}MB':>8} "
              f"{_verdict(peak_ok):4}")
    print()
    print("bare      gpkg: pyogrio.read_arrow + shapely.from_wkb(geometry); csv: pandas.read_csv(sep=';', dtype=str)")
    print("ratio     load_stock time / bare time (PASS when the best-of ratio <= goal)")
    print(f"peak      peak RSS ({rows['csv'][4]['source']}) of a fresh interpreter after one read, imports done "
          f"(baseline ~{rows['csv'][4]['base_mb']:.0f} MB);"
          " '+peak' is peak minus that baseline;")
    print("          'RSS after' is what is still resident once load_stock has returned (the Stock itself)")
    print("          PASS when the absolute load_stock peak < goal")
    for kind, (path, bare, load, *_rest) in rows.items():
        print(f"raw {kind}: bare {', '.join(f'{t:.3f}' for t in bare)} s; "
              f"load_stock {', '.join(f'{t:.3f}' for t in load)} s")
    print(f"for comparison only (not the goal's baseline): pyarrow.csv.read_csv (multithreaded, types inferred) of the "
          f"CSV, best {min(arrow_csv):.3f}s; load_stock csv / that = {min(rows['csv'][2]) / min(arrow_csv):.2f}x")

    print()
    print("steps of load_stock, seconds (and x the best bare read), from its run with the best total")
    head = f"{'file':<5} " + " ".join(f"{label:>15}" for label in (*STAGES.values(), "other", "total", "gc in these"))
    print(head)
    print("-" * len(head))
    for kind, (spent, _parts) in stages.items():
        bb = min(rows[kind][1])
        cells = [f"{spent[name]:.3f} ({spent[name] / bb:.2f}x)" for name in (*STAGES, "other", "total", "gc")]
        print(f"{kind:<5} " + " ".join(f"{c:>15}" for c in cells))
    print("read      read_table: the file into a RawTable (GIS: read, from_wkb and is_valid overlapped on threads)")
    print("crs+valid to_rd_new: CRS, reprojection, make_valid where needed (validity itself is checked while reading)")
    print("rows      to_frame: columns mapped, cells parsed and checked, the problems reported, the table conformed")
    print("Stock     Stock(frame): the domain's schema check (mixplanner/domain/stock.py)")
    print("gc        time Python's cyclic garbage collector ran during load_stock, within the steps above")
    for kind, (_spent, parts) in stages.items():
        if parts:
            print(f"bare {kind} alone: {parts}")

    if do_profile:
        for kind in KINDS:
            print()
            print(profile(kind, files[kind]))
    return 1 if misses else 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        child(argv[1], argv[2], Path(argv[3]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=make_stock.DEFAULT_N, help="dwellings in the stock (default %(default)s)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each read (default %(default)s)")
    parser.add_argument("--profile", action="store_true", help="also profile load_stock once per file with cProfile")
    parser.add_argument("--seed", type=int, default=make_stock.DEFAULT_SEED, help="generator seed (default %(default)s)")
    parser.add_argument("--force", action="store_true", help="regenerate the stock files first")
    args = parser.parse_args(argv)
    return run(args.n, max(1, args.repeat), args.profile, args.seed, args.force)


if __name__ == "__main__":
    sys.exit(main())
