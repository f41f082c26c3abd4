"""Line-protocol settings and parsing: pure functions, no I/O, no threads.

A device's options (`DeviceConfig.options`, all strings, as an engineer types them) say what to
send and how to read the answer:

- `request`: text sent before each read, exactly as written (add `\\r\\n` yourself: instruments
  disagree about request terminators). Escapes: `\\r \\n \\t \\\\ \\xNN` (one raw byte). Empty:
  the instrument streams by itself.
- `terminator`: what ends an answer line, same escapes; default `\\r\\n`.
- `regex`: a Python regular expression searched in the line; each tag's `field` names one of
  its named groups. Anchor it (`^…$`) if a partial match must not count. Requiring a status in
  it (e.g. `^ST,`) is how unstable or overloaded readings are refused.
- `encoding`: an ASCII-compatible codec (ascii, latin-1, utf-8, gbk…); default ascii.
- `timeout_s`: seconds to wait for a complete line; default the bus's timeout.

Numbers are strict: an optional sign, digits with an optional decimal point, an optional
exponent (`+12.50`, `-0.3`, `1.2E+03`, `- 12.5` as some scales pad it). Thousands separators and
decimal commas are refused, because `1,234` is a thousand on one instrument and one on another:
guessing would invent a value.
"""

from __future__ import annotations

import codecs
import math
import re
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from domain.instruments import DeviceConfig, TagConfig
from domain.quality import Quality
from domain.readings import Reading, now_ms

OPTION_REQUEST = "request"
OPTION_TERMINATOR = "terminator"
OPTION_REGEX = "regex"
OPTION_ENCODING = "encoding"
OPTION_TIMEOUT = "timeout_s"

DEFAULT_TERMINATOR = "\\r\\n"
DEFAULT_ENCODING = "ascii"
MAX_TIMEOUT_S = 300.0
PREVIEW_CHARS = 60
"""How much of an unparsable line an error message repeats."""

_SIMPLE_ESCAPES = {"r": b"\r", "n": b"\n", "t": b"\t", "\\": b"\\"}
_NUMBER = re.compile(r"\s*([+-]?)\s*((?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*", re.ASCII)


class LineStatus(StrEnum):
    """What one poll of a line instrument came to; stable strings for `DeviceHealth.last_status`.

    `ok`, `timeout`, `not_connected`, `connection_lost` and `garbled` mean what the Modbus
    statuses of the same name mean, so the UI translates them once.
    """

    OK = "ok"
    TIMEOUT = "timeout"
    NOT_CONNECTED = "not_connected"
    CONNECTION_LOST = "connection_lost"
    GARBLED = "garbled"
    """Bytes arrive but no terminator within MAX_LINE_BYTES: wrong terminator or baud rate."""
    NO_MATCH = "no_match"
    """The instrument answered with a line the regex refuses (overload, unstable, error)."""
    BAD_FIELD = "bad_field"
    """The line matched, but some field holds no usable number."""
    CONFIGURATION = "configuration"

    @property
    def answered(self) -> bool:
        """The instrument is alive and talking, whatever it said."""
        return self in (LineStatus.OK, LineStatus.NO_MATCH, LineStatus.BAD_FIELD)

    @property
    def is_link_failure(self) -> bool:
        """The port or connection is down for every device on the bus, not just one."""
        return self in (LineStatus.NOT_CONNECTED, LineStatus.CONNECTION_LOST)

    @property
    def quality(self) -> Quality:
        """The quality of readings that got no value for this reason."""
        if self is LineStatus.OK:
            return Quality.GOOD
        if self in (LineStatus.NO_MATCH, LineStatus.BAD_FIELD, LineStatus.CONFIGURATION):
            return Quality.DEVICE_EXCEPTION
        return Quality.COMM_FAILURE


class LineConfigCode(StrEnum):
    """Stable codes for configuration errors, so the UI can translate them."""

    BAD_REGEX = "bad_regex"
    BAD_ESCAPE = "bad_escape"
    MISSING_GROUP = "missing_group"
    BAD_TERMINATOR = "bad_terminator"
    BAD_ENCODING = "bad_encoding"
    BAD_TIMEOUT = "bad_timeout"


