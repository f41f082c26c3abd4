"""Cleaner-production evaluation of a period: which indicator system, and where each value is from.

Systems are the shipped sample (`resources/evaluation/*.json`, read-only) plus the ones a site
imports. A site adopts a system by exporting the sample (or its industry's document) as JSON,
editing it in any editor and importing it under its own code; the sample's code stays reserved,
so a later release can correct the sample without a stale site copy hiding the correction.

An indicator linked to a KPI takes the KPI's value for the period, converted to the indicator's
unit, and nothing else: a hand-entered figure would silently stand in for a period nobody
measured. Every other indicator takes its stored input (a qualitative level, or a figure such
as the product pass rate). Either can be marked not applicable. Whatever has no value is
reported with the reason, and the domain scores it 0 — a plant is never rated on a guess.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from importlib import resources
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.kpis import KpiReport, compute_kpis
from domain.evaluation import (
    QUALITATIVE_NONE,
    Evaluation,
    EvaluationError,
    Indicator,
    IndicatorResult,
    IndicatorSystem,
    Kind,
    evaluate,
    system_from_dict,
    system_to_dict,
    validate,
)
from domain.instrument_rules import Problem
from domain.kpis import BUILTIN
from domain.readings import now_ms
from domain.records import POLLUTANTS
from domain.roles import Actor, Permission
from domain.units import UnitError, convert
from storage.models import EvaluationInputRecord, EvaluationSystemRecord

log = logging.getLogger(__name__)

MAX_SYSTEM_BYTES = 1_000_000
MAX_NOTE_LENGTH = 500
MISSING = "missing"
INPUT = "input"
KPI_PREFIX = "kpi:"


class SystemOrigin(StrEnum):
    BUILTIN = "builtin"
    IMPORTED = "imported"


@dataclass(frozen=True)
class SystemEntry:
    system: IndicatorSystem
    origin: SystemOrigin
    active: bool
    """The site's system in use; the first built-in one when the site has imported none."""
    imported_by: str = ""
    imported_ms: int | None = None


@dataclass(frozen=True)
class StoredInput:
    indicator_code: str
    value: float | None
    not_applicable: bool
    note: str
    updated_by: str
    updated_ms: int


@dataclass(frozen=True)
class IndicatorSource:
    """Where an indicator's value came from: "kpi:<code>", "input", or "missing" (see `reason`).

    `value` is in the indicator's own unit. `reason` says why a value is missing: the KPI's own
    reason ("missing_inputs", "zero_denominator", …), "no_kpi_value", "unknown_kpi",
    "unit_mismatch", "no_input" or "stale_input" (a stored value the current system refuses).
    """

    code: str
    source: str
    value: float | None
    reason: str = ""
    not_applicable: bool = False
    note: str = ""


@dataclass(frozen=True)
class EvaluationView:
    entry: SystemEntry
    first: date
    last: date
    evaluation: Evaluation
    sources: tuple[IndicatorSource, ...]
    inputs: tuple[StoredInput, ...]

    @property
    def system(self) -> IndicatorSystem:
        return self.entry.system

    def source(self, code: str) -> IndicatorSource:
        return next(s for s in self.sources if s.code == code)

    def result(self, code: str) -> IndicatorResult | None:
        return next((r for r in self.evaluation.results if r.code == code), None)

    def indicator(self, code: str) -> Indicator:
        return next(i for i in self.system.indicators if i.code == code)

    def stored_input(self, code: str) -> StoredInput | None:
        return next((i for i in self.inputs if i.indicator_code == code), None)


class SystemRejected(ConfigurationError):
    """A system document that cannot be imported; `problems` lists everything wrong with it.

    `code`, `detail` and `field` are those of the first problem (`field` a JSON pointer).
    """

    def __init__(self, problems: list[Problem]) -> None:
        first = problems[0]
        super().__init__(first.code, first.detail, first.field)
        self.problems = tuple(problems)


# --- systems ---------------------------------------------------------------------------------


@cache
def builtin_systems() -> tuple[IndicatorSystem, ...]:
    """The systems shipped with the application, by code; a broken one is a release bug."""
    folder = resources.files("resources").joinpath("evaluation")
    found = [
        system_from_dict(json.loads(item.read_text(encoding="utf-8")))
        for item in folder.iterdir()
        if item.name.endswith(".json") and item.is_file()
    ]
    return tuple(sorted(found, key=lambda system: system.code))


