"""Device profiles: a device type's register map as a data file, so adding a meter is picking it.

A profile is a UTF-8 JSON file of at most 1 MiB (docs/profiles.md has a full example)::

    {
      "format": 1,                  file format; a newer number is refused ("unsupported_version")
      "id": "eastron_sdm630",       a-z 0-9 _ -, ≤ 64 chars; devices store it in `Device.profile`
      "version": 1,                 revision ≥ 1, bumped by every save
      "manufacturer": "Eastron", "model": "SDM630",
      "label_zh": "…", "label_en": "…",
      "confirmed": true,            map checked against the vendor manual (default false)
      "note": "",                   shown next to the profile (≤ 200 chars)
      "defaults": {                 optional; bus hints and the tags' defaults
        "register_type": "input_register", "data_type": "float32", "word_order": "ABCD",
        "baudrate": 9600, "parity": "N", "stopbits": 1, "bytesize": 8, "poll_interval_s": 1.0
      },
      "reserved": [                 optional: holes the device answers as zeros, not exception 02
        {"register_type": "input_register", "address": 44, "count": 2}
      ],
      "tags": [                     1 … 2,000 tags
        {"key": "voltage_l1", "label_zh": "A相电压", "label_en": "Voltage L1", "unit": "V",
         "address": 0, "typical_min": 198, "typical_max": 242}
      ]
    }

Tag fields beyond key, labels and address are optional: `register_type`, `data_type` and
`word_order` default to the profile's defaults (bit tables default to `bool`); `scale` 1,
`offset` 0 (value = raw × scale + offset), `is_counter` false, `rollover` null, `bit` (0–15, only
and always for `data_type` "bit"), `length` (registers, 1–125, only and always for "string"),
`deadband` 0, `poll_interval_s` null, `typical_min`/`typical_max` null (both or neither; the
plausible range, used by the simulator and sanity checks). Addresses are 0-based PDU addresses.
Two tags of one register table may not share a register unless one is a `bit` view of it.

Errors are `ProfileError(code, detail, path)`; `path` is a JSON pointer ("/tags/3/address") so a
form can point at the field, and `code` is what the UI translates. Codes: not_utf8, not_json,
too_large, too_deep, unsupported_version, missing_field, unknown_field, bad_value,
duplicate_key, overlap, too_many_tags.
"""

from __future__ import annotations

import json
from typing import Any

from domain.instruments import DataType, TagConfig
from domain.profile_model import (
    FORMAT_VERSION,
    MAX_FILE_BYTES,
    MAX_TAGS,
    DeviceProfile,
    ProfileDefaults,
    ProfileError,
    ProfileTag,
    ReservedRange,
)
from domain.profile_reader import read_profile

__all__ = [
    "FORMAT_VERSION",
    "MAX_FILE_BYTES",
    "MAX_TAGS",
    "DeviceProfile",
    "ProfileDefaults",
    "ProfileError",
    "ProfileTag",
    "ReservedRange",
    "parse_profile",
    "parse_profile_bytes",
    "profile_tag_config",
    "profile_to_json",
]


