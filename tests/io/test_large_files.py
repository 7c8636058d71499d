"""Files larger than one read block or batch keep every row, in order, under the number the user sees it by."""

import random

import shapely

from mixplanner.io.load import load_stock
from mixplanner.io.problems import Severity

from broken_corpus import bowtie, square, write_vector

HEADER = "VHE nummer;Buurtcode;Eigenaar;Kale huur;WWS punten;WOZ-waarde;Aantal;Opmerking"
N = 40_000  # about 2.5 MB of CSV: pyarrow parses it in several 1 MB blocks; GDAL reads it in several batches


def _row(k: int, owner: str = "woningcorporatie", vhe: str | None = None, note: str = "") -> str:
    """Data row k (from 1): rent 400 + k // 100 euro and k % 100 cents, WOZ (k % 900 + 100) thousand, with a dot."""
    return f"{vhe or f'V{k:06d}'};BU0221{k % 60:04d};{owner};{400 + k // 100},{k % 100:02d};140;{k % 900 + 100}.000;1;{note}"


def _errors(result) -> dict[int, str]:
    return {p.row: p.message for p in result.report.problems if p.severity is Severity.ERROR}


def _write(path, lines, newline="\n"):
    path.write_bytes((newline.join(lines) + newline).encode("utf-8"))
    return path


def test_large_csv_with_title_crlf_and_blank_lines_keeps_line_numbers(tmp_path):
    rows = [_row(k) for k in range(1, N + 1)]
    rows[35_000 - 1] = _row(35_000, owner="gemeente")  # an owner mixplanner does not know: rejected
    lines = ["Bezit per 1 januari 2026", HEADER, *rows[:10_000], "", "", *rows[10_000:30_000], "", *rows[30_000:]]

    result = load_stock(_write(tmp_path / "bezit.csv", lines, "\r\n"))

    # title on line 1, header on 2; rows 1-10,000 on lines 3-10,002, two blank lines, rows 10,001-30,000 on
    # lines 10,005-30,004, one blank line, rows 30,001-40,000 on lines 30,006-40,005
    assert _errors(result).keys() == {35_005}
    assert "'gemeente'" in _errors(result)[35_005]
    report = result.report
    assert (report.rows_in_file, report.rows_loaded, report.rows_rejected) == (N, N - 1, 1)
    frame = result.stock.frame
    line_of = dict(zip(frame["id"], frame["source_row"]))
    assert (line_of["V000001"], line_of["V010000"], line_of["V010001"]) == (3, 10_002, 10_005)
    assert (line_of["V030000"], line_of["V030001"], line_of["V040000"]) == (30_004, 30_006, 40_005)
    first, last = frame.iloc[0], frame.iloc[-1]
    assert (first["id"], first["rent"], first["woz"]) == ("V000001", 400.01, 101_000.0)
    assert (first["buurt_code"], first["wijk_code"], first["gemeente_code"]) == ("BU02210001", "WK022100", "GM0221")
    assert (last["id"], last["rent"], last["woz"]) == ("V040000", 800.0, 500_000.0)  # 40,000 % 900 = 400


def test_large_csv_with_a_quoted_line_break_numbers_rows_by_their_first_line(tmp_path):
    rows = [_row(k) for k in range(1, N + 1)]
    rows[20_000 - 1] = _row(20_000, note='"Kerkstraat 4\nachterom"')  # one record on lines 20,001 and 20,002
    rows[30_000 - 1] = _row(30_000, owner="gemeente")

    result = load_stock(_write(tmp_path / "bezit.csv", [HEADER, *rows]))

    assert _errors(result).keys() == {30_000 + 2}
    frame = result.stock.frame
    line_of = dict(zip(frame["id"], frame["source_row"]))
    assert (line_of["V020000"], line_of["V020001"], line_of["V040000"]) == (20_001, 20_003, 40_002)
    assert frame.loc[frame["id"] == "V020000", "Opmerking"].item() == "Kerkstraat 4\nachterom"
    assert result.report.rows_in_file == N and result.report.rows_loaded == N - 1


