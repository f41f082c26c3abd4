"""Checklist templates and the runs made from them: the public API.

Audit, inspection and self-check lists are data (docs/checklist-format.md), not code, so a plant
can add its own without a program change. The pieces live in helper modules named for what
they hold; import from here:

- `domain.checklist_model`: `Template` and its parts, `TemplateError`, limits;
- `domain.checklist_fields`: strict reading of one JSON object, safe loading of the text;
- `domain.checklist_parser`: `parse_template` (text or bytes; raises only `TemplateError`),
  `template_from_dict`;
- `domain.checklist_writer`: `template_to_dict`, `template_to_json`, `validate_template`;
- `domain.checklist_scoring`: `check_answer`, `limit_breach`, `visible_items`, `assess`.

TemplateError codes: not_utf8, not_json, too_large, too_deep, too_many, unknown_key,
missing_key, duplicate_key, bad_value, bad_code, duplicate_code, unsupported_format,
forward_reference, unknown_option, bad_limits, bad_photos, bad_options.
"""

from __future__ import annotations

from domain.checklist_fields import MAX_DEPTH
from domain.checklist_model import (
    DEFAULT_MAX_LENGTH,
    DEFAULT_PASS_PERCENT,
    FORMAT_VERSION,
    MAX_ITEMS,
    MAX_TEMPLATE_BYTES,
    Answer,
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
from domain.checklist_parser import (
    CODE,
    MAX_OPTIONS,
    MAX_SECTION_ITEMS,
    MAX_SECTIONS,
    condition_answers,
    parse_template,
    template_from_dict,
)
from domain.checklist_scoring import (
    Finding,
    RunAssessment,
    assess,
    check_answer,
    finding_for,
    limit_breach,
    visible_items,
)
from domain.checklist_writer import template_to_dict, template_to_json, validate_template

__all__ = [
    "CODE",
    "DEFAULT_MAX_LENGTH",
    "DEFAULT_PASS_PERCENT",
    "FORMAT_VERSION",
    "MAX_DEPTH",
    "MAX_ITEMS",
    "MAX_OPTIONS",
    "MAX_SECTIONS",
    "MAX_SECTION_ITEMS",
    "MAX_TEMPLATE_BYTES",
    "Answer",
    "Category",
    "Condition",
    "Finding",
    "Item",
    "ItemKind",
    "Option",
    "RunAssessment",
    "Section",
    "Template",
    "TemplateError",
    "Text",
    "assess",
    "check_answer",
    "condition_answers",
    "finding_for",
    "limit_breach",
    "parse_template",
    "template_from_dict",
    "template_to_dict",
    "template_to_json",
    "validate_template",
    "visible_items",
]
