"""The words and number formats of the monthly report, in Chinese and English.

`reports` has no Qt, hence no `tr()`: labels live here as (zh, en) pairs, as in
`reports.report_text`. The PDF and the Excel twin both format through this module, so a figure
reads the same in both files, and the tests format an expected figure the same way.
"""

from __future__ import annotations

import math
from datetime import date

from reports.monthly_model import ConventionStatement, MonthlyReport

__all__ = [
    "alarm_priority_name",
    "carrier_name",
    "convention_text",
    "fixed",
    "kind_name",
    "kpi_number",
    "label",
    "percent",
    "period_text",
    "report_title",
    "status_name",
]

LABELS: dict[str, tuple[str, str]] = {
    "monthly": ("清洁生产月度报告", "Monthly cleaner-production report"),
    "daily": ("清洁生产日报", "Daily cleaner-production report"),
    "period_report": ("清洁生产报告", "Cleaner-production report"),
    "site": ("企业", "Site"),
    "period": ("报告期", "Period"),
    "generated": ("生成时间", "Generated"),
    "convention": ("能耗折算约定", "Energy conversion convention"),
    "key_figures": ("主要数据", "Key figures"),
    "kpis": ("一、清洁生产指标与目标", "1. Cleaner-production KPIs against targets"),
    "energy": ("二、能源消耗（折标准煤）", "2. Energy consumption (standard coal)"),
    "water": ("三、水平衡", "3. Water balance"),
    "waste": ("四、固体废物与污染物", "4. Waste and pollutants"),
    "alarms": ("五、报警", "5. Alarms"),
    "completeness": ("六、数据完整率", "6. Data completeness"),
    "audits": ("七、检查与审核结果", "7. Inspection and audit results"),
    "actions": ("八、整改措施", "8. Corrective actions"),
    "indicator": ("指标", "Indicator"),
    "value": ("本期值", "Value"),
    "unit": ("单位", "Unit"),
    "target": ("目标值", "Target"),
    "status": ("状态", "Status"),
    "department": ("责任部门", "Department"),
    "carrier": ("能源品种", "Carrier"),
    "flow": ("类别", "Flow"),
    "quantity": ("实物量", "Quantity"),
    "coefficient": ("折标系数", "Coefficient"),
    "kgce": ("折标准煤 (kgce)", "Standard coal (kgce)"),
    "share": ("占比 (%)", "Share (%)"),
    "total": ("综合能耗", "Comprehensive energy"),
    "total_tce": ("综合能耗 (tce)", "Comprehensive energy (tce)"),
    "energy_missing": (
        "本期未知用量（未计为零）",
        "Quantity unknown this period (not counted as 0)",
    ),
    "energy_error": ("能耗无法折算", "Energy cannot be converted"),
    "by_carrier": ("各能源品种折标煤占比", "Share of standard coal by carrier"),
    "daily_trend": ("每日综合能耗 (kgce)", "Daily comprehensive energy (kgce)"),
    "day": ("日期", "Day"),
    "kpi_chart": ("指标本期值 / 目标值 (%)", "KPI value as % of target"),
    "fresh_water": ("新鲜水取水量 (m³)", "Fresh water taken (m³)"),
    "reclaimed": ("中水回用量 (m³)", "Reclaimed water reused (m³)"),
    "wastewater": ("废水产生量 (m³)", "Wastewater generated (m³)"),
    "reuse_rate": ("中水回用率 (%)", "Water reuse rate (%)"),
    "production": ("合格产品产量 (t)", "Qualified output (t)"),
    "water_per_t": ("单位产品新鲜水耗 (m³/t)", "Fresh water per tonne (m³/t)"),
    "item": ("项目", "Item"),
    "solid_waste": ("一般工业固废产生量 (t)", "General solid waste generated (t)"),
    "hazardous_waste": ("危险废物产生量 (t)", "Hazardous waste generated (t)"),
    "pollutant": ("污染物", "Pollutant"),
    "load": ("排放量 (kg)", "Load (kg)"),
    "intensity": ("排放强度 (kg/t)", "Intensity (kg/t)"),
    "alarm_total": ("报警次数", "Alarms raised"),
    "priority": ("优先级", "Priority"),
    "count": ("次数", "Count"),
    "tag": ("测点", "Tag"),
    "top_tags": ("报警最多的测点", "Tags with the most alarms"),
    "longest": ("持续时间最长的报警", "Longest alarms"),
    "raised": ("发生时间", "Raised"),
    "duration": ("持续 (h)", "Duration (h)"),
    "message": ("内容", "Message"),
    "still_active": ("期末仍未恢复", "still active at period end"),
    "device": ("设备", "Device"),
    "tags": ("测点数", "Tags"),
    "expected": ("应采样数", "Expected samples"),
    "valid": ("有效样本数", "Valid samples"),
    "complete": ("完整率 (%)", "Completeness (%)"),
    "rule": ("是否达到 90 %", "Meets 90 %"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "checklist": ("检查表", "Checklist"),
    "run": ("检查", "Run"),
    "finished": ("完成时间", "Finished"),
    "score": ("得分 (%)", "Score (%)"),
    "result": ("结论", "Result"),
    "passed": ("合格", "passed"),
    "failed": ("不合格", "failed"),
    "findings": ("问题数", "Findings"),
    "finding_list": ("发现的问题", "Findings"),
    "finding": ("问题", "Finding"),
    "open_actions": ("未完成措施", "Open actions"),
    "overdue_actions": ("已逾期措施", "Overdue actions"),
    "closed_actions": ("本期验证或关闭的措施", "Actions verified or closed in the period"),
    "action": ("措施", "Action"),
    "person": ("责任人", "Person"),
    "due": ("期限", "Due"),
    "state": ("状态", "State"),
    "group": ("分组", "Group"),
    "none": ("无", "none"),
    "page": ("第 {page} 页 / 共 {pages} 页", "Page {page} of {pages}"),
    "summary": ("概要", "Summary"),
    "missing_inputs": ("缺少数据", "missing inputs"),
    "zero_denominator": ("产量为零", "no output"),
}

_STATUS: dict[str, tuple[str, str]] = {
    "on_track": ("按计划", "On track"),
    "at_risk": ("有风险", "At risk"),
    "missed": ("未达成", "Missed"),
    "achieved": ("已达成", "Achieved"),
    "no_data": ("无数据", "No data"),
}

_CARRIERS: dict[str, tuple[str, str]] = {
    "electricity": ("电力", "Electricity"),
    "raw_coal": ("原煤", "Raw coal"),
    "washed_coal": ("洗精煤", "Washed coal"),
    "coke": ("焦炭", "Coke"),
    "crude_oil": ("原油", "Crude oil"),
    "fuel_oil": ("燃料油", "Fuel oil"),
    "gasoline": ("汽油", "Gasoline"),
    "kerosene": ("煤油", "Kerosene"),
    "diesel": ("柴油", "Diesel"),
    "lpg": ("液化石油气", "LPG"),
    "refinery_dry_gas": ("炼厂干气", "Refinery dry gas"),
    "natural_gas": ("天然气", "Natural gas"),
    "coke_oven_gas": ("焦炉煤气", "Coke-oven gas"),
    "heat": ("热力", "Heat"),
    "steam": ("蒸汽", "Steam"),
    "fresh_water": ("新水", "Fresh water"),
    "softened_water": ("软化水", "Softened water"),
    "compressed_air": ("压缩空气", "Compressed air"),
    "oxygen": ("氧气", "Oxygen"),
}

_KINDS: dict[str, tuple[str, str]] = {
    "purchased": ("购入", "purchased"),
    "produced": ("自产", "produced"),
    "sold": ("外供", "sold"),
}

_ALARM_PRIORITIES: dict[int, tuple[str, str]] = {
    1: ("1 紧急", "1 critical"),
    2: ("2 高", "2 high"),
    3: ("3 中", "3 medium"),
    4: ("4 低", "4 low"),
}


def label(key: str, chinese: bool) -> str:
    zh, en = LABELS[key]
    return zh if chinese else en


def _pick(table: dict[str, tuple[str, str]], key: str, chinese: bool) -> str:
    zh, en = table.get(key, (key, key))
    return zh if chinese else en


def status_name(status: str | None, chinese: bool) -> str:
    return "—" if status is None else _pick(_STATUS, status, chinese)


def carrier_name(carrier: str, chinese: bool) -> str:
    return _pick(_CARRIERS, carrier, chinese)


def kind_name(kind: str, chinese: bool) -> str:
    return _pick(_KINDS, kind, chinese)


def alarm_priority_name(priority: int, chinese: bool) -> str:
    zh, en = _ALARM_PRIORITIES.get(priority, (str(priority), str(priority)))
    return zh if chinese else en


def kpi_number(value: float | None) -> str:
    """An indicator as the KPI page shows it: four significant figures (0.009 kg/t to 95 %)."""
    if value is None or not math.isfinite(value):
        return "—"
    if value == 0:
        return "0"
    decimals = max(0, 3 - math.floor(math.log10(abs(value))))
    return f"{value:,.{decimals}f}"


def fixed(value: float | None, decimals: int = 1) -> str:
    """A total with a fixed number of decimals and thousands separators: 229,959.4."""
    if value is None or not math.isfinite(value):
        return "—"
    return f"{value:,.{decimals}f}"


def percent(value: float | None) -> str:
    return fixed(value, 1)


def period_text(first: date, last: date, chinese: bool) -> str:
    if first == last:
        return first.isoformat()
    return f"{first.isoformat()} 至 {last.isoformat()}" if chinese else f"{first} – {last}"


def report_title(report: MonthlyReport, chinese: bool) -> str:
    """Daily for one day, monthly for a calendar month, otherwise the period report."""
    if report.first == report.last:
        return label("daily", chinese)
    next_day = date.fromordinal(report.last.toordinal() + 1)
    if report.first.day == 1 and next_day.day == 1 and report.days <= 31:
        return label("monthly", chinese)
    return label("period_report", chinese)


def convention_text(convention: ConventionStatement, chinese: bool) -> str:
    """The sentence every report carries: which standard, which electricity value, which
    natural-gas coefficient and which site-measured values produced its kgce figures."""
    gas = convention.natural_gas_kgce_per_m3
    gas_text = "—" if gas is None else f"{gas:g}"
    power = f"{convention.electricity_kgce_per_kwh:g}"
    overrides = ", ".join(f"{carrier_name(c, chinese)} {v:g}" for c, v in convention.overrides)
    if chinese:
        basis = "当量值" if convention.electricity_basis == "equivalent" else "等价值"
        text = (
            f"按 {convention.standard}（{convention.year} 年约定）折算：电力按{basis} "
            f"{power} kgce/kWh，天然气 {gas_text} kgce/m³"
        )
        return text + (f"；实测折标系数：{overrides}。" if overrides else "。")
    basis = "equivalent value" if convention.electricity_basis == "equivalent" else "equal value"
    text = (
        f"Converted per {convention.standard} ({convention.year} convention): electricity at the "
        f"{basis} {power} kgce/kWh, natural gas {gas_text} kgce/m³"
    )
    return text + (f"; site-measured coefficients: {overrides}." if overrides else ".")
