"""Commissioning helpers: one raw read with its frames, and a value in every word order.

A plant engineer commissioning a meter asks three questions: does it answer at all, what bytes
does it send, and which word order turns them into the number on its display. `read_raw` answers
the first two (registers or bits, latency, status and the raw TX/RX frames), `decode_all_orders`
the third. The CLI (`qingyuan modbus read`) and the GUI "test read" both build on these.

`read_raw` opens and closes its own client, so it must not be pointed at a serial port that the
acquisition engine holds: use `BusPoller.request_raw_read` then, which runs the same exchange on
the poller's own thread and link.

Thread: `read_raw` blocks the calling thread for at most (attempts × timeout) plus a connect.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from domain.instruments import BusConfig, DataType, RegisterType, WordOrder
from drivers.modbus.codec import (
    CodecError,
    decode_bit_in_register,
    decode_registers,
    decode_string,
)
from drivers.modbus.link import ModbusLink
from drivers.modbus.monitor import Frame
from drivers.modbus.statuses import ModbusStatus, ReadError

__all__ = [
    "FUNCTION_TABLES",
    "RawRead",
    "decode_all_orders",
    "decode_consecutive",
    "exchange_raw",
    "read_raw",
]

FUNCTION_TABLES = {
    1: RegisterType.COIL,
    2: RegisterType.DISCRETE_INPUT,
    3: RegisterType.HOLDING_REGISTER,
    4: RegisterType.INPUT_REGISTER,
}

Decoded = float | int | bool | str


@dataclass(frozen=True)
class RawRead:
    unit_id: int
    function: int
    address: int
    count: int
    registers: tuple[int, ...]
    bits: tuple[bool, ...]
    latency_ms: float
    status: ModbusStatus
    error: str | None
    frames: tuple[Frame, ...]
    exception_code: int | None = None

    @property
    def ok(self) -> bool:
        return self.status is ModbusStatus.OK


def read_raw(
    bus: BusConfig, unit_id: int, function: int, address: int, count: int, *, attempts: int = 1
) -> RawRead:
    """One read on a client of its own, closed again before returning."""
    link = ModbusLink(bus)
    try:
        return exchange_raw(link, unit_id, function, address, count, attempts=attempts)
    finally:
        link.close()


def exchange_raw(
    link: ModbusLink,
    unit_id: int,
    function: int,
    address: int,
    count: int,
    *,
    attempts: int = 1,
) -> RawRead:
    """One read on an existing link, with its frames; never raises for a bus or device fault."""
    register_type = FUNCTION_TABLES.get(function)
    if register_type is None:
        raise ValueError(f"function {function}: commissioning reads use functions 1..4")
    if not 0 <= unit_id <= 247:
        raise ValueError(f"unit id {unit_id}: Modbus unit ids are 0..247")
    frames: list[Frame] = []
    started = time.perf_counter()
    try:
        result = link.read(
            register_type, unit_id, address, count, attempts=attempts, capture=frames
        )
    except ReadError as error:
        latency_ms = (time.perf_counter() - started) * 1000.0
        return RawRead(
            unit_id,
            function,
            address,
            count,
            (),
            (),
            latency_ms,
            error.status,
            str(error),
            tuple(frames),
            error.exception_code,
        )
    return RawRead(
        unit_id,
        function,
        address,
        count,
        result.registers,
        result.bits,
        result.latency_ms,
        ModbusStatus.OK,
        None,
        tuple(frames),
    )


def decode_all_orders(
    registers: Sequence[int], data_type: DataType, *, bit: int | None = None
) -> dict[WordOrder, Decoded | CodecError]:
    """One value of `data_type` from `registers`, in each word order, or why it cannot be.

    The engineer compares these with the meter's display; the one that matches is the order.
    For 16-bit types ABCD equals CDAB and BADC equals DCBA: only byte order exists there.
    """
    results: dict[WordOrder, Decoded | CodecError] = {}
    for order in WordOrder:
        try:
            results[order] = _decode_one(registers, data_type, order, bit)
        except CodecError as error:
            results[order] = error
    return results


def decode_consecutive(
    registers: Sequence[int], data_type: DataType, word_order: WordOrder
) -> tuple[Decoded, ...]:
    """`registers` as consecutive values of one type: 10 registers are 5 float32 values.

    A string takes all registers as one text. Bits have no place in a run of registers (which
    bit?): read them as uint16 instead.
    """
    if data_type is DataType.STRING:
        return (decode_string(registers, word_order),)
    if data_type is DataType.BIT:
        raise CodecError("a bit is one bit of a register: decode the registers as uint16")
    size = data_type.register_count
    if not registers or len(registers) % size:
        raise CodecError(
            f"{len(registers)} register(s) do not make whole {data_type.value} values "
            f"({size} register(s) each)"
        )
    return tuple(
        decode_registers(registers[i : i + size], data_type, word_order)
        for i in range(0, len(registers), size)
    )


def _decode_one(
    registers: Sequence[int], data_type: DataType, order: WordOrder, bit: int | None
) -> Decoded:
    if data_type is DataType.STRING:
        return decode_string(registers, order)
    if data_type is DataType.BIT:
        if bit is None:
            raise CodecError("a bit value needs a bit number (0..15)")
        word = decode_registers(registers, DataType.UINT16, order)
        return decode_bit_in_register(int(word), bit)
    return decode_registers(registers, data_type, order)
