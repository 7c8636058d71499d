"""Read a CSV file into a RawTable: pyarrow parses a regular file on all cores, pandas any other file."""

from __future__ import annotations

import csv
import io
import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from mixplanner.io.problems import UnreadableFileError
from mixplanner.io.raw import RawTable
from mixplanner.io.readers import HEADER_SCAN_ROWS, drop_blank_rows, find_header_row

_DELIMITERS = (";", ",", "\t", "|")


def read_csv(path: Path, header_row: int | None = None) -> RawTable:
    data = path.read_bytes()
    head, encoding, encoding_name = _decode(data, path.name)
    head_lines = head.splitlines()[:HEADER_SCAN_ROWS]
    if not any(line.strip() for line in head_lines):
        raise UnreadableFileError(f"{path.name} holds no rows (only empty lines).")
    sep = _delimiter(head_lines)
    header = header_row - 1 if header_row else find_header_row([next(csv.reader([ln], delimiter=sep), []) for ln in head_lines])
    parsed = _parse_arrow(data, encoding, sep, header)
    frame, line_numbers, bad = parsed if parsed is not None else _parse_pandas(data, encoding, sep, header, path.name)
    frame, line_numbers = drop_blank_rows(frame, line_numbers)
    raw = RawTable(str(path), "csv", frame, line_numbers)
    raw.notes.append(f"CSV, scheidingsteken '{sep}', codering {encoding_name}, kopregel op regel {header + 1}")
    raw.unparsed_rows = bad
    raw.decimal_hint = "," if sep == ";" else "."
    return raw


def _decode(data: bytes, name: str) -> tuple[str, str, str]:
    """(the first lines as text, pandas' encoding name, the name for people)."""
    if b"\x00" in data[:4096]:
        raise UnreadableFileError(f"{name} is not a text file (it holds binary data); is it really a CSV?")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:200_000].decode("utf-8", errors="replace"), "utf-8-sig", "UTF-8 met BOM"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return data[:200_000].decode("cp1252", errors="replace"), "cp1252", "Windows-1252"
    return data[:200_000].decode("utf-8", errors="replace"), "utf-8", "UTF-8"


def _delimiter(lines: list[str]) -> str:
    best, best_score = ",", -1.0
    for d in _DELIMITERS:
        counts = [len(next(csv.reader([line], delimiter=d))) for line in lines if line.strip()]
        if not counts or max(counts) < 2:
            continue
        top = max(set(counts), key=counts.count)
        score = counts.count(top) / len(counts) + 0.01 * top
        if score > best_score:
            best, best_score = d, score
    return best


# --- regular files: pyarrow --------------------------------------------------------------------------

def _parse_arrow(data: bytes, encoding: str, sep: str, header: int) -> tuple[pd.DataFrame, np.ndarray, list[int]] | None:
    """(frame of text cells, each row's line, no bad lines) for a regular file; None for any other file.

    Regular: every record has the header's number of fields, the header names are distinct and not empty,
    lines end in LF or CRLF, and the lines above the header hold no quote. Those are the files where
    pyarrow, which skips empty lines and does not pad short records, reads exactly what pandas reads; the
    rest (ragged, quoted line breaks, unclosed quotes) go to pandas, which also says what is wrong.
    """
    import pyarrow as pa
    import pyarrow.csv as pcsv

    body = _utf8(data, encoding)
    buf = np.frombuffer(body, dtype=np.uint8)
    ends = np.flatnonzero(buf == 10)  # where each line ends
    if np.count_nonzero(buf == 13) != np.count_nonzero(buf[ends[ends > 0] - 1] == 13) or len(ends) < header:
        return None  # some line ends in CR alone (old Mac files), or the header row is past the end
    start = int(ends[header - 1]) + 1 if header else 0
    above = body[:start]
    if b'"' in above or len(above.decode("utf-8", errors="replace").splitlines()) != header:
        return None
    end = int(ends[header]) if len(ends) > header else len(body)
    header_line = body[start:end].rstrip(b"\r").decode("utf-8", errors="replace")
    names = next(csv.reader([header_line], delimiter=sep), [])
    if not names or "" in names or len(set(names)) != len(names):
        return None
    quoted = b'"' in body
    try:
        table = pcsv.read_csv(
            pa.BufferReader(pa.py_buffer(body).slice(start)),
            read_options=pcsv.ReadOptions(use_threads=True),
            parse_options=pcsv.ParseOptions(delimiter=sep, newlines_in_values=quoted, ignore_empty_lines=True),
            convert_options=pcsv.ConvertOptions(column_types=dict.fromkeys(names, pa.string()), strings_can_be_null=False),
        )
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    if table.column_names != names:
        return None
    line_numbers = _data_lines(buf, ends, header)
    if len(line_numbers) != table.num_rows:  # a quoted line break joined lines into one record
        return None
    frame = table.to_pandas()
    pa.default_memory_pool().release_unused()  # the parser's scratch blocks, else held by the allocator: 40 MB for 300,000 rows
    return frame, line_numbers, []


