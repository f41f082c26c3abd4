"""The values a checklist template holds; parsing lives in `domain.checklist_parser`.

A template is data an auditor can write and ship without a program change
(docs/checklist-format.md), so these classes carry only what the file format can say, and every
text a person reads comes in Chinese and English. The public API is `domain.checklists`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

__all__ = [
    "DEFAULT_MAX_LENGTH",
    "DEFAULT_PASS_PERCENT",
    "FORMAT_VERSION",
    "MAX_ITEMS",
    "MAX_TEMPLATE_BYTES",
    "Answer",
    "Category",
    "Condition",
    "Item",
    "ItemKind",
    "Option",
    "Section",
    "Template",
    "TemplateError",
    "Text",
]

FORMAT_VERSION = 1
MAX_TEMPLATE_BYTES = 2_000_000
MAX_ITEMS = 2000
DEFAULT_PASS_PERCENT = 80.0
DEFAULT_MAX_LENGTH = 2000

Answer = str | float | tuple[str, ...]
"""yes/no/na, pass/fail, an option code, a date or free text | a number | multi-choice codes."""


class ItemKind(StrEnum):
    YES_NO_NA = "yes_no_na"
    PASS_FAIL = "pass_fail"
    NUMBER = "number"
    SINGLE_CHOICE = "single_choice"
    MULTI_CHOICE = "multi_choice"
    TEXT = "text"
    DATE = "date"
    PHOTO = "photo"
    SIGNATURE = "signature"

    @property
    def has_options(self) -> bool:
        return self in (ItemKind.SINGLE_CHOICE, ItemKind.MULTI_CHOICE)

    @property
    def takes_answer(self) -> bool:
        """Photo and signature items are answered by files, never by an `Answer` value."""
        return self not in (ItemKind.PHOTO, ItemKind.SIGNATURE)


class Category(StrEnum):
    AUDIT = "audit"
    ENERGY = "energy"
    WATER = "water"
    WASTE = "waste"
    INSPECTION = "inspection"
    SELF_CHECK = "self_check"
    ENVIRONMENT = "environment"


class TemplateError(ValueError):
    """A template that cannot be used: a code the UI translates and a JSON pointer to the spot."""

    def __init__(self, code: str, detail: str = "", path: str = "") -> None:
        where = f" at {path}" if path else ""
        super().__init__(f"{code}{where}: {detail}" if detail else f"{code}{where}")
        self.code = code
        self.detail = detail
        self.path = path


@dataclass(frozen=True)
class Text:
    """One text in both languages; the file format requires both, code may leave one empty."""

    zh: str
    en: str

    def pick(self, chinese: bool) -> str:
        """The text in the UI language, or the other one rather than nothing."""
        first, second = (self.zh, self.en) if chinese else (self.en, self.zh)
        return first or second


@dataclass(frozen=True)
class Option:
    """A choice; `score` is the share (0–1) of the item's weight it earns."""

    code: str
    text: Text
    score: float
    finding: bool = False


@dataclass(frozen=True)
class Condition:
    """`show_if`: shown when the earlier item's answer is one of `values` (any, for multi-choice).

    "equals" in the file is one value, "in" several; the model does not need the difference.
    """

    item: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class Item:
    """One question. Kind-specific fields keep their defaults for the kinds that lack them."""

    code: str
    kind: ItemKind
    text: Text
    guidance: Text | None = None
    required: bool = True
    weight: float = 1.0
    unit: str = ""
    low: float | None = None
    high: float | None = None
    options: tuple[Option, ...] = ()
    photos_min: int = 0
    photos_max: int = 0
    show_if: Condition | None = None
    max_length: int = DEFAULT_MAX_LENGTH
    reference_image: str | None = None

    @property
    def scored(self) -> bool:
        """Whether an answer can earn or lose points (a number needs a limit to be judged)."""
        if self.weight <= 0:
            return False
        if self.kind is ItemKind.NUMBER:
            return self.low is not None or self.high is not None
        return self.kind in _SCORED_KINDS

    def option(self, code: str) -> Option:
        for option in self.options:
            if option.code == code:
                return option
        raise KeyError(code)


_SCORED_KINDS = frozenset(
    {ItemKind.YES_NO_NA, ItemKind.PASS_FAIL, ItemKind.SINGLE_CHOICE, ItemKind.MULTI_CHOICE}
)


@dataclass(frozen=True)
class Section:
    code: str
    title: Text
    guidance: Text | None
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Template:
    """A checklist at one version; a run keeps the version it was started with."""

    code: str
    version: int
    name: Text
    description: Text | None
    category: Category
    pass_percent: float
    sections: tuple[Section, ...]

    def items(self) -> tuple[Item, ...]:
        """Every item in template order (the order `show_if` references respect)."""
        return self._items

    def item(self, code: str) -> Item:
        """The item with that code; `KeyError` when there is none."""
        return self._index[code][0]

    def section_of(self, code: str) -> Section:
        """The section holding the item with that code; `KeyError` when there is none."""
        return self._index[code][1]

    @cached_property
    def _items(self) -> tuple[Item, ...]:
        return tuple(item for section in self.sections for item in section.items)

    @cached_property
    def _index(self) -> dict[str, tuple[Item, Section]]:
        # A template built in code may repeat a code; the first one wins, as for a reader.
        index: dict[str, tuple[Item, Section]] = {}
        for section in self.sections:
            for item in section.items:
                index.setdefault(item.code, (item, section))
        return index
