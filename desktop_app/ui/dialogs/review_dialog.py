"""Dialogs of the PDCA reviews page: a new review's period, an action the review raises, and a
KPI's target for the next period. They only collect values; the page writes them off the GUI
thread through the services, which check again."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop_app.services.review_queries import KpiResult
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.review_text import review_problem_text
from domain.instrument_rules import Problem
from domain.reviews import period_problem, previous_period, quarter_of

DEFAULT_DUE_DAYS = 30


@dataclass(frozen=True)
class NewReviewDraft:
    first: date
    last: date
    title: str


@dataclass(frozen=True)
class ActionDraft:
    title: str
    person: str
    due: date | None
    kpi_code: str | None


@dataclass(frozen=True)
class NextTargetDraft:
    kpi_code: str
    value: float | None
    deadline: date | None


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def _day(edit: QDateEdit) -> date:
    qdate = edit.date()
    return date(qdate.year(), qdate.month(), qdate.day())


class ReviewDialogBase(FormDialog):
    def describe(self, problem: Problem) -> str:
        return review_problem_text(problem.code, problem.detail)


class NewReviewDialog(ReviewDialogBase):
    """The period defaults to the last whole quarter before `today`."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New PDCA review"))
        self.setMinimumWidth(460)
        first, last = previous_period(*quarter_of(today))
        self.first_edit = _date_edit(first)
        self.last_edit = _date_edit(last)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(self.tr("Default: the quarter or the dates"))
        buttons = QHBoxLayout()
        self.last_quarter_button = QPushButton(self.tr("Last quarter"))
        self.this_quarter_button = QPushButton(self.tr("This quarter so far"))
        self.last_quarter_button.clicked.connect(lambda: self._set(first, last))
        this_first = quarter_of(today)[0]
        self.this_quarter_button.clicked.connect(lambda: self._set(this_first, today))
        buttons.addWidget(self.last_quarter_button)
        buttons.addWidget(self.this_quarter_button)
        holder = QWidget()
        holder.setLayout(buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.form.addRow("", holder)
        self.add_row("first", self.tr("From"), self.first_edit)
        self.add_row("period", self.tr("To"), self.last_edit)
        self.add_row("title", self.tr("Title"), self.title_edit)

    def _set(self, first: date, last: date) -> None:
        self.first_edit.setDate(QDate(first.year, first.month, first.day))
        self.last_edit.setDate(QDate(last.year, last.month, last.day))

    def value(self) -> NewReviewDraft:
        return NewReviewDraft(
            _day(self.first_edit), _day(self.last_edit), self.title_edit.text().strip()
        )

    def problems(self) -> list[Problem]:
        draft = self.value()
        code = period_problem(draft.first, draft.last)
        return [Problem("period", code)] if code else []


class RaiseActionDialog(ReviewDialogBase):
    """A corrective action decided by the review, optionally for one of its KPIs."""

    def __init__(
        self,
        results: tuple[KpiResult, ...],
        names: dict[str, str],
        today: date,
        selected: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Raise a corrective action"))
        self.setMinimumWidth(520)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.person_edit = QLineEdit()
        self.person_edit.setMaxLength(100)
        self.due_edit = _date_edit(today + timedelta(days=DEFAULT_DUE_DAYS))
        self.no_due_check = QCheckBox(self.tr("No due date"))
        self.no_due_check.toggled.connect(lambda on: self.due_edit.setEnabled(not on))
        due = QWidget()
        due_row = QHBoxLayout(due)
        due_row.setContentsMargins(0, 0, 0, 0)
        due_row.addWidget(self.due_edit, 1)
        due_row.addWidget(self.no_due_check)
        self.kpi_combo = QComboBox()
        self.kpi_combo.addItem(self.tr("(none)"), None)
        for result in results:
            self.kpi_combo.addItem(names.get(result.kpi_code, result.kpi_code), result.kpi_code)
        if selected is not None:
            self.kpi_combo.setCurrentIndex(max(0, self.kpi_combo.findData(selected)))
        self.add_row("title", self.tr("Action"), self.title_edit)
        self.add_row("person", self.tr("Responsible person"), self.person_edit)
        self.add_row("due", self.tr("Due date"), due)
        self.add_row("kpi", self.tr("For KPI"), self.kpi_combo)

    def value(self) -> ActionDraft:
        due = None if self.no_due_check.isChecked() else _day(self.due_edit)
        kpi = self.kpi_combo.currentData()
        return ActionDraft(
            self.title_edit.text().strip(), self.person_edit.text().strip(), due, kpi
        )

    def problems(self) -> list[Problem]:
        return [] if self.value().title else [Problem("title", "title_required")]


class NextTargetDialog(ReviewDialogBase):
    """The target a KPI should reach by a deadline after the reviewed period."""

    def __init__(
        self, result: KpiResult, name: str, period_last: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Next period's target: %1").replace("%1", name))
        self.setMinimumWidth(440)
        self._result, self._period_last = result, period_last
        self.value_spin = QDoubleSpinBox()
        self.value_spin.setDecimals(4)
        self.value_spin.setRange(-1e12, 1e12)
        self.value_spin.setSuffix(f" {result.unit}" if result.unit else "")
        start = result.next_target if result.next_target is not None else result.target
        self.value_spin.setValue(start if start is not None and math.isfinite(start) else 0.0)
        deadline = result.next_deadline or quarter_of(period_last + timedelta(days=1))[1]
        self.deadline_edit = _date_edit(deadline)
        self.clear_check = QCheckBox(self.tr("No next target (clear)"))
        self.add_row("next_target", self.tr("Target"), self.value_spin)
        self.add_row("next_deadline", self.tr("Deadline"), self.deadline_edit)
        self.form.addRow("", self.clear_check)

    def value(self) -> NextTargetDraft:
        if self.clear_check.isChecked():
            return NextTargetDraft(self._result.kpi_code, None, None)
        return NextTargetDraft(
            self._result.kpi_code, self.value_spin.value(), _day(self.deadline_edit)
        )

    def problems(self) -> list[Problem]:
        draft = self.value()
        if draft.deadline is not None and draft.deadline <= self._period_last:
            return [Problem("next_deadline", "deadline_in_period")]
        return []
