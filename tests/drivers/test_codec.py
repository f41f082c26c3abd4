"""Register codec: layouts checked against hand-made vectors and pymodbus's own converter."""

from __future__ import annotations

import math
import struct
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pymodbus.client import ModbusTcpClient

from domain.instruments import DataType, RegisterType, TagConfig, WordOrder
from drivers.modbus.codec import (
    CodecError,
    decode_bit_in_register,
    decode_registers,
    decode_string,
    decode_tag,
    encode_string,
    encode_value,
    scaled,
)

INTEGER_RANGES = {
    DataType.INT16: (-(2**15), 2**15 - 1),
    DataType.UINT16: (0, 2**16 - 1),
    DataType.INT32: (-(2**31), 2**31 - 1),
    DataType.UINT32: (0, 2**32 - 1),
    DataType.INT64: (-(2**63), 2**63 - 1),
    DataType.UINT64: (0, 2**64 - 1),
}
ALL_ORDERS = list(WordOrder)
NUMERIC_TYPES = [t for t in DataType if t not in (DataType.BIT, DataType.STRING)]


def values_for(data_type: DataType) -> st.SearchStrategy[float | int]:
    if data_type in INTEGER_RANGES:
        low, high = INTEGER_RANGES[data_type]
        return st.integers(low, high)
    if data_type is DataType.FLOAT32:
        return st.floats(width=32, allow_nan=False)
    if data_type is DataType.FLOAT64:
        return st.floats(allow_nan=False)
    return st.integers(0, 1)


@pytest.mark.parametrize("word_order", ALL_ORDERS)
@pytest.mark.parametrize("data_type", NUMERIC_TYPES)
def test_round_trip_every_type_and_word_order(data_type: DataType, word_order: WordOrder) -> None:
    @given(values_for(data_type))
    def round_trip(value: float | int) -> None:
        registers = encode_value(value, data_type, word_order)
        assert len(registers) == data_type.register_count
        assert all(0 <= register <= 0xFFFF for register in registers)
        assert decode_registers(registers, data_type, word_order) == value

    round_trip()


@pytest.mark.parametrize("word_order", ALL_ORDERS)
@pytest.mark.parametrize("data_type", NUMERIC_TYPES)
def test_decode_accepts_any_registers(data_type: DataType, word_order: WordOrder) -> None:
    @given(
        st.lists(
            st.integers(0, 0xFFFF),
            min_size=data_type.register_count,
            max_size=data_type.register_count,
        )
    )
    def decodes(registers: list[int]) -> None:
        value = decode_registers(registers, data_type, word_order)
        if data_type in (DataType.FLOAT32, DataType.FLOAT64) and math.isnan(value):
            return
        if data_type is not DataType.BOOL:
            assert encode_value(value, data_type, word_order) == registers

    decodes()


