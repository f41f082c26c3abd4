"""Reading workflow definitions (docs/workflow-format.md): each rule refused with its code and
JSON pointer, a written definition reads back equal, and no input makes anything but a
`WorkflowError` escape."""

from __future__ import annotations

import contextlib
import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.roles import Role
from domain.workflow_model import FieldType, Operator, StepKind, Trigger, WorkflowError
from domain.workflow_parser import load_builtin_definitions, parse_definition
from domain.workflow_writer import definition_to_dict, definition_to_json

T = {"zh": "文字", "en": "Text"}
Doc = dict[str, Any]


def _doc() -> Doc:
    """A small valid definition in canonical form (what the writer gives back)."""
    return {
        "format": 1,
        "code": "demo",
        "version": 1,
        "name": {"zh": "演示流程", "en": "Demo workflow"},
        "triggers": ["manual", "alarm"],
        "fields": [
            {"code": "amount", "label": T, "type": "number", "unit": "kg"},
            {"code": "kind", "label": T, "type": "choice", "choices": [
                {"code": "a", "label": T}, {"code": "b", "label": T}]},
            {"code": "note", "label": T, "type": "text"},
            {"code": "owner", "label": T, "type": "person"},
            {"code": "done_on", "label": T, "type": "date"},
            {"code": "ok", "label": T, "type": "bool"},
        ],
        "steps": [
            {"code": "fill", "name": T, "kind": "task", "role": "engineer",
             "fields": ["note", "owner", "ok"], "required": ["note"]},
            {"code": "check", "name": T, "kind": "approval",
             "approvers": [{"role": "engineer", "department": "生产部"}, {"role": "administrator"}],
             "meaning": T, "on_reject": "fill"},
            {"code": "act", "name": T, "kind": "task", "person_field": "owner",
             "fields": ["done_on"], "evidence": 1, "time_limit_hours": 24,
             "escalate_to": "engineer", "when": [{"field": "amount", "op": ">", "value": 10}]},
        ],
    }  # fmt: skip


def _refused(document: Any) -> WorkflowError:
    with pytest.raises(WorkflowError) as caught:
        parse_definition(document)
    return caught.value


def test_the_sample_parses_into_typed_values() -> None:
    definition = parse_definition(_doc())
    assert definition.code == "demo"
    assert definition.triggers == (Trigger.MANUAL, Trigger.ALARM)
    assert definition.field("amount").type is FieldType.NUMBER
    assert definition.field("kind").choice_codes() == ("a", "b")
    assert definition.start_fields == ("amount", "kind")
    fill, check, act = definition.steps
    assert fill.roles == (Role.ENGINEER,)
    assert check.kind is StepKind.APPROVAL
    assert [a.role for a in check.approvers] == [Role.ENGINEER, Role.ADMINISTRATOR]
    assert check.approvers[0].department == "生产部"
    assert act.person_field == "owner" and act.roles == ()
    assert act.when[0].op is Operator.GT and act.when[0].value == 10.0
    assert act.time_limit_hours == 24.0 and act.escalate_to is Role.ENGINEER


def test_text_bytes_and_dict_give_the_same_definition() -> None:
    text = json.dumps(_doc(), ensure_ascii=False)
    assert parse_definition(text) == parse_definition(text.encode()) == parse_definition(_doc())


def test_writing_gives_the_canonical_document_back() -> None:
    assert definition_to_dict(parse_definition(_doc())) == _doc()


def test_round_trip_of_optional_forms() -> None:
    doc = _doc()
    doc["description"] = {"zh": "说明\n第二行", "en": "About\nsecond line"}
    doc["on_complete"] = "close_action"
    doc["steps"][0]["role"] = ["engineer", "inspector"]
    doc["steps"][0]["time_limit_hours"] = 1.5
    doc["steps"][1].pop("on_reject")
    doc["steps"][2]["when"].append({"field": "kind", "op": "!=", "value": "b"})
    definition = parse_definition(doc)
    assert definition.steps[0].roles == (Role.ENGINEER, Role.INSPECTOR)
    assert parse_definition(definition_to_json(definition)) == definition