def _utf8(data: bytes, encoding: str) -> bytes:
    """The file as UTF-8 without BOM; pyarrow checks it is valid UTF-8 (else the file goes to pandas)."""
    if encoding == "utf-8":
        return data
    if encoding == "utf-8-sig":
        return data[3:]
    return data.decode(encoding, errors="replace").encode("utf-8")


def _data_lines(buf: np.ndarray, ends: np.ndarray, header: int) -> np.ndarray:
    """The line numbers (1-based) of the lines below the header that are not empty: pyarrow skips empty lines."""
    starts = np.concatenate([[0], ends[:-1] + 1]).astype(np.int64)
    length = ends - starts
    ends_crlf = length > 0
    ends_crlf[ends_crlf] = buf[ends[ends_crlf] - 1] == 13
    numbers = np.arange(1, len(ends) + 1, dtype=np.int64)
    lines = numbers[(length - ends_crlf > 0) & (numbers >= header + 2)]
    if len(buf) and buf[-1] != 10 and len(ends) > header:  # the last line has no line end (and is not empty)
        lines = np.append(lines, len(ends) + 1)
    return lines


# --- any other file: pandas --------------------------------------------------------------------------

def _parse_pandas(data: bytes, encoding: str, sep: str, header: int, name: str) -> tuple[pd.DataFrame, np.ndarray, list[int]]:
    """(frame of text cells, each row's line, the lines with more fields than the header)."""
    quoted = b'"' in data
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            frame = pd.read_csv(
                io.BytesIO(data), sep=sep, header=header, dtype=str, keep_default_na=False, encoding=encoding,
                encoding_errors="replace", skip_blank_lines=False, on_bad_lines="warn", engine="c",
            )
        except pd.errors.EmptyDataError as exc:
            raise UnreadableFileError(f"{name} holds no columns.") from exc
        except (pd.errors.ParserError, ValueError) as exc:
            if quoted and "EOF inside string" in str(exc):
                line = _record_lines(_text(data, encoding), sep)[0][-1]
                raise UnreadableFileError(f"{name} has a quote (\") on line {line} that is never closed.") from exc
            raise UnreadableFileError(f"{name} cannot be split into columns as a CSV file.") from exc
    bad = sorted({int(m) for w in caught for m in re.findall(r"line (\d+):", str(w.message))})
    breaks = data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n")  # pandas also ends a line at a lone CR
    total_lines = breaks + (0 if data.endswith((b"\n", b"\r")) else 1)
    if quoted and total_lines - header - 1 != len(frame) + len(bad):
        # a quoted cell holds a line break: number rows by the line each record starts on
        starts, widths = _record_lines(_text(data, encoding), sep)
        ncols = len(frame.columns)
        pairs = list(zip(starts[header + 1:], widths[header + 1:]))
        bad = [line for line, w in pairs if w > ncols]
        good = np.array([line for line, w in pairs if w <= ncols], dtype=np.int64)
    else:
        bad_set = set(bad)
        good = np.arange(header + 2, total_lines + 1, dtype=np.int64)
        if bad_set:
            good = good[~np.isin(good, list(bad_set))]
    return frame, good[: len(frame)], bad


def _text(data: bytes, encoding: str) -> str:
    return data.decode(encoding, errors="replace")


def _record_lines(text: str, sep: str) -> tuple[list[int], list[int]]:
    """The line each CSV record starts on, and its number of fields (Python's csv module follows quotes)."""
    reader = csv.reader(io.StringIO(text), delimiter=sep)
    starts, widths, previous_end = [], [], 0
    for record in reader:
        starts.append(previous_end + 1)
        widths.append(len(record))
        previous_end = reader.line_num
    return starts, widths
