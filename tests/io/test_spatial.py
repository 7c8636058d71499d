"""Buurt polygons from the Wijk- en buurtkaart, and joining records to the buurt they lie in."""

import numpy as np
import pandas as pd
import shapely

from mixplanner.io.problems import LoadReport, Severity
from mixplanner.io.raw import RawTable
from mixplanner.io.spatial import AREA_COLUMNS, areas_from_raw, join_areas


def buurtkaart() -> RawTable:
    """Three buurten of the 2021 kaart side by side (100 m squares in RD New) and one row without a code."""
    frame = pd.DataFrame({
        "BU_CODE": ["BU02210001", "BU02210000", "BU02210100", "  "],
        "BU_NAAM": ["Beinum", "Binnenstad", "IJssel", "?"],
        "WK_CODE": ["WK022100", "WK022100", "WK022101", "WK022101"],
        "WK_NAAM": ["Wijk 00 Doesburg", "Wijk 00 Doesburg", "Wijk 01 Water", "Wijk 01 Water"],
        "GM_CODE": ["GM0221"] * 4,
        "GM_NAAM": ["Doesburg"] * 4,
        "WATER": ["NEE", "NEE", "JA", "NEE"],
    })
    # BU02210001 is the left square, BU02210000 the middle one: on their shared border the lower code wins
    squares = shapely.box([0, 100, 200, 300], [0, 0, 0, 0], [100, 200, 300, 400], [100, 100, 100, 100])
    return RawTable("wijkenbuurten_2021.gpkg", "gpkg", frame, np.arange(1, 5), squares, "EPSG:28992", "buurten")


def test_areas_from_the_2021_kaart():
    report = LoadReport("stock.csv")
    areas = areas_from_raw(buurtkaart(), report)
    assert list(areas.columns) == list(AREA_COLUMNS)
    assert list(areas["buurt_code"]) == ["BU02210001", "BU02210000", "BU02210100"]  # the water buurt stays
    assert list(areas["wijk_naam"]) == ["Wijk 00 Doesburg", "Wijk 00 Doesburg", "Wijk 01 Water"]
    assert list(areas["gemeente_naam"]) == ["Doesburg"] * 3
    (problem,) = report.problems
    assert (problem.file, problem.row, problem.column) == ("wijkenbuurten_2021.gpkg:buurten", 4, "BU_CODE")
    assert problem.severity is Severity.ERROR
    assert (report.rows_in_file, report.rows_loaded, report.rows_rejected) == (0, 0, 0)  # the stock file's counts


def test_2022_kaart_names_and_codes_derived_from_the_buurtcode():
    raw = buurtkaart()
    raw.frame = pd.DataFrame({"buurtcode": raw.frame["BU_CODE"], "buurtnaam": raw.frame["BU_NAAM"],
                              "gemeentenaam": raw.frame["GM_NAAM"], "water": raw.frame["WATER"]})
    areas = areas_from_raw(raw, LoadReport("stock.csv"))
    assert list(areas["wijk_code"]) == ["WK022100", "WK022100", "WK022101"]
    assert list(areas["gemeente_code"]) == ["GM0221"] * 3
    assert areas["wijk_naam"].isna().all()


def test_missing_buurt_code_column():
    raw = buurtkaart()
    raw.frame = raw.frame.drop(columns=["BU_CODE"])
    report = LoadReport("stock.csv")
    areas = areas_from_raw(raw, report)
    assert areas.empty and list(areas.columns) == list(AREA_COLUMNS)
    (problem,) = report.errors
    assert "BU_CODE" in problem.message


def test_join_points_polygons_borders_and_nothing():
    areas = areas_from_raw(buurtkaart(), LoadReport("stock.csv"))
    geometry = np.array([
        shapely.Point(50, 50),  # in BU02210001
        shapely.Point(150, 50),  # in BU02210000
        shapely.Point(100, 50),  # on the border of both: the lower code, BU02210000
        shapely.box(210, 10, 230, 30),  # a pand polygon in the water buurt
        shapely.Point(1000, 1000),  # outside every buurt
        None,
        shapely.Point(),  # empty
    ], dtype=object)
    joined = join_areas(geometry, areas)
    assert len(joined) == len(geometry)
    assert joined["buurt_code"].tolist() == ["BU02210001", "BU02210000", "BU02210000", "BU02210100", None, None, None]
    assert joined["buurt_naam"].tolist()[:4] == ["Beinum", "Binnenstad", "Binnenstad", "IJssel"]
    assert joined["wijk_code"].tolist()[3] == "WK022101" and joined["gemeente_code"].tolist()[0] == "GM0221"


def test_join_agrees_with_a_plain_point_in_polygon_test():
    rng = np.random.default_rng(7)
    cells = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(rng.uniform(0, 1000, (30, 2))),
                                                       extend_to=shapely.box(0, 0, 1000, 1000)))
    cells = shapely.intersection(cells, shapely.box(0, 0, 1000, 1000))
    codes = [f"BU9999{i:04d}" for i in range(len(cells))]
    areas = pd.DataFrame({"buurt_code": codes, "buurt_naam": codes, "wijk_code": "WK999900", "wijk_naam": None,
                          "gemeente_code": "GM9999", "gemeente_naam": None, "geometry": cells})
    xy = rng.uniform(-50, 1050, (2000, 2))
    joined = join_areas(shapely.points(xy), areas)
    expected = [next((codes[k] for k in range(len(cells)) if shapely.contains_xy(cells[k], x, y)), None) for x, y in xy]
    assert joined["buurt_code"].tolist() == expected
