"""Open a site's database: resolve the file, configure the engine, apply migrations."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from storage.data_dir import database_path
from storage.engine import make_engine, make_session_factory
from storage.migrate import upgrade_to_head


@dataclass(frozen=True)
class Database:
    data_dir: Path
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def path(self) -> Path:
        return database_path(self.data_dir)

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


def open_database(data_dir: Path, *, migrate: bool = True) -> Database:
    data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(database_path(data_dir))
    if migrate:
        upgrade_to_head(engine)
    return Database(data_dir, engine, make_session_factory(engine))
