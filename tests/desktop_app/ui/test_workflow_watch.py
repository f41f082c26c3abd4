"""The window's workflow watch escalates overdue tasks off the GUI thread and says so."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.services.workflows import start_workflow
from desktop_app.ui.context import AppContext
from desktop_app.ui.workflow_watch import WorkflowWatch
from domain.roles import SYSTEM
from storage.models import WorkflowTaskRecord


def test_the_watch_escalates_an_overdue_task(qtbot: QtBot, app_context: AppContext) -> None:
    database = app_context.startup.database
    with database.transaction() as session:
        start_workflow(session, SYSTEM, "energy_over_limit", {
            "source": "manual", "kpi_or_tag": "energy_per_unit", "limit_value": 118.0,
            "actual_value": 125.0, "excess_kgce": 300.0,
        })  # fmt: skip
        task = session.scalars(select(WorkflowTaskRecord)).one()
        task.due_ms = 1_000  # long past
    watch = WorkflowWatch(database)
    with qtbot.waitSignal(watch.changed, timeout=5000):
        watch.run_now()
    watch.stop()
    with database.reading() as session:
        task = session.scalars(select(WorkflowTaskRecord)).one()
        assert task.escalated_ms is not None