@pytest.mark.parametrize(
    ("data_type", "value", "expected"),
    [
        (
            DataType.FLOAT32,
            230.5,
            {
                WordOrder.ABCD: [0x4366, 0x8000],
                WordOrder.CDAB: [0x8000, 0x4366],
                WordOrder.BADC: [0x6643, 0x0080],
                WordOrder.DCBA: [0x0080, 0x6643],
            },
        ),
        (
            DataType.UINT32,
            0x12345678,
            {
                WordOrder.ABCD: [0x1234, 0x5678],
                WordOrder.CDAB: [0x5678, 0x1234],
                WordOrder.BADC: [0x3412, 0x7856],
                WordOrder.DCBA: [0x7856, 0x3412],
            },
        ),
        (
            DataType.INT32,
            -2,
            {
                WordOrder.ABCD: [0xFFFF, 0xFFFE],
                WordOrder.CDAB: [0xFFFE, 0xFFFF],
                WordOrder.BADC: [0xFFFF, 0xFEFF],
                WordOrder.DCBA: [0xFEFF, 0xFFFF],
            },
        ),
        (
            DataType.UINT64,
            0x0102030405060708,
            {
                WordOrder.ABCD: [0x0102, 0x0304, 0x0506, 0x0708],
                WordOrder.CDAB: [0x0708, 0x0506, 0x0304, 0x0102],
                WordOrder.BADC: [0x0201, 0x0403, 0x0605, 0x0807],
                WordOrder.DCBA: [0x0807, 0x0605, 0x0403, 0x0201],
            },
        ),
        (
            DataType.FLOAT64,
            1.0,
            {
                WordOrder.ABCD: [0x3FF0, 0, 0, 0],
                WordOrder.CDAB: [0, 0, 0, 0x3FF0],
                WordOrder.BADC: [0xF03F, 0, 0, 0],
                WordOrder.DCBA: [0, 0, 0, 0xF03F],
            },
        ),
        (
            DataType.INT16,
            -2,
            {
                WordOrder.ABCD: [0xFFFE],
                WordOrder.CDAB: [0xFFFE],
                WordOrder.BADC: [0xFEFF],
                WordOrder.DCBA: [0xFEFF],
            },
        ),
        (
            DataType.UINT16,
            0x1234,
            {
                WordOrder.ABCD: [0x1234],
                WordOrder.CDAB: [0x1234],
                WordOrder.BADC: [0x3412],
                WordOrder.DCBA: [0x3412],
            },
        ),
    ],
)
def test_known_vectors(
    data_type: DataType, value: float | int, expected: dict[WordOrder, list[int]]
) -> None:
    for word_order, registers in expected.items():
        assert encode_value(value, data_type, word_order) == registers, word_order
        assert decode_registers(registers, data_type, word_order) == value, word_order


@pytest.mark.parametrize(
    ("data_type", "pymodbus_type"),
    [
        (DataType.FLOAT32, ModbusTcpClient.DATATYPE.FLOAT32),
        (DataType.INT32, ModbusTcpClient.DATATYPE.INT32),
        (DataType.UINT64, ModbusTcpClient.DATATYPE.UINT64),
        (DataType.FLOAT64, ModbusTcpClient.DATATYPE.FLOAT64),
    ],
)
def test_agrees_with_pymodbus_word_orders(
    data_type: DataType, pymodbus_type: ModbusTcpClient.DATATYPE
) -> None:
    """pymodbus's "big"/"little" word orders are our ABCD/CDAB: an independent oracle."""

    @given(values_for(data_type))
    def agrees(value: float | int) -> None:
        for word_order, name in ((WordOrder.ABCD, "big"), (WordOrder.CDAB, "little")):
            registers = encode_value(value, data_type, word_order)
            assert ModbusTcpClient.convert_from_registers(registers, pymodbus_type, name) == value

    agrees()


@pytest.mark.parametrize("word_order", ALL_ORDERS)
@pytest.mark.parametrize("data_type", NUMERIC_TYPES)
def test_wrong_register_count_raises(data_type: DataType, word_order: WordOrder) -> None:
    count = data_type.register_count
    for registers in ([0] * (count - 1), [0] * (count + 1)):
        with pytest.raises(CodecError, match=f"needs {count} register"):
            decode_registers(registers, data_type, word_order)


@pytest.mark.parametrize("bad", [-1, 0x10000])
def test_register_out_of_range_raises(bad: int) -> None:
    with pytest.raises(CodecError, match=r"0\.\.65535"):
        decode_registers([0, bad], DataType.FLOAT32, WordOrder.ABCD)
    with pytest.raises(CodecError):
        decode_registers([bad], DataType.BOOL, WordOrder.ABCD)


@pytest.mark.parametrize("data_type", list(INTEGER_RANGES))
def test_integer_out_of_range_raises(data_type: DataType) -> None:
    low, high = INTEGER_RANGES[data_type]
    for value in (low - 1, high + 1):
        with pytest.raises(CodecError, match="out of range"):
            encode_value(value, data_type, WordOrder.ABCD)


def test_integer_types_take_whole_floats_only() -> None:
    assert encode_value(7.0, DataType.UINT16, WordOrder.ABCD) == [7]
    with pytest.raises(CodecError, match="not an integer"):
        encode_value(7.5, DataType.UINT16, WordOrder.ABCD)
    with pytest.raises(CodecError, match="not an integer"):
        encode_value(math.nan, DataType.INT32, WordOrder.ABCD)


