"""Read a records sheet from a CSV or Excel file into a header and rows.

CSV files from Chinese Excel are often GB18030 (GBK) rather than UTF-8, so both are tried, UTF-8
first (with or without BOM). Excel files are read with openpyxl in read-only mode, first sheet,
cached values (a formula cell gives the number Excel last computed).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from desktop_app.services.errors import ConfigurationError

MAX_BYTES = 50 * 1024 * 1024
Table = tuple[list[object], list[Sequence[object]]]


def read_table(path: Path) -> Table:
    """(header, rows); raises ConfigurationError("unreadable_file" | "empty_file" | ...)."""
    if not path.is_file():
        raise ConfigurationError("file_not_found", str(path), "file")
    if path.stat().st_size > MAX_BYTES:
        raise ConfigurationError("file_too_large", str(path), "file")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows = _excel_rows(path)
    elif suffix in (".csv", ".txt"):
        rows = _csv_rows(path)
    else:
        raise ConfigurationError("unsupported_file", suffix, "file")
    if not rows:
        raise ConfigurationError("empty_file", str(path), "file")
    return list(rows[0]), rows[1:]


def _csv_rows(path: Path) -> list[Sequence[object]]:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        dialect = _dialect(text)
        return [row for row in csv.reader(io.StringIO(text), dialect)]
    raise ConfigurationError("unreadable_file", str(path), "file")


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        return csv.excel


def _excel_rows(path: Path) -> list[Sequence[object]]:
    from openpyxl import load_workbook  # only imports that read Excel pay for it

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise ConfigurationError("unreadable_file", f"{path}: {error}", "file") from error
    try:
        sheet = book.worksheets[0]
        return [tuple(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
