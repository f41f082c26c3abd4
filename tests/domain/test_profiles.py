"""Device profiles: built-in files, round trips, and refusals that name their field."""

from __future__ import annotations

import contextlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.instruments import DataType, RegisterType, WordOrder
from domain.profiles import (
    MAX_FILE_BYTES,
    MAX_TAGS,
    DeviceProfile,
    ProfileDefaults,
    ProfileError,
    ProfileTag,
    parse_profile,
    parse_profile_bytes,
    profile_tag_config,
    profile_to_json,
)

PROFILE_DIR = Path(__file__).resolve().parents[2] / "resources" / "profiles"
BUILTIN_FILES = sorted(PROFILE_DIR.glob("*.json"))


def load(name: str) -> DeviceProfile:
    return parse_profile((PROFILE_DIR / f"{name}.json").read_text(encoding="utf-8"))


def minimal(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": 1,
        "id": "test_meter",
        "version": 1,
        "manufacturer": "Test",
        "model": "T1",
        "label_zh": "测试表",
        "label_en": "Test meter",
        "tags": [{"key": "voltage", "label_zh": "电压", "label_en": "Voltage", "address": 0}],
    }
    document.update(changes)
    return document


def tag(key: str, address: int, **fields: Any) -> dict[str, Any]:
    return {"key": key, "label_zh": key, "label_en": key, "address": address, **fields}


def refusal(document: Any) -> ProfileError:
    text = document if isinstance(document, str) else json.dumps(document, ensure_ascii=False)
    with pytest.raises(ProfileError) as caught:
        parse_profile(text)
    return caught.value


# --- built-in files -------------------------------------------------------------------------


def test_the_five_builtin_files_exist() -> None:
    assert [p.stem for p in BUILTIN_FILES] == [
        "acrel_adl400",
        "eastron_sdm120",
        "eastron_sdm630",
        "generic_em_flowmeter",
        "generic_flow_computer",
    ]


@pytest.mark.parametrize("path", BUILTIN_FILES, ids=lambda p: p.stem)
def test_builtin_file_parses_is_canonical_and_bilingual(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    profile = parse_profile(text)
    assert profile.id == path.stem
    assert profile_to_json(profile) == text  # files are kept in the writer's stable form
    assert profile.label_zh and profile.label_en
    for profile_tag in profile.tags:
        assert profile_tag.label_zh and profile_tag.label_en, profile_tag.key
        if profile_tag.data_type not in (DataType.BIT, DataType.STRING):
            assert profile_tag.typical_min is not None, profile_tag.key


def test_sdm630_has_every_parameter_of_the_reference_table() -> None:
    profile = load("eastron_sdm630")
    expected = {
        "voltage_l1": 0x00, "voltage_l2": 0x02, "voltage_l3": 0x04,
        "current_l1": 0x06, "current_l2": 0x08, "current_l3": 0x0A,
        "active_power_l1": 0x0C, "active_power_l2": 0x0E, "active_power_l3": 0x10,
        "power_factor_l1": 0x1E, "power_factor_l2": 0x20, "power_factor_l3": 0x22,
        "active_power": 0x34, "power_factor": 0x3E, "frequency": 0x46,
        "import_energy": 0x48, "export_energy": 0x4A,
        "total_energy": 0x156, "total_reactive_energy": 0x158,
    }  # fmt: skip
    assert {key: profile.tag(key).address for key in expected} == expected
    assert all(t.register_type is RegisterType.INPUT_REGISTER for t in profile.tags)
    assert all(t.data_type is DataType.FLOAT32 for t in profile.tags)
    assert all(t.word_order is WordOrder.ABCD for t in profile.tags)
    counters = {t.key for t in profile.tags if t.is_counter}
    assert {"import_energy", "export_energy", "total_energy", "total_reactive_energy"} <= counters
    assert profile.tag("voltage_l1").unit == "V" and profile.tag("frequency").unit == "Hz"
    assert profile.tag("active_power").scale == 0.001 and profile.tag("active_power").unit == "kW"
    assert profile.defaults == ProfileDefaults(RegisterType.INPUT_REGISTER, baudrate=9600)
    assert profile.confirmed


def test_sdm120_is_single_phase_at_2400_baud() -> None:
    profile = load("eastron_sdm120")
    assert profile.defaults.baudrate == 2400
    assert {t.key: t.address for t in profile.tags} == {
        "voltage": 0x00, "current": 0x06, "active_power": 0x0C, "power_factor": 0x1E,
        "frequency": 0x46, "import_energy": 0x48, "export_energy": 0x4A, "total_energy": 0x156,
    }  # fmt: skip


def test_adl400_is_marked_for_confirmation() -> None:
    profile = load("acrel_adl400")
    assert not profile.confirmed
    assert "confirm with the Acrel manual before relying on it" in profile.note
    defaults = profile.defaults
    assert (defaults.function_code, defaults.baudrate, defaults.parity) == (3, 9600, "E")
    energy = profile.tag("total_energy")
    assert (energy.address, energy.data_type, energy.scale) == (0x842, DataType.UINT32, 0.1)
    assert energy.is_counter and profile.tag("import_energy").address == 0x84C
    assert profile.tag("export_energy").address == 0x856
    assert profile.tag("voltage_a").address == 0x800 and profile.tag("frequency").address == 0x834


def test_flow_meter_and_flow_computer_layouts() -> None:
    meter = load("generic_em_flowmeter")
    flow, total = meter.tag("flow_rate"), meter.tag("total")
    assert (flow.address, flow.word_order, flow.unit) == (0, WordOrder.CDAB, "m³/h")
    assert (total.address, total.data_type, total.scale, total.is_counter) == (
        2, DataType.UINT32, 0.01, True,
    )  # fmt: skip
    bits = {t.key: (t.address, t.bit) for t in meter.tags if t.data_type is DataType.BIT}
    assert bits == {"empty_pipe": (6, 0), "excitation_alarm": (6, 1)}
    computer = load("generic_flow_computer")
    serial = computer.tag("serial_number")
    assert (serial.data_type, serial.length, serial.register_count) == (DataType.STRING, 8, 8)
    assert computer.tag("total").is_counter


# --- round trips and helpers ----------------------------------------------------------------


labels = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=30)
numbers = st.floats(-1e6, 1e6, allow_nan=False).filter(lambda x: x != 0)
NUMERIC = [DataType.INT16, DataType.UINT32, DataType.FLOAT32, DataType.FLOAT64, DataType.INT64]


