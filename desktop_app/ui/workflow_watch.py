"""The GUI's side of the periodic work: every few minutes, on the query pool, escalate overdue
tasks, start the approvals that alarms and KPI breaches call for, and write the scheduled
reports that are due (a period missed while the PC was off is written at the next start).

The watch writes (a short transaction), so it never runs on the GUI thread; when it changed
something, `changed` tells the Tasks page to reload.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop_app.services.database import Database
from desktop_app.services.report_schedule import run_due_reports
from desktop_app.services.workflow_triggers import WatchSummary, watch
from desktop_app.ui.run_query import run_query

FIRST_RUN_MS = 20_000
"""After start-up settles (acquisition connected, first paint done)."""
INTERVAL_MS = 5 * 60_000


class WorkflowWatch(QObject):
    changed = Signal()

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.run_now)
        self._timer.start()
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(FIRST_RUN_MS)
        self._first.timeout.connect(self.run_now)
        self._first.start()

    @Slot()
    def run_now(self) -> None:
        if self._busy:
            return
        self._busy = True
        database = self._database

        def job() -> WatchSummary:
            with database.transaction() as session:
                summary = watch(session)
            run_due_reports(database)
            return summary

        run_query(self, job, self._done, self._failed)

    def stop(self) -> None:
        self._timer.stop()
        self._first.stop()

    def _done(self, summary: WatchSummary) -> None:
        self._busy = False
        if summary.escalated or summary.started:
            self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        """A failed watch (a locked or full database) is tried again at the next interval."""
        self._busy = False
