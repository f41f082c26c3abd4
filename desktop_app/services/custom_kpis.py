"""User-defined KPIs: formulas in the safe expression language over records, energy, tags and KPIs.

Plants track indicators of their own (water per batch, steam per tonne, a customer's scrap rate)
beside the seven built-in ones. A definition is checked completely when it is saved — every name
known, units consistent with the declared unit, no loop through other KPIs — so that a report
months later never meets a formula that cannot work. At compute time a missing input or a zero
denominator gives no value and says why; it is never shown as 0.

The pure rules (`definition_problems`) are shared with the formula dialog, which checks as the
user types with exactly the rules the service applies.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change, row_values
from desktop_app.services.custom_kpi_inputs import RECORD_NAMES, PeriodInputs
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.kpi_totals import GatheredTotals
from domain.energy import REFERENCE, Carrier
from domain.expressions import Expression, ExpressionError, check, evaluate, evaluation_order, parse
from domain.instrument_rules import Problem
from domain.kpis import (
    BUILTIN,
    Better,
    KpiDefinition,
    KpiInput,
    KpiValue,
    PeriodTotals,
    emission_definition,
)
from domain.readings import now_ms
from domain.records import POLLUTANTS
from domain.roles import Actor, Permission
from domain.units import DIMENSIONLESS, Quantity, UnitError, convert, parse_unit, same_dimension
from storage.models import KpiDefinitionRecord, KpiTargetRecord, Tag

CODE_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,63}")
MAX_UNIT_LENGTH = 32
_NOT_LOGGED = ("created_by", "created_ms")
_TEXT_LIMITS = {"name_zh": 100, "name_en": 100, "area_zh": 64, "area_en": 64}
_FORMULA_NAME = re.compile(r"[^\W\d]\w*(?:\.\w+)*")
"""What the expression tokenizer reads as one name: tags named otherwise cannot be used."""


def formula_names(
    session: Session, *, custom: Sequence[KpiDefinition] | None = None
) -> dict[str, str]:
    """Every name a formula may use → its unit, in the order a picker lists them.

    - the record totals (`RECORD_NAMES`), `pollutant.<code>` loads in kg;
    - `energy_kgce`: comprehensive energy (GB/T 2589), `energy.<carrier>`: a carrier's net
      quantity (purchased + produced − sold) in its reference unit (kWh, m³, kg, MJ…);
    - `tag.<name>`: a counter's consumption over the period in the tag's unit; for any other
      numeric tag the period's mean value (readings weighted equally) in its unit. Tags whose
      name the expression language cannot read (e.g. with "-") and text tags are left out;
    - `kpi.<code>`: built-in KPIs (emission intensities for every pollutant) and the custom
      KPIs `custom` (default: the stored ones), in their declared units.
    """
    names = dict(RECORD_NAMES)
    names.update({f"pollutant.{code}": "kg" for code in POLLUTANTS})
    names["energy_kgce"] = "kgce"
    names.update({f"energy.{c.value}": REFERENCE[c].unit for c in Carrier})
    rows = session.execute(
        select(Tag.name, Tag.unit).where(Tag.data_type != "string").order_by(Tag.name)
    )
    names.update({f"tag.{n}": u for n, u in rows if _FORMULA_NAME.fullmatch(f"tag.{n}")})
    names.update(builtin_kpi_units())
    stored = custom_definitions(session) if custom is None else custom
    names.update({f"kpi.{d.code}": d.unit for d in stored})
    return names


def builtin_kpi_units() -> dict[str, str]:
    definitions = (*BUILTIN, *(emission_definition(p) for p in POLLUTANTS))
    return {f"kpi.{d.code}": d.unit for d in definitions}


def custom_definitions(session: Session) -> list[KpiDefinition]:
    """The site's own KPIs in the order they were created (the order the KPI table shows)."""
    rows = session.scalars(
        select(KpiDefinitionRecord).order_by(
            KpiDefinitionRecord.created_ms, KpiDefinitionRecord.code
        )
    )
    return [_definition(row) for row in rows]


