"""Add or edit an alarm limit; the setpoint's meaning and unit follow the chosen kind.

Problems are those of `domain.alarms` (the limit itself, and its order among the tag's other
limits), shown in place as with every form in the application.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QSpinBox, QWidget

from desktop_app.services.configuration import TagInfo
from desktop_app.ui.alarm_text import alarm_problem_text, kind_text
from desktop_app.ui.dialogs.form_dialog import FormDialog
from domain.alarms import MAX_DELAY_S, AlarmKind, AlarmLimit, limit_problems, limit_set_problems
from domain.instrument_rules import Problem


class AlarmLimitDialog(FormDialog):
    def __init__(
        self,
        tags: Sequence[TagInfo],
        others: Sequence[AlarmLimit],
        chinese: bool,
        limit: AlarmLimit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tags = {t.id: t for t in tags}
        self._others = tuple(others)
        first_tag = tags[0].id if tags else 0
        self._original = limit or AlarmLimit(0, first_tag, AlarmKind.HI)
        self.setWindowTitle(self.tr("Edit alarm limit") if limit else self.tr("Add alarm limit"))
        o = self._original
        self.tag_combo = QComboBox()
        for tag in tags:
            label = tag.label if chinese or not tag.label_en else tag.label_en
            self.tag_combo.addItem(f"{label or tag.name} ({tag.name})", tag.id)
        self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(o.tag_id)))
        self.kind_combo = QComboBox()
        for kind in AlarmKind:
            self.kind_combo.addItem(kind_text(kind), kind.value)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(o.kind.value)))
        self.setpoint_spin = _number(o.setpoint, 4, low=-1e12, high=1e12)
        self.deadband_spin = _number(o.deadband, 4, low=0, high=1e12)
        self.on_delay_spin = _number(o.on_delay_s, 1, low=0, high=MAX_DELAY_S, suffix=" s")
        self.off_delay_spin = _number(o.off_delay_s, 1, low=0, high=MAX_DELAY_S, suffix=" s")
        self.priority_spin = QSpinBox()
        self.priority_spin.setRange(1, 4)
        self.priority_spin.setValue(o.priority)
        self.enabled_check = QCheckBox(self.tr("Watch this limit"))
        self.enabled_check.setChecked(o.enabled)
        self.message_edit = QLineEdit(o.message)
        self.message_en_edit = QLineEdit(o.message_en)
        self.add_row("tag_id", self.tr("Measurement"), self.tag_combo)
        self.add_row("kind", self.tr("Alarm"), self.kind_combo)
        self.add_row("setpoint", self.tr("Limit"), self.setpoint_spin)
        self.add_row("deadband", self.tr("Deadband (to clear)"), self.deadband_spin)
        self.add_row("on_delay_s", self.tr("On-delay"), self.on_delay_spin)
        self.add_row("off_delay_s", self.tr("Off-delay"), self.off_delay_spin)
        self.add_row("priority", self.tr("Priority (1 critical … 4 low)"), self.priority_spin)
        self.add_row("message", self.tr("Message (Chinese)"), self.message_edit)
        self.add_row("message_en", self.tr("Message (English)"), self.message_en_edit)
        self.add_row("enabled", "", self.enabled_check)
        self.kind_combo.currentIndexChanged.connect(self._on_kind)
        self.tag_combo.currentIndexChanged.connect(self._on_kind)
        self._on_kind()

    def value(self) -> AlarmLimit:
        return replace(
            self._original,
            tag_id=int(self.tag_combo.currentData() or 0),
            kind=AlarmKind(self.kind_combo.currentData()),
            setpoint=self.setpoint_spin.value(),
            deadband=self.deadband_spin.value(),
            on_delay_s=self.on_delay_spin.value(),
            off_delay_s=self.off_delay_spin.value(),
            priority=self.priority_spin.value(),
            enabled=self.enabled_check.isChecked(),
            message=self.message_edit.text().strip(),
            message_en=self.message_en_edit.text().strip(),
        )

    def problems(self) -> list[Problem]:
        limit = self.value()
        return limit_problems(limit) or limit_set_problems(limit, self._others)

    def describe(self, problem: Problem) -> str:
        """The alarm codes' own sentences."""
        return alarm_problem_text(problem.code, problem.detail)

    @Slot()
    def _on_kind(self) -> None:
        kind = AlarmKind(self.kind_combo.currentData())
        tag = self._tags.get(int(self.tag_combo.currentData() or 0))
        unit = tag.unit if tag else ""
        suffixes = {
            AlarmKind.RATE_OF_CHANGE: f" {unit}/min" if unit else " /min",
            AlarmKind.STALE: " s",
        }
        suffix = suffixes.get(kind, f" {unit}" if unit else "")
        self.setpoint_spin.setSuffix(suffix)
        self.deadband_spin.setSuffix(suffix if kind is not AlarmKind.STALE else "")
        self.set_row_visible("setpoint", kind is not AlarmKind.COMM_LOSS)
        self.set_row_visible("deadband", kind.is_level or kind is AlarmKind.RATE_OF_CHANGE)


def _number(
    value: float, decimals: int, low: float, high: float, suffix: str = ""
) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(decimals)
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin
