"""Request planning: coalesce a device's tags into the fewest Modbus reads, and adapt.

Reading a few unused registers in a gap is cheaper than a second request on a slow RS-485 line,
so neighbouring tags share a block while the gap stays under `max_gap`. Some meters refuse a
read that covers a register they do not define (exception 02) or one longer than they support
(often 03). `AdaptivePlan` then splits the block, at its widest gap first, and remembers the
split; a block that cannot be split further is set aside and re-probed only now and then, so
one mistyped address costs one request per probe period, not one per poll.

Tags of a non-Modbus table (`RegisterType.FIELD`, line protocols) are ignored here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from domain.instruments import BusKind, DeviceConfig, RegisterType, TagConfig
from drivers.modbus.statuses import ModbusStatus

__all__ = [
    "MAX_BITS",
    "MAX_REGISTERS",
    "AdaptivePlan",
    "ReadBlock",
    "Rejection",
    "plan_reads",
    "poll_groups",
    "split_block",
]

MAX_REGISTERS = 125
MAX_BITS = 2000


@dataclass(frozen=True)
class ReadBlock:
    register_type: RegisterType
    start: int
    count: int
    tags: tuple[TagConfig, ...]

    @property
    def splittable(self) -> bool:
        """True when the tags do not all cover the same span (splitting could help)."""
        return len({(t.address, t.register_count) for t in self.tags}) > 1


@dataclass(frozen=True)
class Rejection:
    """Why a block was refused, and when (time.monotonic) to try it again."""

    status: ModbusStatus
    error: str
    retry_at: float


def poll_groups(device: DeviceConfig) -> dict[float, tuple[TagConfig, ...]]:
    """Enabled Modbus tags by interval (`tag.poll_interval_s or device.poll_interval_s`)."""
    groups: dict[float, list[TagConfig]] = {}
    for tag in device.tags:
        if tag.register_type.is_modbus and tag.enabled:
            interval = tag.poll_interval_s or device.poll_interval_s
            groups.setdefault(interval, []).append(tag)
    return {interval: tuple(tags) for interval, tags in sorted(groups.items())}


def plan_reads(
    tags: Iterable[TagConfig],
    *,
    max_gap: int = 16,
    max_bit_gap: int = 256,
    max_registers: int = MAX_REGISTERS,
    max_bits: int = MAX_BITS,
) -> list[ReadBlock]:
    by_type: dict[RegisterType, list[TagConfig]] = {}
    for tag in tags:
        if tag.register_type.is_modbus:
            by_type.setdefault(tag.register_type, []).append(tag)
    blocks: list[ReadBlock] = []
    for register_type, group in by_type.items():
        limit = max_bits if register_type.is_bit else max_registers
        gap = max_bit_gap if register_type.is_bit else max_gap
        blocks.extend(_coalesce(register_type, group, gap, limit))
    return blocks


def split_block(block: ReadBlock) -> tuple[ReadBlock, ReadBlock]:
    """Two blocks covering `block`'s tags, cut at the widest gap (nearest the middle on ties).

    The widest gap is where an undefined register most likely hides; a block without gaps is
    halved, so repeated splits find a bad register in log2(n) steps.
    """
    tags = sorted(block.tags, key=lambda t: (t.address, t.register_count))
    best: tuple[int, float, int] | None = None
    end = tags[0].address + tags[0].register_count
    middle = len(tags) / 2
    for index in range(1, len(tags)):
        tag, previous = tags[index], tags[index - 1]
        if (tag.address, tag.register_count) != (previous.address, previous.register_count):
            key = (tag.address - end, -abs(index - middle), index)
            best = key if best is None or key > best else best
        end = max(end, tag.address + tag.register_count)
    if best is None:
        raise ValueError("every tag of this block covers the same registers: it cannot be split")
    cut = best[2]
    return _block(block.register_type, tags[:cut]), _block(block.register_type, tags[cut:])


class AdaptivePlan:
    """The blocks of one poll group of one device, as learnt from the device's answers.

    Thread: owned by the bus poller's thread.
    """

    def __init__(
        self, tags: Iterable[TagConfig], *, max_gap: int = 16, max_bit_gap: int = 256
    ) -> None:
        self.blocks: list[ReadBlock] = plan_reads(tags, max_gap=max_gap, max_bit_gap=max_bit_gap)
        self._rejected: dict[ReadBlock, Rejection] = {}

    def split(self, block: ReadBlock) -> tuple[ReadBlock, ReadBlock]:
        """Replace `block` by its two halves for good; return them."""
        halves = split_block(block)
        index = self.blocks.index(block)
        self.blocks[index : index + 1] = halves
        return halves

    def reject(self, block: ReadBlock, status: ModbusStatus, error: str, retry_at: float) -> None:
        self._rejected[block] = Rejection(status, error, retry_at)

    def accept(self, block: ReadBlock) -> None:
        self._rejected.pop(block, None)

    def rejection(self, block: ReadBlock, now: float) -> Rejection | None:
        """The standing rejection of `block`, unless it is time to probe it again."""
        rejection = self._rejected.get(block)
        return rejection if rejection is not None and now < rejection.retry_at else None

    @property
    def rejected(self) -> dict[ReadBlock, Rejection]:
        return dict(self._rejected)


def _block(register_type: RegisterType, tags: list[TagConfig]) -> ReadBlock:
    start = min(t.address for t in tags)
    end = max(t.address + t.register_count for t in tags)
    return ReadBlock(register_type, start, end - start, tuple(tags))


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


def default_gaps(kind: BusKind) -> tuple[int, int]:
    """Largest register and bit gaps worth reading through, by what a request costs on the bus.

    On TCP a request costs a round trip and an unused register almost nothing, so a block is
    filled up to the protocol limit. On a serial line a request costs about 20 characters plus
    the device's turnaround (5–50 ms) and an unused register 2 characters, so gaps pay up to
    roughly 24 registers (../shared/reference/stack-notes.md: wire times at 9600 baud). A device
    that refuses a bridged gap (exception 02) gets the block split and the split remembered.
    """
    if kind.is_serial or kind is BusKind.MODBUS_RTU_OVER_TCP:
        return 24, 256
    return MAX_REGISTERS, MAX_BITS
