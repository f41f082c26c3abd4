"""The monthly report's Excel twin: the same tables as the PDF, one named sheet each.

Numbers are stored as numbers (with a number format), not as the PDF's text, so a plant
engineer can sum and chart them; units are in the column headers; header rows are frozen;
the energy sheet has a pie of standard coal by carrier and the daily sheet a line chart.
Written where the caller says (the service gives a temporary name and renames it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import LineChart, PieChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reports.monthly_model import ActionLine, MonthlyReport
from reports.monthly_text import (
    alarm_priority_name,
    carrier_name,
    convention_text,
    kind_name,
    label,
    period_text,
    report_title,
    status_name,
)
from reports.pdf_parts import local_time
from reports.report_text import priority_text, state_text

__all__ = ["SHEETS", "write_monthly_excel"]

SHEETS: dict[str, tuple[str, str]] = {
    "summary": ("概要", "Summary"),
    "kpis": ("指标", "KPIs"),
    "energy": ("能源", "Energy"),
    "daily": ("每日能耗", "Daily energy"),
    "water": ("水平衡", "Water"),
    "waste": ("废物与污染物", "Waste"),
    "alarms": ("报警", "Alarms"),
    "completeness": ("数据完整率", "Completeness"),
    "audits": ("检查", "Inspections"),
    "actions": ("整改措施", "Actions"),
}
HEADER_FILL = PatternFill("solid", fgColor="E3E9ED")
BOLD = Font(bold=True)
TOTAL = "#,##0.0"
SIGNIFICANT = "#,##0.0###"
TONNES = "#,##0.000"


def write_monthly_excel(report: MonthlyReport, out_path: Path, *, language: str = "zh_CN") -> Path:
    chinese = language == "zh_CN"
    book = Workbook()
    writer = _Writer(book, report, chinese)
    writer.summary()
    writer.kpis()
    writer.energy()
    writer.daily()
    writer.water_and_waste()
    writer.alarms()
    writer.completeness()
    writer.audits()
    writer.actions()
    book.save(out_path)
    return out_path


def _print_setup(sheet: Worksheet) -> None:
    """Printed (or saved as PDF) each sheet is A4 landscape, one page wide: a table split
    across pages by column is unreadable on paper."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True


def sheet_name(key: str, chinese: bool) -> str:
    zh, en = SHEETS[key]
    return zh if chinese else en


