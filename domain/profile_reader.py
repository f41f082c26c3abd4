"""Check a loaded profile document field by field and build its values.

Every refusal names the field by JSON pointer, so the editor can put the cursor on it, and every
field is read exactly once, so a misspelt optional field ("scal") is an error rather than a
silently ignored default. The format is described in `domain.profiles`.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from enum import StrEnum
from itertools import pairwise
from typing import Any, TypeVar

from domain.instruments import DataType, RegisterType, WordOrder
from domain.profile_model import (
    FORMAT_VERSION,
    MAX_TAGS,
    DeviceProfile,
    ProfileDefaults,
    ProfileError,
    ProfileTag,
    ReservedRange,
)

__all__ = ["read_profile"]

MAX_TEXT = 200
MAX_RESERVED = 256
PROFILE_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
TAG_KEY = re.compile(r"[a-z][a-z0-9_]{0,47}")
BAUDRATES = (1200, 2400, 4800, 9600, 14400, 19200, 38400, 57600, 115200)
_MISSING: Any = object()
_E = TypeVar("_E", bound=StrEnum)
_REGISTER_TABLES = (RegisterType.HOLDING_REGISTER, RegisterType.INPUT_REGISTER)
_NOT_SCALED = frozenset({DataType.BIT, DataType.BOOL, DataType.STRING})


def read_profile(document: Any) -> DeviceProfile:
    """The profile a JSON document describes; raises `ProfileError` for anything else."""
    fields = _Fields(document, "")
    _check_format(fields)
    profile_id = fields.text("id", pattern=PROFILE_ID)
    version = fields.integer("version", 1, 1_000_000_000)
    manufacturer = fields.text("manufacturer", min_length=1, max_length=100)
    model = fields.text("model", min_length=1, max_length=100)
    label_zh = fields.text("label_zh", min_length=1)
    label_en = fields.text("label_en")
    confirmed = fields.boolean("confirmed", False)
    note = fields.text("note", "")
    defaults = _read_defaults(fields.get("defaults", {}), fields.path("defaults"))
    reserved = _read_list(fields, "reserved", MAX_RESERVED, _read_reserved, required=False)
    tags = _read_list(fields, "tags", MAX_TAGS, lambda v, p: _read_tag(v, p, defaults))
    fields.finish()
    _check_unique_keys(tags)
    _check_overlaps(tags, reserved)
    return DeviceProfile(
        profile_id, version, manufacturer, model, label_zh, label_en, confirmed, note, defaults,
        tuple(tags), tuple(reserved),
    )  # fmt: skip


class _Fields:
    """One JSON object being read; what is left when `finish` is called was not expected."""

    def __init__(self, value: Any, path: str) -> None:
        if not isinstance(value, dict):
            raise ProfileError("bad_value", f"expected an object, got {_kind(value)}", path)
        duplicates: tuple[str, ...] = getattr(value, "duplicates", ())
        if duplicates:
            raise ProfileError("duplicate_key", duplicates[0], _pointer(path, duplicates[0]))
        self._values: dict[str, Any] = value
        self._path = path
        self._read: set[str] = set()

    def path(self, name: str) -> str:
        return _pointer(self._path, name)

    def get(self, name: str, default: Any = _MISSING) -> Any:
        """The raw value; JSON null counts as absent, so writers may spell "no value" either way."""
        self._read.add(name)
        value = self._values.get(name)
        if value is not None:
            return value
        if default is _MISSING:
            raise ProfileError("missing_field", name, self.path(name))
        return default

    def text(
        self, name: str, default: Any = _MISSING, *, min_length: int = 0,
        max_length: int = MAX_TEXT, pattern: re.Pattern[str] | None = None,
    ) -> str:  # fmt: skip
        value = self.get(name, default)
        if not isinstance(value, str):
            raise self.bad(name, f"expected text, got {_kind(value)}")
        if not min_length <= len(value) <= max_length:
            raise self.bad(name, f"length {len(value)} is not {min_length}…{max_length}")
        if pattern is not None and not pattern.fullmatch(value):
            raise self.bad(name, f"{value!r} does not match {pattern.pattern}")
        if any(unicodedata.category(c) in ("Cc", "Cs") for c in value):
            raise self.bad(name, "control characters or unpaired surrogates")
        return value

    def integer(self, name: str, low: int, high: int, default: Any = _MISSING) -> int:
        value = self.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.bad(name, f"expected a whole number, got {_kind(value)}")
        if not low <= value <= high:
            raise self.bad(name, f"{_short(value)} is not {low}…{high}")
        return value

    def number(self, name: str, default: Any = _MISSING) -> float:
        value = self.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.bad(name, f"expected a number, got {_kind(value)}")
        try:
            result = float(value)
        except OverflowError:
            raise self.bad(name, f"{_short(value)} is too large") from None
        if not math.isfinite(result):
            raise self.bad(name, "not a finite number")
        return result

    def optional_number(self, name: str) -> float | None:
        return None if self.get(name, None) is None else self.number(name)

    def boolean(self, name: str, default: bool) -> bool:
        value = self.get(name, default)
        if not isinstance(value, bool):
            raise self.bad(name, f"expected true or false, got {_kind(value)}")
        return value

    def choice(self, name: str, kind: type[_E], default: _E) -> _E:
        value = self.get(name, default.value)
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(member.value for member in kind)
            raise self.bad(name, f"{_short(value)} is not one of {allowed}") from None

    def bad(self, name: str, detail: str) -> ProfileError:
        return ProfileError("bad_value", detail, self.path(name))

    def finish(self) -> None:
        for name in self._values:
            if name not in self._read:
                raise ProfileError("unknown_field", name, self.path(name))


def _check_format(fields: _Fields) -> None:
    """Checked first: a newer format may hold anything, so nothing else is judged."""
    value = fields.get("format")
    if isinstance(value, int) and not isinstance(value, bool) and value > FORMAT_VERSION:
        raise ProfileError(
            "unsupported_version", f"format {_short(value)} > {FORMAT_VERSION}", "/format"
        )
    fields.integer("format", FORMAT_VERSION, FORMAT_VERSION)


def _read_list(
    fields: _Fields,
    name: str,
    limit: int,
    read: Callable[[Any, str], Any],
    *,
    required: bool = True,
) -> list[Any]:
    value = fields.get(name, _MISSING if required else [])
    path = fields.path(name)
    if not isinstance(value, list):
        raise ProfileError("bad_value", f"expected a list, got {_kind(value)}", path)
    if len(value) > limit:
        code = "too_many_tags" if name == "tags" else "bad_value"
        raise ProfileError(code, f"{len(value)} entries > {limit}", path)
    if required and not value:
        raise ProfileError("bad_value", "at least one entry is needed", path)
    return [read(item, f"{path}/{index}") for index, item in enumerate(value)]


def _read_defaults(value: Any, path: str) -> ProfileDefaults:
    fields = _Fields(value, path)
    base = ProfileDefaults()
    register_type = fields.choice("register_type", RegisterType, base.register_type)
    if register_type is RegisterType.FIELD:
        raise fields.bad("register_type", "profiles describe Modbus register maps")
    data_type = fields.choice("data_type", DataType, base.data_type)
    if data_type in _NOT_SCALED:
        raise fields.bad("data_type", "the default data type must be a number type")
    defaults = ProfileDefaults(
        register_type=register_type,
        data_type=data_type,
        word_order=fields.choice("word_order", WordOrder, base.word_order),
        baudrate=fields.integer("baudrate", 0, 10_000_000, base.baudrate),
        parity=fields.text("parity", base.parity),
        stopbits=fields.integer("stopbits", 1, 2, base.stopbits),
        bytesize=fields.integer("bytesize", 7, 8, base.bytesize),
        poll_interval_s=fields.number("poll_interval_s", base.poll_interval_s),
    )
    if defaults.baudrate not in BAUDRATES:
        raise fields.bad("baudrate", f"{defaults.baudrate} is not a standard baud rate")
    if defaults.parity not in ("N", "E", "O"):
        raise fields.bad("parity", "expected N, E or O")
    if not 0.1 <= defaults.poll_interval_s <= 86_400:
        raise fields.bad("poll_interval_s", "expected 0.1 … 86400 s")
    fields.finish()
    return defaults


def _read_reserved(value: Any, path: str) -> ReservedRange:
    fields = _Fields(value, path)
    register_type = fields.choice("register_type", RegisterType, RegisterType.HOLDING_REGISTER)
    if register_type not in _REGISTER_TABLES:
        raise fields.bad("register_type", "only register tables have reserved ranges")
    address = fields.integer("address", 0, 65535)
    count = fields.integer("count", 1, 125)
    if address + count > 65536:
        raise fields.bad("count", "the range runs past register 65535")
    fields.finish()
    return ReservedRange(register_type, address, count)


def _read_tag(value: Any, path: str, defaults: ProfileDefaults) -> ProfileTag:
    fields = _Fields(value, path)
    key = fields.text("key", pattern=TAG_KEY)
    label_zh = fields.text("label_zh", min_length=1)
    label_en = fields.text("label_en")
    unit = fields.text("unit", "", max_length=32)
    register_type = fields.choice("register_type", RegisterType, defaults.register_type)
    if register_type is RegisterType.FIELD:
        raise fields.bad("register_type", "profiles describe Modbus register maps")
    implicit_type = DataType.BOOL if register_type.is_bit else defaults.data_type
    data_type = fields.choice("data_type", DataType, implicit_type)
    if register_type.is_bit and data_type is not DataType.BOOL:
        raise fields.bad("data_type", "coils and discrete inputs hold bool values")
    address = fields.integer("address", 0, 65535)
    word_order = fields.choice("word_order", WordOrder, defaults.word_order)
    bit: int | None = None
    if data_type is DataType.BIT:
        bit = fields.integer("bit", 0, 15)
    elif fields.get("bit", None) is not None:
        raise fields.bad("bit", "only a tag of data type bit has a bit number")
    length = 0
    if data_type is DataType.STRING:
        length = fields.integer("length", 1, 125)
    elif fields.get("length", 0) != 0:
        raise fields.bad("length", "only a tag of data type string has a length")
    tag = ProfileTag(
        key, label_zh, label_en, unit, register_type, address, data_type, word_order,
        scale=fields.number("scale", 1.0),
        offset=fields.number("offset", 0.0),
        is_counter=fields.boolean("is_counter", False),
        rollover=fields.optional_number("rollover"),
        bit=bit,
        length=length,
        deadband=fields.number("deadband", 0.0),
        typical_min=fields.optional_number("typical_min"),
        typical_max=fields.optional_number("typical_max"),
        poll_interval_s=fields.optional_number("poll_interval_s"),
    )  # fmt: skip
    _check_tag(tag, fields)
    fields.finish()
    return tag


def _check_tag(tag: ProfileTag, fields: _Fields) -> None:
    if tag.address + tag.register_count > 65536:
        raise fields.bad("address", "the value runs past register 65535")
    if tag.data_type in _NOT_SCALED:
        if (tag.scale, tag.offset) != (1.0, 0.0):
            raise fields.bad("scale", f"{tag.data_type.value} values are not scaled")
        if tag.is_counter:
            raise fields.bad("is_counter", "a counter needs a number type")
        if tag.typical_min is not None or tag.typical_max is not None:
            raise fields.bad("typical_min", f"{tag.data_type.value} values have no range")
    if tag.scale == 0:
        raise fields.bad("scale", "scale 0 would read every value as the offset")
    if tag.rollover is not None and not (tag.is_counter and tag.rollover > 0):
        raise fields.bad("rollover", "only a counter rolls over, at a positive value")
    if tag.deadband < 0:
        raise fields.bad("deadband", "a deadband cannot be negative")
    if tag.poll_interval_s is not None and not 0.1 <= tag.poll_interval_s <= 86_400:
        raise fields.bad("poll_interval_s", "expected 0.1 … 86400 s")
    if (tag.typical_min is None) != (tag.typical_max is None):
        missing = "typical_max" if tag.typical_max is None else "typical_min"
        raise ProfileError(
            "missing_field", "give both ends of the typical range", fields.path(missing)
        )
    if tag.typical_min is not None and tag.typical_max is not None:
        if tag.typical_min > tag.typical_max:
            raise fields.bad("typical_max", "typical_max is below typical_min")
        low, high = tag.engineering_range()
        if tag.typical_min < low or tag.typical_max > high:
            raise fields.bad("typical_max", f"the registers hold only {low:g} … {high:g}")


def _check_unique_keys(tags: list[ProfileTag]) -> None:
    seen: set[str] = set()
    for index, tag in enumerate(tags):
        if tag.key in seen:
            raise ProfileError("duplicate_key", tag.key, f"/tags/{index}/key")
        seen.add(tag.key)


def _check_overlaps(tags: list[ProfileTag], reserved: list[ReservedRange]) -> None:
    """No register belongs to two things, except that bit views may share a status register."""
    spans: list[tuple[RegisterType, int, int, str]] = [
        (tag.register_type, tag.address, tag.register_count, f"/tags/{index}")
        for index, tag in enumerate(tags)
        if tag.data_type is not DataType.BIT
    ]
    spans += [
        (r.register_type, r.address, r.count, f"/reserved/{index}")
        for index, r in enumerate(reserved)
    ]
    spans.sort(key=lambda span: (span[0].value, span[1]))
    for before, after in pairwise(spans):
        if before[0] is after[0] and after[1] < before[1] + before[2]:
            raise ProfileError(
                "overlap", f"shares registers with {before[3]}", f"{after[3]}/address"
            )
    reserved_registers = {
        (r.register_type, r.address + i) for r in reserved for i in range(r.count)
    }
    views: set[tuple[RegisterType, int, int | None]] = set()
    for index, tag in enumerate(tags):
        if tag.data_type is not DataType.BIT:
            continue
        view = (tag.register_type, tag.address, tag.bit)
        if view in views or (tag.register_type, tag.address) in reserved_registers:
            raise ProfileError("overlap", "bit already taken or reserved", f"/tags/{index}/bit")
        views.add(view)


def _pointer(path: str, name: str) -> str:
    return f"{path}/{name.replace('~', '~0').replace('/', '~1')}"


def _kind(value: Any) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list"}
    return "null" if value is None else names.get(type(value), "an object")


def _short(value: Any) -> str:
    text = repr(value) if not isinstance(value, int) or abs(value) < 10**30 else "a huge number"
    return text if len(text) <= 40 else text[:37] + "…"