@st.composite
def profiles(draw: st.DrawFn) -> DeviceProfile:
    tags: list[ProfileTag] = []
    address = draw(st.integers(0, 1000))
    for index in range(draw(st.integers(1, 8))):
        data_type = draw(st.sampled_from(NUMERIC))
        scale = draw(numbers)
        tags.append(
            ProfileTag(
                f"tag_{index}",
                draw(labels),
                draw(labels),
                draw(st.text(max_size=5).filter(lambda u: u.isprintable())),
                draw(st.sampled_from([RegisterType.INPUT_REGISTER, RegisterType.HOLDING_REGISTER])),
                address,
                data_type,
                draw(st.sampled_from(list(WordOrder))),
                scale,
                draw(st.floats(-100, 100)),
                is_counter=draw(st.booleans()),
                deadband=draw(st.floats(0, 10)),
            )
        )
        address += data_type.register_count + draw(st.integers(0, 3))
    return DeviceProfile(
        "p-" + draw(st.from_regex(r"[a-z0-9_]{1,20}", fullmatch=True)),
        draw(st.integers(1, 10**6)), "Maker", "Model", draw(labels), draw(labels),
        draw(st.booleans()), draw(st.text(max_size=50).filter(lambda n: n.isprintable())),
        ProfileDefaults(), tuple(tags),
    )  # fmt: skip


@given(profiles())
def test_written_profiles_read_back_identical(profile: DeviceProfile) -> None:
    text = profile_to_json(profile)
    assert parse_profile(text) == profile
    assert profile_to_json(parse_profile(text)) == text


def test_bytes_with_a_bom_parse_and_tag_config_carries_everything() -> None:
    text = (PROFILE_DIR / "generic_em_flowmeter.json").read_text(encoding="utf-8")
    profile = parse_profile_bytes(b"\xef\xbb\xbf" + text.encode())
    config = profile_tag_config(profile.tag("total"), "fm1_total", device_id=7)
    assert (config.name, config.device_id, config.label, config.scale) == (
        "fm1_total", 7, "累计流量", 0.01,
    )  # fmt: skip
    assert config.is_counter and config.rollover == 42949672.96
    assert profile_tag_config(profile.tag("empty_pipe"), "x").bit == 0


def test_defaults_fill_tags_and_null_means_absent() -> None:
    document = minimal(
        defaults={"register_type": "input_register", "word_order": "CDAB"},
        tags=[
            tag("a", 0, unit=None, scale=None),
            tag("c", 10, register_type="coil"),
        ],
    )
    profile = parse_profile(json.dumps(document))
    first, coil = profile.tags
    assert (first.register_type, first.word_order, first.unit, first.scale) == (
        RegisterType.INPUT_REGISTER, WordOrder.CDAB, "", 1.0,
    )  # fmt: skip
    assert coil.data_type is DataType.BOOL


