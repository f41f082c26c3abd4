"""The monthly cleaner-production report as an A4 PDF, in Chinese or English.

Built from a `MonthlyReport` (no database, no Qt), with the CJK font embedded (`reports.fonts`),
so it reads the same on any PC. Page 1 is the cover block — site, period, generation time in
the site's time zone, the GB/T 2589 convention every kgce figure depends on, and the key
figures — followed by the sections: KPIs against targets, energy by carrier with its charts,
water balance, waste and pollutants, alarms, data completeness, inspections, actions. Every
page carries the site and period at the top and "page X of Y" at the bottom.

The file is written where the caller says: `desktop_app.services.monthly_report` gives a
temporary name and renames it once both the PDF and the Excel twin are complete.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, HRFlowable, SimpleDocTemplate, Spacer, Table, TableStyle

from reports.fonts import register_cjk_font
from reports.monthly_charts import daily_line, kpi_bars, share_pie
from reports.monthly_model import MonthlyReport
from reports.monthly_pdf_sections import PdfContext, later_sections
from reports.monthly_text import (
    carrier_name,
    convention_text,
    fixed,
    kind_name,
    kpi_number,
    label,
    percent,
    period_text,
    report_title,
    status_name,
)
from reports.pdf_parts import (
    GREY,
    HEADER_BACKGROUND,
    LINE,
    RED,
    local_time,
    make_styles,
    numbered_canvas,
    para,
)

__all__ = ["LANGUAGES", "render_monthly_pdf"]

LANGUAGES = ("zh_CN", "en")
STATUS_COLOURS = {"missed": RED, "at_risk": RED}


def render_monthly_pdf(report: MonthlyReport, out_path: Path, *, language: str = "zh_CN") -> Path:
    """Write the PDF to `out_path` and return it. Raises ValueError for an unknown language and
    `reports.fonts.FontNotFoundError` when no CJK font can be found."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}: {language!r}")
    chinese = language == "zh_CN"
    styles = make_styles(register_cjk_font())
    right = ParagraphStyle("cell_right", parent=styles.cell, alignment=TA_RIGHT)
    title = report_title(report, chinese)
    period = period_text(report.first, report.last, chinese)
    document = SimpleDocTemplate(
        str(out_path),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=f"{title} {period}",
        author="Qingyuan",
        subject=report.site_name.pick(chinese),
        creator="Qingyuan",
        lang="zh-CN" if chinese else "en",
    )
    context = PdfContext(report, styles, chinese, document.width, right)
    header = f"{report.site_name.pick(chinese)} · {title} · {period}"
    canvas = _with_header(styles.font, header, label("page", chinese))
    document.build(_story(context), canvasmaker=canvas)
    return out_path


def _with_header(font: str, header: str, page: str) -> type[Canvas]:
    """`pdf_parts.numbered_canvas` (footer with page X of Y) plus a running header."""
    base = numbered_canvas(font, header, lambda n, total: page.format(page=n, pages=total))

    class HeaderCanvas(base):  # type: ignore[misc, valid-type]
        def _footer(self, total: int) -> None:
            super()._footer(total)
            width, height = self._pagesize
            y = height - 12 * mm
            self.saveState()
            self.setFont(font, 7.5)
            self.setFillColor(GREY)
            self.drawString(18 * mm, y, header)
            self.setStrokeColor(LINE)
            self.setLineWidth(0.5)
            self.line(18 * mm, y - 2 * mm, width - 18 * mm, y - 2 * mm)
            self.restoreState()

    return HeaderCanvas


def _story(c: PdfContext) -> list[Flowable]:
    return [*_cover(c), *_kpis(c), *_energy(c), *later_sections(c)]


def _cover(c: PdfContext) -> list[Flowable]:
    r = c.report
    generated = local_time(r.generated_ms, r.timezone)
    facts = [
        [c.t("site"), r.site_name.pick(c.zh) + (f" ({r.site_code})" if r.site_code else "")],
        [c.t("period"), period_text(r.first, r.last, c.zh)],
        [c.t("generated"), generated],
        [c.t("convention"), convention_text(r.energy.convention, c.zh)],
    ]
    table = Table(
        [[para(k, c.s.cell), para(v, c.s.cell)] for k, v in facts],
        colWidths=[3.4 * cm, c.width - 3.4 * cm],
    )
    table.setStyle(TableStyle(_box()))
    return [
        para(r.site_name.pick(c.zh), c.s.subtitle),
        para(report_title(r, c.zh), c.s.title),
        HRFlowable(width="100%", thickness=0.8, color=LINE, spaceAfter=6),
        table,
        Spacer(1, 8),
        para(c.t("key_figures"), c.s.heading),
        _key_figures(c),
    ]


def _box() -> list[tuple[Any, ...]]:
    return [
        ("GRID", (0, 0), (-1, -1), 0.5, LINE),
        ("BACKGROUND", (0, 0), (0, -1), HEADER_BACKGROUND),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]


