"""Head office's database: its own schema and Alembic history, SQLite by default (WAL) or a
PostgreSQL URL, migrated to head on open; the models and the migration agree; the upsert
helper is idempotent on both."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from storage.hq.engine import VERSION_TABLE, HqDatabase, hq_head, hq_path, hq_revision, open_hq
from storage.hq.models import HqBase, HqTag
from storage.hq.upsert import delete_absent, upsert
from tests.storage import hq_helpers

SITE = "0b7f3c2e-5d1a-4c8e-9f00-1234567890ab"

hq, postgres_server, postgres_url = (
    hq_helpers.hq,
    hq_helpers.postgres_server,
    hq_helpers.postgres_url,
)


def tag(name: str, unit: str = "kWh") -> dict[str, object]:
    return {
        "site_id": SITE, "name": name, "label": name, "label_en": "", "unit": unit,
        "is_counter": True, "carrier": None, "enabled": True, "data": "{}",
    }  # fmt: skip


def test_the_default_database_is_a_wal_sqlite_file_in_the_data_dir(tmp_path: Path) -> None:
    database = open_hq(tmp_path)
    try:
        assert hq_path(tmp_path).exists()
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        database.close()
    again = open_hq(tmp_path)  # a second open finds the schema at head and changes nothing
    assert hq_revision(again.engine) == hq_head() == "hq0002"
    again.close()


def test_the_migration_creates_what_the_models_declare(hq: HqDatabase) -> None:
    names = set(inspect(hq.engine).get_table_names())
    assert {t.name for t in HqBase.metadata.sorted_tables} | {"hq_alembic_version"} == names
    with hq.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
        differences = compare_metadata(context, HqBase.metadata)
    assert differences == []


def test_upsert_inserts_updates_and_repeats_harmlessly(hq: HqDatabase) -> None:
    with hq.transaction() as session:
        assert upsert(session, HqTag.__table__, [tag("a"), tag("b")]) == 2
    with hq.transaction() as session:
        upsert(session, HqTag.__table__, [tag("a"), tag("b", "m³")])
        upsert(session, HqTag.__table__, [tag("a"), tag("b", "m³")])
    with hq.reading() as session:
        rows = session.execute(select(HqTag.name, HqTag.unit).order_by(HqTag.name)).all()
    assert [tuple(r) for r in rows] == [("a", "kWh"), ("b", "m³")]
    with hq.transaction() as session:
        delete_absent(session, HqTag.__table__, SITE, {"b"})
        delete_absent(session, HqTag.__table__, "another-site", set())
    with hq.reading() as session:
        assert session.scalars(select(HqTag.name)).all() == ["b"]


def test_large_batches_are_written_in_several_statements(hq: HqDatabase) -> None:
    rows = [tag(f"t{i:05d}") for i in range(12_345)]
    with hq.transaction() as session:
        assert upsert(session, HqTag.__table__, rows) == len(rows)
    with hq.reading() as session:
        assert session.execute(text("SELECT COUNT(*) FROM hq_tags")).scalar() == len(rows)
