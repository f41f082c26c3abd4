"""Gather an `AuditReport` for the days [first, last] from the services the pages use.

The period's KPIs, energy, water, waste, inspections and actions are gathered by
`monthly_report_data.gather_monthly_report`, exactly as for the monthly report; this module adds,
in one further read session, the instruments, the KPI targets, the cleaner-production evaluation
(`evaluation.evaluate_period`), the ISO 50006 baseline fitted before the period
(`energy_baseline`), the register of options with their economics and realised savings
(`project_queries`, `project_savings`, judged with the meters up to the period's last day), the
PDCA reviews and green procurement. A figure that cannot be had is reported with its reason
code, never as 0. The result holds no ORM object (it crosses threads).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy.orm import Session

from desktop_app.services.configuration import load_bus_configs, load_tag_catalog
from desktop_app.services.database import Database
from desktop_app.services.energy_baseline import baseline_analysis, default_baseline, earliest_day
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.evaluation import EvaluationView, evaluate_period
from desktop_app.services.kpi_targets import active_targets
from desktop_app.services.monthly_report_data import gather_monthly_report
from desktop_app.services.procurement_kpi import green_procurement
from desktop_app.services.project_queries import ProjectInfo, list_projects
from desktop_app.services.project_savings import realised_for
from desktop_app.services.review_queries import get_review, list_reviews
from desktop_app.services.supplier_queries import list_suppliers
from domain.checklist_model import Text
from domain.evaluation import Kind, Level
from reports.audit_model import (
    AuditReport,
    BaselineSummary,
    EvaluationIndicator,
    EvaluationSummary,
    HoldingBack,
    InstrumentLine,
    OptionLine,
    ProcurementSummary,
    RealisedLine,
    ReviewLine,
    SupplierLine,
    TargetLine,
)
from reports.monthly_model import KpiLine

__all__ = ["AUDIT_STEPS", "gather_audit_report"]

Checkpoint = Callable[[str, int], None]
AUDIT_STEPS = ("instruments", "evaluation", "baseline", "options", "reviews", "procurement")
"""The steps after the period's (`monthly_report_data.STEPS`), as `checkpoint` names them."""
GRANULARITY = "day"
"""Days, as the realised savings judge them: a few months hold too few weeks for a model."""