def definition_problems(
    definition: KpiDefinition, names: Mapping[str, str], custom: Sequence[KpiDefinition]
) -> list[Problem]:
    """Why `definition` cannot be saved beside the custom KPIs `custom` with the catalogue
    `names` (see `formula_names`); [] when it can. Pure, for the service and the dialog."""
    problems = _text_problems(definition)
    unit_ok = _declared_unit_problems(definition.unit, problems)
    names = {**names, f"kpi.{definition.code}": definition.unit}
    try:
        expr = parse(definition.formula)
        result = check(expr, names)
    except ExpressionError as error:
        return [*problems, Problem("formula", error.code, error.detail)]
    if unit_ok and not _fits(result, definition.unit):
        detail = f"{result or '1'} ≠ {definition.unit or '1'}"
        problems.append(Problem("unit", "unit_mismatch", detail))
    if not problems:
        problems.extend(_graph_problems(definition, expr, names, custom))
    return problems


def define_kpi(
    session: Session, actor: Actor, definition: KpiDefinition, reason: str = ""
) -> KpiDefinition:
    """Create the custom KPI `definition.code`, or replace its definition; returns it as saved."""
    actor.require(Permission.MANAGE_KPIS)
    definition = _normalized(definition)
    custom = custom_definitions(session)
    problems = definition_problems(definition, formula_names(session, custom=custom), custom)
    if problems:
        first = problems[0]
        raise ConfigurationError(first.code, first.detail, first.field)
    row = session.get(KpiDefinitionRecord, definition.code)
    old = None if row is None else row_values(row, _NOT_LOGGED)
    if row is None:
        row = KpiDefinitionRecord(code=definition.code, created_by=actor.name, created_ms=now_ms())
        session.add(row)
    row.name_zh, row.name_en = definition.name_zh, definition.name_en
    row.area_zh, row.area_en = definition.area_zh, definition.area_en
    row.unit, row.better, row.formula = definition.unit, definition.better.value, definition.formula
    session.flush()
    action, new = "create" if old is None else "update", row_values(row, _NOT_LOGGED)
    record_change(session, actor, action, "kpi_definition", None, old=old, new=new, reason=reason)
    return definition


def delete_kpi(session: Session, actor: Actor, code: str, reason: str) -> None:
    """Remove a custom KPI nothing depends on: no other formula reads it, no target is set."""
    actor.require(Permission.MANAGE_KPIS)
    if not reason.strip():
        raise ConfigurationError("reason_required", "", "reason")
    row = session.get(KpiDefinitionRecord, code)
    if row is None:
        raise ConfigurationError("not_found", code, "code")
    users = [d.code for d in custom_definitions(session) if d.code != code and _reads(d, code)]
    if users:
        raise ConfigurationError("kpi_in_use", ", ".join(users), "code")
    target = session.scalar(
        select(KpiTargetRecord.id).where(KpiTargetRecord.kpi_code == code, KpiTargetRecord.active)
    )
    if target is not None:
        raise ConfigurationError("kpi_has_target", code, "code")
    old = row_values(row, _NOT_LOGGED)
    session.delete(row)
    record_change(session, actor, "delete", "kpi_definition", None, old=old, reason=reason)


