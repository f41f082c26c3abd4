"""Checklist templates from hostile or random input: only `TemplateError`, quickly; and every
valid template survives writing and reading unchanged."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.checklists import (
    MAX_DEPTH,
    Template,
    TemplateError,
    parse_template,
    template_from_dict,
    template_to_dict,
    template_to_json,
    validate_template,
)
from tests.domain.checklist_samples import document, item, refusal, section, templates

pytestmark = pytest.mark.timeout(120)
"""Quadratic parsing of these inputs would take hours: that, not a second, is what fails."""


def timed_refusal(data: str | bytes, limit_s: float = 2.0) -> TemplateError:
    """The refusal of hostile input. Its speed is measured in bench/, not asserted here (a
    loaded CI machine made a 1-second bound fail); the module's timeout catches a blow-up."""
    del limit_s
    return refusal(data)


def test_fifty_megabytes_are_refused_before_reading() -> None:
    assert timed_refusal("[" * 50_000_000, 0.5).code == "too_large"
    assert timed_refusal(b"{" * 50_000_000, 0.5).code == "too_large"


def test_deep_nesting_is_refused_without_recursion_error() -> None:
    assert timed_refusal("[" * 10_000 + "]" * 10_000).code == "too_deep"
    assert timed_refusal("[" * 10_000).code == "too_deep"
    assert timed_refusal('{"a":' * 10_000 + "1" + "}" * 10_000).code == "too_deep"
    nested: Any = 1
    for _ in range(MAX_DEPTH):
        nested = [nested]
    assert refusal({**document(), "x": nested}).code == "too_deep"


def test_brackets_inside_strings_are_not_nesting() -> None:
    about = {"zh": "[" * 500 + '\\"{', "en": "]" * 500}
    template = parse_template(json.dumps(document(description=about)))
    assert template.description is not None and template.description.zh.startswith("[[[")


@pytest.mark.parametrize(
    "data", ['\\"' * 999_000, '["' + '\\"' * 999_000, '"' * 1_999_999, "\\" * 1_999_999]
)
def test_pathological_strings_are_judged_in_linear_time(data: str) -> None:
    assert timed_refusal(data, 1.0).code in ("not_json", "bad_value")


def test_deep_python_structures_in_template_from_dict() -> None:
    nested: Any = []
    for _ in range(100_000):
        nested = [nested]
    with pytest.raises(TemplateError):
        template_from_dict({**document(), "sections": nested})
    with pytest.raises(TemplateError):
        template_from_dict({**document(), "extra": nested})


def test_hundred_thousand_items_are_too_many_quickly() -> None:
    raw = json.dumps(document(sections=[section("s", *([{}] * 100_000))]))
    error = timed_refusal(raw, 1.0)
    assert (error.code, error.path) == ("too_many", "/sections/0/items")
    spread = document(sections=[section(f"s{i}", *([{}] * 1000)) for i in range(100)])
    assert timed_refusal(json.dumps(spread), 1.0).code == "too_many"


def test_largest_allowed_template_reads_in_good_time() -> None:
    sections = [
        section(f"s{s}", *[item(f"q{s}_{i}", "number", limits={"low": 0, "high": 1},
                                 guidance={"zh": "说" * 150, "en": "g" * 150})
                           for i in range(200)])
        for s in range(10)
    ]  # fmt: skip
    text = json.dumps(document(sections=sections), ensure_ascii=False)
    template = parse_template(text)
    assert len(template.items()) == 2000


@pytest.mark.parametrize(
    "literal", ["NaN", "Infinity", "-Infinity", "1e999", "-1e999", "1" * 400]
)  # fmt: skip
def test_non_finite_numbers_are_refused_with_their_path(literal: str) -> None:
    raw = json.dumps(document(item("q", weight=1)))
    for old, path in (('"weight": 1', "/sections/0/items/0/weight"), ('"version": 1', "/version")):
        error = refusal(raw.replace(old, old.split(":")[0] + ": " + literal))
        assert (error.code, error.path) == ("bad_value", path), error


WRONG_VALUES = [None, True, 0, -1, 1.5, "", "x", [], [1], {}, {"a": 1}]


def _pointers(value: Any, path: str = "") -> list[str]:
    found = [path]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _pointers(inner, f"{path}/{key}")
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _pointers(inner, f"{path}/{index}")
    return found


def _replace(value: Any, parts: list[str], new: Any) -> Any:
    if not parts:
        return new
    head, rest = parts[0], parts[1:]
    if isinstance(value, list):
        copy = list(value)
        copy[int(head)] = _replace(copy[int(head)], rest, new)
        return copy
    return {**value, head: _replace(value[head], rest, new)}


