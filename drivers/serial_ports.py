"""The serial ports this computer has, for the bus settings' port picker.

Enumeration goes through pyserial's `comports()`, which on some machines trips over odd USB
adapters, virtual ports or unreadable sysfs entries; a port picker that raises would leave the
engineer with nothing, so every failure here degrades to fewer or emptier entries instead.
Ports are sorted as people count (`COM3` before `COM10`, `/dev/ttyUSB2` before `/dev/ttyUSB10`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

log = logging.getLogger(__name__)

_UNKNOWN = {"", "n/a", "none"}
_DIGITS = re.compile(r"(\d+)", re.ASCII)
_TUPLE_FIELDS = ("device", "description", "hwid")
"""Old pyserial versions and some callers give plain tuples in this order."""


@dataclass(frozen=True)
class SerialPortInfo:
    device: str
    """What to open: `COM3`, `/dev/ttyUSB0`, `/dev/cu.usbserial-1420`."""
    description: str = ""
    hwid: str = ""
    vid: int | None = None
    pid: int | None = None
    serial_number: str = ""
    manufacturer: str = ""

    @property
    def label(self) -> str:
        """`COM3 — USB-SERIAL CH340` for a picker; the device alone when nothing more is known."""
        if not self.description or self.description == self.device:
            return self.device
        return f"{self.device} — {self.description}"


def list_serial_ports(
    comports: Callable[[], Iterable[object]] | None = None,
) -> tuple[SerialPortInfo, ...]:
    """All ports, deduplicated by device and sorted naturally; () when enumeration fails.

    `comports` replaces pyserial's enumeration (tests pass odd port objects through it).
    """
    try:
        if comports is None:  # imported here: the platform back end itself may fail to load
            from serial.tools.list_ports import comports as pyserial_comports

            comports = pyserial_comports
        found = list(comports())
    except Exception:  # enumeration is best effort: any failure means "no ports found"
        log.warning("serial port enumeration failed", exc_info=True)
        return ()
    ports: dict[str, SerialPortInfo] = {}
    for entry in found:
        info = _port_info(entry)
        if info is not None and info.device not in ports:
            ports[info.device] = info
    return tuple(sorted(ports.values(), key=lambda p: port_sort_key(p.device)))


def port_sort_key(device: str) -> tuple[tuple[int, int, str], ...]:
    """Natural order, case-insensitive: digit runs compare as numbers."""
    chunks = _DIGITS.split(device)  # text, digits, text, digits, … (odd positions are digits)
    return tuple(
        (1, int(chunk), chunk) if position % 2 else (0, 0, chunk.casefold())
        for position, chunk in enumerate(chunks)
        if chunk
    )


def _port_info(entry: object) -> SerialPortInfo | None:
    device = _text(entry, "device")
    if not device:
        return None
    return SerialPortInfo(
        device=device,
        description=_text(entry, "description"),
        hwid=_text(entry, "hwid"),
        vid=_number(entry, "vid"),
        pid=_number(entry, "pid"),
        serial_number=_text(entry, "serial_number"),
        manufacturer=_text(entry, "manufacturer"),
    )


def _attribute(entry: object, name: str) -> object:
    """An attribute of a port object, or of a (device, description, hwid) tuple; None if absent."""
    try:
        value = getattr(entry, name, None)
        if value is None and isinstance(entry, tuple) and name in _TUPLE_FIELDS:
            position = _TUPLE_FIELDS.index(name)
            value = entry[position] if position < len(entry) else None
    except Exception:  # a property of a driver-specific port object may raise anything
        return None
    return value


def _text(entry: object, name: str) -> str:
    value = _attribute(entry, name)
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if not isinstance(value, str):
        return ""
    text = value.replace("\x00", "").strip()
    return "" if text.casefold() in _UNKNOWN else text


def _number(entry: object, name: str) -> int | None:
    value = _attribute(entry, name)
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 <= value <= 0xFFFF else None
