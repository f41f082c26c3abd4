"""What the run report needs to know about a completed run: plain frozen values.

No Qt, no database rows: the desktop service fills these from the stored run, a test builds
them by hand, and the report (`reports.checklist_report`, which re-exports them) only reads
them. Texts a person reads come in both languages (`Text`), so one `ReportRun` renders in
either; times are UTC milliseconds, shown in the site's time zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from domain.actions import ActionState, Priority
from domain.checklists import ItemKind, Text

__all__ = [
    "ReportAction",
    "ReportFinding",
    "ReportItem",
    "ReportPhoto",
    "ReportRun",
    "ReportSection",
]


@dataclass(frozen=True)
class ReportPhoto:
    """A photo or signature file (absolute path) and when it was taken (UTC ms)."""

    path: Path
    taken_ms: int


@dataclass(frozen=True)
class ReportItem:
    """A visible item of the run. `answer` is display text (None: not answered); `finding` is
    the reason the answer is a finding, in both languages."""

    code: str
    text: Text
    kind: ItemKind
    answer: Text | None
    unit: str = ""
    low: float | None = None
    high: float | None = None
    finding: Text | None = None
    note: str = ""
    photos: tuple[ReportPhoto, ...] = ()
    signature: ReportPhoto | None = None


@dataclass(frozen=True)
class ReportSection:
    title: Text
    items: tuple[ReportItem, ...]


@dataclass(frozen=True)
class ReportFinding:
    item_code: str
    text: Text
    reason: Text


@dataclass(frozen=True)
class ReportAction:
    title: str
    department: str
    person: str
    due: date | None
    priority: Priority
    state: ActionState


@dataclass(frozen=True)
class ReportRun:
    """What the report shows of a completed run; times are UTC ms shown in `timezone`."""

    run_id: str
    site_name: Text
    template_code: str
    template_name: Text
    template_version: int
    title: str
    started_by: str
    started_ms: int
    finished_by: str | None
    finished_ms: int | None
    timezone: str
    score_percent: float | None
    passed: bool | None
    pass_percent: float
    sections: tuple[ReportSection, ...]
    findings: tuple[ReportFinding, ...] = ()
    actions: tuple[ReportAction, ...] = ()

    def items(self) -> tuple[ReportItem, ...]:
        return tuple(item for section in self.sections for item in section.items)
