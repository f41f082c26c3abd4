"""Every built-in profile served by the profile simulator, read back by a real pymodbus client."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pymodbus.client import ModbusTcpClient
from pymodbus.pdu import ModbusPDU

from domain.instruments import DataType
from domain.profiles import ProfileTag, parse_profile, profile_tag_config
from drivers.modbus.codec import decode_tag
from drivers.simulators.modbus_server import SimulatorPortError
from drivers.simulators.profile_simulator import (
    THREAD_NAME,
    ProfileServer,
    profile_sim_device,
    serial_number,
)

PROFILE_DIR = Path(__file__).resolve().parents[2] / "resources" / "profiles"
BUILTINS = tuple(
    parse_profile(p.read_text(encoding="utf-8")) for p in sorted(PROFILE_DIR.glob("*.json"))
)
UNITS = {unit: profile for unit, profile in enumerate(BUILTINS, start=1)}
SEED = 7
START = 1_710_295_200.0  # 2024-03-13 10:00 CST


class FakeClock:
    """Simulated time the test moves by hand, so no test waits for values to change."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="module")
def server(clock: FakeClock) -> Iterator[ProfileServer]:
    with ProfileServer(UNITS, seed=SEED, clock=clock) as running:
        yield running


@pytest.fixture
def client(server: ProfileServer) -> Iterator[ModbusTcpClient]:
    modbus = ModbusTcpClient("127.0.0.1", port=server.port, timeout=2)
    assert modbus.connect()
    yield modbus
    modbus.close()


def read(client: ModbusTcpClient, unit: int, tag: ProfileTag) -> ModbusPDU:
    function = {
        1: client.read_coils,
        2: client.read_discrete_inputs,
        3: client.read_holding_registers,
        4: client.read_input_registers,
    }[tag.function_code]
    response = function(tag.address, count=tag.register_count, device_id=unit)
    assert not response.isError(), f"{tag.key}: {response}"
    return response


def value(client: ModbusTcpClient, unit: int, tag: ProfileTag) -> float | str:
    """Decode as acquisition does: `decode_tag` for registers, the first bit for bit tables."""
    response = read(client, unit, tag)
    if tag.register_type.is_bit:
        return 1.0 if response.bits[0] else 0.0
    return decode_tag(profile_tag_config(tag, tag.key), list(response.registers))


def within_typical(tag: ProfileTag, reading: float) -> bool:
    assert tag.typical_min is not None and tag.typical_max is not None
    margin = 1e-6 * max(1.0, abs(tag.typical_min), abs(tag.typical_max))
    return tag.typical_min - margin <= reading <= tag.typical_max + margin


@pytest.mark.parametrize("unit", sorted(UNITS), ids=[p.id for p in BUILTINS])
def test_every_tag_reads_inside_its_typical_range(
    client: ModbusTcpClient, clock: FakeClock, unit: int
) -> None:
    profile = UNITS[unit]
    for step in range(12):  # a sweep through the sine waves, an hour apart
        clock.now = START + step * 3600.0
        readings = {tag.key: value(client, unit, tag) for tag in profile.tags}
        for tag in profile.tags:
            reading = readings[tag.key]
            if tag.data_type is DataType.STRING:
                assert reading == serial_number(unit, SEED)[: 2 * tag.length]
            elif tag.data_type is not DataType.BIT:
                assert isinstance(reading, float)
                assert within_typical(tag, reading), f"{tag.key} = {reading}"


@pytest.mark.parametrize("unit", sorted(UNITS), ids=[p.id for p in BUILTINS])
def test_counters_grow(client: ModbusTcpClient, clock: FakeClock, unit: int) -> None:
    counters = [tag for tag in UNITS[unit].tags if tag.is_counter]
    assert counters, "every built-in meter has a totaliser"
    clock.now = START + 86_400.0
    before = {tag.key: value(client, unit, tag) for tag in counters}
    for _ in range(3):
        clock.now += 86_400.0
        after = {tag.key: value(client, unit, tag) for tag in counters}
        assert all(after[key] > before[key] for key in before), (before, after)  # type: ignore[operator]
        before = after
    clock.now -= 5 * 86_400.0  # a clock set back must not make a totaliser run backwards
    after = {tag.key: value(client, unit, tag) for tag in counters}
    assert all(after[key] >= before[key] for key in before)  # type: ignore[operator]


