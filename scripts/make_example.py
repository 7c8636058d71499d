#!/usr/bin/env python
"""Generate the bundled example neighbourhood: synthetic tenure on real BAG geometry.

    python scripts/make_example.py [BAG_GEOJSON] [-o OUT]

Input: BAG panden (building footprints) of Doesburg (GM0221), a GeoJSON in EPSG:28992.
Output: a GeoPackage with two layers, "stock" (one record per residential building: a dwelling or a
complex of identical units, on the real pand polygon) and "buurten" (synthetic buurt polygons).

Everything except the geometry and the building year is synthetic: which buildings hold dwellings and
how many, the buurt boundaries, owners, rents, WWS points, WOZ values, floor areas and care types.
The output is deterministic: fixed seeds, everything sorted, no timestamps (the GeoPackage's
last_change column is pinned through GDAL's OGR_CURRENT_DATE), so two runs give identical bytes on
the same library versions. Only numpy, pandas, shapely, pyogrio and pyproj are used.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyogrio
import shapely
from pyproj import CRS, Transformer

# --------------------------------------------------------------------------------------------------
# Constants
# --------------------------------------------------------------------------------------------------

DEFAULT_BAG = Path(__file__).resolve().parent / "data" / "doesburg_bag_panden_2020-09-15.geojson"
REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "resources" / "example" / "doesburg_example.gpkg"

SEED = 221_2026  # GM0221, price level 2026
EPSG = 28992
CRS_NAME = f"EPSG:{EPSG}"
LABEL = "synthetic tenure on real BAG geometry (Bron: BAG, Kadaster)"
#: Pinned "now" for the GeoPackage's gpkg_contents.last_change, so the file has no run timestamp.
GPKG_DATE = "2026-01-01T00:00:00Z"

GEMEENTE_CODE = "GM0221"
GEMEENTE_NAAM = "Doesburg"
GEMEENTE_PREFIX = "0221"  # pand ids of Doesburg start with the gemeente code
IN_USE = ("Pand in gebruik", "Pand in gebruik (niet ingemeten)")
YEAR_PLACEHOLDER = 9999

# Vocabulary (the values of mixplanner.domain.categories; tests check they agree).
CORP, PRIVATE, OWNER = "woningcorporatie", "particuliere verhuurder", "eigenaar-bewoner"
EENGEZINS, MEERGEZINS = "eengezins", "meergezins"
CARE_NONE, STEP_FREE, CLUSTERED, CARE_HOME, INTRAMURAL = "geen", "nultreden", "geclusterd", "zorgwoning", "intramuraal"

# 2026 thresholds (DOMAIN.md section 2, as in resources/policy/thresholds.json).
LIBERALISATIEGRENS = 932.93
MIDDENHUUR_CAP = 1228.07  # rent at 186 points
PTS_SOCIAL_MAX, PTS_MID_MAX = 143, 186
RENT_AT_144, RENT_AT_187 = 939.73, 1234.92
EUR_PER_POINT_MID = (RENT_AT_187 - RENT_AT_144) / (187 - 144)  # ~6.86
EUR_PER_POINT_LOW = 6.0  # below 143 points (approximation of the WWS table)

# Building selection (footprint in m2).
MIN_FOOTPRINT = 40.0  # smaller: sheds, garages
EENGEZINS_MAX = 250.0  # up to this: one single-family dwelling
MEERGEZINS_MAX = 1500.0  # above this: industry, halls, churches (skipped)
M2_PER_UNIT_GROSS = 75.0  # units = round(footprint * floors / 75)
GBO_FACTOR = 0.8  # gebruiksoppervlakte / gross floor area
CARE_HOME_PLACES = 60
BUNGALOWS = 25  # single-storey nultreden eengezins houses

BUURT_K_URBAN = 6  # k-means cells over the built-up area (one pinned on the old town); plus one rural buurt
KMEANS_RESTARTS = 20
HULL_RATIO = 0.15  # shapely.concave_hull ratio for the outline of the gemeente's built-up area
OLD_TOWN_MIN_NEIGHBOURS = 12  # pre-1900 panden within 100 m for a pre-1900 pand to be in the old town
URBAN_MIN_NEIGHBOURS = 20  # in-use panden within 100 m for a pand to count as built-up area

#: Tenure targets per buurt role as unit shares (corporation, private landlord); the rest is owner-occupied.
TENURE_TARGETS = {
    "binnenstad": (0.22, 0.22),
    "corporatie": (0.75, 0.07),
    "eigenaar": (0.07, 0.06),
    "gemengd": (0.30, 0.13),
    "buitengebied": (0.06, 0.16),
}

#: Seeded per-buurt deviation from those targets (uniform within +/- these), so the buurten do not all look alike.
TENURE_JITTER = (0.04, 0.02)

STREAMS = {"select": 1, "kmeans": 2, "floors": 3, "care": 4, "tenure": 5, "prices": 6, "woz": 7}


def rng(stream: str) -> np.random.Generator:
    """One independent, seeded generator per purpose, so changing one step does not reshuffle the others."""
    return np.random.default_rng([SEED, STREAMS[stream]])


# --------------------------------------------------------------------------------------------------
# Input
# --------------------------------------------------------------------------------------------------


def load_panden(path: Path) -> tuple[pd.DataFrame, dict]:
    """In-use Doesburg panden, sorted by pand id, with footprint area and centroid (EPSG:28992)."""
    meta, _fids, wkb, fields = pyogrio.raw.read(path)
    frame = pd.DataFrame({name: values for name, values in zip(meta["fields"], fields)})
    geometry = shapely.from_wkb(wkb)
    _check_rd_new(geometry)
    frame = pd.DataFrame(
        {
            "bag_pand_id": frame["identificatie"].astype(str).to_numpy(),
            "bag_status": frame["status"].astype(str).to_numpy(),
            "bouwjaar": frame["oorspronkelijkBouwjaar"].to_numpy(dtype=np.int64),
            "geometry": geometry,
        }
    )
    stats = {"read": len(frame)}
    frame = frame[frame["bag_status"].isin(IN_USE)]
    stats["in_use"] = len(frame)
    frame = frame[frame["bag_pand_id"].str.startswith(GEMEENTE_PREFIX)]
    stats["in_use_gm0221"] = len(frame)
    frame = frame.sort_values("bag_pand_id", kind="stable").reset_index(drop=True)
    geoms = frame["geometry"].to_numpy()
    bad = ~shapely.is_valid(geoms)
    stats["repaired_geometries"] = int(bad.sum())
    if bad.any():
        geoms = geoms.copy()
        geoms[bad] = shapely.make_valid(geoms[bad])
        frame["geometry"] = geoms
    frame["area"] = shapely.area(geoms)
    centroids = shapely.centroid(geoms)
    frame["x"] = shapely.get_x(centroids)
    frame["y"] = shapely.get_y(centroids)
    return frame, stats


def _check_rd_new(geometry: np.ndarray) -> None:
    """The GeoJSON's CRS is not trusted (a GeoJSON reader may assume WGS84): the coordinates must lie in RD New."""
    rd = CRS.from_epsg(EPSG)
    xmin, ymin, xmax, ymax = shapely.total_bounds(geometry)
    lon, lat = Transformer.from_crs(rd, CRS.from_epsg(4326), always_xy=True).transform((xmin + xmax) / 2, (ymin + ymax) / 2)
    area = rd.area_of_use
    if not (area.west <= lon <= area.east and area.south <= lat <= area.north):
        raise SystemExit(f"input coordinates do not look like EPSG:{EPSG} (RD New): bounds {xmin, ymin, xmax, ymax}")