def compute_custom(
    session: Session,
    first: date,
    last: date,
    totals: GatheredTotals | PeriodTotals,
    builtin: Sequence[KpiValue],
    *,
    definitions: Sequence[KpiDefinition] | None = None,
) -> list[KpiValue]:
    """Every custom KPI (`definitions`, default the stored ones) for the days [first, last],
    each after the KPIs it reads, in the definitions' order. Only the names a formula uses are
    looked up, so a tag is queried only when some formula reads it."""
    custom = custom_definitions(session) if definitions is None else list(definitions)
    if not custom:
        return []
    gathered = totals if isinstance(totals, GatheredTotals) else None
    period = gathered.totals if gathered else totals
    assert isinstance(period, PeriodTotals)
    kpis = {value.code: value for value in builtin}
    units = {**builtin_kpi_units(), **{f"kpi.{d.code}": d.unit for d in custom}}
    inputs = PeriodInputs(session, first, last, period, kpis, units)
    formulas: dict[str, Expression] = {}
    for d in custom:
        try:
            formulas[d.code] = parse(d.formula)
        except ExpressionError as error:
            kpis[d.code] = KpiValue(d.code, None, d.unit, (), reason=error.code)
    order, looped = _order(formulas)
    by_code = {d.code: d for d in custom}
    for code in looped:
        kpis[code] = KpiValue(code, None, by_code[code].unit, (), reason="cycle")
    energy_error = gathered.energy_error if gathered else ""
    for code in order:
        kpis[code] = _compute_one(by_code[code], formulas[code], inputs, energy_error)
    return [kpis[d.code] for d in custom]


def value_in_unit(result: Quantity, declared: str) -> float:
    """The formula's result in the KPI's declared unit; raises UnitError across dimensions.

    A plain number (nothing left after units cancel) declared as %, ‰, ppm or no unit is taken
    as written, the way plants write `100 * a / b` for a percentage (`value_unit_is_plain`);
    declared as a ratio of units such as kg/t it is converted (`pollutant.cod / production`
    gives kg per t).
    """
    if value_unit_is_plain(result.unit, declared):
        return result.value
    return convert(result.value, result.unit, declared)


def value_unit_is_plain(result_unit: str, declared: str) -> bool:
    """True when a result in `result_unit` is shown as it is in `declared` (see value_in_unit)."""
    try:
        result, target = parse_unit(result_unit), parse_unit(declared)
    except UnitError:
        return False
    pure = all(parse_unit(symbol).is_dimensionless for symbol, _ in target.terms)
    return result == DIMENSIONLESS and target.is_dimensionless and pure


def _compute_one(
    definition: KpiDefinition, expr: Expression, inputs: PeriodInputs, energy_error: str
) -> KpiValue:
    found = {name: inputs.get(name) for name in _ordered_names(expr)}
    known = tuple(i for i in found.values() if i is not None)
    values = {i.name: None if i.value is None else Quantity(i.value, i.unit) for i in known}
    code, unit = definition.code, definition.unit
    try:
        value = value_in_unit(evaluate(expr, values), unit)
    except ExpressionError as error:
        if error.code != "missing_value":
            return KpiValue(code, None, unit, known, reason=error.code)
        missing = _missing(expr, values, found)
        energy = any(n == "energy_kgce" or n.startswith("energy.") for n in missing)
        reason = energy_error if energy and energy_error else "missing_inputs"
        return KpiValue(code, None, unit, known, missing, reason)
    except UnitError:
        return KpiValue(code, None, unit, known, reason="unit_mismatch")
    return KpiValue(code, value, unit, known)


def _missing(
    expr: Expression,
    values: Mapping[str, Quantity | None],
    found: Mapping[str, KpiInput | None],
) -> tuple[str, ...]:
    """The inputs the formula needed and lacked. Each one reported is filled with a stand-in
    and the formula tried again, so names that if_missing covers are not listed."""
    trial = dict(values)
    missing: list[str] = []
    for _ in range(len(values) + 1):
        try:
            evaluate(expr, trial)
        except ExpressionError as error:
            stand_in = found.get(error.detail)
            if error.code != "missing_value" or stand_in is None or error.detail in missing:
                break
            missing.append(error.detail)
            trial[error.detail] = Quantity(1.0, stand_in.unit)
            continue
        break
    return tuple(missing)


def _order(formulas: Mapping[str, Expression]) -> tuple[list[str], list[str]]:
    """(evaluation order, codes caught in a loop). Saved definitions have no loops, but a
    report must still show the others if a database was edited by hand."""
    remaining = dict(formulas)
    looped: list[str] = []
    while True:
        try:
            return evaluation_order(remaining), looped
        except ExpressionError as error:
            loop = set(error.detail.split(" → ")) & set(remaining) or set(remaining)
            looped.extend(sorted(loop))
            for code in loop:
                del remaining[code]


