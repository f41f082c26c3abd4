"""Chapters 1–3 of the audit report: planning and organisation, pre-assessment, assessment.

Each chapter prints what the site database holds for it — the metering behind the figures,
energy, water and pollution in the period, the evaluation against the industry benchmarks,
targets, the baseline, inspections and findings — and a marked field for what only the audit
team can write (the team, the plan, the company's profile, the causes of waste).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import Flowable

from reports.audit_parts import AuditContext, cusum_line
from reports.audit_sections_later import option_rows
from reports.audit_text import code_text, level_name
from reports.monthly_charts import daily_line, share_pie
from reports.monthly_text import (
    carrier_name,
    convention_text,
    fixed,
    kind_name,
    kpi_number,
    percent,
    period_text,
)
from reports.pdf_parts import RED, local_time, para

__all__ = ["chapter_1", "chapter_2", "chapter_3"]

AT_RISK = ("missed", "at_risk")


def chapter_1(c: AuditContext) -> list[Flowable]:
    r = c.report
    p = r.period
    story = c.start_chapter(1)
    story += c.section("s1_overview")
    story += c.pairs("t_overview", [
        (c.m("site"), p.site_name.pick(c.zh)),
        (c.t("site_code"), p.site_code or "—"),
        (c.t("audit_period"), f"{period_text(r.first, r.last, c.zh)} ({p.days} d)"),
        (c.t("timezone"), p.timezone or "—"),
        (c.m("generated"), local_time(p.generated_ms, p.timezone)),
        (c.t("data_source"), c.t("data_source_text")),
    ], numeric=False)  # fmt: skip
    story += c.section("s1_team")
    rows = [[c.t(role), c.fill_mark(), c.fill_mark(), c.fill_mark()]
            for role in ("team_leader", "team_member", "team_member", "team_member")]  # fmt: skip
    header = [c.t("role"), c.t("name"), c.t("position"), c.t("duty")]
    story += c.table("t_team", header, rows, [2.6 * cm, 3.4 * cm, 4.6 * cm, c.width - 10.6 * cm])
    story += c.section("s1_plan")
    story += c.fill_in("plan_prompt", 4)
    story += c.section("s1_training")
    story += c.fill_in("training_prompt", 3)
    story += c.section("s1_instruments")
    story += _instruments(c)
    return story


def _instruments(c: AuditContext) -> list[Flowable]:
    rows: list[list[Any]] = [
        [
            i.bus.pick(c.zh),
            i.device.pick(c.zh),
            f"{code_text(i.protocol, c.zh)}\n{i.endpoint}",
            str(i.tags),
            str(i.counters),
            "、".join(carrier_name(k, c.zh) for k in i.carriers) or "—",
        ]
        for i in c.report.instruments
    ]
    header = [c.t("bus"), c.t("device"), c.t("protocol"), c.t("tags"), c.t("counters"),
              c.t("carriers")]  # fmt: skip
    widths = [3.0 * cm, c.width - 13.4 * cm, 3.8 * cm, 1.2 * cm, 1.9 * cm, 3.5 * cm]
    story = c.table("t_instruments", header, rows, widths, (3, 4)) if rows else [c.none()]
    lines = c.report.period.completeness
    if not lines:
        return story
    completeness: list[list[Any]] = []
    for line in lines:
        share = line.percent
        low = share is not None and share < 90.0
        completeness.append([
            line.group.pick(c.zh), str(line.tags), f"{line.expected:,}", f"{line.valid:,}",
            para(percent(share), c.base.right, RED if low else None),
            "—" if share is None else c.m("no" if low else "yes"),
        ])  # fmt: skip
    header = [c.m("device"), c.m("tags"), c.m("expected"), c.m("valid"), c.m("complete"),
              c.m("rule")]  # fmt: skip
    widths = [c.width - 12.4 * cm, 1.4 * cm, 2.6 * cm, 2.6 * cm, 3.0 * cm, 2.8 * cm]
    return story + c.table("t_completeness", header, completeness, widths, (1, 2, 3, 4))


def chapter_2(c: AuditContext) -> list[Flowable]:
    p = c.report.period
    story = c.start_chapter(2)
    story += c.section("s2_profile")
    story += c.fill_in("profile_prompt", 5)
    story += c.pairs("t_production", [
        (c.m("production"), fixed(p.water.production_t)),
        (c.m("total") + " (kgce)", fixed(p.energy.total_kgce)),
        (c.m("total_tce"), fixed(p.energy.total_tce, 3)),
    ])  # fmt: skip
    story += c.section("s2_resources")
    story += _energy_table(c)
    story += c.pairs("t_water", [
        (c.m("fresh_water"), fixed(p.water.fresh_water_m3)),
        (c.m("reclaimed"), fixed(p.water.reclaimed_m3)),
        (c.m("reuse_rate"), percent(p.water.reuse_percent)),
    ])  # fmt: skip
    story += c.section("s2_pollution")
    story += c.pairs("t_waste", [
        (c.m("solid_waste"), fixed(p.waste.solid_waste_t, 3)),
        (c.m("hazardous_waste"), fixed(p.waste.hazardous_waste_t, 3)),
        (c.m("wastewater"), fixed(p.water.wastewater_m3)),
    ])  # fmt: skip
    rows: list[list[Any]] = [[x.name.pick(c.zh), fixed(x.load_kg, 2)] for x in p.waste.pollutants]
    widths = [c.width * 0.55, c.width * 0.45]
    story += c.table("t_pollutants", [c.m("pollutant"), c.m("load")], rows, widths, (1,))
    story += c.section("s2_comparison")
    story += _evaluation(c)
    story += c.section("s2_focus")
    story += _focus(c)
    story += c.section("s2_targets")
    story += _targets(c)
    story += c.section("s2_low_cost")
    story += _low_cost(c)
    return story


def _energy_table(c: AuditContext) -> list[Flowable]:
    e = c.report.period.energy
    story: list[Flowable] = [c.note(convention_text(e.convention, c.zh))]
    if e.error:
        story.append(c.text(f"{c.m('energy_error')}: {e.error}", RED))
    rows: list[list[Any]] = [
        [carrier_name(x.carrier, c.zh), kind_name(x.kind, c.zh), f"{fixed(x.quantity)} {x.unit}",
         f"{x.coefficient:g}", fixed(x.kgce), percent(x.share_percent)]
        for x in e.lines
    ]  # fmt: skip
    rows.append([c.m("total"), "", "", "", fixed(e.total_kgce), "100.0" if e.lines else "—"])
    header = [c.m("carrier"), c.m("flow"), c.m("quantity"), c.m("coefficient"), c.m("kgce"),
              c.m("share")]  # fmt: skip
    widths = c.widths(2.2, 3.4, 2.2, 3.2, 2.0)
    story += c.table("t_energy", header, rows, widths, (2, 3, 4, 5))
    if e.missing:
        names = "、".join(carrier_name(m, c.zh) for m in e.missing)
        story.append(c.text(f"{c.m('energy_missing')}: {names}", RED))
    parts = [(carrier_name(x.carrier, c.zh), x.kgce) for x in e.lines if x.kind != "sold"]
    if parts:
        story += c.figure(share_pie(parts, c.width, c.base.s.font), "f_energy_share")
    return story


def _evaluation(c: AuditContext) -> list[Flowable]:
    v = c.report.evaluation
    if v is None:
        return [c.text(f"{c.t('evaluation_none')}: {c.report.evaluation_error}", RED)]
    rating = level_name(v.rating, c.zh) if v.rating else c.t("not_rated")
    story = c.pairs("t_evaluation", [
        (c.t("system"), f"{v.system.pick(c.zh)} ({v.system_code} {v.version})"),
        (c.t("rule"), c.t(f"rule_{v.rule}")),
        (c.t("y1"), fixed(v.y_I)),
        (c.t("y2"), fixed(v.y_II)),
        (c.t("y3"), fixed(v.y_III)),
        (c.t("rating"), rating),
    ], numeric=False)  # fmt: skip
    if v.sample:
        story.insert(0, c.text(c.t("sample_note"), RED))
    rows: list[list[Any]] = []
    for i in v.indicators:
        if i.not_applicable:
            value = c.t("not_applicable")
        elif i.value is None:
            value = f"— ({code_text(i.reason, c.zh)})" if i.reason else "—"
        else:
            value = level_name(round(i.value), c.zh) if i.qualitative else kpi_number(i.value)
        marks = " / ".join(kpi_number(b) for b in i.benchmarks)
        if i.qualitative:
            marks = "Ⅰ / Ⅱ / Ⅲ" if c.zh else "I / II / III"
        rows.append([
            i.name.pick(c.zh), i.unit or "—", marks, value, level_name(i.achieved, c.zh),
            "★" if i.limiting else "",
        ])  # fmt: skip
    header = [c.m("indicator"), c.m("unit"), c.t("benchmark"), c.t("value"), c.t("achieved"),
              c.t("limiting")]  # fmt: skip
    widths = [c.width - 13.4 * cm, 1.8 * cm, 4.4 * cm, 3.2 * cm, 2.2 * cm, 1.8 * cm]
    story += c.table("t_indicators", header, rows, widths, (3,))
    if v.holding_back:
        held = [
            [h.name.pick(c.zh), fixed(h.gain), c.t("yes" if h.required else "no"),
             "★" if h.limiting else "", c.t("missing_value") if h.missing else ""]
            for h in v.holding_back
        ]  # fmt: skip
        header = [c.m("indicator"), c.t("gain"), c.t("required"), c.t("limiting"),
                  c.t("no_value")]  # fmt: skip
        widths = [c.width - 9.6 * cm, 2.4 * cm, 2.4 * cm, 2.0 * cm, 2.8 * cm]
        story.append(c.text(c.t("to_reach").format(level=level_name(v.target_level, c.zh))))
        story += c.table("t_holding_back", header, held, widths, (1,))
    return story


def _focus(c: AuditContext) -> list[Flowable]:
    v = c.report.evaluation
    limiting = [h.name.pick(c.zh) for h in (v.holding_back if v else ()) if h.limiting]
    targets = [k.name.pick(c.zh) for k in c.report.period.kpis if k.status in AT_RISK]
    story: list[Flowable] = [c.text(c.t("focus_data"))]
    for key, names in (("focus_limiting", limiting), ("focus_targets", targets)):
        listed = ("、" if c.zh else ", ").join(names) or c.t("none")
        story.append(c.text(f"• {c.t(key)}{'：' if c.zh else ': '}{listed}"))
    return story + c.fill_in("focus_prompt", 3)


def _targets(c: AuditContext) -> list[Flowable]:
    rows: list[list[Any]] = []
    for t in c.report.targets:
        change = 100.0 * (t.target - t.baseline) / t.baseline if t.baseline else None
        rows.append([
            t.name.pick(c.zh), t.unit or "—", kpi_number(t.baseline), kpi_number(t.target),
            fixed(change), t.deadline.isoformat(), t.department or "—", t.person or "—",
        ])  # fmt: skip
    if not rows:
        return [c.none()]
    header = [c.m("indicator"), c.m("unit"), c.t("baseline"), c.t("target"), c.t("change"),
              c.t("deadline"), c.t("department"), c.t("person")]  # fmt: skip
    widths = c.widths(1.3, 1.9, 1.9, 1.8, 2.1, 2.2, 1.6)
    return c.table("t_targets", header, rows, widths, (2, 3, 4))


def _low_cost(c: AuditContext) -> list[Flowable]:
    options = c.report.options_of("low")
    if not options:
        return [c.none()]
    header, rows, widths, numeric = option_rows(c, options)
    return c.table("t_low_cost", header, rows, widths, numeric)


def chapter_3(c: AuditContext) -> list[Flowable]:
    p = c.report.period
    story = c.start_chapter(3)
    story += c.section("s3_material")
    story += c.fill_in("material_prompt", 4)
    material = [k for k in p.kpis if k.code in ("material_utilisation", "packaging_recovery")]
    if material:
        story.append(c.text(c.t("material_known")))
        story += [
            c.text(f"• {k.name.pick(c.zh)}: {kpi_number(k.value)} {k.unit}") for k in material
        ]
    story += c.section("s3_energy")
    story += _energy_balance(c)
    story += c.section("s3_water")
    w = p.water
    per_t = (
        w.fresh_water_m3 / w.production_t
        if w.fresh_water_m3 is not None and w.production_t
        else None
    )
    story += c.pairs("t_water_balance", [
        (c.m("fresh_water"), fixed(w.fresh_water_m3)),
        (c.m("reclaimed"), fixed(w.reclaimed_m3)),
        (c.m("wastewater"), fixed(w.wastewater_m3)),
        (c.m("reuse_rate"), percent(w.reuse_percent)),
        (c.m("water_per_t"), kpi_number(per_t)),
    ])  # fmt: skip
    rows: list[list[Any]] = [
        [x.name.pick(c.zh), fixed(x.load_kg, 2), kpi_number(x.intensity_kg_per_t)]
        for x in p.waste.pollutants
    ]
    widths = [c.width * 0.4, c.width * 0.3, c.width * 0.3]
    header = [c.m("pollutant"), c.m("load"), c.m("intensity")]
    story += c.table("t_pollutant_balance", header, rows, widths, (1, 2))
    story += c.section("s3_baseline")
    story += _baseline(c)
    story += c.section("s3_findings")
    story += _findings(c)
    story += c.section("s3_causes")
    return story + c.fill_in("causes_prompt", 5)


def _energy_balance(c: AuditContext) -> list[Flowable]:
    e = c.report.period.energy
    sums: dict[str, float] = {}
    for line in e.lines:
        sums[line.kind] = sums.get(line.kind, 0.0) + line.kgce
    pairs = [
        (kind_name(k, c.zh).capitalize() + " (kgce)", fixed(sums.get(k)))
        for k in ("purchased", "produced", "sold")
    ]
    pairs.append((c.m("total") + " (kgce)", fixed(e.total_kgce)))
    story = c.pairs("t_energy_balance", pairs)
    if any(d.kgce is not None for d in e.daily):
        points = [(i, d.kgce) for i, d in enumerate(e.daily)]
        days = [d.day.strftime("%m-%d") for d in e.daily]
        chart = daily_line(points, days, c.width, c.base.s.font, c.m("daily_trend"))
        story += c.figure(chart, "f_daily")
    return story


def _baseline(c: AuditContext) -> list[Flowable]:
    b = c.report.baseline
    if b.error:
        return [c.text(f"{c.t('baseline_none')}: {code_text(b.error, c.zh)}", RED)]
    model = f"E = {fixed(b.intercept)} + {kpi_number(b.production_coefficient)} × P (kgce/d, t/d)"
    period = (
        period_text(b.baseline_first, b.baseline_last, c.zh)
        if b.baseline_first and b.baseline_last
        else "—"
    )
    warnings = "、".join(code_text(w, c.zh) for w in b.warnings) or c.t("none")
    story = c.pairs("t_baseline", [
        (c.t("baseline_period"), period),
        (c.t("model"), model),
        (c.t("points"), str(b.n)),
        ("R²", fixed(b.r_squared, 3)),
        ("CV(RMSE) (%)", percent(None if b.cv_rmse is None else 100 * b.cv_rmse)),
        (c.t("warnings"), warnings),
        (c.t("expected"), fixed(b.expected_kgce)),
        (c.t("actual"), fixed(b.actual_kgce)),
        (c.t("savings"), fixed(b.savings_kgce)),
        (c.t("savings_percent"), fixed(b.savings_percent, 2)),
    ], numeric=False)  # fmt: skip
    if b.cusum:
        values = [v for _, v in b.cusum]
        labels = [d.strftime("%m-%d") for d, _ in b.cusum]
        story += c.figure(cusum_line(values, labels, c.width, c.base.s.font), "f_cusum")
    return story


def _findings(c: AuditContext) -> list[Flowable]:
    p = c.report.period
    if not p.audits:
        return [c.none()]
    rows: list[list[Any]] = []
    for run in p.audits:
        result = "—" if run.passed is None else c.m("passed" if run.passed else "failed")
        rows.append([run.template.pick(c.zh), run.title or "—", c.base.local(run.finished_ms),
                     percent(run.score_percent), result, str(run.findings)])  # fmt: skip
    header = [c.m("checklist"), c.m("run"), c.m("finished"), c.m("score"), c.m("result"),
              c.m("findings")]  # fmt: skip
    rest = c.width - 10.8 * cm
    widths = [rest * 0.55, rest * 0.45, 3.6 * cm, 1.8 * cm, 1.6 * cm, 1.6 * cm]
    story = c.table("t_runs", header, rows, widths, (3, 5))
    if p.findings:
        found: list[list[Any]] = [
            [f.run_title, f.item.pick(c.zh), f.reason.pick(c.zh)] for f in p.findings
        ]
        widths = [c.width * 0.25, c.width * 0.45, c.width * 0.3]
        story += c.table("t_findings", [c.m("run"), c.m("item"), c.m("finding")], found, widths)
    return story