@pytest.mark.parametrize("unit", sorted(UNITS), ids=[p.id for p in BUILTINS])
def test_other_values_move(client: ModbusTcpClient, clock: FakeClock, unit: int) -> None:
    tags = [
        t
        for t in UNITS[unit].tags
        if t.data_type.is_numeric and t.data_type is not DataType.BIT and not t.is_counter
    ]
    seen: dict[str, set[float | str]] = {tag.key: set() for tag in tags}
    for step in range(10):
        clock.now = START + step * 97.0
        for tag in tags:
            seen[tag.key].add(value(client, unit, tag))
    still = [key for key, values in seen.items() if len(values) < 2 and key != "alarm_status"]
    assert not still


def test_status_word_and_its_bits_agree(client: ModbusTcpClient, clock: FakeClock) -> None:
    unit = next(u for u, p in UNITS.items() if p.id == "generic_em_flowmeter")
    profile = UNITS[unit]
    word_tag = profile.tag("alarm_status")
    bits = [t for t in profile.tags if t.data_type is DataType.BIT]
    states: dict[str, set[bool]] = {bit_tag.key: set() for bit_tag in bits}
    for step in range(200):
        clock.now = START + step * 13.0
        word = int(value(client, unit, word_tag))
        for bit_tag in bits:
            assert bit_tag.bit is not None
            state = value(client, unit, bit_tag)
            assert state == bool(word >> bit_tag.bit & 1)
            states[bit_tag.key].add(bool(state))
    assert all(seen == {True, False} for seen in states.values()), states


def test_sdm630_table_reads_in_one_request_like_the_meter(client: ModbusTcpClient) -> None:
    unit = next(u for u, p in UNITS.items() if p.id == "eastron_sdm630")
    response = client.read_input_registers(0, count=0x50, device_id=unit)
    assert not response.isError()
    assert response.registers[0x2C:0x2E] == [0, 0]  # reserved hole reads as zeros


def test_undefined_addresses_writes_and_absent_units_are_refused(client: ModbusTcpClient) -> None:
    sdm120 = next(u for u, p in UNITS.items() if p.id == "eastron_sdm120")
    assert client.read_input_registers(0x0002, count=2, device_id=sdm120).exception_code == 2
    assert client.read_input_registers(0x0000, count=8, device_id=sdm120).exception_code == 2
    assert client.read_holding_registers(0x0000, count=2, device_id=sdm120).exception_code == 2
    assert client.read_coils(0, count=1, device_id=sdm120).exception_code == 2
    meter = next(u for u, p in UNITS.items() if p.id == "generic_em_flowmeter")
    assert client.write_register(0, 1, device_id=meter).exception_code == 2
    assert client.read_holding_registers(0, count=2, device_id=200).exception_code == 0x0B