class _Writer:
    def __init__(self, book: Workbook, report: MonthlyReport, chinese: bool) -> None:
        self.book, self.r, self.zh = book, report, chinese
        self._first = True

    def t(self, key: str) -> str:
        return label(key, self.zh)

    def sheet(self, key: str) -> Worksheet:
        if self._first:
            self._first = False
            sheet = self.book.active
            assert sheet is not None
            sheet.title = sheet_name(key, self.zh)
        else:
            sheet = self.book.create_sheet(sheet_name(key, self.zh))
        _print_setup(sheet)
        return sheet

    def table(
        self,
        sheet: Worksheet,
        header: list[str],
        rows: list[list[Any]],
        formats: dict[int, str] | None = None,
        start_row: int = 1,
    ) -> int:
        """Header and rows from `start_row`; returns the next free row. The first table of a
        sheet freezes its header."""
        numeric = {
            column
            for column in range(1, len(header) + 1)
            if any(isinstance(r[column - 1], int | float) for r in rows if len(r) >= column)
        }
        for column, text in enumerate(header, 1):
            cell = sheet.cell(start_row, column, text)
            cell.font, cell.fill = BOLD, HEADER_FILL
            side = "right" if column in numeric else "left"  # above its numbers
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal=side)
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

    def summary(self) -> None:
        r = self.r
        sheet = self.sheet("summary")
        rows: list[list[Any]] = [
            [self.t("site"), r.site_name.pick(self.zh)],
            [self.t("period"), period_text(r.first, r.last, self.zh)],
            [self.t("generated"), local_time(r.generated_ms, r.timezone)],
            [self.t("convention"), convention_text(r.energy.convention, self.zh)],
            [self.t("total") + " (kgce)", r.energy.total_kgce],
            [self.t("total_tce"), r.energy.total_tce],
            [self.t("alarm_total"), r.alarms.total],
            [self.t("open_actions"), len(r.actions.open)],
            [self.t("overdue_actions"), len(r.actions.overdue)],
        ]
        header = [report_title(r, self.zh), r.site_name.pick(self.zh)]
        self.table(sheet, header, rows)
        sheet.cell(6, 2).number_format = TOTAL
        sheet.cell(7, 2).number_format = TONNES

    def kpis(self) -> None:
        sheet = self.sheet("kpis")
        rows = [
            [k.name.pick(self.zh), k.value, k.unit, k.target, k.baseline,
             status_name(k.status, self.zh), k.department]
            for k in self.r.kpis
        ]  # fmt: skip
        header = [
            self.t("indicator"), self.t("value"), self.t("unit"), self.t("target"),
            "基准值" if self.zh else "Baseline", self.t("status"), self.t("department"),
        ]  # fmt: skip
        self.table(sheet, header, rows, {1: SIGNIFICANT, 3: SIGNIFICANT, 4: SIGNIFICANT})

    def energy(self) -> None:
        e = self.r.energy
        sheet = self.sheet("energy")
        rows: list[list[Any]] = [
            [carrier_name(line.carrier, self.zh), kind_name(line.kind, self.zh), line.quantity,
             line.unit, line.coefficient, f"kgce/{line.unit}", line.kgce, line.share_percent]
            for line in e.lines
        ]  # fmt: skip
        count = len(rows)
        rows.append([self.t("total"), "", None, "", None, "", e.total_kgce, None])
        rows.append([self.t("total_tce"), "", None, "", None, "", e.total_tce, None])
        header = [
            self.t("carrier"), self.t("flow"), self.t("quantity"), self.t("unit"),
            self.t("coefficient"), self.t("unit"), self.t("kgce"), self.t("share"),
        ]  # fmt: skip
        formats = {2: TOTAL, 4: "0.0000#", 6: TOTAL, 7: "0.0"}
        next_row = self.table(sheet, header, rows, formats)
        sheet.cell(count + 3, 7).number_format = TONNES
        sheet.cell(next_row, 1, convention_text(e.convention, self.zh))
        if count:
            pie = PieChart()
            pie.title = self.t("by_carrier")
            pie.add_data(
                Reference(sheet, min_col=7, min_row=1, max_row=count + 1), titles_from_data=True
            )
            pie.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=count + 1))
            sheet.add_chart(pie, f"A{next_row + 2}")

    def daily(self) -> None:
        sheet = self.sheet("daily")
        rows = [[d.day, d.kgce] for d in self.r.energy.daily]
        self.table(sheet, [self.t("day"), self.t("kgce")], rows, {1: TOTAL})
        for row in range(2, len(rows) + 2):
            sheet.cell(row, 1).number_format = "yyyy-mm-dd"
        sheet.column_dimensions["A"].width = 12
        if rows:
            chart = LineChart()
            chart.title = self.t("daily_trend")
            chart.add_data(
                Reference(sheet, min_col=2, min_row=1, max_row=len(rows) + 1), titles_from_data=True
            )
            chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=len(rows) + 1))
            chart.x_axis.number_format = "mm-dd"
            chart.width, chart.height = 24, 9
            sheet.add_chart(chart, "D2")

    def water_and_waste(self) -> None:
        w, waste = self.r.water, self.r.waste
        sheet = self.sheet("water")
        rows: list[list[Any]] = [
            [self.t("fresh_water"), w.fresh_water_m3],
            [self.t("reclaimed"), w.reclaimed_m3],
            [self.t("wastewater"), w.wastewater_m3],
            [self.t("reuse_rate"), w.reuse_percent],
            [self.t("production"), w.production_t],
        ]
        self.table(sheet, [self.t("item"), self.t("value")], rows, {1: TOTAL})
        sheet = self.sheet("waste")
        rows = [
            [self.t("solid_waste"), waste.solid_waste_t],
            [self.t("hazardous_waste"), waste.hazardous_waste_t],
            [self.t("production"), waste.production_t],
        ]
        next_row = self.table(sheet, [self.t("item"), self.t("value")], rows, {1: TONNES})
        rows = [[p.name.pick(self.zh), p.load_kg, p.intensity_kg_per_t] for p in waste.pollutants]
        header = [self.t("pollutant"), self.t("load"), self.t("intensity")]
        self.table(sheet, header, rows, {1: "#,##0.00", 2: "0.000000"}, next_row)

    def alarms(self) -> None:
        a = self.r.alarms
        sheet = self.sheet("alarms")
        rows: list[list[Any]] = [[alarm_priority_name(p, self.zh), n] for p, n in a.by_priority]
        rows.append([self.t("alarm_total"), a.total])
        next_row = self.table(sheet, [self.t("priority"), self.t("count")], rows)
        rows = [[t.tag.pick(self.zh), t.count] for t in a.top_tags]
        next_row = self.table(sheet, [self.t("tag"), self.t("count")], rows, None, next_row)
        rows = [
            [line.tag.pick(self.zh), alarm_priority_name(line.priority, self.zh),
             local_time(line.raised_ms, self.r.timezone, short=True), line.duration_s / 3600.0,
             line.message.pick(self.zh)]
            for line in a.longest
        ]  # fmt: skip
        header = [self.t("tag"), self.t("priority"), self.t("raised"), self.t("duration"),
                  self.t("message")]  # fmt: skip
        self.table(sheet, header, rows, {3: "0.0"}, next_row)

    def completeness(self) -> None:
        sheet = self.sheet("completeness")
        rows = [
            [line.group.pick(self.zh), line.tags, line.expected, line.valid, line.percent]
            for line in self.r.completeness
        ]
        header = [self.t("device"), self.t("tags"), self.t("expected"), self.t("valid"),
                  self.t("complete")]  # fmt: skip
        self.table(sheet, header, rows, {2: "#,##0", 3: "#,##0", 4: "0.0"})

    def audits(self) -> None:
        sheet = self.sheet("audits")
        rows = [
            [run.template.pick(self.zh), run.title,
             local_time(run.finished_ms, self.r.timezone, short=True), run.score_percent,
             "" if run.passed is None else self.t("passed" if run.passed else "failed"),
             run.findings]
            for run in self.r.audits
        ]  # fmt: skip
        header = [self.t("checklist"), self.t("run"), self.t("finished"), self.t("score"),
                  self.t("result"), self.t("findings")]  # fmt: skip
        next_row = self.table(sheet, header, rows, {3: "0.0"})
        rows = [
            [f.run_title, f.item.pick(self.zh), f.reason.pick(self.zh)] for f in self.r.findings
        ]
        header = [self.t("run"), self.t("item"), self.t("finding")]
        self.table(sheet, header, rows, None, next_row)

    def actions(self) -> None:
        a = self.r.actions
        sheet = self.sheet("actions")
        rows = [
            [self.t(group), *self._action(line)]
            for group, lines in (
                ("open_actions", a.open), ("overdue_actions", a.overdue),
                ("closed_actions", a.closed),
            )
            for line in lines
        ]  # fmt: skip
        header = [self.t("group"), self.t("action"), self.t("department"), self.t("person"),
                  self.t("due"), self.t("priority"), self.t("state")]  # fmt: skip
        self.table(sheet, header, rows)

    def _action(self, line: ActionLine) -> list[Any]:
        return [
            line.title, line.department, line.person, line.due,
            priority_text(line.priority, self.zh), state_text(line.state, self.zh),
        ]  # fmt: skip
