"""The acquisition engine: one poller thread per enabled bus, all feeding one sink.

The sink is called on poller threads; it must be quick and thread-safe (the storage writer's
`submit` and the GUI bridge's `push` both are).
"""

from __future__ import annotations

from collections.abc import Sequence

from domain.instruments import BusConfig, BusKind
from drivers.device_health import DeviceHealth
from drivers.modbus.poller import BatchSink, BusPoller

MODBUS_KINDS = {BusKind.MODBUS_TCP, BusKind.MODBUS_RTU, BusKind.MODBUS_RTU_OVER_TCP}


class AcquisitionEngine:
    def __init__(self, buses: Sequence[BusConfig], sink: BatchSink) -> None:
        self._pollers = [
            BusPoller(bus, sink) for bus in buses if bus.enabled and bus.kind in MODBUS_KINDS
        ]

    def start(self) -> None:
        for poller in self._pollers:
            poller.start()

    def stop(self, timeout_s: float = 10.0) -> None:
        for poller in self._pollers:
            poller.stop()
        for poller in self._pollers:
            if poller.is_alive():
                poller.join(timeout_s)

    @property
    def running(self) -> bool:
        return any(p.is_alive() for p in self._pollers)

    def health(self) -> dict[int, DeviceHealth]:
        merged: dict[int, DeviceHealth] = {}
        for poller in self._pollers:
            merged.update(poller.health())
        return merged
