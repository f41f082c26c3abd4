"""Open head office's database: SQLite in the data directory, or any SQLAlchemy URL.

`<data_dir>/hq.sqlite3` by default (configured like the site's file: WAL, foreign keys, busy
timeout, via `storage.engine.make_engine`), PostgreSQL when a URL such as
`postgresql+psycopg://user@host/qingyuan_hq` is given. The schema is migrated to head with its
own Alembic scripts (`storage/hq/migrations`, version table `hq_alembic_version`), so the HQ
tables can share a PostgreSQL database with nothing else and never collide with a site schema.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from storage.engine import make_engine, make_session_factory

HQ_FILE = "hq.sqlite3"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "hq_alembic_version"


@dataclass(frozen=True)
class HqDatabase:
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def url(self) -> str:
        """The database's URL without its password (for messages and the GUI)."""
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed if the block ends normally, rolled back otherwise."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def hq_path(data_dir: Path) -> Path:
    return data_dir / HQ_FILE


def open_hq(data_dir: Path, url: str | None = None) -> HqDatabase:
    """The head-office database, migrated to the code's schema."""
    engine = make_engine(url if url else hq_path(data_dir))
    upgrade_hq(engine)
    return HqDatabase(engine, make_session_factory(engine))


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade_hq(engine: Engine) -> None:
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def hq_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
        return context.get_current_revision()


def hq_head() -> str | None:
    return ScriptDirectory.from_config(_config()).get_current_head()
