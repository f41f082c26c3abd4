"""Serve any device profile over Modbus TCP with plausible values, so every profile is testable.

`profile_sim_device` turns a profile into a pymodbus `SimDevice` whose `action` hook (the
documented way to change registers at run time, as in `modbus_server`) computes the registers a
request touches from the clock at the moment it is read, so no updater task is needed:

- numbers follow a slow sine with a little noise inside the tag's typical range (0…100 where
  the profile gives none, narrowed to what the registers can hold);
- counters start low in the typical range and rise monotonically, about 80 % of the range a
  year; integer counters wrap at their rollover or register width like a real totaliser;
- bit views and bool values switch on for about a fifth of each of their periods; a status
  word that bit views look into is composed from those bits, so word and bits always agree;
- strings hold a fixed serial number; reserved ranges read as zeros;
- addresses outside the map answer exception 02, and so does every write (the map is read-only).
  Coils and discrete inputs are an exception: pymodbus makes every address between the first
  and last bit tag readable, so holes inside a bit table read as off instead of failing.

`ProfileServer` runs one pymodbus TCP server for several such devices (a gateway with unit ids
behind it) on an asyncio loop in its own daemon thread, `profile-sim`
(`threaded_server.ThreadedAsyncService`); absent unit ids answer 0x0B as `modbus_server`'s
gateway does, and a port that is taken raises `SimulatorPortError` from `start`.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Mapping

from pymodbus.constants import ExcCodes
from pymodbus.server import ModbusTcpServer
from pymodbus.simulator import DataType as SimDataType
from pymodbus.simulator import SimData, SimDevice

from domain.instruments import DataType, RegisterType
from domain.profiles import DeviceProfile, ProfileTag
from drivers.modbus.codec import encode_string, encode_value
from drivers.simulators.threaded_server import ThreadedAsyncService, absent_units, port_error

__all__ = ["THREAD_NAME", "ProfileServer", "profile_sim_device", "serial_number"]

THREAD_NAME = "profile-sim"
YEAR_S = 365 * 86_400.0
_TABLES = {
    1: RegisterType.COIL,
    2: RegisterType.DISCRETE_INPUT,
    3: RegisterType.HOLDING_REGISTER,
    4: RegisterType.INPUT_REGISTER,
}
_FLOATS = frozenset({DataType.FLOAT32, DataType.FLOAT64})
_INTEGERS = frozenset(
    {
        DataType.INT16,
        DataType.UINT16,
        DataType.INT32,
        DataType.UINT32,
        DataType.INT64,
        DataType.UINT64,
    }
)

Clock = Callable[[], float]


def serial_number(unit_id: int, seed: int) -> str:
    """The serial number the simulated device reports in its string tags."""
    return f"QY{unit_id:03d}{seed % 100_000:05d}"


def profile_sim_device(
    profile: DeviceProfile, unit_id: int, seed: int = 1, clock: Clock = time.time
) -> SimDevice:
    """A simulated instrument of this profile at `unit_id` (1…247); see the module docstring."""
    if not 1 <= unit_id <= 247:
        raise ValueError(f"unit id {unit_id} is not 1…247")
    return _ProfileImage(profile, unit_id, seed, clock).sim_device()


class _Signal:
    """One tag's simulated value over time, reproducible from the seed."""

    def __init__(self, tag: ProfileTag, rng: random.Random, start_s: float) -> None:
        self.tag = tag
        low, high = _value_range(tag)
        self.low, self.high = low, high
        self.period_s = rng.uniform(60.0, 600.0)
        self.phase = rng.uniform(0.0, 2 * math.pi)
        self.start_s = start_s
        self.counter_start = low + 0.1 * (high - low) * rng.random()
        self.counter_rate = 0.8 * (high - low) / YEAR_S * rng.uniform(0.5, 1.0)
        self.last_counter = self.counter_start

    def is_on(self, now: float) -> bool:
        return math.sin(2 * math.pi * now / self.period_s + self.phase) > 0.8

    def value(self, now: float, noise: float) -> float:
        if self.tag.is_counter:
            rising = self.counter_start + self.counter_rate * max(0.0, now - self.start_s)
            self.last_counter = max(self.last_counter, rising)
            return self.last_counter
        middle, half = (self.low + self.high) / 2, (self.high - self.low) / 2
        wave = math.sin(2 * math.pi * now / self.period_s + self.phase)
        return middle + half * (0.8 * wave + 0.1 * noise)


