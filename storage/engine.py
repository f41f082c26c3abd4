"""Engine factory: one place that decides how every connection is configured.

SQLite pragmas are per connection, so they are set in a `connect` event rather than once.
WAL lets the GUI's readers run while the writer thread commits; synchronous=FULL because a
factory PC loses power more often than an office one, and the measured cost in WAL mode is small
(see docs/architecture.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000


def _pragma_setter(busy_timeout_ms: int) -> Any:
    def set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        finally:
            cursor.close()

    return set_pragmas


def make_engine(
    target: Path | str, *, echo: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> Engine:
    """An engine for a SQLite file path or any SQLAlchemy URL (PostgreSQL at head office)."""
    if isinstance(target, Path):
        target.parent.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{target.as_posix()}"
    else:
        url = target
    engine = create_engine(url, echo=echo, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _pragma_setter(busy_timeout_ms))
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
