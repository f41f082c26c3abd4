"""The words of the head-office report, in Chinese and English.

`reports` has no Qt, hence no `tr()`: labels live here as (zh, en) pairs, as in
`reports.monthly_text`, whose number formats (`kpi_number`, `period_text`) the head-office PDF
and Excel twin share, so a figure reads the same in every report.
"""

from __future__ import annotations

from reports.hq_model import HqSiteLine

__all__ = ["better_text", "hq_label", "site_label", "status_name"]

LABELS: dict[str, tuple[str, str]] = {
    "title": ("清洁生产多厂区对比报告", "Cleaner-production comparison of sites"),
    "head_office": ("总部", "Head office"),
    "period": ("报告期", "Period"),
    "generated": ("生成时间", "Generated"),
    "sites_compared": ("参与对比的企业", "Sites compared"),
    "no_sites": ("尚无已导入数据的企业", "No site has imported data yet"),
    "kpis": ("一、各企业指标与目标", "1. KPIs per site against targets"),
    "ranking": ("二、各指标排名", "2. Ranking per KPI"),
    "trends": ("三、近 12 个月趋势", "3. Trends over 12 months"),
    "bundles": ("四、数据包接收情况", "4. Bundles received per site"),
    "indicator": ("指标", "Indicator"),
    "site": ("企业", "Site"),
    "value": ("本期值", "Value"),
    "unit": ("单位", "Unit"),
    "target": ("目标值", "Target"),
    "baseline": ("基准值", "Baseline"),
    "status": ("状态", "Status"),
    "rank": ("排名", "Rank"),
    "order": ("排名（由好到差）", "Ranking (best first)"),
    "no_ranking": ("无企业有本期值", "no site has a value"),
    "month": ("月份", "Month"),
    "code": ("企业代码", "Site code"),
    "name": ("名称", "Name"),
    "fingerprint": ("密钥指纹", "Key fingerprint"),
    "bundle_count": ("已导入数据包", "Bundles imported"),
    "last_sequence": ("最后数据包编号", "Last bundle"),
    "last_import": ("最后导入时间", "Last import"),
    "missing": ("缺失的数据包", "Missing bundles"),
    "none": ("无", "none"),
    "awaiting": ("（等待首个数据包）", "(awaiting first bundle)"),
    "inactive": ("已停用", "deactivated"),
    "no_trend": ("近 12 个月无数据", "no values in the last 12 months"),
    "page": ("第 {page} 页 / 共 {pages} 页", "Page {page} of {pages}"),
    "summary": ("概要", "Summary"),
    "missing_inputs": ("缺少数据", "missing inputs"),
    "zero_denominator": ("产量为零", "no output"),
    "natural_gas_choice_missing": ("缺天然气折标约定", "no natural-gas convention"),
}

_STATUS: dict[str, tuple[str, str]] = {
    "met": ("达标", "Target met"),
    "improving": ("改善中", "Improving"),
    "off_target": ("未达标", "Off target"),
    "no_target": ("无目标", "No target"),
    "no_value": ("无数据", "No value"),
}

_BETTER: dict[str, tuple[str, str]] = {
    "lower": ("越低越好", "lower is better"),
    "higher": ("越高越好", "higher is better"),
}


def hq_label(key: str, chinese: bool) -> str:
    zh, en = LABELS[key]
    return zh if chinese else en


def status_name(status: str, chinese: bool) -> str:
    zh, en = _STATUS.get(status, (status, status))
    return zh if chinese else en


def better_text(better: str, chinese: bool) -> str:
    zh, en = _BETTER.get(better, (better, better))
    return zh if chinese else en


def site_label(site: HqSiteLine, chinese: bool) -> str:
    """ "PLANT01 一厂": code and name, or the awaiting note before the first bundle."""
    if not site.code:
        return hq_label("awaiting", chinese)
    return f"{site.code} {site.name}".strip()
