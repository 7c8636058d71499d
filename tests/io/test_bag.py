"""BAG verblijfsobjecten with woonfunctie become dwellings; the pand gives the building year."""

import numpy as np
import pandas as pd
import shapely

from mixplanner.domain.stock import Stock
from mixplanner.io.bag import bag_to_records, looks_like_bag_pand, looks_like_bag_vbo, panden_only_message
from mixplanner.io.problems import LoadReport, Severity
from mixplanner.io.raw import RawTable

IN_USE = "Verblijfsobject in gebruik"
PAND_A, PAND_B, PAND_C = "0221100000000001", "0221100000000002", "0221100000000003"
PAND_GONE = "0221100000000000"  # demolished, on the spot where pand B now stands


def vbo_layer(with_reference: bool = True) -> RawTable:
    """Seven verblijfsobjecten as read from a GeoPackage (feature numbers 1..7), points in RD New."""
    frame = pd.DataFrame({
        "identificatie": [f"022101000000000{i}" for i in range(1, 8)],
        "gebruiksdoel": ["woonfunctie", "woonfunctie", "woonfunctie", "winkelfunctie", "woonfunctie,kantoorfunctie",
                         "woonfunctie", "woonfunctie"],
        "status": [IN_USE, IN_USE, "Verblijfsobject in gebruik (niet ingemeten)", IN_USE,
                   "Verblijfsobject buiten gebruik", "Verblijfsobject gevormd", "verblijfsobject in gebruik"],
        "oppervlakte": [80, 60, 55, 140, 120, 75, 70],
        "pandidentificatie": [PAND_A, PAND_B, PAND_B, PAND_B, PAND_C, PAND_A, "0221100000000099"],
    })
    if not with_reference:
        frame = frame.drop(columns=["pandidentificatie"])
    points = shapely.points([(5, 5), (15, 5), (16, 6), (17, 7), (25, 5), (6, 6), (100, 100)])
    return RawTable("bag.gpkg", "gpkg", frame, np.arange(1, 8), points, "EPSG:28992", "verblijfsobject")


def panden_layer() -> RawTable:
    """Panden with numeric identificatie (the leading zero lost, as in some exports) and a 9999 placeholder."""
    frame = pd.DataFrame({
        "identificatie": [int(PAND_A), int(PAND_B), int(PAND_C), int(PAND_GONE)],
        "oorspronkelijkBouwjaar": [1925, 1972, 9999, 1890],
        "status": ["Pand in gebruik", "Pand in gebruik", "Bouwvergunning verleend", "Pand gesloopt"],
    })
    squares = shapely.box([0, 10, 20, 10], [0, 0, 0, 0], [10, 20, 30, 20], [10, 10, 10, 10])
    return RawTable("bag.gpkg", "gpkg", frame, np.arange(1, 5), squares, "EPSG:28992", "pand")


def load(vbo: RawTable, panden: RawTable | None) -> tuple[pd.DataFrame, LoadReport]:
    report = LoadReport(vbo.file)
    return bag_to_records(vbo, panden, report), report


def test_recognises_verblijfsobjecten_and_panden():
    assert looks_like_bag_vbo(vbo_layer()) and not looks_like_bag_pand(vbo_layer())
    assert looks_like_bag_pand(panden_layer()) and not looks_like_bag_vbo(panden_layer())
    upper = panden_layer()
    upper.frame.columns = ["IDENTIFICATIE", "BOUWJAAR", "STATUS"]
    assert looks_like_bag_pand(upper)
    assert "verblijfsobjecten" in panden_only_message() and "woonfunctie" in panden_only_message()


def test_dwellings_in_use_with_building_year_and_type():
    records, report = load(vbo_layer(), panden_layer())
    assert list(records["id"]) == ["0221010000000001", "0221010000000002", "0221010000000003",
                                   "0221010000000005", "0221010000000007"]
    assert (records["units"] == 1).all() and (records["owner"] == "onbekend").all()
    assert list(records["floor_area"]) == [80.0, 60.0, 55.0, 120.0, 70.0]
    # pand A 1925, pand B 1972 twice, pand C 9999 (placeholder), pand ...99 not in the panden layer
    assert records["building_year"].tolist()[:3] == [1925.0, 1972.0, 1972.0]
    assert records["building_year"].iloc[3:].isna().all()
    # two woningen in pand B: meergezins; A, C and ...99 hold one woning each
    assert list(records["dwelling_type"]) == ["eengezins", "meergezins", "meergezins", "eengezins", "eengezins"]
    assert list(records["bag_pand_id"]) == [PAND_A, PAND_B, PAND_B, PAND_C, "0221100000000099"]
    assert list(records["bag_status"])[3] == "Verblijfsobject buiten gebruik"
    assert shapely.equals(records["geometry"].iloc[0], shapely.Point(5, 5))
    assert list(records["source_row"]) == [1, 2, 3, 5, 7]
    assert Stock.from_frame(records).total_units == 5


