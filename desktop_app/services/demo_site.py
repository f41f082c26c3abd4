"""Configure the built-in demo plant, so a newcomer sees live values within seconds.

The register map comes from `drivers.simulators.demo_plant_map`, the same data the simulator
serves, so configuration and simulator cannot drift apart.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change, row_values
from domain.energy import Carrier
from domain.instruments import BusKind
from domain.readings import now_ms
from domain.roles import Actor, Permission
from drivers.simulators.demo_plant_map import DEMO_BUSES, DemoBus, DemoDevice
from storage.models import Bus, Device, Site, Tag

DEMO_SITE_CODE = "DEMO"
DEMO_CARRIERS = {
    "power_main_import_energy": Carrier.ELECTRICITY.value,
    "gas_main_total": Carrier.NATURAL_GAS.value,
    "water_fresh_total": Carrier.FRESH_WATER.value,
}
"""Which demo counters measure energy bought at the site boundary (energy accounting, the
Overview's charts). The steam meter is not one: the site's own gas boiler makes the steam, and
counting it beside the gas would count the same energy twice (GB/T 2589)."""
DEFAULT_DEMO_PORT = 15020


def configure_demo_site(session: Session, actor: Actor, base_port: int = DEFAULT_DEMO_PORT) -> Site:
    actor.require(Permission.CONFIGURE_SITE)
    site = Site(
        code=DEMO_SITE_CODE,
        name="清源示范工厂",
        name_en="Qingyuan demo plant",
        timezone="Asia/Shanghai",
        is_demo=True,
        created_ms=now_ms(),
    )
    session.add(site)
    session.flush()
    record_change(
        session,
        actor,
        "create",
        "site",
        site.id,
        new=row_values(site),
        reason="first start: demo plant",
    )
    for demo_bus in DEMO_BUSES:
        _add_bus(session, actor, site, demo_bus, base_port)
    return site


def _add_bus(session: Session, actor: Actor, site: Site, demo_bus: DemoBus, base_port: int) -> None:
    bus = Bus(
        site_id=site.id,
        name=demo_bus.label_zh,
        name_en=demo_bus.label_en,
        kind=BusKind.MODBUS_TCP.value,
        host="127.0.0.1",
        port=base_port + demo_bus.port_offset,
        timeout_s=1.0,
    )
    session.add(bus)
    session.flush()
    record_change(session, actor, "create", "bus", bus.id, new=row_values(bus))
    for demo_device in demo_bus.devices:
        _add_device(session, actor, bus, demo_device)


def _add_device(session: Session, actor: Actor, bus: Bus, demo_device: DemoDevice) -> None:
    device = Device(
        bus_id=bus.id,
        name=demo_device.key,
        label=demo_device.label_zh,
        label_en=demo_device.label_en,
        model=demo_device.model,
        unit_id=demo_device.unit_id,
        poll_interval_s=1.0,
    )
    session.add(device)
    session.flush()
    record_change(session, actor, "create", "device", device.id, new=row_values(device))
    for demo_tag in demo_device.tags:
        tag = Tag(
            device_id=device.id,
            name=demo_tag.key,
            label=demo_tag.label_zh,
            label_en=demo_tag.label_en,
            unit=demo_tag.unit,
            register_type=demo_tag.register_type.value,
            address=demo_tag.address,
            data_type=demo_tag.data_type.value,
            word_order=demo_tag.word_order.value,
            scale=demo_tag.scale,
            offset=0.0,
            is_counter=demo_tag.is_counter,
            rollover=demo_tag.rollover,
            carrier=DEMO_CARRIERS.get(demo_tag.key),
        )
        session.add(tag)
        session.flush()
        record_change(session, actor, "create", "tag", tag.id, new=row_values(tag))
