"""Alembic environment of the head-office schema (its own version table, its own metadata)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from storage.hq.models import HqBase

VERSION_TABLE = "hq_alembic_version"

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from storage.engine import make_engine

        engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
        with engine.begin() as conn:
            _run(conn)
        engine.dispose()
    else:
        _run(connection)


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=HqBase.metadata,
        version_table=VERSION_TABLE,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
