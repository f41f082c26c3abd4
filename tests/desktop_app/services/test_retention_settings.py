"""Only an administrator changes retention; values are checked; every change is logged."""

from __future__ import annotations

import json
import math

import pytest
from sqlalchemy import select

from desktop_app.services.errors import ConfigurationError
from desktop_app.services.retention_settings import retention_policy, set_retention
from domain.roles import Actor, PermissionDenied, Role
from storage.models import ChangeLogEntry
from storage.retention import RetentionPolicy

ADMIN = Actor("zhang", Role.ADMINISTRATOR, None)
ENGINEER = Actor("wang", Role.ENGINEER, None)


def changes(database) -> list[ChangeLogEntry]:
    with database.reading() as session:
        return list(
            session.scalars(
                select(ChangeLogEntry).where(ChangeLogEntry.entity == "retention_policy")
            )
        )


def test_an_administrator_sets_the_policy_and_it_is_logged(database) -> None:
    with database.reading() as session:
        assert retention_policy(session) == RetentionPolicy()
    with database.transaction() as session:
        policy = set_retention(session, ADMIN, 365, 50, None, reason="disk is small")
    assert policy == RetentionPolicy(raw_days=365, max_database_gb=50.0, min_free_disk_gb=None)
    with database.reading() as session:
        assert retention_policy(session) == policy
    [entry] = changes(database)
    assert (entry.actor_name, entry.action, entry.entity_id) == ("zhang", "update", 0)
    assert json.loads(entry.old_value) == {
        "raw_days": 1096,
        "max_database_gb": None,
        "min_free_disk_gb": 5.0,
    }
    assert json.loads(entry.new_value) == {
        "raw_days": 365,
        "max_database_gb": 50.0,
        "min_free_disk_gb": None,
    }
    assert entry.reason == "disk is small"


def test_only_what_changed_is_logged_and_no_change_logs_nothing(database) -> None:
    with database.transaction() as session:
        set_retention(session, ADMIN, None, None, 5.0)
    with database.transaction() as session:
        set_retention(session, ADMIN, None, None, 5.0)
    [entry] = changes(database)
    assert json.loads(entry.old_value) == {"raw_days": 1096}
    assert json.loads(entry.new_value) == {"raw_days": None}


def test_an_engineer_is_refused(database) -> None:
    with pytest.raises(PermissionDenied), database.transaction() as session:
        set_retention(session, ENGINEER, 365, None, 5.0)
    with database.reading() as session:
        assert retention_policy(session) == RetentionPolicy()
    assert changes(database) == []


@pytest.mark.parametrize(
    ("values", "code", "field"),
    [
        ((89, None, 5.0), "raw_days_too_short", "raw_days"),
        ((40_000, None, 5.0), "raw_days_too_long", "raw_days"),
        ((365, 0.0, 5.0), "bad_size", "max_database_gb"),
        ((365, None, math.nan), "bad_size", "min_free_disk_gb"),
        ((365, -2.0, math.inf), "bad_size", "max_database_gb"),
    ],
)
def test_invalid_values_are_refused(database, values, code: str, field: str) -> None:
    with pytest.raises(ConfigurationError) as refused, database.transaction() as session:
        set_retention(session, ADMIN, *values)
    assert (refused.value.code, refused.value.field) == (code, field)
    with database.reading() as session:
        assert retention_policy(session) == RetentionPolicy()
    assert changes(database) == []