def test_builtins_round_trip() -> None:
    folder = Path(__file__).resolve().parents[2] / "resources" / "workflows"
    for definition in load_builtin_definitions(folder):
        assert parse_definition(definition_to_json(definition)) == definition


def test_null_optional_keys_count_as_absent() -> None:
    doc = _doc()
    doc["description"] = None
    doc["steps"][0]["department"] = None
    assert parse_definition(doc) == parse_definition(_doc())


def test_conditions_on_start_fields_and_earlier_steps_are_allowed() -> None:
    doc = _doc()
    doc["steps"][1]["when"] = [{"field": "ok", "op": "==", "value": True}]
    doc["steps"][2]["when"] = [{"field": "note", "op": "==", "value": "x"}]
    assert parse_definition(doc).steps[1].when[0].value is True


def _set(path: str, value: Any) -> Callable[[Doc], None]:
    """A change of the document at a slash path ("steps/0/role"); `...` deletes the key."""

    def change(doc: Doc) -> None:
        *parents, last = path.split("/")
        target: Any = doc
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        key: Any = int(last) if isinstance(target, list) else last
        if value is ...:
            del target[key]
        else:
            target[key] = value

    return change


def _many_steps(doc: Doc) -> None:
    doc["steps"] += [{"code": f"s{i}", "name": T, "kind": "task", "role": "engineer"}
                     for i in range(38)]  # fmt: skip


def _many_fields(doc: Doc) -> None:
    doc["fields"] += [{"code": f"f{i}", "label": T, "type": "text"} for i in range(95)]


def _all_conditional(doc: Doc) -> None:
    for step in doc["steps"]:
        step["when"] = [{"field": "amount", "op": "<", "value": 1}]


