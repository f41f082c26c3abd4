"""The cleaner-production audit report (清洁生产审核报告) as an A4 PDF, in Chinese or English.

Built from an `AuditReport` (no database, no Qt), with the CJK font embedded. A cover page
(site, audit period, generation time, the fields the company signs), the contents with page
numbers, then the seven chapters of a cleaner-production audit (standards.md §4), each on a new
page, with numbered tables and figures. Every page after the cover carries the site, title and
period at the top; every page "page X of Y" at the bottom; the PDF outline mirrors the contents.

What the application cannot know (the audit team, the company's history, the causes the team
finds) is printed as a marked field to fill in, never invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from reports.audit_model import AuditReport
from reports.audit_parts import AuditContext
from reports.audit_sections import chapter_1, chapter_2, chapter_3
from reports.audit_sections_later import chapter_4, chapter_5, chapter_6, chapter_7
from reports.audit_text import label
from reports.fonts import register_cjk_font
from reports.monthly_pdf_sections import PdfContext
from reports.monthly_text import convention_text, period_text
from reports.pdf_parts import (
    GREY,
    HEADER_BACKGROUND,
    LINE,
    local_time,
    make_styles,
    numbered_canvas,
    para,
)

__all__ = ["LANGUAGES", "render_audit_pdf"]

LANGUAGES = ("zh_CN", "en")
MARGIN = 18 * mm


class AuditDocument(SimpleDocTemplate):  # type: ignore[misc]  # reportlab ships no type hints
    """Feeds the contents with every heading marked by `audit_parts._entry`, and the outline."""

    def afterFlowable(self, flowable: Flowable) -> None:
        entry = getattr(flowable, "toc_entry", None)
        if entry is None:
            return
        level, text, key = entry
        self.canv.mark(key, text, level)
        self.notify("TOCEntry", (level, text, self.page, key))


def render_audit_pdf(report: AuditReport, out_path: Path, *, language: str = "zh_CN") -> Path:
    """Write the PDF to `out_path` and return it. Raises ValueError for an unknown language and
    `reports.fonts.FontNotFoundError` when no CJK font can be found."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}: {language!r}")
    chinese = language == "zh_CN"
    styles = make_styles(register_cjk_font())
    right = ParagraphStyle("cell_right", parent=styles.cell, alignment=TA_RIGHT)
    title = label("title", chinese)
    period = period_text(report.first, report.last, chinese)
    site = report.site_name.pick(chinese)
    document = AuditDocument(
        str(out_path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=f"{title} {period}",
        author="Qingyuan",
        subject=site,
        creator="Qingyuan",
        lang="zh-CN" if chinese else "en",
    )
    base = PdfContext(report.period, styles, chinese, document.width, right)
    context = AuditContext(report, base)
    story = [*_cover(context), *_contents(context)]
    for chapter in (chapter_1, chapter_2, chapter_3, chapter_4, chapter_5, chapter_6, chapter_7):
        story += chapter(context)
    canvas = _canvas(styles.font, f"{site} · {title} · {period}", label("page", chinese))
    document.multiBuild(story, canvasmaker=canvas)
    return out_path


def _canvas(font: str, header: str, page: str) -> type[Canvas]:
    """Footer "page X of Y" on every page, the running header after the cover, and the
    bookmarks of the outline placed on their pages once those are written (pages are held
    back until the total is known, so a bookmark made while drawing would point at page 1)."""
    base = numbered_canvas(font, header, lambda n, total: page.format(page=n, pages=total))

    class AuditCanvas(base):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._marks: list[tuple[str, str, int]] = []

        def mark(self, key: str, text: str, level: int) -> None:
            self._marks.append((key, text, level))

        def showPage(self) -> None:
            super().showPage()
            self._marks = []

        def _footer(self, total: int) -> None:
            super()._footer(total)
            for key, text, level in self._marks:
                self.bookmarkPage(key)
                self.addOutlineEntry(text, key, level=level, closed=level > 0)
            if self._pageNumber == 1:
                return
            width, height = self._pagesize
            y = height - 12 * mm
            self.saveState()
            self.setFont(font, 7.5)
            self.setFillColor(GREY)
            self.drawString(MARGIN, y, header)
            self.setStrokeColor(LINE)
            self.setLineWidth(0.5)
            self.line(MARGIN, y - 2 * mm, width - MARGIN, y - 2 * mm)
            self.restoreState()

    return AuditCanvas


def _cover(c: AuditContext) -> list[Flowable]:
    r, s = c.report, c.base.s
    big = ParagraphStyle("cover_title", parent=s.title, fontSize=28, leading=36,
                         alignment=TA_CENTER)  # fmt: skip
    centred = ParagraphStyle("cover_sub", parent=s.subtitle, fontSize=14, leading=20,
                             alignment=TA_CENTER)  # fmt: skip
    code = r.period.site_code
    facts = [
        (c.m("site"), r.site_name.pick(c.zh) + (f" ({code})" if code else "")),
        (c.t("audit_period"), period_text(r.first, r.last, c.zh)),
        (c.m("generated"), local_time(r.period.generated_ms, r.period.timezone)),
        (c.m("convention"), convention_text(r.period.energy.convention, c.zh)),
        (c.t("data_source"), c.t("data_source_text")),
        (c.t("prepared_by"), c.fill_mark()),
        (c.t("approved_by"), c.fill_mark()),
        (c.t("report_date"), c.fill_mark()),
    ]
    table = Table(
        [[para(k, s.cell), para(v, s.cell)] for k, v in facts],
        colWidths=[4.2 * cm, c.width - 4.2 * cm],
    )
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, LINE),
        ("BACKGROUND", (0, 0), (0, -1), HEADER_BACKGROUND),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))  # fmt: skip
    return [
        Spacer(1, 5 * cm),
        para(r.site_name.pick(c.zh), centred),
        Spacer(1, 10),
        para(c.t("title"), big),
        Spacer(1, 8),
        para(period_text(r.first, r.last, c.zh), centred),
        Spacer(1, 3 * cm),
        table,
        Spacer(1, 12),
        c.note(c.t("fill_note")),
    ]


def _contents(c: AuditContext) -> list[Flowable]:
    s = c.base.s
    toc = TableOfContents()
    toc.dotsMinLevel = 0
    toc.tableStyle = TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ])  # fmt: skip
    toc.levelStyles = [
        ParagraphStyle("toc0", fontName=s.font, fontSize=10.5, leading=15, leftIndent=0,
                       firstLineIndent=0, spaceBefore=4),
        ParagraphStyle("toc1", fontName=s.font, fontSize=9, leading=12.2, leftIndent=1.2 * cm,
                       firstLineIndent=0),
    ]  # fmt: skip
    return [PageBreak(), para(c.t("contents"), s.title), Spacer(1, 10), toc]
