"""Reading one JSON object of a checklist template strictly, and loading the JSON text safely.

Every key is read exactly once and whatever is left over is an `unknown_key` error, so a
misspelt optional key ("requird") is refused instead of silently taking its default. Loading
checks size and nesting before `json.loads`, so a hostile file costs milliseconds, not memory
or a `RecursionError`.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from domain.checklist_model import MAX_TEMPLATE_BYTES, TemplateError

__all__ = ["MAX_DEPTH", "MISSING", "Fields", "describe", "load_json", "pointer"]

MAX_DEPTH = 20
"""The format nests 8 levels deep (template, sections, section, items, item, options, option,
text); anything much deeper is not a template and is refused before `json.loads` recurses."""

MISSING: Any = object()
# A string literal; the closing quote is optional so that an unterminated one is consumed in a
# single pass instead of being retried from every later quote (quadratic on '\\"' * 10**6).
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_OPENING = frozenset("[{")
# Unicode categories Cc (C0, DEL, C1) and Cs (surrogates); long texts may hold \n, \r and \t.
_LINE_BAD = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_MULTILINE_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def load_json(text: str | bytes) -> Any:
    """The JSON value of a template file's text or bytes (UTF-8, an optional BOM allowed)."""
    if isinstance(text, bytes | bytearray | memoryview):
        data = bytes(text)
        if len(data) > MAX_TEMPLATE_BYTES:
            raise TemplateError("too_large", f"{len(data)} bytes > {MAX_TEMPLATE_BYTES}")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise TemplateError("not_utf8", f"invalid UTF-8 at byte {error.start}") from None
    elif not isinstance(text, str):
        raise TemplateError("bad_value", f"expected text or bytes, got {type(text).__name__}")
    if len(text) > MAX_TEMPLATE_BYTES:
        raise TemplateError("too_large", f"{len(text)} characters > {MAX_TEMPLATE_BYTES} bytes")
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_TEMPLATE_BYTES:
        raise TemplateError("too_large", f"{size} bytes > {MAX_TEMPLATE_BYTES}")
    text = text.removeprefix("\ufeff")
    _check_depth(text)
    try:
        # NaN and Infinity load as floats; the readers refuse them with the key's path.
        return json.loads(text, object_pairs_hook=_object_from_pairs)
    except RecursionError:
        raise TemplateError("too_deep", f"deeper than {MAX_DEPTH} levels") from None
    except json.JSONDecodeError as error:
        raise TemplateError(
            "not_json", f"line {error.lineno} column {error.colno}: {error.msg}"
        ) from None
    except ValueError as error:  # an integer with more digits than Python converts
        raise TemplateError("not_json", str(error)[:200]) from None


def _check_depth(text: str) -> None:
    """Refuse deep nesting by counting brackets outside strings (broken JSON fails later)."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    depth = 0
    for char in brackets:
        if char in _OPENING:
            depth += 1
            if depth > MAX_DEPTH:
                raise TemplateError("too_deep", f"deeper than {MAX_DEPTH} levels")
        else:
            depth -= 1


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


class Fields:
    """One JSON object being read; what is left when `finish` is called was not expected.

    JSON null counts as absent, so tools that write `"guidance": null` are understood.
    """

    def __init__(self, value: Any, path: str) -> None:
        if not isinstance(value, dict):
            raise TemplateError("bad_value", f"expected an object, got {describe(value)}", path)
        duplicates: tuple[str, ...] = getattr(value, "duplicates", ())
        if duplicates:
            raise TemplateError("duplicate_key", duplicates[0], pointer(path, duplicates[0]))
        self._values: dict[Any, Any] = value
        self._path = path
        self._read: set[str] = set()

    def path(self, name: str) -> str:
        return pointer(self._path, name)

    def has(self, name: str) -> bool:
        """Whether the key holds a value; marks it read, so an explicit null is not unknown."""
        self._read.add(name)
        return self._values.get(name) is not None

    def get(self, name: str, default: Any = MISSING) -> Any:
        """The raw value, or `default`; `missing_key` when there is neither."""
        self._read.add(name)
        value = self._values.get(name)
        if value is not None:
            return value
        if default is MISSING:
            raise TemplateError("missing_key", name, self.path(name))
        return default

    def text(
        self, name: str, default: Any = MISSING, *, min_length: int = 0,
        max_length: int = 200, pattern: re.Pattern[str] | None = None,
        multiline: bool = False,
    ) -> str:  # fmt: skip
        value = self.get(name, default)
        return check_text(value, self.path(name), min_length, max_length, pattern, multiline)

    def integer(self, name: str, low: int, high: int, default: Any = MISSING) -> int:
        value = self.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.bad(name, f"expected a whole number, got {describe(value)}")
        if not low <= value <= high:
            raise self.bad(name, f"{_short(value)} is not {low}…{high}")
        return int(value)

    def number(
        self, name: str, default: Any = MISSING, *, low: float | None = None,
        high: float | None = None,
    ) -> float:  # fmt: skip
        value = self.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.bad(name, f"expected a number, got {describe(value)}")
        try:
            result = float(value)
        except OverflowError:
            raise self.bad(name, "the number is too large") from None
        if not math.isfinite(result):
            raise self.bad(name, "not a finite number")
        if (low is not None and result < low) or (high is not None and result > high):
            raise self.bad(name, f"{result:g} is not {_range(low, high)}")
        return result

    def boolean(self, name: str, default: bool) -> bool:
        value = self.get(name, default)
        if not isinstance(value, bool):
            raise self.bad(name, f"expected true or false, got {describe(value)}")
        return value

    def array(self, name: str, default: Any = MISSING) -> list[Any]:
        value = self.get(name, default)
        if not isinstance(value, list | tuple):
            raise self.bad(name, f"expected a list, got {describe(value)}")
        return list(value)

    def bad(self, name: str, detail: str) -> TemplateError:
        return TemplateError("bad_value", detail, self.path(name))

    def finish(self) -> None:
        for name in self._values:
            if name not in self._read:
                shown = name if isinstance(name, str) else repr(name)
                raise TemplateError("unknown_key", _short(shown), pointer(self._path, shown))


def check_text(
    value: Any, path: str, min_length: int = 0, max_length: int = 200,
    pattern: re.Pattern[str] | None = None, multiline: bool = False,
) -> str:  # fmt: skip
    """A string within the limits; no control characters (bar newline and tab if `multiline`)
    and no unpaired surrogates, which would break the database and PDF reports later."""
    if not isinstance(value, str):
        raise TemplateError("bad_value", f"expected text, got {describe(value)}", path)
    if not min_length <= len(value) <= max_length:
        detail = f"length {len(value)} is not {min_length}…{max_length}"
        raise TemplateError("bad_value", detail, path)
    if pattern is not None and not pattern.fullmatch(value):
        detail = f"{_short(value)} does not match {pattern.pattern}"
        raise TemplateError("bad_code", detail, path)
    if (_MULTILINE_BAD if multiline else _LINE_BAD).search(value):
        raise TemplateError("bad_value", "control characters or unpaired surrogates", path)
    return str(value)


def pointer(path: str, name: str | int) -> str:
    """`path` extended by one JSON-pointer step (RFC 6901 escaping)."""
    return f"{path}/{str(name).replace('~', '~0').replace('/', '~1')}"


def describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list | tuple):
        return "a list"
    return "an object" if isinstance(value, dict) else type(value).__name__


def _range(low: float | None, high: float | None) -> str:
    return f"{'' if low is None else f'{low:g}'}…{'' if high is None else f'{high:g}'}"


def _short(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**30:
        return "a huge number"
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:37] + "…"
