"""Gather a `MonthlyReport` for the days [first, last] from the same services the pages use.

The KPI table comes from `kpi_overview` (so the report's figures are the KPI page's), energy
from its `EnergyBalance`, water and waste from the period totals, inspections from the
checklist services, actions from the action register; the figures no page computes for a
date range are in `monthly_report_figures`. Everything is read in one read session, so the
report is one consistent snapshot, and the result holds no ORM object (it crosses threads).

`checkpoint(step, percent)` is called before each section: the writer reports progress there
and stops a cancelled report between sections.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.actions import ActionInfo, list_actions
from desktop_app.services.checklist_runs import COMPLETED, run_view
from desktop_app.services.configuration import load_site
from desktop_app.services.database import Database
from desktop_app.services.energy_conventions import convention_for
from desktop_app.services.kpi_overview import KpiOverview, kpi_overview
from desktop_app.services.kpi_totals import gather_totals
from desktop_app.services.monthly_report_figures import (
    alarms_summary,
    completeness_by_device,
    daily_energy,
)
from domain.actions import FINISHED_STATES, ActionState
from domain.checklist_model import Text
from domain.energy import EnergyConvention
from domain.energy_balance import FlowKind
from domain.kpis import Amount
from domain.readings import now_ms
from domain.records import POLLUTANTS
from reports.monthly_model import (
    ActionLine,
    ActionsSummary,
    AuditFinding,
    AuditRun,
    CarrierLine,
    ConventionStatement,
    DailyEnergy,
    EnergySummary,
    KpiLine,
    MonthlyReport,
    PollutantLine,
    WasteSummary,
    WaterBalance,
)
from reports.report_text import finding_reason
from storage.models import ActionEventRecord, ChecklistRunRecord
from storage.records import day_start_ms
from storage.rollup_arrays import DAY_MS

__all__ = ["STEPS", "Checkpoint", "gather_monthly_report", "period_bounds_ms"]

Checkpoint = Callable[[str, int], None]
STEPS = ("kpis", "energy", "water_waste", "alarms", "completeness", "audits", "actions")
"""The gathering steps, in order, as `checkpoint` names them (the GUI translates the names)."""
MAX_FINDINGS = 30


def period_bounds_ms(first: date, last: date) -> tuple[int, int]:
    """UTC ms of the local midnight starting `first` and of the one ending `last`."""
    return day_start_ms(first), day_start_ms(last) + DAY_MS


def gather_monthly_report(
    database: Database,
    first: date,
    last: date,
    *,
    generated_ms: int | None = None,
    checkpoint: Checkpoint | None = None,
    progress_span: tuple[int, int] = (0, 60),
) -> MonthlyReport:
    """The report's data; `checkpoint` gets each step with a percent inside `progress_span`."""
    if last < first:
        raise ValueError(f"the period ends before it starts: {first} .. {last}")
    low, high = progress_span

    def step(index: int) -> None:
        if checkpoint is not None:
            checkpoint(STEPS[index], low + (high - low) * index // len(STEPS))

    start_ms, end_ms = period_bounds_ms(first, last)
    with database.reading() as session:
        site = load_site(session)
        step(0)
        overview = kpi_overview(session, first, last)
        step(1)
        convention = convention_for(session, first.year)
        energy = _energy(overview, daily_energy(session, first, last, convention))
        step(2)
        water, waste = _water_and_waste(session, first, last, convention)
        step(3)
        alarms = alarms_summary(session, start_ms, end_ms)
        step(4)
        completeness = completeness_by_device(session, start_ms, end_ms)
        step(5)
        audits, findings = _audits(session, start_ms, end_ms)
        step(6)
        actions = _actions(session, last, start_ms, end_ms)
    return MonthlyReport(
        first=first,
        last=last,
        site_name=Text(site.name, site.name_en) if site else Text("", ""),
        site_code=site.code if site else "",
        timezone=site.timezone if site else "",
        generated_ms=generated_ms if generated_ms is not None else now_ms(),
        kpis=_kpis(overview),
        energy=energy,
        water=water,
        waste=waste,
        alarms=alarms,
        completeness=completeness,
        audits=audits,
        findings=findings,
        actions=actions,
    )


def _kpis(overview: KpiOverview) -> tuple[KpiLine, ...]:
    return tuple(
        KpiLine(
            code=row.definition.code,
            name=Text(row.definition.name_zh, row.definition.name_en),
            area=Text(row.definition.area_zh, row.definition.area_en),
            value=row.value.value,
            unit=row.value.unit or row.definition.unit,
            target=row.target.target.target_value if row.target else None,
            baseline=row.target.target.baseline_value if row.target else None,
            better=str(row.definition.better),
            status=row.status.state if row.status else None,
            department=row.target.target.department if row.target else "",
            reason=row.value.reason,
        )
        for row in overview.rows
    )


def _statement(described: dict[str, object]) -> ConventionStatement:
    gas = described.get("natural_gas_kgce_per_m3")
    overrides = described.get("site_overrides") or {}
    assert isinstance(overrides, dict)
    return ConventionStatement(
        standard=str(described["standard"]),
        year=int(str(described["year"])),
        electricity_basis=str(described["electricity_basis"]),
        electricity_kgce_per_kwh=float(str(described["electricity_kgce_per_kwh"])),
        natural_gas_kgce_per_m3=None if gas is None else float(str(gas)),
        overrides=tuple((str(k), float(v)) for k, v in sorted(overrides.items())),
    )


def _energy(overview: KpiOverview, daily: tuple[DailyEnergy, ...]) -> EnergySummary:
    report = overview.report
    balance = report.balance
    statement = _statement(report.convention)
    if balance is None:
        return EnergySummary((), None, (), report.energy_error, statement, daily)
    total = balance.comprehensive_kgce
    lines = tuple(
        CarrierLine(
            carrier=line.carrier.value,
            kind=line.kind.value,
            quantity=line.quantity,
            unit=line.unit,
            coefficient=line.coefficient.kgce_per_unit,
            kgce=line.kgce,
            share_percent=(
                100.0 * line.kgce / total if total > 0 and line.kind is not FlowKind.SOLD else None
            ),
        )
        for line in sorted(balance.lines, key=lambda line: (line.kind is FlowKind.SOLD, -line.kgce))
    )
    missing = tuple(sorted({flow.carrier.value for flow in balance.missing}))
    known = total if balance.lines else None  # every carrier unknown: no total, not 0 kgce
    return EnergySummary(lines, known, missing, report.energy_error, statement, daily)


def _water_and_waste(
    session: Session, first: date, last: date, convention: EnergyConvention
) -> tuple[WaterBalance, WasteSummary]:
    totals = gather_totals(session, first, last, convention)
    t = totals.totals
    production = t.production.value
    reclaimed, wastewater = t.reclaimed_water.value, t.wastewater.value
    reuse = 100.0 * reclaimed / wastewater if reclaimed is not None and wastewater else None
    water = WaterBalance(t.fresh_water.value, reclaimed, wastewater, reuse, production)
    pollutants = tuple(
        PollutantLine(
            code,
            Text(POLLUTANTS[code].name_zh, POLLUTANTS[code].name_en),
            amount.value,
            _per_tonne(amount, production),
        )
        for code, amount in sorted(t.pollutants.items())
    )
    waste = WasteSummary(t.solid_waste.value, t.hazardous_waste.value, production, pollutants)
    return water, waste


def _per_tonne(amount: Amount, production: float | None) -> float | None:
    if amount.value is None or not production:
        return None
    return amount.value / production


def _audits(
    session: Session, start_ms: int, end_ms: int
) -> tuple[tuple[AuditRun, ...], tuple[AuditFinding, ...]]:
    """Inspections completed in the period, oldest first, and their findings."""
    ids = session.scalars(
        select(ChecklistRunRecord.id)
        .where(
            ChecklistRunRecord.status == COMPLETED,
            ChecklistRunRecord.finished_ms >= start_ms,
            ChecklistRunRecord.finished_ms < end_ms,
        )
        .order_by(ChecklistRunRecord.finished_ms, ChecklistRunRecord.id)
    ).all()
    runs: list[AuditRun] = []
    findings: list[AuditFinding] = []
    for run_id in ids:
        view = run_view(session, run_id)
        summary, assessment = view.summary, view.assessment
        title = summary.title or view.template.name.pick(True)
        runs.append(
            AuditRun(
                run_id,
                view.template.name,
                summary.title,
                summary.finished_ms,
                summary.score_percent,
                assessment.passed,
                len(assessment.findings),
            )
        )
        for finding in assessment.findings:
            item = view.template.item(finding.item)
            findings.append(AuditFinding(title, item.text, finding_reason(item, finding)))
    return tuple(runs), tuple(findings[:MAX_FINDINGS])


def _actions(session: Session, last: date, start_ms: int, end_ms: int) -> ActionsSummary:
    """Open and overdue as of now (overdue: due before the period's last day); closed: verified
    or closed during the period, from the action history."""
    actions = list_actions(session)
    settled = set(
        session.scalars(
            select(ActionEventRecord.action_id).where(
                ActionEventRecord.to_state.in_(
                    [ActionState.VERIFIED.value, ActionState.CLOSED.value]
                ),
                ActionEventRecord.at_ms >= start_ms,
                ActionEventRecord.at_ms < end_ms,
            )
        )
    )

    def line(a: ActionInfo) -> ActionLine:
        return ActionLine(a.title, a.department, a.person, a.due, a.priority, a.state)

    open_ = [a for a in actions if a.state not in FINISHED_STATES]
    return ActionsSummary(
        open=tuple(line(a) for a in open_),
        overdue=tuple(line(a) for a in open_ if a.due is not None and a.due < last),
        closed=tuple(line(a) for a in actions if a.id in settled),
    )


def month_days(first: date) -> tuple[date, date]:
    """The calendar month holding `first`."""
    start = first.replace(day=1)
    following = (start + timedelta(days=32)).replace(day=1)
    return start, following - timedelta(days=1)