class LineConfigError(ValueError):
    """A device's line options cannot work; `detail` is English text for logs and tooltips."""

    def __init__(self, code: LineConfigCode, detail: str) -> None:
        super().__init__(f"{code.value}: {detail}")
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class LineSettings:
    request: bytes
    terminator: bytes
    pattern: re.Pattern[str]
    encoding: str = DEFAULT_ENCODING
    timeout_s: float | None = None
    """None: use the bus's timeout."""

    @property
    def streaming(self) -> bool:
        """True when nothing is sent: the instrument prints lines on its own."""
        return not self.request

    @classmethod
    def from_options(
        cls,
        options: Mapping[str, str] | Iterable[tuple[str, str]],
        fields: Iterable[str] = (),
    ) -> LineSettings:
        """Validate options; `fields` (the tags' field names) must all be groups of the regex.

        As with `DeviceConfig.option`, the first of repeated keys wins. Unknown keys are left
        alone: other layers may keep their own settings next to these.
        """
        values = _first_values(options)
        encoding = _checked_encoding(values.get(OPTION_ENCODING, "").strip() or DEFAULT_ENCODING)
        terminator = unescape(values.get(OPTION_TERMINATOR, "") or DEFAULT_TERMINATOR, encoding)
        if not terminator:
            raise LineConfigError(LineConfigCode.BAD_TERMINATOR, "the terminator is empty")
        request = unescape(values.get(OPTION_REQUEST, ""), encoding)
        pattern = _compiled(values.get(OPTION_REGEX, ""))
        for name in fields:
            if name not in pattern.groupindex:
                groups = ", ".join(pattern.groupindex) or "none"
                raise LineConfigError(
                    LineConfigCode.MISSING_GROUP,
                    f"field {name!r} is not a named group of the regex (groups: {groups})",
                )
        timeout_s = _timeout(values.get(OPTION_TIMEOUT, "").strip())
        return cls(request, terminator, pattern, encoding, timeout_s)


@dataclass(frozen=True)
class LineResult:
    """Readings of one line, and why the line (or some field of it) gave no value."""

    readings: tuple[Reading, ...]
    status: LineStatus = LineStatus.OK
    error: str | None = None


def settings_for_device(device: DeviceConfig) -> LineSettings:
    return LineSettings.from_options(device.options, fields=(t.field for t in device.tags))


def unescape(text: str, encoding: str = DEFAULT_ENCODING) -> bytes:
    """Options text to bytes: `\\xNN` is one raw byte, whatever the encoding."""
    out = bytearray()
    literal: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char != "\\":
            literal.append(char)
            index += 1
            continue
        out += _encoded("".join(literal), encoding)
        literal.clear()
        code = text[index + 1 : index + 2]
        if code in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[code]
            index += 2
        elif code == "x":
            digits = text[index + 2 : index + 4]
            if len(digits) != 2 or any(d not in string.hexdigits for d in digits):
                raise LineConfigError(
                    LineConfigCode.BAD_ESCAPE,
                    f"\\x needs two hex digits, at position {index}: {text[index : index + 4]!r}",
                )
            out.append(int(digits, 16))
            index += 4
        else:
            raise LineConfigError(
                LineConfigCode.BAD_ESCAPE,
                f"unknown escape {text[index : index + 2]!r} at position {index}"
                " (known: \\r \\n \\t \\\\ \\xNN)",
            )
    out += _encoded("".join(literal), encoding)
    return bytes(out)


def parse_number(text: str) -> float | None:
    """A strictly formatted decimal number, or None (`inf` and `nan` spelled out are refused)."""
    match = _NUMBER.fullmatch(text)
    if match is None:
        return None
    return float(match.group(1) + match.group(2))


def parse_line(
    settings: LineSettings, line: bytes, tags: Sequence[TagConfig], ts_ms: int | None = None
) -> list[Reading]:
    """One reading per tag; a line that cannot be read gives readings without a value."""
    return list(decode_line(settings, line, tags, ts_ms).readings)