def _rich_document() -> dict[str, Any]:
    return document(
        description={"zh": "说明", "en": "About"},
        scoring={"pass_percent": 70},
        sections=[
            section("a", item("q1", guidance={"zh": "g", "en": "g"}),
                    item("n", "number", unit="mg/L", limits={"low": 1, "high": 2},
                         photos={"min": 0, "max": 2})),
            section("b", item("c", "multi_choice", options=[
                        {"code": "x", "text": {"zh": "x", "en": "x"}, "score": 1},
                        {"code": "y", "text": {"zh": "y", "en": "y"}, "score": 0,
                         "finding": True}]),
                    item("t", "text", max_length=20, show_if={"item": "c", "in": ["x", "y"]}),
                    item("p", "photo", photos={"min": 1, "max": 3}),
                    item("d", "date", show_if={"item": "q1", "equals": "no"})),
        ],
    )  # fmt: skip


def test_wrong_types_everywhere_are_template_errors_at_their_path() -> None:
    base = _rich_document()
    template_from_dict(base)
    checked = 0
    for pointer in _pointers(base):
        if not pointer:
            continue
        parts = pointer.split("/")[1:]
        for wrong in WRONG_VALUES:
            changed = _replace(base, parts, wrong)
            try:
                template_from_dict(changed)
            except TemplateError as error:
                # The refusal points at the changed value, inside it, or at a rule it breaks
                # elsewhere (a show_if naming what became invalid, the item holding it).
                assert error.path, error
                checked += 1
            with contextlib.suppress(TemplateError):
                parse_template(json.dumps(changed))
    assert checked > 300


def test_wrong_type_at_a_leaf_names_that_leaf() -> None:
    base = _rich_document()
    for pointer in _pointers(base):
        parts = pointer.split("/")[1:]
        leaf = _leaf(base, parts)
        if not parts or isinstance(leaf, dict | list) or parts[-1] in ("item", "code"):
            continue
        wrong: Any = [leaf]  # a list where a scalar belongs is never valid
        error = refusal(_replace(base, parts, wrong))
        assert error.path == pointer, (pointer, error)


def _leaf(value: Any, parts: list[str]) -> Any:
    for part in parts:
        value = value[int(part)] if isinstance(value, list) else value[part]
    return value


# --- property tests -------------------------------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner,
                                                                  max_size=5),
    max_leaves=30,
)  # fmt: skip


def _only_template_errors(action: Any) -> None:
    try:
        result = action()
    except TemplateError as error:
        assert error.code and isinstance(error.path, str)
    else:
        assert isinstance(result, Template)


@given(st.text(max_size=200) | st.binary(max_size=200))
def test_any_text_or_bytes_raise_only_template_error(data: str | bytes) -> None:
    _only_template_errors(lambda: parse_template(data))


@given(JSON)
def test_any_json_structure_raises_only_template_error(data: Any) -> None:
    _only_template_errors(lambda: template_from_dict(data))
    _only_template_errors(lambda: parse_template(json.dumps(data)))


KEYS = st.sampled_from(
    ["format", "code", "version", "name", "zh", "en", "items", "kind", "text", "show_if",
     "equals", "in", "item", "options", "score", "photos", "min", "max", "limits", "low",
     "high", "weight", "required", "max_length", "unit", "x"]
)  # fmt: skip


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=100)
@given(templates(), st.data())
def test_mutated_templates_raise_only_template_error(template: Template, data: Any) -> None:
    """One change anywhere in a valid document: a template or a TemplateError, nothing else."""
    base = template_to_dict(template)
    pointer = data.draw(st.sampled_from(_pointers(base)))
    parts = pointer.split("/")[1:]
    action = data.draw(st.sampled_from(["replace", "delete", "add"]))
    if action == "replace" or not parts:
        changed = _replace(base, parts, data.draw(JSON | st.sampled_from(WRONG_VALUES)))
    else:
        parent = _leaf(base, parts[:-1])
        copy: Any
        if isinstance(parent, dict):
            copy = dict(parent)
            if action == "delete":
                del copy[parts[-1]]
            else:
                copy[data.draw(KEYS)] = data.draw(JSON)
        else:
            copy = list(parent)
            if action == "delete":
                del copy[int(parts[-1])]
            else:
                copy.insert(int(parts[-1]), data.draw(JSON))
        changed = _replace(base, parts[:-1], copy)
    _only_template_errors(lambda: template_from_dict(changed))
    _only_template_errors(lambda: parse_template(json.dumps(changed, ensure_ascii=False)))


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=100)
@given(templates())
def test_round_trip_of_generated_templates(template: Template) -> None:
    assert parse_template(template_to_json(template)) == template
    assert parse_template(template_to_json(template).encode()) == template
    assert template_from_dict(template_to_dict(template)) == template
    validate_template(template)
