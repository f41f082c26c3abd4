"""The audit report's building blocks: chapter and section headings that feed the table of
contents, numbered tables and figures ("表 2-3", "图 3-1"), the marked fields the audit team
fills in, and the two charts only this report draws (CUSUM and the options' economics).

Table cells go through the monthly report's `PdfContext.table`, so both reports' tables look
alike (shaded header repeated on each page, numbers right-aligned, CJK line breaking).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from reports.audit_model import AuditReport
from reports.audit_text import CHAPTERS, FILL_IN, label
from reports.monthly_charts import PALETTE
from reports.monthly_pdf_sections import PdfContext
from reports.monthly_text import label as monthly_label
from reports.pdf_parts import GREY, LINE, para

__all__ = ["AuditContext", "cusum_line", "option_bars"]

FILL_BACKGROUND = colors.HexColor("#FFF8E1")
FILL_BORDER = colors.HexColor("#F9A825")
FILL_TEXT = colors.HexColor("#8D6E00")


@dataclass
class AuditContext:
    """What every chapter needs while the story is built; counts chapters, tables, figures."""

    report: AuditReport
    base: PdfContext
    chapter: int = 0
    counters: dict[str, int] = field(default_factory=dict)

    @property
    def zh(self) -> bool:
        return self.base.zh

    @property
    def width(self) -> float:
        return self.base.width

    def t(self, key: str) -> str:
        return label(key, self.zh)

    def m(self, key: str) -> str:
        """A monthly-report label (the same words for the same figures)."""
        return monthly_label(key, self.zh)

    def start_chapter(self, number: int) -> list[Flowable]:
        """A new page, the chapter's title (a top-level entry of the contents and outline)."""
        self.chapter = number
        self.counters = {"section": 0, "table": 0, "figure": 0}
        zh, en = CHAPTERS[number - 1]
        title = zh if self.zh else en
        heading = _entry(para(title, self.base.s.title), 0, title, f"ch{number}")
        return [PageBreak(), heading, Spacer(1, 6)]

    def section(self, key: str) -> list[Flowable]:
        self.counters["section"] += 1
        text = f"{self.chapter}.{self.counters['section']} {self.t(key)}"
        anchor = f"ch{self.chapter}s{self.counters['section']}"
        return [CondPageBreak(5 * cm), _entry(para(text, self.base.s.heading), 1, text, anchor)]

    def _caption(self, kind: str, key: str) -> Paragraph:
        self.counters[kind] += 1
        number = f"{self.chapter}-{self.counters[kind]}"
        return para(f"{self.t(kind).format(n=number)}  {self.t(key)}", self.base.s.body)

    def table(
        self,
        key: str,
        header: list[str],
        rows: list[list[Any]],
        widths: list[float],
        numeric: tuple[int, ...] = (),
        extra: list[tuple[Any, ...]] | None = None,
    ) -> list[Flowable]:
        """Caption above ("表 2-1 …"); a page break first when too little room is left for
        the caption and a few rows (a long table then runs on, its header repeated)."""
        caption = self._caption("table", key)
        table = self.base.table(header, rows, widths, numeric, extra)
        table.splitInRow = 0  # split between rows: a row cut in two left a header-only stub
        return [Spacer(1, 4), CondPageBreak(3 * cm), caption, Spacer(1, 2), table, Spacer(1, 6)]

    def pairs(
        self, key: str, pairs: Sequence[tuple[str, str]], numeric: bool = True
    ) -> list[Flowable]:
        """A two-column table of (item, value) under a numbered caption."""
        rows: list[list[Any]] = [[k, v] for k, v in pairs]
        widths = [self.width * 0.55, self.width * 0.45]
        header = [self.m("item"), self.m("value") if numeric else self.t("details")]
        return self.table(key, header, rows, widths, (1,) if numeric else ())

    def figure(self, drawing: Drawing, key: str) -> list[Flowable]:
        """The chart with its numbered caption below, never split apart."""
        caption = self._caption("figure", key)
        caption.style = self.base.s.caption
        return [KeepTogether([drawing, Spacer(1, 2), caption]), Spacer(1, 6)]

    def fill_in(self, prompt_key: str, lines: int = 3) -> list[Flowable]:
        """A shaded box marked 【待填写】 with what belongs in it, and room to write."""
        mark = FILL_IN[0] if self.zh else FILL_IN[1]
        text = para(f"{mark} {self.t(prompt_key)}", self.base.s.body, FILL_TEXT)
        box = Table([[text]] + [[""]] * lines, colWidths=[self.width])
        box.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.8, FILL_BORDER),
            ("BACKGROUND", (0, 0), (-1, -1), FILL_BACKGROUND),
            ("LINEBELOW", (0, 1), (-1, -2), 0.3, LINE),
            ("FONT", (0, 0), (-1, -1), self.base.s.font, 9),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))  # fmt: skip
        return [Spacer(1, 2), KeepTogether([box]), Spacer(1, 8)]

    def fill_mark(self) -> str:
        return FILL_IN[0] if self.zh else FILL_IN[1]

    def text(self, value: str, colour: colors.Color | None = None) -> Paragraph:
        return para(value, self.base.s.body, colour)

    def widths(self, *fixed_cm: float) -> list[float]:
        """Column widths: the first takes what the others (in cm) leave of the text width."""
        return [self.width - sum(fixed_cm) * cm, *(w * cm for w in fixed_cm)]

    def note(self, value: str) -> Paragraph:
        return para(value, self.base.s.cell_small)

    def none(self) -> Paragraph:
        return para(self.t("none"), self.base.s.body, GREY)


