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


def test_upgrading_an_old_database_keeps_its_readings(tmp_path: Path) -> None:
    from alembic import command

    from storage.migrate import alembic_config

    engine = make_engine(tmp_path / "old.sqlite3")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO sites (id, code, name, name_en, timezone, is_demo, created_ms) "
                "VALUES (1, 'S', 's', '', 'Asia/Shanghai', 0, 0)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO buses (id, site_id, name, name_en, kind, host, port, serial_port, "
                "baudrate, parity, stopbits, bytesize, timeout_s, inter_request_delay_s, enabled) "
                "VALUES (1, 1, 'b', '', 'modbus_tcp', 'h', 502, '', 9600, 'N', 1, 8, 1, 0, 1)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO devices (id, bus_id, name, label, label_en, model, unit_id, "
                "poll_interval_s, enabled) VALUES (1, 1, 'd', '', '', '', 1, 1, 1)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO tags (id, device_id, name, label, label_en, unit, register_type, "
                "address, data_type, word_order, scale, offset, is_counter, enabled) "
                "VALUES (1, 1, 't', '', '', 'kW', 'input_register', 0, 'float32', 'ABCD', "
                "1, 0, 0, 1)"
            )
        )
        connection.execute(text("INSERT INTO readings VALUES (1, 1000, 2.5, 0)"))
    upgrade_to_head(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT * FROM readings")).all() == [(1, 1000, 2.5, 0)]
        assert connection.scalar(text("SELECT max_silence_s FROM tags")) == 60
    engine.dispose()
