"""Check a workflow definition document key by key and build its `WorkflowDefinition`.

The format is docs/workflow-format.md. Definitions come from outside the program (an engineer's
file, a package from head office), so the reader trusts nothing: every refusal is a
`WorkflowError` whose `path` is a JSON pointer the editor can put the cursor on, and nothing else
escapes, whatever the input holds. The object-reading helpers are the checklist reader's; their
`TemplateError`s are handed on as `WorkflowError`s with the same code and pointer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from domain.checklist_fields import Fields, check_text, describe, load_json, pointer
from domain.checklist_model import TemplateError
from domain.roles import Role
from domain.workflow_model import (
    ACTING_ROLES,
    FORMAT_VERSION,
    Approver,
    Choice,
    Effect,
    FieldSpec,
    FieldType,
    Operator,
    Step,
    StepCondition,
    StepKind,
    Text,
    Trigger,
    WorkflowDefinition,
    WorkflowError,
    coerce_value,
)

__all__ = [
    "CODE",
    "END",
    "MAX_APPROVAL_LEVELS",
    "MAX_CONDITIONS",
    "MAX_EVIDENCE",
    "MAX_FIELDS",
    "MAX_STEPS",
    "MAX_TIME_LIMIT_HOURS",
    "definition_from_dict",
    "load_builtin_definitions",
    "parse_definition",
]

CODE = re.compile(r"[a-z][a-z0-9_]{0,63}")
END = "end"
"""`on_reject: "end"` closes the instance as rejected; no step may take this code."""
MAX_STEPS = 40
MAX_FIELDS = 100
MAX_APPROVAL_LEVELS = 5
MAX_CONDITIONS = 10
MAX_CHOICES = 50
MAX_ROLES = 3
MAX_EVIDENCE = 20
MAX_TIME_LIMIT_HOURS = 8760.0  # a year; longer is not a time limit
MAX_VERSION = 2_147_483_647
SHORT_TEXT = 200  # name, label
MEANING_TEXT = 1000  # what an approver's e-signature means
LONG_TEXT = 4000  # description
DEPARTMENT_LENGTH = 100
UNIT_LENGTH = 32
_E = TypeVar("_E", bound=StrEnum)


def parse_definition(document: str | bytes | Mapping[str, Any]) -> WorkflowDefinition:
    """The definition in a file's text or bytes, or in an already loaded JSON object.

    Raises only `WorkflowError`, whatever the input holds.
    """
    if isinstance(document, Mapping):
        return definition_from_dict(document)
    try:
        data = load_json(document)
    except TemplateError as error:
        raise WorkflowError(error.code, error.path, error.detail) from None
    return definition_from_dict(data)


def definition_from_dict(data: object) -> WorkflowDefinition:
    """The definition a loaded JSON document describes; raises `WorkflowError` for anything else."""
    try:
        return _Reader().definition(data)
    except WorkflowError:
        raise
    except TemplateError as error:
        raise WorkflowError(error.code, error.path, error.detail) from None
    except (RecursionError, MemoryError):
        raise WorkflowError("too_deep", "", "the document cannot be read") from None


def load_builtin_definitions(folder: Path) -> tuple[WorkflowDefinition, ...]:
    """Every `*.json` in `folder` (the shipped resources/workflows), in file-name order.

    A file whose code is not its file name is refused ("code_mismatch"), so two files can never
    claim the same workflow; the file name is put in front of the detail.
    """
    definitions: list[WorkflowDefinition] = []
    for path in sorted(folder.glob("*.json")):
        try:
            definition = parse_definition(path.read_bytes())
        except WorkflowError as error:
            raise WorkflowError(error.code, error.path, f"{path.name}: {error.detail}") from None
        if definition.code != path.stem:
            raise WorkflowError("code_mismatch", "/code", f"{path.name}: {definition.code}")
        definitions.append(definition)
    return tuple(definitions)


class _Reader:
    """Reads one document; remembers fields and steps seen so far for references."""

    def __init__(self) -> None:
        self.fields: dict[str, FieldSpec] = {}
        self.steps: list[Step] = []
        self.filled_by: dict[str, int] = {}  # field code → index of the step filling it
        self.references: list[tuple[int, str, str]] = []  # (step index, field, path)

    def definition(self, data: object) -> WorkflowDefinition:
        document = Fields(data, "")
        _check_format(document)
        code = document.text("code", pattern=CODE, max_length=64)
        version = document.integer("version", 1, MAX_VERSION)
        name = _text(document, "name", SHORT_TEXT)
        description = (
            _text(document, "description", LONG_TEXT) if document.has("description") else None
        )
        triggers = _triggers(document)
        for index, value in enumerate(_sized(document, "fields", 0, MAX_FIELDS)):
            self.field(value, pointer("/fields", index))
        raw_steps = _sized(document, "steps", 1, MAX_STEPS)
        for index, value in enumerate(raw_steps):
            self.steps.append(self.step(value, pointer("/steps", index), index))
        self.check_references()
        if all(step.when for step in self.steps):
            raise WorkflowError("all_conditional", "/steps", "every step has a when")
        on_complete = (
            _enum(document, "on_complete", Effect) if document.has("on_complete") else None
        )
        document.finish()
        fields = tuple(self.fields.values())
        steps = tuple(self.steps)
        return WorkflowDefinition(
            code, version, name, description, triggers, fields, steps, on_complete
        )

    def field(self, value: Any, path: str) -> None:
        fields = Fields(value, path)
        code = fields.text("code", pattern=CODE, max_length=64)
        if code in self.fields:
            raise WorkflowError("duplicate_code", fields.path("code"), code)
        label = _text(fields, "label", SHORT_TEXT)
        kind = _enum(fields, "type", FieldType)
        unit = fields.text("unit", "", max_length=UNIT_LENGTH) if kind is FieldType.NUMBER else ""
        choices = _choices(fields) if kind is FieldType.CHOICE else ()
        fields.finish()
        self.fields[code] = FieldSpec(code, label, kind, unit, choices)

    def step(self, value: Any, path: str, index: int) -> Step:
        fields = Fields(value, path)
        code = fields.text("code", pattern=CODE, max_length=64)
        if code == END:
            raise WorkflowError("reserved_code", fields.path("code"), END)
        if any(step.code == code for step in self.steps):
            raise WorkflowError("duplicate_code", fields.path("code"), code)
        name = _text(fields, "name", SHORT_TEXT)
        kind = _enum(fields, "kind", StepKind)
        when = self.conditions(fields, index)
        time_limit, escalate_to = _time_limit(fields)
        common: dict[str, Any] = {
            "code": code, "name": name, "kind": kind, "time_limit_hours": time_limit,
            "escalate_to": escalate_to, "when": when,
        }  # fmt: skip
        if kind is StepKind.TASK:
            step = Step(**common, **self.task(fields, index))
        else:
            step = Step(**common, **self.approval(fields))
        fields.finish()
        return step

    def task(self, fields: Fields, index: int) -> dict[str, Any]:
        person_field = None
        if fields.has("person_field"):
            person_field = self.field_code(fields.get("person_field"), fields.path("person_field"))
            if self.fields[person_field].type is not FieldType.PERSON:
                detail = f"{person_field} is not a person field"
                raise WorkflowError("bad_field_type", fields.path("person_field"), detail)
            self.references.append((index, person_field, fields.path("person_field")))
        roles: tuple[Role, ...] = ()
        if fields.has("role") or person_field is None:
            roles = _roles(fields.get("role"), fields.path("role"))
        department = fields.text("department", "", max_length=DEPARTMENT_LENGTH)
        filled = self.codes(fields, "fields")
        for position, code in enumerate(filled):
            if code in self.filled_by:
                where = pointer(fields.path("fields"), position)
                raise WorkflowError("field_filled_twice", where, code)
            self.filled_by[code] = index
        required = self.codes(fields, "required")
        for position, code in enumerate(required):
            if code not in filled:
                where = pointer(fields.path("required"), position)
                raise WorkflowError("not_in_fields", where, f"{code} is not in this step's fields")
        evidence = fields.integer("evidence", 0, MAX_EVIDENCE, 0)
        return {
            "roles": roles, "department": department, "person_field": person_field,
            "fields": filled, "required": required, "evidence": evidence,
        }  # fmt: skip

    def approval(self, fields: Fields) -> dict[str, Any]:
        path = fields.path("approvers")
        raw = _sized(fields, "approvers", 1, MAX_APPROVAL_LEVELS)
        approvers = tuple(_approver(value, pointer(path, i)) for i, value in enumerate(raw))
        meaning = _text(fields, "meaning", MEANING_TEXT)
        on_reject = None
        if fields.has("on_reject"):
            on_reject = fields.text("on_reject", max_length=64)
            earlier = {step.code: step.kind for step in self.steps}
            if on_reject != END and earlier.get(on_reject) is not StepKind.TASK:
                detail = f"{on_reject!r} is not an earlier task step or {END!r}"
                raise WorkflowError("bad_reject_target", fields.path("on_reject"), detail)
        return {"approvers": approvers, "meaning": meaning, "on_reject": on_reject}

    def conditions(self, fields: Fields, index: int) -> tuple[StepCondition, ...]:
        if not fields.has("when"):
            return ()
        path = fields.path("when")
        raw = _sized(fields, "when", 0, MAX_CONDITIONS)
        return tuple(self.condition(value, pointer(path, i), index) for i, value in enumerate(raw))

    def condition(self, value: Any, path: str, index: int) -> StepCondition:
        fields = Fields(value, path)
        code = self.field_code(fields.get("field"), fields.path("field"))
        self.references.append((index, code, fields.path("field")))
        spec = self.fields[code]
        op = _enum(fields, "op", Operator)
        if op not in (Operator.EQ, Operator.NE) and not spec.type.ordered:
            detail = f"{op.value} needs a number or date field; {code} is {spec.type.value}"
            raise WorkflowError("bad_operator", fields.path("op"), detail)
        raw = fields.get("value")
        checked = coerce_value(spec, raw)
        if checked is None:
            problem = "unknown_choice" if spec.type is FieldType.CHOICE else "bad_value"
            detail = f"{describe(raw)} is not a {spec.type.value} value of {code}"
            raise WorkflowError(problem, fields.path("value"), detail)
        fields.finish()
        return StepCondition(code, op, checked)

    def field_code(self, value: Any, path: str) -> str:
        code = check_text(value, path, 1, 64, CODE)
        if code not in self.fields:
            raise WorkflowError("unknown_field", path, code)
        return code

    def codes(self, fields: Fields, name: str) -> tuple[str, ...]:
        path = fields.path(name)
        raw = _sized(fields, name, 0, MAX_FIELDS, default=[])
        codes: list[str] = []
        for position, value in enumerate(raw):
            code = self.field_code(value, pointer(path, position))
            if code in codes:
                raise WorkflowError("duplicate_code", pointer(path, position), code)
            codes.append(code)
        return tuple(codes)

    def check_references(self) -> None:
        """A `when` or `person_field` may use only what is known when its step is reached:
        start fields and fields filled by earlier steps (checked once every step is read)."""
        for index, code, path in self.references:
            filled_at = self.filled_by.get(code)
            if filled_at is not None and filled_at >= index:
                detail = f"{code} is filled by step {self.steps[filled_at].code}, not earlier"
                raise WorkflowError("forward_reference", path, detail)


def _check_format(fields: Fields) -> None:
    """Checked first: a newer format may hold anything, so nothing else is judged."""
    value = fields.get("format")
    if isinstance(value, int) and not isinstance(value, bool) and value != FORMAT_VERSION:
        shown = value if abs(value) < 10**9 else "huge"
        raise WorkflowError("unsupported_format", "/format", f"format {shown} ≠ {FORMAT_VERSION}")
    fields.integer("format", FORMAT_VERSION, FORMAT_VERSION)


def _text(fields: Fields, name: str, max_length: int) -> Text:
    """A text a person reads; both languages, neither empty. Only short texts are one line."""
    inner = Fields(fields.get(name), fields.path(name))
    multiline = max_length > SHORT_TEXT
    zh = inner.text("zh", min_length=1, max_length=max_length, multiline=multiline)
    en = inner.text("en", min_length=1, max_length=max_length, multiline=multiline)
    inner.finish()
    return Text(zh, en)


def _enum(fields: Fields, name: str, kind: type[_E]) -> _E:
    return _enum_value(fields.get(name), fields.path(name), kind)


def _enum_value(value: Any, path: str, kind: type[_E]) -> _E:
    if isinstance(value, str):
        for member in kind:
            if member.value == value:
                return member
    allowed = ", ".join(member.value for member in kind)
    code = "bad_operator" if kind is Operator else "bad_value"
    raise WorkflowError(code, path, f"{describe(value)} is not one of {allowed}")


def _role(value: Any, path: str) -> Role:
    if isinstance(value, str):
        for role in ACTING_ROLES:
            if role.value == value:
                return role
    allowed = ", ".join(sorted(role.value for role in ACTING_ROLES))
    raise WorkflowError("bad_role", path, f"{describe(value)} is not one of {allowed}")


def _roles(value: Any, path: str) -> tuple[Role, ...]:
    """One role, or a list of roles any of which may do the task."""
    if not isinstance(value, list | tuple):
        return (_role(value, path),)
    if not 1 <= len(value) <= MAX_ROLES:
        raise WorkflowError("bad_value", path, f"{len(value)} roles, expected 1…{MAX_ROLES}")
    roles: list[Role] = []
    for index, item in enumerate(value):
        role = _role(item, pointer(path, index))
        if role in roles:
            raise WorkflowError("duplicate_code", pointer(path, index), role.value)
        roles.append(role)
    return tuple(roles)


def _approver(value: Any, path: str) -> Approver:
    fields = Fields(value, path)
    role = _role(fields.get("role"), fields.path("role"))
    department = fields.text("department", "", max_length=DEPARTMENT_LENGTH)
    fields.finish()
    return Approver(role, department)


def _sized(fields: Fields, name: str, low: int, high: int, default: Any = None) -> list[Any]:
    """The list under `name` with `low`…`high` entries ("too_many" above, "bad_value" below)."""
    raw = fields.array(name) if default is None else fields.array(name, default)
    if len(raw) > high:
        raise WorkflowError("too_many", fields.path(name), f"{len(raw)} > {high}")
    if len(raw) < low:
        raise WorkflowError("bad_value", fields.path(name), f"at least {low} needed")
    return raw


def _triggers(fields: Fields) -> tuple[Trigger, ...]:
    path = fields.path("triggers")
    raw = _sized(fields, "triggers", 1, len(Trigger))
    triggers: list[Trigger] = []
    for index, value in enumerate(raw):
        trigger = _enum_value(value, pointer(path, index), Trigger)
        if trigger in triggers:
            raise WorkflowError("duplicate_code", pointer(path, index), trigger.value)
        triggers.append(trigger)
    return tuple(triggers)


def _choices(fields: Fields) -> tuple[Choice, ...]:
    path = fields.path("choices")
    raw = fields.array("choices")
    if not 2 <= len(raw) <= MAX_CHOICES:
        raise WorkflowError("bad_value", path, f"{len(raw)} choices, expected 2…{MAX_CHOICES}")
    choices: list[Choice] = []
    for index, value in enumerate(raw):
        choice = Fields(value, pointer(path, index))
        code = choice.text("code", pattern=CODE, max_length=64)
        if any(known.code == code for known in choices):
            raise WorkflowError("duplicate_code", choice.path("code"), code)
        label = _text(choice, "label", SHORT_TEXT)
        choice.finish()
        choices.append(Choice(code, label))
    return tuple(choices)


def _time_limit(fields: Fields) -> tuple[float | None, Role | None]:
    """An optional time limit; `escalate_to` needs one (escalation happens when it runs out)."""
    limit = None
    if fields.has("time_limit_hours"):
        limit = fields.number("time_limit_hours", high=MAX_TIME_LIMIT_HOURS)
        if limit <= 0:
            raise fields.bad("time_limit_hours", f"{limit:g} is not above 0")
    escalate_to = None
    if fields.has("escalate_to"):
        if limit is None:
            detail = "escalate_to needs time_limit_hours"
            raise WorkflowError("bad_escalation", fields.path("escalate_to"), detail)
        escalate_to = _role(fields.get("escalate_to"), fields.path("escalate_to"))
    return limit, escalate_to
