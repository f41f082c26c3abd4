"""Writing a workflow definition back to its document form (docs/workflow-format.md).

Keys at their defaults are left out so a written file reads like a hand-written one; whole
numbers are written as integers, a task with one role as `"role": "engineer"`.
`parse_definition(definition_to_json(d)) == d` for every definition the parser accepts.
"""

from __future__ import annotations

import json
import math
from typing import Any

from domain.workflow_model import (
    FORMAT_VERSION,
    FieldSpec,
    FieldType,
    Step,
    StepCondition,
    StepKind,
    Text,
    Value,
    WorkflowDefinition,
    WorkflowError,
)

__all__ = ["definition_to_dict", "definition_to_json"]


def definition_to_json(definition: WorkflowDefinition) -> str:
    """Stable, readable UTF-8 JSON ending in a newline."""
    try:
        document = definition_to_dict(definition)
        text = json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False)
    except ValueError as error:  # a definition built in code with NaN somewhere
        raise WorkflowError("bad_value", "", str(error)[:200]) from None
    return text + "\n"


def definition_to_dict(definition: WorkflowDefinition) -> dict[str, Any]:
    """The document form, keys in the order the format describes them."""
    document: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "code": definition.code,
        "version": definition.version,
        "name": _text(definition.name),
    }
    if definition.description is not None:
        document["description"] = _text(definition.description)
    document["triggers"] = [trigger.value for trigger in definition.triggers]
    document["fields"] = [_field(spec) for spec in definition.fields]
    document["steps"] = [_step(step) for step in definition.steps]
    if definition.on_complete is not None:
        document["on_complete"] = definition.on_complete.value
    return document


def _field(spec: FieldSpec) -> dict[str, Any]:
    document: dict[str, Any] = {
        "code": spec.code,
        "label": _text(spec.label),
        "type": spec.type.value,
    }
    if spec.type is FieldType.NUMBER and spec.unit:
        document["unit"] = spec.unit
    if spec.type is FieldType.CHOICE:
        document["choices"] = [
            {"code": choice.code, "label": _text(choice.label)} for choice in spec.choices
        ]
    return document


def _step(step: Step) -> dict[str, Any]:
    document: dict[str, Any] = {
        "code": step.code,
        "name": _text(step.name),
        "kind": step.kind.value,
    }
    if step.kind is StepKind.TASK:
        _task(step, document)
    else:
        _approval(step, document)
    if step.time_limit_hours is not None:
        document["time_limit_hours"] = _number(step.time_limit_hours)
    if step.escalate_to is not None:
        document["escalate_to"] = step.escalate_to.value
    if step.when:
        document["when"] = [_condition(condition) for condition in step.when]
    return document


def _task(step: Step, document: dict[str, Any]) -> None:
    if len(step.roles) == 1:
        document["role"] = step.roles[0].value
    elif step.roles:
        document["role"] = [role.value for role in step.roles]
    if step.department:
        document["department"] = step.department
    if step.person_field is not None:
        document["person_field"] = step.person_field
    if step.fields:
        document["fields"] = list(step.fields)
    if step.required:
        document["required"] = list(step.required)
    if step.evidence:
        document["evidence"] = step.evidence


def _approval(step: Step, document: dict[str, Any]) -> None:
    approvers: list[dict[str, Any]] = []
    for approver in step.approvers:
        entry: dict[str, Any] = {"role": approver.role.value}
        if approver.department:
            entry["department"] = approver.department
        approvers.append(entry)
    document["approvers"] = approvers
    if step.meaning is not None:
        document["meaning"] = _text(step.meaning)
    if step.on_reject is not None:
        document["on_reject"] = step.on_reject


def _condition(condition: StepCondition) -> dict[str, Any]:
    return {"field": condition.field, "op": condition.op.value, "value": _value(condition.value)}


def _value(value: Value) -> Value:
    return value if isinstance(value, bool | str) else _number(value)


def _number(value: float) -> float | int:
    whole = math.isfinite(value) and value == int(value) and abs(value) < 2**53
    return int(value) if whole else value


def _text(text: Text) -> dict[str, str]:
    return {"zh": text.zh, "en": text.en}
