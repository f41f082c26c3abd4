"""One bus's connection: every Modbus read goes through here, bounded, checked and recorded.

The link owns the client and all the rules that keep a shared bus healthy:

- every attempt has a hard deadline (`bus.timeout_s`), and `attempts` bounds the retries;
- every response is checked (see `diagnosis`); nothing unchecked reaches a caller;
- `bus.inter_request_delay_s` of silence before each request, for slow RS-485 devices;
- after a failed exchange the stream is resynchronised: a serial line is drained, an RTU-over-TCP
  or garbled MBAP connection is reopened, so a late answer cannot pass for the next one;
- a bus that cannot be opened is retried with its own backoff, not on every request.

Thread: a link and its client belong to one thread (a bus poller, or a commissioning caller).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from pymodbus.exceptions import ConnectionException
from pymodbus.pdu import ModbusPDU

from domain.instruments import BusConfig, BusKind, RegisterType
from drivers.modbus.clients import ModbusClient, SerialLinkClient, make_client
from drivers.modbus.diagnosis import check_response, diagnose
from drivers.modbus.monitor import BusMonitor, Direction, Frame
from drivers.modbus.planner import MAX_BITS, MAX_REGISTERS
from drivers.modbus.statuses import ModbusStatus, ReadError

__all__ = ["LinkStopped", "ModbusLink", "ReadResult"]

_TABLE_NAMES = {
    RegisterType.COIL: "coils",
    RegisterType.DISCRETE_INPUT: "discrete inputs",
    RegisterType.HOLDING_REGISTER: "holding registers",
    RegisterType.INPUT_REGISTER: "input registers",
}
# Statuses after which an MBAP stream is still in step: pymodbus skips stale transaction ids.
_MBAP_STILL_FRAMED = frozenset(
    {ModbusStatus.TIMEOUT, ModbusStatus.WRONG_TRANSACTION, ModbusStatus.WRONG_UNIT}
)


class LinkStopped(Exception):
    """The owner asked to stop while the link waited for the line to rest: nothing was sent."""


@dataclass(frozen=True, slots=True)
class ReadResult:
    registers: tuple[int, ...]
    bits: tuple[bool, ...]
    latency_ms: float
    attempts: int


class ModbusLink:
    def __init__(
        self,
        bus: BusConfig,
        *,
        monitor: BusMonitor | None = None,
        stop: threading.Event | None = None,
        reconnect_initial_s: float = 0.5,
        reconnect_max_s: float = 10.0,
    ) -> None:
        if not bus.kind.is_modbus:
            raise ValueError(f"bus {bus.name}: {bus.kind.value} is not a Modbus bus")
        self.bus = bus
        self.monitor = monitor
        self._stop = stop or threading.Event()
        self._rtu = bus.kind in (BusKind.MODBUS_RTU, BusKind.MODBUS_RTU_OVER_TCP)
        self._client: ModbusClient | None = None
        self._reconnect_initial_s = reconnect_initial_s
        self._reconnect_max_s = reconnect_max_s
        self._reconnect_delay_s = 0.0
        self.retry_at = 0.0
        """When a link that could not be opened will be tried again (time.monotonic)."""
        self.connect_error: ReadError | None = None
        self._quiet_until = 0.0

    @property
    def connected(self) -> bool:
        return self._client is not None and self._client.connected

    def close(self) -> None:
        if self._client is not None:
            self._client.close()  # type: ignore[no-untyped-call]

    def read(
        self,
        register_type: RegisterType,
        unit_id: int,
        address: int,
        count: int,
        *,
        attempts: int = 1,
        capture: list[Frame] | None = None,
    ) -> ReadResult:
        """Read `count` registers or bits, or raise `ReadError` saying why not.

        Exception responses (a gateway has already waited for its device) and a bus that cannot
        be opened are not retried: asking again at once would give the same answer. `capture`,
        if given, receives this read's raw frames. Raises `LinkStopped` if the owner's stop
        event interrupts the wait before sending.
        """
        _check_request(register_type, address, count)
        failure: ReadError | None = None
        made = 0
        while made < max(1, attempts) and not (made and self._stop.is_set()):
            if not self._pace():
                raise LinkStopped
            self._ensure_connected()
            made += 1
            try:
                return self._exchange(register_type, unit_id, address, count, made, capture)
            except ReadError as error:
                self._resynchronise(error.status)
                if error.status.is_exception_response:
                    raise self._located(error, register_type, unit_id, address, count) from None
                failure = error
        assert failure is not None
        if made > 1:
            failure = ReadError(failure.status, f"{failure} (after {made} attempts)")
        raise self._located(failure, register_type, unit_id, address, count)

    def _exchange(
        self,
        register_type: RegisterType,
        unit_id: int,
        address: int,
        count: int,
        attempt: int,
        capture: list[Frame] | None,
    ) -> ReadResult:
        client = self._client
        assert client is not None
        function = register_type.function_code
        sent_at = datetime.now(UTC)
        started = time.perf_counter()
        client.begin_exchange(time.monotonic() + self.bus.timeout_s)
        try:
            response = _request(client, register_type, unit_id, address, count)
        except ConnectionException as error:
            self.close()
            detail = str(getattr(error, "string", error)).removeprefix("[Connection] ")
            status = ModbusStatus.CONNECTION_LOST
            raise ReadError(status, f"{status.description} ({detail})") from None
        except Exception:  # pymodbus raises several types for bad frames; all mean the same
            status, detail = diagnose(bytes(client.sent), bytes(client.received), rtu=self._rtu)
            if status is ModbusStatus.TIMEOUT:
                detail = f"{self.bus.timeout_s:g} s"
            raise ReadError(status, f"{status.description} ({detail})") from None
        finally:
            self._quiet_until = time.monotonic() + self.bus.inter_request_delay_s
            self._record(client, sent_at, capture)
        check_response(response, function, unit_id, count)
        latency_ms = (time.perf_counter() - started) * 1000.0
        if register_type.is_bit:
            return ReadResult((), tuple(response.bits[:count]), latency_ms, attempt)
        return ReadResult(tuple(response.registers), (), latency_ms, attempt)

    def _ensure_connected(self) -> None:
        if self._client is None:
            self._client = make_client(self.bus)
        if self._client.connected:
            return
        now = time.monotonic()
        if now < self.retry_at and self.connect_error is not None:
            raise self.connect_error
        if self._client.connect():
            self._reconnect_delay_s = 0.0
            self.retry_at = 0.0
            self.connect_error = None
            return
        self._reconnect_delay_s = min(
            max(self._reconnect_delay_s * 2, self._reconnect_initial_s), self._reconnect_max_s
        )
        self.retry_at = time.monotonic() + self._reconnect_delay_s
        where = "open" if self.bus.kind.is_serial else "connect to"
        self.connect_error = ReadError(
            ModbusStatus.NOT_CONNECTED, f"cannot {where} {self.bus.endpoint}"
        )
        raise self.connect_error

    def _resynchronise(self, status: ModbusStatus) -> None:
        """Make sure nothing of a failed exchange can be read as the next answer."""
        client = self._client
        if status.is_exception_response or client is None or not client.connected:
            return
        if isinstance(client, SerialLinkClient):
            client.drain(self.bus.timeout_s)
        elif self._rtu or status not in _MBAP_STILL_FRAMED:
            self.close()

    def _pace(self) -> bool:
        """Let the line rest `inter_request_delay_s` after the last exchange; False if stopped."""
        delay = self._quiet_until - time.monotonic()
        return delay <= 0 or not self._stop.wait(delay)

    def _record(self, client: ModbusClient, sent_at: datetime, capture: list[Frame] | None) -> None:
        monitoring = self.monitor is not None and self.monitor.enabled
        if not monitoring and capture is None:
            return
        frames = [Frame(Direction.TX, sent_at, bytes(client.sent))]
        if client.received:
            received_at = datetime.fromtimestamp(client.first_rx_at or time.time(), UTC)
            frames.append(Frame(Direction.RX, received_at, bytes(client.received)))
        if monitoring and self.monitor is not None:
            self.monitor.record(frames)
        if capture is not None:
            capture.extend(frames)

    @staticmethod
    def _located(
        error: ReadError, register_type: RegisterType, unit_id: int, address: int, count: int
    ) -> ReadError:
        """The error with the request it belongs to, as the engineer would look it up."""
        where = (
            f"unit {unit_id}, {_TABLE_NAMES[register_type]} {address} "
            f"({register_type.manual_number(address)}) ×{count}"
        )
        return ReadError(error.status, f"{where}: {error}", error.exception_code)


def _check_request(register_type: RegisterType, address: int, count: int) -> None:
    """Refuse, as a device would (exception 03), a request that Modbus cannot carry."""
    limit = MAX_BITS if register_type.is_bit else MAX_REGISTERS
    if not 1 <= count <= limit or not 0 <= address <= 0xFFFF or address + count > 0x10000:
        raise ReadError(
            ModbusStatus.ILLEGAL_VALUE,
            f"{_TABLE_NAMES[register_type]} {address} ×{count}: one request reads 1..{limit} "
            "within addresses 0..65535",
            0x03,
        )


def _request(
    client: ModbusClient, register_type: RegisterType, unit_id: int, address: int, count: int
) -> ModbusPDU:
    read = {
        RegisterType.COIL: client.read_coils,
        RegisterType.DISCRETE_INPUT: client.read_discrete_inputs,
        RegisterType.HOLDING_REGISTER: client.read_holding_registers,
        RegisterType.INPUT_REGISTER: client.read_input_registers,
    }[register_type]
    return read(address, count=count, device_id=unit_id)
