"""The detail of one KPI: how it is computed, what went in, and its course against the target.

Every input is listed with its value, unit and sources (the tags and records behind it), so a
figure in the table can be traced to the meters without leaving the page.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop_app.services.kpi_overview import KpiRow
from desktop_app.ui.models.kpi_inputs_model import KpiInputsModel
from desktop_app.ui.models.kpi_models import number, reason_text, state_text
from domain.targets import planned_value
from widgets.target_chart import TargetChart


def _epoch(day: date) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()


class KpiDetail(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: KpiRow | None = None
        self.chinese = True
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.inputs_model = KpiInputsModel(parent=self)
        self.inputs = QTableView()
        self.inputs.setModel(self.inputs_model)
        self.inputs.verticalHeader().setVisible(False)
        self.inputs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.inputs.horizontalHeader().setStretchLastSection(True)
        self.inputs.setMaximumHeight(150)
        self.chart = TargetChart()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.inputs)
        layout.addWidget(self.chart, 1)

    def show_row(self, row: KpiRow | None, chinese: bool) -> None:
        self.row, self.chinese = row, chinese
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    def _render(self) -> None:
        row = self.row
        if row is None:
            self.title.setText(self.tr("Choose a KPI in the table"))
            self.summary.clear()
            self.inputs_model.set_inputs(())
            self.chart.set_data([], [])
            return
        d = row.definition
        self.title.setText(d.name_zh if self.chinese or not d.name_en else d.name_en)
        self.summary.setText(self._summary(row))
        self.inputs_model.set_inputs(row.value.inputs)
        self.chart.set_labels(self.tr("Monthly value"), self.tr("Planned path"), d.unit)
        months = [_epoch(month + timedelta(days=14)) for month, _value in row.months]
        values = [value for _month, value in row.months]
        target = row.target.target if row.target else None
        plan: list[tuple[float, float]] = []
        if target is not None:
            for day in (target.start, target.deadline):
                plan.append((_epoch(day), planned_value(target, day)))
            if row.months and row.months[-1][0] > target.deadline:
                plan.append((months[-1], target.target_value))
        self.chart.set_data(months, values, plan, target.target_value if target else None)

    def _summary(self, row: KpiRow) -> str:
        d = row.definition
        better = (
            self.tr("lower is better") if d.better.value == "lower" else self.tr("higher is better")
        )
        lines = [
            self.tr("Value: %1 (%2)")
            .replace("%1", number(row.value.value, d.unit))
            .replace("%2", better),
            self.tr("Formula: %1").replace("%1", d.formula),
        ]
        reason = reason_text(row)
        if reason:
            lines.append(reason)
        if row.target and row.status:
            t = row.target.target
            lines.append(
                self.tr("Target %1 by %2 · %3 · forecast at the deadline %4")
                .replace("%1", number(t.target_value, d.unit))
                .replace("%2", t.deadline.isoformat())
                .replace("%3", state_text(row.status.state))
                .replace("%4", number(row.status.forecast_at_deadline, d.unit))
            )
        return "\n".join(lines)