def neighbour_counts(x: np.ndarray, y: np.ndarray, mask: np.ndarray, radius: float) -> np.ndarray:
    """For every point: how many points in mask lie within radius (itself excluded)."""
    points = shapely.points(x, y)
    tree = shapely.STRtree(points[mask])
    source, target = tree.query(points, predicate="dwithin", distance=radius)
    target_index = np.flatnonzero(mask)[target]
    keep = target_index != source
    return np.bincount(source[keep], minlength=len(points))


def fix_placeholder_years(panden: pd.DataFrame) -> int:
    """Replace bouwjaar 9999 by the median year of real neighbours within 150 m (1975 if none)."""
    placeholder = panden["bouwjaar"].to_numpy() >= YEAR_PLACEHOLDER
    if not placeholder.any():
        return 0
    points = shapely.points(panden["x"], panden["y"])
    known = ~placeholder
    tree = shapely.STRtree(points[known])
    years = panden["bouwjaar"].to_numpy().copy()
    known_years = years[known]
    for i in np.flatnonzero(placeholder):
        hits = tree.query(points[i], predicate="dwithin", distance=150.0)
        years[i] = int(np.median(known_years[hits])) if len(hits) else 1975
    panden["bouwjaar"] = years
    return int(placeholder.sum())


# --------------------------------------------------------------------------------------------------
# Dwellings per building
# --------------------------------------------------------------------------------------------------