def _key_figures(c: PdfContext) -> Table:
    r = c.report
    energy_per_unit = next((k for k in r.kpis if k.code == "energy_per_unit"), None)
    complete = [line.percent for line in r.completeness if line.percent is not None]
    pairs = [
        (c.t("total") + " (kgce)", fixed(r.energy.total_kgce)),
        (c.t("total_tce"), fixed(r.energy.total_tce, 3)),
        (
            energy_per_unit.name.pick(c.zh) + f" ({energy_per_unit.unit})"
            if energy_per_unit
            else "—",
            kpi_number(energy_per_unit.value if energy_per_unit else None),
        ),
        (c.t("production"), fixed(r.water.production_t)),
        (c.t("fresh_water"), fixed(r.water.fresh_water_m3)),
        (c.t("reuse_rate"), percent(r.water.reuse_percent)),
        (c.t("alarm_total"), str(r.alarms.total)),
        (c.t("complete"), percent(min(complete)) if complete else "—"),
        (c.t("open_actions"), str(len(r.actions.open))),
        (c.t("overdue_actions"), str(len(r.actions.overdue))),
    ]
    rows = [
        [para(pairs[i][0], c.s.cell), para(pairs[i][1], c.right),
         para(pairs[i + 1][0], c.s.cell), para(pairs[i + 1][1], c.right)]
        for i in range(0, len(pairs), 2)
    ]  # fmt: skip
    label_width = c.width * 0.32
    table = Table(rows, colWidths=[label_width, c.width * 0.18] * 2)
    table.setStyle(TableStyle([*_box(), ("BACKGROUND", (2, 0), (2, -1), HEADER_BACKGROUND)]))
    return table


def _kpis(c: PdfContext) -> list[Flowable]:
    rows: list[list[Any]] = []
    bars: list[tuple[str, float, bool]] = []
    for k in c.report.kpis:
        value = kpi_number(k.value)
        if k.value is None and k.reason in ("missing_inputs", "zero_denominator"):
            value = f"— ({c.t(k.reason)})"
        colour = STATUS_COLOURS.get(k.status or "")
        rows.append(
            [
                k.name.pick(c.zh),
                value,
                k.unit,
                kpi_number(k.target),
                para(status_name(k.status, c.zh), c.s.cell, colour),
                k.department or "—",
            ]
        )
        if k.value is not None and k.target:
            good = k.value <= k.target if k.better == "lower" else k.value >= k.target
            bars.append((k.name.pick(c.zh), 100.0 * k.value / k.target, good))
    header = [
        c.t("indicator"), c.t("value"), c.t("unit"), c.t("target"), c.t("status"),
        c.t("department"),
    ]  # fmt: skip
    rest = c.width - 11.2 * cm
    widths = [rest, 2.4 * cm, 1.6 * cm, 2.4 * cm, 2.0 * cm, 2.8 * cm]
    story = [*c.heading("kpis"), c.table(header, rows, widths, (1, 3))]
    if bars:
        story += [Spacer(1, 8), kpi_bars(bars, c.width, c.s.font, c.t("kpi_chart"))]
    return story


def _energy(c: PdfContext) -> list[Flowable]:
    e = c.report.energy
    story: list[Flowable] = [*c.heading("energy"), para(convention_text(e.convention, c.zh),
                                                         c.s.cell_small)]  # fmt: skip
    if e.error:
        story.append(para(f"{c.t('energy_error')}: {e.error}", c.s.body, RED))
    rows: list[list[Any]] = [
        [
            carrier_name(line.carrier, c.zh),
            kind_name(line.kind, c.zh),
            f"{fixed(line.quantity)} {line.unit}",
            f"{line.coefficient:g} kgce/{line.unit}",
            fixed(line.kgce),
            percent(line.share_percent),
        ]
        for line in e.lines
    ]
    total_row = len(rows) + 1
    rows.append([c.t("total"), "", "", "", fixed(e.total_kgce), "100.0" if e.lines else "—"])
    rows.append([c.t("total_tce"), "", "", "", fixed(e.total_tce, 3), ""])
    header = [
        c.t("carrier"), c.t("flow"), c.t("quantity"), c.t("coefficient"), c.t("kgce"),
        c.t("share"),
    ]  # fmt: skip
    rest = c.width - 13.4 * cm
    widths = [rest, 2.0 * cm, 3.4 * cm, 3.2 * cm, 3.0 * cm, 1.8 * cm]
    shade = [
        ("BACKGROUND", (0, total_row), (-1, -1), HEADER_BACKGROUND),
        ("SPAN", (0, total_row), (3, total_row)),
        ("SPAN", (0, total_row + 1), (3, total_row + 1)),
    ]
    story += [Spacer(1, 4), c.table(header, rows, widths, (2, 3, 4, 5), shade)]
    if e.missing:
        names = "、".join(carrier_name(m, c.zh) for m in e.missing)
        story.append(para(f"{c.t('energy_missing')}: {names}", c.s.body, RED))
    parts = [(carrier_name(line.carrier, c.zh), line.kgce) for line in e.lines
             if line.kind != "sold"]  # fmt: skip
    if parts:
        story += [Spacer(1, 6), para(c.t("by_carrier"), c.s.body)]
        story.append(share_pie(parts, c.width, c.s.font))
    if any(d.kgce is not None for d in e.daily):
        points = [(i, d.kgce) for i, d in enumerate(e.daily)]
        days = [d.day.strftime("%m-%d") for d in e.daily]
        story += [Spacer(1, 6), daily_line(points, days, c.width, c.s.font, c.t("daily_trend"))]
    return story
