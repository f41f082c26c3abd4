"""Check a checklist template document key by key and build its `Template`.

The format is docs/checklist-format.md. Templates come from outside the program (an auditor's
file, a package from a tablet), so the reader trusts nothing: every refusal is a
`TemplateError` whose `path` is a JSON pointer the template editor can put the cursor on, and
nothing else escapes, whatever the input holds.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from domain.checklist_fields import Fields, check_text, describe, load_json, pointer
from domain.checklist_model import (
    DEFAULT_MAX_LENGTH,
    DEFAULT_PASS_PERCENT,
    FORMAT_VERSION,
    MAX_ITEMS,
    Category,
    Condition,
    Item,
    ItemKind,
    Option,
    Section,
    Template,
    TemplateError,
    Text,
)

__all__ = [
    "CODE",
    "MAX_OPTIONS",
    "MAX_SECTIONS",
    "MAX_SECTION_ITEMS",
    "WEIGHTED_KINDS",
    "condition_answers",
    "parse_template",
    "template_from_dict",
]

CODE = re.compile(r"[a-z][a-z0-9_]{0,63}")
IMAGE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.(?:png|jpg|jpeg)", re.IGNORECASE)
MAX_SECTIONS = 100
MAX_SECTION_ITEMS = 200
MAX_OPTIONS = 50
MAX_CONDITION_VALUES = 50
MAX_PHOTOS = 20
MAX_WEIGHT = 1000.0
MAX_VERSION = 2_147_483_647
MAX_TEXT_LENGTH = 100_000
SHORT_TEXT = 200  # template name, section title, option text
ITEM_TEXT = 1000  # the question
LONG_TEXT = 4000  # description, guidance
UNIT_LENGTH = 32
WEIGHTED_KINDS = frozenset(
    {
        ItemKind.YES_NO_NA, ItemKind.PASS_FAIL, ItemKind.NUMBER, ItemKind.SINGLE_CHOICE,
        ItemKind.MULTI_CHOICE,
    }
)  # fmt: skip
_E = TypeVar("_E", Category, ItemKind)
_FIXED_ANSWERS = {
    ItemKind.YES_NO_NA: ("yes", "no", "na"),
    ItemKind.PASS_FAIL: ("pass", "fail"),
}


def parse_template(text: str | bytes) -> Template:
    """The template in a file's text or bytes; raises only `TemplateError`, whatever they hold."""
    return template_from_dict(load_json(text))


def template_from_dict(data: object) -> Template:
    """The template a loaded JSON document describes; raises `TemplateError` for anything else."""
    try:
        return _Reader().template(data)
    except TemplateError:
        raise
    except (RecursionError, MemoryError):
        raise TemplateError("too_deep", "the document cannot be read") from None


def condition_answers(item: Item) -> tuple[str, ...]:
    """The answers a `show_if` on `item` may name; empty for kinds that cannot be conditions."""
    if item.kind in _FIXED_ANSWERS:
        return _FIXED_ANSWERS[item.kind]
    return tuple(option.code for option in item.options)


