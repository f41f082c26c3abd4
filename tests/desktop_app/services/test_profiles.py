"""Profiles as files: list, save, import, export, and a device added from one."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.services.database import Database
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.profiles import (
    ProfileOrigin,
    add_device_from_profile,
    builtin_profiles,
    export_profile,
    import_profile,
    list_profiles,
    save_profile,
    user_profiles_dir,
)
from desktop_app.services.startup import open_site
from domain.profiles import DeviceProfile, ProfileError, profile_to_json
from domain.roles import Actor, PermissionDenied, Role
from storage.models import Bus, ChangeLogEntry, Device, Tag

ENGINEER = Actor("wang", Role.ENGINEER, None)
VIEWER = Actor("zhao", Role.VIEWER, None)


@pytest.fixture
def site(data_dir: Path, demo_port: int) -> Iterator[Database]:
    startup = open_site(data_dir, demo_port=demo_port)
    yield startup.database
    startup.database.close()


def builtin(profile_id: str) -> DeviceProfile:
    return next(p for p in builtin_profiles() if p.id == profile_id)


def change_count(database: Database) -> int:
    with database.reading() as session:
        return int(session.scalar(select(func.count()).select_from(ChangeLogEntry)) or 0)


def first_bus_id(database: Database) -> int:
    with database.reading() as session:
        bus_id = session.scalar(select(Bus.id).order_by(Bus.id))
    assert bus_id is not None
    return bus_id


def test_builtins_and_an_empty_user_folder(data_dir: Path) -> None:
    ids = [p.id for p in builtin_profiles()]
    assert ids == [
        "acrel_adl400",
        "eastron_sdm120",
        "eastron_sdm630",
        "generic_em_flowmeter",
        "generic_flow_computer",
    ]
    catalog = list_profiles(data_dir)
    assert {p.id for p in catalog.profiles} == set(ids) and catalog.problems == ()
    assert all(e.origin is ProfileOrigin.BUILTIN for e in catalog.entries)
    assert user_profiles_dir(data_dir) == data_dir / "profiles"


def test_add_sdm630_to_the_demo_site(site: Database) -> None:
    profile = builtin("eastron_sdm630")
    bus_id = first_bus_id(site)
    before = change_count(site)
    with site.transaction() as session:
        device_id = add_device_from_profile(
            session, ENGINEER, bus_id, profile, 17, "workshop2_power", "二车间电表"
        )
    with site.reading() as session:
        device = session.get(Device, device_id)
        assert device is not None
        assert (device.profile, device.unit_id, device.label, device.label_en) == (
            "eastron_sdm630",
            17,
            "二车间电表",
            profile.label_en,
        )
        assert device.model == "Eastron SDM630"
        assert json.loads(device.options) == {"profile_version": "1"}
        tags = {t.name: t for t in session.scalars(select(Tag).where(Tag.device_id == device_id))}
        entries = session.scalars(select(ChangeLogEntry).order_by(ChangeLogEntry.id)).all()
    assert len(tags) == len(profile.tags)
    voltage = tags["workshop2_power_voltage_l1"]
    assert (voltage.register_type, voltage.address, voltage.data_type, voltage.word_order) == (
        "input_register",
        0,
        "float32",
        "ABCD",
    )
    assert (voltage.label, voltage.label_en, voltage.unit) == ("A相电压", "Voltage L1", "V")
    energy = tags["workshop2_power_total_energy"]
    assert energy.is_counter and energy.address == 0x156
    assert tags["workshop2_power_active_power"].scale == 0.001
    new = entries[before:]
    assert len(new) == 1 + len(profile.tags) == change_count(site) - before
    assert [e.entity for e in new] == ["device"] + ["tag"] * len(profile.tags)
    assert all(e.actor_name == "wang" and "eastron_sdm630 v1" in e.reason for e in new)
    assert json.loads(new[1].new_value or "{}")["name"] == "workshop2_power_voltage_l1"


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"unit_id": 0}, "bad_unit_id"),
        ({"unit_id": 248}, "bad_unit_id"),
        ({"unit_id": 1}, "unit_id_taken"),
        ({"bus_id": 999}, "not_found"),
        ({"name": "电表"}, "bad_name"),
        ({"name": "power_main"}, "name_taken"),
        ({"name": "a" * 49}, "bad_name"),
    ],
)
def test_bad_device_requests_write_nothing(
    site: Database, change: dict[str, object], code: str
) -> None:
    request: dict[str, object] = {"bus_id": first_bus_id(site), "unit_id": 30, "name": "new_meter"}
    request.update(change)
    before = change_count(site)
    with pytest.raises(ConfigurationError) as caught, site.transaction() as session:
        add_device_from_profile(
            session,
            ENGINEER,
            request["bus_id"],  # type: ignore[arg-type]
            builtin("eastron_sdm120"),
            request["unit_id"],  # type: ignore[arg-type]
            request["name"],  # type: ignore[arg-type]
        )
    assert caught.value.code == code
    assert change_count(site) == before


def test_tag_names_stay_unique_and_viewers_cannot_add(site: Database) -> None:
    bus_id = first_bus_id(site)
    with site.transaction() as session:
        add_device_from_profile(session, ENGINEER, bus_id, builtin("eastron_sdm120"), 20, "m1")
    with pytest.raises(ConfigurationError) as caught, site.transaction() as session:
        add_device_from_profile(session, ENGINEER, bus_id, builtin("eastron_sdm120"), 21, "m1")
    assert caught.value.code == "name_taken"
    with pytest.raises(PermissionDenied), site.transaction() as session:
        add_device_from_profile(session, VIEWER, bus_id, builtin("eastron_sdm120"), 22, "m2")


def test_malformed_import_writes_nothing(site: Database, data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "broken.json"
    document = json.loads(profile_to_json(builtin("eastron_sdm120")))
    document["tags"][1]["address"] = 1  # overlaps the voltage at 0…1
    source.write_text(json.dumps(document), encoding="utf-8")
    before = change_count(site)
    with pytest.raises(ProfileError) as caught, site.transaction() as session:
        import_profile(session, data_dir, ENGINEER, source)
    assert (caught.value.code, caught.value.path) == ("overlap", "/tags/1/address")
    assert change_count(site) == before
    assert not user_profiles_dir(data_dir).exists()


@pytest.mark.timeout(20)
def test_hostile_files_are_refused_without_hanging(
    site: Database, data_dir: Path, tmp_path: Path
) -> None:
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (3 * 1024 * 1024))
    with pytest.raises(ProfileError) as caught, site.transaction() as session:
        import_profile(session, data_dir, ENGINEER, huge)
    assert caught.value.code == "too_large"
    refused = [tmp_path / "missing.json", tmp_path]
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.json"
        os.mkfifo(fifo)  # opening a pipe for reading would wait for a writer forever
        refused.append(fifo)
    if Path("/dev/zero").exists():
        refused.append(Path("/dev/zero"))
    for path in refused:
        started = time.monotonic()
        with pytest.raises(ConfigurationError) as unreadable, site.transaction() as session:
            import_profile(session, data_dir, ENGINEER, path)
        assert unreadable.value.code == "file_unreadable"
        assert time.monotonic() - started < 5
    assert not user_profiles_dir(data_dir).exists()


def test_viewer_may_not_import(site: Database, data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "mine.json"
    export_profile(replace(builtin("acrel_adl400"), id="my_adl400"), source)
    with pytest.raises(PermissionDenied), site.transaction() as session:
        import_profile(session, data_dir, VIEWER, source)
    assert not user_profiles_dir(data_dir).exists()


def test_export_import_round_trip(site: Database, data_dir: Path, tmp_path: Path) -> None:
    mine = replace(builtin("acrel_adl400"), id="line3_adl400", note="三号线现场确认 / checked")
    target = tmp_path / "shared" / "line3_adl400.json"
    export_profile(mine, target)
    assert target.read_text(encoding="utf-8") == profile_to_json(mine)
    before = change_count(site)
    with site.transaction() as session:
        imported = import_profile(session, data_dir, ENGINEER, target)
    assert imported == mine
    entry = list_profiles(data_dir).get("line3_adl400")
    assert entry is not None and entry.origin is ProfileOrigin.USER and entry.profile == mine
    assert entry.path == user_profiles_dir(data_dir) / "line3_adl400.json"
    assert change_count(site) == before + 1
    with site.transaction() as session:  # the same file again changes nothing
        import_profile(session, data_dir, ENGINEER, target)
    assert change_count(site) == before + 1
    older = tmp_path / "older.json"
    export_profile(replace(mine, version=1, note="old"), older)
    newer = replace(mine, version=2)
    with site.transaction() as session:
        assert import_profile(session, data_dir, ENGINEER, _exported(newer, tmp_path)) == newer
    with pytest.raises(ConfigurationError) as caught, site.transaction() as session:
        import_profile(session, data_dir, ENGINEER, older)
    assert caught.value.code == "newer_version_exists"


def _exported(profile: DeviceProfile, folder: Path) -> Path:
    path = folder / f"{profile.id}-v{profile.version}.json"
    export_profile(profile, path)
    return path


def test_importing_a_stale_builtin_is_refused(
    site: Database, data_dir: Path, tmp_path: Path
) -> None:
    stale = _exported(replace(builtin("eastron_sdm120"), note="edited"), tmp_path)
    with pytest.raises(ConfigurationError) as caught, site.transaction() as session:
        import_profile(session, data_dir, ENGINEER, stale)
    assert caught.value.code == "superseded_by_builtin"


def test_saving_an_edited_builtin_bumps_its_version_and_wins(
    site: Database, data_dir: Path
) -> None:
    edited = replace(builtin("eastron_sdm120"), note="本厂波特率 9600 / our meters run at 9600")
    with site.transaction() as session:
        saved = save_profile(session, data_dir, ENGINEER, edited)
    assert saved.version == 2 and saved.note == edited.note
    with site.transaction() as session:
        again = save_profile(session, data_dir, ENGINEER, saved)
    assert again.version == 3
    entry = list_profiles(data_dir).get("eastron_sdm120")
    assert entry is not None and entry.origin is ProfileOrigin.USER and entry.profile == again
    with site.reading() as session:
        logged = session.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.entity == "profile")
        ).all()
    assert [e.action for e in logged] == ["update", "update"]
    assert json.loads(logged[-1].new_value or "{}")["version"] == 3
    with pytest.raises(PermissionDenied), site.transaction() as session:
        save_profile(session, data_dir, VIEWER, again)


def test_saving_a_new_profile_keeps_its_version_and_refuses_invalid_values(
    site: Database, data_dir: Path
) -> None:
    new = replace(builtin("generic_em_flowmeter"), id="river_pump_meter", version=1)
    with site.transaction() as session:
        assert save_profile(session, data_dir, ENGINEER, new).version == 1
    broken = replace(new, id="broken_meter", tags=(*new.tags, new.tags[0]))
    with pytest.raises(ProfileError) as caught, site.transaction() as session:
        save_profile(session, data_dir, ENGINEER, broken)
    assert caught.value.code == "duplicate_key"
    assert not (user_profiles_dir(data_dir) / "broken_meter.json").exists()


def test_user_folder_problems_are_listed_not_fatal(data_dir: Path) -> None:
    folder = user_profiles_dir(data_dir)
    folder.mkdir()
    (folder / "garbage.json").write_text("{not json", encoding="utf-8")
    (folder / "eastron_sdm630.json").write_text(
        profile_to_json(replace(builtin("eastron_sdm630"), note="stale copy")), encoding="utf-8"
    )
    catalog = list_profiles(data_dir)
    problems = {p.path.name: p.code for p in catalog.problems}
    assert problems == {"garbage.json": "not_json", "eastron_sdm630.json": "superseded"}
    entry = catalog.get("eastron_sdm630")
    assert entry is not None and entry.origin is ProfileOrigin.BUILTIN
