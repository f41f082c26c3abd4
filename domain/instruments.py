"""Configuration of buses, devices and tags as plain values.

Storage loads these from the database and the acquisition engine polls from them; neither needs
the other's types. Addresses are 0-based PDU addresses, as sent on the wire; `manual_number`
gives the 1-based 0xxxx/1xxxx/3xxxx/4xxxx number that meter manuals print.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum


class BusKind(StrEnum):
    MODBUS_TCP = "modbus_tcp"
    MODBUS_RTU = "modbus_rtu"
    MODBUS_RTU_OVER_TCP = "modbus_rtu_over_tcp"
    ASCII_SERIAL = "ascii_serial"
    ASCII_TCP = "ascii_tcp"

    @property
    def is_serial(self) -> bool:
        return self in (BusKind.MODBUS_RTU, BusKind.ASCII_SERIAL)

    @property
    def is_modbus(self) -> bool:
        return self in (BusKind.MODBUS_TCP, BusKind.MODBUS_RTU, BusKind.MODBUS_RTU_OVER_TCP)


class RegisterType(StrEnum):
    COIL = "coil"
    DISCRETE_INPUT = "discrete_input"
    HOLDING_REGISTER = "holding_register"
    INPUT_REGISTER = "input_register"
    FIELD = "field"
    """Not a Modbus table: the value is a named field of a parsed message (line protocols)."""

    @property
    def function_code(self) -> int:
        """The Modbus read function; 0 for FIELD, which no Modbus request reads."""
        return {"coil": 1, "discrete_input": 2, "holding_register": 3, "input_register": 4}.get(
            self.value, 0
        )

    @property
    def is_modbus(self) -> bool:
        return self is not RegisterType.FIELD

    @property
    def is_bit(self) -> bool:
        return self in (RegisterType.COIL, RegisterType.DISCRETE_INPUT)

    def manual_number(self, address: int) -> int:
        """The 1-based number a manual prints: input register 0x0000 → 30001.

        Addresses past 9998 do not fit the 5-digit form, so manuals switch to 6 digits (400001…).
        """
        prefix = {"coil": 0, "discrete_input": 1, "input_register": 3, "holding_register": 4}.get(
            self.value
        )
        if prefix is None:
            raise ValueError(f"{self.value} has no Modbus number")
        width = 10_000 if address < 9_999 else 100_000
        return prefix * width + address + 1


class DataType(StrEnum):
    BOOL = "bool"
    BIT = "bit"
    STRING = "string"
    INT16 = "int16"
    UINT16 = "uint16"
    INT32 = "int32"
    UINT32 = "uint32"
    INT64 = "int64"
    UINT64 = "uint64"
    FLOAT32 = "float32"
    FLOAT64 = "float64"

    @property
    def register_count(self) -> int:
        """Registers one value occupies; a string's length is the tag's own (`TagConfig.length`)."""
        return {
            "bool": 1,
            "bit": 1,
            "string": 1,
            "int16": 1,
            "uint16": 1,
            "int32": 2,
            "uint32": 2,
            "float32": 2,
            "int64": 4,
            "uint64": 4,
            "float64": 4,
        }[self.value]

    @property
    def is_numeric(self) -> bool:
        return self is not DataType.STRING


class WordOrder(StrEnum):
    """Byte layout of multi-register values, named by where bytes A (most significant) … land."""

    ABCD = "ABCD"
    CDAB = "CDAB"
    BADC = "BADC"
    DCBA = "DCBA"


@dataclass(frozen=True)
class TagConfig:
    id: int
    device_id: int
    name: str
    unit: str
    register_type: RegisterType
    address: int
    data_type: DataType = DataType.FLOAT32
    word_order: WordOrder = WordOrder.ABCD
    scale: float = 1.0
    offset: float = 0.0
    is_counter: bool = False
    rollover: float | None = None
    max_rate: float | None = None
    """Largest believable counter rise per second; None: judged from the tag's own history."""
    label: str = ""
    bit: int | None = None
    """Bit number (0 = least significant) for DataType.BIT."""
    length: int = 0
    """Registers of a DataType.STRING (two characters each)."""
    deadband: float = 0.0
    """Store a new value only when it moves more than this (heartbeat: `max_silence_s`)."""
    max_silence_s: float = 60.0
    poll_interval_s: float | None = None
    """None: the device's interval. Tags with the same interval form one poll group."""
    field: str = ""
    """For line-protocol instruments: the regex group that holds this tag's value."""
    enabled: bool = True

    @property
    def register_count(self) -> int:
        if self.register_type.is_bit:
            return 1
        if self.data_type is DataType.STRING:
            return max(1, self.length)
        return self.data_type.register_count


@dataclass(frozen=True)
class DeviceConfig:
    id: int
    bus_id: int
    name: str
    unit_id: int
    poll_interval_s: float = 1.0
    tags: tuple[TagConfig, ...] = ()
    enabled: bool = True
    label: str = ""
    label_en: str = ""
    options: tuple[tuple[str, str], ...] = ()
    """Protocol settings, e.g. a line instrument's request and regex, as (key, value) pairs."""
    profile: str = ""

    def option(self, key: str, default: str = "") -> str:
        return next((value for name, value in self.options if name == key), default)


@dataclass(frozen=True)
class BusConfig:
    id: int
    name: str
    kind: BusKind
    host: str = ""
    port: int = 502
    serial_port: str = ""
    baudrate: int = 9600
    parity: str = "N"
    stopbits: int = 1
    bytesize: int = 8
    timeout_s: float = 1.0
    inter_request_delay_s: float = 0.0
    retries: int = 1
    devices: tuple[DeviceConfig, ...] = field(default=())
    enabled: bool = True
    name_en: str = ""

    @property
    def endpoint(self) -> str:
        if self.kind.is_serial:
            return f"{self.serial_port} {self.baudrate} {self.bytesize}{self.parity}{self.stopbits}"
        return f"{self.host}:{self.port}"


def active_configuration(buses: tuple[BusConfig, ...]) -> tuple[BusConfig, ...]:
    """What the engine polls: enabled buses, their enabled devices, those devices' enabled tags."""
    return tuple(
        replace(
            bus,
            devices=tuple(
                replace(device, tags=tuple(t for t in device.tags if t.enabled))
                for device in bus.devices
                if device.enabled
            ),
        )
        for bus in buses
        if bus.enabled
    )
