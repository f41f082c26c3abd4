"""Create, change and remove buses, devices and tags: validated, role-checked, change-logged.

The engine reads configuration only at (re)start, so callers reload acquisition after a change;
these functions return the id they wrote so a page can select it. Removing a tag that has
history is refused: readings are evidence, so a tag that measured something is disabled instead.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change, row_values
from desktop_app.services.errors import ConfigurationError
from domain.instrument_rules import Problem, bus_problems, device_problems, tag_problems
from domain.instruments import BusConfig, DeviceConfig, TagConfig
from domain.roles import Actor, Permission
from storage.models import Bus, Device, Site, Tag
from storage.models.readings import readings_table
from storage.rollups import recompute_stored_history


def create_bus(session: Session, actor: Actor, bus: BusConfig) -> int:
    actor.require(Permission.CONFIGURE_INSTRUMENTS)
    _refuse(bus_problems(bus))
    site_id = session.scalar(select(Site.id).order_by(Site.id).limit(1))
    if site_id is None:
        raise ConfigurationError("no_site")
    row = Bus(site_id=site_id, **_bus_fields(bus))
    session.add(row)
    session.flush()
    record_change(session, actor, "create", "bus", row.id, new=row_values(row))
    return row.id


def update_bus(session: Session, actor: Actor, bus: BusConfig, reason: str = "") -> None:
    actor.require(Permission.CONFIGURE_INSTRUMENTS)
    _refuse(bus_problems(bus))
    row = _get(session, Bus, bus.id)
    _update(session, actor, row, "bus", _bus_fields(bus), reason)


def create_device(session: Session, actor: Actor, device: DeviceConfig) -> int:
    actor.require(Permission.CONFIGURE_INSTRUMENTS)
    bus = _get(session, Bus, device.bus_id)
    _refuse(device_problems(device, modbus=_is_modbus(bus)))
    _check_unit_free(session, bus.id, device.unit_id, None, _is_modbus(bus))
    row = Device(bus_id=bus.id, **_device_fields(device))
    session.add(row)
    session.flush()
    record_change(session, actor, "create", "device", row.id, new=row_values(row))
    return row.id


def update_device(session: Session, actor: Actor, device: DeviceConfig, reason: str = "") -> None:
    actor.require(Permission.CONFIGURE_INSTRUMENTS)
    row = _get(session, Device, device.id)
    bus = _get(session, Bus, row.bus_id)
    _refuse(device_problems(device, modbus=_is_modbus(bus)))
    _check_unit_free(session, bus.id, device.unit_id, row.id, _is_modbus(bus))
    _update(session, actor, row, "device", _device_fields(device), reason)


def create_tag(session: Session, actor: Actor, tag: TagConfig, label_en: str = "") -> int:
    actor.require(Permission.CONFIGURE_INSTRUMENTS)
    device = _get(session, Device, tag.device_id)
    _refuse(tag_problems(tag, modbus=_is_modbus(_get(session, Bus, device.bus_id))))
    _check_tag_name_free(session, tag.name, None)
    row = Tag(device_id=device.id, label_en=label_en, **_tag_fields(tag))
    session.add(row)
    session.flush()
    record_change(session, actor, "create", "tag", row.id, new=row_values(row))
    return row.id


def update_tag(
    session: Session, actor: Actor, tag: TagConfig, label_en: str | None = None, reason: str = ""
) -> None:
    actor.require(Permission.CONFIGURE_INSTRUMENTS)
    row = _get(session, Tag, tag.id)
    device = _get(session, Device, row.device_id)
    _refuse(tag_problems(tag, modbus=_is_modbus(_get(session, Bus, device.bus_id))))
    _check_tag_name_free(session, tag.name, row.id)
    fields = _tag_fields(tag)
    if label_en is not None:
        fields["label_en"] = label_en
    before = _counter_settings(row)
    _update(session, actor, row, "tag", fields, reason)
    if _counter_settings(row) != before:
        # Every consumption figure of the tag depends on these: recompute its whole history in
        # the same transaction, so no total is ever computed under the old settings.
        recompute_stored_history(session.connection(), [row.id])


def set_enabled(
    session: Session, actor: Actor, entity: str, entity_id: int, enabled: bool, reason: str = ""
) -> None:
    """Switch a bus, device or tag on or off; off keeps its history and stops its polling."""
    actor.require(Permission.CONFIGURE_INSTRUMENTS)
    model = {"bus": Bus, "device": Device, "tag": Tag}[entity]
    _update(session, actor, _get(session, model, entity_id), entity, {"enabled": enabled}, reason)


def delete_tag(session: Session, actor: Actor, tag_id: int, reason: str) -> None:
    actor.require(Permission.CONFIGURE_INSTRUMENTS)
    row = _get(session, Tag, tag_id)
    if session.scalar(select(exists().where(readings_table.c.tag_id == tag_id))):
        raise ConfigurationError("has_history", row.name)
    record_change(session, actor, "delete", "tag", row.id, old=row_values(row), reason=reason)
    session.delete(row)


def delete_device(session: Session, actor: Actor, device_id: int, reason: str) -> None:
    actor.require(Permission.CONFIGURE_INSTRUMENTS)
    row = _get(session, Device, device_id)
    for tag_id in session.scalars(select(Tag.id).where(Tag.device_id == device_id)):
        delete_tag(session, actor, tag_id, reason)
    record_change(session, actor, "delete", "device", row.id, old=row_values(row), reason=reason)
    session.delete(row)


def delete_bus(session: Session, actor: Actor, bus_id: int, reason: str) -> None:
    actor.require(Permission.CONFIGURE_INSTRUMENTS)
    row = _get(session, Bus, bus_id)
    for device_id in session.scalars(select(Device.id).where(Device.bus_id == bus_id)):
        delete_device(session, actor, device_id, reason)
    record_change(session, actor, "delete", "bus", row.id, old=row_values(row), reason=reason)
    session.delete(row)


def _refuse(problems: list[Problem]) -> None:
    if problems:
        first = problems[0]
        raise ConfigurationError(first.code, first.detail, first.field)


def _get(session: Session, model: Any, entity_id: int) -> Any:
    row = session.get(model, entity_id)
    if row is None:
        raise ConfigurationError("not_found", f"{model.__tablename__} {entity_id}")
    return row


def _update(
    session: Session, actor: Actor, row: Any, entity: str, fields: dict[str, Any], reason: str
) -> None:
    old = row_values(row)
    for name, value in fields.items():
        setattr(row, name, value)
    session.flush()
    new = row_values(row)
    changed = {k for k in new if new[k] != old.get(k)}
    if changed:
        record_change(
            session,
            actor,
            "update",
            entity,
            row.id,
            old={k: old[k] for k in changed},
            new={k: new[k] for k in changed},
            reason=reason,
        )


def _counter_settings(row: Tag) -> tuple[bool, float | None, float | None]:
    return bool(row.is_counter), row.rollover, row.max_rate


def _is_modbus(bus: Bus) -> bool:
    return bus.kind.startswith("modbus")


def _check_unit_free(
    session: Session, bus_id: int, unit_id: int, own_id: int | None, modbus: bool
) -> None:
    if not modbus:
        return
    clash = session.scalar(
        select(Device.id).where(Device.bus_id == bus_id, Device.unit_id == unit_id)
    )
    if clash is not None and clash != own_id:
        raise ConfigurationError("unit_id_taken", str(unit_id), "unit_id")


def _check_tag_name_free(session: Session, name: str, own_id: int | None) -> None:
    clash = session.scalar(select(Tag.id).where(Tag.name == name))
    if clash is not None and clash != own_id:
        raise ConfigurationError("name_taken", name, "name")


def _bus_fields(bus: BusConfig) -> dict[str, Any]:
    return {
        "name": bus.name.strip(),
        "name_en": bus.name_en,
        "kind": bus.kind.value,
        "host": bus.host.strip(),
        "port": bus.port,
        "serial_port": bus.serial_port.strip(),
        "baudrate": bus.baudrate,
        "parity": bus.parity,
        "stopbits": bus.stopbits,
        "bytesize": bus.bytesize,
        "timeout_s": bus.timeout_s,
        "inter_request_delay_s": bus.inter_request_delay_s,
        "retries": bus.retries,
        "enabled": bus.enabled,
    }


def _device_fields(device: DeviceConfig) -> dict[str, Any]:
    return {
        "name": device.name,
        "label": device.label,
        "label_en": device.label_en,
        "unit_id": device.unit_id,
        "poll_interval_s": device.poll_interval_s,
        "enabled": device.enabled,
        "options": json.dumps(dict(device.options), sort_keys=True),
        "profile": device.profile,
    }


def _tag_fields(tag: TagConfig) -> dict[str, Any]:
    return {
        "name": tag.name,
        "label": tag.label,
        "unit": tag.unit,
        "register_type": tag.register_type.value,
        "address": tag.address,
        "data_type": tag.data_type.value,
        "word_order": tag.word_order.value,
        "scale": tag.scale,
        "offset": tag.offset,
        "is_counter": tag.is_counter,
        "rollover": tag.rollover,
        "max_rate": tag.max_rate,
        "bit": tag.bit,
        "length": tag.length,
        "deadband": tag.deadband,
        "max_silence_s": tag.max_silence_s,
        "poll_interval_s": tag.poll_interval_s,
        "field": tag.field,
    }
