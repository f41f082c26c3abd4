"""The values a workflow definition holds; parsing lives in `domain.workflow_parser`.

A workflow (an approval of an energy over-limit, a hazardous-waste transfer, a corrective
action) is data the plant can change without a program change (docs/workflow-format.md). These
classes carry only what the file format can say; every text a person reads is a bilingual
`Text`, shared with the checklist templates. The state machine is `domain.workflow_engine`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cached_property

from domain.checklist_model import Text
from domain.roles import Role

__all__ = [
    "ACTING_ROLES",
    "FORMAT_VERSION",
    "Approver",
    "Choice",
    "Effect",
    "FieldSpec",
    "FieldType",
    "Operator",
    "Step",
    "StepCondition",
    "StepKind",
    "Text",
    "Trigger",
    "Value",
    "WorkflowDefinition",
    "WorkflowError",
    "WorkflowStepError",
    "coerce_value",
]

FORMAT_VERSION = 1
MAX_VALUE_TEXT = 4000
"""The longest text value an instance field may hold (a cause analysis, not a report)."""
MAX_PERSON_NAME = 64
ACTING_ROLES = frozenset({Role.ADMINISTRATOR, Role.ENGINEER, Role.INSPECTOR})
"""Roles a step may be given to; a viewer only reads."""

Value = str | float | bool
"""text, choice code, ISO date or user name | number | bool."""

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


class WorkflowError(ValueError):
    """A definition that cannot be used: a code the UI translates, a JSON pointer to the spot,
    and a detail for the log (English, never shown as the message)."""

    def __init__(self, code: str, path: str = "", detail: str = "") -> None:
        where = f" at {path}" if path else ""
        super().__init__(f"{code}{where}: {detail}" if detail else f"{code}{where}")
        self.code = code
        self.path = path
        self.detail = detail


class WorkflowStepError(ValueError):
    """An action on an instance that the rules refuse; `field` names the field at fault."""

    def __init__(self, code: str, field: str | None = None) -> None:
        super().__init__(f"{code}: {field}" if field else code)
        self.code = code
        self.field = field


class Trigger(StrEnum):
    """What may start an instance; the service offers a definition only for its triggers."""

    MANUAL = "manual"
    ALARM = "alarm"
    KPI_BREACH = "kpi_breach"
    AUDIT_FINDING = "audit_finding"
    CREDENTIAL_EXPIRY = "credential_expiry"
    KPI_TARGET_CHANGE = "kpi_target_change"


class FieldType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    CHOICE = "choice"
    DATE = "date"
    BOOL = "bool"
    PERSON = "person"

    @property
    def ordered(self) -> bool:
        """Whether `<`, `>` and friends mean something (ISO dates sort as text)."""
        return self in (FieldType.NUMBER, FieldType.DATE)


class StepKind(StrEnum):
    TASK = "task"
    APPROVAL = "approval"


class Operator(StrEnum):
    EQ = "=="
    NE = "!="
    GT = ">"
    GE = ">="
    LT = "<"
    LE = "<="


class Effect(StrEnum):
    """A named effect the service layer carries out when an instance completes."""

    APPLY_KPI_TARGET = "apply_kpi_target"
    CLOSE_ACTION = "close_action"
    RENEW_CREDENTIAL = "renew_credential"


@dataclass(frozen=True)
class Choice:
    code: str
    label: Text


@dataclass(frozen=True)
class FieldSpec:
    """One entry of an instance's data catalogue; `unit` only for numbers, `choices` only for
    choices."""

    code: str
    label: Text
    type: FieldType
    unit: str = ""
    choices: tuple[Choice, ...] = ()

    def choice_codes(self) -> tuple[str, ...]:
        return tuple(choice.code for choice in self.choices)


@dataclass(frozen=True)
class StepCondition:
    """`when`: the step runs only if `values[field] op value`; a missing value never holds."""

    field: str
    op: Operator
    value: Value


@dataclass(frozen=True)
class Approver:
    """One approval level; the department is for routing and display, not checked here (an
    actor carries a role, not a department)."""

    role: Role
    department: str = ""


@dataclass(frozen=True)
class Step:
    """A task (someone fills fields and attaches evidence) or an approval (sequential levels
    sign with `meaning`). Kind-foreign fields keep their defaults."""

    code: str
    name: Text
    kind: StepKind
    roles: tuple[Role, ...] = ()
    department: str = ""
    person_field: str | None = None
    fields: tuple[str, ...] = ()
    required: tuple[str, ...] = ()
    evidence: int = 0
    approvers: tuple[Approver, ...] = ()
    meaning: Text | None = None
    on_reject: str | None = None
    time_limit_hours: float | None = None
    escalate_to: Role | None = None
    when: tuple[StepCondition, ...] = ()


@dataclass(frozen=True)
class WorkflowDefinition:
    """A workflow at one version; an instance keeps the version it was started with."""

    code: str
    version: int
    name: Text
    description: Text | None
    triggers: tuple[Trigger, ...]
    fields: tuple[FieldSpec, ...]
    steps: tuple[Step, ...]
    on_complete: Effect | None = None

    def step(self, code: str) -> Step:
        """The step with that code; `KeyError` when there is none."""
        return self.steps[self.step_index(code)]

    def step_index(self, code: str) -> int:
        return self._step_index[code]

    def field(self, code: str) -> FieldSpec:
        """The field with that code; `KeyError` when there is none."""
        return self._field_index[code]

    @cached_property
    def start_fields(self) -> tuple[str, ...]:
        """Fields no step fills: given when the instance starts, all of them required."""
        filled = {code for step in self.steps for code in step.fields}
        return tuple(spec.code for spec in self.fields if spec.code not in filled)

    @cached_property
    def _step_index(self) -> dict[str, int]:
        index: dict[str, int] = {}
        for position, step in enumerate(self.steps):
            index.setdefault(step.code, position)
        return index

    @cached_property
    def _field_index(self) -> dict[str, FieldSpec]:
        index: dict[str, FieldSpec] = {}
        for spec in self.fields:
            index.setdefault(spec.code, spec)
        return index


def coerce_value(spec: FieldSpec, raw: object) -> Value | None:
    """`raw` as a value of the field's type, or None when it is not one.

    Numbers are stored as floats (JSON does not tell 5 from 5.0), dates as ISO text so that
    they compare in order; text may hold newlines but no other control characters.
    """
    kind = spec.type
    if kind is FieldType.BOOL:
        return raw if isinstance(raw, bool) else None
    if kind is FieldType.NUMBER:
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            return None
        try:
            number = float(raw)
        except OverflowError:
            return None
        return number if number - number == 0 else None  # finite
    if not isinstance(raw, str) or _CONTROL.search(raw):
        return None
    if kind is FieldType.CHOICE:
        return raw if raw in spec.choice_codes() else None
    if kind is FieldType.DATE:
        return raw if _is_iso_date(raw) else None
    if kind is FieldType.PERSON:
        name = raw.strip()
        one_line = not any(char in name for char in "\r\n\t")
        return name if 0 < len(name) <= MAX_PERSON_NAME and one_line else None
    return raw if len(raw) <= MAX_VALUE_TEXT else None


def _is_iso_date(text: str) -> bool:
    if not _ISO_DATE.fullmatch(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True
