"""A migrated SQLite file with one site, bus, device and a few tags."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from storage.engine import make_engine, make_session_factory
from storage.migrate import upgrade_to_head
from storage.models import Bus, Device, Site, Tag


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(tmp_path / "db.sqlite3")
    upgrade_to_head(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def tag_ids(engine: Engine) -> list[int]:
    with make_session_factory(engine).begin() as session:
        site = Site(code="T", name="t", created_ms=0)
        session.add(site)
        session.flush()
        bus = Bus(site_id=site.id, name="b", kind="modbus_tcp", host="127.0.0.1")
        session.add(bus)
        session.flush()
        device = Device(bus_id=bus.id, name="d", unit_id=1)
        session.add(device)
        session.flush()
        tags = [
            Tag(device_id=device.id, name=f"t{i}", register_type="holding_register", address=i)
            for i in range(3)
        ]
        session.add_all(tags)
        session.flush()
        return [t.id for t in tags]
