"""Head-office test helpers: a dump of every HQ table, and a real PostgreSQL when one can run.

`postgres_url` uses $QINGYUAN_TEST_POSTGRES_URL when set; otherwise, when `initdb` and `pg_ctl`
are found (PATH, or /usr/lib/postgresql/N/bin) and psycopg is installed, it starts a throw-away
server on a Unix socket for the test session (as the `postgres` user when the tests run as
root, since PostgreSQL refuses to run as root). Each test gets its own database. Without
either, the PostgreSQL tests skip and say why.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from storage.hq.engine import HqDatabase, open_hq
from storage.hq.models import HqBase
from tests.conftest import free_port_block

URL_VARIABLE = "QINGYUAN_TEST_POSTGRES_URL"


def dump(hq: HqDatabase) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every HQ table, in primary-key order: equal dumps, equal databases."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with hq.reading() as session:
        for table in HqBase.metadata.sorted_tables:
            query = select(table).order_by(*table.primary_key.columns)
            out[table.name] = [tuple(row) for row in session.execute(query)]
    return out


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A server URL (to its maintenance database), or the test is skipped with the reason."""
    given = os.environ.get(URL_VARIABLE)
    if importlib.util.find_spec("psycopg") is None:
        pytest.skip("psycopg is not installed (pip install 'psycopg[binary]')")
    if given:
        yield given
        return
    initdb, pg_ctl = _program("initdb"), _program("pg_ctl")
    if initdb is None or pg_ctl is None:
        pytest.skip(f"no PostgreSQL: set {URL_VARIABLE} or install it (apt-get install postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="qy-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    port = free_port_block(1)
    data = folder / "data"
    options = f"-p {port} -k {folder} -c listen_addresses='' -c fsync=off"
    try:
        run = {"check": True, "capture_output": True, "timeout": 60}
        subprocess.run([*as_user, initdb, "-D", str(data), "-A", "trust", "-U", "postgres",
                        "-E", "UTF8", "--no-sync"], **run)  # type: ignore[call-overload]  # fmt: skip
        subprocess.run([*as_user, pg_ctl, "-D", str(data), "-o", options, "-w",
                        "-l", str(folder / "log"), "start"], **run)  # type: ignore[call-overload]  # fmt: skip
    except (subprocess.SubprocessError, OSError) as error:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.skip(f"could not start PostgreSQL: {error}")
    try:
        yield f"postgresql+psycopg://postgres@/postgres?host={folder}&port={port}"
    finally:
        subprocess.run([*as_user, pg_ctl, "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True, timeout=60, check=False)  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database on the server for one test."""
    name = f"qy_hq_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(postgres_server).set(database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def hq(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HqDatabase]:
    """Head office's database on SQLite and, where a server can be had, on PostgreSQL."""
    url = request.getfixturevalue("postgres_url") if request.param == "postgresql" else None
    database = open_hq(tmp_path / "hq", url)
    yield database
    database.close()


def _program(name: str) -> str | None:
    """On PATH, or where Debian's postgresql package puts it (/usr/lib/postgresql/N/bin)."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    return str(candidates[-1]) if candidates else None