REFUSALS: list[tuple[str, Callable[[Doc], None], str, str]] = [
    ("newer format", _set("format", 2), "unsupported_format", "/format"),
    ("format as text", _set("format", "1"), "bad_value", "/format"),
    ("upper-case code", _set("code", "Demo"), "bad_code", "/code"),
    ("code too long", _set("code", "a" * 65), "bad_value", "/code"),
    ("version 0", _set("version", 0), "bad_value", "/version"),
    ("no name", _set("name", ...), "missing_key", "/name"),
    ("name without English", _set("name/en", ...), "missing_key", "/name/en"),
    ("empty Chinese name", _set("name/zh", ""), "bad_value", "/name/zh"),
    ("name too long", _set("name/zh", "长" * 201), "bad_value", "/name/zh"),
    ("unknown key", _set("colour", "red"), "unknown_key", "/colour"),
    ("unknown trigger", _set("triggers/1", "timer"), "bad_value", "/triggers/1"),
    ("no trigger", _set("triggers", []), "bad_value", "/triggers"),
    ("trigger twice", _set("triggers/1", "manual"), "duplicate_code", "/triggers/1"),
    ("field code twice", _set("fields/1/code", "amount"), "duplicate_code", "/fields/1/code"),
    ("unknown field type", _set("fields/0/type", "money"), "bad_value", "/fields/0/type"),
    ("unit on a text field", _set("fields/2/unit", "m"), "unknown_key", "/fields/2/unit"),
    ("one choice", _set("fields/1/choices", [{"code": "a", "label": T}]), "bad_value",
     "/fields/1/choices"),
    ("choice code twice", _set("fields/1/choices/1/code", "a"), "duplicate_code",
     "/fields/1/choices/1/code"),
    ("101 fields", _many_fields, "too_many", "/fields"),
    ("no steps", _set("steps", []), "bad_value", "/steps"),
    ("41 steps", _many_steps, "too_many", "/steps"),
    ("step code twice", _set("steps/1/code", "fill"), "duplicate_code", "/steps/1/code"),
    ("step called end", _set("steps/0/code", "end"), "reserved_code", "/steps/0/code"),
    ("unknown kind", _set("steps/0/kind", "review"), "bad_value", "/steps/0/kind"),
    ("task without role or person", _set("steps/0/role", ...), "missing_key", "/steps/0/role"),
    ("viewer task", _set("steps/0/role", "viewer"), "bad_role", "/steps/0/role"),
    ("unknown role", _set("steps/0/role", "boss"), "bad_role", "/steps/0/role"),
    ("viewer in a role list", _set("steps/0/role", ["engineer", "viewer"]), "bad_role",
     "/steps/0/role/1"),
    ("role twice", _set("steps/0/role", ["engineer", "engineer"]), "duplicate_code",
     "/steps/0/role/1"),
    ("viewer approver", _set("steps/1/approvers/0/role", "viewer"), "bad_role",
     "/steps/1/approvers/0/role"),
    ("six approval levels", _set("steps/1/approvers", [{"role": "engineer"}] * 6), "too_many",
     "/steps/1/approvers"),
    ("no approvers", _set("steps/1/approvers", []), "bad_value", "/steps/1/approvers"),
    ("approval without meaning", _set("steps/1/meaning", ...), "missing_key", "/steps/1/meaning"),
    ("approval filling fields", _set("steps/1/fields", ["note"]), "unknown_key",
     "/steps/1/fields"),
    ("task with approvers", _set("steps/0/approvers", []), "unknown_key", "/steps/0/approvers"),
    ("undeclared field", _set("steps/0/fields/0", "colour"), "unknown_field",
     "/steps/0/fields/0"),
    ("field listed twice", _set("steps/0/fields/1", "note"), "duplicate_code",
     "/steps/0/fields/1"),
    ("field filled by two steps", _set("steps/2/fields", ["done_on", "note"]),
     "field_filled_twice", "/steps/2/fields/1"),
    ("required outside fields", _set("steps/0/required", ["done_on"]),
     "not_in_fields", "/steps/0/required/0"),
    ("person_field undeclared", _set("steps/2/person_field", "boss"), "unknown_field",
     "/steps/2/person_field"),
    ("person_field not a person", _set("steps/2/person_field", "note"), "bad_field_type",
     "/steps/2/person_field"),
    ("when on an undeclared field", _set("steps/2/when/0/field", "colour"), "unknown_field",
     "/steps/2/when/0/field"),
    ("when on a later step's field",
     _set("steps/1/when", [{"field": "done_on", "op": "==", "value": "2024-01-01"}]),
     "forward_reference", "/steps/1/when/0/field"),
    ("when on the step's own field", _set("steps/2/when/0", {"field": "done_on", "op": "==",
     "value": "2024-01-01"}), "forward_reference", "/steps/2/when/0/field"),
    ("unknown operator", _set("steps/2/when/0/op", "~"), "bad_operator", "/steps/2/when/0/op"),
    ("order on a choice", _set("steps/2/when/0", {"field": "kind", "op": ">", "value": "a"}),
     "bad_operator", "/steps/2/when/0/op"),
    ("text for a number", _set("steps/2/when/0/value", "ten"), "bad_value",
     "/steps/2/when/0/value"),
    ("bool for a number", _set("steps/2/when/0/value", True), "bad_value",
     "/steps/2/when/0/value"),
    ("undeclared choice", _set("steps/2/when/0", {"field": "kind", "op": "==", "value": "c"}),
     "unknown_choice", "/steps/2/when/0/value"),
    ("number for a text", _set("steps/2/when/0", {"field": "note", "op": "==", "value": 1}),
     "bad_value", "/steps/2/when/0/value"),
    ("text for a bool", _set("steps/2/when/0", {"field": "ok", "op": "==", "value": "yes"}),
     "bad_value", "/steps/2/when/0/value"),
    ("when without value", _set("steps/2/when/0/value", ...), "missing_key",
     "/steps/2/when/0/value"),
    ("reject to a later step", _set("steps/1/on_reject", "act"), "bad_reject_target",
     "/steps/1/on_reject"),
    ("reject to an approval", _set("steps/1/on_reject", "check"), "bad_reject_target",
     "/steps/1/on_reject"),
    ("reject to nowhere", _set("steps/1/on_reject", "start"), "bad_reject_target",
     "/steps/1/on_reject"),
    ("every step conditional", _all_conditional, "all_conditional", "/steps"),
    ("zero hours", _set("steps/2/time_limit_hours", 0), "bad_value",
     "/steps/2/time_limit_hours"),
    ("more than a year", _set("steps/2/time_limit_hours", 8761), "bad_value",
     "/steps/2/time_limit_hours"),
    ("escalation without a limit", _set("steps/2/time_limit_hours", ...), "bad_escalation",
     "/steps/2/escalate_to"),
    ("escalation to a viewer", _set("steps/2/escalate_to", "viewer"), "bad_role",
     "/steps/2/escalate_to"),
    ("21 attachments", _set("steps/2/evidence", 21), "bad_value", "/steps/2/evidence"),
    ("negative evidence", _set("steps/2/evidence", -1), "bad_value", "/steps/2/evidence"),
    ("unknown effect", _set("on_complete", "explode"), "bad_value", "/on_complete"),
    ("long department", _set("steps/0/department", "部" * 101), "bad_value",
     "/steps/0/department"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("change", "code", "path"),
    [case[1:] for case in REFUSALS],
    ids=[case[0] for case in REFUSALS],
)
def test_each_rule_is_refused_with_its_code_and_pointer(
    change: Callable[[Doc], None], code: str, path: str
) -> None:
    doc = _doc()
    change(doc)
    error = _refused(doc)
    assert (error.code, error.path) == (code, path), error


def test_person_field_filled_by_its_own_step_is_a_forward_reference() -> None:
    doc = _doc()
    doc["steps"][0]["fields"] = ["note", "ok"]
    doc["steps"][2]["fields"] = ["done_on", "owner"]
    error = _refused(doc)
    assert (error.code, error.path) == ("forward_reference", "/steps/2/person_field")


def test_an_impossible_date_in_a_condition_is_refused() -> None:
    doc = _doc()
    doc["steps"][1]["when"] = [{"field": "done_on", "op": "<", "value": "2024-02-30"}]
    assert _refused(doc).path == "/steps/1/when/0/value"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (b"\xff\xfe", "not_utf8"),
        ("{", "not_json"),
        ('{"format": 1, "format": 1}', "duplicate_key"),
        ("[" * 50 + "]" * 50, "too_deep"),
        ("[]", "bad_value"),
        ('{"format": 99}', "unsupported_format"),
    ],
)
def test_broken_files_are_refused(text: str | bytes, code: str) -> None:
    assert _refused(text).code == code


