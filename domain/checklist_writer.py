"""Writing a checklist template back to its document form, and checking one built in code.

Keys at their defaults are left out so a written file reads like a hand-written one; whole
numbers are written as integers. `parse_template(template_to_json(t)) == t` for every valid t.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from domain.checklist_model import (
    DEFAULT_MAX_LENGTH,
    FORMAT_VERSION,
    Item,
    ItemKind,
    Option,
    Section,
    Template,
    TemplateError,
    Text,
)
from domain.checklist_parser import WEIGHTED_KINDS, template_from_dict

__all__ = ["template_to_dict", "template_to_json", "validate_template"]


def template_to_json(template: Template) -> str:
    """Stable, readable UTF-8 JSON; `parse_template` gives the same template back."""
    try:
        text = json.dumps(template_to_dict(template), ensure_ascii=False, indent=2, allow_nan=False)
    except ValueError as error:  # a template built in code with NaN somewhere
        raise TemplateError("bad_value", str(error)[:200]) from None
    return text + "\n"


def template_to_dict(template: Template) -> dict[str, Any]:
    """The document form; keys at their defaults are left out, kind-foreign fields dropped."""
    document: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "code": template.code,
        "version": template.version,
        "name": _text_dict(template.name),
    }
    if template.description is not None:
        document["description"] = _text_dict(template.description)
    document["category"] = template.category.value
    document["scoring"] = {"pass_percent": _number(template.pass_percent)}
    document["sections"] = [_section_dict(section) for section in template.sections]
    return document


def _section_dict(section: Section) -> dict[str, Any]:
    document: dict[str, Any] = {"code": section.code, "title": _text_dict(section.title)}
    if section.guidance is not None:
        document["guidance"] = _text_dict(section.guidance)
    document["items"] = [_item_dict(item) for item in section.items]
    return document


def _item_dict(item: Item) -> dict[str, Any]:
    document: dict[str, Any] = {
        "code": item.code,
        "kind": item.kind.value,
        "text": _text_dict(item.text),
    }
    if item.guidance is not None:
        document["guidance"] = _text_dict(item.guidance)
    if item.reference_image is not None:
        document["reference_image"] = item.reference_image
    if not item.required:
        document["required"] = False
    if item.kind in WEIGHTED_KINDS and item.weight != 1.0:
        document["weight"] = _number(item.weight)
    if item.kind is ItemKind.NUMBER:
        if item.unit:
            document["unit"] = item.unit
        limits = {"low": item.low, "high": item.high}
        if item.low is not None or item.high is not None:
            document["limits"] = {k: _number(v) for k, v in limits.items() if v is not None}
    if item.kind.has_options:
        document["options"] = [_option_dict(option) for option in item.options]
    if item.kind is ItemKind.TEXT and item.max_length != DEFAULT_MAX_LENGTH:
        document["max_length"] = item.max_length
    if item.photos_min or item.photos_max:
        document["photos"] = {"min": item.photos_min, "max": item.photos_max}
    if item.show_if is not None:
        condition: dict[str, Any] = {"item": item.show_if.item}
        values = item.show_if.values
        if len(values) == 1:
            condition["equals"] = values[0]
        else:
            condition["in"] = list(values)
        document["show_if"] = condition
    return document


def _option_dict(option: Option) -> dict[str, Any]:
    document: dict[str, Any] = {
        "code": option.code,
        "text": _text_dict(option.text),
        "score": _number(option.score),
    }
    if option.finding:
        document["finding"] = True
    return document


def _text_dict(text: Text) -> dict[str, str]:
    return {"zh": text.zh, "en": text.en}


def _number(value: float) -> float | int:
    """Whole numbers written as integers ("weight": 2, not 2.0); they read back equal."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def validate_template(template: Template) -> None:
    """Raise `TemplateError` unless the template, e.g. built by an editor, is a valid file.

    A template made in code can hold what the format cannot say (a unit on a text item, a
    weight on a photo); writing it would silently drop that, so it is refused here instead,
    at the first item that does not come back unchanged.
    """
    parsed = template_from_dict(template_to_dict(template))
    if parsed == template:
        return
    for s, (section, read) in enumerate(zip(template.sections, parsed.sections, strict=True)):
        if replace(section, items=()) != replace(read, items=()):
            raise TemplateError("bad_value", section.code, f"/sections/{s}")
        for i, (item, read_item) in enumerate(zip(section.items, read.items, strict=True)):
            if item != read_item:
                detail = f"{item.code} holds fields its kind {item.kind.value} does not have"
                raise TemplateError("bad_value", detail, f"/sections/{s}/items/{i}")
    raise TemplateError("bad_value", "the template does not survive writing and reading")
