"""Why an exchange failed, read from its raw bytes, and whether a response may be trusted.

pymodbus discards frames with a bad CRC, a wrong unit id or a wrong transaction id and then
simply waits for the timeout, so "no response" hides the cause a commissioning engineer needs.
`diagnose` looks at what actually came back. `check_response` adds the checks pymodbus 3.16
does not make on a decoded response: that it answers the function asked, and carries exactly
the registers or bits asked for (a meter or gateway that returns fewer registers than asked
would otherwise shift every value after the gap).

Everything here is pure and total: any bytes give a status, never an exception.
"""

from __future__ import annotations

from pymodbus.framer import FramerRTU
from pymodbus.pdu import ModbusPDU

from drivers.modbus.statuses import ModbusStatus, ReadError, status_for_exception_code

__all__ = ["check_response", "diagnose"]

_BIT_FUNCTIONS = (1, 2)
_READ_FUNCTIONS = (1, 2, 3, 4)


def diagnose(sent: bytes, received: bytes, *, rtu: bool) -> tuple[ModbusStatus, str]:
    """The status and a short explanation for an exchange that produced no valid response."""
    if not received:
        return ModbusStatus.TIMEOUT, "no answer"
    if rtu:
        return _diagnose_rtu(sent, received)
    return _diagnose_mbap(sent, received)


def _diagnose_rtu(sent: bytes, received: bytes) -> tuple[ModbusStatus, str]:
    if len(received) < 4:
        return ModbusStatus.GARBLED, f"incomplete frame of {len(received)} byte(s)"
    function = received[1]
    if function & 0x80:
        size = 5
    elif function in _READ_FUNCTIONS:
        size = 5 + received[2]
    else:
        size = len(received)
    if len(received) < size:
        return ModbusStatus.WRONG_LENGTH, f"frame of {len(received)} bytes, expected {size}"
    body, crc = received[: size - 2], received[size - 2 : size]
    if FramerRTU.compute_CRC(body) != int.from_bytes(crc, "big"):
        return ModbusStatus.BAD_CRC, f"CRC {crc.hex().upper()} does not match the frame"
    return _addressing(sent[:2], received[0], function)


def _diagnose_mbap(sent: bytes, received: bytes) -> tuple[ModbusStatus, str]:
    if len(received) < 8:
        return ModbusStatus.GARBLED, f"incomplete MBAP frame of {len(received)} byte(s)"
    protocol = int.from_bytes(received[2:4], "big")
    if protocol:
        return ModbusStatus.GARBLED, f"MBAP protocol id {protocol}, expected 0"
    if len(sent) >= 2 and received[0:2] != sent[0:2]:
        return (
            ModbusStatus.WRONG_TRANSACTION,
            f"transaction id {int.from_bytes(received[0:2], 'big')}, "
            f"expected {int.from_bytes(sent[0:2], 'big')}",
        )
    length = int.from_bytes(received[4:6], "big")
    if length != len(received) - 6:
        return ModbusStatus.WRONG_LENGTH, f"MBAP length {length}, frame has {len(received) - 6}"
    function = received[7]
    if function in _READ_FUNCTIONS and len(received) > 8 and received[8] != len(received) - 9:
        return ModbusStatus.WRONG_LENGTH, f"byte count {received[8]}, data has {len(received) - 9}"
    return _addressing(sent[6:8], received[6], function)


def _addressing(sent_unit_function: bytes, unit: int, function: int) -> tuple[ModbusStatus, str]:
    """Unit and function of a well-formed frame against the request's."""
    if len(sent_unit_function) < 2:
        return ModbusStatus.GARBLED, "unexpected frame"
    expected_unit, expected_function = sent_unit_function[0], sent_unit_function[1]
    if unit != expected_unit:
        return ModbusStatus.WRONG_UNIT, f"answer from unit {unit}, asked unit {expected_unit}"
    if function & 0x7F != expected_function:
        return (
            ModbusStatus.WRONG_FUNCTION,
            f"answer for function {function & 0x7F}, asked {expected_function}",
        )
    return ModbusStatus.GARBLED, "frame could not be decoded"


def check_response(response: ModbusPDU, function: int, unit_id: int, count: int) -> None:
    """Raise `ReadError` unless `response` is a complete answer to this read request."""
    if response.function_code & 0x7F != function:
        detail = f"function {response.function_code & 0x7F}, asked {function}"
        raise _error(ModbusStatus.WRONG_FUNCTION, detail)
    if response.isError():
        code = int(getattr(response, "exception_code", 0))
        status = status_for_exception_code(code)
        raise ReadError(status, f"{status.description} (code {code:02X})", code)
    if response.dev_id != unit_id:
        raise _error(ModbusStatus.WRONG_UNIT, f"unit {response.dev_id}, asked {unit_id}")
    if function in _BIT_FUNCTIONS:
        expected = 8 * ((count + 7) // 8)
        if len(response.bits) != expected:
            detail = f"{len(response.bits) // 8} data byte(s), expected {expected // 8}"
            raise _error(ModbusStatus.WRONG_LENGTH, detail)
    elif len(response.registers) != count:
        detail = f"{len(response.registers)} register(s), asked for {count}"
        raise _error(ModbusStatus.WRONG_LENGTH, detail)


def _error(status: ModbusStatus, detail: str) -> ReadError:
    return ReadError(status, f"{status.description} ({detail})")