class _ProfileImage:
    """The register map of one simulated device and how each part of it is produced."""

    def __init__(self, profile: DeviceProfile, unit_id: int, seed: int, clock: Clock) -> None:
        self.profile = profile
        self.unit_id = unit_id
        self._clock = clock
        self._noise = random.Random(f"{profile.id}/{unit_id}/{seed}/noise")
        start_s = clock()
        self._signals = {
            tag.key: _Signal(
                tag, random.Random(f"{profile.id}/{unit_id}/{seed}/{tag.key}"), start_s
            )
            for tag in profile.tags
        }
        self._serial = serial_number(unit_id, seed)
        bit_views = [tag for tag in profile.tags if tag.data_type is DataType.BIT]
        self._views: dict[tuple[RegisterType, int], list[ProfileTag]] = {}
        for view in bit_views:
            self._views.setdefault((view.register_type, view.address), []).append(view)
        self._cells: dict[RegisterType, list[tuple[int, int, Callable[[float], list[int]]]]] = {
            table: [] for table in _TABLES.values()
        }
        covered: set[tuple[RegisterType, int]] = set()
        for tag in profile.tags:
            if tag.data_type is DataType.BIT:
                continue
            self._cells[tag.register_type].append(
                (tag.address, tag.register_count, self._producer(tag))
            )
            covered.update((tag.register_type, tag.address + i) for i in range(tag.register_count))
        for table, address in sorted(set(self._views) - covered, key=lambda k: (k[0].value, k[1])):
            self._cells[table].append((address, 1, self._status_producer(table, address, 1)))
        for reserved in profile.reserved:
            self._cells[reserved.register_type].append(
                (reserved.address, reserved.count, _constant([0] * reserved.count))
            )
        for cells in self._cells.values():
            cells.sort(key=lambda cell: cell[0])

    def sim_device(self) -> SimDevice:
        now = self._clock()
        blocks: list[list[SimData]] = []
        for table in _TABLES.values():
            if table.is_bit:
                entries = [
                    SimData(first, values=[bool(make(now)[0])], datatype=SimDataType.BITS)
                    for first, _count, make in self._cells[table]
                ]
                blocks.append(entries or [SimData(0, values=False, datatype=SimDataType.BITS)])
            else:
                entries = [
                    SimData(first, values=make(now), datatype=SimDataType.REGISTERS, readonly=True)
                    for first, _count, make in self._cells[table]
                ]
                blocks.append(entries or [SimData(0, datatype=SimDataType.INVALID)])
        return SimDevice(
            id=self.unit_id,
            simdata=(blocks[0], blocks[1], blocks[2], blocks[3]),
            action=self.on_access,
        )

    async def on_access(
        self,
        function_code: int,
        start_address: int,
        address: int,
        count: int,
        registers: list[int],
        set_values: list[int] | list[bool] | None,
    ) -> ExcCodes | None:
        """Called by pymodbus for an access inside the map: fill in the values of this moment."""
        table = _TABLES.get(function_code)
        if set_values is not None or table is None:
            return ExcCodes.ILLEGAL_ADDRESS
        cells = self._cells[table]
        if not cells:  # only the placeholder bit block exists
            return ExcCodes.ILLEGAL_ADDRESS
        now = self._clock()
        for first, size, make in cells:
            if first >= address + count or first + size <= address:
                continue
            words = make(now)
            if table.is_bit:
                index, mask = first // 16 - start_address, 1 << (first % 16)
                registers[index] = registers[index] | mask if words[0] else registers[index] & ~mask
            else:
                offset = first - start_address
                registers[offset : offset + size] = words
        return None

    def _producer(self, tag: ProfileTag) -> Callable[[float], list[int]]:
        signal = self._signals[tag.key]
        if tag.data_type is DataType.STRING:
            return _constant(
                encode_string(self._serial[: 2 * tag.length], tag.length, tag.word_order)
            )
        if tag.register_type.is_bit or tag.data_type is DataType.BOOL:
            return lambda now: [1 if signal.is_on(now) else 0]
        if tag.data_type in _INTEGERS and any(
            (tag.register_type, tag.address + i) in self._views for i in range(tag.register_count)
        ):
            return self._status_producer(tag.register_type, tag.address, tag.register_count)
        return lambda now: _encode(
            tag, signal.value(now, self._noise.uniform(-1.0, 1.0)), (signal.low, signal.high)
        )

    def _status_producer(
        self, table: RegisterType, first: int, count: int
    ) -> Callable[[float], list[int]]:
        """Registers composed of the bits the profile's bit views look at, all else zero."""
        views = [
            (i, view) for i in range(count) for view in self._views.get((table, first + i), [])
        ]

        def produce(now: float) -> list[int]:
            words = [0] * count
            for index, view in views:
                if self._signals[view.key].is_on(now) and view.bit is not None:
                    words[index] |= 1 << view.bit
            return words

        return produce