def test_error_carries_code_path_and_detail() -> None:
    error = WorkflowError("bad_role", "/steps/0/role", "viewer")
    assert (error.code, error.path, error.detail) == ("bad_role", "/steps/0/role", "viewer")


KEYS = st.sampled_from(
    ["format", "code", "version", "name", "zh", "en", "triggers", "fields", "steps", "kind",
     "type", "label", "choices", "role", "approvers", "meaning", "when", "field", "op", "value",
     "on_reject", "required", "evidence", "person_field", "time_limit_hours", "escalate_to"]
)  # fmt: skip
LEAVES = (
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
    | st.sampled_from(["task", "approval", "engineer", "viewer", "==", ">", "note", "fill", 1])
)  # fmt: skip
JSON = st.recursive(
    LEAVES,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(KEYS | st.text(max_size=6), inner, max_size=6)
    ),
    max_leaves=40,
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(KEYS, JSON, max_size=10))
def test_random_documents_raise_only_workflow_errors(document: dict[str, Any]) -> None:
    with contextlib.suppress(WorkflowError):
        parse_definition(document)


def _spots(value: Any, found: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (container, key) in a document, to change one of them."""
    items = enumerate(value) if isinstance(value, list) else value.items()
    for key, inner in items:
        found.append((value, key))
        if isinstance(inner, dict | list):
            _spots(inner, found)
    return found


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_valid_document_with_one_thing_changed_is_read_or_refused(data: st.DataObject) -> None:
    doc = copy.deepcopy(_doc())
    container, key = data.draw(st.sampled_from(_spots(doc, [])))
    if data.draw(st.booleans()):
        del container[key]
    else:
        container[key] = data.draw(JSON)
    try:
        definition = parse_definition(doc)
    except WorkflowError:
        return
    assert parse_definition(definition_to_json(definition)) == definition


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200) | st.binary(max_size=200))
def test_random_text_raises_only_workflow_errors(text: str | bytes) -> None:
    with pytest.raises(WorkflowError):
        parse_definition(text)
