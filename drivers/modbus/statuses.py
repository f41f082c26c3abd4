"""What happened to one Modbus request, as a status a plant engineer can act on.

Commissioning is mostly reading these: "illegal address" means a wrong register number (0- vs
1-based), "wrong unit" means two meters share an address, "bad CRC" means wiring or termination,
"timeout" means the meter is off, mis-addressed or at another baud rate. The status values are
stable strings, so the UI can translate them and `DeviceHealth.last_status` can carry them.

Three kinds of failure are told apart because the poller treats them differently:

- the device answered with a Modbus exception: it is alive, only that read failed;
- the device did not answer usefully (timeout, garbled or misaddressed frame, gateway 0A/0B):
  the device is unreachable and is polled with backoff so it cannot stall the bus;
- the bus itself is down (port cannot be opened, connection lost): every device on it fails
  and the link is reopened with its own backoff.
"""

from __future__ import annotations

from enum import StrEnum

from domain.quality import Quality

__all__ = ["ModbusStatus", "ReadError", "status_for_exception_code"]


class ModbusStatus(StrEnum):
    OK = "ok"
    TIMEOUT = "timeout"
    NOT_CONNECTED = "not_connected"
    CONNECTION_LOST = "connection_lost"
    BAD_CRC = "bad_crc"
    WRONG_UNIT = "wrong_unit"
    WRONG_TRANSACTION = "wrong_transaction"
    WRONG_FUNCTION = "wrong_function"
    WRONG_LENGTH = "wrong_length"
    GARBLED = "garbled"
    ILLEGAL_FUNCTION = "illegal_function"
    ILLEGAL_ADDRESS = "illegal_address"
    ILLEGAL_VALUE = "illegal_value"
    DEVICE_FAILURE = "device_failure"
    BUSY = "busy"
    GATEWAY_PATH_UNAVAILABLE = "gateway_path_unavailable"
    GATEWAY_NO_RESPONSE = "gateway_no_response"
    OTHER_EXCEPTION = "other_exception"

    @property
    def description(self) -> str:
        return _DESCRIPTIONS[self]

    @property
    def is_device_exception(self) -> bool:
        """The device answered with a Modbus exception: alive, but this read failed."""
        return self in _DEVICE_EXCEPTIONS

    @property
    def is_exception_response(self) -> bool:
        """A well-formed Modbus exception frame came back (device or gateway exception)."""
        return self.is_device_exception or self in (
            ModbusStatus.GATEWAY_PATH_UNAVAILABLE,
            ModbusStatus.GATEWAY_NO_RESPONSE,
        )

    @property
    def is_link_failure(self) -> bool:
        """The bus is down for every device on it, not just for one device."""
        return self in (ModbusStatus.NOT_CONNECTED, ModbusStatus.CONNECTION_LOST)

    @property
    def is_unreachable(self) -> bool:
        """No useful answer from this device: it is put on backoff."""
        return self is not ModbusStatus.OK and not (
            self.is_device_exception or self.is_link_failure
        )

    @property
    def rejects_request(self) -> bool:
        """The device refuses this request as such (01/02/03): asking again will not help."""
        return self in (
            ModbusStatus.ILLEGAL_FUNCTION,
            ModbusStatus.ILLEGAL_ADDRESS,
            ModbusStatus.ILLEGAL_VALUE,
        )

    @property
    def splits_block(self) -> bool:
        """A block refused for its address or size may be readable in smaller pieces.

        02 is the documented answer to a read that covers an undefined register; many meters
        answer 03 instead when a read is longer than they support.
        """
        return self in (ModbusStatus.ILLEGAL_ADDRESS, ModbusStatus.ILLEGAL_VALUE)

    @property
    def quality(self) -> Quality:
        if self is ModbusStatus.OK:
            return Quality.GOOD
        return Quality.DEVICE_EXCEPTION if self.is_device_exception else Quality.COMM_FAILURE


_DEVICE_EXCEPTIONS = frozenset(
    {
        ModbusStatus.ILLEGAL_FUNCTION,
        ModbusStatus.ILLEGAL_ADDRESS,
        ModbusStatus.ILLEGAL_VALUE,
        ModbusStatus.DEVICE_FAILURE,
        ModbusStatus.BUSY,
        ModbusStatus.OTHER_EXCEPTION,
    }
)

_DESCRIPTIONS: dict[ModbusStatus, str] = {
    ModbusStatus.OK: "ok",
    ModbusStatus.TIMEOUT: "no answer within the timeout",
    ModbusStatus.NOT_CONNECTED: "cannot open the port or connect",
    ModbusStatus.CONNECTION_LOST: "connection lost",
    ModbusStatus.BAD_CRC: "CRC error (wiring, termination or noise)",
    ModbusStatus.WRONG_UNIT: "answer from another unit id",
    ModbusStatus.WRONG_TRANSACTION: "answer to another request (transaction id)",
    ModbusStatus.WRONG_FUNCTION: "answer for another function code",
    ModbusStatus.WRONG_LENGTH: "answer of the wrong length",
    ModbusStatus.GARBLED: "garbled answer",
    ModbusStatus.ILLEGAL_FUNCTION: "exception 01 illegal function",
    ModbusStatus.ILLEGAL_ADDRESS: "exception 02 illegal data address",
    ModbusStatus.ILLEGAL_VALUE: "exception 03 illegal data value",
    ModbusStatus.DEVICE_FAILURE: "exception 04 device failure",
    ModbusStatus.BUSY: "exception 05/06 device busy",
    ModbusStatus.GATEWAY_PATH_UNAVAILABLE: "exception 0A gateway path unavailable",
    ModbusStatus.GATEWAY_NO_RESPONSE: "exception 0B gateway target did not respond",
    ModbusStatus.OTHER_EXCEPTION: "Modbus exception",
}

_EXCEPTION_STATUSES: dict[int, ModbusStatus] = {
    0x01: ModbusStatus.ILLEGAL_FUNCTION,
    0x02: ModbusStatus.ILLEGAL_ADDRESS,
    0x03: ModbusStatus.ILLEGAL_VALUE,
    0x04: ModbusStatus.DEVICE_FAILURE,
    0x05: ModbusStatus.BUSY,
    0x06: ModbusStatus.BUSY,
    0x0A: ModbusStatus.GATEWAY_PATH_UNAVAILABLE,
    0x0B: ModbusStatus.GATEWAY_NO_RESPONSE,
}


def status_for_exception_code(code: int) -> ModbusStatus:
    return _EXCEPTION_STATUSES.get(code, ModbusStatus.OTHER_EXCEPTION)


class ReadError(Exception):
    """A request that produced no usable data; `str()` is the text stored with the failure."""

    def __init__(self, status: ModbusStatus, message: str, exception_code: int | None = None):
        super().__init__(message)
        self.status = status
        self.exception_code = exception_code