def _constant(words: list[int]) -> Callable[[float], list[int]]:
    return lambda _now: words


def _value_range(tag: ProfileTag) -> tuple[float, float]:
    """The typical range, else 100 units from 0 (or from the nearest value the registers hold)."""
    if tag.typical_min is not None and tag.typical_max is not None:
        return tag.typical_min, tag.typical_max
    low, high = tag.engineering_range()
    start = 0.0 if low <= 0.0 <= high else low
    if start >= high:  # only values at or below zero: count downwards
        return max(low, high - 100.0), high
    return start, min(high, start + 100.0)


def _encode(tag: ProfileTag, value: float, value_range: tuple[float, float]) -> list[int]:
    """Engineering value → registers, as the instrument holds it (raw = (value − offset) / scale).

    Integers are rounded, but never to a step outside the value's range; counters wrap instead,
    at their rollover or register width, like a real totaliser.
    """
    raw = (value - tag.offset) / tag.scale
    if tag.data_type in _FLOATS:
        return encode_value(raw, tag.data_type, tag.word_order)
    whole = round(raw)
    low, high = (int(end) for end in tag.raw_range())
    if tag.is_counter:
        modulus = abs(round(tag.rollover / tag.scale)) if tag.rollover else high - low + 1
        whole = low + (whole - low) % max(modulus, 1)
    else:
        raw_ends = [(end - tag.offset) / tag.scale for end in value_range]
        first, last = math.ceil(min(raw_ends)), math.floor(max(raw_ends))
        if first <= last:
            whole = min(max(whole, first), last)
    return encode_value(min(max(whole, low), high), tag.data_type, tag.word_order)


class ProfileServer(ThreadedAsyncService):
    """Simulated instruments, one per unit id, behind one Modbus TCP endpoint.

    `port=0` lets the operating system choose; `port` gives the real one once started.
    """

    def __init__(
        self,
        profiles_by_unit: Mapping[int, DeviceProfile],
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        seed: int = 1,
        clock: Clock = time.time,
    ) -> None:
        if not profiles_by_unit:
            raise ValueError("a profile server needs at least one profile")
        if not 0 <= port <= 65535:
            raise ValueError(f"port {port} is not 0…65535")
        super().__init__(thread_name=THREAD_NAME, label="profile server")
        self.host = host
        self._requested_port = port
        self._bound_port = 0
        self._devices = [
            profile_sim_device(profile, unit, seed, clock)
            for unit, profile in sorted(profiles_by_unit.items())
        ]
        self._server: ModbusTcpServer | None = None

    @property
    def port(self) -> int:
        """The port clients connect to: the one bound while running, else the one asked for."""
        return self._bound_port or self._requested_port

    async def _open(self) -> None:
        self._server = server = ModbusTcpServer(
            [*self._devices, absent_units()], address=(self.host, self._requested_port)
        )
        try:
            await server.serve_forever(background=True)
        except RuntimeError:
            raise port_error(self.host, self._requested_port, "the profile server") from None
        sockets = getattr(server.transport, "sockets", None) or ()
        self._bound_port = int(sockets[0].getsockname()[1]) if sockets else self._requested_port

    async def _close(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.close()
        self._bound_port = 0
