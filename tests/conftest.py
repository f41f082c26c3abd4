"""Shared fixtures: Qt runs offscreen, every test gets its own data directory."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("QINGYUAN_DATA_DIR", None)
os.environ["QINGYUAN_DEMO_SEED_DAYS"] = "0"  # new demo sites start empty; seeding has own tests


def free_port_block(count: int = 2) -> int:
    """A first port with `count` free consecutive ports after it on 127.0.0.1."""
    for _ in range(100):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            base = probe.getsockname()[1]
        if base + count > 65535:
            continue
        try:
            socks = []
            for port in range(base, base + count):
                s = socket.socket()
                socks.append(s)
                s.bind(("127.0.0.1", port))
            return base
        except OSError:
            continue
        finally:
            for s in socks:
                s.close()
    raise RuntimeError("no free port block")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def demo_port() -> int:
    return free_port_block(2)


@pytest.fixture
def database(data_dir: Path) -> Iterator[object]:
    from desktop_app.services.database import open_database

    db = open_database(data_dir)
    yield db
    db.close()
