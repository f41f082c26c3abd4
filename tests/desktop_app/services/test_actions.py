"""Corrective actions through the services: who may do which step, revisions, history, the
change log, evidence photos on disk and the list filters."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from desktop_app.services.actions import (
    action_events,
    add_evidence,
    create_action,
    evidence_path,
    get_action,
    list_actions,
    move_action,
    update_action,
)
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.startup import open_site
from desktop_app.services.users import create_user
from domain.actions import ActionState, EventKind, Priority
from domain.roles import SYSTEM, Actor, PermissionDenied, Role
from storage.models import ChangeLogEntry

PASSWORD = "a long enough password"


@pytest.fixture
def site(data_dir: Path, demo_port: int):
    startup = open_site(data_dir, demo_port=demo_port)
    with startup.database.transaction() as session:
        users = {
            name: create_user(session, SYSTEM, name, PASSWORD, role)
            for name, role in (
                ("li", Role.INSPECTOR),
                ("wang", Role.ENGINEER),
                ("zhao", Role.ENGINEER),
                ("guest", Role.VIEWER),
            )
        }
    actors = {n: Actor(n, u.role, u.id) for n, u in users.items()}
    yield startup.database, actors
    startup.database.close()


def _new(database, actor: Actor, **kwargs) -> str:
    with database.transaction() as session:
        return create_action(session, actor, **{"title": "Drain blocked", **kwargs})


def _move(database, actor: Actor, action_id: str, to: str, note: str = ""):
    with database.transaction() as session:
        return move_action(session, actor, action_id, to, note)


def test_an_inspector_raises_and_does_an_action_another_person_verifies(site) -> None:
    database, a = site
    action_id = _new(
        database,
        a["li"],
        department="  Workshop 2 ",
        person="Chen",
        due=date(2026, 5, 1),
        priority="high",
        source_run="run-1",
        source_item="drain",
    )
    with database.reading() as session:
        info = get_action(session, action_id)
    assert info.state is ActionState.OPEN and info.priority is Priority.HIGH
    assert info.department == "Workshop 2" and info.revision == 1
    assert (info.source_run, info.source_item) == ("run-1", "drain")
    assert _move(database, a["li"], action_id, "in_progress").revision == 2
    done = _move(database, a["li"], action_id, "done")
    assert done.done_by == "li" and done.revision == 3
    with pytest.raises(PermissionDenied):
        _move(database, a["li"], action_id, "verified")
    verified = _move(database, a["wang"], action_id, "verified", "seen on site")
    assert verified.verified_by == "wang" and verified.state is ActionState.VERIFIED
    closed = _move(database, a["wang"], action_id, "closed")
    assert closed.state is ActionState.CLOSED and closed.revision == 5
    with database.reading() as session:
        events = action_events(session, action_id)
    assert [(e.from_state, e.to_state) for e in events] == [
        (None, ActionState.OPEN),
        (ActionState.OPEN, ActionState.IN_PROGRESS),
        (ActionState.IN_PROGRESS, ActionState.DONE),
        (ActionState.DONE, ActionState.VERIFIED),
        (ActionState.VERIFIED, ActionState.CLOSED),
    ]
    assert [e.actor_name for e in events] == ["li", "li", "li", "wang", "wang"]
    assert events[3].note == "seen on site"


def test_the_engineer_who_did_the_work_cannot_verify_it(site) -> None:
    database, a = site
    action_id = _new(database, a["wang"])
    _move(database, a["wang"], action_id, "in_progress")
    _move(database, a["wang"], action_id, "done")
    with pytest.raises(ConfigurationError) as caught:
        _move(database, a["wang"], action_id, "verified")
    assert caught.value.code == "verifier_is_doer"
    assert _move(database, a["zhao"], action_id, "verified").verified_by == "zhao"


def test_rejection_needs_a_note_and_clears_the_doer(site) -> None:
    database, a = site
    action_id = _new(database, a["li"])
    _move(database, a["li"], action_id, "in_progress")
    _move(database, a["li"], action_id, "done")
    with pytest.raises(ConfigurationError) as caught:
        _move(database, a["wang"], action_id, "in_progress")
    assert caught.value.code == "note_required"
    rejected = _move(database, a["wang"], action_id, "in_progress", "still leaking")
    assert rejected.state is ActionState.IN_PROGRESS and rejected.done_by is None
    # the verifier may finish the work himself, but then someone else has to verify it
    _move(database, a["wang"], action_id, "done")
    with pytest.raises(ConfigurationError) as caught:
        _move(database, a["wang"], action_id, "verified")
    assert caught.value.code == "verifier_is_doer"


def test_steps_that_do_not_exist_and_unknown_states_are_refused(site) -> None:
    database, a = site
    action_id = _new(database, a["li"])
    for to, code in (
        ("done", "not_allowed"),
        ("closed", "not_allowed"),
        ("fixed", "unknown_state"),
    ):
        with pytest.raises(ConfigurationError) as caught:
            _move(database, a["wang"], action_id, to)
        assert caught.value.code == code
    with database.reading() as session:
        assert get_action(session, action_id).revision == 1


def test_roles(site) -> None:
    database, a = site
    with pytest.raises(PermissionDenied):
        _new(database, a["guest"])
    action_id = _new(database, a["li"])
    with pytest.raises(PermissionDenied):
        _move(database, a["guest"], action_id, "in_progress")
    with pytest.raises(PermissionDenied), database.transaction() as session:
        update_action(session, a["li"], action_id, person="Chen")
    with pytest.raises(PermissionDenied), database.transaction() as session:
        add_evidence(session, a["guest"], action_id, note="photo later")


def test_edits_bump_the_revision_list_the_fields_and_are_logged(site) -> None:
    database, a = site
    action_id = _new(database, a["li"], due=date(2026, 5, 1))
    with database.transaction() as session:
        same = update_action(session, a["wang"], action_id, title="Drain blocked")
        assert same.revision == 1  # nothing changed: no revision, no event
        info = update_action(
            session, a["wang"], action_id, person="Chen", due=date(2026, 6, 1), priority="low"
        )
    assert info.revision == 2 and info.due == date(2026, 6, 1) and info.priority is Priority.LOW
    with database.transaction() as session:
        cleared = update_action(session, a["wang"], action_id, clear_due=True)
    assert cleared.due is None and cleared.revision == 3
    with database.reading() as session:
        notes = [e.note for e in action_events(session, action_id) if e.kind is EventKind.NOTE]
        log = session.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.entity == "corrective_action")
        ).all()
    assert notes == ["edited: person, due, priority", "edited: due"]
    assert [e.action for e in log] == ["create", "update", "update"]
    assert json.loads(log[1].old_value) == {
        "id": action_id,
        "person": "",
        "due": "2026-05-01",
        "priority": "medium",
    }
    assert json.loads(log[1].new_value)["person"] == "Chen"


def test_moves_are_logged_with_the_note_as_reason(site) -> None:
    database, a = site
    action_id = _new(database, a["li"])
    _move(database, a["li"], action_id, "in_progress", "on my way")
    with database.reading() as session:
        entry = session.scalars(select(ChangeLogEntry).where(ChangeLogEntry.action == "move")).one()
    assert entry.reason == "on my way" and entry.actor_name == "li"
    assert json.loads(entry.new_value)["state"] == "in_progress"


def test_bad_values_are_refused(site) -> None:
    database, a = site
    for kwargs, code in (
        ({"title": "  "}, "title_required"),
        ({"priority": "urgent"}, "unknown_priority"),
        ({"person": "x" * 101}, "text_too_long"),
    ):
        with pytest.raises(ConfigurationError) as caught, database.transaction() as session:
            create_action(session, a["li"], **{"title": "t", **kwargs})
        assert caught.value.code == code
    with pytest.raises(ConfigurationError) as caught, database.transaction() as session:
        update_action(session, a["wang"], "no-such-id", title="x")
    assert caught.value.code == "not_found"
    with database.reading() as session:
        assert list_actions(session) == []


def test_evidence_photo_is_shrunk_and_written_and_a_note_alone_is_kept(site, data_dir) -> None:
    database, a = site
    action_id = _new(database, a["li"])
    picture = io.BytesIO()
    Image.new("RGB", (4000, 3000), "#336699").save(picture, "PNG")
    with database.transaction() as session:
        photo = add_evidence(
            session,
            a["li"],
            action_id,
            note="new gasket",
            image=picture.getvalue(),
            data_dir=data_dir,
        )
        note = add_evidence(session, a["li"], action_id, note="ordered spare parts")
    assert photo.kind is EventKind.EVIDENCE and photo.file_name is not None
    path = evidence_path(data_dir, photo.file_name)
    assert path.parent == data_dir / "evidence" / action_id
    with Image.open(path) as stored:
        assert stored.format == "JPEG" and stored.size == (1600, 1200)
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]  # no temp file left
    assert note.kind is EventKind.NOTE and note.file_name is None
    with database.reading() as session:
        events = action_events(session, action_id)
        assert get_action(session, action_id).revision == 1  # history only
    assert [e.kind for e in events] == [EventKind.STATE, EventKind.EVIDENCE, EventKind.NOTE]


def test_evidence_must_be_a_picture_or_a_note(site, data_dir) -> None:
    database, a = site
    action_id = _new(database, a["li"])
    for kwargs, code in (
        ({}, "evidence_empty"),
        ({"image": b"not a picture", "data_dir": data_dir}, "bad_image"),
    ):
        with pytest.raises(ConfigurationError) as caught, database.transaction() as session:
            add_evidence(session, a["li"], action_id, **kwargs)
        assert caught.value.code == code
    assert not list((data_dir / "evidence").rglob("*"))  # nothing half-written


def test_closed_actions_cannot_be_edited_or_given_evidence(site) -> None:
    database, a = site
    action_id = _new(database, a["li"])
    for actor, to in (
        ("li", "in_progress"),
        ("li", "done"),
        ("wang", "verified"),
        ("wang", "closed"),
    ):
        _move(database, a[actor], action_id, to)
    with pytest.raises(ConfigurationError) as caught, database.transaction() as session:
        update_action(session, a["wang"], action_id, title="again")
    assert caught.value.code == "action_closed"
    with pytest.raises(ConfigurationError) as caught, database.transaction() as session:
        add_evidence(session, a["li"], action_id, note="more")
    assert caught.value.code == "action_closed"


def test_listing_by_state_and_overdue(site) -> None:
    database, a = site
    today = date(2026, 5, 10)
    late = _new(database, a["li"], title="late", due=date(2026, 5, 1))
    due_today = _new(database, a["li"], title="today", due=today)
    undated = _new(database, a["li"], title="undated")
    checked = _new(database, a["li"], title="checked", due=date(2026, 4, 1))
    for actor, to in (("li", "in_progress"), ("li", "done"), ("wang", "verified")):
        _move(database, a[actor], checked, to)
    with database.reading() as session:
        everything = [i.id for i in list_actions(session)]
        overdue = [i.id for i in list_actions(session, overdue_only=True, today=today)]
        verified = [i.id for i in list_actions(session, state="verified")]
        open_late = list_actions(session, state="open", overdue_only=True, today=today)
    assert everything == [checked, late, due_today, undated]  # by due date, none last
    assert overdue == [late]
    assert verified == [checked]
    assert [i.id for i in open_late] == [late]
    with pytest.raises(ConfigurationError), database.reading() as session:
        list_actions(session, state="waiting")
