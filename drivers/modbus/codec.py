"""Register codec: Modbus registers ⇄ numbers, for every data type and word order in the domain.

Meters disagree on how a multi-register value is laid out, and a wrong layout still decodes to a
number, just a wrong one. Keeping the conversion in one pure, tested module means the poller, the
simulator and the commissioning tools cannot disagree with each other.

A word order names where the value's big-endian bytes A, B, C, D… land on the wire. Every layout
is the product of two independent choices, which is how it is implemented:

- the byte order used to pack the register values into bytes (``>``: each register hi byte first
  and registers in wire order; ``<``: the whole register sequence read back to front), and
- the byte order used to unpack those bytes into the value.

ABCD packs ``>`` and unpacks ``>``; CDAB ``<``/``<``; BADC ``<``/``>``; DCBA ``>``/``<``. The same
pairs generalise to 64-bit values and reduce to "normal" (ABCD, CDAB) or "bytes swapped"
(BADC, DCBA) for 16-bit values, exactly as the word orders are documented. This runs for every
tag on every poll, so the two `struct.Struct` objects per combination are compiled once.

Two data types are not plain numbers: a BIT is one bit of a 16-bit register (read with the
register's byte order, so bit 0 is the least significant bit of the value the device meant), and
a STRING is two characters per register, high byte first (BADC/DCBA: low byte first, as some
meters store text). Strings decode as latin-1, which maps every byte to a character, so no
register content can make decoding fail; trailing NULs and spaces are padding and are dropped.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from typing import Final

from domain.instruments import DataType, TagConfig, WordOrder

__all__ = [
    "CodecError",
    "decode_bit_in_register",
    "decode_registers",
    "decode_string",
    "decode_tag",
    "encode_string",
    "encode_value",
    "scaled",
]


class CodecError(ValueError):
    """Registers or a value that cannot be converted with the requested type and word order."""


_VALUE_FORMATS: Final[dict[DataType, str]] = {
    DataType.BOOL: "H",
    DataType.INT16: "h",
    DataType.UINT16: "H",
    DataType.INT32: "i",
    DataType.UINT32: "I",
    DataType.INT64: "q",
    DataType.UINT64: "Q",
    DataType.FLOAT32: "f",
    DataType.FLOAT64: "d",
}

# (register packing byte order, value byte order) per word order; see the module docstring.
_LAYOUTS: Final[dict[WordOrder, tuple[str, str]]] = {
    WordOrder.ABCD: (">", ">"),
    WordOrder.CDAB: ("<", "<"),
    WordOrder.BADC: ("<", ">"),
    WordOrder.DCBA: (">", "<"),
}

_FLOAT_TYPES: Final = frozenset({DataType.FLOAT32, DataType.FLOAT64})
_BYTE_SWAPPED: Final = frozenset({WordOrder.BADC, WordOrder.DCBA})


class _Plan:
    """Precompiled structs for one (data type, word order) pair."""

    __slots__ = ("count", "registers", "value")

    def __init__(self, data_type: DataType, word_order: WordOrder) -> None:
        register_order, value_order = _LAYOUTS[word_order]
        self.count = data_type.register_count
        self.registers = struct.Struct(f"{register_order}{self.count}H")
        self.value = struct.Struct(f"{value_order}{_VALUE_FORMATS[data_type]}")


_PLANS: Final[dict[tuple[DataType, WordOrder], _Plan]] = {
    (data_type, word_order): _Plan(data_type, word_order)
    for data_type in _VALUE_FORMATS
    for word_order in WordOrder
}


def decode_registers(
    registers: Sequence[int], data_type: DataType, word_order: WordOrder
) -> float | int:
    """Decode one value from exactly `data_type.register_count` registers as read off the wire.

    NaN and infinities decode as they are: whether they mean "no value" is the caller's call.
    BOOL is a whole register that is true when non-zero.
    """
    plan = _plan(data_type, word_order)
    if len(registers) != plan.count:
        raise CodecError(f"{data_type.value} needs {plan.count} register(s), got {len(registers)}")
    try:
        packed = plan.registers.pack(*registers)
    except struct.error as error:
        raise CodecError(f"registers must be integers 0..65535, got {list(registers)}") from error
    if data_type is DataType.BOOL:
        return registers[0] != 0
    value: float | int = plan.value.unpack(packed)[0]
    return value


def encode_value(value: float | int, data_type: DataType, word_order: WordOrder) -> list[int]:
    """Encode `value` into the registers a device with this layout would send.

    Integer types take integers (or floats with no fractional part); rounding is the caller's
    decision because only the caller knows whether truncation or rounding is right for a tag.
    """
    plan = _plan(data_type, word_order)
    if data_type is DataType.BOOL:
        return [1 if value else 0]
    if data_type not in _FLOAT_TYPES:
        value = _as_integer(value, data_type)
    try:
        packed = plan.value.pack(value)
    except (struct.error, OverflowError) as error:
        raise CodecError(f"{value!r} is out of range for {data_type.value}") from error
    return list(plan.registers.unpack(packed))


def decode_bit_in_register(register: int, bit: int) -> bool:
    """One bit (0 = least significant) of a status word, as packed by many meters' alarm words."""
    if not 0 <= register <= 0xFFFF:
        raise CodecError(f"register must be 0..65535, got {register}")
    if not 0 <= bit <= 15:
        raise CodecError(f"bit must be 0..15, got {bit}")
    return bool((register >> bit) & 1)


