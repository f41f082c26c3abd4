"""RTU wire arithmetic: characters, frame sizes and the theoretical time of a set of reads."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from domain.instruments import RegisterType


def bits_per_char(bytesize: int = 8, parity: str = "N", stopbits: int = 1) -> int:
    """Start bit + data bits + parity bit (if any) + stop bits: 10 for 8N1, 11 for 8E1/8N2."""
    return 1 + bytesize + (0 if parity.upper() == "N" else 1) + stopbits


REQUEST_BYTES = 8
"""Unit id, function, start (2), count (2), CRC (2): every read function."""


class Block(Protocol):
    """What a planned read needs for its wire cost (the planner's ReadBlock has it)."""

    @property
    def register_type(self) -> RegisterType: ...
    @property
    def count(self) -> int: ...


@dataclass(frozen=True)
class WireBudget:
    transactions: int
    request_bytes: int
    response_bytes: int
    bytes_s: float
    silence_s: float

    @property
    def total_s(self) -> float:
        return self.bytes_s + self.silence_s


def response_bytes(block: Block) -> int:
    """Unit id, function, byte count, data, CRC (2)."""
    data = math.ceil(block.count / 8) if block.register_type.is_bit else 2 * block.count
    return 3 + data + 2


def wire_time(blocks: Sequence[Block], baudrate: int, bits: int) -> WireBudget:
    """Request + response bytes at `bits` per character, plus the 3.5-character silence that
    ends each frame (fixed 1.75 ms above 19200 baud, as the Modbus serial spec sets)."""
    request = REQUEST_BYTES * len(blocks)
    response = sum(response_bytes(block) for block in blocks)
    char_s = bits / baudrate
    silence_per_frame = 3.5 * char_s if baudrate <= 19200 else 0.00175
    return WireBudget(
        transactions=len(blocks),
        request_bytes=request,
        response_bytes=response,
        bytes_s=(request + response) * char_s,
        silence_s=2 * len(blocks) * silence_per_frame,
    )
