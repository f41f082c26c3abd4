"""Users are created only by administrators, and every creation is in the change log."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desktop_app.services.users import UserError, create_user, list_users
from domain.roles import SYSTEM, Actor, PermissionDenied, Role
from storage.models import ChangeLogEntry


def test_administrator_creates_an_engineer(database) -> None:
    with database.transaction() as session:
        create_user(session, SYSTEM, "admin", "s3cret-pass", Role.ADMINISTRATOR)
    with database.transaction() as session:
        admin = Actor("admin", Role.ADMINISTRATOR, 1)
        info = create_user(session, admin, "wang", "engineer-pw", Role.ENGINEER, "王工")
    assert info.role is Role.ENGINEER
    with database.reading() as session:
        assert [u.name for u in list_users(session)] == ["admin", "wang"]
        entry = session.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.entity_id == info.id)
        ).one()
    assert entry.actor_name == "admin" and entry.user_id == 1
    assert json.loads(entry.new_value)["role"] == "engineer"
    assert "engineer-pw" not in (entry.new_value or "")


def test_engineer_cannot_create_users_and_nothing_is_written(database) -> None:
    engineer = Actor("wang", Role.ENGINEER, 2)
    with pytest.raises(PermissionDenied), database.transaction() as session:
        create_user(session, engineer, "li", "password1", Role.ADMINISTRATOR)
    with database.reading() as session:
        assert list_users(session) == []


def test_duplicate_names_are_refused(database) -> None:
    with database.transaction() as session:
        create_user(session, SYSTEM, "admin", "s3cret-pass", Role.ADMINISTRATOR)
    with pytest.raises(UserError) as caught, database.transaction() as session:
        create_user(session, SYSTEM, " admin ", "s3cret-pass", Role.VIEWER)
    assert caught.value.code == "name_taken"
