"""Each file kind planners have loads into the same stock, with the values worked out by hand."""

import json

import numpy as np
import openpyxl
import pyarrow as pa
import pyarrow.parquet as pq
import pyogrio
import shapely

from mixplanner.io.load import load_stock

HEADER = "VHE nummer;Buurtcode;Eigenaar;Kale huur;WWS punten;WOZ-waarde;Aantal;Opmerking"
ROWS = [
    "1001;BU02210001;Corporatie;650,50;120;180.000;1;portiek",
    "1002;BU02210001;woningcorporatie;1.050,00;150;;2;",
    "1003;BU02210002;Eigenaar-bewoner;;;385.000;1;Hoofdstraat 1ë",
]


def _check_three_records(result, rows=(2, 3, 4)):
    frame = result.stock.frame
    assert result.report.rows_in_file == 3 and result.report.rows_loaded == 3 and result.report.rows_rejected == 0
    assert list(frame["id"]) == ["1001", "1002", "1003"]
    assert list(frame["units"]) == [1, 2, 1]
    assert list(frame["owner"]) == ["woningcorporatie", "woningcorporatie", "eigenaar-bewoner"]
    assert frame["rent"].tolist()[:2] == [650.5, 1050.0] and np.isnan(frame["rent"].iat[2])
    assert frame["woz"].iat[0] == 180000 and frame["woz"].iat[2] == 385000
    assert list(frame["wijk_code"]) == ["WK022100"] * 3 and list(frame["gemeente_code"]) == ["GM0221"] * 3
    assert list(frame["source_row"]) == list(rows)


def test_semicolon_csv_with_decimal_comma_and_bom(tmp_path):
    path = tmp_path / "bezit.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "\n".join([HEADER, *ROWS]).encode("utf-8"))
    result = load_stock(path)
    _check_three_records(result)
    assert result.report.mapping["Kale huur"] == "rent" and result.report.mapping["VHE nummer"] == "id"
    assert result.report.unmapped == ["Opmerking"]
    assert result.stock.frame["Opmerking"].iat[2] == "Hoofdstraat 1ë"  # carried along untouched


def test_windows_1252_csv_with_comma_and_decimal_point(tmp_path):
    text = "\n".join(["id,buurtcode,eigenaar,huur,punten,woz,aantal,opmerking",
                      "1001,BU02210001,corporatie,650.50,120,180000,1,portiek",
                      "1002,BU02210001,woningcorporatie,1050.00,150,,2,",
                      "1003,BU02210002,koop,,,385000,1,Hoofdstraat 1ë"])
    path = tmp_path / "bezit.csv"
    path.write_bytes(text.encode("cp1252"))
    result = load_stock(path)
    _check_three_records(result)
    assert result.stock.frame["opmerking"].iat[2] == "Hoofdstraat 1ë"