def _ordered_names(expr: Expression) -> list[str]:
    """The formula's names in the order they first appear, so inputs read like the formula."""

    def where(name: str) -> int:
        found = re.search(rf"(?<![\w.]){re.escape(name)}(?![\w.])", expr.source)
        return found.start() if found else len(expr.source)

    return sorted(expr.names(), key=lambda name: (where(name), name))


def _text_problems(definition: KpiDefinition) -> list[Problem]:
    problems: list[Problem] = []
    if not CODE_PATTERN.fullmatch(definition.code):
        problems.append(Problem("code", "bad_code", definition.code))
    elif definition.code in {d.code for d in BUILTIN}:
        problems.append(Problem("code", "builtin_code", definition.code))
    for field in ("name_zh", "name_en"):
        if not str(getattr(definition, field)).strip():
            problems.append(Problem(field, "name_required"))
    for field, limit in _TEXT_LIMITS.items():
        if len(str(getattr(definition, field))) > limit:
            problems.append(Problem(field, "name_too_long", str(limit)))
    if str(definition.better) not in {b.value for b in Better}:
        problems.append(Problem("better", "bad_better", str(definition.better)))
    return problems


def _declared_unit_problems(unit: str, problems: list[Problem]) -> bool:
    """Adds the declared unit's problem to `problems`; True when the unit is usable."""
    if len(unit) > MAX_UNIT_LENGTH:
        problems.append(Problem("unit", "unit_too_long", str(MAX_UNIT_LENGTH)))
        return False
    try:
        parse_unit(unit)
    except UnitError:
        problems.append(Problem("unit", "bad_unit", unit))
        return False
    return True


def _graph_problems(
    definition: KpiDefinition,
    expr: Expression,
    names: Mapping[str, str],
    custom: Sequence[KpiDefinition],
) -> list[Problem]:
    """No loop through other custom KPIs, and every KPI that reads this one still checks with
    its new unit."""
    others = [d for d in custom if d.code != definition.code]
    formulas: dict[str, Expression] = {}
    for d in others:
        try:
            formulas[d.code] = parse(d.formula)
        except ExpressionError:
            continue  # a stored formula that no longer parses has no edges to follow
    formulas[definition.code] = expr
    try:
        evaluation_order(formulas)
    except ExpressionError as error:
        return [Problem("formula", error.code, error.detail)]
    reference = f"kpi.{definition.code}"
    for d in others:
        if d.code in formulas and reference in formulas[d.code].names():
            try:
                still = _fits(check(formulas[d.code], names), d.unit)
            except ExpressionError:
                still = False
            if not still:
                return [Problem("unit", "breaks_dependent", d.code)]
    return []


def _fits(result: str, declared: str) -> bool:
    """Whether a result in `result` can be shown in `declared` (same dimension)."""
    try:
        return same_dimension(result, declared)
    except UnitError:
        return False


def _reads(definition: KpiDefinition, code: str) -> bool:
    try:
        return f"kpi.{code}" in parse(definition.formula).names()
    except ExpressionError:
        return (
            re.search(rf"(?<![\w.])kpi\.{re.escape(code)}(?![\w.])", definition.formula) is not None
        )


def _normalized(definition: KpiDefinition) -> KpiDefinition:
    better = str(definition.better)
    return replace(
        definition,
        code=definition.code.strip(),
        name_zh=definition.name_zh.strip(),
        name_en=definition.name_en.strip(),
        area_zh=definition.area_zh.strip(),
        area_en=definition.area_en.strip(),
        unit=definition.unit.strip(),
        better=Better(better) if better in {b.value for b in Better} else definition.better,
        formula=definition.formula.strip(),
    )


def _definition(row: KpiDefinitionRecord) -> KpiDefinition:
    better = Better.HIGHER if row.better == Better.HIGHER.value else Better.LOWER
    return KpiDefinition(
        row.code, row.name_zh, row.name_en, row.area_zh, row.area_en, row.unit, better, row.formula
    )
