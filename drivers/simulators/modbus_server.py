"""Serve the demo plant over real Modbus TCP, so the application is exercised end to end.

One asyncio loop in one daemon thread (`threaded_server.ThreadedAsyncService`) runs one pymodbus
TCP server per demo bus (a gateway with several unit ids behind it) and refreshes the register
images from the plant model.

pymodbus 3.16 API: `pymodbus.simulator.SimDevice`/`SimData`, the non-deprecated datastore, with
separate blocks per register type so that function 03 and 04 see different tables as on a real
meter. A SimDevice has no public setter for register values after construction; its `action`
hook is the documented way to change registers at run time ("update registers (affect the
current and future responses)"), so each device's action copies the latest encoded image into
the block being read. Every block is read-only (client writes answer exception 02), addresses
outside the map answer exception 02, and an absent unit id answers 0x0B (gateway target failed
to respond), as a Modbus TCP gateway in front of an RS-485 line does.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Mapping

from pymodbus.constants import ExcCodes
from pymodbus.server import ModbusTcpServer
from pymodbus.simulator import DataType as SimDataType
from pymodbus.simulator import SimData, SimDevice

from domain.instruments import DataType, RegisterType
from drivers.modbus.codec import encode_value
from drivers.simulators.demo_plant import DemoPlantModel
from drivers.simulators.demo_plant_map import (
    DEMO_BUSES,
    RESERVED_REGISTERS,
    SIMULATOR_ONLY_TAGS,
    DemoDevice,
    DemoTag,
)
from drivers.simulators.threaded_server import (
    ServiceNotRunning,
    SimulatorPortError,
    ThreadedAsyncService,
    absent_units,
    port_error,
)

__all__ = [
    "DEFAULT_BASE_PORT",
    "THREAD_NAME",
    "DemoPlantServer",
    "SimulatorPortError",
    "demo_bus_devices",
    "run_forever",
]

DEFAULT_BASE_PORT = 15020
THREAD_NAME = "demo-plant-sim"
_BIT_FUNCTIONS = frozenset({1, 2, 5, 15})
_INPUT_REGISTER_FUNCTION = 4
_FLOAT_TYPES = frozenset({DataType.FLOAT32, DataType.FLOAT64})
_UNSIGNED_TYPES = frozenset({DataType.UINT16, DataType.UINT32, DataType.UINT64})


class _DeviceImage:
    """The registers one simulated device answers, re-encoded from every model state."""

    def __init__(self, device: DemoDevice) -> None:
        self.device = device
        self._tags = device.tags + SIMULATOR_ONLY_TAGS.get(device.key, ())
        for tag in self._tags:
            if tag.register_type.is_bit:
                raise ValueError(f"demo tag {tag.key}: the simulator serves registers only")
        self._blocks: dict[RegisterType, dict[int, list[int]]] = {
            RegisterType.HOLDING_REGISTER: {},
            RegisterType.INPUT_REGISTER: {},
        }

    def refresh(self, state: Mapping[str, float]) -> None:
        for tag in self._tags:
            self._blocks[tag.register_type][tag.address] = _encode(tag, state[tag.key])

    def sim_device(self) -> SimDevice:
        """The pymodbus device, with the current image as initial values."""
        return SimDevice(
            id=self.device.unit_id,
            simdata=(
                [_unreadable_bits()],
                [_unreadable_bits()],
                self._sim_data(RegisterType.HOLDING_REGISTER),
                self._sim_data(RegisterType.INPUT_REGISTER),
            ),
            action=self.on_access,
        )

    def _sim_data(self, register_type: RegisterType) -> list[SimData]:
        blocks = [
            SimData(address, values=list(words), datatype=SimDataType.REGISTERS, readonly=True)
            for address, words in self._blocks[register_type].items()
        ]
        blocks.extend(
            SimData(address, count=count, values=0, datatype=SimDataType.REGISTERS, readonly=True)
            for kind, address, count in RESERVED_REGISTERS.get(self.device.key, ())
            if kind is register_type
        )
        # pymodbus needs at least one entry per block; an INVALID one answers exception 02.
        return blocks or [SimData(0, datatype=SimDataType.INVALID)]

    async def on_access(
        self,
        function_code: int,
        start_address: int,
        address: int,
        count: int,
        registers: list[int],
        set_values: list[int] | list[bool] | None,
    ) -> ExcCodes | None:
        """Called by pymodbus for an access that is inside the map: serve the latest image."""
        if function_code in _BIT_FUNCTIONS:
            return ExcCodes.ILLEGAL_ADDRESS
        register_type = (
            RegisterType.INPUT_REGISTER
            if function_code == _INPUT_REGISTER_FUNCTION
            else RegisterType.HOLDING_REGISTER
        )
        for first, words in self._blocks[register_type].items():
            offset = first - start_address
            registers[offset : offset + len(words)] = words
        return None


def _unreadable_bits() -> SimData:
    """Placeholder coil/discrete block (pymodbus requires one); `on_access` rejects bit reads."""
    return SimData(0, values=False, datatype=SimDataType.BITS, readonly=True)


def _encode(tag: DemoTag, value: float) -> list[int]:
    """Engineering value → registers, as the instrument would hold it (raw = value / scale).

    Integer registers are rounded, and unsigned counters wrap at the register width the way a
    real totaliser rolls over.
    """
    raw = value / tag.scale
    if tag.data_type in _FLOAT_TYPES:
        return encode_value(raw, tag.data_type, tag.word_order)
    whole = round(raw)
    if tag.is_counter and tag.data_type in _UNSIGNED_TYPES:
        whole %= 1 << (16 * tag.data_type.register_count)
    return encode_value(whole, tag.data_type, tag.word_order)


class DemoPlantServer(ThreadedAsyncService):
    """The demo plant on Modbus TCP: bus `key` listens on `base_port + port_offset`.

    `clock` returns UTC seconds; tests and demonstrations may pass a fixed or accelerated clock.
    `start` raises `SimulatorPortError` if a bus's port is unavailable; `failure` says why the
    simulator stopped by itself (the register update failed), if it did.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        base_port: int = DEFAULT_BASE_PORT,
        seed: int = 1,
        update_interval_s: float = 0.5,
        *,
        clock: Callable[[], float] = time.time,
        start_totals: Mapping[str, float] | None = None,
    ) -> None:
        last_port = base_port + max(bus.port_offset for bus in DEMO_BUSES)
        if base_port < 1 or last_port > 65535:
            raise ValueError(f"base_port {base_port}: ports up to {last_port} must be 1..65535")
        if update_interval_s <= 0:
            raise ValueError("update_interval_s must be positive")
        super().__init__(thread_name=THREAD_NAME, label="demo plant server")
        self.host = host
        self.base_port = base_port
        self.update_interval_s = update_interval_s
        self._clock = clock
        self._model = DemoPlantModel(seed, start_totals)
        self._images = {
            bus.key: tuple(_DeviceImage(device) for device in bus.devices) for bus in DEMO_BUSES
        }
        self._servers: list[ModbusTcpServer] = []

    @property
    def ports(self) -> dict[str, int]:
        return {bus.key: self.base_port + bus.port_offset for bus in DEMO_BUSES}

    def reboot_device(self, device_key: str) -> None:
        """Reset a device's counters (a meter that rebooted or was replaced), on the server loop."""
        keys = [
            tag.key
            for bus in DEMO_BUSES
            for device in bus.devices
            if device.key == device_key
            for tag in device.tags
            if tag.is_counter
        ]
        if not keys:
            raise KeyError(device_key)

        def reset() -> None:
            self._model.reset_counters(keys)
            self._refresh()

        try:
            self.run_in_loop(reset)
        except ServiceNotRunning:  # nobody reads the registers: the model alone changes
            self._model.reset_counters(keys)

    async def _open(self) -> None:
        self._refresh()
        for bus in DEMO_BUSES:
            port = self.ports[bus.key]
            devices = [image.sim_device() for image in self._images[bus.key]]
            server = ModbusTcpServer([*devices, absent_units()], address=(self.host, port))
            self._servers.append(server)
            try:
                await server.serve_forever(background=True)
            except RuntimeError:
                raise port_error(self.host, port, f"demo plant bus '{bus.key}'") from None

    async def _close(self) -> None:
        servers, self._servers = self._servers, []
        for server in servers:
            server.close()

    async def _work(self) -> None:
        """Follow the plant model; if it fails, stop serving rather than serve stale values."""
        while True:
            await asyncio.sleep(self.update_interval_s)
            self._refresh()

    def _refresh(self) -> None:
        state = self._model.advance(self._clock())
        for images in self._images.values():
            for image in images:
                image.refresh(state)


