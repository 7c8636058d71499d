"""Builders for the corpus of broken input files: small, realistic files written into a test's tmp_path.

A Dutch corporation's unit list (semicolon, decimal comma), an Excel export with a title above the header,
GIS files written with pyogrio from shapely geometry, Parquet written with pyarrow, and plain garbage.
"""

from __future__ import annotations

import random
import warnings
import zipfile
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pyogrio.raw
import shapely

HEADER = ["VHE nummer", "Buurtcode", "Eigenaar", "Kale huur", "WWS punten", "WOZ-waarde", "Aantal"]

#: Five good rows as a corporation exports them (text cells, decimal comma, dot as thousands separator).
GOOD = [
    ["100001", "BU02210000", "woningcorporatie", "612,45", "143", "187.000", "1"],
    ["100002", "BU02210000", "woningcorporatie", "498,20", "128", "165.000", "1"],
    ["100003", "BU02210001", "particuliere verhuurder", "1.045,00", "171", "243.000", "1"],
    ["100004", "BU02210001", "eigenaar-bewoner", "", "", "312.000", "1"],
    ["100005", "BU02210002", "woningcorporatie", "723,90", "152", "201.000", "24"],
]

#: The same rows with typed cells, as an Excel sheet, a GIS attribute table or Parquet holds them.
GOOD_TYPED = [
    [100001, "BU02210000", "woningcorporatie", 612.45, 143, 187000, 1],
    [100002, "BU02210000", "woningcorporatie", 498.20, 128, 165000, 1],
    [100003, "BU02210001", "particuliere verhuurder", 1045.00, 171, 243000, 1],
    [100004, "BU02210001", "eigenaar-bewoner", None, None, 312000, 1],
    [100005, "BU02210002", "woningcorporatie", 723.90, 152, 201000, 24],
]

#: RD New (EPSG:28992) around Doesburg, and the same spot in WGS84 lon/lat (to ~1 m).
DOESBURG_RD = (206000.0, 447000.0)
DOESBURG_LONLAT = (6.130022, 52.009019)


def rows_with(changes: dict[int, dict[str, object]], base: list[list] | None = None,
              header: list[str] = HEADER) -> list[list]:
    """A copy of the good rows with cells replaced: {data row index (0-based): {header: new cell}}."""
    rows = [list(r) for r in (base or GOOD)]
    for i, cells in changes.items():
        for column, value in cells.items():
            rows[i][header.index(column)] = value
    return rows


def add_column(rows: list[list], values: list) -> list[list]:
    return [list(r) + [v] for r, v in zip(rows, values)]


# --- text files ------------------------------------------------------------------------------------

def csv_lines(rows: list[list], header: list[str] | None = HEADER, sep: str = ";") -> list[str]:
    lines = [sep.join(header)] if header is not None else []
    return lines + [sep.join("" if c is None else str(c) for c in r) for r in rows]


def write_text(path: Path, lines: list[str], *, encoding: str = "utf-8", newline: str = "\n", bom: bool = False,
               final_newline: bool = True) -> Path:
    text = newline.join(lines) + (newline if final_newline else "")
    data = text.encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def write_csv(path: Path, rows: list[list], header: list[str] | None = HEADER, **kwargs) -> Path:
    return write_text(path, csv_lines(rows, header), **kwargs)


# --- Excel -----------------------------------------------------------------------------------------

def write_xlsx(path: Path, sheets: dict[str, dict[int, list]]) -> Path:
    """sheets: {sheet name: {real row number (1-based): cells}}; rows not named stay empty."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        ws = book.create_sheet(name)
        for number, cells in rows.items():
            for col, value in enumerate(cells, start=1):
                if value is not None:
                    ws.cell(row=number, column=col, value=value)
    book.save(path)
    return path


# --- GIS -------------------------------------------------------------------------------------------

def _column(values: list) -> np.ndarray:
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        if all(isinstance(v, int) for v in present) and len(present) == len(values):
            return np.array(values, dtype=np.int64)
        return np.array([np.nan if v is None else v for v in values], dtype=np.float64)
    return np.array(["" if v is None else str(v) for v in values], dtype=object)


def write_vector(path: Path, rows: list[list], geometries: list, *, header: list[str] = HEADER, driver: str,
                 crs: str | None = "EPSG:28992", layer: str | None = None, geometry_type: str | None = None) -> Path:
    """A GIS file with one feature per row, attributes typed per column, shapely geometries as WKB."""
    columns = [_column([r[i] for r in rows]) for i in range(len(header))]
    wkb = shapely.to_wkb(np.array(geometries, dtype=object))
    if geometry_type is None:
        geometry_type = geometries[0].geom_type
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*'crs' was not provided", category=UserWarning)  # on purpose
        pyogrio.raw.write(str(path), wkb, columns, fields=list(header), geometry_type=geometry_type, driver=driver,
                          crs=crs, layer=layer)
    return path


def points_near_doesburg(n: int) -> list:
    x, y = DOESBURG_RD
    return [shapely.Point(x + 40.0 * i, y + 25.0 * i) for i in range(n)]


def square(x: float, y: float, size: float = 10.0):
    return shapely.box(x, y, x + size, y + size)


def bowtie(x: float, y: float, size: float = 10.0):
    """A self-intersecting 'figure eight' ring: invalid, area 0 as drawn, two triangles of size²/4 when repaired."""
    return shapely.Polygon([(x, y), (x + size, y + size), (x + size, y), (x, y + size), (x, y)])


# --- Parquet ---------------------------------------------------------------------------------------

def write_parquet(path: Path, rows: list[list], header: list[str] = HEADER) -> Path:
    data = {name: [r[i] for r in rows] for i, name in enumerate(header)}
    pq.write_table(pa.table(data), path)
    return path


# --- garbage ---------------------------------------------------------------------------------------

def random_bytes(path: Path, size: int = 4096, seed: int = 20261101, *, with_nul: bool = True) -> Path:
    data = bytearray(random.Random(seed).randbytes(size))
    if with_nul:
        data[100] = 0
    path.write_bytes(bytes(data))
    return path


def truncate(path: Path, fraction: float = 0.5) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * fraction)])
    return path


def write_docx(path: Path) -> Path:
    """A minimal Word document: a zip, just like .xlsx, but not a workbook."""
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                    'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        zf.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats'
                    '.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Woningbezit</w:t></w:r></w:p></w:body>'
                    '</w:document>')
    return path


def write_pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                     b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")
    return path


def write_old_xls(path: Path) -> Path:
    """The OLE2 compound-file signature an Excel 97-2003 workbook starts with, and some filler."""
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"Workbook" + bytes(512))
    return path