def parse_profile_bytes(data: bytes) -> DeviceProfile:
    """Parse a profile file's bytes (UTF-8, an optional BOM allowed)."""
    if len(data) > MAX_FILE_BYTES:
        raise ProfileError("too_large", f"{len(data)} bytes > {MAX_FILE_BYTES}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ProfileError("not_utf8", f"invalid UTF-8 at byte {error.start}") from None
    return parse_profile(text)


def parse_profile(text: str) -> DeviceProfile:
    """Parse and check a profile; raises only `ProfileError`, whatever the text holds."""
    if len(text) > MAX_FILE_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        raise ProfileError("too_large", f"more than {MAX_FILE_BYTES} bytes")
    return read_profile(_load_json(text.removeprefix("\ufeff")))


def profile_to_json(profile: DeviceProfile) -> str:
    """Stable, readable JSON: fixed key order; tag fields equal to their defaults are left out."""
    defaults = profile.defaults
    document: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "id": profile.id,
        "version": profile.version,
        "manufacturer": profile.manufacturer,
        "model": profile.model,
        "label_zh": profile.label_zh,
        "label_en": profile.label_en,
        "confirmed": profile.confirmed,
        "note": profile.note,
        "defaults": {
            "register_type": defaults.register_type.value,
            "data_type": defaults.data_type.value,
            "word_order": defaults.word_order.value,
            "baudrate": defaults.baudrate,
            "parity": defaults.parity,
            "stopbits": defaults.stopbits,
            "bytesize": defaults.bytesize,
            "poll_interval_s": defaults.poll_interval_s,
        },
    }
    if profile.reserved:
        document["reserved"] = [
            {"register_type": r.register_type.value, "address": r.address, "count": r.count}
            for r in profile.reserved
        ]
    document["tags"] = [_tag_document(tag, defaults) for tag in profile.tags]
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def profile_tag_config(
    tag: ProfileTag, name: str, *, device_id: int = 0, tag_id: int = 0
) -> TagConfig:
    """The tag configuration a device made from the profile gets (typical range is not stored)."""
    return TagConfig(
        id=tag_id,
        device_id=device_id,
        name=name,
        unit=tag.unit,
        register_type=tag.register_type,
        address=tag.address,
        data_type=tag.data_type,
        word_order=tag.word_order,
        scale=tag.scale,
        offset=tag.offset,
        is_counter=tag.is_counter,
        rollover=tag.rollover,
        label=tag.label_zh,
        bit=tag.bit,
        length=tag.length,
        deadband=tag.deadband,
        poll_interval_s=tag.poll_interval_s,
    )


def _tag_document(tag: ProfileTag, defaults: ProfileDefaults) -> dict[str, Any]:
    implicit_type = DataType.BOOL if tag.register_type.is_bit else defaults.data_type
    document: dict[str, Any] = {
        "key": tag.key,
        "label_zh": tag.label_zh,
        "label_en": tag.label_en,
        "unit": tag.unit,
        "register_type": tag.register_type.value,
        "address": tag.address,
        "data_type": tag.data_type.value,
        "word_order": tag.word_order.value,
        "scale": tag.scale,
        "offset": tag.offset,
        "is_counter": tag.is_counter,
        "rollover": tag.rollover,
        "bit": tag.bit,
        "length": tag.length,
        "deadband": tag.deadband,
        "poll_interval_s": tag.poll_interval_s,
        "typical_min": tag.typical_min,
        "typical_max": tag.typical_max,
    }
    implicit: dict[str, Any] = {
        "unit": "",
        "register_type": defaults.register_type.value,
        "data_type": implicit_type.value,
        "word_order": defaults.word_order.value,
        "scale": 1.0,
        "offset": 0.0,
        "is_counter": False,
        "rollover": None,
        "bit": None,
        "length": 0,
        "deadband": 0.0,
        "poll_interval_s": None,
        "typical_min": None,
        "typical_max": None,
    }
    return {
        name: value
        for name, value in document.items()
        if name not in implicit or value != implicit[name]
    }


class _Object(dict[str, Any]):
    """A JSON object that remembers keys given twice (plain `json` keeps the last silently)."""

    duplicates: tuple[str, ...] = ()


def _object_from_pairs(pairs: list[tuple[str, Any]]) -> _Object:
    result = _Object(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        twice: list[str] = []
        for key, _ in pairs:
            if key in seen:
                twice.append(key)
            seen.add(key)
        result.duplicates = tuple(twice)
    return result


def _load_json(text: str) -> Any:
    try:
        # NaN and Infinity load as floats; the reader refuses them with the field's path.
        return json.loads(text, object_pairs_hook=_object_from_pairs)
    except RecursionError:
        raise ProfileError("too_deep", "the JSON nests too deeply") from None
    except json.JSONDecodeError as error:
        raise ProfileError(
            "not_json", f"line {error.lineno} column {error.colno}: {error.msg}"
        ) from None
    except ValueError as error:  # e.g. an integer with more digits than Python converts
        raise ProfileError("not_json", str(error)[:200]) from None
