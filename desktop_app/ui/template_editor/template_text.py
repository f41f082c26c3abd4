"""Sentences for what is wrong with a template, and where, in words an auditor understands.

The parser reports a code and a JSON pointer (`/sections/2/items/5/limits`). A person editing a
checklist thinks in sections and questions, so the pointer is said as "Section 3 (wastewater) ›
Item 6 (ph_outlet) › Limits", 1-based like everything a user counts, with the codes when the
document at hand has them. The parser's `detail` (English, technical) comes last, in brackets.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.services.errors import ConfigurationError
from desktop_app.ui.problem_text import error_text
from domain.checklists import TemplateError

__all__ = [
    "category_name",
    "field_name",
    "kind_name",
    "located",
    "location_text",
    "problem_sentence",
    "template_error_text",
]


def problem_sentence(code: str, detail: str = "") -> str:
    """What is wrong, for the parser's, the service's and the editor's own codes."""
    texts = {
        "not_utf8": QCoreApplication.translate("TemplateText", "The file is not UTF-8 text."),
        "not_json": QCoreApplication.translate(
            "TemplateText", "The file is not valid JSON (a bracket, comma or quote is wrong)."
        ),
        "too_large": QCoreApplication.translate(
            "TemplateText", "The file is larger than 2 MB, the most a template may have."
        ),
        "too_deep": QCoreApplication.translate(
            "TemplateText", "The file is nested far deeper than a template can be."
        ),
        "too_many": QCoreApplication.translate(
            "TemplateText",
            "Too many entries: at most 100 sections, 200 items in a section, 2,000 in all.",
        ),
        "unknown_key": QCoreApplication.translate(
            "TemplateText",
            "An entry is not part of the template format, or not for this kind (misspelt?).",
        ),
        "missing_key": QCoreApplication.translate("TemplateText", "A required entry is missing."),
        "duplicate_key": QCoreApplication.translate(
            "TemplateText", "The same entry is given twice."
        ),
        "bad_value": QCoreApplication.translate("TemplateText", "This value is not allowed here."),
        "bad_code": QCoreApplication.translate(
            "TemplateText",
            "A code uses lower-case letters, digits and '_', starting with a letter (at most 64).",
        ),
        "duplicate_code": QCoreApplication.translate(
            "TemplateText", "This code is already used by another entry of the template."
        ),
        "unsupported_format": QCoreApplication.translate(
            "TemplateText", "The file was made by a newer version of Qingyuan."
        ),
        "forward_reference": QCoreApplication.translate(
            "TemplateText", "A condition may only name an item that comes before this one."
        ),
        "unknown_option": QCoreApplication.translate(
            "TemplateText", "The condition names an answer that item does not have."
        ),
        "bad_limits": QCoreApplication.translate(
            "TemplateText", "The low limit is above the high limit."
        ),
        "bad_photos": QCoreApplication.translate(
            "TemplateText",
            "Photos: 0 ≤ least ≤ most ≤ 20; a photo item needs at least one photo.",
        ),
        "bad_options": QCoreApplication.translate(
            "TemplateText", "A choice item needs 2 to 50 options."
        ),
        "version_exists": QCoreApplication.translate(
            "TemplateText",
            "This version of the template is already stored with other content: raise the version.",
        ),
        "version_not_newer": QCoreApplication.translate(
            "TemplateText", "A newer version of this template is already stored."
        ),
        "version_too_low": QCoreApplication.translate(
            "TemplateText", "A new version must be higher than the stored one."
        ),
        "code_taken": QCoreApplication.translate(
            "TemplateText",
            "A template with this code exists already: choose another code, or edit that "
            "template to make a new version of it.",
        ),
        "unknown_template": QCoreApplication.translate(
            "TemplateText", "The checklist template was not found."
        ),
        "unreadable": QCoreApplication.translate("TemplateText", "The file cannot be read."),
        "not_a_file": QCoreApplication.translate("TemplateText", "This is not a regular file."),
    }
    text = texts.get(code)
    if text is None:
        text = QCoreApplication.translate("TemplateText", "Not accepted: %1").replace("%1", code)
    return f"{text} ({detail})" if detail else text


def location_text(path: str, document: Any = None) -> str:
    """A JSON pointer as "Section 3 (code) › Item 6 (code) › Limits"; empty for the root."""
    parts: list[str] = []
    node = document
    segments = [s.replace("~1", "/").replace("~0", "~") for s in path.split("/")[1:]]
    index = 0
    while index < len(segments):
        key = segments[index]
        if key in ("sections", "items", "options", "in") and index + 1 < len(segments):
            position = segments[index + 1]
            node = _child(_child(node, key), position)
            code = node.get("code") if isinstance(node, dict) else None
            parts.append(_numbered(key, position, code if isinstance(code, str) else None))
            index += 2
            continue
        parts.append(field_name(key))
        node = _child(node, key)
        index += 1
    return " › ".join(parts)


def template_error_text(error: BaseException, document: Any = None) -> str:
    """A refusal as "where: what (detail)", for the parser's and the template service's codes;
    any other error (a role without the permission, a failed disk) as `error_text` says it."""
    if isinstance(error, TemplateError):
        code, detail, path = error.code, error.detail, error.path
    elif isinstance(error, ConfigurationError) and (
        error.field.startswith("/") or error.field in ("", "file", "template")
    ):
        code, detail, path = error.code, error.detail, error.field
    else:
        return error_text(error)
    where = location_text(path, document) if path.startswith("/") else ""
    sentence = problem_sentence(code, detail)
    return located(where, sentence)