def test_float32_overflow_raises() -> None:
    with pytest.raises(CodecError, match="out of range"):
        encode_value(1e39, DataType.FLOAT32, WordOrder.ABCD)


@pytest.mark.parametrize("word_order", ALL_ORDERS)
def test_nan_and_infinity_decode_as_is(word_order: WordOrder) -> None:
    for data_type in (DataType.FLOAT32, DataType.FLOAT64):
        nan = encode_value(math.nan, data_type, word_order)
        assert math.isnan(decode_registers(nan, data_type, word_order))
        for infinity in (math.inf, -math.inf):
            registers = encode_value(infinity, data_type, word_order)
            assert decode_registers(registers, data_type, word_order) == infinity


def test_float32_decodes_a_meter_nan_pattern() -> None:
    assert math.isnan(decode_registers([0x7FC0, 0x0000], DataType.FLOAT32, WordOrder.ABCD))
    assert math.isnan(decode_registers([0xFFFF, 0xFFFF], DataType.FLOAT32, WordOrder.CDAB))


def test_bool_is_a_non_zero_register() -> None:
    assert decode_registers([0], DataType.BOOL, WordOrder.ABCD) is False
    assert decode_registers([0x0100], DataType.BOOL, WordOrder.DCBA) is True
    assert encode_value(True, DataType.BOOL, WordOrder.ABCD) == [1]
    assert encode_value(0, DataType.BOOL, WordOrder.ABCD) == [0]


def test_bit_in_register() -> None:
    register = 0b1000_0000_0000_0101
    assert [decode_bit_in_register(register, bit) for bit in (0, 1, 2, 15)] == [
        True,
        False,
        True,
        True,
    ]
    with pytest.raises(CodecError, match="bit"):
        decode_bit_in_register(register, 16)
    with pytest.raises(CodecError, match="register"):
        decode_bit_in_register(0x10000, 0)


def test_scaled() -> None:
    assert scaled(12345, 0.01, 0.0) == pytest.approx(123.45)
    assert scaled(100, 0.5, -10.0) == pytest.approx(40.0)
    assert isinstance(scaled(True, 1.0, 0.0), float)


def test_codec_error_is_a_value_error() -> None:
    assert issubclass(CodecError, ValueError)
    with pytest.raises(ValueError):
        decode_registers([], DataType.UINT16, WordOrder.ABCD)


def test_float32_matches_struct_reference() -> None:
    """The Eastron layout is plain IEEE 754 big-endian: the simplest possible cross-check."""
    high, low = struct.unpack(">HH", struct.pack(">f", 49.98))
    value = decode_registers([high, low], DataType.FLOAT32, WordOrder.ABCD)
    assert value == pytest.approx(49.98, abs=1e-5)


registers_16 = st.lists(st.integers(0, 0xFFFF), max_size=40)
latin1_text = st.text(st.characters(min_codepoint=1, max_codepoint=255), max_size=20)


def register_tag(data_type: DataType, **fields: Any) -> TagConfig:
    tag = TagConfig(1, 1, "t", "", RegisterType.HOLDING_REGISTER, 0, data_type)
    return replace(tag, **fields)


@pytest.mark.parametrize(
    ("word_order", "registers"),
    [
        (WordOrder.ABCD, [0x5344, 0x4D36, 0x3330, 0x0000]),
        (WordOrder.CDAB, [0x5344, 0x4D36, 0x3330, 0x2020]),
        (WordOrder.BADC, [0x4453, 0x364D, 0x3033, 0x0000]),
        (WordOrder.DCBA, [0x4453, 0x364D, 0x3033, 0x0020]),
    ],
)
def test_string_known_vectors(word_order: WordOrder, registers: list[int]) -> None:
    """Two characters per register, high byte first unless bytes are swapped; padding dropped."""
    assert decode_string(registers, word_order) == "SDM630"


