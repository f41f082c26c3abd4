"""The Tasks page: an engineer finds the over-limit explanation in My tasks, fills it and
completes it; a production engineer approves it through the e-signature dialog; a wrong
password changes nothing; overdue and escalated tasks are coloured; the definition editor
refuses an invalid definition with the parser's pointer and stores edits as new versions;
definitions export and import back; an attachment in the history opens only while it is the
file that was attached."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop_app.services import workflows
from desktop_app.services.users import create_user
from desktop_app.services.workflow_attachments import add_attachment, attachment_path
from desktop_app.services.workflow_definitions import list_definitions, load_definition
from desktop_app.services.workflow_tasks import TaskInfo, instance_info, open_tasks
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.signature_dialog import SignatureDialog
from desktop_app.ui.dialogs.start_workflow_dialog import StartWorkflowDialog
from desktop_app.ui.models.task_models import TASK_COLUMNS
from desktop_app.ui.pages.tasks import TasksPage
from desktop_app.ui.task_text import (
    ESCALATED_BACKGROUND,
    OVERDUE_BACKGROUND,
    definition_problem_text,
    role_text,
    task_problem_text,
    translate,
)
from desktop_app.ui.workflow_editor import DefinitionTextDialog, pointer_position
from domain.readings import now_ms
from domain.roles import SYSTEM, Actor, Role
from storage.models import WorkflowTaskRecord

PASSWORD = "a long enough password"
WAIT_MS = 10_000
HOUR_MS = 3_600_000
OVER_LIMIT = {
    "source": "kpi_breach", "kpi_or_tag": "energy_per_unit 2026-10", "limit_value": 118.0,
    "actual_value": 131.5, "excess_kgce": 8200.0,
}  # fmt: skip
EXPLAIN = {
    "cause": "空压机房2号机组空载运行", "measure": "加装变频", "measure_due": "2026-12-20",
    "owner": "sun",
}  # fmt: skip


@pytest.fixture
def people(app_context: AppContext) -> dict[str, Actor]:
    staff = (
        ("wang", Role.ENGINEER, "能源管理部"),
        ("zhao", Role.ENGINEER, "生产部"),
        ("sun", Role.ENGINEER, "环保部"),
        ("boss", Role.ADMINISTRATOR, "厂部"),
    )
    with app_context.startup.database.transaction() as session:
        made = {
            name: create_user(session, SYSTEM, name, PASSWORD, role, department=department)
            for name, role, department in staff
        }
    return {name: Actor(name, info.role, info.id) for name, info in made.items()}


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(TasksPage, "warn", lambda _self, _title, text: seen.append(text))
    return seen


@pytest.fixture
def page(qtbot: QtBot, app_context: AppContext, people, warnings) -> TasksPage:
    widget = TasksPage(app_context)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    app_context.session.sign_in(people["wang"])
    with qtbot.waitSignal(widget.loaded, timeout=WAIT_MS):
        widget.show()
    return widget


def start(context: AppContext, excess: float = 8200.0) -> str:
    with context.startup.database.transaction() as session:
        return workflows.start_workflow(
            session, SYSTEM, "energy_over_limit", {**OVER_LIMIT, "excess_kgce": excess},
            title="单位产品综合能耗超限",
        )  # fmt: skip


def open_task(context: AppContext, instance_id: str) -> TaskInfo:
    with context.startup.database.reading() as session:
        return next(t for t in open_tasks(session, SYSTEM) if t.instance_id == instance_id)


def reload(qtbot: QtBot, page: TasksPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.reload()


def choose(qtbot: QtBot, page: TasksPage, task_id: str) -> None:
    with qtbot.waitSignal(page.detail_loaded, timeout=WAIT_MS):
        assert page.select(task_id)


def sign_in(qtbot: QtBot, page: TasksPage, actor: Actor) -> None:
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.context.session.sign_in(actor)


def sign_when_asked(password: str, reason: str = "") -> list[tuple[str, str]]:
    """Fill the signature dialog once it is open (it runs modally) and press its OK; returns
    the (signer, statement) it showed."""
    seen: list[tuple[str, str]] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SignatureDialog)
        seen.append((dialog.signer_label.text(), dialog.meaning_label.text()))
        dialog.password_edit.setText(password)
        dialog.reason_edit.setPlainText(reason)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)
    return seen


def test_the_engineer_fills_and_completes_the_explanation_in_my_tasks(
    qtbot: QtBot, page: TasksPage, app_context: AppContext
) -> None:
    run = start(app_context)
    reload(qtbot, page)
    assert [t.step_code for t in page.model.rows()] == ["explain"]
    task = page.model.rows()[0]
    assert (
        page.model.index(0, TASK_COLUMNS.index("assigned")).data()
        == f"{role_text('engineer')} · 能源管理部"
    )
    choose(qtbot, page, task.id)
    assert page.detail.complete_button.isEnabled()
    assert not page.detail.approve_button.isVisible()
    for code, value in EXPLAIN.items():
        page.detail.fields.set_value(code, value)
    with qtbot.waitSignal(page.changed, timeout=WAIT_MS):
        page.detail.complete_button.click()
    assert open_task(app_context, run).step_code == "department_approval"
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT_MS)


def test_a_missing_field_is_refused_in_words_naming_the_field(
    qtbot: QtBot, page: TasksPage, app_context: AppContext, warnings: list[str]
) -> None:
    run = start(app_context)
    reload(qtbot, page)
    choose(qtbot, page, open_task(app_context, run).id)
    page.detail.fields.set_value("cause", "空载")
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.detail.complete_button.click()
    assert warnings == [task_problem_text("missing_field", "整改措施")]
    assert open_task(app_context, run).step_code == "explain"


@pytest.fixture
def opened(monkeypatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def attach_and_choose(qtbot: QtBot, page: TasksPage, context: AppContext, wang: Actor) -> str:
    """A scan attached to the explanation through the service, its history entry selected;
    returns the stored file name."""
    task = open_task(context, start(context))
    with context.startup.database.transaction() as session:
        stored = add_attachment(
            session, wang, task.id, b"%PDF-1.4 manifest", "manifest.pdf",
            context.startup.database.data_dir,
        )  # fmt: skip
    reload(qtbot, page)
    choose(qtbot, page, task.id)
    history = page.detail.history
    rows = [r for r in range(history.count()) if page.detail.attachment_of(history.item(r))]
    assert len(rows) == 1
    history.setCurrentRow(0 if rows[0] else 1)
    assert not page.detail.open_button.isEnabled(), "only an attachment entry can be opened"
    history.setCurrentRow(rows[0])
    assert page.detail.open_button.isEnabled()
    return stored


def test_an_attachment_in_the_history_opens_the_stored_file(
    qtbot: QtBot, page: TasksPage, app_context: AppContext, people, opened: list[QUrl]
) -> None:
    stored = attach_and_choose(qtbot, page, app_context, people["wang"])
    page.detail.open_button.click()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=WAIT_MS)
    path = attachment_path(app_context.startup.database.data_dir, stored)
    assert opened[0].toLocalFile() == str(path)
    assert path.read_bytes() == b"%PDF-1.4 manifest"
    history = page.detail.history
    spot = history.visualItemRect(history.currentItem()).center()
    qtbot.mouseClick(history.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseDClick(history.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=WAIT_MS)
    assert opened[1] == opened[0], "a double-click on the entry opens it too"


def test_a_tampered_attachment_is_refused_with_a_warning(
    qtbot: QtBot,
    page: TasksPage,
    app_context: AppContext,
    people,
    opened: list[QUrl],
    warnings: list[str],
) -> None:
    app_context.language.switch("en")
    stored = attach_and_choose(qtbot, page, app_context, people["wang"])
    path = attachment_path(app_context.startup.database.data_dir, stored)
    path.write_bytes(b"%PDF-1.4 another manifest")
    page.detail.open_button.click()
    qtbot.waitUntil(lambda: len(warnings) == 1, timeout=WAIT_MS)
    assert "was changed after it was attached" in warnings[0]
    path.unlink()
    page.detail.open_button.click()
    qtbot.waitUntil(lambda: len(warnings) == 2, timeout=WAIT_MS)
    assert "is missing" in warnings[1]
    assert opened == [], "a changed or missing file is never opened"


def complete_explanation(context: AppContext, actor: Actor, run: str) -> None:
    with context.startup.database.transaction() as session:
        workflows.complete_step(session, actor, open_task(context, run).id, EXPLAIN)


def test_another_engineer_approves_with_the_signature_dialog(
    qtbot: QtBot, page: TasksPage, app_context: AppContext, people: dict[str, Actor]
) -> None:
    run = start(app_context)
    complete_explanation(app_context, people["wang"], run)
    sign_in(qtbot, page, people["zhao"])
    task = page.model.rows()[0]
    assert task.step_code == "department_approval"
    choose(qtbot, page, task.id)
    assert page.detail.approve_button.isEnabled() and page.detail.reject_button.isEnabled()
    dialogs = sign_when_asked(PASSWORD)
    with qtbot.waitSignal(page.changed, timeout=WAIT_MS):
        page.detail.approve_button.click()
    signer, statement = dialogs[0]
    assert signer == "zhao"
    assert "批准超标原因分析及整改措施" in statement, "the meaning in the UI language"
    assert open_task(app_context, run).step_code == "director_approval"
    with app_context.startup.database.reading() as session:
        signed = [e for e in instance_info(session, run).events if e.meaning is not None]
    assert [(e.kind, e.actor_name) for e in signed] == [("approved", "zhao")]


def test_a_wrong_password_shows_why_and_changes_nothing(
    qtbot: QtBot,
    page: TasksPage,
    app_context: AppContext,
    people: dict[str, Actor],
    warnings: list[str],
) -> None:
    run = start(app_context)
    complete_explanation(app_context, people["wang"], run)
    sign_in(qtbot, page, people["zhao"])
    choose(qtbot, page, page.model.rows()[0].id)
    sign_when_asked("not the password", reason="原因分析不充分")
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.detail.reject_button.click()
    assert warnings == [task_problem_text("signature_failed")]
    assert open_task(app_context, run).step_code == "department_approval"


def test_the_doer_sees_why_they_may_not_approve(
    qtbot: QtBot, page: TasksPage, app_context: AppContext, people: dict[str, Actor]
) -> None:
    run = start(app_context)
    complete_explanation(app_context, people["wang"], run)
    page.show_everything(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    choose(qtbot, page, page.model.rows()[0].id)
    assert not page.detail.approve_button.isEnabled()
    assert page.detail.approve_button.toolTip() == task_problem_text("approver_is_doer")
    assert page.detail.blocked_label.text() == task_problem_text("approver_is_doer")


def test_overdue_rows_are_red_and_escalated_ones_amber_with_a_marker(
    qtbot: QtBot, page: TasksPage, app_context: AppContext, people: dict[str, Actor]
) -> None:
    late, escalated, fresh = start(app_context), start(app_context), start(app_context)
    with app_context.startup.database.transaction() as session:
        for run in (late, escalated):
            row = session.get(WorkflowTaskRecord, open_task(app_context, run).id)
            assert row is not None
            row.due_ms = now_ms() - 2 * HOUR_MS
        session.get(WorkflowTaskRecord, open_task(app_context, late).id).escalate_to = ""
        assert len(workflows.escalate_overdue(session)) == 1
    sign_in(qtbot, page, people["boss"])
    assert [t.instance_id for t in page.model.rows()] == [escalated], "escalated to the boss"
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.show_everything(True)
    rows = {t.instance_id: i for i, t in enumerate(page.model.rows())}
    assert set(rows) == {late, escalated, fresh}

    def background(run: str) -> QColor | None:
        brush = page.model.index(rows[run], 0).data(Qt.ItemDataRole.BackgroundRole)
        return brush.color() if brush is not None else None

    state = TASK_COLUMNS.index("state")
    assert background(late) == QColor(OVERDUE_BACKGROUND)
    assert background(escalated) == QColor(ESCALATED_BACKGROUND)
    assert background(fresh) is None
    marker = translate("TaskModels", "▲ escalated to %1").replace("%1", role_text("administrator"))
    assert marker in page.model.index(rows[escalated], state).data()
    assert translate("TaskModels", "Overdue") in page.model.index(rows[late], state).data()


def test_the_start_dialog_offers_typed_editors_for_the_start_fields(
    qtbot: QtBot, app_context: AppContext
) -> None:
    with app_context.startup.database.reading() as session:
        definition = load_definition(session, "energy_over_limit")
    dialog = StartWorkflowDialog([definition], ["wang", "zhao"], True)
    qtbot.addWidget(dialog)
    assert set(dialog.fields.editors) == set(definition.start_fields)
    for code, value in OVER_LIMIT.items():
        dialog.fields.set_value(code, value)
    dialog.title_edit.setText("十月能耗超限")
    code, title, values = dialog.value() or ("", "", {})
    assert (code, title) == ("energy_over_limit", "十月能耗超限")
    assert values == OVER_LIMIT
    assert all(e.minimumHeight() >= 44 for e in dialog.fields.editors.values())


def definition_text(context: AppContext) -> str:
    from desktop_app.services.workflow_definitions import export_definition

    with context.startup.database.reading() as session:
        return export_definition(session, "energy_over_limit")


def test_the_editor_refuses_an_invalid_definition_at_the_pointer(
    qtbot: QtBot, app_context: AppContext
) -> None:
    text = definition_text(app_context).replace('"role": "engineer"', '"role": "boss"', 1)
    dialog = DefinitionTextDialog(text)
    qtbot.addWidget(dialog)
    assert dialog.problem_label.text() == definition_problem_text("bad_role", "/steps/0/role")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    dialog.go_to_problem()
    assert dialog.editor.textCursor().block().text().strip() == '"role": "boss",'
    dialog.editor.setPlainText(text.replace('"boss"', '"engineer"'))
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_the_pointer_of_a_missing_member_falls_back_to_its_object() -> None:
    text = '{"a": [1, {"b": true}],\n "c": "x"}'
    assert text[pointer_position(text, "/a/1/b") :].startswith('"b"')
    assert text[pointer_position(text, "/a/1/zzz") :].startswith('{"b"')
    assert text[pointer_position(text, "/c") :].startswith('"c"')


def editor_page(qtbot: QtBot, page: TasksPage) -> None:
    with qtbot.waitSignal(page.editor.loaded, timeout=WAIT_MS):
        page.tabs.setCurrentWidget(page.editor)
    page.editor.table.selectRow(page.editor.model.row_of("energy_over_limit") or 0)


def test_an_edit_is_stored_as_the_next_version(
    qtbot: QtBot, page: TasksPage, app_context: AppContext, monkeypatch
) -> None:
    editor_page(qtbot, page)
    edited: list[str] = []

    def edit(_self, text: str) -> str:
        edited.append(text)
        return text.replace('"time_limit_hours": 24', '"time_limit_hours": 12')

    monkeypatch.setattr(type(page.editor), "edit_text", edit)
    with qtbot.waitSignal(page.editor.changed, timeout=WAIT_MS):
        page.editor.edit_button.click()
    assert json.loads(edited[0])["version"] == 2, "the version is raised before editing"
    with app_context.startup.database.reading() as session:
        stored = load_definition(session, "energy_over_limit")
    assert (stored.version, stored.steps[0].time_limit_hours) == (2, 12.0)


def test_export_and_import_round_trip(
    qtbot: QtBot, page: TasksPage, app_context: AppContext, tmp_path: Path, monkeypatch
) -> None:
    editor_page(qtbot, page)
    target = tmp_path / "energy.json"
    editor = type(page.editor)
    monkeypatch.setattr(editor, "choose_export", lambda _self, _code: target)
    with qtbot.waitSignal(page.editor.changed, timeout=WAIT_MS):
        page.editor.export_button.click()
    assert target.read_text(encoding="utf-8") == definition_text(app_context)
    document = json.loads(target.read_text(encoding="utf-8"))
    document["version"] = 7
    target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(editor, "choose_import", lambda _self: target)
    with qtbot.waitSignal(page.editor.loaded, timeout=WAIT_MS):
        page.editor.import_button.click()
    with app_context.startup.database.reading() as session:
        versions = {s.code: s.version for s in list_definitions(session)}
    assert versions["energy_over_limit"] == 7
    assert page.editor.selected() is not None and page.editor.selected().version == 7