def select_dwellings(panden: pd.DataFrame) -> tuple[pd.DataFrame, dict]:
    """Decide per pand: skipped, one eengezins dwelling, a meergezins complex, or the intramural care home."""
    a = panden["area"].to_numpy()
    year = panden["bouwjaar"].to_numpy()
    x, y = panden["x"].to_numpy(), panden["y"].to_numpy()
    housey = (a >= MIN_FOOTPRINT) & (a <= EENGEZINS_MAX)
    n_small = neighbour_counts(x, y, housey, 100.0)  # house-sized neighbours: residential context
    n_big = neighbour_counts(x, y, a > EENGEZINS_MAX, 150.0)  # large neighbours: industrial context
    n_all = neighbour_counts(x, y, np.ones(len(a), bool), 100.0)
    panden["n_small100"], panden["n_big150"], panden["n_all100"] = n_small, n_big, n_all
    draw = rng("select").random(len(a))

    kind = np.full(len(a), "skip", dtype=object)
    reason = np.full(len(a), "", dtype=object)
    reason[a < MIN_FOOTPRINT] = "footprint < 40 m2"
    # Single-family: house-sized, not amid halls on an industrial estate.
    industrial = (n_big >= 6) & (n_small < 15)
    kind[housey & ~industrial] = EENGEZINS
    reason[housey & industrial] = "house-sized pand on an industrial estate"
    # Farmsteads: in the countryside keep one dwelling per yard (the oldest pand), the rest are barns.
    rural = housey & ~industrial & (n_all < 15)
    points = shapely.points(x, y)
    kept: list[int] = []
    order = np.lexsort((panden["bag_pand_id"].to_numpy(), year))
    for i in order:
        if not rural[i]:
            continue
        if kept and shapely.dwithin(points[i], points[kept], 60.0).any():
            kind[i] = "skip"
            reason[i] = "outbuilding of a farmstead"
        else:
            kept.append(int(i))
    # Multi-family: larger, in a residential context; churches and large old monuments are not housing.
    large = (a > EENGEZINS_MAX) & (a <= MEERGEZINS_MAX)
    residential = n_small >= 25
    monument = (year < 1700) & (a > 450)
    # Schools, shops and halls inside neighbourhoods: a seeded share of the large panden is not housing.
    non_residential = draw < np.where(a <= 600, 0.40, 0.60)
    multi = large & residential & ~monument & ~non_residential
    kind[multi] = MEERGEZINS
    reason[large & ~residential] = "large pand outside a residential context"
    reason[large & residential & monument] = "pre-1700 monument (church, public building)"
    reason[large & residential & ~monument & non_residential] = "large pand in a neighbourhood: school/shop/hall (seeded)"
    reason[a > MEERGEZINS_MAX] = "footprint > 1500 m2: industry, hall or church"

    # The intramural care home: a 1,000-1,700 m2 pand of 1965-2000 amid houses (would otherwise be skipped).
    care_candidates = np.flatnonzero((a >= 1000) & (a <= 1700) & (year >= 1965) & (year <= 2000) & (n_small >= 30))
    if len(care_candidates) == 0:
        raise SystemExit("no pand fits the intramural care home")
    care_home = care_candidates[np.lexsort((panden["bag_pand_id"].to_numpy()[care_candidates], -n_small[care_candidates]))[0]]
    kind[care_home] = INTRAMURAL
    reason[care_home] = ""

    # Floors and units.
    floors = np.full(len(a), 2.0)
    step = np.select([a < 400, a < 700, a < 1100], [2, 3, 4], 5).astype(float)
    old = year < 1940
    extra = (rng("floors").random(len(a)) < 0.5).astype(float)  # half of them one floor higher
    floors_multi = np.where(old, np.minimum(step, 3), np.minimum(step + extra, 5))
    floors = np.where(kind == MEERGEZINS, floors_multi, floors)
    floors_single = np.select([old & (n_small >= 50), a > 120], [2.5, 1.6], 2.0)
    floors = np.where(kind == EENGEZINS, floors_single, floors)
    floors = np.where(kind == INTRAMURAL, 2.0, floors)
    units = np.where(kind == MEERGEZINS, np.maximum(2, np.round(a * floors / M2_PER_UNIT_GROSS)), 1)
    units = np.where(kind == INTRAMURAL, CARE_HOME_PLACES, units).astype(np.int64)

    panden["kind"], panden["skip_reason"], panden["floors"], panden["units"] = kind, reason, floors, units
    records = panden[panden["kind"] != "skip"].reset_index(drop=True)
    skipped = panden[panden["kind"] == "skip"]
    stats = {"skipped_by_reason": skipped["skip_reason"].value_counts().sort_index().to_dict()}
    return records, stats


# --------------------------------------------------------------------------------------------------
# Buurten
# --------------------------------------------------------------------------------------------------


def _polygonal(geom: shapely.Geometry) -> shapely.Geometry:
    """Valid MultiPolygon made of the polygon parts of geom (drops slivers < 1 m2 and stray lines)."""
    geom = shapely.make_valid(geom)
    parts = [p for p in shapely.get_parts(geom) if shapely.get_type_id(p) == 3 and p.area >= 1.0]
    return shapely.normalize(shapely.MultiPolygon(parts))


def old_town(panden: pd.DataFrame) -> shapely.Geometry:
    """The Binnenstad: the densest cluster of pre-1900 panden, closed and without holes."""
    old = panden["bouwjaar"].to_numpy() < 1900
    x, y = panden["x"].to_numpy()[old], panden["y"].to_numpy()[old]
    counts = neighbour_counts(x, y, np.ones(len(x), bool), 100.0)
    core = shapely.points(x, y)[counts >= OLD_TOWN_MIN_NEIGHBOURS]
    blob = shapely.union_all(shapely.buffer(core, 60.0, quad_segs=4))
    blob = shapely.buffer(shapely.buffer(blob, 80.0, quad_segs=4), -80.0, quad_segs=4)
    largest = max(shapely.get_parts(blob), key=lambda p: p.area)
    return shapely.Polygon(largest.exterior)