def test_bit_tables_and_byte_swapped_strings(clock: FakeClock) -> None:
    document = {
        "format": 1, "id": "bits", "version": 1, "manufacturer": "T", "model": "B",
        "label_zh": "位", "label_en": "Bits",
        "tags": [
            {"key": "run", "label_zh": "运行", "label_en": "Run", "register_type": "coil",
             "address": 21},
            {"key": "trip", "label_zh": "跳闸", "label_en": "Trip",
             "register_type": "discrete_input", "address": 3},
            {"key": "name", "label_zh": "名称", "label_en": "Name", "address": 100,
             "data_type": "string", "length": 3, "word_order": "BADC"},
            {"key": "flag", "label_zh": "标志", "label_en": "Flag", "address": 7,
             "data_type": "bit", "bit": 15},
        ],
    }  # fmt: skip
    profile = parse_profile(json.dumps(document))
    with ProfileServer({9: profile}, seed=3, clock=clock) as server:
        modbus = ModbusTcpClient("127.0.0.1", port=server.port, timeout=2)
        assert modbus.connect()
        try:
            states: set[tuple[bool, bool, bool]] = set()
            for step in range(300):
                clock.now = START + step * 11.0
                run, trip, flag = (
                    value(modbus, 9, profile.tag(k)) for k in ("run", "trip", "flag")
                )
                states.add((bool(run), bool(trip), bool(flag)))
            assert (
                {s[0] for s in states}
                == {s[1] for s in states}
                == {s[2] for s in states}
                == {
                    True,
                    False,
                }
            )
            assert value(modbus, 9, profile.tag("name")) == serial_number(9, 3)[:6]
            assert modbus.write_coil(21, True, device_id=9).isError()
        finally:
            modbus.close()


def test_same_seed_same_device_and_bad_units() -> None:
    profile = BUILTINS[0]
    assert profile_sim_device(profile, 5, seed=1, clock=lambda: START).id == 5
    for unit in (0, 248):
        with pytest.raises(ValueError):
            profile_sim_device(profile, unit)
    with pytest.raises(ValueError):
        ProfileServer({})


def simulator_threads() -> int:
    return sum(1 for t in threading.enumerate() if t.name == THREAD_NAME)


def test_server_thread_port_and_orderly_stop() -> None:
    before = simulator_threads()
    server = ProfileServer({1: BUILTINS[0]})
    assert server.port == 0 and not server.is_running
    server.start()
    try:
        assert server.port > 0 and server.is_running
        assert simulator_threads() == before + 1
        with pytest.raises(RuntimeError):
            server.start()
    finally:
        server.stop()
    server.stop()
    assert not server.is_running and server.port == 0
    assert simulator_threads() == before


def test_a_taken_port_is_reported(server: ProfileServer) -> None:
    with pytest.raises(SimulatorPortError):
        ProfileServer({1: BUILTINS[0]}, port=server.port).start()


def test_any_number_type_without_a_typical_range(clock: FakeClock) -> None:
    def number(key: str, address: int, data_type: str, **more: object) -> dict[str, object]:
        return {"key": key, "label_zh": key, "label_en": key, "address": address,
                "data_type": data_type, **more}  # fmt: skip

    document = {
        "format": 1, "id": "mixed", "version": 1, "manufacturer": "T", "model": "M",
        "label_zh": "混合", "label_en": "Mixed",
        "tags": [
            number("level", 0, "int16", scale=0.1, offset=-20.0),
            number("inverted", 1, "uint16", scale=-0.5, word_order="BADC"),
            number("offset_only", 2, "uint16", offset=500.0),
            number("precise", 3, "float64", word_order="DCBA"),
            number("big_total", 7, "int64", is_counter=True, scale=0.001),
            number("flag", 11, "bool"),
            number("tight", 12, "uint16", scale=10.0, typical_min=12.0, typical_max=18.0),
        ],
    }  # fmt: skip
    profile = parse_profile(json.dumps(document))
    with ProfileServer({3: profile}, clock=clock) as server:
        modbus = ModbusTcpClient("127.0.0.1", port=server.port, timeout=2)
        assert modbus.connect()
        try:
            for step in range(20):
                clock.now = START + step * 61.0
                read_values = {tag.key: value(modbus, 3, tag) for tag in profile.tags}
                assert 0.0 <= float(read_values["level"]) <= 100.0
                assert -100.0 <= float(read_values["inverted"]) <= 0.0
                assert 500.0 <= float(read_values["offset_only"]) <= 600.0
                assert 0.0 <= float(read_values["precise"]) <= 100.0
                assert read_values["flag"] in (0.0, 1.0)
                assert read_values["tight"] in (10.0, 20.0)  # no step lies inside 12…18
        finally:
            modbus.close()
