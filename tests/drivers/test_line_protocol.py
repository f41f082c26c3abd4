"""Line-protocol parsing: numbers as instruments print them, refusals, escapes, bad settings."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.instruments import DeviceConfig, RegisterType, TagConfig
from domain.quality import Quality
from drivers.line.protocol import (
    LineConfigCode,
    LineConfigError,
    LineSettings,
    LineStatus,
    decode_line,
    parse_line,
    parse_number,
    settings_for_device,
    unescape,
)

SCALE_REGEX = r"^(?P<status>ST|US),(?P<mode>GS|NT),(?P<weight>[+-]?\s*[\d.]+(?:[eE][+-]?\d+)?) ?kg$"
ANALYZER_REGEX = r"O2=(?P<o2>[^;]*);CO=(?P<co>[^;]*);T=(?P<t>[^;]*)"


def tag(tag_id: int, field: str, scale: float = 1.0, offset: float = 0.0) -> TagConfig:
    return TagConfig(
        tag_id, 1, field, "", RegisterType.FIELD, 0, scale=scale, offset=offset, field=field
    )


WEIGHT = tag(1, "weight")
SCALE = LineSettings.from_options({"request": "W\\r\\n", "regex": SCALE_REGEX}, ["weight"])
ANALYZER_TAGS = (tag(1, "o2"), tag(2, "co"), tag(3, "t"))
ANALYZER = LineSettings.from_options({"regex": ANALYZER_REGEX}, ["o2", "co", "t"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+12.50", 12.5),
        ("-0.3", -0.3),
        ("1.2E+03", 1200.0),
        ("1.2e-3", 0.0012),
        ("0012.345", 12.345),
        ("  7 ", 7.0),
        (".5", 0.5),
        ("5.", 5.0),
        ("- 12.5", -12.5),
        ("+   3.25", 3.25),
    ],
)
def test_numbers_as_instruments_print_them(text: str, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    ["1,234", "1,234.5", "12,5", "1 234", "", "+", "-", ".", "e5", "1e", "inf", "nan", "OL",
     "----", "0x1A", "1_000", "١٢", "12.3.4", "--1", "+-1"],
)  # fmt: skip
def test_refused_numbers(text: str) -> None:
    assert parse_number(text) is None


def test_scale_line_is_read_with_scale_and_offset() -> None:
    grams = tag(7, "weight", scale=1000.0, offset=-5.0)
    readings = parse_line(SCALE, b"ST,GS,+0012.345 kg\r\n", [WEIGHT, grams], ts_ms=42)
    assert [(r.tag_id, r.ts_ms, r.quality) for r in readings] == [
        (1, 42, Quality.GOOD),
        (7, 42, Quality.GOOD),
    ]
    assert readings[0].value == pytest.approx(12.345)
    assert readings[1].value == pytest.approx(12_340.0)


def test_negative_net_weight_and_exponent() -> None:
    assert parse_line(SCALE, b"ST,NT,-0000.120 kg", [WEIGHT])[0].value == pytest.approx(-0.12)
    assert parse_line(SCALE, b"US,GS,1.5E+01 kg", [WEIGHT])[0].value == pytest.approx(15.0)


@pytest.mark.parametrize(
    "line",
    [b"OL,GS,  ------ kg\r\n", b"ST,GS,    ----- kg", b"ST,GS,+1,234.5 kg", b"", b"ES"],
)
def test_overload_and_garbage_fail_the_match(line: bytes) -> None:
    result = decode_line(SCALE, line, [WEIGHT], ts_ms=5)
    assert result.readings[0].value is None
    assert result.readings[0].quality is Quality.DEVICE_EXCEPTION
    assert result.error is not None and result.error.startswith("no match: ")
    assert result.status is LineStatus.NO_MATCH


def test_no_match_error_repeats_the_start_of_the_line() -> None:
    line = b"ST,GS," + b"X" * 200 + b" kg"
    error = decode_line(SCALE, line, [WEIGHT]).error
    assert error == "no match: " + repr(line.decode())[:60]


def test_analyzer_line_and_a_field_that_is_not_a_number() -> None:
    good = decode_line(ANALYZER, b"O2=20.9;CO=12;T=25.1", ANALYZER_TAGS)
    assert [r.value for r in good.readings] == [20.9, 12.0, 25.1]
    assert good.error is None
    partly = decode_line(ANALYZER, b"O2=20.9;CO=----;T=25.1\r\n", ANALYZER_TAGS)
    assert [r.value for r in partly.readings] == [20.9, None, 25.1]
    assert [r.quality for r in partly.readings] == [
        Quality.GOOD,
        Quality.DEVICE_EXCEPTION,
        Quality.GOOD,
    ]
    assert partly.error == "field 'co' is not a number: '----'"
    assert (good.status, partly.status) == (LineStatus.OK, LineStatus.BAD_FIELD)


def test_optional_group_that_did_not_match_gives_no_value() -> None:
    optional = LineSettings.from_options({"regex": r"W=(?P<w>\d+)(?:;T=(?P<t>\d+))?"}, ["w", "t"])
    result = decode_line(optional, b"W=12", [tag(1, "w"), tag(2, "t")])
    assert [r.value for r in result.readings] == [12.0, None]
    assert result.error == "field 't' took no part in the match"


def test_overflowing_value_is_out_of_range() -> None:
    huge = parse_line(SCALE, b"ST,GS,1e999 kg", [WEIGHT])[0]
    assert (huge.value, huge.quality) == (None, Quality.OUT_OF_RANGE)


def test_undecodable_bytes_do_not_raise() -> None:
    result = decode_line(ANALYZER, b"O2=\xff\xfe;CO=1;T=2", ANALYZER_TAGS)
    assert result.readings[0].quality is Quality.DEVICE_EXCEPTION
    assert [r.value for r in result.readings[1:]] == [1.0, 2.0]


def test_gbk_instrument_text() -> None:
    options = {"regex": "重量:(?P<w>[-+\\d.]+)", "encoding": "gbk", "request": "读\\r"}
    gbk = LineSettings.from_options(options, ["w"])
    assert gbk.request == "读\r".encode("gbk")
    assert parse_line(gbk, "重量:+3.5\r\n".encode("gbk"), [tag(1, "w")])[0].value == 3.5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("W\\r\\n", b"W\r\n"),
        ("\\x02P\\x03", b"\x02P\x03"),
        ("a\\tb\\\\c", b"a\tb\\c"),
        ("\\xff", b"\xff"),
        ("", b""),
        ("plain", b"plain"),
    ],
)
def test_unescape(text: str, expected: bytes) -> None:
    assert unescape(text) == expected


@pytest.mark.parametrize("text", ["\\q", "\\x4", "\\xZZ", "end\\", "\\0", "\\u0041"])
def test_unknown_escapes_are_configuration_errors(text: str) -> None:
    with pytest.raises(LineConfigError) as raised:
        unescape(text)
    assert raised.value.code is LineConfigCode.BAD_ESCAPE


def test_defaults() -> None:
    stream = LineSettings.from_options((("regex", "(?P<v>.*)"),))
    assert stream.streaming
    assert (stream.terminator, stream.encoding, stream.timeout_s) == (b"\r\n", "ascii", None)
    assert not SCALE.streaming and SCALE.request == b"W\r\n"


def test_first_of_repeated_options_wins_like_device_option() -> None:
    options = (("regex", "(?P<a>.)"), ("regex", "(?P<b>.)"), ("timeout_s", "2.5"))
    device = DeviceConfig(1, 1, "d", 0, options=options, tags=(tag(1, "a"),))
    loaded = settings_for_device(device)
    assert loaded.pattern.pattern == device.option("regex")
    assert loaded.timeout_s == 2.5


@pytest.mark.parametrize(
    ("options", "fields", "code"),
    [
        ({"regex": "(?P<w>[0-9"}, ["w"], LineConfigCode.BAD_REGEX),
        ({"regex": ""}, [], LineConfigCode.BAD_REGEX),
        ({}, [], LineConfigCode.BAD_REGEX),
        ({"regex": "(?P<w>\\d+)"}, ["weight"], LineConfigCode.MISSING_GROUP),
        ({"regex": "(\\d+)"}, [""], LineConfigCode.MISSING_GROUP),
        ({"regex": "(?P<w>.)", "request": "W\\z"}, [], LineConfigCode.BAD_ESCAPE),
        ({"regex": "(?P<w>.)", "terminator": "\\"}, [], LineConfigCode.BAD_ESCAPE),
        ({"regex": "(?P<w>.)", "encoding": "utf-16"}, [], LineConfigCode.BAD_ENCODING),
        ({"regex": "(?P<w>.)", "encoding": "klingon"}, [], LineConfigCode.BAD_ENCODING),
        ({"regex": "(?P<w>.)", "request": "称"}, [], LineConfigCode.BAD_ENCODING),
        ({"regex": "(?P<w>.)", "timeout_s": "0"}, [], LineConfigCode.BAD_TIMEOUT),
        ({"regex": "(?P<w>.)", "timeout_s": "soon"}, [], LineConfigCode.BAD_TIMEOUT),
        ({"regex": "(?P<w>.)", "timeout_s": "1e9"}, [], LineConfigCode.BAD_TIMEOUT),
    ],
)
def test_bad_options_are_refused_with_a_code(
    options: dict[str, str], fields: list[str], code: LineConfigCode
) -> None:
    with pytest.raises(LineConfigError) as raised:
        LineSettings.from_options(options, fields)
    assert raised.value.code is code
    assert raised.value.detail


def test_regex_parsing_a_missing_field_at_run_time_gives_no_value() -> None:
    """A tag added after the settings were checked must not crash the poller."""
    result = decode_line(SCALE, b"ST,GS,+1.0 kg", [tag(9, "tare")])
    assert result.readings[0].quality is Quality.DEVICE_EXCEPTION
    assert result.error == "no group 'tare'"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_give_one_reading_per_tag_and_never_raise(line: bytes) -> None:
    for parsed in (SCALE, ANALYZER):
        tags = ANALYZER_TAGS if parsed is ANALYZER else (WEIGHT,)
        result = decode_line(parsed, line, tags, ts_ms=1)
        assert [r.tag_id for r in result.readings] == [t.id for t in tags]
        for reading in result.readings:
            assert (reading.value is None) != reading.quality.is_good
            assert reading.value is None or math.isfinite(reading.value)
        assert (result.error is None) == all(r.quality.is_good for r in result.readings)
        assert (result.error is None) == (result.status is LineStatus.OK)
        assert result.status.answered


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_any_number_text_parses_or_is_refused(text: str) -> None:
    value = parse_number(text)
    assert value is None or isinstance(value, float)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["request", "terminator", "regex", "encoding", "timeout_s", "other"]),
        st.text(max_size=30),
    ),
    st.lists(st.text(max_size=8), max_size=3),
)
def test_any_options_load_or_raise_line_config_error(
    options: dict[str, str], fields: list[str]
) -> None:
    try:
        loaded = LineSettings.from_options(options, fields)
    except LineConfigError as exc:
        assert isinstance(exc.code, LineConfigCode)
        return
    assert loaded.terminator
    assert all(name in loaded.pattern.groupindex for name in fields)


@settings(max_examples=200, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False, width=32), st.sampled_from(["ST", "US"]))
def test_printed_weights_read_back(weight: float, status: str) -> None:
    line = f"{status},GS,{weight:+.6e} kg".encode()
    assert parse_line(SCALE, line, [WEIGHT])[0].value == pytest.approx(weight, rel=1e-6)


def test_status_qualities_and_kinds() -> None:
    assert LineStatus.OK.quality is Quality.GOOD
    assert {s for s in LineStatus if s.quality is Quality.DEVICE_EXCEPTION} == {
        LineStatus.NO_MATCH,
        LineStatus.BAD_FIELD,
        LineStatus.CONFIGURATION,
    }
    assert {s for s in LineStatus if s.is_link_failure} == {
        LineStatus.NOT_CONNECTED,
        LineStatus.CONNECTION_LOST,
    }
    assert not LineStatus.TIMEOUT.answered and not LineStatus.GARBLED.answered