def decode_string(registers: Sequence[int], word_order: WordOrder) -> str:
    """Text held two characters per register; trailing NULs and spaces are padding."""
    _check_registers(registers)
    layout = "<" if word_order in _BYTE_SWAPPED else ">"
    packed = struct.pack(f"{layout}{len(registers)}H", *registers)
    return packed.decode("latin-1").rstrip("\x00 ")


def encode_string(text: str, length: int, word_order: WordOrder) -> list[int]:
    """`length` registers holding `text`, NUL-padded, as a device with this layout sends it."""
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError as error:
        raise CodecError(f"{text!r} has characters outside latin-1") from error
    if len(raw) > 2 * length:
        raise CodecError(f"{text!r} needs {(len(raw) + 1) // 2} registers, the tag has {length}")
    layout = "<" if word_order in _BYTE_SWAPPED else ">"
    return list(struct.unpack(f"{layout}{length}H", raw.ljust(2 * length, b"\x00")))


def decode_tag(tag: TagConfig, registers: Sequence[int]) -> float | str:
    """A register tag's engineering value: its `register_count` registers as read off the wire.

    Numbers get ``raw × scale + offset``; BOOL and BIT are states (0.0 or 1.0) and are never
    scaled, because an offset or scale would turn a state into a meaningless number. Coils and
    discrete inputs are bits on the wire, not registers, and have no business here.
    """
    if tag.register_type.is_bit or not tag.register_type.is_modbus:
        raise CodecError(f"tag {tag.name}: {tag.register_type.value} is not a register table")
    if len(registers) != tag.register_count:
        raise CodecError(
            f"tag {tag.name}: {tag.data_type.value} needs {tag.register_count} register(s), "
            f"got {len(registers)}"
        )
    if tag.data_type is DataType.STRING:
        return decode_string(registers, tag.word_order)
    if tag.data_type is DataType.BIT:
        if tag.bit is None:
            raise CodecError(f"tag {tag.name}: a bit tag needs a bit number (0..15)")
        word = decode_registers(registers, DataType.UINT16, tag.word_order)
        return 1.0 if decode_bit_in_register(int(word), tag.bit) else 0.0
    raw = decode_registers(registers, tag.data_type, tag.word_order)
    if tag.data_type is DataType.BOOL:
        return 1.0 if raw else 0.0
    return scaled(raw, tag.scale, tag.offset)


def scaled(raw: float | int, scale: float, offset: float) -> float:
    """Engineering value from a raw decoded value: raw × scale + offset."""
    return float(raw) * scale + offset


def _plan(data_type: DataType, word_order: WordOrder) -> _Plan:
    plan = _PLANS.get((data_type, word_order))
    if plan is None:
        raise CodecError(
            f"{data_type.value} is not a number: decode it with decode_tag or decode_string"
        )
    return plan


def _check_registers(registers: Sequence[int]) -> None:
    if not all(isinstance(r, int) and 0 <= r <= 0xFFFF for r in registers):
        raise CodecError(f"registers must be integers 0..65535, got {list(registers)}")


def _as_integer(value: float | int, data_type: DataType) -> int:
    if isinstance(value, int):
        return value
    if not float(value).is_integer():
        raise CodecError(f"{value!r} is not an integer; {data_type.value} needs one")
    return int(value)
