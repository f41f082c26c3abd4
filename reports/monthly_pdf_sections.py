"""The monthly PDF's table helper and its later sections: water, waste and pollutants, alarms,
data completeness, inspections and actions.

Every table has a shaded header row that repeats when it runs onto the next page, numbers
right-aligned, units in the header; an empty section says "none" rather than vanishing, so a
reader can tell "nothing happened" from "not reported".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from domain.actions import Priority
from reports.monthly_model import ActionLine, MonthlyReport
from reports.monthly_text import (
    alarm_priority_name,
    fixed,
    kpi_number,
    label,
    percent,
)
from reports.pdf_parts import GREY, HEADER_BACKGROUND, LINE, RED, Styles, local_time, para
from reports.report_text import priority_text, state_text

__all__ = ["PdfContext", "later_sections"]


@dataclass(frozen=True)
class PdfContext:
    report: MonthlyReport
    s: Styles
    zh: bool
    width: float
    right: ParagraphStyle
    """The cell style right-aligned, for numbers."""

    def t(self, key: str) -> str:
        return label(key, self.zh)

    def heading(self, key: str) -> list[Flowable]:
        return [CondPageBreak(4 * cm), para(self.t(key), self.s.heading)]

    def subheading(self, key: str) -> Flowable:
        return para(self.t(key), self.s.body)

    def none(self) -> Flowable:
        return para(self.t("none"), self.s.body, GREY)

    def table(
        self,
        header: list[str],
        rows: list[list[Any]],
        widths: list[float],
        numeric: tuple[int, ...] = (),
        extra: list[tuple[Any, ...]] | None = None,
    ) -> Table:
        """Cells given as text are wrapped in paragraphs (CJK line breaking); the columns in
        `numeric` are right-aligned."""
        cells = [[self._cell(h, True, False) for h in header]]
        for row in rows:
            cells.append([self._cell(v, False, i in numeric) for i, v in enumerate(row)])
        table = Table(cells, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), self.s.font, 8.5),
            ("GRID", (0, 0), (-1, -1), 0.5, LINE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BACKGROUND),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
        table.setStyle(TableStyle(style + (extra or [])))
        return table

    def _cell(self, value: Any, header: bool, right: bool) -> Any:
        if not isinstance(value, str):
            return value
        return para(value, self.right if right else self.s.cell)

    def local(self, ms: int | None) -> str:
        return local_time(ms, self.report.timezone, short=True)


def later_sections(c: PdfContext) -> list[Flowable]:
    return [
        *_water(c),
        *_waste(c),
        *_alarms(c),
        *_completeness(c),
        *_audits(c),
        *_actions(c),
    ]


def _water(c: PdfContext) -> list[Flowable]:
    w = c.report.water
    per_t = (
        w.fresh_water_m3 / w.production_t
        if w.fresh_water_m3 is not None and w.production_t
        else None
    )
    rows = [
        [c.t("fresh_water"), fixed(w.fresh_water_m3)],
        [c.t("reclaimed"), fixed(w.reclaimed_m3)],
        [c.t("wastewater"), fixed(w.wastewater_m3)],
        [c.t("reuse_rate"), percent(w.reuse_percent)],
        [c.t("production"), fixed(w.production_t)],
        [c.t("water_per_t"), kpi_number(per_t)],
    ]
    widths = [c.width * 0.6, c.width * 0.4]
    return [*c.heading("water"), c.table([c.t("item"), c.t("value")], rows, widths, (1,))]


def _waste(c: PdfContext) -> list[Flowable]:
    w = c.report.waste
    rows = [
        [c.t("solid_waste"), fixed(w.solid_waste_t, 3)],
        [c.t("hazardous_waste"), fixed(w.hazardous_waste_t, 3)],
        [c.t("production"), fixed(w.production_t)],
    ]
    widths = [c.width * 0.6, c.width * 0.4]
    story: list[Flowable] = [
        *c.heading("waste"),
        c.table([c.t("item"), c.t("value")], rows, widths, (1,)),
        Spacer(1, 6),
    ]
    if not w.pollutants:
        return [*story, c.none()]
    pollutant_rows = [
        [p.name.pick(c.zh), fixed(p.load_kg, 2), kpi_number(p.intensity_kg_per_t)]
        for p in w.pollutants
    ]
    header = [c.t("pollutant"), c.t("load"), c.t("intensity")]
    widths = [c.width * 0.4, c.width * 0.3, c.width * 0.3]
    return [*story, c.table(header, pollutant_rows, widths, (1, 2))]


def _alarms(c: PdfContext) -> list[Flowable]:
    a = c.report.alarms
    story: list[Flowable] = [*c.heading("alarms")]
    counts = [[alarm_priority_name(p, c.zh), str(n)] for p, n in a.by_priority]
    counts.append([c.t("alarm_total"), str(a.total)])
    bold = [("BACKGROUND", (0, len(counts)), (-1, len(counts)), HEADER_BACKGROUND)]
    widths = [c.width * 0.35, c.width * 0.2]
    story.append(c.table([c.t("priority"), c.t("count")], counts, widths, (1,), bold))
    if a.top_tags:
        rows = [[t.tag.pick(c.zh), str(t.count)] for t in a.top_tags]
        widths = [c.width * 0.6, c.width * 0.2]
        story += [Spacer(1, 6), c.subheading("top_tags")]
        story.append(c.table([c.t("tag"), c.t("count")], rows, widths, (1,)))
    if a.longest:
        rows = [
            [
                line.tag.pick(c.zh),
                alarm_priority_name(line.priority, c.zh),
                c.local(line.raised_ms),
                fixed(line.duration_s / 3600.0, 1)
                + (f" ({c.t('still_active')})" if line.still_active else ""),
                line.message.pick(c.zh),
            ]
            for line in a.longest
        ]
        header = [c.t("tag"), c.t("priority"), c.t("raised"), c.t("duration"), c.t("message")]
        widths = [3.6 * cm, 1.8 * cm, 3.6 * cm, 2.4 * cm, c.width - 11.4 * cm]
        story += [Spacer(1, 6), c.subheading("longest"), c.table(header, rows, widths, (3,))]
    return story


def _completeness(c: PdfContext) -> list[Flowable]:
    lines = c.report.completeness
    story = c.heading("completeness")
    if not lines:
        return [*story, c.none()]
    rows: list[list[Any]] = []
    for line in lines:
        share = line.percent
        meets = share is not None and share >= 90.0
        colour = RED if share is not None and not meets else None
        rows.append(
            [
                line.group.pick(c.zh),
                str(line.tags),
                f"{line.expected:,}",
                f"{line.valid:,}",
                para(percent(share), c.right, colour),
                para("—" if share is None else c.t("yes" if meets else "no"), c.s.cell, colour),
            ]
        )
    header = [
        c.t("device"), c.t("tags"), c.t("expected"), c.t("valid"), c.t("complete"), c.t("rule"),
    ]  # fmt: skip
    rest = c.width - 12.4 * cm
    widths = [rest, 1.4 * cm, 2.6 * cm, 2.6 * cm, 3.0 * cm, 2.8 * cm]
    return [*story, c.table(header, rows, widths, (1, 2, 3, 4))]


def _audits(c: PdfContext) -> list[Flowable]:
    runs = c.report.audits
    story = c.heading("audits")
    if not runs:
        return [*story, c.none()]
    rows = []
    for run in runs:
        result = "—" if run.passed is None else c.t("passed" if run.passed else "failed")
        rows.append(
            [
                run.template.pick(c.zh),
                run.title or "—",
                c.local(run.finished_ms),
                percent(run.score_percent),
                result,
                str(run.findings),
            ]
        )
    header = [
        c.t("checklist"), c.t("run"), c.t("finished"), c.t("score"), c.t("result"),
        c.t("findings"),
    ]  # fmt: skip
    rest = c.width - 10.8 * cm
    widths = [rest * 0.55, rest * 0.45, 3.6 * cm, 1.8 * cm, 1.6 * cm, 1.6 * cm]
    story.append(c.table(header, rows, widths, (3, 5)))
    if c.report.findings:
        finding_rows = [
            [f.run_title, f.item.pick(c.zh), f.reason.pick(c.zh)] for f in c.report.findings
        ]
        widths = [c.width * 0.25, c.width * 0.45, c.width * 0.3]
        header = [c.t("run"), c.t("item"), c.t("finding")]
        story += [Spacer(1, 6), c.subheading("finding_list")]
        story.append(c.table(header, finding_rows, widths))
    return story


def _actions(c: PdfContext) -> list[Flowable]:
    a = c.report.actions
    story = c.heading("actions")
    for key, lines in (
        ("open_actions", a.open),
        ("overdue_actions", a.overdue),
        ("closed_actions", a.closed),
    ):
        story.append(para(f"{c.t(key)}（{len(lines)}）" if c.zh else f"{c.t(key)} ({len(lines)})",
                          c.s.body))  # fmt: skip
        story.append(_action_table(c, lines) if lines else c.none())
        story.append(Spacer(1, 6))
    return story


def _action_table(c: PdfContext, lines: tuple[ActionLine, ...]) -> Table:
    rows: list[list[Any]] = []
    for line in lines:
        high = line.priority is Priority.HIGH
        rows.append(
            [
                line.title,
                line.department or "—",
                line.person or "—",
                line.due.isoformat() if line.due else "—",
                para(priority_text(line.priority, c.zh), c.s.cell, RED if high else None),
                state_text(line.state, c.zh),
            ]
        )
    header = [
        c.t("action"), c.t("department"), c.t("person"), c.t("due"), c.t("priority"),
        c.t("state"),
    ]  # fmt: skip
    rest = c.width - 10.6 * cm
    widths = [rest, 2.4 * cm, 1.8 * cm, 2.2 * cm, 1.6 * cm, 2.6 * cm]
    return c.table(header, rows, widths)