def decode_line(
    settings: LineSettings, line: bytes, tags: Sequence[TagConfig], ts_ms: int | None = None
) -> LineResult:
    """Like `parse_line`, with the error text a poll batch and the device health carry.

    Never raises for any bytes: undecodable bytes become U+FFFD, which a sane regex won't match.
    """
    ts = now_ms() if ts_ms is None else ts_ms
    if line.endswith(settings.terminator):
        line = line[: -len(settings.terminator)]
    text = line.decode(settings.encoding, errors="replace").strip("\r\n")
    match = settings.pattern.search(text)
    if match is None:
        failed = tuple(Reading(t.id, ts, None, Quality.DEVICE_EXCEPTION) for t in tags)
        return LineResult(failed, LineStatus.NO_MATCH, f"no match: {repr(text)[:PREVIEW_CHARS]}")
    readings: list[Reading] = []
    errors: list[str] = []
    for tag in tags:
        reading, field_error = _field_reading(tag, match, ts)
        readings.append(reading)
        if field_error:
            errors.append(field_error)
    if errors:
        return LineResult(tuple(readings), LineStatus.BAD_FIELD, "; ".join(errors))
    return LineResult(tuple(readings))


def _field_reading(tag: TagConfig, match: re.Match[str], ts: int) -> tuple[Reading, str | None]:
    if tag.field not in match.re.groupindex:
        return Reading(tag.id, ts, None, Quality.DEVICE_EXCEPTION), f"no group {tag.field!r}"
    raw = match.group(tag.field)
    if raw is None:
        error = f"field {tag.field!r} took no part in the match"
        return Reading(tag.id, ts, None, Quality.DEVICE_EXCEPTION), error
    number = parse_number(raw)
    if number is None:
        error = f"field {tag.field!r} is not a number: {repr(raw)[:PREVIEW_CHARS]}"
        return Reading(tag.id, ts, None, Quality.DEVICE_EXCEPTION), error
    value = number * tag.scale + tag.offset
    if not math.isfinite(value):
        return Reading(tag.id, ts, None, Quality.OUT_OF_RANGE), f"field {tag.field!r} overflows"
    return Reading(tag.id, ts, value, Quality.GOOD), None


def _first_values(options: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    pairs = options.items() if isinstance(options, Mapping) else options
    values: dict[str, str] = {}
    for key, value in pairs:
        values.setdefault(key, value)
    return values


def _checked_encoding(name: str) -> str:
    """Refuse codecs whose bytes for `\\r`, `\\n` and ASCII letters differ from ASCII's.

    The transport cuts lines at terminator bytes before decoding; that only works when every
    character of the terminator is the same single byte as in ASCII (UTF-16 would split lines
    inside a character).
    """
    try:
        canonical = codecs.lookup(name).name
        probe = "\r\n\tAz09=,;.+-".encode(canonical)
    except (LookupError, ValueError, TypeError) as exc:
        raise LineConfigError(LineConfigCode.BAD_ENCODING, f"unknown encoding {name!r}") from exc
    if probe != b"\r\n\tAz09=,;.+-":
        raise LineConfigError(
            LineConfigCode.BAD_ENCODING, f"encoding {name!r} is not ASCII-compatible"
        )
    return canonical


def _encoded(text: str, encoding: str) -> bytes:
    try:
        return text.encode(encoding)
    except UnicodeEncodeError as exc:
        raise LineConfigError(
            LineConfigCode.BAD_ENCODING, f"{text!r} cannot be written in {encoding}"
        ) from exc


def _compiled(regex: str) -> re.Pattern[str]:
    if not regex:
        raise LineConfigError(LineConfigCode.BAD_REGEX, "no regex given")
    try:
        return re.compile(regex)
    except (re.error, OverflowError, RecursionError, ValueError) as exc:
        raise LineConfigError(LineConfigCode.BAD_REGEX, f"{regex!r}: {exc}") from exc


def _timeout(text: str) -> float | None:
    if not text:
        return None
    number = parse_number(text)
    if number is None or not 0.0 < number <= MAX_TIMEOUT_S:
        raise LineConfigError(
            LineConfigCode.BAD_TIMEOUT,
            f"timeout_s must be a number of seconds in (0, {MAX_TIMEOUT_S:g}]: {text!r}",
        )
    return number
