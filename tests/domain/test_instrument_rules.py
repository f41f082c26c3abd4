from __future__ import annotations

from dataclasses import replace

import pytest

from domain.instrument_rules import bus_problems, device_problems, tag_problems
from domain.instruments import (
    BusConfig,
    BusKind,
    DataType,
    DeviceConfig,
    RegisterType,
    TagConfig,
)

TCP = BusConfig(0, "gateway", BusKind.MODBUS_TCP, host="192.0.2.10", port=502)
RTU = BusConfig(0, "line 1", BusKind.MODBUS_RTU, serial_port="COM3", baudrate=9600)
TAG = TagConfig(0, 1, "meter1_voltage", "V", RegisterType.INPUT_REGISTER, 0)


def codes(problems) -> list[str]:
    return [p.code for p in problems]


def test_good_configurations_pass() -> None:
    assert bus_problems(TCP) == [] and bus_problems(RTU) == []
    assert bus_problems(replace(RTU, serial_port="/dev/ttyUSB0")) == []
    assert device_problems(DeviceConfig(0, 1, "meter1", 1), modbus=True) == []
    assert tag_problems(TAG, modbus=True) == []


@pytest.mark.parametrize(
    ("bus", "code"),
    [
        (replace(TCP, port=0), "bad_port"),
        (replace(TCP, host=""), "bad_host"),
        (replace(RTU, serial_port="ttyUSB0"), "bad_serial_port"),
        (replace(RTU, baudrate=9601), "bad_baudrate"),
        (replace(RTU, parity="X"), "bad_parity"),
        (replace(TCP, timeout_s=0), "bad_timeout"),
        (replace(TCP, retries=9), "bad_retries"),
        (replace(TCP, name=" "), "name_required"),
    ],
)
def test_bad_buses(bus: BusConfig, code: str) -> None:
    assert code in codes(bus_problems(bus))


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        (replace(TAG, name="1abc"), "bad_name"),
        (replace(TAG, address=65535), "past_end"),
        (replace(TAG, address=70000), "bad_address"),
        (replace(TAG, register_type=RegisterType.COIL), "bits_are_bool"),
        (replace(TAG, data_type=DataType.BIT, bit=16), "bad_bit"),
        (replace(TAG, data_type=DataType.STRING, length=0), "bad_length"),
        (replace(TAG, scale=0.0), "zero_scale"),
        (replace(TAG, scale=float("nan")), "not_finite"),
        (replace(TAG, deadband=-1.0), "bad_deadband"),
        (replace(TAG, rollover=100.0), "bad_rollover"),
        (replace(TAG, register_type=RegisterType.FIELD), "needs_register_table"),
    ],
)
def test_bad_tags(tag: TagConfig, code: str) -> None:
    assert code in codes(tag_problems(tag, modbus=True))


def test_line_protocol_tags_need_a_field() -> None:
    field_tag = replace(TAG, register_type=RegisterType.FIELD, field="weight")
    assert tag_problems(field_tag, modbus=False) == []
    assert "field_required" in codes(tag_problems(replace(field_tag, field=""), modbus=False))


def test_unit_ids() -> None:
    assert "bad_unit_id" in codes(device_problems(DeviceConfig(0, 1, "m", 0), modbus=True))
    assert device_problems(DeviceConfig(0, 1, "m", 0), modbus=False) == []
