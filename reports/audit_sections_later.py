"""Chapters 4–7 of the audit report: options, feasibility, implementation, continuous
cleaner production.

The options come from the register with their economics computed when read (ROI, payback, NPV,
IRR) and, once in service, what the meters show against what was promised; the results against
targets are the KPI page's; the PDCA reviews, corrective actions and green procurement show
whether the improvement goes on after the audit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import Flowable

from domain.actions import Priority
from domain.projects import label as project_label
from domain.suppliers import CpAuditStatus, SupplierCategory, category_label, cp_audit_label
from reports.audit_model import OptionLine
from reports.audit_parts import AuditContext, option_bars
from reports.audit_text import code_text
from reports.monthly_charts import kpi_bars
from reports.monthly_model import ActionLine
from reports.monthly_text import fixed, kpi_number, percent, period_text, status_name
from reports.pdf_parts import RED, para
from reports.report_text import priority_text, state_text

__all__ = ["chapter_4", "chapter_5", "chapter_6", "chapter_7", "option_rows"]

STATUSES = ("proposed", "approved", "implementing", "implemented", "dropped")
STILL_TO_DO = ("proposed", "approved", "implementing")
MISSED = ("missed", "at_risk")


def option_rows(
    c: AuditContext, options: Sequence[OptionLine]
) -> tuple[list[str], list[list[Any]], list[float], tuple[int, ...]]:
    """Code, option, status, investment, annual benefit, payback: the short register table."""
    rows: list[list[Any]] = [
        [o.code, o.title, project_label(o.status, c.zh), fixed(o.investment_cny, 0),
         fixed(o.annual_benefit_cny, 0), fixed(o.payback_years)]
        for o in options
    ]  # fmt: skip
    header = [c.t("code"), c.t("option"), c.t("status"), c.t("investment"), c.t("benefit"),
              c.t("payback")]  # fmt: skip
    widths = c.widths(2.2, 2.7, 2.7, 2.7, 2.2)
    widths.insert(0, widths.pop(1))  # the option's title takes what is left
    return header, rows, widths, (3, 4, 5)


def chapter_4(c: AuditContext) -> list[Flowable]:
    options = c.report.options
    story = c.start_chapter(4)
    story += c.section("s4_register")
    if not options:
        return [*story, c.none(), *c.fill_in("screening_prompt", 4)]
    rows: list[list[Any]] = [
        [o.code, _title(c, o), project_label(o.cost_class, c.zh),
         project_label(o.source_kind, c.zh), project_label(o.status, c.zh), o.department or "—"]
        for o in options
    ]  # fmt: skip
    header = [c.t("code"), c.t("option"), c.t("cost_class"), c.t("source"), c.t("status"),
              c.t("department")]  # fmt: skip
    widths = c.widths(2.2, 3.0, 2.6, 2.4, 2.4)
    widths.insert(0, widths.pop(1))  # the option's title takes what is left
    story += c.table("t_options", header, rows, widths)
    story += c.section("s4_screening")
    counts: list[list[Any]] = []
    for cost_class in ("low", "high"):
        of_class = [o for o in options if o.cost_class == cost_class]
        counts.append([project_label(cost_class, c.zh),
                       *(str(sum(1 for o in of_class if o.status == s)) for s in STATUSES),
                       str(len(of_class))])  # fmt: skip
    counts.append([c.t("total"), *(str(sum(1 for o in options if o.status == s)) for s in STATUSES),
                   str(len(options))])  # fmt: skip
    header = [c.t("cost_class"), *(project_label(s, c.zh) for s in STATUSES), c.t("total")]
    widths = c.widths(*[2.55] * 5, 1.3)
    story += c.table("t_screening", header, counts, widths, (1, 2, 3, 4, 5, 6))
    return story + c.fill_in("screening_prompt", 4)


def _title(c: AuditContext, option: OptionLine) -> Any:
    if not option.description:
        return option.title
    return [para(option.title, c.base.s.cell), para(option.description, c.base.s.cell_small)]


def chapter_5(c: AuditContext) -> list[Flowable]:
    options = [o for o in c.report.options if o.status != "dropped"]
    story = c.start_chapter(5)
    story += c.section("s5_technical")
    high = ", ".join(o.code for o in options if o.cost_class == "high")
    story += c.fill_in("technical_prompt", 4)
    if high:
        story.insert(-2, c.text(f"{project_label('high', c.zh)}: {high}"))
    story += c.section("s5_environmental")
    effects: list[list[Any]] = []
    for o in options:
        promise = kpi_number(o.expected_energy_kgce)
        for index, (code, change, unit) in enumerate(o.effects or (("", 0.0, ""),)):
            name = _kpi_name(c, code) if code else "—"
            change_text = f"{change:+g} {unit}".strip() if code else "—"
            effects.append([o.code if index == 0 else "", name, change_text,
                            promise if index == 0 else ""])  # fmt: skip
    header = [c.t("code"), c.t("kpi"), c.t("expected_change"), c.t("energy_promise")]
    widths = [2.4 * cm, c.width - 11.4 * cm, 4.0 * cm, 5.0 * cm]
    story += c.table("t_effects", header, effects, widths, (2, 3)) if effects else [c.none()]
    story += c.section("s5_economic")
    story.append(c.note(c.t("economics_basis")))
    rows: list[list[Any]] = [
        [o.code, fixed(o.investment_cny, 0), fixed(o.annual_benefit_cny, 0),
         percent(o.roi_percent), fixed(o.payback_years), fixed(o.npv_cny, 0),
         percent(None if o.irr is None else 100 * o.irr),
         f"{o.life_years} / {100 * o.discount_rate:g} %"]
        for o in options
    ]  # fmt: skip
    header = [c.t("code"), c.t("investment"), c.t("benefit"), c.t("roi"), c.t("payback"),
              c.t("npv"), c.t("irr"), c.t("life")]  # fmt: skip
    widths = c.widths(2.2, 2.3, 2.3, 1.8, 1.7, 2.5, 1.8)
    widths.append(widths.pop(0))  # the life and rate take what is left
    numeric = (1, 2, 3, 4, 5, 6)
    story += c.table("t_economics", header, rows, widths, numeric) if rows else [c.none()]
    bars = [(o.code, o.investment_cny, o.annual_benefit_cny) for o in options]
    if bars:
        legend = (c.t("investment").split(" (")[0], c.t("benefit").split(" (")[0])  # 10⁴ 元
        story += c.figure(option_bars(bars, legend, c.width, c.base.s.font), "f_economics")
    return story


def _kpi_name(c: AuditContext, code: str) -> str:
    kpi = next((k for k in c.report.period.kpis if k.code == code), None)
    return kpi.name.pick(c.zh) if kpi else code


def chapter_6(c: AuditContext) -> list[Flowable]:
    story = c.start_chapter(6)
    story += c.section("s6_implemented")
    started = [o for o in c.report.options if o.status in ("implementing", "implemented")]
    rows: list[list[Any]] = [
        [o.code, o.title, project_label(o.status, c.zh),
         o.implemented_on.isoformat() if o.implemented_on else "—", o.department or "—",
         o.person or "—"]
        for o in started
    ]  # fmt: skip
    header = [c.t("code"), c.t("option"), c.t("status"), c.t("implemented_on"), c.t("department"),
              c.t("person")]  # fmt: skip
    widths = c.widths(2.2, 2.7, 2.2, 2.4, 1.8)
    widths.insert(0, widths.pop(1))  # the option's title takes what is left
    story += c.table("t_implementation", header, rows, widths) if rows else [c.none()]
    story += c.section("s6_results")
    story += _realised(c)
    story += c.section("s6_targets")
    story += _kpis(c)
    story += c.section("s6_actions")
    return story + _actions(c)


def _realised(c: AuditContext) -> list[Flowable]:
    judged = [o for o in c.report.options if o.realised is not None]
    if not judged:
        return [c.none()]
    rows: list[list[Any]] = []
    for o in judged:
        r = o.realised
        assert r is not None
        why = code_text(r.reason, c.zh) if r.reason else ""
        rows.append([o.code, fixed(r.promised_kgce_per_year, 0), fixed(r.realised_kgce_per_year, 0),
                     fixed(r.promised_cny_per_year, 0), fixed(r.realised_cny_per_year, 0),
                     percent(r.realised_percent), f"{r.days_judged} {why}".strip()])  # fmt: skip
    header = [c.t("code"), c.t("promised"), c.t("realised"), c.t("promised_cny"),
              c.t("realised_cny"), c.t("savings_percent"), c.t("days_judged")]  # fmt: skip
    widths = [2.4 * cm, 2.5 * cm, 2.5 * cm, 2.6 * cm, 2.6 * cm, 2.2 * cm]
    widths.append(c.width - sum(widths))
    return [
        c.note(c.t("realised_note")),
        *c.table("t_realised", header, rows, widths, (1, 2, 3, 4, 5)),
    ]


def _kpis(c: AuditContext) -> list[Flowable]:
    rows: list[list[Any]] = []
    bars: list[tuple[str, float, bool]] = []
    for k in c.report.period.kpis:
        value = kpi_number(k.value)
        if k.value is None and k.reason:
            value = f"— ({code_text(k.reason, c.zh)})"
        colour = RED if k.status in MISSED else None
        rows.append([k.name.pick(c.zh), k.unit, kpi_number(k.baseline), kpi_number(k.target), value,
                     para(status_name(k.status, c.zh), c.base.s.cell, colour)])  # fmt: skip
        if k.value is not None and k.target:
            good = k.value <= k.target if k.better == "lower" else k.value >= k.target
            bars.append((k.name.pick(c.zh), 100.0 * k.value / k.target, good))
    header = [c.m("indicator"), c.m("unit"), c.t("baseline"), c.t("target"), c.m("value"),
              c.m("status")]  # fmt: skip
    widths = [c.width - 11.6 * cm, 2.0 * cm, 2.2 * cm, 2.2 * cm, 3.0 * cm, 2.2 * cm]
    story = c.table("t_kpis", header, rows, widths, (2, 3, 4))
    if bars:
        story += c.figure(kpi_bars(bars, c.width, c.base.s.font, ""), "f_kpis")
    return story


def _actions(c: AuditContext) -> list[Flowable]:
    a = c.report.period.actions
    counts = c.t("actions_counts").format(
        open=len(a.open), overdue=len(a.overdue), closed=len(a.closed)
    )
    story: list[Flowable] = [c.text(counts)]
    lines = list(dict.fromkeys([*a.open, *a.closed]))
    if not lines:
        return story
    rows: list[list[Any]] = [_action_row(c, line) for line in lines]
    header = [c.t("action"), c.t("department"), c.t("person"), c.t("due"), c.m("priority"),
              c.t("state")]  # fmt: skip
    widths = c.widths(2.2, 1.8, 2.2, 1.8, 2.6)
    return story + c.table("t_actions", header, rows, widths)


def _action_row(c: AuditContext, line: ActionLine) -> list[Any]:
    high = line.priority is Priority.HIGH
    return [line.title, line.department or "—", line.person or "—",
            line.due.isoformat() if line.due else "—",
            para(priority_text(line.priority, c.zh), c.base.s.cell, RED if high else None),
            state_text(line.state, c.zh)]  # fmt: skip


def chapter_7(c: AuditContext) -> list[Flowable]:
    r = c.report
    story = c.start_chapter(7)
    story += c.section("s7_reviews")
    rows: list[list[Any]] = [
        [v.title, period_text(v.first, v.last, c.zh), code_text(v.status, c.zh), str(v.met),
         str(v.missed), str(v.no_data), str(v.actions_raised)]
        for v in r.reviews
    ]  # fmt: skip
    header = [c.t("review"), c.t("period"), c.t("status"), c.t("met"), c.t("missed"),
              c.t("no_data"), c.t("raised")]  # fmt: skip
    widths = c.widths(4.2, 2.4, 1.3, 1.5, 1.5, 1.9)
    story += c.table("t_reviews", header, rows, widths, (3, 4, 5, 6)) if rows else [c.none()]
    decided = next((v for v in reversed(r.reviews) if v.decisions), None)
    if decided is not None:
        story += [c.text(f"{c.t('decisions')}（{decided.title}）:" if c.zh
                         else f"{c.t('decisions')} ({decided.title}):"),
                  c.text(decided.decisions)]  # fmt: skip
    story += c.section("s7_procurement")
    story += _procurement(c)
    story += c.section("s7_plan")
    to_do = [o for o in r.options if o.status in STILL_TO_DO]
    if to_do:
        header, rows, widths, numeric = option_rows(c, to_do)
        story += c.table("t_next", header, rows, widths, numeric)
    story += c.fill_in("plan_next_prompt", 4)
    story += c.section("s7_conclusion")
    return story + c.fill_in("conclusion_prompt", 6)


def _procurement(c: AuditContext) -> list[Flowable]:
    p = c.report.procurement
    story = c.pairs("t_procurement", [
        (c.t("green_ratio"), percent(p.ratio_percent)),
        (c.t("green_cny"), fixed(p.green_cny, 0)),
        (c.t("all_cny"), fixed(p.total_cny, 0)),
    ])  # fmt: skip
    rows: list[list[Any]] = [
        [s.name, category_label(SupplierCategory(s.category), c.zh),
         cp_audit_label(CpAuditStatus(s.cp_audit_status), c.zh),
         f"{s.grade} / {fixed(s.score)}" if s.grade else "—"]
        for s in p.suppliers
        if s.active
    ]  # fmt: skip
    header = [c.t("supplier"), c.t("category"), c.t("cp_audit"), c.t("grade")]
    widths = [c.width - 9.6 * cm, 2.8 * cm, 3.2 * cm, 3.6 * cm]
    return story + (c.table("t_suppliers", header, rows, widths, (3,)) if rows else [c.none()])