def test_bit_views_share_their_status_register() -> None:
    document = minimal(
        tags=[
            tag("status", 4, data_type="uint32"),
            tag("alarm_low", 5, data_type="bit", bit=0),
            tag("alarm_high", 5, data_type="bit", bit=15),
            tag("lonely", 9, data_type="bit", bit=3),
        ]
    )
    assert len(parse_profile(json.dumps(document)).tags) == 4


# --- every refusal has a code and a path -----------------------------------------------------


@pytest.mark.parametrize(
    ("document", "code", "path"),
    [
        ("{", "not_json", ""),
        ("NaN", "bad_value", ""),
        (minimal(version=float("nan")), "bad_value", "/version"),
        ("[1, 2]", "bad_value", ""),
        ('{"format": 1, "format": 1}', "duplicate_key", "/format"),
        ("[" * 200_000 + "]" * 200_000, "too_deep", ""),
        ('{"version": ' + "9" * 5000 + "}", "not_json", ""),
        (minimal(format=2), "unsupported_version", "/format"),
        (minimal(format=0), "bad_value", "/format"),
        (minimal(format="1"), "bad_value", "/format"),
        ({k: v for k, v in minimal().items() if k != "model"}, "missing_field", "/model"),
        (minimal(colour="red"), "unknown_field", "/colour"),
        (minimal(id="../etc/passwd"), "bad_value", "/id"),
        (minimal(version=True), "bad_value", "/version"),
        (minimal(label_zh="x" * 201), "bad_value", "/label_zh"),
        (minimal(note="line\nbreak"), "bad_value", "/note"),
        (minimal(defaults={"baudrate": 9601}), "bad_value", "/defaults/baudrate"),
        (minimal(defaults={"parity": "X"}), "bad_value", "/defaults/parity"),
        (minimal(defaults={"data_type": "string"}), "bad_value", "/defaults/data_type"),
        (minimal(tags=[]), "bad_value", "/tags"),
        (minimal(tags={}), "bad_value", "/tags"),
        (minimal(tags=[tag("a", 0), tag("a", 2)]), "duplicate_key", "/tags/1/key"),
        (minimal(tags=[tag("a", 0), tag("b", 1)]), "overlap", "/tags/1/address"),
        (minimal(tags=[tag("a", 0, scal=2)]), "unknown_field", "/tags/0/scal"),
        (minimal(tags=[tag("a", 65535)]), "bad_value", "/tags/0/address"),
        (minimal(tags=[tag("a", 65536)]), "bad_value", "/tags/0/address"),
        (minimal(tags=[tag("a", -1)]), "bad_value", "/tags/0/address"),
        (minimal(tags=[tag("a", 1.0)]), "bad_value", "/tags/0/address"),
        (minimal(tags=[tag("A b", 0)]), "bad_value", "/tags/0/key"),
        (minimal(tags=[tag("a", 0, scale=0)]), "bad_value", "/tags/0/scale"),
        (minimal(tags=[tag("a", 0, scale=1e999)]), "bad_value", "/tags/0/scale"),
        (minimal(tags=[tag("a", 0, scale=10**400)]), "bad_value", "/tags/0/scale"),
        (minimal(tags=[tag("a", 0, data_type="int8")]), "bad_value", "/tags/0/data_type"),
        (minimal(tags=[tag("a", 0, register_type="field")]), "bad_value", "/tags/0/register_type"),
        (minimal(tags=[tag("a", 0, register_type="coil", data_type="float32")]), "bad_value",
         "/tags/0/data_type"),
        (minimal(tags=[tag("a", 0, data_type="bit")]), "missing_field", "/tags/0/bit"),
        (minimal(tags=[tag("a", 0, data_type="bit", bit=16)]), "bad_value", "/tags/0/bit"),
        (minimal(tags=[tag("a", 0, bit=3)]), "bad_value", "/tags/0/bit"),
        (minimal(tags=[tag("a", 0, data_type="string", length=126)]), "bad_value",
         "/tags/0/length"),
        (minimal(tags=[tag("a", 0, length=4)]), "bad_value", "/tags/0/length"),
        (minimal(tags=[tag("a", 0, data_type="string", length=4, is_counter=True)]),
         "bad_value", "/tags/0/is_counter"),
        (minimal(tags=[tag("a", 0, rollover=100)]), "bad_value", "/tags/0/rollover"),
        (minimal(tags=[tag("a", 0, deadband=-1)]), "bad_value", "/tags/0/deadband"),
        (minimal(tags=[tag("a", 0, typical_min=1)]), "missing_field", "/tags/0/typical_max"),
        (minimal(tags=[tag("a", 0, typical_min=2, typical_max=1)]), "bad_value",
         "/tags/0/typical_max"),
        (minimal(tags=[tag("a", 0, data_type="uint16", typical_min=0, typical_max=70000)]),
         "bad_value", "/tags/0/typical_max"),
        (minimal(tags=[tag("a", 0, data_type="bit", bit=1), tag("b", 0, data_type="bit", bit=1)]),
         "overlap", "/tags/1/bit"),
        (minimal(reserved=[{"register_type": "holding_register", "address": 1, "count": 2}]),
         "overlap", "/reserved/0/address"),
        (minimal(reserved=[{"register_type": "coil", "address": 10, "count": 1}]), "bad_value",
         "/reserved/0/register_type"),
        (minimal(defaults=[]), "bad_value", "/defaults"),
        (minimal(tags=[["key"]]), "bad_value", "/tags/0"),
        (minimal(tags=[{**tag("a", 0), "key": "a", "unit": ["V"]}]), "bad_value", "/tags/0/unit"),
    ],
)  # fmt: skip
def test_refusals_carry_a_code_and_point_at_the_field(document: Any, code: str, path: str) -> None:
    error = refusal(document)
    assert (error.code, error.path) == (code, path), str(error)


