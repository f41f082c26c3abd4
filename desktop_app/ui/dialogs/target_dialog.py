"""Set a SMART target on a KPI: baseline (entered, or computed from a baseline period), target
as a % change or a value, start and deadline, and who answers for it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop_app.services.database import Database
from desktop_app.services.kpi_targets import TargetInfo
from desktop_app.services.kpis import compute_kpis
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.run_query import run_query
from domain.instrument_rules import Problem
from domain.kpis import KpiDefinition
from domain.targets import Target, TargetError, target_value_from_change, validate_target

PERCENT, VALUE = "percent", "value"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class TargetDialog(FormDialog):
    def __init__(
        self,
        database: Database,
        definition: KpiDefinition,
        current: TargetInfo | None,
        baseline_period: tuple[date, date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database, self.definition = database, definition
        self.setWindowTitle(self.tr("Target — %1").replace("%1", definition.name_zh))
        unit = f" {definition.unit}" if definition.unit else ""
        old = current.target if current else None
        period = current.baseline_period if current and current.baseline_period else None
        first, last = period or baseline_period
        self.baseline_from, self.baseline_to = _date_edit(first), _date_edit(last)
        self.compute_button = QPushButton(self.tr("Compute"))
        self.compute_button.clicked.connect(self._compute)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        for widget in (self.baseline_from, self.baseline_to, self.compute_button):
            line.addWidget(widget)
        self.baseline_spin = _spin(-1e12, 1e12, 4, unit, old.baseline_value if old else 0.0)
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("Change from the baseline (%)"), PERCENT)
        self.mode_combo.addItem(self.tr("Target value"), VALUE)
        change = current.percent_change if current and current.percent_change is not None else None
        self.percent_spin = _spin(-100.0, 1000.0, 2, " %", change if change is not None else -5.0)
        self.value_spin = _spin(-1e12, 1e12, 4, unit, old.target_value if old else 0.0)
        if old is not None and change is None:
            self.mode_combo.setCurrentIndex(1)
        today = date.today()
        self.start_edit = _date_edit(old.start if old else today)
        self.deadline_edit = _date_edit(old.deadline if old else date(today.year, 12, 31))
        self.department_edit = QLineEdit(old.department if old else "")
        self.person_edit = QLineEdit(old.person if old else "")
        self.note_edit = QLineEdit(old.note if old else "")
        self.add_row("baseline_period", self.tr("Baseline period"), row)
        self.add_row("baseline_value", self.tr("Baseline value"), self.baseline_spin)
        self.add_row("mode", self.tr("Target as"), self.mode_combo)
        self.add_row("percent_change", self.tr("Change"), self.percent_spin)
        self.add_row("target_value", self.tr("Target value"), self.value_spin)
        self.add_row("start", self.tr("Start"), self.start_edit)
        self.add_row("deadline", self.tr("Deadline"), self.deadline_edit)
        self.add_row("department", self.tr("Responsible department"), self.department_edit)
        self.add_row("person", self.tr("Responsible person"), self.person_edit)
        self.add_row("note", self.tr("Note"), self.note_edit)
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()

    def value(self) -> tuple[Target, float | None, tuple[date, date]]:
        """(target, % change when entered as one, baseline period)."""
        percent = self.percent_spin.value() if self._mode() == PERCENT else None
        target = Target(
            kpi_code=self.definition.code,
            baseline_value=self.baseline_spin.value(),
            target_value=self.value_spin.value(),
            start=_date(self.start_edit),
            deadline=_date(self.deadline_edit),
            better=self.definition.better.value,
            department=self.department_edit.text().strip(),
            person=self.person_edit.text().strip(),
            note=self.note_edit.text().strip(),
        )
        return target, percent, (_date(self.baseline_from), _date(self.baseline_to))

    def problems(self) -> list[Problem]:
        target, percent, _period = self.value()
        if percent is not None:
            try:
                value = target_value_from_change(target.baseline_value, percent)
            except TargetError as error:
                return [Problem("percent_change", error.code, error.detail)]
            target = replace(target, target_value=value)
        return validate_target(target, percent_change=percent)

    def _mode(self) -> str:
        return str(self.mode_combo.currentData())

    @Slot()
    def _mode_changed(self) -> None:
        percent = self._mode() == PERCENT
        self.set_row_visible("percent_change", percent)
        self.set_row_visible("target_value", not percent)

    @Slot()
    def _compute(self) -> None:
        database, code = self._database, self.definition.code
        first, last = _date(self.baseline_from), _date(self.baseline_to)
        self.compute_button.setEnabled(False)

        def fetch() -> float | None:
            with database.reading() as session:
                value = compute_kpis(session, first, last).value(code)
            return None if value is None else value.value

        run_query(self, fetch, self._computed, lambda _e: self.compute_button.setEnabled(True))

    def _computed(self, value: float | None) -> None:
        self.compute_button.setEnabled(True)
        if value is None:
            self.show_problems([Problem("baseline_value", "no_baseline_value")])
            return
        self.baseline_spin.setValue(value)


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


def _spin(low: float, high: float, decimals: int, suffix: str, value: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSuffix(suffix)
    spin.setValue(value)
    return spin
