"""First start on an empty data directory: demo plant, administrator, change log."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.services.alarms import list_limits
from desktop_app.services.startup import open_site
from desktop_app.services.stats import database_stats
from desktop_app.services.users import authenticate
from domain.instruments import BusKind
from domain.roles import Role
from drivers.simulators.demo_plant_map import DEMO_BUSES


def test_first_start_configures_the_demo_plant(data_dir: Path, demo_port: int) -> None:
    startup = open_site(data_dir, demo_port=demo_port)
    try:
        assert startup.created_demo and startup.site.is_demo
        assert [b.port for b in startup.buses] == [demo_port, demo_port + 1]
        assert all(b.kind is BusKind.MODBUS_TCP for b in startup.buses)
        expected = sum(len(d.tags) for b in DEMO_BUSES for d in b.devices)
        assert len(startup.tags) == expected
        stats = database_stats(startup.database)
        assert stats.tags == expected
        with startup.database.reading() as session:
            alarm_limits = len(list_limits(session))
        assert alarm_limits > 0, "the demo plant comes with its alarm limits"
        assert stats.users == 1
        # every configuration row was written through the change log
        assert (
            stats.change_log_entries
            == 1 + stats.sites + stats.buses + stats.devices + stats.tags + alarm_limits
        )
    finally:
        startup.database.close()


def test_second_start_changes_nothing(data_dir: Path, demo_port: int) -> None:
    first = open_site(data_dir, demo_port=demo_port)
    before = database_stats(first.database)
    first.database.close()
    second = open_site(data_dir, demo_port=demo_port + 10)
    try:
        assert not second.created_demo and second.initial_admin is None
        after = database_stats(second.database)
        assert replace(after, database_bytes=0) == replace(before, database_bytes=0)
        assert second.buses[0].port == demo_port
    finally:
        second.database.close()


def test_initial_administrator_password_is_written_down_and_works(
    data_dir: Path, demo_port: int
) -> None:
    startup = open_site(data_dir, demo_port=demo_port)
    try:
        admin = startup.initial_admin
        assert admin is not None
        assert admin.password in admin.password_file.read_text(encoding="utf-8")
        with startup.database.reading() as session:
            actor = authenticate(session, admin.name, admin.password)
            assert actor is not None and actor.role is Role.ADMINISTRATOR
            assert authenticate(session, admin.name, "wrong password") is None
            assert authenticate(session, "nobody", admin.password) is None
    finally:
        startup.database.close()


@pytest.mark.parametrize("bad", ["", "x" * 7])
def test_weak_passwords_are_refused(database, bad: str) -> None:
    from desktop_app.services.users import UserError, create_user
    from domain.roles import SYSTEM

    with pytest.raises(UserError), database.transaction() as session:
        create_user(session, SYSTEM, "wang", bad, Role.ENGINEER)