def gather_audit_report(
    database: Database,
    first: date,
    last: date,
    *,
    generated_ms: int | None = None,
    checkpoint: Checkpoint | None = None,
) -> AuditReport:
    """The audit report's data; `checkpoint(step, percent)` runs from 0 to 60 %."""
    period = gather_monthly_report(
        database, first, last, generated_ms=generated_ms, checkpoint=checkpoint,
        progress_span=(0, 30),
    )  # fmt: skip

    def step(index: int) -> None:
        if checkpoint is not None:
            checkpoint(AUDIT_STEPS[index], 30 + 30 * index // len(AUDIT_STEPS))

    with database.reading() as session:
        step(0)
        instruments = _instruments(session)
        targets = _targets(session, period.kpis)
        step(1)
        evaluation, evaluation_error = _evaluation(session, first, last)
        step(2)
        baseline = _baseline(session, first, last)
        step(3)
        options = tuple(_option(session, p, last) for p in list_projects(session))
        step(4)
        reviews = _reviews(session, first, last)
        step(5)
        procurement = _procurement(session, first, last)
    return AuditReport(
        period=period,
        instruments=instruments,
        targets=targets,
        evaluation=evaluation,
        evaluation_error=evaluation_error,
        baseline=baseline,
        options=options,
        reviews=reviews,
        procurement=procurement,
    )


def _instruments(session: Session) -> tuple[InstrumentLine, ...]:
    carriers: dict[int, set[str]] = {}
    for tag in load_tag_catalog(session):
        if tag.carrier and tag.is_counter:
            carriers.setdefault(tag.device_id, set()).add(tag.carrier)
    return tuple(
        InstrumentLine(
            bus=Text(bus.name, bus.name_en or bus.name),
            device=Text(device.label or device.name, device.label_en or device.label),
            protocol=bus.kind.value,
            endpoint=bus.endpoint,
            tags=len(device.tags),
            counters=sum(1 for t in device.tags if t.is_counter),
            carriers=tuple(sorted(carriers.get(device.id, ()))),
            enabled=bus.enabled and device.enabled,
        )
        for bus in load_bus_configs(session)
        for device in bus.devices
    )


def _targets(session: Session, kpis: tuple[KpiLine, ...]) -> tuple[TargetLine, ...]:
    """Every active target, in the KPI table's order (built-ins first, then the site's own)."""
    known = {k.code: k for k in kpis}
    order = {code: i for i, code in enumerate(known)}
    lines = []
    for code, info in active_targets(session).items():
        kpi = known.get(code)
        t = info.target
        name = kpi.name if kpi else Text(code, code)
        unit = kpi.unit if kpi else ""
        line = TargetLine(code, name, unit, t.baseline_value, t.target_value, t.start,
                          t.deadline, t.department, t.person)  # fmt: skip
        lines.append(line)
    return tuple(sorted(lines, key=lambda line: (order.get(line.code, len(order)), line.code)))


def _evaluation(session: Session, first: date, last: date) -> tuple[EvaluationSummary | None, str]:
    try:
        view = evaluate_period(session, None, first, last)
    except ConfigurationError as error:
        return None, error.code
    return _evaluation_summary(view), ""


def _evaluation_summary(view: EvaluationView) -> EvaluationSummary:
    system, evaluation = view.system, view.evaluation
    groups = {g.code: Text(g.name_zh, g.name_en) for g in system.groups}
    names = {i.code: Text(i.name_zh, i.name_en) for i in system.indicators}
    indicators = []
    for indicator in system.indicators:
        source, result = view.source(indicator.code), view.result(indicator.code)
        indicators.append(
            EvaluationIndicator(
                code=indicator.code,
                group=groups.get(indicator.group, Text(indicator.group, indicator.group)),
                name=names[indicator.code],
                unit=indicator.unit,
                qualitative=indicator.kind is Kind.QUALITATIVE,
                benchmarks=indicator.benchmarks,
                limiting=indicator.limiting,
                value=source.value,
                achieved=int(result.achieved) if result and result.achieved else None,
                source=source.source,
                reason=source.reason,
                not_applicable=source.not_applicable,
            )
        )
    rating = evaluation.rating
    target = Level.III if rating is None else Level(max(1, rating - 1))
    holding = tuple(
        HoldingBack(s.code, names[s.code], s.gain, s.required, s.limiting, s.missing)
        for s in evaluation.holding_back()
    )
    return EvaluationSummary(
        system=Text(system.name_zh, system.name_en),
        system_code=system.code,
        version=system.version,
        source=system.source,
        sample=system.sample,
        rule=system.rule.value,
        y_I=evaluation.y_I,
        y_II=evaluation.y_II,
        y_III=evaluation.y_III,
        rating=None if rating is None else int(rating),
        target_level=int(target),
        indicators=tuple(indicators),
        holding_back=holding,
    )


def _baseline(session: Session, first: date, last: date) -> BaselineSummary:
    """The 12 months before the audit (or from the first day with data) against the audit."""
    if earliest_day(session) is None:
        return BaselineSummary(None, None, GRANULARITY, error="no_data")
    base_first, base_last = default_baseline(session, first)
    if base_last < base_first:
        return BaselineSummary(None, None, GRANULARITY, error="no_baseline_period")
    try:
        analysis = baseline_analysis(
            session, base_first, base_last, first, last, GRANULARITY, today=last + timedelta(1)
        )
    except ConfigurationError as error:
        return BaselineSummary(base_first, base_last, GRANULARITY, error=error.code)
    model, savings = analysis.model, analysis.savings
    return BaselineSummary(
        base_first, base_last, GRANULARITY,
        intercept=model.intercept,
        production_coefficient=model.production_coefficient,
        n=model.n,
        r_squared=model.r_squared,
        cv_rmse=model.cv_rmse,
        warnings=analysis.warnings,
        expected_kgce=savings.expected_total if savings else None,
        actual_kgce=savings.actual_total if savings else None,
        savings_kgce=savings.savings if savings else None,
        savings_percent=savings.savings_percent if savings else None,
        cusum=tuple((p.start, c) for p, c in zip(analysis.report, analysis.cusum, strict=True)),
    )  # fmt: skip


def _option(session: Session, project: ProjectInfo, last: date) -> OptionLine:
    """The option with its economics and, once implemented, what the meters show up to `last`."""
    economics = project.economics
    realised = None
    if project.implemented_on is not None:
        r = realised_for(session, project, today=last + timedelta(days=1))
        realised = RealisedLine(
            r.reason, r.promised_kgce_per_year, r.promised_cny_per_year,
            r.realised_kgce_per_year, r.realised_cny_per_year, r.realised_percent,
            r.days_judged, r.r_squared,
        )  # fmt: skip
    f = project.fields
    return OptionLine(
        code=f.code,
        title=f.title,
        description=f.description,
        cost_class=f.cost_class,
        source_kind=f.source_kind,
        status=project.status.value,
        department=f.department,
        person=f.person,
        implemented_on=project.implemented_on,
        investment_cny=project.investment,
        annual_savings_cny=project.annual_savings,
        annual_revenue_cny=project.annual_revenue,
        life_years=f.life_years,
        discount_rate=f.discount_rate,
        roi_percent=economics.roi_percent if economics else None,
        payback_years=economics.payback_years if economics else None,
        npv_cny=economics.npv if economics else None,
        irr=economics.irr if economics else None,
        economics_error=project.economics_error,
        expected_energy_kgce=f.expected_energy_kgce,
        effects=tuple((e.kpi_code, e.expected_change, e.unit) for e in project.effects),
        realised=realised,
    )


def _reviews(session: Session, first: date, last: date) -> tuple[ReviewLine, ...]:
    """Reviews whose period overlaps the audit's, oldest first; else the latest one."""
    listed = list_reviews(session)
    chosen = [r for r in listed if r.first <= last and r.last >= first] or listed[:1]
    lines = []
    for item in reversed(chosen):
        info = get_review(session, item.id)
        c = info.counts
        line = ReviewLine(info.title, info.first, info.last, info.status.value, c.met, c.missed,
                          c.no_data, len(info.raised), info.summary, info.decisions)  # fmt: skip
        lines.append(line)
    return tuple(lines)


def _procurement(session: Session, first: date, last: date) -> ProcurementSummary:
    value = green_procurement(session, first, last)
    amounts = {i.name: i.value for i in value.inputs}
    suppliers = tuple(
        SupplierLine(
            s.name,
            s.category.value,
            s.cp_audit_status.value,
            s.latest.grade.value if s.latest else "",
            s.latest.score if s.latest else None,
            s.active,
        )
        for s in list_suppliers(session)
    )
    return ProcurementSummary(
        value.value, amounts.get("green_purchases"), amounts.get("all_purchases"), suppliers
    )
