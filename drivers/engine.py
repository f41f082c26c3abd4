"""The acquisition engine: one poller thread per enabled bus, all feeding one sink.

Modbus buses get a Modbus `BusPoller`, plain-text (line protocol) buses a `LineBusPoller`; both
have the same surface (start, stop, join, is_alive, health), so the engine treats them alike.

The sink is called on poller threads; it must be quick and thread-safe (the storage writer's
`submit` and the GUI bridge's `push` both are).

Thread: the engine is driven from the thread that owns it (start, stop, health); each poller
runs on its own thread, and `health()` reads their locked snapshots.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future

from domain.instruments import BusConfig, BusKind
from drivers.device_health import DeviceHealth
from drivers.line.poller import LineBusPoller
from drivers.modbus.commissioning import RawRead
from drivers.modbus.monitor import Frame
from drivers.modbus.outcome import TextValue
from drivers.modbus.planner import ReadBlock
from drivers.modbus.poller import BatchSink, BusPoller

LINE_KINDS = frozenset({BusKind.ASCII_SERIAL, BusKind.ASCII_TCP})

Poller = BusPoller | LineBusPoller


class AcquisitionEngine:
    def __init__(self, buses: Sequence[BusConfig], sink: BatchSink) -> None:
        pollers = (_poller_for(bus, sink) for bus in buses if bus.enabled)
        self._pollers: list[Poller] = [p for p in pollers if p is not None]

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

    def modbus_poller(self, bus_id: int) -> BusPoller | None:
        """The running Modbus poller of a bus: commissioning reads and the bus monitor use it."""
        return next(
            (
                p
                for p in self._pollers
                if isinstance(p, BusPoller) and p.bus.id == bus_id and p.is_alive()
            ),
            None,
        )

    def set_monitor(self, bus_id: int, on: bool) -> bool:
        poller = self.modbus_poller(bus_id)
        if poller is not None:
            poller.set_monitor(on)
        return poller is not None

    def clear_monitor(self, bus_id: int) -> None:
        poller = self.modbus_poller(bus_id)
        if poller is not None:
            poller.clear_monitor()

    def text_values(self) -> dict[int, TextValue]:
        """Latest values of string tags (serial numbers, firmware), which readings cannot hold."""
        merged: dict[int, TextValue] = {}
        for poller in self._pollers:
            if isinstance(poller, BusPoller):
                merged.update(poller.text_values())
        return merged

    def read_blocks(self) -> dict[int, tuple[ReadBlock, ...]]:
        """The reads each device is planned with now, splits learned from exceptions included."""
        merged: dict[int, tuple[ReadBlock, ...]] = {}
        for poller in self._pollers:
            if isinstance(poller, BusPoller):
                merged.update(poller.read_blocks())
        return merged

    def monitor_frames(self, bus_id: int) -> tuple[Frame, ...]:
        poller = self.modbus_poller(bus_id)
        return poller.monitor_frames() if poller is not None else ()

    def request_raw_read(
        self, bus_id: int, unit_id: int, function: int, address: int, count: int
    ) -> Future[RawRead] | None:
        """A read on the bus's own link between polls; None when the bus is not being polled."""
        poller = self.modbus_poller(bus_id)
        if poller is None:
            return None
        return poller.request_raw_read(unit_id, function, address, count)


def _poller_for(bus: BusConfig, sink: BatchSink) -> Poller | None:
    """The poller that speaks the bus's protocol; None for a kind this build cannot poll."""
    if bus.kind.is_modbus:
        return BusPoller(bus, sink)
    if bus.kind in LINE_KINDS:
        return LineBusPoller(bus, sink)
    return None
