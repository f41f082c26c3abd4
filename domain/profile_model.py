"""The values a device profile holds; parsing and writing them lives in `domain.profiles`."""

from __future__ import annotations

from dataclasses import dataclass, field

from domain.instruments import DataType, RegisterType, WordOrder

__all__ = [
    "FORMAT_VERSION",
    "MAX_FILE_BYTES",
    "MAX_TAGS",
    "DeviceProfile",
    "ProfileDefaults",
    "ProfileError",
    "ProfileTag",
    "ReservedRange",
]

FORMAT_VERSION = 1
MAX_FILE_BYTES = 1_048_576
MAX_TAGS = 2_000
_INTEGER_BITS = {
    DataType.INT16: (16, True),
    DataType.UINT16: (16, False),
    DataType.INT32: (32, True),
    DataType.UINT32: (32, False),
    DataType.INT64: (64, True),
    DataType.UINT64: (64, False),
}
_FLOAT_LIMITS = {DataType.FLOAT32: 3.4028234663852886e38, DataType.FLOAT64: 1.7976931348623157e308}


class ProfileError(ValueError):
    """A profile file that cannot be used: a code to translate and where the problem is."""

    def __init__(self, code: str, detail: str = "", path: str = "") -> None:
        where = f" at {path}" if path else ""
        super().__init__(f"{code}{where}: {detail}" if detail else f"{code}{where}")
        self.code = code
        self.detail = detail
        self.path = path


@dataclass(frozen=True)
class ProfileDefaults:
    """How such a device is usually wired and read; hints for a new bus and the tags' defaults."""

    register_type: RegisterType = RegisterType.HOLDING_REGISTER
    data_type: DataType = DataType.FLOAT32
    word_order: WordOrder = WordOrder.ABCD
    baudrate: int = 9600
    parity: str = "N"
    stopbits: int = 1
    bytesize: int = 8
    poll_interval_s: float = 1.0

    @property
    def function_code(self) -> int:
        return self.register_type.function_code


@dataclass(frozen=True)
class ProfileTag:
    key: str
    label_zh: str
    label_en: str
    unit: str
    register_type: RegisterType
    address: int
    data_type: DataType = DataType.FLOAT32
    word_order: WordOrder = WordOrder.ABCD
    scale: float = 1.0
    offset: float = 0.0
    is_counter: bool = False
    rollover: float | None = None
    bit: int | None = None
    length: int = 0
    deadband: float = 0.0
    typical_min: float | None = None
    typical_max: float | None = None
    poll_interval_s: float | None = None

    @property
    def register_count(self) -> int:
        if self.register_type.is_bit:
            return 1
        if self.data_type is DataType.STRING:
            return self.length
        return self.data_type.register_count

    @property
    def function_code(self) -> int:
        return self.register_type.function_code

    def raw_range(self) -> tuple[int | float, int | float]:
        """The lowest and highest raw value the tag's registers hold (0…1 for bits and text)."""
        if self.data_type in _FLOAT_LIMITS:
            return -_FLOAT_LIMITS[self.data_type], _FLOAT_LIMITS[self.data_type]
        if self.data_type in _INTEGER_BITS:
            bits, signed = _INTEGER_BITS[self.data_type]
            return (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if signed else (0, 2**bits - 1)
        return 0, 1

    def engineering_range(self) -> tuple[float, float]:
        """The lowest and highest engineering value (raw × scale + offset) the tag can express."""
        raw_low, raw_high = self.raw_range()
        low, high = sorted(
            (raw_low * self.scale + self.offset, raw_high * self.scale + self.offset)
        )
        return low, high


@dataclass(frozen=True)
class ReservedRange:
    """Registers inside a device's table that hold nothing but answer (as zeros) when read."""

    register_type: RegisterType
    address: int
    count: int


@dataclass(frozen=True)
class DeviceProfile:
    id: str
    version: int
    manufacturer: str
    model: str
    label_zh: str
    label_en: str
    confirmed: bool
    note: str
    defaults: ProfileDefaults
    tags: tuple[ProfileTag, ...]
    reserved: tuple[ReservedRange, ...] = field(default=())

    def tag(self, key: str) -> ProfileTag:
        for tag in self.tags:
            if tag.key == key:
                return tag
        raise KeyError(key)
