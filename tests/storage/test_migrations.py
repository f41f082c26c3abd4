"""The schema comes from migrations, matches the models, and keeps its promises."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from storage.engine import make_engine
from storage.migrate import current_revision, head_revision, upgrade_to_head
from storage.models import Base


@pytest.fixture
def engine(tmp_path: Path):
    engine = make_engine(tmp_path / "db.sqlite3")
    upgrade_to_head(engine)
    yield engine
    engine.dispose()


def test_upgrade_reaches_head_and_is_repeatable(engine) -> None:
    assert current_revision(engine) == head_revision()
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()


def test_migrations_match_the_models(engine) -> None:
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_readings_is_without_rowid_keyed_by_tag_and_time(engine) -> None:
    with engine.connect() as connection:
        sql = connection.scalar(
            text("SELECT sql FROM sqlite_master WHERE type='table' AND name='readings'")
        )
    assert "WITHOUT ROWID" in sql.upper()
    pk = inspect(engine).get_pk_constraint("readings")
    assert pk["constrained_columns"] == ["tag_id", "ts"]


def test_connections_get_the_pragmas(engine) -> None:
    with engine.connect() as connection:
        assert connection.scalar(text("PRAGMA journal_mode")) == "wal"
        assert connection.scalar(text("PRAGMA foreign_keys")) == 1
        assert connection.scalar(text("PRAGMA synchronous")) == 2
        assert connection.scalar(text("PRAGMA busy_timeout")) >= 5000


def test_change_log_refuses_update_and_delete(engine) -> None:
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO change_log (ts, actor_name, action, entity, reason) "
                "VALUES (1, 'x', 'create', 'site', '')"
            )
        )
    for statement in ("UPDATE change_log SET actor_name='y'", "DELETE FROM change_log"):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
            connection.execute(text(statement))
    with engine.connect() as connection:
        assert connection.scalar(text("SELECT actor_name FROM change_log")) == "x"