def available_systems(session: Session) -> tuple[SystemEntry, ...]:
    """The built-in systems, then the imported ones by code; exactly one is `active`."""
    rows = list(
        session.scalars(select(EvaluationSystemRecord).order_by(EvaluationSystemRecord.code))
    )
    imported: list[SystemEntry] = []
    for row in rows:
        try:
            system = system_from_dict(json.loads(row.json))
        except (ValueError, EvaluationError) as error:  # not after a validated import
            log.warning("stored evaluation system %s cannot be read: %s", row.code, error)
            continue
        imported.append(
            SystemEntry(system, SystemOrigin.IMPORTED, row.active, row.imported_by, row.imported_ms)
        )
    any_active = any(entry.active for entry in imported)
    builtin = [
        SystemEntry(system, SystemOrigin.BUILTIN, not any_active and index == 0)
        for index, system in enumerate(builtin_systems())
    ]
    return (*builtin, *imported)


def system_entry(session: Session, code: str | None = None) -> SystemEntry:
    """The system `code`, or the site's active one when None; `unknown_system` otherwise."""
    entries = available_systems(session)
    found = next(
        (e for e in entries if (e.active if code is None else e.system.code == code)), None
    )
    if found is None:
        raise ConfigurationError("unknown_system", code or "", "system")
    return found


def parse_system(text: str) -> IndicatorSystem:
    """A system from its JSON text, checked in shape and content; `SystemRejected` otherwise."""
    if len(text.encode("utf-8")) > MAX_SYSTEM_BYTES:
        raise SystemRejected([Problem("/", "too_large", f"> {MAX_SYSTEM_BYTES} bytes")])
    try:
        data = json.loads(text)
    except RecursionError:
        raise SystemRejected([Problem("/", "too_deep", "")]) from None
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}: {error.msg}"
        raise SystemRejected([Problem("/", "not_json", where)]) from None
    except ValueError as error:
        raise SystemRejected([Problem("/", "not_json", str(error)[:200])]) from None
    try:
        system = system_from_dict(data)
    except EvaluationError as error:
        raise SystemRejected([Problem(error.path or "/", error.code, error.detail)]) from None
    problems = validate(system)
    if problems:
        raise SystemRejected(problems)
    return system


def read_system_file(path: Path) -> str:
    """The text of a system file; refuses what is not UTF-8 or is too large to be one."""
    try:
        if path.stat().st_size > MAX_SYSTEM_BYTES:
            raise ConfigurationError("too_large", f"> {MAX_SYSTEM_BYTES} bytes", "file")
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigurationError("not_utf8", path.name, "file") from None
    except OSError as error:
        raise ConfigurationError("unreadable", f"{path.name}: {error.strerror}", "file") from None


def import_system(session: Session, actor: Actor, text: str, reason: str = "") -> IndicatorSystem:
    """Store a system document (replacing an earlier import of the same code) as the active one."""
    actor.require(Permission.MANAGE_KPIS)
    system = parse_system(text)
    if any(builtin.code == system.code for builtin in builtin_systems()):
        raise ConfigurationError("builtin_code", system.code, "/code")
    for other in session.scalars(
        select(EvaluationSystemRecord).where(EvaluationSystemRecord.active)
    ):
        other.active = False  # before adding the new row: this query autoflushes
    row = session.get(EvaluationSystemRecord, system.code)
    old = _summary(system_from_dict(json.loads(row.json))) if row is not None else None
    if row is None:
        row = EvaluationSystemRecord(code=system.code)
        session.add(row)
    row.json = json.dumps(system_to_dict(system), ensure_ascii=False, sort_keys=True)
    row.active = True
    row.imported_by = actor.name
    row.imported_ms = now_ms()
    session.flush()
    record_change(
        session, actor, "import", "evaluation_system", None,
        old=old, new=_summary(system), reason=reason,
    )  # fmt: skip
    return system


def export_system(session: Session, code: str) -> str:
    """The system as an indented JSON document that `import_system` reads back unchanged."""
    system = system_entry(session, code).system
    return json.dumps(system_to_dict(system), ensure_ascii=False, indent=2) + "\n"


def _summary(system: IndicatorSystem) -> dict[str, object]:
    return {
        "code": system.code, "name": system.name_zh, "version": system.version,
        "sample": system.sample, "rule": system.rule.value, "indicators": len(system.indicators),
    }  # fmt: skip


# --- inputs ----------------------------------------------------------------------------------


def stored_inputs(session: Session, system_code: str) -> tuple[StoredInput, ...]:
    rows = session.scalars(
        select(EvaluationInputRecord)
        .where(EvaluationInputRecord.system_code == system_code)
        .order_by(EvaluationInputRecord.indicator_code)
    )
    return tuple(
        StoredInput(r.indicator_code, r.value, r.not_applicable, r.note, r.updated_by, r.updated_ms)
        for r in rows
    )


