"""The head-office report as an A4 PDF, in Chinese or English: the sites compared.

Built from an `HqReport` (no database, no Qt) with the CJK font embedded (`reports.fonts`).
Page 1 is the cover block — head office, the period, the generation time and the sites
compared — followed by: every KPI per site with its unit, the site's own target and baseline
and a coloured status; the ranking of sites per KPI; a twelve-month trend chart per KPI with a
line per site; and each site's bundle chain (last bundle, last import, missing numbers), which
says how far the figures above can be trusted. Every page carries "page X of Y".

Numbers are formatted by `reports.monthly_text.kpi_number`, as in the site's own report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from reports.fonts import register_cjk_font
from reports.hq_charts import SiteLine, site_trend_chart
from reports.hq_model import HqKpiValue, HqReport
from reports.hq_report_text import better_text, hq_label, site_label, status_name
from reports.monthly_text import kpi_number, period_text
from reports.pdf_parts import (
    GREEN,
    GREY,
    HEADER_BACKGROUND,
    LINE,
    RED,
    Styles,
    local_time,
    make_styles,
    numbered_canvas,
    para,
)

__all__ = ["LANGUAGES", "STATUS_COLOURS", "render_hq_pdf", "value_text"]

LANGUAGES = ("zh_CN", "en")
AMBER = colors.HexColor("#B26A00")
STATUS_COLOURS = {"met": GREEN, "improving": AMBER, "off_target": RED}
STATUS_BACKGROUNDS = {
    "met": colors.HexColor("#D7F0DC"),
    "improving": colors.HexColor("#FFF2C6"),
    "off_target": colors.HexColor("#F9D6D3"),
}
"""The same tints as the head-office page's comparison table."""