def test_duplicate_json_keys_inside_a_tag_are_pointed_at() -> None:
    text = json.dumps(minimal()).replace('"address": 0', '"address": 0, "address": 2')
    assert (refusal(text).code, refusal(text).path) == ("duplicate_key", "/tags/0/address")


def test_too_many_tags() -> None:
    many = [tag(f"t{i}", 2 * i) for i in range(MAX_TAGS + 1)]
    assert refusal(minimal(tags=many)).code == "too_many_tags"
    assert len(parse_profile(json.dumps(minimal(tags=many[:MAX_TAGS]))).tags) == MAX_TAGS


@pytest.mark.timeout(20)
def test_huge_and_hostile_inputs_are_refused_quickly() -> None:
    assert refusal(" " * (MAX_FILE_BYTES + 1)).code == "too_large"
    assert refusal("中" * (MAX_FILE_BYTES // 2)).code == "too_large"  # 3 bytes per character
    with pytest.raises(ProfileError) as caught:
        parse_profile_bytes(b"{" * (MAX_FILE_BYTES + 1))
    assert caught.value.code == "too_large"
    with pytest.raises(ProfileError) as caught:
        parse_profile_bytes(b'{"id": "\xff"}')
    assert caught.value.code == "not_utf8"
    assert refusal('{"a": ' * 150_000).code in ("too_deep", "not_json")
    assert refusal(json.dumps(minimal(note="x" * (MAX_FILE_BYTES - 500)))).code == "bad_value"
    assert refusal('"' + "\\ud800" * 1000 + '"').code == "bad_value"


# --- nothing but ProfileError, whatever comes in ---------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
FIELDS = ["format", "id", "version", "label_zh", "defaults", "reserved", "tags", "note", "x"]
TAG_FIELDS = [
    "key", "address", "data_type", "register_type", "bit", "length", "scale", "typical_min",
    "typical_max", "rollover", "word_order", "is_counter", "y",
]  # fmt: skip


def parse_or_refuse(text: str) -> None:
    try:
        parse_profile(text)
    except ProfileError as error:
        assert error.code and isinstance(error.path, str)


@settings(max_examples=300)
@given(st.text(max_size=300))
def test_any_text_parses_or_is_refused(text: str) -> None:
    parse_or_refuse(text)


@settings(max_examples=300)
@given(st.binary(max_size=300))
def test_any_bytes_parse_or_are_refused(data: bytes) -> None:
    with contextlib.suppress(ProfileError):
        parse_profile_bytes(data)


@settings(max_examples=300)
@given(json_values)
def test_any_json_value_parses_or_is_refused(value: Any) -> None:
    parse_or_refuse(json.dumps(value))


@settings(max_examples=500)
@given(
    st.lists(st.tuples(st.sampled_from(FIELDS), json_values), max_size=3),
    st.lists(st.tuples(st.sampled_from(TAG_FIELDS), json_values), max_size=3),
)
def test_damaged_profiles_parse_or_are_refused(
    top: list[tuple[str, Any]], in_tag: list[tuple[str, Any]]
) -> None:
    document = json.loads((PROFILE_DIR / "generic_em_flowmeter.json").read_text(encoding="utf-8"))
    document.update(dict(top))
    if isinstance(document.get("tags"), list) and document["tags"]:
        first = document["tags"][0]
        if isinstance(first, dict):
            first.update(dict(in_tag))
    parse_or_refuse(json.dumps(document))


def test_replace_keeps_profiles_comparable() -> None:
    profile = load("eastron_sdm120")
    assert replace(profile, version=2) != profile
    with pytest.raises(KeyError):
        profile.tag("no_such_tag")