def located(where: str, sentence: str) -> str:
    """ "where: what", with the colon of the UI language (full-width in Chinese)."""
    if not where:
        return sentence
    pattern = QCoreApplication.translate("TemplateText", "%1: %2")
    return pattern.replace("%1", where, 1).replace("%2", sentence, 1)


def field_name(key: str) -> str:
    names = {
        "format": QCoreApplication.translate("TemplateText", "Format"),
        "code": QCoreApplication.translate("TemplateText", "Code"),
        "version": QCoreApplication.translate("TemplateText", "Version"),
        "name": QCoreApplication.translate("TemplateText", "Name"),
        "description": QCoreApplication.translate("TemplateText", "Description"),
        "category": QCoreApplication.translate("TemplateText", "Category"),
        "scoring": QCoreApplication.translate("TemplateText", "Scoring"),
        "pass_percent": QCoreApplication.translate("TemplateText", "Pass mark"),
        "sections": QCoreApplication.translate("TemplateText", "Sections"),
        "title": QCoreApplication.translate("TemplateText", "Title"),
        "guidance": QCoreApplication.translate("TemplateText", "Guidance"),
        "items": QCoreApplication.translate("TemplateText", "Items"),
        "kind": QCoreApplication.translate("TemplateText", "Kind"),
        "text": QCoreApplication.translate("TemplateText", "Question"),
        "required": QCoreApplication.translate("TemplateText", "Required"),
        "weight": QCoreApplication.translate("TemplateText", "Weight"),
        "unit": QCoreApplication.translate("TemplateText", "Unit"),
        "limits": QCoreApplication.translate("TemplateText", "Limits (low / high)"),
        "low": QCoreApplication.translate("TemplateText", "Low limit"),
        "high": QCoreApplication.translate("TemplateText", "High limit"),
        "options": QCoreApplication.translate("TemplateText", "Options"),
        "score": QCoreApplication.translate("TemplateText", "Score"),
        "finding": QCoreApplication.translate("TemplateText", "Finding"),
        "photos": QCoreApplication.translate("TemplateText", "Photos"),
        "min": QCoreApplication.translate("TemplateText", "At least"),
        "max": QCoreApplication.translate("TemplateText", "At most"),
        "show_if": QCoreApplication.translate("TemplateText", "Shown when"),
        "item": QCoreApplication.translate("TemplateText", "Item"),
        "equals": QCoreApplication.translate("TemplateText", "Answer"),
        "in": QCoreApplication.translate("TemplateText", "Answers"),
        "max_length": QCoreApplication.translate("TemplateText", "Longest answer"),
        "reference_image": QCoreApplication.translate("TemplateText", "Reference picture"),
        "zh": QCoreApplication.translate("TemplateText", "Chinese"),
        "en": QCoreApplication.translate("TemplateText", "English"),
    }
    return names.get(key, key)


def kind_name(kind: str) -> str:
    names = {
        "yes_no_na": QCoreApplication.translate("TemplateText", "Yes / no / not applicable"),
        "pass_fail": QCoreApplication.translate("TemplateText", "Pass / fail"),
        "number": QCoreApplication.translate("TemplateText", "Number"),
        "single_choice": QCoreApplication.translate("TemplateText", "Single choice"),
        "multi_choice": QCoreApplication.translate("TemplateText", "Multiple choice"),
        "text": QCoreApplication.translate("TemplateText", "Free text"),
        "date": QCoreApplication.translate("TemplateText", "Date"),
        "photo": QCoreApplication.translate("TemplateText", "Photos only"),
        "signature": QCoreApplication.translate("TemplateText", "Signature"),
    }
    return names.get(kind, kind)


def category_name(category: str) -> str:
    names = {
        "audit": QCoreApplication.translate("TemplateText", "Audit"),
        "energy": QCoreApplication.translate("TemplateText", "Energy"),
        "water": QCoreApplication.translate("TemplateText", "Water"),
        "waste": QCoreApplication.translate("TemplateText", "Waste"),
        "inspection": QCoreApplication.translate("TemplateText", "Inspection"),
        "self_check": QCoreApplication.translate("TemplateText", "Self-check"),
        "environment": QCoreApplication.translate("TemplateText", "Environment"),
    }
    return names.get(category, category)


def _numbered(key: str, position: str, code: str | None) -> str:
    labels = {
        "sections": QCoreApplication.translate("TemplateText", "Section %1"),
        "items": QCoreApplication.translate("TemplateText", "Item %1"),
        "options": QCoreApplication.translate("TemplateText", "Option %1"),
        "in": QCoreApplication.translate("TemplateText", "Answer %1"),
    }
    number = str(int(position) + 1) if position.isdigit() else position
    label = labels[key].replace("%1", number)
    return f"{label} ({code})" if code else label


def _child(node: Any, key: str) -> Any:
    if isinstance(node, dict):
        return node.get(key)
    if isinstance(node, list) and key.isdigit() and int(key) < len(node):
        return node[int(key)]
    return None