class _Reader:
    """Reads one document; remembers the codes seen so far for duplicates and `show_if`."""

    def __init__(self) -> None:
        self.items: dict[str, Item] = {}
        self.sections: set[str] = set()

    def template(self, data: object) -> Template:
        fields = Fields(data, "")
        _check_format(fields)
        code = fields.text("code", pattern=CODE, max_length=64)
        version = fields.integer("version", 1, MAX_VERSION)
        name = _text(fields, "name", SHORT_TEXT)
        description = _optional_text(fields, "description", LONG_TEXT)
        category = _choice(fields, "category", Category)
        pass_percent = _pass_percent(fields)
        raw = fields.array("sections")
        path = fields.path("sections")
        if len(raw) > MAX_SECTIONS:
            raise TemplateError("too_many", f"{len(raw)} sections > {MAX_SECTIONS}", path)
        if not raw:
            raise TemplateError("bad_value", "at least one section is needed", path)
        sections = tuple(self.section(value, pointer(path, i)) for i, value in enumerate(raw))
        fields.finish()
        return Template(code, version, name, description, category, pass_percent, sections)

    def section(self, value: Any, path: str) -> Section:
        fields = Fields(value, path)
        code = fields.text("code", pattern=CODE, max_length=64)
        if code in self.sections:
            raise TemplateError("duplicate_code", code, fields.path("code"))
        self.sections.add(code)
        title = _text(fields, "title", SHORT_TEXT)
        guidance = _optional_text(fields, "guidance", LONG_TEXT)
        raw = fields.array("items")
        path = fields.path("items")
        if len(raw) > MAX_SECTION_ITEMS:
            raise TemplateError("too_many", f"{len(raw)} items > {MAX_SECTION_ITEMS}", path)
        if len(self.items) + len(raw) > MAX_ITEMS:
            raise TemplateError("too_many", f"more than {MAX_ITEMS} items in the template", path)
        if not raw:
            raise TemplateError("bad_value", "at least one item is needed", path)
        items = tuple(self.item(value, pointer(path, i)) for i, value in enumerate(raw))
        fields.finish()
        return Section(code, title, guidance, items)

    def item(self, value: Any, path: str) -> Item:
        fields = Fields(value, path)
        code = fields.text("code", pattern=CODE, max_length=64)
        if code in self.items:
            raise TemplateError("duplicate_code", code, fields.path("code"))
        kind = _choice(fields, "kind", ItemKind)
        text = _text(fields, "text", ITEM_TEXT)
        guidance = _optional_text(fields, "guidance", LONG_TEXT)
        reference_image = _reference_image(fields)
        required = fields.boolean("required", True)
        # Kind-specific keys are read only for their kinds, so elsewhere they are unknown keys.
        weight = 1.0
        if kind in WEIGHTED_KINDS:
            weight = fields.number("weight", 1.0, low=0.0, high=MAX_WEIGHT)
        unit, low, high = "", None, None
        if kind is ItemKind.NUMBER:
            unit = fields.text("unit", "", max_length=UNIT_LENGTH)
            low, high = _limits(fields)
        options = _options(fields, kind)
        max_length = DEFAULT_MAX_LENGTH
        if kind is ItemKind.TEXT:
            max_length = fields.integer("max_length", 1, MAX_TEXT_LENGTH, DEFAULT_MAX_LENGTH)
        photos_min, photos_max = _photos(fields, kind)
        show_if = self.condition(fields, code)
        fields.finish()
        item = Item(
            code, kind, text, guidance, required, weight, unit, low, high, options, photos_min,
            photos_max, show_if, max_length, reference_image,
        )  # fmt: skip
        self.items[code] = item
        return item

    def condition(self, item_fields: Fields, code: str) -> Condition | None:
        if not item_fields.has("show_if"):
            return None
        path = item_fields.path("show_if")
        fields = Fields(item_fields.get("show_if"), path)
        target_code = fields.text("item", pattern=CODE, max_length=64)
        target = self.items.get(target_code)
        if target is None:
            detail = "itself" if target_code == code else "a later or unknown item"
            detail = f"{target_code} is {detail}; show_if may name only earlier items"
            raise TemplateError("forward_reference", detail, fields.path("item"))
        allowed = condition_answers(target)
        if not allowed:
            detail = f"a {target.kind.value} item cannot be a condition"
            raise TemplateError("bad_value", detail, fields.path("item"))
        has_equals, has_in = fields.has("equals"), fields.has("in")
        if has_equals and has_in:
            raise TemplateError("bad_value", "give equals or in, not both", path)
        if has_equals:
            values = [(fields.text("equals", max_length=64), fields.path("equals"))]
        else:
            raw = fields.array("in")
            in_path = fields.path("in")
            if not 1 <= len(raw) <= MAX_CONDITION_VALUES:
                detail = f"{len(raw)} values, expected 1…{MAX_CONDITION_VALUES}"
                raise TemplateError("bad_value", detail, in_path)
            values = [
                (check_text(v, pointer(in_path, i), max_length=64), pointer(in_path, i))
                for i, v in enumerate(raw)
            ]
        seen: set[str] = set()
        for value, value_path in values:
            if value not in allowed:
                detail = f"{value!r} is not an answer of {target_code}"
                raise TemplateError("unknown_option", detail, value_path)
            if value in seen:
                raise TemplateError("bad_value", f"{value!r} given twice", value_path)
            seen.add(value)
        fields.finish()
        return Condition(target_code, tuple(value for value, _ in values))


