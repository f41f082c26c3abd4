"""The run report: one completed inspection as a PDF to file, print, sign off or mail.

The report takes a `ReportRun` (defined in `reports.run_model`, re-exported here): a plain
description with no Qt and no database in it, so the layout can be tested from hand-made runs
and the desktop service alone knows where the data comes from (`desktop_app.services.
run_report`). Texts come in both languages and the report picks one; the CJK font is embedded,
so the file reads the same on any PC.

The file is written under a temporary name and renamed into place: a crash or a full disk
leaves the previous report or none, never half a PDF under the name a user will open.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm, mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from domain.actions import Priority
from domain.checklists import ItemKind
from reports.fonts import register_cjk_font
from reports.pdf_parts import (
    FINDING_BACKGROUND,
    GREEN,
    GREY,
    HEADER_BACKGROUND,
    LINE,
    RED,
    Styles,
    flowable_or_text,
    grid,
    local_time,
    make_styles,
    numbered_canvas,
    para,
    picture,
)
from reports.report_text import label, limits_text, priority_text, state_text
from reports.run_model import (
    ReportAction,
    ReportFinding,
    ReportItem,
    ReportPhoto,
    ReportRun,
    ReportSection,
)

__all__ = [
    "ReportAction",
    "ReportFinding",
    "ReportItem",
    "ReportPhoto",
    "ReportRun",
    "ReportSection",
    "render_run_report",
]

LANGUAGES = ("zh_CN", "en")
THUMB_WIDTH, THUMB_HEIGHT = 5.6 * cm, 4.2 * cm
SIGNATURE_WIDTH, SIGNATURE_HEIGHT = 6 * cm, 2.6 * cm
CAPTION_CHARS = 60
LONG_ANSWER = 120
"""Characters from which a text answer gets a full-width row of its own."""


def render_run_report(run: ReportRun, out_path: Path, *, language: str = "zh_CN") -> Path:
    """Write the PDF to `out_path` (replaced atomically) and return the path.

    Raises ValueError for a language other than zh_CN/en and `reports.fonts.FontNotFoundError`
    when no CJK font can be found.
    """
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}: {language!r}")
    chinese = language == "zh_CN"
    styles = make_styles(register_cjk_font())
    out_path = Path(out_path)
    temp = out_path.with_name(f".{out_path.name}.{uuid.uuid4().hex}.part")
    name = run.template_name.pick(chinese)
    document = SimpleDocTemplate(
        str(temp),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=15 * mm,
        bottomMargin=20 * mm,
        title=f"{label('report', chinese)} – {name}",
        author="Qingyuan",
        subject=run.run_id,
        creator="Qingyuan",
        lang="zh-CN" if chinese else "en",
    )
    footer = f"{run.site_name.pick(chinese)} · {label('run_id', chinese)} {run.run_id}"
    page = label("page", chinese)
    canvas = numbered_canvas(styles.font, footer, lambda n, total: page.format(page=n, pages=total))
    story = _Story(run, styles, chinese, document.width).build()
    try:
        document.build(story, canvasmaker=canvas)
        with temp.open("rb+") as written:
            os.fsync(written.fileno())
        temp.replace(out_path)  # os.replace: atomic on POSIX and Windows
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return out_path


class _Story:
    """The flowables of one report, top to bottom."""

    def __init__(self, run: ReportRun, styles: Styles, chinese: bool, width: float) -> None:
        self.run, self.s, self.zh, self.width = run, styles, chinese, width

    def t(self, key: str) -> str:
        return label(key, self.zh)

    def build(self) -> list[Flowable]:
        story: list[Flowable] = [*self._title(), self._summary()]
        story += self._findings()
        for number, section in enumerate(self.run.sections, 1):
            story += self._section(number, section)
        story += self._actions()
        story += self._signatures()
        return story

    # --- title and summary ------------------------------------------------------------------

    def _title(self) -> list[Flowable]:
        run = self.run
        name = run.template_name.pick(self.zh)
        lines: list[Flowable] = [
            para(run.site_name.pick(self.zh), self.s.subtitle),
            para(f"{self.t('report')} · {name}", self.s.title),
        ]
        if run.title:
            lines.append(para(run.title, self.s.subtitle))
        lines.append(HRFlowable(width="100%", thickness=0.8, color=LINE, spaceAfter=6))
        return lines

    def _summary(self) -> Flowable:
        run, t = self.run, self.t
        items = run.items()
        answered = sum(1 for i in items if i.answer is not None or i.photos or i.signature)
        photos = sum(len(i.photos) for i in items)
        score = "—" if run.score_percent is None else f"{run.score_percent:.1f} %"
        mark = f"{t('threshold')} {run.pass_percent:g} %"
        score += f"（{mark}）" if self.zh else f" ({mark})"
        if run.passed is None:
            result = para(t("not_scored"), self.s.cell, GREY)
        else:
            result = para(
                t("passed") if run.passed else t("failed"),
                self.s.heading,
                GREEN if run.passed else RED,
            )
        name, code, version = run.template_name.pick(self.zh), run.template_code, t("version")
        if self.zh:
            template = f"{name}（{code}，{version} {run.template_version}）"
        else:
            template = f"{name} ({code}, {version} {run.template_version})"
        cell = self.s.cell
        rows: list[list[Any]] = [
            [t("template"), para(template, cell), "", ""],
            [
                t("started"),
                para(self._by(run.started_by, run.started_ms), cell),
                t("finished"),
                para(self._by(run.finished_by, run.finished_ms), cell),
            ],
            [t("score"), para(score, cell), t("result"), result],
            [
                t("answered"),
                f"{answered} / {len(items)}",
                t("findings"),
                para(str(len(run.findings)), cell, RED if run.findings else None),
            ],
            [t("photos"), str(photos), t("actions"), str(len(run.actions))],
            [t("run_id"), para(run.run_id, cell), "", ""],
        ]
        if run.title:
            rows.insert(1, [t("run_title"), para(run.title, cell), "", ""])
        label_width = 3.1 * cm
        value_width = (self.width - 2 * label_width) / 2
        table = Table(rows, colWidths=[label_width, value_width, label_width, value_width])
        style = [
            *self._grid(),
            ("BACKGROUND", (0, 0), (0, -1), HEADER_BACKGROUND),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
        for row, values in enumerate(rows):
            spans = values[2] == ""  # one value across the row
            style.append(
                ("SPAN", (1, row), (3, row))
                if spans
                else ("BACKGROUND", (2, row), (2, row), HEADER_BACKGROUND)
            )
        table.setStyle(TableStyle(style))
        return table

    def _by(self, who: str | None, ms: int | None) -> str:
        if not who and ms is None:
            return "—"
        when = local_time(ms, self.run.timezone)
        return label("by", self.zh).format(who=who or "—", when=when)

    def _findings(self) -> list[Flowable]:
        if not self.run.findings:
            return []
        numbers = self._item_numbers()
        rows: list[list[Any]] = [[self.t("no"), self.t("item"), self.t("finding")]]
        for finding in self.run.findings:
            rows.append(
                [
                    numbers.get(finding.item_code, ""),
                    para(finding.text.pick(self.zh), self.s.cell),
                    para(finding.reason.pick(self.zh), self.s.cell, RED),
                ]
            )
        widths = [1.2 * cm, self.width * 0.55, self.width * 0.45 - 1.2 * cm]
        return [para(self.t("findings"), self.s.heading), self._table(rows, widths)]

    def _item_numbers(self) -> dict[str, str]:
        return {
            item.code: f"{s}.{i}"
            for s, section in enumerate(self.run.sections, 1)
            for i, item in enumerate(section.items, 1)
        }

    # --- sections and photos ----------------------------------------------------------------

    def _section(self, number: int, section: ReportSection) -> list[Flowable]:
        t = self.t
        rows: list[list[Any]] = [[t("no"), t("item"), t("answer"), t("flags")]]
        style: list[tuple[Any, ...]] = []
        for index, item in enumerate(section.items, 1):
            if item.finding is not None:
                style.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), FINDING_BACKGROUND))
            answer = item.answer.pick(self.zh) if item.answer is not None else ""
            long = len(answer) > LONG_ANSWER and item.finding is None
            shown = [para(t("see_below"), self.s.cell, GREY)] if long else self._answer_cell(item)
            rows.append([f"{number}.{index}", self._item_cell(item), shown, self._flags_cell(item)])
            if long:  # a written account gets the table's width, not a quarter of it
                style.append(("SPAN", (1, len(rows)), (3, len(rows))))
                rows.append(["", para(answer, self.s.cell), "", ""])
        widths = [1.2 * cm, self.width * 0.5 - 1.2 * cm, self.width * 0.25, self.width * 0.25]
        table = self._table(rows, widths, splitInRow=1)
        table.setStyle(TableStyle(style))
        heading = para(f"{number}. {section.title.pick(self.zh)}", self.s.heading)
        return [CondPageBreak(4 * cm), heading, table, *self._photos(number, section)]

    def _item_cell(self, item: ReportItem) -> list[Flowable]:
        cell: list[Flowable] = [para(item.text.pick(self.zh), self.s.cell)]
        if item.note:
            cell.append(
                para(
                    f"{self.t('note')}：{item.note}"
                    if self.zh
                    else f"{self.t('note')}: {item.note}",
                    self.s.cell_small,
                )
            )
        return cell

    def _answer_cell(self, item: ReportItem) -> list[Flowable]:
        cell: list[Flowable] = []
        if item.kind is ItemKind.SIGNATURE:
            signed = self.t("signed") if item.signature else self.t("not_signed")
            cell.append(para(signed, self.s.cell, None if item.signature else GREY))
        elif item.answer is not None:
            unit = f" {item.unit}" if item.unit else ""
            colour = RED if item.finding is not None else None
            cell.append(para(item.answer.pick(self.zh) + unit, self.s.cell, colour))
        elif item.kind is ItemKind.PHOTO:
            cell.append(para(f"{self.t('photos')} ×{len(item.photos)}", self.s.cell))
        else:
            cell.append(para(self.t("unanswered"), self.s.cell, GREY))
        limits = limits_text(item.low, item.high)
        if item.kind is ItemKind.NUMBER and limits:
            unit = f" {item.unit}" if item.unit else ""
            cell.append(para(f"{self.t('limits')} {limits}{unit}", self.s.cell_small))
        return cell

    def _flags_cell(self, item: ReportItem) -> list[Flowable]:
        cell: list[Flowable] = []
        if item.finding is not None:
            sep = "：" if self.zh else ": "
            cell.append(
                para(f"{self.t('finding')}{sep}{item.finding.pick(self.zh)}", self.s.cell, RED)
            )
        if item.photos and item.kind is not ItemKind.PHOTO:
            cell.append(para(f"{self.t('photos')} ×{len(item.photos)}", self.s.cell_small))
        return cell

    def _photos(self, number: int, section: ReportSection) -> list[Flowable]:
        """Thumbnails three to a row, each captioned with its item and the time it was taken."""
        cells: list[list[Flowable]] = []
        for index, item in enumerate(section.items, 1):
            text = item.text.pick(self.zh)
            if len(text) > CAPTION_CHARS:
                text = text[: CAPTION_CHARS - 1] + "…"
            for photo in item.photos:
                image = picture(photo.path, THUMB_WIDTH, THUMB_HEIGHT)
                missing = f"{self.t('photo_missing')}: {photo.path.name}"
                when = local_time(photo.taken_ms, self.run.timezone, short=True)
                caption = para(f"{number}.{index} {text}\n{when}", self.s.caption)
                cells.append([flowable_or_text(image, missing, self.s.caption), caption])
        if not cells:
            return []
        return grid(cells, 3, self.width, para(self.t("photos"), self.s.body), self.s.font)

    # --- actions and signatures ---------------------------------------------------------------

    def _actions(self) -> list[Flowable]:
        t = self.t
        heading = para(t("actions"), self.s.heading)
        if not self.run.actions:
            return [heading, para(t("none"), self.s.body, GREY)]
        rows: list[list[Any]] = [
            [t("action_title"), t("department"), t("person"), t("due"), t("priority"), t("state")]
        ]
        for action in self.run.actions:
            rows.append(
                [
                    para(action.title, self.s.cell),
                    para(action.department or "—", self.s.cell),
                    para(action.person or "—", self.s.cell),
                    action.due.isoformat() if action.due else "—",
                    para(
                        priority_text(action.priority, self.zh),
                        self.s.cell,
                        RED if action.priority is Priority.HIGH else None,
                    ),
                    para(state_text(action.state, self.zh), self.s.cell),
                ]
            )
        rest = self.width - 10 * cm
        widths = [rest, 2.2 * cm, 1.8 * cm, 2.0 * cm, 1.7 * cm, 2.3 * cm]
        return [CondPageBreak(3 * cm), heading, self._table(rows, widths)]

    def _signatures(self) -> list[Flowable]:
        signed = [item for item in self.run.items() if item.signature is not None]
        if not signed:
            return []
        cells: list[list[Flowable]] = []
        for item in signed:
            assert item.signature is not None
            image = picture(item.signature.path, SIGNATURE_WIDTH, SIGNATURE_HEIGHT, png=True)
            missing = f"{self.t('signature_missing')}: {item.signature.path.name}"
            cells.append(
                [
                    para(item.text.pick(self.zh), self.s.cell),
                    flowable_or_text(image, missing, self.s.cell_small),
                    para(local_time(item.signature.taken_ms, self.run.timezone), self.s.cell_small),
                ]
            )
        title = para(self.t("signatures"), self.s.heading)
        return grid(cells, 2, self.width, title, self.s.font, lines=True)

    # --- tables -------------------------------------------------------------------------------

    def _grid(self) -> list[tuple[Any, ...]]:
        return [
            ("FONT", (0, 0), (-1, -1), self.s.font, 9),
            ("GRID", (0, 0), (-1, -1), 0.5, LINE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]

    def _table(self, rows: list[list[Any]], widths: list[float], **options: Any) -> Table:
        """A grid with a shaded header row that repeats on every page the table runs onto."""
        table = Table(rows, colWidths=widths, repeatRows=1, **options)
        table.setStyle(
            TableStyle([*self._grid(), ("BACKGROUND", (0, 0), (-1, 0), HEADER_BACKGROUND)])
        )
        return table
