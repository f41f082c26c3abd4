"""Serial port enumeration: natural order, odd adapters tolerated, the real machine never raises."""

from __future__ import annotations

import random
from collections.abc import Iterable
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drivers.serial_ports import SerialPortInfo, list_serial_ports, port_sort_key


def fake_ports(*devices: str) -> list[object]:
    return [SimpleNamespace(device=d, description="n/a", hwid="n/a") for d in devices]


def test_windows_ports_sort_as_people_count() -> None:
    names = ["COM10", "COM3", "COM1", "com2", "COM21"]
    listed = list_serial_ports(lambda: fake_ports(*names))
    assert [p.device for p in listed] == ["COM1", "com2", "COM3", "COM10", "COM21"]


def test_linux_ports_sort_as_people_count() -> None:
    names = ["/dev/ttyUSB10", "/dev/ttyS0", "/dev/ttyUSB1", "/dev/ttyACM0", "/dev/ttyUSB0"]
    listed = list_serial_ports(lambda: fake_ports(*reversed(names)))
    assert [p.device for p in listed] == [
        "/dev/ttyACM0",
        "/dev/ttyS0",
        "/dev/ttyUSB0",
        "/dev/ttyUSB1",
        "/dev/ttyUSB10",
    ]


def test_port_details_are_kept() -> None:
    adapter = SimpleNamespace(
        device="/dev/ttyUSB0",
        description="USB-Serial Controller D",
        hwid="USB VID:PID=067B:2303 LOCATION=1-1",
        vid=0x067B,
        pid=0x2303,
        serial_number="A1B2",
        manufacturer="Prolific",
    )
    (info,) = list_serial_ports(lambda: [adapter])
    assert info == SerialPortInfo(
        "/dev/ttyUSB0",
        "USB-Serial Controller D",
        "USB VID:PID=067B:2303 LOCATION=1-1",
        0x067B,
        0x2303,
        "A1B2",
        "Prolific",
    )
    assert info.label == "/dev/ttyUSB0 — USB-Serial Controller D"


class _Exploding:
    device = "COM7"

    @property
    def description(self) -> str:
        raise OSError("driver refused")

    vid = "not a number"
    pid = -1
    serial_number = b"\xffSN\x00"
    manufacturer = None


def test_odd_adapters_degrade_to_emptier_entries() -> None:
    odd: list[object] = [
        _Exploding(),
        SimpleNamespace(device=""),  # no device: nothing to open
        SimpleNamespace(device=None),
        object(),
        ("COM4", "Bluetooth link", "BTHENUM"),  # the old tuple form
        SimpleNamespace(device="COM7", description="duplicate"),
        SimpleNamespace(device="COM5", vid=True, pid=0x10000),
    ]
    listed = list_serial_ports(lambda: odd)
    assert [p.device for p in listed] == ["COM4", "COM5", "COM7"]
    com4, com5, com7 = listed
    assert (com4.description, com4.hwid, com4.label) == (
        "Bluetooth link",
        "BTHENUM",
        "COM4 — Bluetooth link",
    )
    assert (com5.vid, com5.pid) == (None, None)
    assert (com7.description, com7.vid, com7.pid, com7.manufacturer) == ("", None, None, "")
    assert com7.serial_number == "\ufffdSN"
    assert com7.label == "COM7"


def test_failing_enumeration_gives_no_ports() -> None:
    def broken() -> Iterable[object]:
        raise RuntimeError("sysfs unreadable")

    assert list_serial_ports(broken) == ()

    def broken_iterator() -> Iterable[object]:
        yield SimpleNamespace(device="COM1")
        raise OSError("adapter vanished")

    assert list_serial_ports(broken_iterator) == ()


def test_this_machine_enumerates_without_raising() -> None:
    ports = list_serial_ports()
    assert isinstance(ports, tuple)
    assert all(isinstance(p, SerialPortInfo) and p.device for p in ports)
    assert list(ports) == sorted(ports, key=lambda p: port_sort_key(p.device))


@pytest.mark.parametrize(
    ("smaller", "larger"),
    [("COM3", "COM10"), ("/dev/ttyUSB0", "/dev/ttyUSB1"), ("/dev/ttyUSB9", "/dev/ttyUSB10"),
     ("COM9", "com10"), ("/dev/ttyS2", "/dev/ttyUSB0"), ("COM1", "COM1A")],
)  # fmt: skip
def test_natural_order(smaller: str, larger: str) -> None:
    assert port_sort_key(smaller) < port_sort_key(larger)


@given(st.lists(st.text(max_size=12), max_size=12))
def test_any_device_names_sort_without_raising(names: list[str]) -> None:
    shuffled = names[:]
    random.Random(0).shuffle(shuffled)
    listed = list_serial_ports(lambda: fake_ports(*shuffled))
    usable = {n.replace("\x00", "").strip() for n in names}
    assert len(listed) == len({n for n in usable if n.casefold() not in {"", "n/a", "none"}})
    keys = [port_sort_key(p.device) for p in listed]
    assert keys == sorted(keys)
