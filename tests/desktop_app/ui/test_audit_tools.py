"""From the Audits page an engineer saves the PDF report of a finished inspection."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.services.checklist_runs import (
    add_photo,
    finish_run,
    record_answer,
    set_signature,
    start_run,
)
from desktop_app.services.checklist_templates import import_template
from desktop_app.services.users import create_user
from desktop_app.ui.context import AppContext
from desktop_app.ui.inspection.audits_page import AuditsPage
from domain.roles import SYSTEM, Actor, Role
from tests.desktop_app.services.checklist_samples import DAILY, jpeg, png


def finished_run(context: AppContext) -> str:
    database = context.startup.database
    with database.transaction() as session:
        info = create_user(session, SYSTEM, "li", "a long enough password", Role.INSPECTOR)
    inspector = Actor("li", Role.INSPECTOR, info.id)
    with database.transaction() as session:
        import_template(session, SYSTEM, DAILY, "test")
        run_id = start_run(session, inspector, "test_daily", "上午巡检")
    answers = {"ph": 9.6, "drain_clear": "yes", "drums": "ok"}
    for item, value in answers.items():
        with database.transaction() as session:
            record_answer(session, inspector, run_id, item, value)
    with database.transaction() as session:
        add_photo(session, inspector, run_id, "outfall_photo", jpeg(800, 600))
        set_signature(session, inspector, run_id, "signed", png())
    with database.transaction() as session:
        finish_run(session, inspector, run_id)
    return run_id


def test_the_report_of_a_finished_inspection_is_saved_as_pdf(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, monkeypatch
) -> None:
    run_id = finished_run(app_context)
    page = AuditsPage(app_context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: len(page.lists.completed) == 1, timeout=10_000)
    assert not page.tools.report_button.isEnabled()
    page.completed_list.setCurrentRow(0)
    assert page.tools.report_button.isEnabled()
    out = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    page.tools.report_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert out.read_bytes().startswith(b"%PDF")
    assert run_id
