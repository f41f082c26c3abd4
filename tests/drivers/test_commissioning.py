"""Commissioning helpers: a raw read with its frames, every word order, consecutive values;
and the decoders and frame checks they rest on, which no input may crash."""

from __future__ import annotations

import math
import socket

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pymodbus.pdu import ExceptionResponse
from pymodbus.pdu.bit_message import ReadCoilsResponse
from pymodbus.pdu.register_message import ReadHoldingRegistersResponse

from domain.instruments import BusConfig, BusKind, DataType, WordOrder
from drivers.modbus.codec import CodecError
from drivers.modbus.commissioning import decode_all_orders, decode_consecutive, read_raw
from drivers.modbus.diagnosis import check_response, diagnose
from drivers.modbus.monitor import Direction
from drivers.modbus.statuses import ModbusStatus, ReadError
from tests.drivers.conftest import LiveRegisters, ServeTcp

pytestmark = pytest.mark.usefixtures("no_stray_threads")


@pytest.fixture
def meter_port(serve_tcp: ServeTcp) -> int:
    device = LiveRegisters(1, {(4, 0): 0x4366, (4, 1): 0x8000, (3, 10): 0x1234})
    return serve_tcp([device.sim_device({1: [True, False, True]})])


def tcp(port: int, timeout_s: float = 0.5) -> BusConfig:
    return BusConfig(0, "test", BusKind.MODBUS_TCP, "127.0.0.1", port, timeout_s=timeout_s)


def test_read_raw_returns_registers_latency_and_the_frames(meter_port: int) -> None:
    result = read_raw(tcp(meter_port), 1, 4, 0, 2)
    assert result.ok and result.error is None
    assert result.registers == (0x4366, 0x8000) and result.bits == ()
    assert result.latency_ms > 0
    tx, rx = result.frames
    assert (tx.direction, rx.direction) == (Direction.TX, Direction.RX)
    assert tx.data[2:] == bytes.fromhex("0000 0006 01 04 0000 0002")
    assert rx.data[2:] == bytes.fromhex("0000 0007 01 04 04 4366 8000")
    assert tx.data[:2] == rx.data[:2], "same transaction id"
    assert rx.hex().endswith("43 66 80 00")
    assert tx.at <= rx.at
    assert decode_all_orders(result.registers, DataType.FLOAT32)[WordOrder.ABCD] == 230.5


def test_read_raw_reads_bits(meter_port: int) -> None:
    result = read_raw(tcp(meter_port), 1, 1, 0, 3)
    assert result.ok and result.bits == (True, False, True) and result.registers == ()


def test_read_raw_reports_exceptions_timeouts_and_dead_endpoints(meter_port: int) -> None:
    refused = read_raw(tcp(meter_port), 1, 3, 0, 2)
    assert refused.status is ModbusStatus.ILLEGAL_ADDRESS and refused.exception_code == 2
    assert refused.error and "holding registers 0 (40001) ×2" in refused.error
    assert refused.frames[1].data[7:] == bytes((0x83, 0x02))
    absent = read_raw(tcp(meter_port), 9, 3, 10, 1)
    assert absent.status is ModbusStatus.GATEWAY_NO_RESPONSE
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    dead = read_raw(tcp(closed_port), 1, 3, 0, 1)
    assert dead.status is ModbusStatus.NOT_CONNECTED and dead.frames == ()
    assert dead.error and f"127.0.0.1:{closed_port}" in dead.error


def test_read_raw_times_out_with_only_the_request_on_the_wire(serve_tcp: ServeTcp) -> None:
    port = serve_tcp([LiveRegisters(1, {(3, 0): 1}).sim_device()], ignore_missing_devices=True)
    result = read_raw(tcp(port, timeout_s=0.1), 5, 3, 0, 1, attempts=2)
    assert result.status is ModbusStatus.TIMEOUT
    assert [f.direction for f in result.frames] == [Direction.TX, Direction.TX]
    assert result.error and "after 2 attempts" in result.error
    assert 200 <= result.latency_ms < 3000


def test_read_raw_rejects_what_modbus_cannot_ask() -> None:
    bus = tcp(1)
    with pytest.raises(ValueError, match=r"functions 1\.\.4"):
        read_raw(bus, 1, 5, 0, 1)
    with pytest.raises(ValueError, match="unit id"):
        read_raw(bus, 300, 3, 0, 1)
    too_many = read_raw(bus, 1, 3, 0, 126)
    assert too_many.status is ModbusStatus.ILLEGAL_VALUE and "1..125" in (too_many.error or "")


