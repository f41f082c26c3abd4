"""What a database holds, counted: for `qingyuan stats` and the Settings page."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select

from desktop_app.services.change_log import count_changes
from desktop_app.services.database import Database
from desktop_app.services.users import count_users
from storage.migrate import current_revision
from storage.models import Bus, Device, Site, Tag
from storage.readings import count_readings


@dataclass(frozen=True)
class DatabaseStats:
    data_dir: str
    database_bytes: int
    schema_revision: str | None
    sites: int
    buses: int
    devices: int
    tags: int
    readings: int
    good_readings: int
    users: int
    change_log_entries: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def database_stats(database: Database) -> DatabaseStats:
    with database.reading() as session:

        def count(model: type) -> int:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)

        return DatabaseStats(
            data_dir=str(database.data_dir),
            database_bytes=_file_bytes(database),
            schema_revision=current_revision(database.engine),
            sites=count(Site),
            buses=count(Bus),
            devices=count(Device),
            tags=count(Tag),
            readings=count_readings(session),
            good_readings=count_readings(session, good_only=True),
            users=count_users(session),
            change_log_entries=count_changes(session),
        )


def _file_bytes(database: Database) -> int:
    path = database.path
    wal = path.with_name(path.name + "-wal")
    return sum(p.stat().st_size for p in (path, wal) if p.exists())