def _entry(flowable: Paragraph, level: int, text: str, key: str) -> Paragraph:
    """Mark a heading for the contents: `AuditDocument.afterFlowable` reads `toc_entry`."""
    flowable.toc_entry = (level, text, key)
    return flowable


def cusum_line(points: Sequence[float], labels: Sequence[str], width: float, font: str) -> Drawing:
    """Cumulative savings (kgce) day by day, with the zero line: rising means saving."""
    height = 150.0
    drawing = Drawing(width, height)
    if not points:
        return drawing
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 55, 24, width - 75, height - 36
    plot.data = [list(enumerate(points)) if len(points) > 1 else [(0, points[0]), (1, points[0])]]
    plot.lines[0].strokeColor = PALETTE[0]
    plot.lines[0].strokeWidth = 1.4
    low, high = min(0.0, *points), max(0.0, *points)
    pad = (high - low) * 0.1 or 1.0
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = low - pad, high + pad
    plot.yValueAxis.labels.fontName = font
    plot.yValueAxis.labels.fontSize = 7
    plot.yValueAxis.labelTextFormat = "{:,.0f}".format
    plot.yValueAxis.strokeColor = LINE
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 0, max(1, len(points) - 1)
    step = max(1, len(points) // 8)
    plot.xValueAxis.valueSteps = list(range(0, len(points), step))
    plot.xValueAxis.labels.fontName = font
    plot.xValueAxis.labels.fontSize = 7
    plot.xValueAxis.labelTextFormat = lambda x: (
        labels[round(x)] if 0 <= round(x) < len(labels) else ""
    )
    plot.xValueAxis.strokeColor = LINE
    drawing.add(plot)
    zero = plot.y + plot.height * (0 - plot.yValueAxis.valueMin) / (
        plot.yValueAxis.valueMax - plot.yValueAxis.valueMin
    )
    drawing.add(Line(plot.x, zero, plot.x + plot.width, zero, strokeColor=GREY,
                     strokeDashArray=[3, 2]))  # fmt: skip
    return drawing


def option_bars(
    options: Sequence[tuple[str, float, float]], legend: tuple[str, str], width: float, font: str
) -> Drawing:
    """(code, investment 元, annual benefit 元/年) per option as grouped bars in 10⁴ 元."""
    height = 170.0
    drawing = Drawing(width, height)
    if not options:
        return drawing
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 50, 38, width - 70, height - 62
    chart.data = [[i / 1e4 for _, i, _ in options], [b / 1e4 for _, _, b in options]]
    chart.categoryAxis.categoryNames = [code for code, _, _ in options]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.strokeColor = LINE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = LINE
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars[1].fillColor = PALETTE[2]
    chart.groupSpacing = 8
    drawing.add(chart)
    for index, name in enumerate(legend):
        x = chart.x + index * 150
        swatch = String(x, height - 12, "■", fontName=font, fontSize=10)
        swatch.fillColor = PALETTE[0 if index == 0 else 2]
        drawing.add(swatch)
        drawing.add(String(x + 12, height - 12, name, fontName=font, fontSize=8))
    return drawing
