"""The Actions page: an inspector starts and finishes an action, a different engineer verifies
and closes it; the doer cannot verify their own work; a rejection needs a note; overdue rows
are red; new actions, edits and evidence go through the dialogs; the models keep Qt's rules."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from desktop_app.services.actions import (
    ActionEvent,
    ActionInfo,
    action_events,
    create_action,
    get_action,
)
from desktop_app.services.users import create_user
from desktop_app.ui.action_text import OVERDUE_BACKGROUND, action_problem_text, field_text
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.action_dialog import (
    ActionDialog,
    ActionDraft,
    EvidenceDialog,
    EvidenceDraft,
)
from desktop_app.ui.models.action_models import (
    ACTION_COLUMNS,
    ActionEventModel,
    ActionTableModel,
)
from desktop_app.ui.pages.actions import ActionsPage
from domain.actions import ActionState, EventKind, Priority
from domain.roles import SYSTEM, Actor, Role

PASSWORD = "a long enough password"
WAIT_MS = 10_000
S = ActionState


@pytest.fixture
def people(app_context: AppContext) -> dict[str, Actor]:
    with app_context.startup.database.transaction() as session:
        made = {
            name: create_user(session, SYSTEM, name, PASSWORD, role)
            for name, role in (
                ("li", Role.INSPECTOR),
                ("wang", Role.ENGINEER),
                ("zhao", Role.ENGINEER),
            )
        }
    return {name: Actor(name, info.role, info.id) for name, info in made.items()}


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(ActionsPage, "warn", lambda _self, _title, text: seen.append(text))
    return seen


@pytest.fixture
def page(qtbot: QtBot, app_context: AppContext, warnings) -> ActionsPage:
    widget = ActionsPage(app_context)
    qtbot.addWidget(widget)
    widget.resize(1190, 700)
    with qtbot.waitSignal(widget.loaded, timeout=WAIT_MS):
        widget.show()
    return widget


def add(context: AppContext, title: str, **kwargs) -> str:
    with context.startup.database.transaction() as session:
        return create_action(session, SYSTEM, title=title, **kwargs)


def reload(qtbot: QtBot, page: ActionsPage, select: str | None = None) -> None:
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.reload(select)


def stored(context: AppContext, action_id: str) -> ActionInfo:
    with context.startup.database.reading() as session:
        return get_action(session, action_id)


def step(qtbot: QtBot, page: ActionsPage, target: ActionState) -> None:
    button = page.step_button(target)
    assert button is not None and button.isEnabled(), button and button.toolTip()
    assert button.minimumHeight() >= 44
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        button.click()


def sign_in(context: AppContext, actor: Actor) -> None:
    context.session.sign_in(actor)


def test_inspector_does_the_work_another_engineer_verifies_and_closes(
    qtbot: QtBot, app_context: AppContext, page: ActionsPage, people, warnings
) -> None:
    action_id = add(
        app_context, "更换破损密封圈", department="二车间", person="陈", priority="high"
    )
    reload(qtbot, page, action_id)
    assert page.selected() is not None and page.selected().id == action_id
    assert page.step_button(S.IN_PROGRESS) is not None
    assert not page.step_button(S.IN_PROGRESS).isEnabled()  # a viewer may do nothing
    sign_in(app_context, people["li"])
    step(qtbot, page, S.IN_PROGRESS)
    assert page.selected().state is S.IN_PROGRESS
    assert not page.detail.edit_button.isEnabled()  # editing owner and due date is for managers
    step(qtbot, page, S.DONE)
    assert page.selected().done_by == "li"
    assert not page.step_button(S.VERIFIED).isEnabled()  # an inspector does not verify
    sign_in(app_context, people["wang"])
    step(qtbot, page, S.VERIFIED)
    step(qtbot, page, S.CLOSED)
    info = stored(app_context, action_id)
    assert (info.state, info.done_by, info.verified_by) == (S.CLOSED, "li", "wang")
    assert page.detail.step_buttons == []
    assert not page.detail.edit_button.isEnabled()
    assert not page.detail.evidence_button.isEnabled()
    qtbot.waitUntil(lambda: page.detail.events.rowCount() == 5, timeout=WAIT_MS)
    assert warnings == []


def test_the_doer_cannot_verify_and_a_rejection_needs_a_note(
    qtbot: QtBot, app_context: AppContext, page: ActionsPage, people, warnings, monkeypatch
) -> None:
    action_id = add(app_context, "清理排水沟")
    sign_in(app_context, people["wang"])
    reload(qtbot, page, action_id)
    step(qtbot, page, S.IN_PROGRESS)
    step(qtbot, page, S.DONE)
    verify = page.step_button(S.VERIFIED)
    assert verify is not None and not verify.isEnabled()
    assert verify.toolTip() == action_problem_text("verifier_is_doer")
    sign_in(app_context, people["zhao"])
    monkeypatch.setattr(ActionsPage, "ask_note", lambda _self, _rejection: ("  ", True))
    page.step_button(S.IN_PROGRESS).click()
    assert warnings == [action_problem_text("note_required")]
    assert stored(app_context, action_id).state is S.DONE
    monkeypatch.setattr(ActionsPage, "ask_note", lambda _self, _rejection: ("仍有渗漏", True))
    step(qtbot, page, S.IN_PROGRESS)
    assert stored(app_context, action_id).state is S.IN_PROGRESS
    qtbot.waitUntil(lambda: page.detail.events.rowCount() == 4, timeout=WAIT_MS)
    assert "仍有渗漏" in page.detail.events.index(3).data()


def test_overdue_rows_are_red_and_the_filters_count(
    qtbot: QtBot, app_context: AppContext, page: ActionsPage
) -> None:
    today = date.today()
    late = add(app_context, "late", due=today - timedelta(days=4))
    add(app_context, "later", due=today + timedelta(days=4))
    add(app_context, "undated")
    reload(qtbot, page)
    model = page.model
    row = model.row_of(late)
    assert row is not None
    red = QColor(OVERDUE_BACKGROUND)
    for column in range(model.columnCount()):
        assert model.index(row, column).data(Qt.ItemDataRole.BackgroundRole).color() == red
    overdue_column = ACTION_COLUMNS.index("overdue")
    assert model.index(row, overdue_column).data() == "4"
    other = model.row_of(next(a.id for a in model.rows() if a.title == "later"))
    assert model.index(other, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert page.filter_buttons["overdue"].text().endswith("(1)")
    assert page.filter_buttons["all"].text().endswith("(3)")
    page.set_filter("overdue")
    assert [a.id for a in model.rows()] == [late]
    page.set_filter("closed")
    assert model.rowCount() == 0
    page.set_filter("open")
    assert model.rowCount() == 3


def test_new_edit_and_evidence_through_the_dialogs(
    qtbot: QtBot, app_context: AppContext, page: ActionsPage, people, monkeypatch, tmp_path: Path
) -> None:
    sign_in(app_context, people["wang"])
    due = date.today() + timedelta(days=10)
    draft = ActionDraft("加装计量水表", "冷却水支路无计量", "动力车间", "王", due, Priority.LOW)
    monkeypatch.setattr(ActionsPage, "edit_dialog", lambda _self, _existing: draft)
    with qtbot.waitSignal(page.changed, timeout=WAIT_MS) as created:
        page.new_button.click()
    action_id = created.args[0]
    qtbot.waitUntil(lambda: page.selected() is not None, timeout=WAIT_MS)
    info = stored(app_context, action_id)
    assert (info.title, info.department, info.due, info.priority) == (
        "加装计量水表",
        "动力车间",
        due,
        Priority.LOW,
    )
    edited = ActionDraft("加装计量水表", "", "动力车间", "王", None, Priority.HIGH)
    monkeypatch.setattr(ActionsPage, "edit_dialog", lambda _self, _existing: edited)
    with qtbot.waitSignal(page.changed, timeout=WAIT_MS):
        page.detail.edit_button.click()
    info = stored(app_context, action_id)
    assert (info.due, info.priority, info.revision) == (None, Priority.HIGH, 2)
    photo = tmp_path / "fixed.png"
    Image.new("RGB", (2400, 1800), "#2e7d32").save(photo)
    evidence = EvidenceDraft(photo, "新水表已安装")
    monkeypatch.setattr(ActionsPage, "evidence_dialog", lambda _self, _action: evidence)
    with qtbot.waitSignal(page.history_loaded, timeout=WAIT_MS):
        page.detail.evidence_button.click()
    qtbot.waitUntil(lambda: page.detail.events.rowCount() == 3, timeout=WAIT_MS)
    with app_context.startup.database.reading() as session:
        photo_event = action_events(session, action_id)[-1]
    assert photo_event.kind is EventKind.EVIDENCE
    stored_file = app_context.startup.database.data_dir / "evidence" / photo_event.file_name
    assert stored_file.is_file()
    icon = page.detail.events.index(2).data(Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()


def test_the_dialogs_check_their_fields(qtbot: QtBot, app_context: AppContext) -> None:
    dialog = ActionDialog()
    qtbot.addWidget(dialog)
    assert dialog.problems()[0].code == "title_required"
    dialog.title_edit.setText("  标识危废桶 ")
    dialog.no_due_check.setChecked(True)
    assert dialog.problems() == []
    assert dialog.value().title == "标识危废桶" and dialog.value().due is None
    assert dialog.value().priority is Priority.MEDIUM
    evidence = EvidenceDialog("x")
    qtbot.addWidget(evidence)
    assert evidence.problems()[0].code == "evidence_empty"
    evidence.note_edit.setPlainText("done")
    assert evidence.problems() == []


def test_the_models_keep_qt_contracts(qtmodeltester) -> None:
    today = date(2026, 5, 10)
    rows = [
        ActionInfo(
            str(n),
            f"t{n}",
            "",
            "d",
            "p",
            today - timedelta(days=n),
            Priority.HIGH,
            state,
            "run-123456789",
            "item",
            "li",
            0,
            "li",
            0,
            None,
            None,
            1,
        )
        for n, state in enumerate(ActionState)
    ]
    model = ActionTableModel()
    model.set_rows(rows, today)
    qtmodeltester.check(model)
    events = ActionEventModel()
    events.set_events(
        [
            ActionEvent(EventKind.STATE, None, S.OPEN, "", None, "li", 0),
            ActionEvent(EventKind.NOTE, None, None, "edited: due, person", None, "wang", 1),
            ActionEvent(EventKind.EVIDENCE, None, None, "", "a/b.jpg", "li", 2),
        ],
        {},
    )
    qtmodeltester.check(events)
    assert field_text("person") in events.index(1).data()
