"""Generate a synthetic, deterministic dwelling stock for the load benchmark.

N dwellings (default 300,000) as small rectangular building polygons in EPSG:28992 (RD New) around a
Dutch town (x 200,000-215,000, y 440,000-455,000), in 60 buurten (BU0221wwbb). Two files are written to
benchmarks/out/ (gitignored):

* stock-<N>.gpkg  GeoPackage, layer "stock", canonical column names, typed numbers, polygon geometry;
* stock-<N>.csv   the usual Dutch corporation export: ';' separator, decimal comma, Dutch headers,
                  empty cells for "no value", no geometry.

Both hold the same dwellings, and the same values. Generation is skipped when both files exist and
their sidecar stock-<N>.json says they were made with the same N, seed and generator version
(use --force to regenerate).

    .venv/bin/python benchmarks/make_stock.py [--n 300000] [--seed 20260] [--force]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent / "out"
GENERATOR_VERSION = 1
DEFAULT_N = 300_000
DEFAULT_SEED = 20260

# The town: 15 x 15 km in RD New, cut into a 10 x 6 grid of buurten (6 wijken of 10 buurten each).
X0, X1, Y0, Y1 = 200_000.0, 215_000.0, 440_000.0, 455_000.0
BUURT_COLS, BUURT_ROWS = 10, 6
GEMEENTE = "0221"

OWNERS = np.array(["woningcorporatie", "particuliere verhuurder", "eigenaar-bewoner"], dtype=object)
OWNER_P = (0.29, 0.13, 0.58)
CARE = np.array(["geen", "nultreden", "geclusterd", "zorgwoning", "intramuraal"], dtype=object)
CARE_P = (0.93, 0.035, 0.012, 0.015, 0.008)

CSV_HEADER = ("VHE nummer", "Buurtcode", "Eigenaar", "Kale huur", "WWS punten", "WOZ-waarde", "Oppervlakte",
              "Bouwjaar", "Woningtype", "Zorg", "Aantal")
#: How a corporation's export spells the dwelling types (mixplanner maps them to eengezins / meergezins).
CSV_DWELLING = {"eengezins": "Eengezinswoning", "meergezins": "Appartement"}


def paths(n: int) -> dict[str, Path]:
    return {"gpkg": OUT / f"stock-{n}.gpkg", "csv": OUT / f"stock-{n}.csv", "meta": OUT / f"stock-{n}.json"}


def generate(n: int, seed: int = DEFAULT_SEED) -> dict[str, np.ndarray]:
    """The stock as columns (numpy arrays); floats are NaN where the value is unknown."""
    rng = np.random.default_rng(seed)
    n_buurten = BUURT_COLS * BUURT_ROWS
    codes = np.array([f"BU{GEMEENTE}{r + 1:02d}{c:02d}" for r in range(BUURT_ROWS) for c in range(BUURT_COLS)], dtype=object)
    weights = rng.dirichlet(np.full(n_buurten, 4.0))  # buurten of unequal size
    buurt = np.sort(rng.choice(n_buurten, size=n, p=weights))  # exports are ordered by complex, so by buurt

    owner_i = rng.choice(3, size=n, p=OWNER_P)
    owner = OWNERS[owner_i]
    corp, private, own = owner_i == 0, owner_i == 1, owner_i == 2

    p_single = np.select([corp, private], [0.45, 0.35], 0.70)
    single = rng.random(n) < p_single
    dwelling_type = np.where(single, "eengezins", "meergezins").astype(object)

    area = np.where(single, rng.normal(118, 25, n), rng.normal(72, 18, n))
    floor_area = np.round(np.clip(area, 22, 320) * 2) / 2  # to half a square metre

    year = np.where(rng.random(n) < 0.15, rng.integers(1880, 1945, n), rng.integers(1945, 2025, n))
    building_year = year.astype(np.int64)

    care_i = rng.choice(len(CARE), size=n, p=CARE_P)
    care_i[own & (care_i == 4)] = 0  # intramural places belong to landlords
    care_type = CARE[care_i]
    units = np.ones(n, dtype=np.int64)
    complexes = rng.random(n) < 0.03
    units[complexes] = rng.integers(2, 13, complexes.sum())

    rental = corp | private
    points = np.where(rental, floor_area * 1.25 + (year - 1900) * 0.18 + rng.normal(20, 12, n), np.nan)
    wws_points = np.where(rental, np.round(np.clip(points, 60, 400)), np.nan)
    rent = np.where(corp, np.clip(wws_points * 4.6 + rng.normal(0, 60, n), 380, 900),
                    np.where(private, np.clip(wws_points * 7.0 + rng.normal(80, 180, n), 650, 2400), np.nan))
    rent = np.round(rent, 2)
    buurt_factor = rng.uniform(0.75, 1.45, n_buurten)[buurt]
    woz = np.round(floor_area * 3300 * buurt_factor * rng.normal(1.0, 0.08, n), -3)

    # Buildings: a rectangle per dwelling somewhere in its buurt's grid cell.
    cell_w, cell_h = (X1 - X0) / BUURT_COLS, (Y1 - Y0) / BUURT_ROWS
    width = np.where(single, rng.uniform(5.0, 9.0, n), rng.uniform(12.0, 30.0, n))
    depth = np.where(single, rng.uniform(8.0, 12.0, n), rng.uniform(10.0, 14.0, n))
    x = X0 + (buurt % BUURT_COLS) * cell_w + rng.uniform(0, 1, n) * (cell_w - width)
    y = Y0 + (buurt // BUURT_COLS) * cell_h + rng.uniform(0, 1, n) * (cell_h - depth)
    x, y = np.round(x, 2), np.round(y, 2)

    ids = np.char.add("VHE-", np.char.zfill(np.arange(1, n + 1).astype(str), 6)).astype(object)
    return {
        "id": ids, "buurt_code": codes[buurt], "owner": owner, "rent": rent, "wws_points": wws_points, "woz": woz,
        "floor_area": floor_area, "building_year": building_year, "dwelling_type": dwelling_type,
        "care_type": care_type, "units": units,
        "xmin": x, "ymin": y, "xmax": np.round(x + width, 2), "ymax": np.round(y + depth, 2),
    }


def write_gpkg(cols: dict[str, np.ndarray], path: Path) -> None:
    import pyarrow as pa
    import pyogrio
    import shapely
    from pyproj import CRS

    boxes = shapely.box(cols["xmin"], cols["ymin"], cols["xmax"], cols["ymax"], ccw=False)  # exterior clockwise, as GIS tools write it
    table = pa.table({
        "id": pa.array(cols["id"], pa.string()),
        "buurt_code": pa.array(cols["buurt_code"], pa.string()),
        "owner": pa.array(cols["owner"], pa.string()),
        "rent": pa.array(cols["rent"], pa.float64(), from_pandas=True),  # NaN -> NULL
        "wws_points": pa.array(cols["wws_points"], pa.float64(), from_pandas=True),
        "woz": pa.array(cols["woz"], pa.float64(), from_pandas=True),
        "floor_area": pa.array(cols["floor_area"], pa.float64()),
        "building_year": pa.array(cols["building_year"], pa.int32()),
        "dwelling_type": pa.array(cols["dwelling_type"], pa.string()),
        "care_type": pa.array(cols["care_type"], pa.string()),
        "units": pa.array(cols["units"], pa.int32()),
        "geom": pa.array(shapely.to_wkb(boxes), pa.binary()),
    })
    path.unlink(missing_ok=True)
    pyogrio.write_arrow(table, str(path), layer="stock", driver="GPKG", geometry_name="geom",
                        geometry_type="Polygon", crs=CRS.from_epsg(28992).to_wkt())


def _dutch(values: np.ndarray, decimals: int) -> np.ndarray:
    """Floats as text with a decimal comma, empty for NaN."""
    out = np.full(len(values), "", dtype=object)
    ok = ~np.isnan(values)
    text = np.char.mod(f"%.{decimals}f", values[ok])
    out[ok] = np.char.replace(text, ".", ",") if decimals else text
    return out


def write_csv(cols: dict[str, np.ndarray], path: Path) -> None:
    area = _dutch(cols["floor_area"], 1)
    area = np.array([a[:-2] if a.endswith(",0") else a for a in area], dtype=object)  # "78,5" but "80"
    columns = [
        cols["id"], cols["buurt_code"], cols["owner"], _dutch(cols["rent"], 2), _dutch(cols["wws_points"], 0),
        _dutch(cols["woz"], 0), area, cols["building_year"].astype(str),
        np.array([CSV_DWELLING[t] for t in cols["dwelling_type"]], dtype=object),
        np.where(cols["care_type"] == "geen", "", cols["care_type"]),  # exports leave "no care" empty
        cols["units"].astype(str),
    ]
    tmp = path.with_suffix(".csv.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        fh.write(";".join(CSV_HEADER) + "\r\n")
        fh.writelines(";".join(row) + "\r\n" for row in zip(*columns))
    tmp.replace(path)


def ensure(n: int = DEFAULT_N, seed: int = DEFAULT_SEED, force: bool = False, quiet: bool = False) -> dict[str, Path]:
    """Make sure stock-<n>.gpkg and stock-<n>.csv exist for this n and seed; returns their paths."""
    p = paths(n)
    want = {"n": n, "seed": seed, "generator_version": GENERATOR_VERSION}
    if not force and p["gpkg"].exists() and p["csv"].exists() and p["meta"].exists():
        try:
            if {k: json.loads(p["meta"].read_text()).get(k) for k in want} == want:
                if not quiet:
                    print(f"up to date: {p['gpkg'].name}, {p['csv'].name} (use --force to regenerate)")
                return p
        except ValueError:
            pass
    OUT.mkdir(parents=True, exist_ok=True)
    p["meta"].unlink(missing_ok=True)  # the sidecar marks a complete pair; written last
    t0 = time.perf_counter()
    cols = generate(n, seed)
    write_gpkg(cols, p["gpkg"])
    write_csv(cols, p["csv"])
    meta = dict(want, rows=n, seconds=round(time.perf_counter() - t0, 1),
                gpkg_bytes=p["gpkg"].stat().st_size, csv_bytes=p["csv"].stat().st_size)
    p["meta"].write_text(json.dumps(meta, indent=2) + "\n")
    if not quiet:
        print(f"wrote {p['gpkg'].name} ({meta['gpkg_bytes'] / 1e6:.1f} MB) and {p['csv'].name} "
              f"({meta['csv_bytes'] / 1e6:.1f} MB) in {meta['seconds']} s")
    return p


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=DEFAULT_N, help="number of dwellings (default %(default)s)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed (default %(default)s)")
    parser.add_argument("--force", action="store_true", help="regenerate even when the files are up to date")
    args = parser.parse_args(argv)
    ensure(args.n, args.seed, args.force)


if __name__ == "__main__":
    main()