def test_large_csv_with_ids_out_of_order_reports_each_repeat_with_its_first_row(tmp_path):
    order = list(range(1, N + 1))
    random.Random(2026).shuffle(order)
    rows = [_row(k) for k in order]
    rows[N - 1] = _row(order[N - 1], vhe=f"V{order[9]:06d}")  # the last row repeats the id of the tenth
    rows[20_000 - 1] = _row(order[20_000 - 1], vhe=f"V{order[99]:06d}")  # and row 20,000 that of the 100th

    result = load_stock(_write(tmp_path / "bezit.csv", [HEADER, *rows]))

    # data row k is on line k + 1
    assert _errors(result) == {
        20_001: f"duplicate id 'V{order[99]:06d}' (also in row 101)",
        N + 1: f"duplicate id 'V{order[9]:06d}' (also in row 11)",
    }
    assert result.report.rows_loaded == N - 2 and len(set(result.stock.frame["id"])) == N - 2


def test_csv_with_old_mac_line_ends_loads(tmp_path):
    lines = [HEADER, _row(1), _row(2), _row(3, owner="gemeente")]

    result = load_stock(_write(tmp_path / "mac.csv", lines, "\r"))

    assert list(result.stock.frame["source_row"]) == [2, 3]
    assert _errors(result).keys() == {4}


def test_large_geopackage_repairs_invalid_shapes_in_any_batch_and_keeps_feature_order(tmp_path):
    rows = [[f"V{k:06d}", f"BU0221{k % 60:04d}", "woningcorporatie", 650.0, 140, 200_000, 1] for k in range(1, N + 1)]
    shapes = [square(200_000.0 + 20 * (k % 500), 440_000.0 + 20 * (k // 500)) for k in range(1, N + 1)]
    shapes[3 - 1] = bowtie(199_000.0, 439_000.0)
    shapes[38_000 - 1] = bowtie(199_500.0, 439_000.0)  # far beyond the first read batch
    header = ["VHE nummer", "Buurtcode", "Eigenaar", "Kale huur", "WWS punten", "WOZ-waarde", "Aantal"]
    path = write_vector(tmp_path / "bezit.gpkg", rows, shapes, header=header, driver="GPKG", layer="vhe",
                        geometry_type="Polygon")

    result = load_stock(path)

    repaired = {p.row for p in result.report.problems if p.severity is Severity.WARNING and "make_valid" in p.message}
    assert repaired == {3, 38_000}
    frame = result.stock.frame
    assert result.report.rows_loaded == N and list(frame["source_row"][:3]) == [1, 2, 3]
    assert shapely.is_valid(frame["geometry"]).all()
    k = 25_000  # a square: its lower left corner as written
    assert shapely.bounds(frame["geometry"].iat[k - 1]).tolist() == [200_000.0, 440_000.0 + 20 * 50, 200_010.0, 440_010.0 + 20 * 50]
    assert frame["id"].iat[k - 1] == "V025000"


def test_regular_csv_is_split_by_pyarrow_exactly_as_pandas_splits_it(tmp_path):
    from mixplanner.io import csv_file
    from mixplanner.io.readers import drop_blank_rows

    rows = [_row(k, note="café" if k % 7 == 0 else "") for k in range(1, N + 1)]
    lines = ["Bezit per 1 januari 2026", "", HEADER, *rows[:100], "", ";;;;;;;", *rows[100:]]
    # title on line 1, header on 3, rows 1-100 on lines 4-103, a blank line, a line of empty cells, the rest from 106
    expected_lines = [*range(4, 104), *range(106, N + 6)]
    for encoding, bom, newline in (("utf-8", b"", "\r\n"), ("utf-8-sig", b"\xef\xbb\xbf", "\n"), ("cp1252", b"", "\n")):
        data = bom + (newline.join(lines) + newline).encode("cp1252" if encoding == "cp1252" else "utf-8")
        arrow = csv_file._parse_arrow(data, encoding, ";", 2)
        assert arrow is not None, encoding  # a regular file: the fast path takes it
        pandas = csv_file._parse_pandas(data, encoding, ";", 2, "bezit.csv")
        assert arrow[2] == pandas[2] == []
        arrow_frame, arrow_lines = drop_blank_rows(arrow[0], arrow[1])
        pandas_frame, pandas_lines = drop_blank_rows(pandas[0], pandas[1])
        assert arrow_frame.equals(pandas_frame) and list(arrow_frame.columns) == HEADER.split(";")
        assert list(arrow_lines) == list(pandas_lines) == expected_lines
        assert arrow_frame["Opmerking"].iat[6] == "café" and arrow_frame["Eigenaar"].iat[0] == "woningcorporatie"
