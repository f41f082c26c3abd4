"""Alarm history to CSV and Excel, with headings and names in the reader's language.

The services are Qt-free, so the words come in as `ExportLabels` (the GUI fills them from its
translations; English is the default for the CLI and tests). CSV is written as UTF-8 with a
byte-order mark, which is what makes Excel on a Chinese Windows open it without mojibake;
the Excel file holds real date-times and numbers, so filters and sums work.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from desktop_app.services.alarms import AlarmInfo
from domain.alarms import AlarmKind, AlarmState

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
EXCEL_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"

Cell = str | float | int | datetime | None


@dataclass(frozen=True)
class ExportLabels:
    headers: tuple[str, ...] = (
        "Raised",
        "Cleared",
        "Acknowledged",
        "Priority",
        "Tag",
        "Alarm",
        "Limit",
        "Alarm value",
        "Peak",
        "Unit",
        "State",
        "Acknowledged by",
        "Comment",
        "Message",
    )
    kinds: Mapping[AlarmKind, str] = field(default_factory=lambda: {k: k.value for k in AlarmKind})
    states: Mapping[AlarmState, str] = field(
        default_factory=lambda: {s: s.value.replace("_", " ") for s in AlarmState}
    )
    chinese: bool = False
    sheet_title: str = "Alarm history"


ENGLISH_LABELS = ExportLabels()


def export_table(rows: Sequence[AlarmInfo], labels: ExportLabels) -> list[list[Cell]]:
    """One list of cells per occurrence, in the order of `labels.headers`."""
    return [
        [
            _time(row.raised_ts),
            _time(row.cleared_ts),
            _time(row.acked_ts),
            row.priority,
            _tag(row, labels.chinese),
            labels.kinds.get(row.kind, row.kind.value),
            None if row.kind is AlarmKind.COMM_LOSS else row.setpoint,
            row.value,
            row.peak_value,
            row.unit,
            labels.states.get(row.state, row.state.value),
            row.acked_by_name or "",
            row.ack_comment or "",
            (row.message or row.message_en) if labels.chinese else (row.message_en or row.message),
        ]
        for row in rows
    ]


def export_csv(path: Path, rows: Sequence[AlarmInfo], labels: ExportLabels = ENGLISH_LABELS) -> int:
    """Write `rows` and return how many were written."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(labels.headers)
        for cells in export_table(rows, labels):
            writer.writerow([_csv_cell(cell) for cell in cells])
    return len(rows)


def export_xlsx(
    path: Path, rows: Sequence[AlarmInfo], labels: ExportLabels = ENGLISH_LABELS
) -> int:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = labels.sheet_title[:31]
    sheet.append(list(labels.headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for cells in export_table(rows, labels):
        sheet.append(cells)
    for column in sheet.iter_cols(min_row=2):
        for cell in column:
            if isinstance(cell.value, datetime):
                cell.number_format = EXCEL_TIME_FORMAT
    widths = (20, 20, 20, 8, 24, 14, 10, 10, 10, 8, 14, 14, 32, 32)
    for index, width in enumerate(widths[: len(labels.headers)], start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    workbook.save(path)
    return len(rows)


def _time(ts_ms: int | None) -> datetime | None:
    """Local wall-clock time: the plant reads its alarms in its own time zone."""
    return None if ts_ms is None else datetime.fromtimestamp(ts_ms / 1000).replace(microsecond=0)


def _tag(row: AlarmInfo, chinese: bool) -> str:
    label = row.tag_label if chinese else (row.tag_label_en or row.tag_label)
    return f"{label} ({row.tag_name})" if label else row.tag_name


def _csv_cell(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        return cell.strftime(TIME_FORMAT)
    if isinstance(cell, float):
        return f"{cell:.6g}"
    return str(cell)
