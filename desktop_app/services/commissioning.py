"""A commissioning "test read" from the GUI: on the bus's own link while it is being polled,
else on a connection of its own. Blocks for at most a few timeouts: call it off the GUI thread."""

from __future__ import annotations

from desktop_app.services.runtime import AcquisitionRuntime
from domain.instruments import BusConfig
from domain.roles import Actor, Permission
from drivers.modbus.commissioning import RawRead, read_raw

EXTRA_WAIT_S = 2.0
"""Time to wait beyond the bus's own timeouts: the poller may be mid-scan."""


def commissioning_read(
    runtime: AcquisitionRuntime,
    actor: Actor,
    bus: BusConfig,
    unit_id: int,
    function: int,
    address: int,
    count: int,
) -> RawRead:
    actor.require(Permission.RUN_ACQUISITION)
    future = runtime.engine.request_raw_read(bus.id, unit_id, function, address, count)
    if future is None:
        return read_raw(bus, unit_id, function, address, count, attempts=1 + bus.retries)
    # the poller answers between two device polls: at worst after one poll of every device
    one_exchange = bus.timeout_s * (1 + bus.retries)
    return future.result(timeout=one_exchange * (len(bus.devices) + 1) + EXTRA_WAIT_S)
