"""The template being edited, kept as the very JSON document the file format describes.

The editor changes this document in place and checks it with `template_from_dict` after every
edit, so what is validated is exactly what `import_template` will receive: no second model that
could drift from the format, and a half-typed value ("6,5" in a limit) stays in the document as
typed, where the parser reports it with its JSON pointer instead of the editor guessing.

Qt-free on purpose: the tree, the forms and the tests all drive the same few operations.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any

from domain.checklists import (
    FORMAT_VERSION,
    ItemKind,
    Template,
    TemplateError,
    template_from_dict,
    template_to_dict,
)

__all__ = [
    "CONDITION_KINDS",
    "Doc",
    "Draft",
    "NodeRef",
    "Problem",
    "locate",
    "number_value",
    "set_text",
    "text_of",
]

Doc = dict[str, Any]
CONDITION_KINDS = (
    ItemKind.YES_NO_NA.value, ItemKind.PASS_FAIL.value, ItemKind.SINGLE_CHOICE.value,
    ItemKind.MULTI_CHOICE.value,
)  # fmt: skip
"""Kinds a `show_if` may name (domain.checklists.condition_answers)."""
_FIXED_ANSWERS = {"yes_no_na": ("yes", "no", "na"), "pass_fail": ("pass", "fail")}
_WEIGHTED = (*CONDITION_KINDS, ItemKind.NUMBER.value)
_KIND_KEYS = {"weight", "unit", "limits", "options", "max_length"}


@dataclass(frozen=True)
class NodeRef:
    """A node of the tree: the template (no indexes), a section (`section`), an item (both)."""

    section: int | None = None
    item: int | None = None

    @property
    def kind(self) -> str:
        if self.section is None:
            return "template"
        return "section" if self.item is None else "item"


@dataclass(frozen=True)
class Problem:
    """One thing that keeps the document from being saved; `path` is a JSON pointer."""

    code: str
    detail: str
    path: str


def number_value(text: str) -> float | int | str | None:
    """A typed number for the document: None when blank (the key is left out), the number, or
    the text itself when it is not one, so the parser names the spot as a bad value."""
    stripped = text.strip()
    if not stripped:
        return None
    try:
        value = float(stripped.replace("，", ".").replace(",", "."))
    except ValueError:
        return stripped
    if value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


_TEXT_KEYS = ("name", "description", "title", "guidance", "text")


def locate(path: str) -> tuple[NodeRef, str]:
    """The tree node a JSON pointer falls in and the form field it names ("" for the node
    itself): `/sections/1/items/4/text/en` is (item 2.5, "text.en"), `/scoring/pass_percent`
    (template, "pass_percent")."""
    segments = path.split("/")[1:]
    ref, rest = NodeRef(), segments
    if len(segments) >= 2 and segments[0] == "sections" and segments[1].isdigit():
        ref, rest = NodeRef(int(segments[1])), segments[2:]
        if len(rest) >= 2 and rest[0] == "items" and rest[1].isdigit():
            ref, rest = NodeRef(ref.section, int(rest[1])), rest[2:]
    if not rest:
        return ref, ""
    key = rest[0]
    if key in _TEXT_KEYS:
        language = rest[1] if len(rest) > 1 and rest[1] in ("zh", "en") else "zh"
        return ref, f"{key}.{language}"
    if key == "scoring":
        return ref, "pass_percent"
    return ref, key


class Draft:
    """The document plus the structural edits the tree offers. Indexes are 0-based."""

    def __init__(self, document: Doc) -> None:
        self.document = document

    @classmethod
    def empty(cls) -> Draft:
        """A new template: one section with one question, texts to be filled in."""
        draft = cls(
            {
                "format": FORMAT_VERSION,
                "code": "new_checklist",
                "version": 1,
                "name": {"zh": "", "en": ""},
                "category": "inspection",
                "scoring": {"pass_percent": 80},
                "sections": [],
            }
        )
        draft.add_section(None)
        return draft

    @classmethod
    def of(cls, template: Template) -> Draft:
        return cls(copy.deepcopy(template_to_dict(template)))

    # --- reading ---------------------------------------------------------------------------

    @property
    def sections(self) -> list[Doc]:
        sections = self.document.setdefault("sections", [])
        assert isinstance(sections, list)
        return sections

    def items(self, section: int) -> list[Doc]:
        items = self.sections[section].setdefault("items", [])
        assert isinstance(items, list)
        return items

    def node(self, ref: NodeRef) -> Doc:
        if ref.section is None:
            return self.document
        if ref.item is None:
            return self.sections[ref.section]
        return self.items(ref.section)[ref.item]

    def exists(self, ref: NodeRef) -> bool:
        if ref.section is None:
            return True
        if not 0 <= ref.section < len(self.sections):
            return False
        return ref.item is None or 0 <= ref.item < len(self.items(ref.section))

    def all_items(self) -> list[tuple[NodeRef, Doc]]:
        return [
            (NodeRef(s, i), item)
            for s in range(len(self.sections))
            for i, item in enumerate(self.items(s))
        ]

    def earlier_conditions(self, ref: NodeRef) -> list[Doc]:
        """Items before `ref` that a `show_if` may name, in template order."""
        found = []
        for other, item in self.all_items():
            if other == ref:
                break
            if item.get("kind") in CONDITION_KINDS:
                found.append(item)
        return found

    def item_by_code(self, code: str) -> Doc | None:
        return next((item for _, item in self.all_items() if item.get("code") == code), None)

    def check(self) -> Template | TemplateError:
        """The template, or the parser's first problem; pure and fast (2,000 items in ms)."""
        try:
            return template_from_dict(self.document)
        except TemplateError as error:
            return error

    def to_text(self) -> str:
        return json.dumps(self.document, ensure_ascii=False, indent=2) + "\n"

    # --- structure -------------------------------------------------------------------------

    def add_section(self, after: int | None) -> int:
        """A new section after `after` (at the end for None) holding one item; its index."""
        codes = {str(s.get("code")) for s in self.sections}
        index = len(self.sections) if after is None else after + 1
        section: Doc = {
            "code": _unique("section", codes),
            "title": {"zh": "", "en": ""},
            "items": [],
        }
        self.sections.insert(index, section)
        self.add_item(index, None)
        return index

    def add_item(self, section: int, after: int | None) -> NodeRef:
        codes = {str(item.get("code")) for _, item in self.all_items()}
        items = self.items(section)
        index = len(items) if after is None else after + 1
        item: Doc = {
            "code": _unique("item", codes),
            "kind": ItemKind.YES_NO_NA.value,
            "text": {"zh": "", "en": ""},
        }
        items.insert(index, item)
        return NodeRef(section, index)

    def remove(self, ref: NodeRef) -> None:
        if ref.item is not None and ref.section is not None:
            del self.items(ref.section)[ref.item]
        elif ref.section is not None:
            del self.sections[ref.section]

    def move_section(self, section: int, delta: int) -> int | None:
        target = section + delta
        if not 0 <= target < len(self.sections):
            return None
        self.sections.insert(target, self.sections.pop(section))
        return target

    def item_move_target(self, ref: NodeRef, delta: int) -> NodeRef | None:
        """Where an item moved one step lands: past a section's edge it joins the neighbour
        section (at its end going up, at its start going down)."""
        assert ref.section is not None and ref.item is not None
        target = ref.item + delta
        if 0 <= target < len(self.items(ref.section)):
            return NodeRef(ref.section, target)
        neighbour = ref.section + (1 if delta > 0 else -1)
        if not 0 <= neighbour < len(self.sections):
            return None
        return NodeRef(neighbour, 0 if delta > 0 else len(self.items(neighbour)))

    def move_item(self, ref: NodeRef, target: NodeRef) -> None:
        assert ref.section is not None and ref.item is not None
        assert target.section is not None and target.item is not None
        item = self.items(ref.section).pop(ref.item)
        self.items(target.section).insert(target.item, item)

    # --- edits with consequences -----------------------------------------------------------

    def set_kind(self, item: Doc, kind: str) -> None:
        """Change an item's kind, dropping the keys the new kind lacks (they would be unknown
        keys) and giving it what it needs: two options for a choice, a photo for a photo item."""
        if item.get("kind") == kind:
            return
        item["kind"] = kind
        for key in _KIND_KEYS:
            keep = (
                (key == "weight" and kind in _WEIGHTED)
                or (key in ("unit", "limits") and kind == ItemKind.NUMBER.value)
                or (key == "options" and kind in ("single_choice", "multi_choice"))
                or (key == "max_length" and kind == ItemKind.TEXT.value)
            )
            if not keep:
                item.pop(key, None)
        if kind in ("single_choice", "multi_choice") and not item.get("options"):
            item["options"] = [
                {"code": "option_1", "text": {"zh": "", "en": ""}, "score": 1},
                {"code": "option_2", "text": {"zh": "", "en": ""}, "score": 0},
            ]
        if kind == ItemKind.PHOTO.value:
            photos = item.get("photos")
            if not isinstance(photos, dict) or not photos.get("min"):
                item["photos"] = {"min": 1, "max": max(1, _int(photos, "max"))}

    def rename_item(self, item: Doc, code: str) -> None:
        """Set an item's code and follow it in the conditions that named the old one, unless
        another item still has the old code (then those conditions may mean that one)."""
        old = item.get("code")
        item["code"] = code
        if not isinstance(old, str) or self.item_by_code(old) is not None:
            return
        for _, other in self.all_items():
            condition = other.get("show_if")
            if isinstance(condition, dict) and condition.get("item") == old:
                condition["item"] = code

    def condition_answers(self, item: Doc) -> list[tuple[str, Any]]:
        """(value, option text or None) a `show_if` on `item` may name."""
        kind = item.get("kind")
        if kind in _FIXED_ANSWERS:
            return [(value, None) for value in _FIXED_ANSWERS[kind]]
        options = item.get("options")
        if not isinstance(options, list):
            return []
        return [
            (str(option.get("code")), option.get("text"))
            for option in options
            if isinstance(option, dict) and isinstance(option.get("code"), str)
        ]


def set_text(node: Doc, key: str, language: str, value: str, *, optional: bool) -> None:
    """One language of a text object; an optional text left empty in both is removed."""
    current = node.get(key)
    text = dict(current) if isinstance(current, dict) else {"zh": "", "en": ""}
    text[language] = value
    if optional and not text.get("zh") and not text.get("en"):
        node.pop(key, None)
    else:
        node[key] = text


def text_of(node: Doc, key: str, language: str) -> str:
    value = node.get(key)
    if isinstance(value, dict):
        text = value.get(language)
        return text if isinstance(text, str) else ""
    return ""


def _unique(prefix: str, taken: set[str]) -> str:
    number = 1
    while f"{prefix}_{number}" in taken:
        number += 1
    return f"{prefix}_{number}"


def _int(value: Any, key: str) -> int:
    found = value.get(key) if isinstance(value, dict) else None
    return found if isinstance(found, int) and not isinstance(found, bool) else 0