def test_decode_all_orders_shows_each_layout() -> None:
    orders = decode_all_orders([0x4366, 0x8000], DataType.FLOAT32)
    assert orders[WordOrder.ABCD] == 230.5
    assert orders[WordOrder.CDAB] != 230.5
    assert decode_all_orders([0x8000, 0x4366], DataType.FLOAT32)[WordOrder.CDAB] == 230.5
    sixteen = decode_all_orders([0x1234], DataType.UINT16)
    assert sixteen[WordOrder.ABCD] == sixteen[WordOrder.CDAB] == 0x1234
    assert sixteen[WordOrder.BADC] == sixteen[WordOrder.DCBA] == 0x3412
    text = decode_all_orders([0x5344, 0x4D36], DataType.STRING)
    assert (text[WordOrder.ABCD], text[WordOrder.BADC]) == ("SDM6", "DS6M")
    assert decode_all_orders([0x0400], DataType.BIT, bit=10)[WordOrder.ABCD] is True
    assert decode_all_orders([0x0400], DataType.BIT, bit=10)[WordOrder.BADC] is False
    assert isinstance(decode_all_orders([0x0400], DataType.BIT)[WordOrder.ABCD], CodecError)
    assert isinstance(decode_all_orders([1], DataType.FLOAT32)[WordOrder.ABCD], CodecError)


def test_decode_consecutive() -> None:
    values = decode_consecutive([0x4366, 0x8000, 0x3F80, 0], DataType.FLOAT32, WordOrder.ABCD)
    assert values == (230.5, 1.0)
    assert decode_consecutive([1, 2, 3], DataType.UINT16, WordOrder.ABCD) == (1, 2, 3)
    assert decode_consecutive([0x4142, 0x4300], DataType.STRING, WordOrder.ABCD) == ("ABC",)
    with pytest.raises(CodecError, match="whole float32"):
        decode_consecutive([1, 2, 3], DataType.FLOAT32, WordOrder.ABCD)
    with pytest.raises(CodecError, match="uint16"):
        decode_consecutive([1], DataType.BIT, WordOrder.ABCD)


registers = st.lists(st.integers(0, 0xFFFF), max_size=8)


@given(registers, st.sampled_from(list(DataType)), st.none() | st.integers(-2, 18))
def test_decode_all_orders_never_raises(
    words: list[int], data_type: DataType, bit: int | None
) -> None:
    for value in decode_all_orders(words, data_type, bit=bit).values():
        assert isinstance(value, CodecError | float | int | bool | str)
        if isinstance(value, float) and not math.isfinite(value):
            assert data_type in (DataType.FLOAT32, DataType.FLOAT64)


@given(registers, st.sampled_from(list(DataType)), st.sampled_from(list(WordOrder)))
def test_decode_consecutive_returns_values_or_a_codec_error(
    words: list[int], data_type: DataType, order: WordOrder
) -> None:
    try:
        values = decode_consecutive(words, data_type, order)
    except CodecError:
        return
    assert values


@given(st.binary(max_size=16), st.binary(max_size=300), st.booleans())
def test_diagnose_explains_any_bytes(sent: bytes, received: bytes, rtu: bool) -> None:
    status, detail = diagnose(sent, received, rtu=rtu)
    assert status is not ModbusStatus.OK and detail
    assert (status is ModbusStatus.TIMEOUT) is (not received)


def test_diagnose_names_the_fault() -> None:
    request = bytes.fromhex("0007 0000 0006 03 04 0000 0002")
    answer = bytes.fromhex("0007 0000 0007 03 04 04 4366 8000")
    assert diagnose(request, answer[:1] + b"\x08" + answer[2:], rtu=False)[0] is (
        ModbusStatus.WRONG_TRANSACTION
    )
    assert diagnose(request, answer[:6] + b"\x05" + answer[7:], rtu=False)[0] is (
        ModbusStatus.WRONG_UNIT
    )
    assert diagnose(request, answer[:5] + b"\x09" + answer[6:], rtu=False)[0] is (
        ModbusStatus.WRONG_LENGTH
    )
    rtu_request = bytes.fromhex("0104 0000 0002 71cb")
    rtu_answer = bytes.fromhex("0104 04 4366 8000") + b"\x00\x00"
    assert diagnose(rtu_request, rtu_answer, rtu=True)[0] is ModbusStatus.BAD_CRC


def test_check_response_refuses_incomplete_or_misdirected_answers() -> None:
    good = ReadHoldingRegistersResponse(dev_id=1, registers=[1, 2])
    check_response(good, 3, 1, 2)
    cases = [
        (ReadHoldingRegistersResponse(dev_id=1, registers=[1]), 3, 1, 2, ModbusStatus.WRONG_LENGTH),
        (
            ReadHoldingRegistersResponse(dev_id=2, registers=[1, 2]),
            3,
            1,
            2,
            ModbusStatus.WRONG_UNIT,
        ),
        (
            ReadHoldingRegistersResponse(dev_id=1, registers=[1, 2]),
            4,
            1,
            2,
            ModbusStatus.WRONG_FUNCTION,
        ),
        (ReadCoilsResponse(dev_id=1, bits=[True] * 16), 1, 1, 3, ModbusStatus.WRONG_LENGTH),
        (ExceptionResponse(3, 0x0B, device_id=1), 3, 1, 2, ModbusStatus.GATEWAY_NO_RESPONSE),
    ]
    for response, function, unit, count, status in cases:
        with pytest.raises(ReadError) as caught:
            check_response(response, function, unit, count)
        assert caught.value.status is status
    check_response(ReadCoilsResponse(dev_id=1, bits=[True] * 8), 1, 1, 3)
