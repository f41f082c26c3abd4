"""The head-office report's trend chart: one indicator's monthly values, one line per site.

A reportlab drawing (vector, sharp in print) in the embedded CJK font, in the colours of
`monthly_charts.PALETTE` in site order, so a site keeps its colour from chart to chart in one
report. A month without a value splits the line (never drawn as 0); a lone month is a dot.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Circle, Drawing, Line, String

from reports.monthly_charts import PALETTE
from reports.pdf_parts import GREY, LINE

__all__ = ["SiteLine", "site_trend_chart"]

LEGEND_ROW = 12.0


@dataclass(frozen=True)
class SiteLine:
    label: str
    values: tuple[float | None, ...]
    """One per month, in the order of the chart's month labels."""


def site_trend_chart(
    lines: Sequence[SiteLine], months: Sequence[str], width: float, font: str, caption: str
) -> Drawing:
    """Months along x ("2026-03"), the value up y, a legend of sites under the caption."""
    legend_rows = (len(lines) + 3) // 4
    height = 150.0 + legend_rows * LEGEND_ROW
    drawing = Drawing(width, height)
    drawing.add(String(50, height - 12, caption, fontName=font, fontSize=8, fillColor=GREY))
    for index, line in enumerate(lines):
        x = 50 + (index % 4) * (width - 60) / 4
        y = height - 26 - (index // 4) * LEGEND_ROW
        colour = PALETTE[index % len(PALETTE)]
        drawing.add(Line(x, y + 3, x + 14, y + 3, strokeColor=colour, strokeWidth=2))
        drawing.add(String(x + 18, y, line.label, fontName=font, fontSize=7.5))
    plot_height = height - 40 - legend_rows * LEGEND_ROW
    known = [v for line in lines for v in line.values if v is not None]
    if not known or not months:
        return drawing
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 50, 22, width - 70, plot_height - 10
    runs: list[list[tuple[int, float]]] = []
    colours = []
    dots: list[tuple[int, float, int]] = []
    for index, line in enumerate(lines):
        for run in _runs(line.values):
            if len(run) == 1:
                dots.append((run[0][0], run[0][1], index))
            else:
                runs.append(run)
                colours.append(PALETTE[index % len(PALETTE)])
    plot.data = runs or [[(0, known[0]), (0, known[0])]]
    for index, colour in enumerate(colours):
        plot.lines[index].strokeColor = colour
        plot.lines[index].strokeWidth = 1.4
    if not runs:
        plot.lines[0].strokeColor = None
    low, high = min([*known, 0.0]), max(known)
    plot.yValueAxis.valueMin = low
    plot.yValueAxis.valueMax = high * 1.15 if high > 0 else 1
    plot.yValueAxis.labels.fontName = font
    plot.yValueAxis.labels.fontSize = 7
    plot.yValueAxis.strokeColor = LINE
    plot.xValueAxis.valueMin = 0
    plot.xValueAxis.valueMax = max(1, len(months) - 1)
    plot.xValueAxis.valueSteps = list(range(len(months)))
    plot.xValueAxis.labels.fontName = font
    plot.xValueAxis.labels.fontSize = 6.5
    plot.xValueAxis.labelTextFormat = lambda x: _month_label(months, x)
    plot.xValueAxis.strokeColor = LINE
    drawing.add(plot)
    _add_dots(drawing, plot, dots)
    return drawing


def _runs(values: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    runs: list[list[tuple[int, float]]] = [[]]
    for x, y in enumerate(values):
        if y is None:
            runs.append([])
        else:
            runs[-1].append((x, y))
    return [run for run in runs if run]


def _month_label(months: Sequence[str], x: float) -> str:
    index = round(x)
    return months[index] if 0 <= index < len(months) else ""


def _add_dots(drawing: Drawing, plot: LinePlot, dots: list[tuple[int, float, int]]) -> None:
    """Months with a value but no neighbour: a dot in the site's colour."""
    x_axis, y_axis = plot.xValueAxis, plot.yValueAxis
    x_span = (x_axis.valueMax - x_axis.valueMin) or 1
    y_span = (y_axis.valueMax - y_axis.valueMin) or 1
    for month, value, index in dots:
        x = plot.x + plot.width * (month - x_axis.valueMin) / x_span
        y = plot.y + plot.height * (value - y_axis.valueMin) / y_span
        colour = PALETTE[index % len(PALETTE)]
        drawing.add(Circle(x, y, 2.2, fillColor=colour, strokeColor=colour))
