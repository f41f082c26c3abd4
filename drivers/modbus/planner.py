"""Request planning: coalesce a device's tags into the fewest Modbus reads.

Reading a few unused registers in a gap is cheaper than a second request on a slow RS-485 line,
so neighbouring tags share a block while the gap stays under `max_gap`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from domain.instruments import RegisterType, TagConfig

MAX_REGISTERS = 125
MAX_BITS = 2000


@dataclass(frozen=True)
class ReadBlock:
    register_type: RegisterType
    start: int
    count: int
    tags: tuple[TagConfig, ...]


def plan_reads(
    tags: Iterable[TagConfig],
    *,
    max_gap: int = 16,
    max_registers: int = MAX_REGISTERS,
    max_bits: int = MAX_BITS,
) -> list[ReadBlock]:
    by_type: dict[RegisterType, list[TagConfig]] = {}
    for tag in tags:
        by_type.setdefault(tag.register_type, []).append(tag)
    blocks: list[ReadBlock] = []
    for register_type, group in by_type.items():
        limit = max_bits if register_type.is_bit else max_registers
        blocks.extend(_coalesce(register_type, group, max_gap, limit))
    return blocks


def _coalesce(
    register_type: RegisterType, tags: list[TagConfig], max_gap: int, limit: int
) -> list[ReadBlock]:
    ordered = sorted(tags, key=lambda t: (t.address, t.register_count))
    blocks: list[ReadBlock] = []
    current: list[TagConfig] = []
    start = end = 0
    for tag in ordered:
        tag_end = tag.address + tag.register_count
        if current and (tag.address - end <= max_gap) and (max(end, tag_end) - start <= limit):
            current.append(tag)
            end = max(end, tag_end)
            continue
        if current:
            blocks.append(ReadBlock(register_type, start, end - start, tuple(current)))
        current, start, end = [tag], tag.address, tag_end
    if current:
        blocks.append(ReadBlock(register_type, start, end - start, tuple(current)))
    return blocks
