"""The GeoPackage read back with pyogrio and sqlite3: every projected record, the buurt shares, the QGIS style."""

import sqlite3
import xml.etree.ElementTree as ET

import pyarrow.compute as pc
import pyogrio
import pytest

from mixplanner.engine.state import SEGMENTS
from mixplanner.reports.geopackage import write_gpkg
from mixplanner.reports.palette import SEGMENT_COLOURS
from mixplanner.reports.summary import summarise


@pytest.fixture(scope="module")
def summary(example_plan):
    return summarise(example_plan)


@pytest.fixture(scope="module")
def gpkg(summary, tmp_path_factory):
    path = tmp_path_factory.mktemp("gpkg") / "plan.gpkg"
    write_gpkg(summary, path)
    write_gpkg(summary, path)  # writing again replaces the file rather than adding to it
    return path


def test_layers_and_crs(gpkg):
    assert {tuple(x) for x in pyogrio.list_layers(gpkg)} == {("stock", "Polygon"), ("buurten", "MultiPolygon"),
                                                             ("layer_styles", None)}
    info = pyogrio.read_info(gpkg, layer="stock")
    assert info["crs"] == "EPSG:28992" and info["geometry_name"] == "geometry"
    assert list(info["fields"]) == ["id", "units", "buurt_code", "owner", "segment", "care_type", "rent", "woz",
                                    "created_by", "removed_by"]


def test_every_projected_record_with_its_units(gpkg, summary):
    _, table = pyogrio.read_arrow(gpkg, layer="stock")
    p = summary.projections[summary.main]
    assert table.num_rows == len(summary.after) == 4353
    assert pc.sum(table["units"]).as_py() == p.units[p.year_index(2041)].sum() == 5085 + 60 + 120
    new = pc.greater(table["created_by"], 0)
    assert table["geometry"].null_count == pc.sum(new).as_py() == 6  # new build: two years x three segments, no plot
    assert pc.sum(pc.filter(table["units"], new)).as_py() == 120
    assert set(table["segment"].to_pylist()) <= set(SEGMENTS) | {"gesloopt"}


def test_buurt_layer_shares_before_and_after(gpkg):
    _, table = pyogrio.read_arrow(gpkg, layer="buurten")
    rows = {r["buurt_code"]: r for r in table.to_pylist()}
    assert len(rows) == 7 and all(r["geometry"] is not None for r in rows.values())
    ooipoort = rows["BU02210100"]
    assert ooipoort["buurt_naam"] == "Ooipoort"
    assert (ooipoort["units_before"], ooipoort["units_after"]) == (810, 930)
    assert ooipoort["share_sociale_huur_before"] == pytest.approx(602 / 810)
    assert sum(ooipoort[f"share_{s.replace(' ', '_')}_after"] for s in SEGMENTS) == pytest.approx(1.0)


def test_default_style_colours_every_segment(gpkg):
    with sqlite3.connect(gpkg) as db:
        styles = db.execute("SELECT f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName, "
                            "styleQML, styleSLD, useAsDefault, description, owner, ui, update_time "
                            "FROM layer_styles ORDER BY id").fetchall()
        registered = db.execute("SELECT data_type FROM gpkg_contents WHERE table_name = 'layer_styles'").fetchall()
    db.close()
    assert registered == [("attributes",)]
    assert [(s[2], s[3], s[7]) for s in styles] == [("stock", "geometry", 1), ("buurten", "geometry", 1)]
    root = ET.fromstring(styles[0][5].split("\n", 1)[1])
    renderer = root.find("renderer-v2")
    assert renderer.get("type") == "categorizedSymbol" and renderer.get("attr") == "segment"
    symbols = {s.get("name"): s for s in renderer.find("symbols")}
    for segment in SEGMENTS:
        category = next(c for c in renderer.find("categories") if c.get("value") == segment)
        colour = symbols[category.get("symbol")].find("layer/Option/Option[@name='color']").get("value")
        h = SEGMENT_COLOURS[segment].lstrip("#")
        assert colour == f"{int(h[0:2], 16)},{int(h[2:4], 16)},{int(h[4:6], 16)},255", segment
        if segment == "sociale huur":
            assert colour == "0,114,178,255" and category.get("label") == "Sociale huur"  # Okabe-Ito blue #0072B2