def test_every_row_accounted_for_with_reasons():
    records, report = load(vbo_layer(), panden_layer())
    assert report.kind == "bag"
    assert (report.rows_in_file, report.rows_loaded, report.rows_rejected) == (7, 5, 2) and report.balanced
    by_row = {p.row: p for p in report.problems if p.row is not None}
    shop, gevormd = by_row[4], by_row[6]
    assert (shop.severity, shop.column) == (Severity.INFO, "gebruiksdoel") and "winkelfunctie" in shop.message
    assert (gevormd.severity, gevormd.column) == (Severity.INFO, "status")
    assert "Verblijfsobject gevormd" in gevormd.message
    placeholder, missing = by_row[5], by_row[7]
    assert placeholder.severity is Severity.WARNING and "9999" in placeholder.message and PAND_C in placeholder.message
    assert missing.severity is Severity.WARNING and "0221100000000099" in missing.message
    assert set(by_row) == {4, 5, 6, 7}
    tenure = [p for p in report.warnings if p.row is None]
    assert len(tenure) == 1 and "onbekend" in tenure[0].message
    assert any(p.severity is Severity.INFO and p.row is None and "meergezins" in p.message for p in report.problems)


def test_without_pand_reference_the_point_finds_its_pand():
    records, report = load(vbo_layer(with_reference=False), panden_layer())
    # (15,5) and (16,6) lie in pand B and in the demolished pand (lower identificatie): the standing pand wins
    assert list(records["bag_pand_id"].iloc[:4]) == [PAND_A, PAND_B, PAND_B, PAND_C]
    assert pd.isna(records["bag_pand_id"].iloc[4])
    assert records["building_year"].tolist()[:3] == [1925.0, 1972.0, 1972.0]
    assert list(records["dwelling_type"]) == ["eengezins", "meergezins", "meergezins", "eengezins", "onbekend"]
    outside = next(p for p in report.problems if p.row == 7)
    assert outside.severity is Severity.WARNING and "not inside any pand" in outside.message.lower()
    assert report.balanced


def test_list_cells_and_duplicate_ids():
    vbo = vbo_layer()
    vbo.frame["gebruiksdoel"] = pd.Series([["woonfunctie"], ["winkelfunctie", "woonfunctie"], ["kantoorfunctie"],
                                           ["woonfunctie"], ["woonfunctie"], ["woonfunctie"], ["woonfunctie"]],
                                          dtype=object)
    vbo.frame["pandidentificatie"] = pd.Series([[PAND_A], [PAND_B, PAND_A], [PAND_B], [PAND_B], [PAND_C], [PAND_A],
                                                [PAND_A]], dtype=object)
    vbo.frame.loc[6, "identificatie"] = "0221010000000001"
    records, report = load(vbo, panden_layer())
    assert list(records["id"]) == ["0221010000000001", "0221010000000002", "0221010000000004", "0221010000000005"]
    assert records["bag_pand_id"].iloc[1] == PAND_B  # the first of the listed panden
    duplicate = next(p for p in report.problems if p.row == 7)
    assert duplicate.severity is Severity.ERROR and "row 1" in duplicate.message
    office = next(p for p in report.problems if p.row == 3)
    assert office.severity is Severity.INFO and "kantoorfunctie" in office.message
    assert (report.rows_loaded, report.rows_rejected) == (4, 3)


def test_without_panden_layer_building_year_is_unknown():
    records, report = load(vbo_layer(), None)
    assert records["building_year"].isna().all()
    assert list(records["dwelling_type"]) == ["eengezins", "meergezins", "meergezins", "eengezins", "eengezins"]
    assert any(p.row is None and "panden" in p.message for p in report.problems)
    assert report.balanced
