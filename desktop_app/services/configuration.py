"""Read the site's configuration as immutable values for the engine and the GUI."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from domain.instruments import (
    BusConfig,
    BusKind,
    DataType,
    DeviceConfig,
    RegisterType,
    TagConfig,
    WordOrder,
)
from storage.models import Bus, Device, Site, Tag


@dataclass(frozen=True)
class SiteInfo:
    id: int
    code: str
    name: str
    name_en: str
    timezone: str
    is_demo: bool


@dataclass(frozen=True)
class TagInfo:
    """What the GUI shows about a tag, in both languages."""

    id: int
    name: str
    label: str
    label_en: str
    unit: str
    device_id: int
    device_label: str
    device_label_en: str
    bus_id: int
    is_counter: bool
    carrier: str | None = None


@dataclass(frozen=True)
class Catalog:
    """The configuration the engine polls and the pages show, as one immutable snapshot."""

    buses: tuple[BusConfig, ...]
    tags: tuple[TagInfo, ...]


def load_catalog(session: Session) -> Catalog:
    return Catalog(load_bus_configs(session), load_tag_catalog(session))


def load_site(session: Session) -> SiteInfo | None:
    site = session.scalar(select(Site).order_by(Site.id).limit(1))
    if site is None:
        return None
    return SiteInfo(site.id, site.code, site.name, site.name_en, site.timezone, site.is_demo)


def load_bus_configs(session: Session) -> tuple[BusConfig, ...]:
    buses = session.scalars(
        select(Bus).options(selectinload(Bus.devices).selectinload(Device.tags)).order_by(Bus.id)
    )
    return tuple(_bus_config(bus) for bus in buses)


def load_tag_catalog(session: Session) -> tuple[TagInfo, ...]:
    rows = session.execute(
        select(Tag, Device).join(Device, Tag.device_id == Device.id).order_by(Tag.id)
    )
    return tuple(
        TagInfo(
            tag.id,
            tag.name,
            tag.label,
            tag.label_en,
            tag.unit,
            device.id,
            device.label,
            device.label_en,
            device.bus_id,
            tag.is_counter,
            tag.carrier,
        )
        for tag, device in rows
    )


def _bus_config(bus: Bus) -> BusConfig:
    return BusConfig(
        id=bus.id,
        name=bus.name,
        kind=BusKind(bus.kind),
        host=bus.host,
        port=bus.port,
        serial_port=bus.serial_port,
        baudrate=bus.baudrate,
        parity=bus.parity,
        stopbits=bus.stopbits,
        bytesize=bus.bytesize,
        timeout_s=bus.timeout_s,
        inter_request_delay_s=bus.inter_request_delay_s,
        retries=bus.retries,
        enabled=bus.enabled,
        name_en=bus.name_en,
        devices=tuple(_device_config(d) for d in bus.devices),
    )


def _device_config(device: Device) -> DeviceConfig:
    return DeviceConfig(
        id=device.id,
        bus_id=device.bus_id,
        name=device.name,
        unit_id=device.unit_id,
        poll_interval_s=device.poll_interval_s,
        enabled=device.enabled,
        label=device.label,
        label_en=device.label_en,
        options=_options(device.options),
        profile=device.profile,
        tags=tuple(_tag_config(t) for t in device.tags),
    )


def _tag_config(tag: Tag) -> TagConfig:
    return TagConfig(
        id=tag.id,
        device_id=tag.device_id,
        name=tag.name,
        unit=tag.unit,
        register_type=RegisterType(tag.register_type),
        address=tag.address,
        data_type=DataType(tag.data_type),
        word_order=WordOrder(tag.word_order),
        scale=tag.scale,
        offset=tag.offset,
        is_counter=tag.is_counter,
        rollover=tag.rollover,
        max_rate=tag.max_rate,
        label=tag.label,
        bit=tag.bit,
        length=tag.length,
        deadband=tag.deadband,
        max_silence_s=tag.max_silence_s,
        poll_interval_s=tag.poll_interval_s,
        field=tag.field,
        enabled=tag.enabled,
    )


def _options(text: str) -> tuple[tuple[str, str], ...]:
    """Device options are stored as a JSON object; anything else reads as no options."""
    try:
        loaded = json.loads(text or "{}")
    except json.JSONDecodeError:
        return ()
    if not isinstance(loaded, dict):
        return ()
    return tuple(sorted((str(k), str(v)) for k, v in loaded.items()))