def _check_format(fields: Fields) -> None:
    """Checked first: a newer format may hold anything, so nothing else is judged."""
    value = fields.get("format")
    if isinstance(value, int) and not isinstance(value, bool) and value > FORMAT_VERSION:
        detail = f"format {value if value < 10**9 else 'huge'} > {FORMAT_VERSION}"
        raise TemplateError("unsupported_format", detail, "/format")
    fields.integer("format", FORMAT_VERSION, FORMAT_VERSION)


def _text(fields: Fields, name: str, max_length: int) -> Text:
    """A text a person reads; both languages, neither empty. Only short texts are one line."""
    inner = Fields(fields.get(name), fields.path(name))
    multiline = max_length > SHORT_TEXT
    zh = inner.text("zh", min_length=1, max_length=max_length, multiline=multiline)
    en = inner.text("en", min_length=1, max_length=max_length, multiline=multiline)
    inner.finish()
    return Text(zh, en)


def _optional_text(fields: Fields, name: str, max_length: int) -> Text | None:
    return _text(fields, name, max_length) if fields.has(name) else None


def _choice(fields: Fields, name: str, kind: type[_E]) -> _E:
    value = fields.get(name)
    if isinstance(value, str):
        for member in kind:
            if member.value == value:
                return member
    allowed = ", ".join(member.value for member in kind)
    raise fields.bad(name, f"{describe(value)} is not one of {allowed}")


def _pass_percent(fields: Fields) -> float:
    if not fields.has("scoring"):
        return DEFAULT_PASS_PERCENT
    scoring = Fields(fields.get("scoring"), fields.path("scoring"))
    result = scoring.number("pass_percent", DEFAULT_PASS_PERCENT, low=0.0, high=100.0)
    scoring.finish()
    return result


def _reference_image(fields: Fields) -> str | None:
    """A plain file name inside the template package: no folders, so no escaping the package."""
    if not fields.has("reference_image"):
        return None
    value = fields.text("reference_image", max_length=110)
    if not IMAGE_NAME.fullmatch(value):
        raise fields.bad("reference_image", "expected a .png or .jpg file name, no folders")
    return value


def _limits(fields: Fields) -> tuple[float | None, float | None]:
    if not fields.has("limits"):
        return None, None
    limits = Fields(fields.get("limits"), fields.path("limits"))
    low = limits.number("low") if limits.has("low") else None
    high = limits.number("high") if limits.has("high") else None
    limits.finish()
    if low is not None and high is not None and low > high:
        raise TemplateError("bad_limits", f"low {low:g} > high {high:g}", fields.path("limits"))
    return low, high


def _options(fields: Fields, kind: ItemKind) -> tuple[Option, ...]:
    if not kind.has_options:
        return ()
    path = fields.path("options")
    if not fields.has("options"):
        raise TemplateError("bad_options", f"a {kind.value} item needs options", path)
    raw = fields.array("options")
    if not 2 <= len(raw) <= MAX_OPTIONS:
        raise TemplateError("bad_options", f"{len(raw)} options, expected 2…{MAX_OPTIONS}", path)
    options: list[Option] = []
    seen: set[str] = set()
    for index, value in enumerate(raw):
        option = Fields(value, pointer(path, index))
        code = option.text("code", pattern=CODE, max_length=64)
        if code in seen:
            raise TemplateError("duplicate_code", code, option.path("code"))
        seen.add(code)
        text = _text(option, "text", SHORT_TEXT)
        score = option.number("score", low=0.0, high=1.0)
        finding = option.boolean("finding", False)
        option.finish()
        options.append(Option(code, text, score, finding))
    return tuple(options)


def _photos(fields: Fields, kind: ItemKind) -> tuple[int, int]:
    path = fields.path("photos")
    if not fields.has("photos"):
        if kind is ItemKind.PHOTO:
            raise TemplateError("bad_photos", "a photo item needs photos with min ≥ 1", path)
        return 0, 0
    photos = Fields(fields.get("photos"), path)
    low = photos.integer("min", -(2**63), 2**63)  # type errors here, ranges below
    high = photos.integer("max", -(2**63), 2**63)
    photos.finish()
    if not 0 <= low <= high <= MAX_PHOTOS:
        detail = f"expected 0 ≤ min ≤ max ≤ {MAX_PHOTOS}, got {low}, {high}"
        raise TemplateError("bad_photos", detail, path)
    if kind is ItemKind.PHOTO and low < 1:
        raise TemplateError("bad_photos", "a photo item needs min ≥ 1", photos.path("min"))
    return low, high