def weighted_kmeans(xy: np.ndarray, w: np.ndarray, k: int, pinned: np.ndarray, gen: np.random.Generator) -> np.ndarray:
    """Weighted k-means with centre 0 pinned, best of KMEANS_RESTARTS k-means++ starts; returns the k centres."""

    def nearest(centres: np.ndarray) -> np.ndarray:
        return np.argmin(((xy[:, None, :] - centres[None, :, :]) ** 2).sum(-1), axis=1)

    best, best_cost = None, np.inf
    for _ in range(KMEANS_RESTARTS):
        centres = [pinned]
        for _ in range(1, k):
            d2 = np.min(((xy[:, None, :] - np.asarray(centres)[None, :, :]) ** 2).sum(-1), axis=1)
            centres.append(xy[gen.choice(len(xy), p=w * d2 / (w * d2).sum())])
        centres = np.asarray(centres, dtype=float)
        for _ in range(300):
            label = nearest(centres)
            new = centres.copy()
            for j in range(1, k):
                if (label == j).any():
                    new[j] = (xy[label == j] * w[label == j, None]).sum(0) / w[label == j].sum()
            if np.allclose(new, centres, atol=1e-6):
                break
            centres = new
        cost = float((w * ((xy - centres[nearest(centres)]) ** 2).sum(1)).sum())
        if cost < best_cost - 1e-6:
            best, best_cost = centres, cost
    free = np.round(best[1:], 3)
    return np.vstack([best[:1], free[np.lexsort((free[:, 1], free[:, 0]))]])


def make_buurten(panden: pd.DataFrame, records: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """Synthetic buurt polygons: Voronoi cells of a k-means over the dwellings of the built-up area (the cell
    around the old town, merged with the old town itself, is the Binnenstad) and the countryside around;
    together they cover a buffered concave hull of all in-use panden, without overlaps."""
    points_all = shapely.points(panden["x"], panden["y"])
    hull = shapely.concave_hull(shapely.multipoints(points_all), ratio=HULL_RATIO)
    region = shapely.buffer(hull, 150.0, quad_segs=8)
    # Built-up area: around panden with enough neighbours; small separate settlements stay rural.
    dense = panden["n_all100"].to_numpy() >= URBAN_MIN_NEIGHBOURS
    urban = shapely.union_all(shapely.buffer(points_all[dense], 80.0, quad_segs=4))
    urban = shapely.buffer(shapely.buffer(urban, 120.0, quad_segs=4), -120.0, quad_segs=4)
    urban = shapely.MultiPolygon([shapely.Polygon(p.exterior) for p in shapely.get_parts(urban) if p.area >= 200_000])
    town = old_town(panden)
    urban = shapely.intersection(shapely.union(urban, town), region)

    rec_points = shapely.points(records["x"], records["y"])
    in_urban = shapely.contains_xy(urban, records["x"], records["y"])
    xy = np.c_[records["x"], records["y"]][in_urban]
    w = np.where(records["kind"].to_numpy() == INTRAMURAL, 1.0, records["units"].to_numpy(dtype=float))[in_urban]
    core = shapely.centroid(town)
    centres = weighted_kmeans(xy, w, BUURT_K_URBAN, np.array([core.x, core.y]), rng("kmeans"))
    cells = shapely.get_parts(
        shapely.voronoi_polygons(shapely.multipoints(centres), extend_to=shapely.buffer(region, 1000.0), ordered=True)
    )
    cells[0] = shapely.union(cells[0], town)
    cells[1:] = shapely.difference(cells[1:], town)
    geoms = [_polygonal(shapely.intersection(cell, urban)) for cell in cells]
    geoms.append(_polygonal(shapely.difference(region, shapely.union_all(geoms))))
    frame = pd.DataFrame(
        {
            "cx": [*centres[:, 0], np.nan],
            "cy": [*centres[:, 1], np.nan],
            "role": ["binnenstad"] + [""] * (BUURT_K_URBAN - 1) + ["buitengebied"],
            "geometry": geoms,
        }
    )
    # Assign each record to the buurt that contains its centroid (the first one if it lies on a shared edge).
    tree = shapely.STRtree(np.asarray(geoms, dtype=object))
    src, tgt = tree.query(rec_points, predicate="intersects")
    order = np.lexsort((tgt, src))
    src, tgt = src[order], tgt[order]
    first = np.r_[True, src[1:] != src[:-1]]
    buurt_of = np.full(len(records), -1)
    buurt_of[src[first]] = tgt[first]
    if (buurt_of < 0).any():
        raise SystemExit(f"{int((buurt_of < 0).sum())} records fall outside every buurt")
    return frame, buurt_of


def name_buurten(buurten: pd.DataFrame, records: pd.DataFrame, buurt_of: np.ndarray) -> pd.DataFrame:
    """Roles (which buurt is corporation-heavy, which owner-heavy), names, wijken and CBS-style codes."""
    units = records["units"].to_numpy()
    year = records["bouwjaar"].to_numpy()
    mix = records["kind"].to_numpy() != INTRAMURAL
    n = len(buurten)
    tot = np.bincount(buurt_of, weights=units * mix, minlength=n)
    postwar = np.bincount(buurt_of, weights=units * mix * ((year >= 1955) & (year <= 1985)), minlength=n) / tot
    recent = np.bincount(buurt_of, weights=units * mix * (year >= 1990), minlength=n) / tot
    buurten = buurten.assign(units=tot, postwar=postwar, recent=recent)
    roles = buurten["role"].to_numpy().copy()
    free = [i for i in range(n) if roles[i] == ""]
    sized = [i for i in free if 500 <= tot[i] <= 1100] or free
    corp = max(sized, key=lambda i: (postwar[i], -i))
    roles[corp] = "corporatie"
    free.remove(corp)
    own = max(free, key=lambda i: (recent[i], -i))
    roles[own] = "eigenaar"
    for i in free:
        if i != own:
            roles[i] = "gemengd"
    buurten["role"] = roles

    # Names: Binnenstad and the rural buurt fixed; the others clockwise from north around the old core.
    core_x, core_y = buurten.loc[0, "cx"], buurten.loc[0, "cy"]
    others = [i for i in range(n) if roles[i] not in ("binnenstad", "buitengebied")]
    angle = {i: np.degrees(np.arctan2(buurten.loc[i, "cx"] - core_x, buurten.loc[i, "cy"] - core_y)) % 360 for i in others}
    clockwise = sorted(others, key=lambda i: angle[i])
    compass_names = ["Campagne", "Ooipoort", "Beinum", "De Huven", "Molenveld"]
    names = np.full(n, "", dtype=object)
    names[0] = "Binnenstad"
    names[n - 1] = "Verspreide huizen"
    for i, name in zip(clockwise, compass_names):
        names[i] = name
    # Wijken: 00 the old town and the cells north of it, 01 the southern expansion, 02 the countryside.
    wijk = np.full(n, 1)
    wijk[0] = 0
    for i in others:
        if buurten.loc[i, "cy"] >= core_y - 300.0:
            wijk[i] = 0
    wijk[n - 1] = 2
    wijk_names = {0: "Doesburg-Centrum", 1: "Doesburg-Zuid", 2: "Buitengebied Doesburg"}
    buurten["buurt_naam"] = names
    buurten["wijk_nr"] = wijk
    buurten["wijk_naam"] = [wijk_names[w] for w in wijk]
    # Codes: BU + gemeente (4) + wijk (2) + buurt (2), numbered within each wijk in clockwise order.
    rank = {i: r for r, i in enumerate([0] + clockwise + [n - 1])}
    buurten["rank"] = [rank[i] for i in range(n)]
    buurten = buurten.sort_values(["wijk_nr", "rank"], kind="stable")
    buurten["buurt_nr"] = buurten.groupby("wijk_nr").cumcount()
    buurten["wijk_code"] = [f"WK{GEMEENTE_PREFIX}{w:02d}" for w in buurten["wijk_nr"]]
    buurten["buurt_code"] = [f"BU{GEMEENTE_PREFIX}{w:02d}{b:02d}" for w, b in zip(buurten["wijk_nr"], buurten["buurt_nr"])]
    buurten["gemeente_code"] = GEMEENTE_CODE
    buurten["gemeente_naam"] = GEMEENTE_NAAM
    return buurten.sort_index()


# --------------------------------------------------------------------------------------------------
# Care, tenure and prices
# --------------------------------------------------------------------------------------------------


def assign_care(records: pd.DataFrame) -> np.ndarray:
    """Care types: the intramural home, one zorgwoning complex, two geclusterd complexes, ~120 nultreden units."""
    kind = records["kind"].to_numpy()
    year = records["bouwjaar"].to_numpy()
    units = records["units"].to_numpy()
    care = np.where(kind == INTRAMURAL, INTRAMURAL, CARE_NONE).astype(object)
    gen = rng("care")
    ids = records["bag_pand_id"].to_numpy()
    modern_multi = np.flatnonzero((kind == MEERGEZINS) & (year >= 1985))

    def pick(candidates: np.ndarray, count: int) -> np.ndarray:
        candidates = candidates[np.argsort(ids[candidates], kind="stable")]
        return gen.choice(candidates, size=min(count, len(candidates)), replace=False) if len(candidates) else candidates

    zorg = pick(modern_multi[(units[modern_multi] >= 15) & (units[modern_multi] <= 40)], 1)
    care[zorg] = CARE_HOME
    free = modern_multi[care[modern_multi] == CARE_NONE]
    clustered = pick(free[(units[free] >= 6) & (units[free] <= 24)], 2)
    care[clustered] = CLUSTERED
    # Nultreden: flats with a lift built since 1985 plus ground-floor senior bungalows, to ~120 units.
    free = modern_multi[care[modern_multi] == CARE_NONE]
    total = 0
    for i in pick(free, len(free)):
        if total + units[i] > 130:
            continue
        care[i] = STEP_FREE
        total += units[i]
        if total >= 95:
            break
    # A group of single-storey senior bungalows: the 25 eligible houses nearest to a seeded one.
    area = records["area"].to_numpy()
    eligible = np.flatnonzero((kind == EENGEZINS) & (area >= 80) & (area <= 140) & (year >= 1975) & (year <= 2000))
    seed = pick(eligible, 1)[0]
    dist = np.hypot(records["x"].to_numpy()[eligible] - records.at[seed, "x"], records["y"].to_numpy()[eligible] - records.at[seed, "y"])
    care[eligible[np.lexsort((ids[eligible], dist))[:BUNGALOWS]]] = STEP_FREE
    return care


def assign_tenure(records: pd.DataFrame, buurten: pd.DataFrame, buurt_of: np.ndarray) -> np.ndarray:
    """Owner per record: fill each buurt's unit-share targets in order of seeded propensity scores."""
    n = len(records)
    kind = records["kind"].to_numpy()
    year = records["bouwjaar"].to_numpy()
    area = records["area"].to_numpy()
    units = records["units"].to_numpy()
    care = records["care_type"].to_numpy()
    role = buurten["role"].to_numpy()[buurt_of]
    multi = kind == MEERGEZINS
    p_corp = np.select(
        [multi & (year >= 1960) & (year <= 1985), multi & (year >= 1945), multi, (year >= 1945) & (year <= 1985) & (area < 90)],
        [6.0, 3.0, 1.2, 2.0],
        1.0,
    )
    p_corp = p_corp * np.where(area > 130, 0.25, 1.0) * np.where(year < 1940, 0.4, 1.0)
    p_priv = np.select([(year < 1940) & (role == "binnenstad"), year < 1940, multi], [4.0, 2.0, 1.5], 1.0)
    gen = rng("tenure")
    gumbel = gen.gumbel(size=(2, n))
    key_corp = np.log(p_corp) + gumbel[0]
    key_priv = np.log(p_priv) + gumbel[1]
    owner = np.full(n, OWNER, dtype=object)
    forced = np.isin(care, [INTRAMURAL, CARE_HOME, CLUSTERED])
    owner[forced] = CORP
    mix = kind != INTRAMURAL
    jitter = gen.uniform(-1.0, 1.0, size=(len(buurten), 2)) * np.array(TENURE_JITTER)
    for b in range(len(buurten)):
        here = buurt_of == b
        total = units[here & mix].sum()
        share_corp, share_priv = np.array(TENURE_TARGETS[buurten["role"].iloc[b]]) + jitter[b]
        for label, share, key in ((CORP, share_corp, key_corp), (PRIVATE, share_priv, key_priv)):
            target = share * total
            have = units[here & mix & (owner == label)].sum()
            for i in np.flatnonzero(here & (owner == OWNER))[np.argsort(-key[here & (owner == OWNER)], kind="stable")]:
                if have >= target:
                    break
                if abs(have + units[i] - target) < abs(have - target) or have + units[i] <= target:
                    owner[i] = label
                    have += units[i]
    return owner


def max_rent(points: np.ndarray) -> np.ndarray:
    """Approximate 2026 maximum rent by WWS points (exact at 143/144/187 points)."""
    low = LIBERALISATIEGRENS - (PTS_SOCIAL_MAX - points) * EUR_PER_POINT_LOW
    mid = RENT_AT_144 + (points - 144) * EUR_PER_POINT_MID
    return np.where(points <= PTS_SOCIAL_MAX, low, mid)


def mid_sector_rent(points: np.ndarray, u: np.ndarray) -> np.ndarray:
    """A middenhuur rent between 940 and the maximum rent for the points (points 148-186)."""
    return 940.0 + (np.minimum(max_rent(points), MIDDENHUUR_CAP) - 940.0) * (0.6 + 0.4 * u)


def assign_prices(records: pd.DataFrame) -> pd.DataFrame:
    """Rent and WWS points for rentals, WOZ for every record, per unit at 2026 price levels."""
    n = len(records)
    owner = records["owner"].to_numpy()
    fa = records["floor_area"].to_numpy()
    year = records["bouwjaar"].to_numpy()
    care = records["care_type"].to_numpy()
    gen = rng("prices")
    u = gen.random((6, n))
    z = gen.standard_normal((3, n))
    points = np.full(n, np.nan)
    rent = np.full(n, np.nan)

    corp = owner == CORP
    pts = np.clip(np.round(135 + 18 * z[0] + 0.25 * (np.clip(fa, 40, 160) - 85)), 80, 200)
    # A few corporation units are let as middenhuur above the liberalisatiegrens (148-186 points).
    corp_mid = corp & (pts >= 148) & (pts <= PTS_MID_MAX) & (u[0] < 0.15) & (care != INTRAMURAL)
    # Social corporation rents: 60-90% of the maximum rent for the points (counted up to 150), at least 430.
    social_rent = max_rent(np.clip(pts, 80, 150)) * (0.60 + 0.30 * u[1])
    social_rent = np.where(social_rent < 430.0, 430.0 + 40.0 * u[4], social_rent)
    mid_rent = mid_sector_rent(pts, u[1])
    points[corp] = pts[corp]
    rent[corp] = np.where(corp_mid, mid_rent, social_rent)[corp]

    priv = owner == PRIVATE
    segment = np.select([u[2] < 0.20, u[2] < 0.62], [0, 1], 2)  # 20% social, 42% midden, 38% vrij
    pts_social = np.clip(np.round(122 + 10 * z[1]), 95, PTS_SOCIAL_MAX)
    pts_mid = np.clip(np.round(165 + 11 * z[1]), 148, PTS_MID_MAX)
    pts_free = np.clip(np.round(200 + 0.3 * (np.clip(fa, 40, 200) - 90) + 9 * np.abs(z[1])), 187, 260)
    p_priv = np.choose(segment, [pts_social, pts_mid, pts_free])
    r_social = np.clip(max_rent(pts_social) * (0.85 + 0.14 * u[3]), 520.0, 930.0)
    r_mid = mid_sector_rent(pts_mid, u[3])
    r_free = np.clip(1240.0 + 560.0 * (0.55 * u[3] + 0.45 * np.clip((fa - 50) / 150, 0, 1)), 1240.0, 1800.0)
    r_priv = np.choose(segment, [r_social, r_mid, r_free])
    points[priv] = p_priv[priv]
    rent[priv] = r_priv[priv]

    # WOZ per unit: floor area x price per m2 by age and type, scaled to an owner-occupied median of 360,000.
    age = np.select([year < 1900, year < 1945, year < 1971, year < 1991, year < 2011], [1.12, 1.0, 0.86, 0.92, 1.04], 1.14)
    kind = np.where(records["dwelling_type"].to_numpy() == MEERGEZINS, 0.86, 1.0)
    size = np.clip(fa, 35, 260) ** 0.85
    woz_gen = rng("woz")
    raw = size * age * kind * np.exp(0.13 * woz_gen.standard_normal(n))
    owned = owner == OWNER
    units = records["units"].to_numpy()
    scale = 360_000 / _weighted_median(raw[owned], units[owned])
    woz = np.clip(np.round(raw * scale / 1000) * 1000, 110_000, 1_200_000)
    records = records.assign(rent=np.round(rent, 2), wws_points=points, woz=woz.astype(float))
    return records


def _weighted_median(values: np.ndarray, weights: np.ndarray) -> float:
    order = np.argsort(values, kind="stable")
    cum = np.cumsum(weights[order])
    return float(values[order][np.searchsorted(cum, cum[-1] / 2.0)])


# --------------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------------

STOCK_COLUMNS = (
    "id", "units", "buurt_code", "buurt_naam", "wijk_code", "gemeente_code", "owner", "rent", "wws_points",
    "woz", "floor_area", "building_year", "dwelling_type", "care_type", "bag_pand_id", "bag_status",
)  # fmt: skip
BUURT_COLUMNS = ("buurt_code", "buurt_naam", "wijk_code", "wijk_naam", "gemeente_code", "gemeente_naam")


def build(bag_path: Path) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    panden, stats = load_panden(bag_path)
    stats["placeholder_years_replaced"] = fix_placeholder_years(panden)
    records, select_stats = select_dwellings(panden)
    stats.update(select_stats)
    buurten, buurt_of = make_buurten(panden, records)
    buurten = name_buurten(buurten, records, buurt_of)
    kind = records["kind"].to_numpy()
    records["dwelling_type"] = np.where(kind == EENGEZINS, EENGEZINS, MEERGEZINS)
    records["care_type"] = assign_care(records)
    bungalow = (records["care_type"] == STEP_FREE) & (records["dwelling_type"] == EENGEZINS)
    records["floors"] = np.where(bungalow, 1.0, records["floors"])
    gbo = GBO_FACTOR * records["area"].to_numpy() * records["floors"].to_numpy() / records["units"].to_numpy()
    records["floor_area"] = np.round(gbo).astype(float)
    records["owner"] = assign_tenure(records, buurten, buurt_of)
    records = assign_prices(records)
    for col in ("buurt_code", "buurt_naam", "wijk_code", "gemeente_code"):
        records[col] = buurten[col].to_numpy()[buurt_of]
    records["id"] = "NL.IMBAG.Pand." + records["bag_pand_id"]
    records["building_year"] = records["bouwjaar"].astype(np.int32)
    records["units"] = records["units"].astype(np.int32)
    stock = records.sort_values("id", kind="stable").reset_index(drop=True)
    stock = stock[[*STOCK_COLUMNS, "geometry"]]
    buurten = buurten.sort_values("buurt_code", kind="stable").reset_index(drop=True)
    buurten = buurten[[*BUURT_COLUMNS, "role", "geometry"]]
    return stock, buurten, stats


def write(stock: pd.DataFrame, buurten: pd.DataFrame, out: Path) -> None:
    """Write both layers to a temporary file next to out, then move it into place."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.stem + ".tmp.gpkg")
    if tmp.exists():
        tmp.unlink()
    before = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": GPKG_DATE})
    try:
        # Layer metadata only: dataset-level metadata makes GDAL write a .aux.xml next to the file on every read.
        extra = {
            "SOURCE": "BAG panden Doesburg (GM0221), stand 2020-09-15; Bron: BAG, Kadaster",
            "GENERATOR": f"scripts/make_example.py (seed {SEED})",
        }
        _write_layer(tmp, "stock", stock, STOCK_COLUMNS, {"DESCRIPTION": LABEL, **extra})
        buurten_label = LABEL + "; synthetic buurt boundaries, not CBS's"
        _write_layer(tmp, "buurten", buurten, BUURT_COLUMNS, {"DESCRIPTION": buurten_label, **extra})
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": before})
    tmp.replace(out)


def _write_layer(out: Path, layer: str, frame: pd.DataFrame, columns, metadata: dict[str, str]) -> None:
    arrays = []
    for col in columns:
        values = frame[col]
        if values.dtype.kind in "iuf":
            arrays.append(values.to_numpy())
        else:
            arrays.append(values.astype(str).to_numpy(dtype=object))
    geoms = frame["geometry"].to_numpy()
    geometry_type = "Polygon" if layer == "stock" else "MultiPolygon"
    pyogrio.raw.write(
        out,
        shapely.to_wkb(geoms, output_dimension=2),
        arrays,
        list(columns),
        layer=layer,
        driver="GPKG",
        geometry_type=geometry_type,
        crs=CRS_NAME,
        encoding="UTF-8",
        promote_to_multi=False,
        layer_metadata=metadata,
    )


# --------------------------------------------------------------------------------------------------
# Summary
# --------------------------------------------------------------------------------------------------


def summary(stock: pd.DataFrame, buurten: pd.DataFrame, stats: dict, out: Path) -> str:
    lines = [f"{LABEL}", f"written: {out} ({out.stat().st_size:,} bytes)"]
    lines.append(
        f"panden read {stats['read']:,}; in use {stats['in_use']:,}; in use with a GM0221 id {stats['in_use_gm0221']:,}; "
        f"bouwjaar 9999 replaced {stats['placeholder_years_replaced']}; geometries repaired {stats['repaired_geometries']}"
    )
    lines.append("panden skipped:")
    for reason, count in stats["skipped_by_reason"].items():
        lines.append(f"  {count:6,d}  {reason}")
    mix = stock["care_type"] != INTRAMURAL
    lines.append(
        f"records {len(stock):,}; units {int(stock['units'].sum()):,} "
        f"(in the dwelling mix {int(stock.loc[mix, 'units'].sum()):,}; intramural care places "
        f"{int(stock.loc[~mix, 'units'].sum()):,})"
    )
    lines.append("units per buurt (shares of the dwelling mix, intramural places excluded):")
    lines.append(f"  {'buurt_code':<11} {'buurt_naam':<18} {'wijk':<9} {'role':<12} {'records':>7} {'units':>6} {'corp':>6} {'priv':>6} {'owner':>6}")
    for _, b in buurten.iterrows():
        here = (stock["buurt_code"] == b["buurt_code"]) & mix
        u = stock.loc[here, "units"]
        tot = u.sum()
        share = {o: stock.loc[here & (stock["owner"] == o), "units"].sum() / tot for o in (CORP, PRIVATE, OWNER)}
        lines.append(
            f"  {b['buurt_code']:<11} {b['buurt_naam']:<18} {b['wijk_code']:<9} {b['role']:<12} {int(here.sum()):7,d} {int(tot):6,d} "
            f"{share[CORP]:6.1%} {share[PRIVATE]:6.1%} {share[OWNER]:6.1%}"
        )
    tot = stock.loc[mix, "units"].sum()
    share = {o: stock.loc[mix & (stock["owner"] == o), "units"].sum() / tot for o in (CORP, PRIVATE, OWNER)}
    lines.append(
        f"  {'GM0221':<11} {'Doesburg':<18} {'':<9} {'':<12} {int(mix.sum()):7,d} {int(tot):6,d} "
        f"{share[CORP]:6.1%} {share[PRIVATE]:6.1%} {share[OWNER]:6.1%}"
    )
    lines.append("units per care type:")
    for care, u in stock.groupby("care_type")["units"].agg(["sum", "count"]).iterrows():
        lines.append(f"  {care:<12} {int(u['sum']):6,d} units in {int(u['count']):5,d} records")
    lines.append("units per dwelling type:")
    for dt, u in stock.groupby("dwelling_type")["units"].agg(["sum", "count"]).iterrows():
        lines.append(f"  {dt:<12} {int(u['sum']):6,d} units in {int(u['count']):5,d} records")
    rent, pts, woz = stock["rent"], stock["wws_points"], stock["woz"]
    rental = stock["owner"] != OWNER
    seg = np.select(
        [~rental & (woz <= 420_000), ~rental, rent <= LIBERALISATIEGRENS, pts <= PTS_SOCIAL_MAX, pts <= PTS_MID_MAX],
        ["betaalbare koop", "dure koop", "sociale huur", "sociale huur", "middenhuur"],
        "vrije sector huur",
    )
    lines.append("units per segment and owner (2026 rule, for orientation; dwelling mix only):")
    table = pd.crosstab(seg[mix.to_numpy()], stock.loc[mix, "owner"].to_numpy(), values=stock.loc[mix, "units"].to_numpy(), aggfunc="sum")
    table = table.reindex(columns=[CORP, PRIVATE, OWNER]).fillna(0).astype(int)
    lines.append(f"  {'segment':<18} {'corp':>6} {'priv':>6} {'owner':>6} {'total':>6}")
    for s, row in table.iterrows():
        lines.append(f"  {s:<18} {row[CORP]:6,d} {row[PRIVATE]:6,d} {row[OWNER]:6,d} {int(row.sum()):6,d}")
    owned = stock.loc[~rental & mix]
    lines.append(
        f"owner-occupied WOZ: median {np.median(np.repeat(owned['woz'], owned['units'])):,.0f}; "
        f"rentals: rent {rent[rental].min():.2f}-{rent[rental].max():.2f}, points {pts[rental].min():.0f}-{pts[rental].max():.0f}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bag", nargs="?", type=Path, metavar="BAG_GEOJSON", default=DEFAULT_BAG, help=f"BAG panden GeoJSON (default {DEFAULT_BAG})")
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT, help=f"output GeoPackage (default {DEFAULT_OUT})")
    args = parser.parse_args(argv)
    if not args.bag.exists():
        parser.error(f"input not found: {args.bag}")
    stock, buurten, stats = build(args.bag)
    write(stock, buurten, args.out)
    print(summary(stock, buurten, stats, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
