"""The bundled example neighbourhood (resources/example/doesburg_example.gpkg).

The facts are computed from the shipped file itself, independently of scripts/make_example.py; only
test_generator_reproduces_shipped_file runs the generator (into tmp_path) and compares.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely

REPO = Path(__file__).resolve().parents[1]
EXAMPLE_DIR = REPO / "resources" / "example"
GPKG = EXAMPLE_DIR / "doesburg_example.gpkg"
SCRIPT = REPO / "scripts" / "make_example.py"
BAG = Path(__file__).resolve().parents[1] / "scripts" / "data" / "doesburg_bag_panden_2020-09-15.geojson"
LABEL = "synthetic tenure on real BAG geometry (Bron: BAG, Kadaster)"

STOCK_COLUMNS = [
    "id", "units", "buurt_code", "buurt_naam", "wijk_code", "gemeente_code", "owner", "rent", "wws_points",
    "woz", "floor_area", "building_year", "dwelling_type", "care_type", "bag_pand_id", "bag_status",
]  # fmt: skip
BUURT_COLUMNS = ["buurt_code", "buurt_naam", "wijk_code", "wijk_naam", "gemeente_code", "gemeente_naam"]

CORP, PRIVATE, OWNER = "woningcorporatie", "particuliere verhuurder", "eigenaar-bewoner"
# 2026 thresholds (DOMAIN.md): liberalisatiegrens, middenhuur cap, point bands, betaalbaarheidsgrens koop.
LIB, MID_CAP, PTS_SOCIAL, PTS_MID, KOOP = 932.93, 1228.07, 143, 186, 420_000


def read_layer(path: Path, layer: str) -> tuple[pd.DataFrame, np.ndarray, dict]:
    meta, _fids, wkb, fields = pyogrio.raw.read(path, layer=layer)
    frame = pd.DataFrame({name: values for name, values in zip(meta["fields"], fields)})
    return frame, shapely.from_wkb(wkb), meta


@pytest.fixture(scope="module")
def stock() -> pd.DataFrame:
    frame, geoms, _ = read_layer(GPKG, "stock")
    frame["geometry"] = geoms
    return frame


@pytest.fixture(scope="module")
def buurten() -> pd.DataFrame:
    frame, geoms, _ = read_layer(GPKG, "buurten")
    frame["geometry"] = geoms
    return frame


@pytest.fixture(scope="module")
def shares(stock: pd.DataFrame) -> pd.DataFrame:
    """Unit shares per buurt and owner, over the dwelling mix (intramural care places kept apart)."""
    mix = stock[stock["care_type"] != "intramuraal"]
    units = mix.pivot_table(index="buurt_code", columns="owner", values="units", aggfunc="sum", fill_value=0)
    units = units.reindex(columns=[CORP, PRIVATE, OWNER], fill_value=0)
    return units.div(units.sum(axis=1), axis=0).assign(total=units.sum(axis=1))


def test_file_layers_crs_and_label():
    assert GPKG.is_file()
    assert GPKG.stat().st_size < 5_000_000
    assert sorted(name for name, _ in pyogrio.list_layers(GPKG)) == ["buurten", "stock"]
    for layer in ("stock", "buurten"):
        info = pyogrio.read_info(GPKG, layer=layer)
        assert info["crs"] == "EPSG:28992"
        assert LABEL in info["layer_metadata"]["DESCRIPTION"]
    assert list(pyogrio.read_info(GPKG, layer="stock")["fields"]) == STOCK_COLUMNS
    assert list(pyogrio.read_info(GPKG, layer="buurten")["fields"]) == BUURT_COLUMNS
    assert LABEL in (EXAMPLE_DIR / "README.md").read_text(encoding="utf-8")


def test_reading_leaves_no_sidecar_file():
    # Dataset-level metadata in a GeoPackage makes GDAL write <file>.aux.xml on every read-only open.
    assert pyogrio.read_info(GPKG, layer="stock")["dataset_metadata"] is None
    read_layer(GPKG, "buurten")
    assert not GPKG.with_name(GPKG.name + ".aux.xml").exists()


def test_units_total_and_records(stock):
    assert stock["units"].dtype.kind == "i"
    assert (stock["units"] >= 1).all()
    assert 4_000 <= stock["units"].sum() <= 5_500
    assert stock["id"].is_unique
    assert stock["bag_pand_id"].str.fullmatch(r"0221\d{12}").all()
    assert (stock["id"] == "NL.IMBAG.Pand." + stock["bag_pand_id"]).all()
    assert stock["bag_status"].isin(["Pand in gebruik", "Pand in gebruik (niet ingemeten)"]).all()
    assert stock["building_year"].between(1200, 2021).all()
    assert (stock["floor_area"] > 0).all()
    assert stock["dwelling_type"].isin(["eengezins", "meergezins"]).all()
    single = stock["dwelling_type"] == "eengezins"
    assert (stock.loc[single, "units"] == 1).all()


def test_vocabulary_matches_the_domain(stock):
    from mixplanner.domain.categories import CareType, DwellingType, Owner

    assert set(stock["owner"]) <= {o.value for o in Owner}
    assert set(stock["dwelling_type"]) <= {d.value for d in DwellingType}
    assert set(stock["care_type"]) <= {c.value for c in CareType}


def test_codes(stock, buurten):
    assert 6 <= len(buurten) <= 8
    assert buurten["buurt_code"].is_unique
    assert buurten["buurt_code"].str.fullmatch(r"BU0221\d{4}").all()
    assert buurten["wijk_code"].str.fullmatch(r"WK0221\d{2}").all()
    assert (buurten["buurt_code"].str[2:8] == buurten["wijk_code"].str[2:]).all()
    assert (buurten["gemeente_code"] == "GM0221").all()
    assert (buurten["gemeente_naam"] == "Doesburg").all()
    assert stock["buurt_code"].str.fullmatch(r"^BU0221\d{4}$").all()
    assert (stock["gemeente_code"] == "GM0221").all()
    names = dict(zip(buurten["buurt_code"], buurten["buurt_naam"]))
    wijken = dict(zip(buurten["buurt_code"], buurten["wijk_code"]))
    assert (stock["buurt_naam"] == stock["buurt_code"].map(names)).all()
    assert (stock["wijk_code"] == stock["buurt_code"].map(wijken)).all()


def test_exactly_one_corporation_buurt(stock, shares):
    assert (shares[CORP] > 2 / 3).sum() == 1
    # Also with the intramural care places counted as corporation units.
    units = stock.pivot_table(index="buurt_code", columns="owner", values="units", aggfunc="sum", fill_value=0)
    assert (units[CORP] / units.sum(axis=1) > 2 / 3).sum() == 1


def test_corporation_buurt_can_be_moved_below_the_line(shares):
    heavy = shares[shares[CORP] > 2 / 3].iloc[0]
    corp_units = heavy[CORP] * heavy["total"]
    # Sell 60 corporation units and add 120 new ones of which a third social: below 2/3.
    assert (corp_units - 60 + 40) / (heavy["total"] + 120) < 2 / 3
    assert heavy[CORP] < 0.85


def test_owner_occupied_buurt_and_mixed_rest(shares, stock):
    assert (shares[OWNER] > 0.8).sum() >= 1
    mix = stock[stock["care_type"] != "intramuraal"]
    corp_share = mix.loc[mix["owner"] == CORP, "units"].sum() / mix["units"].sum()
    assert 0.30 <= corp_share <= 0.35
    assert (shares[PRIVATE] > 0).all()


def test_prices(stock):
    rental = stock["owner"] != OWNER
    assert stock.loc[rental, "rent"].notna().all()
    assert stock.loc[rental, "wws_points"].notna().all()
    assert stock.loc[~rental, "rent"].isna().all()
    assert stock.loc[~rental, "wws_points"].isna().all()
    assert stock.loc[~rental, "woz"].notna().all()
    assert (stock.loc[~rental, "woz"] > 0).all()
    assert np.allclose(stock.loc[rental, "rent"], stock.loc[rental, "rent"].round(2))
    assert (stock.loc[rental, "wws_points"] % 1 == 0).all()
    assert (stock["woz"].dropna() % 1 == 0).all()
    # Every segment is present (2026 rule: rent first, then points; owners by WOZ).
    rent, pts = stock["rent"], stock["wws_points"]
    owned_woz = stock.loc[~rental, "woz"]
    assert (owned_woz <= KOOP).any() and (owned_woz > KOOP).any()
    assert 300_000 <= np.median(np.repeat(owned_woz, stock.loc[~rental, "units"])) <= 420_000
    social = rental & (rent <= LIB)
    mid = rental & (rent > LIB) & (pts > PTS_SOCIAL) & (pts <= PTS_MID)
    free = rental & (rent > LIB) & (pts > PTS_MID)
    assert social.any() and mid.any() and free.any()
    assert (rent[mid] <= MID_CAP).all()
    corp = stock["owner"] == CORP
    assert (corp & mid).any(), "some corporation units are let as middenhuur"
    assert stock.loc[corp & social, "units"].sum() > 0.9 * stock.loc[corp, "units"].sum()


def test_care_types(stock):
    units = stock.groupby("care_type")["units"].sum()
    records = stock["care_type"].value_counts()
    assert {"geen", "nultreden", "geclusterd", "zorgwoning", "intramuraal"} <= set(units.index)
    assert 80 <= units["nultreden"] <= 150
    assert 1 <= records["geclusterd"] <= 2
    assert records["zorgwoning"] == 1
    assert records["intramuraal"] == 1
    home = stock[stock["care_type"] == "intramuraal"].iloc[0]
    assert home["owner"] == CORP
    assert home["units"] >= 20
    assert units["geen"] > 0.9 * units.sum()


def test_geometry_valid_and_in_own_buurt(stock, buurten):
    assert shapely.is_valid(stock["geometry"].to_numpy()).all()
    assert shapely.is_valid(buurten["geometry"].to_numpy()).all()
    polygons = dict(zip(buurten["buurt_code"], buurten["geometry"]))
    centroids = shapely.centroid(stock["geometry"].to_numpy())
    own = np.array([polygons[code] for code in stock["buurt_code"]], dtype=object)
    inside = shapely.covers(own, centroids)
    assert inside.all(), stock.loc[~inside, ["id", "buurt_code"]]


def test_buurten_do_not_overlap(buurten):
    geoms = buurten["geometry"].to_numpy()
    for a, b in itertools.combinations(range(len(geoms)), 2):
        assert shapely.intersection(geoms[a], geoms[b]).area < 1e-3, (buurten["buurt_code"][a], buurten["buurt_code"][b])


def test_stock_geometry_is_bag_geometry(stock):
    meta, _fids, wkb, fields = pyogrio.raw.read(BAG)
    ids = fields[list(meta["fields"]).index("identificatie")]
    bag = dict(zip(ids, shapely.from_wkb(wkb)))
    for pand_id, geom in zip(stock["bag_pand_id"], stock["geometry"]):
        assert shapely.equals_exact(geom, bag[pand_id], tolerance=1e-6), pand_id


def test_generator_reproduces_shipped_file(tmp_path):
    out = tmp_path / "example.gpkg"
    subprocess.run([sys.executable, str(SCRIPT), str(BAG), "-o", str(out)], check=True, capture_output=True, text=True)
    for layer in ("stock", "buurten"):
        new, new_geoms, _ = read_layer(out, layer)
        old, old_geoms, _ = read_layer(GPKG, layer)
        pd.testing.assert_frame_equal(new, old)
        assert (shapely.to_wkb(new_geoms) == shapely.to_wkb(old_geoms)).all()

