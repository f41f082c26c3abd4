"""The energy-accounting convention of each year: stored, validated, change-logged.

A year without a stored convention uses the equivalent value for electricity and has no
natural-gas coefficient: the standard leaves that choice to the site, so natural gas cannot be
converted until someone makes it (the KPI says so instead of guessing).
"""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change
from desktop_app.services.errors import ConfigurationError
from domain.energy import Carrier, ElectricityBasis, EnergyConvention, convention_problems
from domain.readings import now_ms
from domain.roles import Actor, Permission
from storage.models import EnergyConventionRecord


def convention_for(session: Session, year: int) -> EnergyConvention:
    row = session.get(EnergyConventionRecord, year)
    if row is None:
        return EnergyConvention(year=year)
    return EnergyConvention(
        year=row.year,
        electricity_basis=ElectricityBasis(row.electricity_basis),
        equal_value_kgce_per_kwh=row.equal_value_kgce_per_kwh,
        natural_gas_kgce_per_m3=row.natural_gas_kgce_per_m3,
        overrides={Carrier(k): float(v) for k, v in json.loads(row.overrides or "{}").items()},
    )


def set_convention(
    session: Session, actor: Actor, convention: EnergyConvention, reason: str = ""
) -> None:
    actor.require(Permission.MANAGE_KPIS)
    problems = convention_problems(convention)
    if problems:
        field, code, detail = problems[0]
        raise ConfigurationError(code, detail, field)
    old = convention_for(session, convention.year).describe()
    row = session.get(EnergyConventionRecord, convention.year)
    if row is None:
        row = EnergyConventionRecord(year=convention.year)
        session.add(row)
    row.electricity_basis = convention.electricity_basis.value
    row.equal_value_kgce_per_kwh = convention.equal_value_kgce_per_kwh
    row.natural_gas_kgce_per_m3 = convention.natural_gas_kgce_per_m3
    row.overrides = json.dumps({c.value: v for c, v in sorted(convention.overrides.items())})
    row.updated_by = actor.name
    row.updated_ms = now_ms()
    session.flush()
    record_change(
        session,
        actor,
        "update",
        "energy_convention",
        convention.year,
        old=old,
        new=convention.describe(),
        reason=reason,
    )
