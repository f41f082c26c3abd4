"""Record a meter swap on a counter: when, the old meter's last reading, the new one's first.

The newest stored reading before the chosen time is shown beside the form: the old meter's
final reading must not be below it, which catches most typing slips before they reach the
totals. Earlier swaps of the same counter are listed for context.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Slot
from PySide6.QtWidgets import QDateTimeEdit, QDoubleSpinBox, QLabel, QLineEdit, QWidget

from desktop_app.services.configuration import TagInfo
from desktop_app.services.database import Database
from desktop_app.services.meter_replacements import ReplacementInfo, replacements_of
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.run_query import run_query
from domain.formatting import format_value
from domain.instrument_rules import Problem
from storage.readings import valid_points_before

MeterFacts = tuple[tuple[int, float] | None, list[ReplacementInfo]]


class MeterReplacementDialog(FormDialog):
    def __init__(
        self, database: Database, tag: TagInfo, tag_label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tag, self._database = tag, database
        self._last_before: tuple[int, float] | None = None
        self.setWindowTitle(self.tr("Record a meter replacement — %1").replace("%1", tag_label))
        self.time_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.time_edit.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
        self.time_edit.setCalendarPopup(True)
        self.last_label = QLabel()
        self.old_spin = self._reading_spin()
        self.new_spin = self._reading_spin()
        self.reason_edit = QLineEdit()
        self.earlier_label = QLabel()
        self.earlier_label.setWordWrap(True)
        self.add_row("ts", self.tr("Swapped at (local)"), self.time_edit)
        self.form.addRow(self.tr("Last stored reading before"), self.last_label)
        self.add_row("old_final", self.tr("Old meter, final reading"), self.old_spin)
        self.add_row("new_start", self.tr("New meter, first reading"), self.new_spin)
        self.add_row("reason", self.tr("Reason (required)"), self.reason_edit)
        self.form.addRow(self.tr("Earlier replacements"), self.earlier_label)
        self.time_edit.dateTimeChanged.connect(self._fetch)
        self._fetch()

    def value(self) -> tuple[int, float, float, str]:
        """(swap time in UTC ms, old final, new start, reason)."""
        return (
            self.time_edit.dateTime().toMSecsSinceEpoch(),
            self.old_spin.value(),
            self.new_spin.value(),
            self.reason_edit.text().strip(),
        )

    def problems(self) -> list[Problem]:
        _ts, old_final, _new, reason = self.value()
        problems = []
        if self._last_before is not None and old_final < self._last_before[1]:
            problems.append(Problem("old_final", "below_last_reading"))
        if not reason:
            problems.append(Problem("reason", "reason_required"))
        return problems

    def describe(self, problem: Problem) -> str:
        if problem.code == "below_last_reading":
            return self.tr("The old meter had already counted more than this.")
        return super().describe(problem)

    def _reading_spin(self) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(0, 1e15)
        spin.setDecimals(3)
        spin.setSuffix(f" {self.tag.unit}" if self.tag.unit else "")
        return spin

    @Slot()
    def _fetch(self) -> None:
        database, tag_id = self._database, self.tag.id
        at_ms = self.time_edit.dateTime().toMSecsSinceEpoch()

        def fetch() -> MeterFacts:
            with database.reading() as session:
                ts, values = valid_points_before(session.connection(), tag_id, at_ms + 1, 1)
                last = (int(ts[-1]), float(values[-1])) if len(ts) else None
                return last, replacements_of(session, tag_id)

        run_query(self, fetch, self._show)

    def _show(self, facts: MeterFacts) -> None:
        last, earlier = facts
        first_fetch = self._last_before is None and self.old_spin.value() == 0
        self._last_before = last
        if last is None:
            self.last_label.setText(self.tr("none"))
        else:
            when = datetime.fromtimestamp(last[0] / 1000).strftime("%Y-%m-%d %H:%M:%S")
            self.last_label.setText(f"{format_value(last[1], self.tag.unit)}   {when}")
            if first_fetch:
                self.old_spin.setValue(last[1])
        unit = self.tag.unit
        lines = [
            f"{datetime.fromtimestamp(r.ts_ms / 1000):%Y-%m-%d %H:%M}   "
            f"{format_value(r.old_final, unit)} → {format_value(r.new_start, unit)}"
            f"   {r.user_name}: {r.reason}"
            for r in earlier
        ]
        self.earlier_label.setText("\n".join(lines) if lines else self.tr("none"))
