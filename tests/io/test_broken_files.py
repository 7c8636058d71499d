"""A corpus of broken input files: every problem named with file, row and column, and no row lost.

Each readable case asserts the exact rows rejected (as the user numbers them: CSV line with the header as
line 1, the sheet's real Excel row, the feature number), every ERROR and WARNING with its column header and
the words that name it, and rows in file = rows loaded + rows rejected = the data rows written. Each
unreadable case asserts one sentence naming the file; a handful also go through `mixplanner-cli validate`.
See docs/adr/0004-loading-never-loses-rows.md.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest
import shapely

from broken_corpus import (
    DOESBURG_LONLAT,
    DOESBURG_RD,
    GOOD,
    GOOD_TYPED,
    HEADER,
    add_column,
    bowtie,
    csv_lines,
    points_near_doesburg,
    random_bytes,
    rows_with,
    square,
    truncate,
    write_csv,
    write_docx,
    write_old_xls,
    write_parquet,
    write_pdf,
    write_text,
    write_vector,
    write_xlsx,
)
from mixplanner.io.load import LoadResult, load_stock
from mixplanner.io.problems import Severity, UnreadableFileError

E, W = Severity.ERROR, Severity.WARNING
TITLE = "Woningbezit Woonstede Doesburg, peildatum 1 januari 2026"
LINES = (2, 3, 4, 5, 6)  # the CSV lines of the five GOOD rows under a header on line 1


@dataclass(frozen=True)
class P:
    """An expected problem: severity, row and column header exactly; words (case-insensitive) in the message."""

    severity: Severity
    row: int | None
    column: str | None
    words: tuple[str, ...] = ()


def err(row, column, *words) -> P:
    return P(E, row, column, words)


def warn(row, column, *words) -> P:
    return P(W, row, column, words)


@dataclass(frozen=True)
class Readable:
    id: str
    build: Callable[[Path], Path | tuple[Path, dict]]  # writes the file into tmp_path; optionally load_stock kwargs
    rows: tuple[int, ...]  # every data row written, numbered as the user sees it
    rejected: frozenset[int]
    problems: tuple[P, ...]  # every ERROR and WARNING, exactly
    check: Callable[[LoadResult], None] | None = None


@dataclass(frozen=True)
class Unreadable:
    id: str
    build: Callable[[Path], Path | tuple[Path, dict]]
    words: tuple[str, ...]  # besides the file name
    name: str = ""  # the file the sentence must name, when it is not the file passed (a mapping file)
    cli: bool = False  # also run `mixplanner-cli validate` in a subprocess
    options: dict = field(default_factory=dict)  # load_stock keyword -> the CLI flag that passes it


# --- builders ------------------------------------------------------------------------------------

def csv_file(rows, header=HEADER, name="vhe.csv", **kwargs):
    return lambda d: write_csv(d / name, rows, header, **kwargs)


def lines_file(lines, name="vhe.csv", **kwargs):
    return lambda d: write_text(d / name, lines, **kwargs)


def with_kwargs(build, **kwargs):
    return lambda d: (build(d), kwargs)


def excel_rows(first: int, rows: list[list]) -> dict[int, list]:
    return {first + i: r for i, r in enumerate(rows)}


def sheet(rows: list[list], *, header_at: int, data_at: int, title_at: int | None = None) -> dict[int, list]:
    """A sheet as exported: optionally a title, the header and the data rows, each at its real Excel row."""
    return {**({title_at: [TITLE]} if title_at else {}), header_at: HEADER, **excel_rows(data_at, rows)}


def xlsx_file(sheets, name="bezit.xlsx"):
    return lambda d: write_xlsx(d / name, sheets)


def build_ragged(d: Path) -> Path:
    lines = csv_lines(rows_with({4: {"Eigenaar": "gemeente"}}))
    lines[3] += ";Kerkstraat 4;extra veld"  # line 4: nine fields under a seven-field header; line 6 after it
    return write_text(d / "ragged.csv", lines)


def build_title_line(d: Path) -> Path:
    lines = csv_lines(rows_with({3: {"Kale huur": "-12,00"}}))
    return write_text(d / "titel.csv", ["Bezitsoverzicht Woonstede per 1-1-2026", *lines])


def build_blank_line_inside(d: Path) -> Path:
    lines = csv_lines(rows_with({3: {"Eigenaar": "gemeente"}}))
    lines.insert(3, "")  # line 4 is empty; the rows after it are on lines 5, 6, 7
    return write_text(d / "leeg_tussen.csv", lines)


def build_quoted_newline(d: Path) -> Path:
    rows = add_column(rows_with({3: {"Eigenaar": "gemeente"}}), ["", '"lekkage; dak\nherstel gepland"', "", "", ""])
    return write_csv(d / "opmerking.csv", rows, HEADER + ["Opmerking"])  # row 2 spans lines 3-4


def build_truncated_csv(d: Path) -> Path:
    lines = csv_lines(GOOD)
    lines[-1] = "100005;BU02210002;wonin"  # the export stopped mid-line
    return write_text(d / "afgebroken.csv", lines, final_newline=False)


def build_cp1252(d: Path) -> Path:
    rows = add_column(rows_with({1: {"Kale huur": "€ 498,20"}}),
                      ["Hoofdstraat 1ë", "Kerkstraat 12", "Gasthuisstraat 3", "Koepoortstraat 7", "Ooipoort 1-24"])
    return write_csv(d / "windows.csv", rows, HEADER + ["Adres"], encoding="cp1252", newline="\r\n")


def build_mapping(text: str, data: Callable[[Path], Path] = csv_file(GOOD)):
    def build(d: Path):
        mapping = d / "mapping.json"
        mapping.write_text(text, encoding="utf-8")
        return data(d), {"mapping": mapping}
    return build


def build_gpkg_bowtie(d: Path) -> Path:
    x, y = DOESBURG_RD
    return write_vector(d / "bowtie.gpkg", GOOD_TYPED[:3], [square(x, y), bowtie(x + 50, y), square(x + 100, y)],
                        driver="GPKG", layer="vhe", geometry_type="Polygon")


def build_gpkg_fid_gap(d: Path) -> Path:
    """Feature 3 was deleted in QGIS: the features left are fid 1, 2, 4, 5."""
    path = write_vector(d / "gat.gpkg", rows_with({4: {"Kale huur": -450.0}}, GOOD_TYPED), points_near_doesburg(5),
                        driver="GPKG", layer="vhe")
    with sqlite3.connect(path) as con:
        con.execute("DELETE FROM vhe WHERE fid = 3")
    return path


def build_geojson_wgs84(d: Path) -> Path:
    lon, lat = DOESBURG_LONLAT
    points = [shapely.Point(lon, lat), shapely.Point(lon + 0.001, lat), shapely.Point(lon, lat + 0.001)]
    rows = rows_with({2: {"VHE nummer": 100001}}, GOOD_TYPED[:3])
    return write_vector(d / "wgs84.geojson", rows, points, driver="GeoJSON", crs="EPSG:4326")


def build_shp_without_prj(name: str, rows: list[list], points: list) -> Callable[[Path], Path]:
    def build(d: Path) -> Path:
        path = write_vector(d / name, rows, points, driver="ESRI Shapefile", crs=None)
        path.with_suffix(".prj").unlink(missing_ok=True)
        return path
    return build


def laea_points(n: int) -> list:
    """ETRS89 / LAEA Europe (EPSG:3035) metres: neither RD New nor lon/lat."""
    return [shapely.Point(4_050_000.0 + 50 * i, 3_210_000.0 + 30 * i) for i in range(n)]


def build_shp_missing_dbf(d: Path) -> Path:
    path = write_vector(d / "vhe.shp", GOOD_TYPED, points_near_doesburg(5), driver="ESRI Shapefile")
    path.with_suffix(".dbf").unlink()
    return path


def build_truncated(make: Callable[[Path], Path]) -> Callable[[Path], Path]:
    return lambda d: truncate(make(d))


def build_directory(d: Path) -> Path:
    folder = d / "export"
    folder.mkdir()
    write_csv(folder / "vhe.csv", GOOD)
    return folder


def build_layer_missing(d: Path):
    path = write_vector(d / "bezit.gpkg", GOOD_TYPED, points_near_doesburg(5), driver="GPKG", layer="vhe")
    return path, {"layer": "woningen"}


def build_sheet_missing(d: Path):
    path = write_xlsx(d / "bezit.xlsx", {"Toelichting": {1: ["Zie blad Bezit 2026"]},
                                         "Bezit 2026": sheet(GOOD_TYPED, header_at=1, data_at=2)})
    return path, {"sheet": "Blad1"}


def build_parquet(d: Path) -> Path:
    rows = [[str(r[0]), *r[1:]] for r in GOOD_TYPED[:4]]  # ids as text, the rest typed
    return write_parquet(d / "vhe.parquet", rows_with({1: {"Kale huur": -450.0}, 3: {"Aantal": 0}}, rows))


def many_typed_rows(n: int) -> list[list]:
    return [[200000 + i, "BU02210000", "woningcorporatie", 500.0 + i, 140, 180000, 1] for i in range(n)]


# --- checks of what was loaded -------------------------------------------------------------------

def value_of(result: LoadResult, record_id: str, column: str):
    return result.stock.record(record_id)[column]


def check_clean_values(result: LoadResult) -> None:
    assert value_of(result, "100001", "rent") == pytest.approx(612.45)
    assert value_of(result, "100003", "rent") == pytest.approx(1045.0)
    assert value_of(result, "100003", "woz") == pytest.approx(243000)
    assert value_of(result, "100005", "units") == 24


def check_rent_1200(record_id: str):
    def check(result: LoadResult) -> None:
        assert value_of(result, record_id, "rent") == pytest.approx(1200.0)
    return check


def check_cp1252(result: LoadResult) -> None:
    assert value_of(result, "100001", "Adres") == "Hoofdstraat 1ë"
    assert value_of(result, "100002", "rent") == pytest.approx(498.20)


def check_bom(result: LoadResult) -> None:
    assert result.report.mapping.get("VHE nummer") == "id"
    assert "100001" in set(result.stock.frame["id"])


def check_opmerking(result: LoadResult) -> None:
    assert value_of(result, "100002", "Opmerking") == "lekkage; dak\nherstel gepland"


def check_named_after_row(result: LoadResult) -> None:
    assert "rij-3" in set(result.stock.frame["id"])


def check_header_only(result: LoadResult) -> None:
    assert len(result.stock) == 0


def check_repaired(result: LoadResult) -> None:
    geometry = value_of(result, "100002", "geometry")
    assert geometry is not None and shapely.is_valid(geometry) and not geometry.is_empty
    assert geometry.area == pytest.approx(50.0)  # both lobes of the bowtie kept


def check_reprojected(result: LoadResult) -> None:
    point = value_of(result, "100001", "geometry")
    assert point is not None
    assert shapely.distance(point, shapely.Point(*DOESBURG_RD)) < 500.0


def check_geometry_present(result: LoadResult) -> None:
    assert result.stock.frame["geometry"].notna().all()
    x, y = DOESBURG_RD
    assert shapely.distance(value_of(result, "100001", "geometry"), shapely.Point(x, y)) < 1.0


def check_geometry_dropped(result: LoadResult) -> None:
    assert result.stock.frame["geometry"].isna().all()


# --- the corpus ----------------------------------------------------------------------------------

READABLE = [
    # one problem kind at a time, in a semicolon CSV with decimal commas
    Readable("csv-unparsable-rent", csv_file(rows_with({1: {"Kale huur": "abc"}})), LINES, frozenset({3}),
             (err(3, "Kale huur", "rent", "'abc'", "not a number"),)),
    Readable("csv-negative-rent", csv_file(rows_with({2: {"Kale huur": "-450,00"}})), LINES, frozenset({4}),
             (err(4, "Kale huur", "negative rent", "-450,00"),)),
    Readable("csv-duplicate-id", csv_file(rows_with({3: {"VHE nummer": "100002"}})), LINES, frozenset({5}),
             (err(5, "VHE nummer", "duplicate id", "'100002'", "row 3"),)),
    Readable("csv-unknown-owner", csv_file(rows_with({0: {"Eigenaar": "gemeente"}})), LINES, frozenset({2}),
             (err(2, "Eigenaar", "unknown owner", "'gemeente'", "woningcorporatie"),)),
    Readable("csv-units-zero", csv_file(rows_with({4: {"Aantal": "0"}})), LINES, frozenset({6}),
             (err(6, "Aantal", "units below 1", "0"),)),
    Readable("csv-units-negative", csv_file(rows_with({1: {"Aantal": "-2"}})), LINES, frozenset({3}),
             (err(3, "Aantal", "units below 1", "-2"),)),
    Readable("csv-units-not-whole", csv_file(rows_with({2: {"Aantal": "2,5"}})), LINES, frozenset({4}),
             (err(4, "Aantal", "not a whole number", "2,5"),)),
    Readable("csv-units-empty", csv_file(rows_with({1: {"Aantal": ""}})), LINES, frozenset({3}),
             (err(3, "Aantal", "units", "empty"),)),
    Readable("csv-units-text", csv_file(rows_with({3: {"Aantal": "twee"}})), LINES, frozenset({5}),
             (err(5, "Aantal", "units", "'twee'", "not a number"),)),
    Readable("csv-negative-woz", csv_file(rows_with({3: {"WOZ-waarde": "-187.000"}})), LINES, frozenset({5}),
             (err(5, "WOZ-waarde", "negative WOZ", "-187.000"),)),
    Readable("csv-text-in-points", csv_file(rows_with({0: {"WWS punten": "veel"}})), LINES, frozenset({2}),
             (err(2, "WWS punten", "WWS points", "'veel'", "not a number"),)),
    Readable("csv-rent-euro-dash-is-valid", csv_file(rows_with({2: {"Kale huur": "€ 1.200,-"}})), LINES, frozenset(),
             (), check_rent_1200("100003")),
    # loaded with a warning: the row stays and the assumption is named
    Readable("csv-empty-id", csv_file(rows_with({1: {"VHE nummer": ""}})), LINES, frozenset(),
             (warn(3, "VHE nummer", "empty id"),), check_named_after_row),
    Readable("csv-rent-zero", csv_file(rows_with({2: {"Kale huur": "0,00"}})), LINES, frozenset(),
             (warn(4, "Kale huur", "rent 0", "unknown"),)),
    Readable("csv-building-year-placeholder",
             csv_file(add_column(GOOD, ["1972", "9999", "1985", "", "2003"]), HEADER + ["Bouwjaar"]),
             LINES, frozenset(), (warn(3, "Bouwjaar", "building year", "9999"),)),
    Readable("csv-ragged-line", build_ragged, LINES, frozenset({4, 6}),
             (err(4, None, "more fields"), err(6, "Eigenaar", "unknown owner", "'gemeente'"))),
    Readable("csv-unknown-care-type",
             csv_file(add_column(GOOD, ["geen", "nultreden", "aanleunflat", "", "geclusterd"]), HEADER + ["Zorgtype"]),
             LINES, frozenset({4}), (err(4, "Zorgtype", "unknown care type", "'aanleunflat'", "nultreden"),)),
    Readable("csv-bad-segment",
             csv_file(add_column(GOOD, ["sociale huur", "", "goedkope huur", "", ""]), HEADER + ["Segment"]),
             LINES, frozenset({4}), (err(4, "Segment", "unknown segment", "'goedkope huur'", "middenhuur"),)),
    Readable("csv-no-recognised-column",
             csv_file([["Kerkstraat 1", "6981 AA", "Doesburg"], ["Kerkstraat 3", "6981 AA", "Doesburg"],
                       ["Ooipoort 2", "6982 BB", "Doesburg"]], ["Adres", "Postcode", "Plaats"], name="adressen.csv"),
             (2, 3, 4), frozenset({2, 3, 4}),
             (err(None, None, "missing required column", "'Adres'", "'Postcode'", "'Plaats'"),
              warn(None, None, "no owner column"), warn(None, None, "no buurt column"))),
    Readable("csv-header-only", lines_file([";".join(HEADER)], name="alleen_kop.csv"), (), frozenset(), (),
             check_header_only),
    # encodings, titles, blank lines and line breaks: the line numbers must stay those of the file
    Readable("csv-windows-1252", build_cp1252, LINES, frozenset(), (), check_cp1252),
    Readable("csv-utf8-bom", csv_file(rows_with({2: {"Eigenaar": "gemeente"}}), name="bom.csv", bom=True), LINES,
             frozenset({4}), (err(4, "Eigenaar", "unknown owner", "'gemeente'"),), check_bom),
    Readable("csv-title-line-above-header", build_title_line, (3, 4, 5, 6, 7), frozenset({6}),
             (err(6, "Kale huur", "negative rent", "-12,00"),)),
    Readable("csv-blank-line-inside", build_blank_line_inside, (2, 3, 5, 6, 7), frozenset({6}),
             (err(6, "Eigenaar", "unknown owner", "'gemeente'"),)),
    Readable("csv-quoted-line-break", build_quoted_newline, (2, 3, 5, 6, 7), frozenset({6}),
             (err(6, "Eigenaar", "unknown owner", "'gemeente'"),), check_opmerking),
    Readable("csv-truncated-last-line", build_truncated_csv, LINES, frozenset({6}),
             (err(6, "Eigenaar", "unknown owner", "'wonin'"), err(6, "Aantal", "units", "empty"))),
    # Excel: the sheet's real row numbers
    Readable("xlsx-title-and-blank-row-above-header",
             xlsx_file({"Bezit": sheet(rows_with({1: {"Eigenaar": "Gemeente Doesburg"}, 3: {"Kale huur": -450},
                                                  4: {"Aantal": 0}}, GOOD_TYPED), title_at=1, header_at=3, data_at=4)}),
             (4, 5, 6, 7, 8), frozenset({5, 7, 8}),
             (err(5, "Eigenaar", "unknown owner", "'Gemeente Doesburg'"), err(7, "Kale huur", "negative rent", "-450"),
              err(8, "Aantal", "units below 1", "0"))),
    Readable("xlsx-blank-row-under-header",
             xlsx_file({"Bezit": sheet(rows_with({0: {"WWS punten": "n.t.b."}, 4: {"VHE nummer": 100002}}, GOOD_TYPED),
                                       title_at=1, header_at=3, data_at=5)}),  # row 4 left empty
             (5, 6, 7, 8, 9), frozenset({5, 9}),
             (err(5, "WWS punten", "WWS points", "'n.t.b.'", "not a number"),
              err(9, "VHE nummer", "duplicate id", "'100002'", "row 6"))),
    Readable("xlsx-first-row-empty",
             xlsx_file({"Bezit": sheet(rows_with({1: {"Eigenaar": "gemeente"}}, GOOD_TYPED),
                                       title_at=2, header_at=4, data_at=5)}),  # row 1 left empty
             (5, 6, 7, 8, 9), frozenset({6}), (err(6, "Eigenaar", "unknown owner", "'gemeente'"),)),
    Readable("xlsx-first-row-empty-header-row-option",
             build_mapping('{"options": {"header_row": 4}}', xlsx_file({"Bezit": sheet(
                 rows_with({1: {"Eigenaar": "gemeente"}}, GOOD_TYPED), title_at=2, header_at=4, data_at=5)})),
             (5, 6, 7, 8, 9), frozenset({6}), (err(6, "Eigenaar", "unknown owner", "'gemeente'"),)),
    Readable("xlsx-text-rent-and-fractional-units",
             xlsx_file({"Bezit": sheet(rows_with({0: {"Kale huur": "€ 1.200,-"}, 2: {"Aantal": 2.5},
                                                  3: {"WOZ-waarde": "-"}}, GOOD_TYPED), header_at=1, data_at=2)}),
             (2, 3, 4, 5, 6), frozenset({4}), (err(4, "Aantal", "not a whole number", "2.5"),),
             check_rent_1200("100001")),
    Readable("xlsx-second-sheet-by-name",
             with_kwargs(xlsx_file({"Toelichting": {1: ["Zie blad Bezit 2026"]},
                                    "Bezit 2026": sheet(rows_with({2: {"WOZ-waarde": -243000}}, GOOD_TYPED),
                                                        title_at=1, header_at=3, data_at=4)}), sheet="Bezit 2026"),
             (4, 5, 6, 7, 8), frozenset({6}), (err(6, "WOZ-waarde", "negative WOZ", "-243000"),)),
    # GIS: feature numbers, repair, reprojection, CRS settled or refused
    Readable("gpkg-bowtie-repaired", build_gpkg_bowtie, (1, 2, 3), frozenset(),
             (warn(2, "geometry", "invalid geometry", "self-intersection", "make_valid"),), check_repaired),
    Readable("gpkg-deleted-feature-fids", build_gpkg_fid_gap, (1, 2, 4, 5), frozenset({5}),
             (err(5, "Kale huur", "negative rent", "-450"),)),
    Readable("geojson-wgs84-reprojected", build_geojson_wgs84, (1, 2, 3), frozenset({3}),
             (err(3, "VHE nummer", "duplicate id", "'100001'", "row 1"),), check_reprojected),
    Readable("shp-without-prj-in-rd",
             build_shp_without_prj("rd.shp", rows_with({1: {"Aantal": 0}}, GOOD_TYPED[:3]), points_near_doesburg(3)),
             (1, 2, 3), frozenset({2}),
             (err(2, "Aantal", "units below 1", "0"), warn(None, None, "EPSG:28992", "assumed")),
             check_geometry_present),
    Readable("shp-without-prj-unknown-crs", build_shp_without_prj("laea.shp", GOOD_TYPED[:3], laea_points(3)),
             (1, 2, 3), frozenset(), (err(None, None, "unknown CRS"),), check_geometry_dropped),
    Readable("shp-mapping-names-unknown-crs",
             build_mapping('{"options": {"crs": "EPSG:99999"}}', lambda d: write_vector(
                 d / "vhe.shp", GOOD_TYPED[:3], points_near_doesburg(3), driver="ESRI Shapefile")),
             (1, 2, 3), frozenset(), (err(None, None, "unknown CRS", "EPSG:99999"),), check_geometry_dropped),
    # Parquet: typed columns, rows counted from 1
    Readable("parquet-negative-rent-and-zero-units",
             build_parquet, (1, 2, 3, 4), frozenset({2, 4}),
             (err(2, "Kale huur", "negative rent", "-450"), err(4, "Aantal", "units below 1", "0"))),
]

UNREADABLE = [
    Unreadable("empty-file", lambda d: write_text(d / "leeg.csv", [], final_newline=False), ("empty",), cli=True),
    Unreadable("only-blank-lines", lambda d: write_text(d / "witregels.csv", ["", "   ", "", "\t", ""]), ("no rows",)),
    Unreadable("binary-garbage-csv", lambda d: random_bytes(d / "garbage.csv"), ("binary",)),
    Unreadable("random-bytes-xlsx", lambda d: random_bytes(d / "random.xlsx", with_nul=False), ("Excel",), cli=True),
    Unreadable("truncated-xlsx",
               build_truncated(xlsx_file({"Bezit": sheet(many_typed_rows(200), header_at=1, data_at=2)})), ("Excel",)),
    Unreadable("truncated-gpkg", build_truncated(lambda d: write_vector(
        d / "afgebroken.gpkg", many_typed_rows(400), points_near_doesburg(400), driver="GPKG", layer="vhe")),
        ("cannot be read",)),
    Unreadable("truncated-parquet",
               build_truncated(lambda d: write_parquet(d / "afgebroken.parquet", many_typed_rows(200))), ("Parquet",)),
    Unreadable("truncated-geojson", build_truncated(lambda d: write_vector(
        d / "afgebroken.geojson", many_typed_rows(50), points_near_doesburg(50), driver="GeoJSON")),
        ("cannot be read",)),
    Unreadable("directory", build_directory, ("folder",), cli=True),
    Unreadable("does-not-exist", lambda d: d / "nergens.csv", ("does not exist",)),
    Unreadable("old-xls", lambda d: write_old_xls(d / "bezit.xls"), ("97-2003", ".xlsx")),
    Unreadable("docx", lambda d: write_docx(d / "bezit.docx"), ()),
    Unreadable("pdf", lambda d: write_pdf(d / "bezit.pdf"), (".pdf", "cannot be read")),
    Unreadable("csv-unclosed-quote",
               lines_file(csv_lines(GOOD[:2]) + ['100003;BU02210001;"particuliere verhuurder;1.045,00;171;243.000;1',
                                                 *csv_lines(GOOD[3:], header=None)], name="aanhalingsteken.csv"), ()),
    Unreadable("shp-missing-dbf", build_shp_missing_dbf, (".dbf",), cli=True),
    Unreadable("gpkg-layer-missing", build_layer_missing, ("'woningen'", "vhe")),
    Unreadable("xlsx-sheet-missing", build_sheet_missing, ("'Blad1'", "Toelichting", "Bezit 2026"), cli=True,
               options={"sheet": "--sheet"}),
    Unreadable("mapping-invalid-json", build_mapping('{"columns": {"VHE nummer": "id",}}'), ("JSON",),
               name="mapping.json", cli=True, options={"mapping": "--mapping"}),
    Unreadable("mapping-unknown-field", build_mapping('{"columns": {"Kale huur": "huur_per_jaar"}}'),
               ("unknown", "'huur_per_jaar'", "rent"), name="mapping.json"),
]


# --- the tests -----------------------------------------------------------------------------------

def _build(case, tmp_path: Path) -> tuple[Path, dict]:
    built = case.build(tmp_path)
    return built if isinstance(built, tuple) else (built, {})


def _key(severity, row, column) -> tuple:
    return (str(severity), -1 if row is None else row, "" if column is None else column)


def _column_matches(expected: str | None, actual: str | None) -> bool:
    if expected == "geometry":  # the report may name the geometry field as the file heads it (GeoPackage: 'geom')
        return actual in ("geometry", "geom")
    return expected == actual


def _describe(problems) -> str:
    return "\n".join(str(p) for p in problems) or "(no problems)"


@pytest.mark.parametrize("case", READABLE, ids=lambda c: c.id)
def test_readable_broken_file(case: Readable, tmp_path: Path) -> None:
    path, kwargs = _build(case, tmp_path)
    result = load_stock(path, **kwargs)
    report = result.report
    found = _describe(report.problems)

    assert report.rows_in_file == len(case.rows), found
    assert report.rows_in_file == report.rows_loaded + report.rows_rejected
    assert report.rows_rejected == len(case.rejected), found
    assert len(result.stock) == report.rows_loaded
    loaded = sorted(int(r) for r in result.stock.frame["source_row"])
    assert loaded == sorted(set(case.rows) - case.rejected), found

    actual = [p for p in report.problems if p.severity in (E, W)]
    assert len(actual) == len(case.problems), found
    pool = list(actual)
    for expected in case.problems:
        hits = [p for p in pool if p.severity is expected.severity and p.row == expected.row
                and _column_matches(expected.column, p.column)]
        assert hits, f"expected {expected} among:\n{found}"
        named = [p for p in hits if all(w.lower() in p.message.lower() for w in expected.words)]
        assert named, f"{expected.words} not all in any of:\n{_describe(hits)}"
        assert named[0].file == path.name
        pool.remove(named[0])
    if case.check:
        case.check(result)


def _assert_one_sentence(message: str, name: str) -> None:
    assert "\n" not in message and "Traceback" not in message, message
    assert name in message, message
    assert message.rstrip().endswith((".", "?", "!")), message
    assert not re.search(r"[.!?]\s+[A-Z]", message), f"more than one sentence: {message}"


@pytest.mark.parametrize("case", UNREADABLE, ids=lambda c: c.id)
def test_unreadable_file_gets_one_sentence(case: Unreadable, tmp_path: Path) -> None:
    path, kwargs = _build(case, tmp_path)
    with pytest.raises(UnreadableFileError) as caught:
        load_stock(path, **kwargs)
    message = str(caught.value)
    _assert_one_sentence(message, case.name or path.name)
    for word in case.words:
        assert word.lower() in message.lower(), message


def _validate(path: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mixplanner.cli", "validate", str(path), *extra],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("case", [c for c in UNREADABLE if c.cli], ids=lambda c: c.id)
def test_cli_validate_unreadable_exits_2_with_the_sentence(case: Unreadable, tmp_path: Path) -> None:
    path, kwargs = _build(case, tmp_path)
    extra = [item for key, flag in case.options.items() for item in (flag, str(kwargs[key]))]
    try:
        load_stock(path, **kwargs)
        sentence = None
    except UnreadableFileError as exc:
        sentence = str(exc)
    done = _validate(path, *extra)
    assert "Traceback" not in done.stderr + done.stdout
    assert done.returncode == 2, done.stdout + done.stderr
    assert sentence is not None and sentence in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_cli_validate_exits_1_for_problems(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "vhe.csv", rows_with({1: {"Kale huur": "abc"}}))
    done = _validate(path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    line = next(line for line in done.stdout.splitlines() if "'abc'" in line)
    assert "vhe.csv" in line and "rij 3" in line and "kolom 'Kale huur'" in line
    assert "afgewezen: 1" in done.stdout and "rijen in bestand: 5" in done.stdout


def test_cli_validate_exits_0_for_a_clean_file(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "vhe.csv", GOOD)
    result = load_stock(path)
    assert result.report.clean, _describe(result.report.problems)
    check_clean_values(result)
    done = _validate(path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert ": fout:" not in done.stdout and ": waarschuwing:" not in done.stdout
    assert "rijen in bestand: 5; geladen: 5; afgewezen: 0" in done.stdout


def test_corpus_is_large_enough() -> None:
    assert len(READABLE) + len(UNREADABLE) >= 30
