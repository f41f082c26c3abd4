"""The monthly report's charts as reportlab drawings: vector graphics in the PDF, so they print
sharp at any size, with their labels in the embedded CJK font.

Three charts: the share of standard coal by carrier (pie), each KPI as a percentage of its
target (bars around a 100 % line, red where the KPI is on the wrong side), and the daily
comprehensive energy (line, days without data left as gaps).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from reports.pdf_parts import GREEN, GREY, LINE, RED

__all__ = ["daily_line", "kpi_bars", "share_pie"]

PALETTE = (
    colors.HexColor("#1565C0"),
    colors.HexColor("#EF6C00"),
    colors.HexColor("#2E7D32"),
    colors.HexColor("#6A1B9A"),
    colors.HexColor("#00838F"),
    colors.HexColor("#AD1457"),
    colors.HexColor("#9E9D24"),
    colors.HexColor("#5D4037"),
)


def share_pie(parts: Sequence[tuple[str, float]], width: float, font: str) -> Drawing:
    """A pie of (label, value) with a legend on the right: "电力 22.1 %"."""
    height = 115.0
    drawing = Drawing(width, height)
    total = sum(value for _, value in parts if value > 0)
    shown = [(name, value) for name, value in parts if value > 0]
    if not shown or total <= 0:
        return drawing
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 20, 8, 100, 100
    pie.data = [value for _, value in shown]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    for index in range(len(shown)):
        pie.slices[index].fillColor = PALETTE[index % len(PALETTE)]
    drawing.add(pie)
    for index, (name, value) in enumerate(shown):
        y = height - 20 - index * 16
        swatch = String(140, y, "■", fontName=font, fontSize=11)
        swatch.fillColor = PALETTE[index % len(PALETTE)]
        drawing.add(swatch)
        drawing.add(
            String(155, y, f"{name}  {100 * value / total:.1f} %", fontName=font, fontSize=9)
        )
    return drawing


def kpi_bars(
    bars: Sequence[tuple[str, float, bool]], width: float, font: str, caption: str
) -> Drawing:
    """(name, value as % of target, on the good side) per KPI with a target, a line at 100 %."""
    row = 16.0
    height = 40 + row * len(bars)
    drawing = Drawing(width, height)
    if not bars:
        return drawing
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 22
    chart.width, chart.height = width - 190, row * len(bars)
    chart.data = [[percent for _, percent, _ in reversed(bars)]]
    chart.categoryAxis.categoryNames = [name for name, _, _ in reversed(bars)]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = LINE
    top = max(120.0, max(p for _, p, _ in bars) * 1.05)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = 20 if top <= 160 else 50
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = LINE
    chart.barWidth = row * 0.6
    chart.bars.strokeColor = None
    for index, (_, _, good) in enumerate(reversed(bars)):
        chart.bars[(0, index)].fillColor = GREEN if good else RED
    drawing.add(chart)
    x100 = chart.x + chart.width * 100 / top
    drawing.add(Line(x100, chart.y - 3, x100, chart.y + chart.height + 3, strokeColor=GREY,
                     strokeDashArray=[3, 2]))  # fmt: skip
    drawing.add(String(chart.x, height - 12, caption, fontName=font, fontSize=8, fillColor=GREY))
    return drawing


def daily_line(
    points: Sequence[tuple[int, float | None]],
    labels: Sequence[str],
    width: float,
    font: str,
    caption: str,
) -> Drawing:
    """(day number, kgce or None) as a line; a None splits the line, it is not drawn as 0."""
    height = 150.0
    drawing = Drawing(width, height)
    runs: list[list[tuple[int, float]]] = [[]]
    for x, y in points:
        if y is None:
            runs.append([])
        else:
            runs[-1].append((x, y))
    runs = [run for run in runs if run]
    if not runs:
        return drawing
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 50, 28, width - 70, height - 50
    plot.data = [run if len(run) > 1 else run * 2 for run in runs]
    for index in range(len(runs)):
        plot.lines[index].strokeColor = PALETTE[0]
        plot.lines[index].strokeWidth = 1.4
    values = [y for run in runs for _, y in run]
    plot.yValueAxis.valueMin = 0
    plot.yValueAxis.valueMax = max(values) * 1.15 if max(values) > 0 else 1
    plot.yValueAxis.labels.fontName = font
    plot.yValueAxis.labels.fontSize = 7
    plot.yValueAxis.labelTextFormat = "{:,.0f}".format
    plot.yValueAxis.strokeColor = LINE
    xs = [x for x, _ in points]
    plot.xValueAxis.valueMin = min(xs)
    plot.xValueAxis.valueMax = max(max(xs), min(xs) + 1)
    step = max(1, len(xs) // 8)
    plot.xValueAxis.valueSteps = xs[::step]
    plot.xValueAxis.labels.fontName = font
    plot.xValueAxis.labels.fontSize = 7
    names = dict(zip(xs, labels, strict=True))
    plot.xValueAxis.labelTextFormat = lambda x: names.get(round(x), "")
    plot.xValueAxis.strokeColor = LINE
    drawing.add(plot)
    drawing.add(String(plot.x, height - 12, caption, fontName=font, fontSize=8, fillColor=GREY))
    return drawing