def demo_bus_devices(
    bus_key: str, *, seed: int = 1, at_utc_s: float | None = None
) -> list[SimDevice]:
    """The demo bus `bus_key`'s devices, answering the plant's state at `at_utc_s` (now).

    For servers other than `DemoPlantServer` (RTU, faults): the same registers, frozen.
    """
    bus = next((b for b in DEMO_BUSES if b.key == bus_key), None)
    if bus is None:
        raise ValueError(f"no demo bus {bus_key!r}; there are {[b.key for b in DEMO_BUSES]}")
    state = DemoPlantModel(seed).advance(time.time() if at_utc_s is None else at_utc_s)
    devices = []
    for device in bus.devices:
        image = _DeviceImage(device)
        image.refresh(state)
        devices.append(image.sim_device())
    return devices


def run_forever(base_port: int, seed: int = 1, *, host: str = "127.0.0.1") -> None:
    """Serve the demo plant until Ctrl+C (the `qingyuan simulate` command)."""
    server = DemoPlantServer(host=host, base_port=base_port, seed=seed)
    server.start()
    try:
        print("Qingyuan demo plant simulator (清源示范工厂), Modbus TCP:", flush=True)
        for bus in DEMO_BUSES:
            port = server.ports[bus.key]
            print(f"  {host}:{port}  {bus.label_zh} / {bus.label_en}", flush=True)
            for device in bus.devices:
                print(
                    f"      unit {device.unit_id}: {device.label_zh} / {device.label_en}"
                    f" ({device.model})",
                    flush=True,
                )
        print("Press Ctrl+C to stop.", flush=True)
        while server.is_running:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    if server.failure is not None:
        raise RuntimeError("the demo plant simulator stopped by itself") from server.failure