@pytest.mark.parametrize("word_order", ALL_ORDERS)
@given(text=latin1_text.map(lambda t: t.rstrip("\x00 ")), spare=st.integers(0, 3))
def test_string_round_trip(word_order: WordOrder, text: str, spare: int) -> None:
    length = (len(text.encode("latin-1")) + 1) // 2 + spare
    registers = encode_string(text, length, word_order)
    assert len(registers) == length
    assert decode_string(registers, word_order) == text


@pytest.mark.parametrize("word_order", ALL_ORDERS)
@given(registers=registers_16)
def test_any_registers_decode_as_a_string(word_order: WordOrder, registers: list[int]) -> None:
    text = decode_string(registers, word_order)
    assert len(text) <= 2 * len(registers)
    assert not text.endswith(("\x00", " "))


def test_string_encoding_limits() -> None:
    with pytest.raises(CodecError, match="needs 2 registers"):
        encode_string("ABC", 1, WordOrder.ABCD)
    with pytest.raises(CodecError, match="latin-1"):
        encode_string("电表", 4, WordOrder.ABCD)
    with pytest.raises(CodecError, match=r"0\.\.65535"):
        decode_string([0x10000], WordOrder.ABCD)


@pytest.mark.parametrize("data_type", [DataType.BIT, DataType.STRING])
def test_numeric_codec_refuses_bits_and_strings(data_type: DataType) -> None:
    with pytest.raises(CodecError, match="not a number"):
        decode_registers([0], data_type, WordOrder.ABCD)
    with pytest.raises(CodecError, match="not a number"):
        encode_value(0, data_type, WordOrder.ABCD)


def test_decode_tag_scales_numbers() -> None:
    tag = register_tag(DataType.UINT32, word_order=WordOrder.CDAB, scale=0.01, offset=-5.0)
    assert decode_tag(tag, [0x3039, 0x0000]) == pytest.approx(12345 * 0.01 - 5.0)
    assert isinstance(decode_tag(register_tag(DataType.INT16), [0xFFFF]), float)


def test_decode_tag_bits_and_bools_are_states_never_scaled() -> None:
    status_word = 0b0000_0100_0000_0001
    for bit, expected in ((0, 1.0), (1, 0.0), (10, 1.0)):
        tag = register_tag(DataType.BIT, bit=bit, scale=10.0, offset=3.0)
        assert decode_tag(tag, [status_word]) == expected
    swapped = register_tag(DataType.BIT, bit=10, word_order=WordOrder.BADC)
    assert decode_tag(swapped, [0x0104]) == 1.0  # the device's value is 0x0401
    assert decode_tag(register_tag(DataType.BOOL, scale=5.0), [7]) == 1.0


def test_decode_tag_strings() -> None:
    tag = register_tag(DataType.STRING, length=3)
    assert decode_tag(tag, [0x4142, 0x4300, 0x0000]) == "ABC"


def test_decode_tag_refuses_what_it_cannot_decode() -> None:
    with pytest.raises(CodecError, match="bit number"):
        decode_tag(register_tag(DataType.BIT), [1])
    with pytest.raises(CodecError, match="bit must be"):
        decode_tag(register_tag(DataType.BIT, bit=16), [1])
    with pytest.raises(CodecError, match="needs 2 register"):
        decode_tag(register_tag(DataType.FLOAT32), [1])
    with pytest.raises(CodecError, match="not a register table"):
        decode_tag(register_tag(DataType.BOOL, register_type=RegisterType.COIL), [1])


@given(
    st.sampled_from(list(DataType)),
    st.sampled_from(ALL_ORDERS),
    st.lists(st.integers(0, 0xFFFF), min_size=4, max_size=4),
)
def test_decode_tag_never_fails_on_register_content(
    data_type: DataType, word_order: WordOrder, registers: list[int]
) -> None:
    """Whatever a device sends, a well-configured tag decodes to a float or a string."""
    tag = register_tag(data_type, word_order=word_order, bit=3, length=4, scale=2.5, offset=1)
    value = decode_tag(tag, registers[: tag.register_count])
    assert isinstance(value, str if data_type is DataType.STRING else float)