def render_hq_pdf(report: HqReport, out_path: Path, *, language: str = "zh_CN") -> Path:
    """Write the PDF to `out_path` and return it. Raises ValueError for an unknown language and
    `reports.fonts.FontNotFoundError` when no CJK font can be found."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}: {language!r}")
    chinese = language == "zh_CN"
    styles = make_styles(register_cjk_font())
    title = hq_label("title", chinese)
    period = period_text(report.first, report.last, chinese)
    document = SimpleDocTemplate(
        str(out_path),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=f"{title} {period}",
        author="Qingyuan",
        subject=hq_label("head_office", chinese),
        creator="Qingyuan",
        lang="zh-CN" if chinese else "en",
    )
    page = hq_label("page", chinese)
    footer = f"{hq_label('head_office', chinese)} · {title} · {period}"
    canvas = numbered_canvas(styles.font, footer, lambda n, t: page.format(page=n, pages=t))
    layout = _Layout(report, styles, chinese, document.width)
    document.build(layout.story(), canvasmaker=canvas)
    return out_path


def value_text(value: HqKpiValue, chinese: bool) -> str:
    """The value as every HQ report prints it; "— (why)" when there is none."""
    if value.value is not None:
        return kpi_number(value.value)
    reason = hq_label(value.reason, chinese) if value.reason in _REASONS else value.reason
    return f"— ({reason})" if reason else "—"


_REASONS = ("missing_inputs", "zero_denominator", "natural_gas_choice_missing")


class _Layout:
    def __init__(self, report: HqReport, styles: Styles, chinese: bool, width: float) -> None:
        self.r, self.s, self.zh, self.width = report, styles, chinese, width
        self.right = ParagraphStyle("cell_right", parent=styles.cell, alignment=TA_RIGHT)

    def t(self, key: str) -> str:
        return hq_label(key, self.zh)

    def story(self) -> list[Flowable]:
        return [*self.cover(), *self.kpis(), *self.ranking(), *self.trends(), *self.bundles()]

    def heading(self, key: str) -> list[Flowable]:
        return [CondPageBreak(4 * cm), para(self.t(key), self.s.heading)]

    def cover(self) -> list[Flowable]:
        r = self.r
        sites = (
            "、".join(site_label(s, self.zh) for s in r.compared)
            if self.zh
            else "; ".join(site_label(s, self.zh) for s in r.compared)
        )
        facts = [
            (self.t("period"), period_text(r.first, r.last, self.zh)),
            (self.t("generated"), local_time(r.generated_ms, "")),
            (f"{self.t('sites_compared')} ({len(r.compared)})", sites or self.t("no_sites")),
        ]
        table = Table(
            [[para(k, self.s.cell), para(v, self.s.cell)] for k, v in facts],
            colWidths=[4.2 * cm, self.width - 4.2 * cm],
        )
        table.setStyle(TableStyle([*_grid(), ("BACKGROUND", (0, 0), (0, -1), HEADER_BACKGROUND)]))
        return [
            para(self.t("head_office"), self.s.subtitle),
            para(self.t("title"), self.s.title),
            HRFlowable(width="100%", thickness=0.8, color=LINE, spaceAfter=6),
            table,
            Spacer(1, 8),
            *self.status_counts(),
        ]

    def status_counts(self) -> list[Flowable]:
        """Per site, how many KPIs meet their target, improve, miss it or have no value:
        the page a manager reads first."""
        if not self.r.compared:
            return []
        statuses = ("met", "improving", "off_target", "no_target", "no_value")
        rows: list[list[Any]] = []
        extra: list[tuple[Any, ...]] = []
        for site in self.r.compared:
            found = [v.status for v in self.r.values if v.site_id == site.site_id]
            rows.append([site_label(site, self.zh), *(str(found.count(s)) for s in statuses)])
        for column, status in enumerate(statuses, start=1):
            if status in STATUS_BACKGROUNDS:
                extra.append(("BACKGROUND", (column, 1), (column, -1), STATUS_BACKGROUNDS[status]))
        header = [self.t("site"), *(status_name(s, self.zh) for s in statuses)]
        widths = [self.width - 5 * 2.2 * cm] + [2.2 * cm] * 5
        return [self.table(header, rows, widths, (1, 2, 3, 4, 5), extra)]

    def kpis(self) -> list[Flowable]:
        header = ["indicator", "site", "value", "unit", "target", "baseline", "status", "rank"]
        rows: list[list[Any]] = []
        extra: list[tuple[Any, ...]] = []
        for kpi in self.r.kpis:
            start = len(rows) + 1
            for site in self.r.compared:
                value = self.r.value(site.site_id, kpi.code)
                if value is None:
                    continue
                colour = STATUS_COLOURS.get(value.status)
                rows.append([
                    kpi.name.pick(self.zh) if len(rows) + 1 == start else "",
                    site.code,
                    value_text(value, self.zh),
                    value.unit,
                    kpi_number(value.target),
                    kpi_number(value.baseline),
                    para(status_name(value.status, self.zh), self.s.cell, colour),
                    "—" if value.rank is None else str(value.rank),
                ])  # fmt: skip
                background = STATUS_BACKGROUNDS.get(value.status)
                if background is not None:
                    extra.append(("BACKGROUND", (2, len(rows)), (2, len(rows)), background))
            if len(rows) >= start:
                extra.append(("SPAN", (0, start), (0, len(rows))))
        widths = [2.3, 1.3, 2.0, 1.0, 1.4, 1.4, 1.7, 0.8]
        scale = self.width / sum(widths)
        table = self.table(
            [self.t(k) for k in header], rows, [w * scale for w in widths], (2, 4, 5, 7), extra
        )
        return [*self.heading("kpis"), table if rows else para(self.t("no_sites"), self.s.body)]

    def ranking(self) -> list[Flowable]:
        rows: list[list[Any]] = []
        for kpi in self.r.kpis:
            ranked = self.r.ranking(kpi.code)
            order = " · ".join(
                f"{v.rank}. {_code(self.r, v.site_id)} {kpi_number(v.value)}" for v in ranked
            )
            name = f"{kpi.name.pick(self.zh)} ({kpi.unit})"
            rows.append([name, better_text(kpi.better, self.zh), order or self.t("no_ranking")])
        header = [self.t("indicator"), "", self.t("order")]
        widths = [5.2 * cm, 2.8 * cm, self.width - 8.0 * cm]
        return [*self.heading("ranking"), self.table(header, rows, widths)]

    def trends(self) -> list[Flowable]:
        """The heading is kept with the first chart (never alone at the foot of a page)."""
        story: list[Flowable] = []
        for kpi in self.r.kpis:
            months: list[str] = []
            lines: list[SiteLine] = []
            for site in self.r.compared:
                trend = self.r.trend(site.site_id, kpi.code)
                if trend is None:
                    continue
                months = [f"{m:%Y-%m}" for m in trend.months]
                lines.append(SiteLine(site.code, trend.values))
            caption = f"{kpi.name.pick(self.zh)} ({kpi.unit})"
            if not any(v is not None for line in lines for v in line.values):
                story.append(para(f"{caption}: {self.t('no_trend')}", self.s.body, GREY))
                continue
            chart = site_trend_chart(lines, months, self.width, self.s.font, caption)
            story.append(KeepTogether([chart, Spacer(1, 6)]))
        heading = para(self.t("trends"), self.s.heading)
        return [KeepTogether([heading, *story[:1]]), *story[1:]]

    def bundles(self) -> list[Flowable]:
        rows: list[list[Any]] = []
        extra: list[tuple[Any, ...]] = []
        for site in self.r.registered:
            missing = ", ".join(f"#{n}" for n in site.missing) or self.t("none")
            name = site.name + ("" if site.active else f" ({self.t('inactive')})")
            rows.append([
                site.code or self.t("awaiting"),
                name,
                str(site.bundles),
                "—" if site.last_sequence is None else f"#{site.last_sequence}",
                local_time(site.last_import_ms, ""),
                para(missing, self.s.cell, RED if site.missing else None),
            ])  # fmt: skip
            if site.missing:
                tint = STATUS_BACKGROUNDS["improving"]
                extra.append(("BACKGROUND", (5, len(rows)), (5, len(rows)), tint))
        header = ["code", "name", "bundle_count", "last_sequence", "last_import", "missing"]
        widths = [2.3, 2.8, 1.5, 1.5, 3.4, 2.4]
        scale = self.width / sum(widths)
        table = self.table(
            [self.t(k) for k in header], rows, [w * scale for w in widths], (2, 3), extra
        )
        return [*self.heading("bundles"), table if rows else para(self.t("none"), self.s.body)]

    def table(
        self,
        header: list[str],
        rows: list[list[Any]],
        widths: list[float],
        numeric: tuple[int, ...] = (),
        extra: list[tuple[Any, ...]] | None = None,
    ) -> Table:
        """Text cells become paragraphs (CJK wrapping); `numeric` columns are right-aligned;
        the header row repeats on the next page."""
        cells = [[para(h, self.s.cell) for h in header]]
        for row in rows:
            cells.append([
                para(v, self.right if i in numeric else self.s.cell) if isinstance(v, str) else v
                for i, v in enumerate(row)
            ])  # fmt: skip
        table = Table(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = [*_grid(), ("BACKGROUND", (0, 0), (-1, 0), HEADER_BACKGROUND)]
        table.setStyle(TableStyle(style + (extra or [])))
        return table


def _grid() -> list[tuple[Any, ...]]:
    return [
        ("GRID", (0, 0), (-1, -1), 0.5, LINE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("TEXTCOLOR", (0, 0), (-1, 0), GREY),
    ]


def _code(report: HqReport, site_id: str) -> str:
    site = report.site(site_id)
    return site.code if site is not None else site_id[:8]
