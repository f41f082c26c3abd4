"""What makes a bus, device or tag configuration valid, as codes the UI translates.

Checked before anything is written, so a typing slip in a dialog never reaches the database
or the acquisition engine. Each problem names the field it is about, so a form can point at it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from domain.instruments import BusConfig, DataType, DeviceConfig, RegisterType, TagConfig

STANDARD_BAUDRATES = (1200, 2400, 4800, 9600, 14400, 19200, 38400, 57600, 115200)
TAG_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]{0,99}$")
SERIAL_PORT = re.compile(r"^(COM[1-9][0-9]{0,2}|/dev/[A-Za-z0-9_./-]+|(socket|rfc2217|loop)://.*)$")


@dataclass(frozen=True)
class Problem:
    field: str
    code: str
    detail: str = ""


def bus_problems(bus: BusConfig) -> list[Problem]:
    problems: list[Problem] = []
    if not bus.name.strip() or len(bus.name) > 100:
        problems.append(Problem("name", "name_required"))
    if bus.kind.is_serial:
        if not SERIAL_PORT.match(bus.serial_port.strip()):
            problems.append(Problem("serial_port", "bad_serial_port", bus.serial_port))
        if bus.baudrate not in STANDARD_BAUDRATES:
            problems.append(Problem("baudrate", "bad_baudrate", str(bus.baudrate)))
        if bus.parity not in ("N", "E", "O"):
            problems.append(Problem("parity", "bad_parity", bus.parity))
        if bus.stopbits not in (1, 2):
            problems.append(Problem("stopbits", "bad_stopbits", str(bus.stopbits)))
        if bus.bytesize not in (7, 8):
            problems.append(Problem("bytesize", "bad_bytesize", str(bus.bytesize)))
    else:
        if not bus.host.strip() or len(bus.host) > 255 or " " in bus.host.strip():
            problems.append(Problem("host", "bad_host", bus.host))
        if not 1 <= bus.port <= 65535:
            problems.append(Problem("port", "bad_port", str(bus.port)))
    if not 0.05 <= bus.timeout_s <= 30:
        problems.append(Problem("timeout_s", "bad_timeout", str(bus.timeout_s)))
    if not 0 <= bus.inter_request_delay_s <= 5:
        problems.append(
            Problem("inter_request_delay_s", "bad_delay", str(bus.inter_request_delay_s))
        )
    if not 0 <= bus.retries <= 5:
        problems.append(Problem("retries", "bad_retries", str(bus.retries)))
    return problems


def device_problems(device: DeviceConfig, *, modbus: bool) -> list[Problem]:
    problems: list[Problem] = []
    if not TAG_NAME.match(device.name):
        problems.append(Problem("name", "bad_name", device.name))
    if modbus and not (1 <= device.unit_id <= 247 or device.unit_id == 255):
        problems.append(Problem("unit_id", "bad_unit_id", str(device.unit_id)))
    if not 0.1 <= device.poll_interval_s <= 86_400:
        problems.append(Problem("poll_interval_s", "bad_interval", str(device.poll_interval_s)))
    return problems


def tag_problems(tag: TagConfig, *, modbus: bool) -> list[Problem]:
    problems: list[Problem] = []
    if not TAG_NAME.match(tag.name):
        problems.append(Problem("name", "bad_name", tag.name))
    if len(tag.unit) > 32:
        problems.append(Problem("unit", "unit_too_long"))
    if modbus:
        problems.extend(_register_problems(tag))
    elif tag.register_type is not RegisterType.FIELD or not tag.field.strip():
        problems.append(Problem("field", "field_required"))
    for name, value in (("scale", tag.scale), ("offset", tag.offset)):
        if not math.isfinite(value):
            problems.append(Problem(name, "not_finite", str(value)))
    if tag.scale == 0:
        problems.append(Problem("scale", "zero_scale"))
    if not (math.isfinite(tag.deadband) and tag.deadband >= 0):
        problems.append(Problem("deadband", "bad_deadband", str(tag.deadband)))
    if not 1 <= tag.max_silence_s <= 86_400:
        problems.append(Problem("max_silence_s", "bad_interval", str(tag.max_silence_s)))
    if tag.poll_interval_s is not None and not 0.1 <= tag.poll_interval_s <= 86_400:
        problems.append(Problem("poll_interval_s", "bad_interval", str(tag.poll_interval_s)))
    if tag.rollover is not None and not (tag.is_counter and tag.rollover > 0):
        problems.append(Problem("rollover", "bad_rollover", str(tag.rollover)))
    if tag.max_rate is not None and not (
        tag.is_counter and math.isfinite(tag.max_rate) and tag.max_rate > 0
    ):
        problems.append(Problem("max_rate", "bad_max_rate", str(tag.max_rate)))
    return problems


def _register_problems(tag: TagConfig) -> list[Problem]:
    problems: list[Problem] = []
    if tag.register_type is RegisterType.FIELD:
        return [Problem("register_type", "needs_register_table")]
    if not 0 <= tag.address <= 65535:
        problems.append(Problem("address", "bad_address", str(tag.address)))
    elif tag.address + tag.register_count > 65536:
        problems.append(Problem("address", "past_end", str(tag.address)))
    if tag.register_type.is_bit and tag.data_type is not DataType.BOOL:
        problems.append(Problem("data_type", "bits_are_bool", tag.data_type.value))
    if tag.data_type is DataType.BIT and (tag.bit is None or not 0 <= tag.bit <= 15):
        problems.append(Problem("bit", "bad_bit", str(tag.bit)))
    if tag.data_type is DataType.STRING and not 1 <= tag.length <= 125:
        problems.append(Problem("length", "bad_length", str(tag.length)))
    if tag.is_counter and not tag.data_type.is_numeric:
        problems.append(Problem("is_counter", "counter_not_numeric"))
    return problems
