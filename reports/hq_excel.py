"""The head-office report's Excel twin: the PDF's tables, one named sheet each.

Numbers are stored as numbers (the PDF's figures unrounded, with a number format), so head
office can sort, sum and chart them; units are in their own column or the header; header rows
are frozen. The trends sheet has a month per row and a site per column for each KPI, the
layout a line chart in Excel wants. Written where the caller says (the service gives a
temporary name and renames it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reports.hq_model import HqReport
from reports.hq_report_text import better_text, hq_label, site_label, status_name
from reports.monthly_text import period_text
from reports.pdf_parts import local_time

__all__ = ["SHEETS", "sheet_name", "write_hq_excel"]

SHEETS: dict[str, tuple[str, str]] = {
    "summary": ("概要", "Summary"),
    "kpis": ("各企业指标", "KPIs per site"),
    "ranking": ("排名", "Ranking"),
    "trends": ("月度趋势", "Monthly trends"),
    "bundles": ("数据包", "Bundles"),
}
HEADER_FILL = PatternFill("solid", fgColor="E3E9ED")
STATUS_FILLS = {
    "met": PatternFill("solid", fgColor="D7F0DC"),
    "improving": PatternFill("solid", fgColor="FFF2C6"),
    "off_target": PatternFill("solid", fgColor="F9D6D3"),
}
BOLD = Font(bold=True)
SIGNIFICANT = "#,##0.0###"


def write_hq_excel(report: HqReport, out_path: Path, *, language: str = "zh_CN") -> Path:
    chinese = language == "zh_CN"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = sheet_name("summary", chinese)
    _summary(sheet, report, chinese)
    _kpis(book.create_sheet(sheet_name("kpis", chinese)), report, chinese)
    _ranking(book.create_sheet(sheet_name("ranking", chinese)), report, chinese)
    _trends(book.create_sheet(sheet_name("trends", chinese)), report, chinese)
    _bundles(book.create_sheet(sheet_name("bundles", chinese)), report, chinese)
    book.save(out_path)
    return out_path


def sheet_name(key: str, chinese: bool) -> str:
    zh, en = SHEETS[key]
    return zh if chinese else en


def _summary(sheet: Worksheet, r: HqReport, zh: bool) -> None:
    rows: list[list[Any]] = [
        [hq_label("title", zh), hq_label("head_office", zh)],
        [hq_label("period", zh), period_text(r.first, r.last, zh)],
        [hq_label("generated", zh), local_time(r.generated_ms, "")],
    ]
    rows += [[hq_label("sites_compared", zh), site_label(s, zh)] for s in r.compared]
    _table(sheet, [hq_label("summary", zh), ""], rows)


def _kpis(sheet: Worksheet, r: HqReport, zh: bool) -> None:
    header = ["code", "site", "indicator", "value", "unit", "target", "baseline", "status",
              "rank"]  # fmt: skip
    rows: list[list[Any]] = []
    fills: list[tuple[int, str]] = []
    for kpi in r.kpis:
        for site in r.compared:
            v = r.value(site.site_id, kpi.code)
            if v is None:
                continue
            rows.append([site.code, site.name, kpi.name.pick(zh), v.value, v.unit, v.target,
                         v.baseline, status_name(v.status, zh), v.rank])  # fmt: skip
            fills.append((len(rows) + 1, v.status))
    _table(sheet, [hq_label(k, zh) for k in header], rows, {3: SIGNIFICANT, 5: SIGNIFICANT,
                                                             6: SIGNIFICANT})  # fmt: skip
    for row, status in fills:
        if status in STATUS_FILLS:
            for column in (4, 8):
                sheet.cell(row, column).fill = STATUS_FILLS[status]


def _ranking(sheet: Worksheet, r: HqReport, zh: bool) -> None:
    header = ["indicator", "unit", "", "rank", "code", "name", "value"]
    rows: list[list[Any]] = []
    for kpi in r.kpis:
        for v in r.ranking(kpi.code):
            site = r.site(v.site_id)
            code, name = (site.code, site.name) if site is not None else (v.site_id, "")
            rows.append([kpi.name.pick(zh), kpi.unit, better_text(kpi.better, zh), v.rank, code,
                         name, v.value])  # fmt: skip
    _table(sheet, [hq_label(k, zh) if k else "" for k in header], rows, {6: SIGNIFICANT})


def _trends(sheet: Worksheet, r: HqReport, zh: bool) -> None:
    """One block per KPI: its name and unit, then a month per row and a site per column."""
    row = 1
    sheet.freeze_panes = "B1"
    for kpi in r.kpis:
        sheet.cell(row, 1, f"{kpi.name.pick(zh)} ({kpi.unit})").font = BOLD
        trends = [(s, r.trend(s.site_id, kpi.code)) for s in r.compared]
        shown = [(s, t) for s, t in trends if t is not None]
        header = [hq_label("month", zh), *(s.code for s, _ in shown)]
        months = shown[0][1].months if shown else ()
        rows = [
            [f"{month:%Y-%m}", *(t.values[i] for _, t in shown)] for i, month in enumerate(months)
        ]
        formats = {column: SIGNIFICANT for column in range(1, len(header))}
        row = _table(sheet, header, rows, formats, start_row=row + 1)


def _bundles(sheet: Worksheet, r: HqReport, zh: bool) -> None:
    header = ["code", "name", "fingerprint", "bundle_count", "last_sequence", "last_import",
              "missing"]  # fmt: skip
    rows = [
        [s.code or hq_label("awaiting", zh), s.name, s.fingerprint, s.bundles, s.last_sequence,
         local_time(s.last_import_ms, ""),
         ", ".join(f"#{n}" for n in s.missing) or hq_label("none", zh)]
        for s in r.registered
    ]  # fmt: skip
    _table(sheet, [hq_label(k, zh) for k in header], rows)


def _table(
    sheet: Worksheet,
    header: list[str],
    rows: list[list[Any]],
    formats: dict[int, str] | None = None,
    start_row: int = 1,
) -> int:
    """Header and rows from `start_row`; returns the next free row (one blank row after)."""
    for column, text in enumerate(header, 1):
        cell = sheet.cell(start_row, column, text)
        cell.font, cell.fill = BOLD, HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for offset, row in enumerate(rows, 1):
        for column, value in enumerate(row, 1):
            cell = sheet.cell(start_row + offset, column, value)
            if formats and column - 1 in formats and isinstance(value, int | float):
                cell.number_format = formats[column - 1]
    if start_row == 1:
        sheet.freeze_panes = "A2"
    for column, text in enumerate(header, 1):
        letter = get_column_letter(column)
        widest = max([len(str(text))] + [len(str(r[column - 1])) for r in rows if r])
        current = sheet.column_dimensions[letter].width or 8
        sheet.column_dimensions[letter].width = max(current, min(60, widest * 1.6 + 2))
    return start_row + len(rows) + 2