def test_xlsx_named_sheet_with_title_rows_above_the_header(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Toelichting"
    book.active["A1"] = "Zie blad Bezit"
    ws = book.create_sheet("Bezit")
    ws.append(["Bezitslijst Woonstichting Voorbeeld, peildatum 1-1-2026"])
    ws.append([])
    ws.append(HEADER.split(";"))
    ws.append(["1001", "BU02210001", "Corporatie", 650.5, 120, 180000, 1, "portiek"])
    ws.append([1002, "BU02210001", "woningcorporatie", "1.050,00", 150, None, 2, None])
    ws.append([1003, "BU02210002", "Eigenaar-bewoner", None, None, "385.000", 1, "Hoofdstraat 1ë"])
    path = tmp_path / "bezit.xlsx"
    book.save(path)
    result = load_stock(path, sheet="Bezit")
    _check_three_records(result, rows=(4, 5, 6))  # the sheet's own row numbers


def test_parquet(tmp_path):
    table = pa.table({
        "id": ["1001", "1002", "1003"], "buurtcode": ["BU02210001", "BU02210001", "BU02210002"],
        "eigenaar": ["corporatie", "woningcorporatie", "eigenaar-bewoner"], "huur": [650.5, 1050.0, None],
        "punten": [120, 150, None], "woz": [180000.0, None, 385000.0], "aantal": [1, 2, 1],
    })
    path = tmp_path / "bezit.parquet"
    pq.write_table(table, path)
    _check_three_records(load_stock(path), rows=(1, 2, 3))


def _squares(xs, ys, size=10.0):
    return np.array([shapely.box(x, y, x + size, y + size) for x, y in zip(xs, ys)], dtype=object)


def _write_layer(path, layer, columns: dict, geometry, crs="EPSG:28992", driver=None):
    table = pa.table({**columns, "geometry": shapely.to_wkb(geometry)})
    pyogrio.write_arrow(table, path, layer=layer, driver=driver, geometry_name="geometry",
                        geometry_type="Unknown", crs=crs, append=layer != "stock" and path.exists())


def test_geopackage_stock_with_buurt_layer_fills_missing_codes(tmp_path):
    path = tmp_path / "wijk.gpkg"
    buurt_a, buurt_b = shapely.box(206000, 447000, 206500, 447500), shapely.box(206500, 447000, 207000, 447500)
    stock_geom = _squares([206100, 206600, 206200], [447100, 447100, 447300])
    _write_layer(path, "stock", {"id": ["a", "b", "c"], "buurtcode": ["BU02210009", None, None],
                                 "eigenaar": ["corporatie", "koop", "particulier"], "huur": [700.0, None, 1500.0],
                                 "woz": [None, 300000.0, None]}, stock_geom)
    _write_layer(path, "buurten", {"BU_CODE": ["BU02210001", "BU02210002"], "BU_NAAM": ["Oost", "West"],
                                   "WK_CODE": ["WK022100", "WK022100"], "GM_CODE": ["GM0221", "GM0221"]},
                 np.array([buurt_a, buurt_b], dtype=object))
    result = load_stock(path)
    frame = result.stock.frame
    # a keeps its own code (the file is right even if the polygon says otherwise); b and c are joined
    assert list(frame["buurt_code"]) == ["BU02210009", "BU02210002", "BU02210001"]
    assert frame["buurt_naam"].iat[1] == "West"
    assert shapely.equals(frame["geometry"].iat[0], stock_geom[0])
    assert result.areas is not None and sorted(result.areas["buurt_code"]) == ["BU02210001", "BU02210002"]
    assert list(frame["source_row"]) == [1, 2, 3]  # GeoPackage feature ids


def test_geojson_in_wgs84_is_reprojected_to_rd_new(tmp_path):
    path = tmp_path / "wijk.geojson"
    doc = {"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"id": "x", "buurtcode": "BU02210001", "eigenaar": "koop", "woz": 250000},
        # Doesburg, Martinikerk: about 6.1375 E, 52.0128 N; RD about (206,900, 446,800)
        "geometry": {"type": "Point", "coordinates": [6.1375, 52.0128]}}]}
    path.write_text(json.dumps(doc))
    point = load_stock(path).stock.frame["geometry"].iat[0]
    assert 205_000 < point.x < 209_000 and 445_500 < point.y < 448_500


def test_shapefile_is_read_with_its_projection(tmp_path):
    path = tmp_path / "bezit.shp"
    geom = _squares([206100, 206600], [447100, 447100])
    _write_layer(path, "bezit", {"id": ["a", "b"], "eigenaar": ["corporatie", "koop"], "huur": [700.0, None],
                                 "woz": [None, 300000.0], "buurtcode": ["BU02210001", "BU02210002"]},
                 geom, driver="ESRI Shapefile")
    result = load_stock(path)
    assert result.report.rows_loaded == 2 and not result.report.errors
    assert shapely.equals(result.stock.frame["geometry"].iat[1], geom[1])


def test_explicit_mapping_file_for_unusual_columns_and_values(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("Objectcode;Gebied;Verhuurder;Netto maandlast;Eenheden\nX1;BU02210001;WSN;612,40;3\nX2;BU02210001;Prive;1100;1\n")
    mapping = tmp_path / "mapping.toml"
    mapping.write_text(
        '[columns]\n"Objectcode" = "id"\n"Gebied" = "buurtcode"\n"Verhuurder" = "owner"\n"Netto maandlast" = "rent"\n'
        '"Eenheden" = "units"\n\n[values.owner]\n"WSN" = "woningcorporatie"\n"Prive" = "particuliere verhuurder"\n'
    )
    result = load_stock(path, mapping)
    frame = result.stock.frame
    assert result.report.rows_rejected == 0
    assert list(frame["owner"]) == ["woningcorporatie", "particuliere verhuurder"]
    assert list(frame["rent"]) == [612.4, 1100.0] and list(frame["units"]) == [3, 1]