def set_input(
    session: Session,
    actor: Actor,
    system_code: str,
    indicator_code: str,
    value: float | None,
    not_applicable: bool = False,
    note: str = "",
) -> None:
    """Store (or, with no value, no n/a mark and no note, remove) an indicator's own value.

    A KPI-linked indicator takes no value here, only the not-applicable mark: its value is the
    KPI's for the period evaluated.
    """
    actor.require(Permission.MANAGE_KPIS)
    system = system_entry(session, system_code).system
    indicator = next((i for i in system.indicators if i.code == indicator_code), None)
    if indicator is None:
        raise ConfigurationError("unknown_indicator", indicator_code, "indicator")
    if value is not None:
        _check_value(indicator, value)
    if len(note) > MAX_NOTE_LENGTH:
        raise ConfigurationError("note_too_long", str(MAX_NOTE_LENGTH), "note")
    row = session.get(EvaluationInputRecord, (system_code, indicator_code))
    old = _input_values(row) if row is not None else None
    if value is None and not not_applicable and not note.strip():
        if row is not None:
            session.delete(row)
            record_change(session, actor, "delete", "evaluation_input", None, old=old)
        return
    if row is None:
        row = EvaluationInputRecord(system_code=system_code, indicator_code=indicator_code)
        session.add(row)
    row.value = None if value is None else float(value)
    row.not_applicable = not_applicable
    row.note = note.strip()
    row.updated_by = actor.name
    row.updated_ms = now_ms()
    session.flush()
    action = "create" if old is None else "update"
    record_change(session, actor, action, "evaluation_input", None, old=old, new=_input_values(row))


def _check_value(indicator: Indicator, value: float) -> None:
    if indicator.kpi is not None:
        raise ConfigurationError("kpi_linked", indicator.kpi, "value")
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ConfigurationError("not_finite", repr(value), "value")
    if indicator.kind is Kind.QUALITATIVE and value not in (QUALITATIVE_NONE, 1, 2, 3):
        raise ConfigurationError("bad_qualitative_value", repr(value), "value")


def _input_values(row: EvaluationInputRecord) -> dict[str, object]:
    return {
        "system": row.system_code, "indicator": row.indicator_code, "value": row.value,
        "not_applicable": row.not_applicable, "note": row.note,
    }  # fmt: skip


# --- evaluation ------------------------------------------------------------------------------


def evaluate_period(
    session: Session, system_code: str | None, first: date, last: date
) -> EvaluationView:
    """Evaluate `system_code` (None: the active system) on the KPIs of `first`..`last`."""
    if last < first:
        raise ConfigurationError("bad_period", f"{first} > {last}", "period")
    entry = system_entry(session, system_code)
    system = entry.system
    inputs = stored_inputs(session, system.code)
    by_code = {i.indicator_code: i for i in inputs}
    report = compute_kpis(session, first, last) if any(i.kpi for i in system.indicators) else None
    sources = tuple(_source(i, by_code.get(i.code), report) for i in system.indicators)
    values = {s.code: s.value for s in sources if s.value is not None}
    dropped = [s.code for s in sources if s.not_applicable]
    try:
        evaluation = evaluate(system, values, dropped)
    except EvaluationError as error:
        raise ConfigurationError(error.code, error.detail, error.path or "system") from None
    return EvaluationView(entry, first, last, evaluation, sources, inputs)


def _source(
    indicator: Indicator, stored: StoredInput | None, report: KpiReport | None
) -> IndicatorSource:
    not_applicable = stored is not None and stored.not_applicable
    note = stored.note if stored is not None else ""
    if indicator.kpi is not None:
        source = KPI_PREFIX + indicator.kpi
        value, reason = _kpi_value(indicator, report)
        return IndicatorSource(
            indicator.code, source if value is not None else MISSING, value, reason,
            not_applicable, note,
        )  # fmt: skip
    if stored is None or stored.value is None:
        return IndicatorSource(indicator.code, MISSING, None, "no_input", not_applicable, note)
    try:
        _check_value(indicator, stored.value)
    except ConfigurationError:
        return IndicatorSource(indicator.code, MISSING, None, "stale_input", not_applicable, note)
    return IndicatorSource(indicator.code, INPUT, stored.value, "", not_applicable, note)


def _kpi_value(indicator: Indicator, report: KpiReport | None) -> tuple[float | None, str]:
    assert indicator.kpi is not None and report is not None
    kpi = report.value(indicator.kpi)
    if kpi is None:  # a pollutant's KPI exists only for periods with data on it
        return None, "missing_inputs" if _builtin_kpi(indicator.kpi) else "unknown_kpi"
    if kpi.value is None:
        return None, kpi.reason or "no_kpi_value"
    if not indicator.unit or not kpi.unit:
        return kpi.value, ""
    try:
        return convert(kpi.value, kpi.unit, indicator.unit), ""
    except UnitError:
        return None, "unit_mismatch"


def _builtin_kpi(code: str) -> bool:
    pollutant = code.removeprefix("emission.")
    return any(d.code == code for d in BUILTIN) or (pollutant != code and pollutant in POLLUTANTS)
