"""Configuration changes are validated, role-checked and change-logged; history is protected."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import select, text

from desktop_app.services.configuration import load_bus_configs
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.instruments import (
    create_bus,
    create_device,
    create_tag,
    delete_tag,
    set_enabled,
    update_tag,
)
from desktop_app.services.startup import open_site
from domain.instruments import (
    BusConfig,
    BusKind,
    DeviceConfig,
    RegisterType,
    TagConfig,
    active_configuration,
)
from domain.roles import Actor, PermissionDenied, Role
from storage.models import ChangeLogEntry

ENGINEER = Actor("wang", Role.ENGINEER, None)


@pytest.fixture
def site(data_dir, demo_port):
    startup = open_site(data_dir, demo_port=demo_port)
    yield startup.database
    startup.database.close()


def add_meter(database) -> tuple[int, int, int]:
    with database.transaction() as session:
        bus_id = create_bus(
            session,
            ENGINEER,
            BusConfig(0, "RS-485 line 1", BusKind.MODBUS_RTU, serial_port="COM3", baudrate=9600),
        )
        device_id = create_device(session, ENGINEER, DeviceConfig(0, bus_id, "pump_meter", 7))
        tag_id = create_tag(
            session,
            ENGINEER,
            TagConfig(
                0,
                device_id,
                "pump_meter_power",
                "kW",
                RegisterType.INPUT_REGISTER,
                0x34,
                scale=0.001,
            ),
            label_en="Pump power",
        )
    return bus_id, device_id, tag_id


def test_an_engineer_adds_a_bus_device_and_tag(site) -> None:
    bus_id, _device_id, _tag_id = add_meter(site)
    with site.reading() as session:
        bus = next(b for b in load_bus_configs(session) if b.id == bus_id)
        entries = session.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.actor_name == "wang")
        ).all()
    assert bus.kind is BusKind.MODBUS_RTU and bus.devices[0].unit_id == 7
    assert bus.devices[0].tags[0].scale == 0.001
    assert [(e.entity, e.action) for e in entries] == [
        ("bus", "create"),
        ("device", "create"),
        ("tag", "create"),
    ]


def test_a_viewer_changes_nothing(site) -> None:
    viewer = Actor("li", Role.VIEWER, None)
    with pytest.raises(PermissionDenied), site.transaction() as session:
        create_bus(session, viewer, BusConfig(0, "x", BusKind.MODBUS_TCP, host="h"))


def test_invalid_values_are_refused_with_the_field(site) -> None:
    _bus_id, device_id, _tag_id = add_meter(site)
    with pytest.raises(ConfigurationError) as caught, site.transaction() as session:
        create_tag(
            session,
            ENGINEER,
            TagConfig(0, device_id, "pump_meter_power", "kW", RegisterType.INPUT_REGISTER, 0),
        )
    assert (caught.value.code, caught.value.field) == ("name_taken", "name")
    with pytest.raises(ConfigurationError) as caught, site.transaction() as session:
        create_device(session, ENGINEER, DeviceConfig(0, _bus_id, "other", 7))
    assert caught.value.code == "unit_id_taken"


def test_an_update_logs_only_what_changed(site) -> None:
    _bus, _device, tag_id = add_meter(site)
    with site.transaction() as session:
        tag = next(
            t
            for b in load_bus_configs(session)
            for d in b.devices
            for t in d.tags
            if t.id == tag_id
        )
        update_tag(session, ENGINEER, replace(tag, scale=0.01), reason="CT ratio 10")
    with site.reading() as session:
        entry = session.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.action == "update")
        ).one()
    assert json.loads(entry.old_value) == {"scale": 0.001}
    assert json.loads(entry.new_value) == {"scale": 0.01}
    assert entry.reason == "CT ratio 10"


def test_a_tag_with_history_is_disabled_not_deleted(site) -> None:
    _bus, _device, tag_id = add_meter(site)
    with site.transaction() as session:
        session.execute(text(f"INSERT INTO readings VALUES ({tag_id}, 1, 2.0, 0)"))
    with pytest.raises(ConfigurationError) as caught, site.transaction() as session:
        delete_tag(session, ENGINEER, tag_id, "wrong meter")
    assert caught.value.code == "has_history"
    with site.transaction() as session:
        set_enabled(session, ENGINEER, "tag", tag_id, False, "meter removed")
    with site.reading() as session:
        buses = load_bus_configs(session)
    tag = next(t for b in buses for d in b.devices for t in d.tags if t.id == tag_id)
    assert tag.enabled is False
    polled = [t.id for b in active_configuration(buses) for d in b.devices for t in d.tags]
    assert tag_id not in polled
