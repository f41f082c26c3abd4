"""Cleaner-production options (清洁生产方案): their classes, sources, states and money categories.

GB/T 25973 audits sort options into no/low-cost ones (无/低费, done at once during the audit) and
medium/high-cost ones (中/高费, which need a feasibility study and an approval). An option's life
is proposed → approved → implementing → implemented, or dropped at any point before it is in
service; a dropped option may be proposed again when circumstances change. Implemented is final:
its implementation date is what the realised savings are judged from, so it must not move
silently. A low-cost option may go straight from approved to implemented.

Money is entered as lines of three kinds (one-off investment, annual saving, annual new revenue)
in fixed categories. The labels are held here in both languages because the CLI, the reports and
the GUI print the same words and the categories are data, not UI text.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from domain.roi import MAX_LIFE_YEARS, OptionFigures


class CostClass(StrEnum):
    LOW = "low"
    HIGH = "high"


class SourceKind(StrEnum):
    AUDIT_FINDING = "audit_finding"
    REVIEW = "review"
    IDEA = "idea"
    OTHER = "other"


class ProjectStatus(StrEnum):
    PROPOSED = "proposed"
    APPROVED = "approved"
    IMPLEMENTING = "implementing"
    IMPLEMENTED = "implemented"
    DROPPED = "dropped"


class AmountKind(StrEnum):
    INVESTMENT = "investment"
    SAVING = "saving"
    REVENUE = "revenue"


@dataclass(frozen=True)
class Label:
    zh: str
    en: str

    def text(self, chinese: bool) -> str:
        return self.zh if chinese else self.en


CATEGORIES: Final[dict[AmountKind, tuple[str, ...]]] = {
    AmountKind.INVESTMENT: (
        "equipment",
        "installation",
        "process_change",
        "consulting",
        "training",
        "software",
    ),
    AmountKind.SAVING: ("energy", "water", "materials", "discharge_fees", "avoided_fines"),
    AmountKind.REVENUE: ("recovered_materials", "waste_heat", "subsidies"),
}
"""The categories of each kind, in the order forms and reports list them."""

LABELS: Final[dict[str, Label]] = {
    CostClass.LOW: Label("无/低费", "No/low cost"),
    CostClass.HIGH: Label("中/高费", "Medium/high cost"),
    SourceKind.AUDIT_FINDING: Label("审核发现", "Audit finding"),
    SourceKind.REVIEW: Label("管理评审", "Management review"),
    SourceKind.IDEA: Label("合理化建议", "Employee idea"),
    SourceKind.OTHER: Label("其他", "Other"),
    ProjectStatus.PROPOSED: Label("已提出", "Proposed"),
    ProjectStatus.APPROVED: Label("已批准", "Approved"),
    ProjectStatus.IMPLEMENTING: Label("实施中", "Implementing"),
    ProjectStatus.IMPLEMENTED: Label("已实施", "Implemented"),
    ProjectStatus.DROPPED: Label("已放弃", "Dropped"),
    AmountKind.INVESTMENT: Label("投资", "Investment"),
    AmountKind.SAVING: Label("年节约", "Annual saving"),
    AmountKind.REVENUE: Label("年新增收益", "Annual new revenue"),
    "equipment": Label("设备", "Equipment"),
    "installation": Label("安装", "Installation"),
    "process_change": Label("工艺改造", "Process change"),
    "consulting": Label("咨询/审核", "Consulting/audit"),
    "training": Label("培训", "Training"),
    "software": Label("软件", "Software"),
    "energy": Label("节能", "Energy"),
    "water": Label("节水", "Water"),
    "materials": Label("节材", "Materials"),
    "discharge_fees": Label("排污费/环保税", "Discharge fees/environmental tax"),
    "avoided_fines": Label("避免罚款", "Avoided fines"),
    "recovered_materials": Label("回收物料", "Recovered materials"),
    "waste_heat": Label("余热利用", "Waste heat"),
    "subsidies": Label("补贴", "Subsidies"),
}

TRANSITIONS: Final[dict[ProjectStatus, tuple[ProjectStatus, ...]]] = {
    ProjectStatus.PROPOSED: (ProjectStatus.APPROVED, ProjectStatus.DROPPED),
    ProjectStatus.APPROVED: (
        ProjectStatus.IMPLEMENTING,
        ProjectStatus.IMPLEMENTED,
        ProjectStatus.DROPPED,
    ),
    ProjectStatus.IMPLEMENTING: (ProjectStatus.IMPLEMENTED, ProjectStatus.DROPPED),
    ProjectStatus.IMPLEMENTED: (),
    ProjectStatus.DROPPED: (ProjectStatus.PROPOSED,),
}
"""Forward steps first, dropping last; the GUI shows buttons in this order."""

ENERGY_SAVING: Final = "energy"
"""The saving category whose money the meters can confirm (realised savings)."""
MAX_CODE = 40
MAX_RATE = 1.0
"""A discount rate above 100 % a year is a typing error (8 entered as 8.0, not 0.08)."""


def label(code: str, chinese: bool = True) -> str:
    """The word for a class, source, status, kind or category; the code itself if unknown."""
    known = LABELS.get(code)
    return known.text(chinese) if known is not None else code


def transition_problem(
    status: ProjectStatus,
    to_status: ProjectStatus,
    implemented_on: date | None = None,
    today: date | None = None,
) -> str | None:
    """Why an option may not move from `status` to `to_status`, or None if it may.

    Codes: not_allowed (no such step), date_required (implemented needs the day it went into
    service), date_in_future (that day has not come yet).
    """
    if to_status not in TRANSITIONS[status]:
        return "not_allowed"
    if to_status is ProjectStatus.IMPLEMENTED:
        if implemented_on is None:
            return "date_required"
        if today is not None and implemented_on > today:
            return "date_in_future"
    return None


def amount_problem(kind: str, category: str, amount: float) -> str | None:
    """Codes: unknown_kind, unknown_category, not_finite, negative_amount."""
    try:
        categories = CATEGORIES[AmountKind(kind)]
    except ValueError:
        return "unknown_kind"
    if category not in categories:
        return "unknown_category"
    if not math.isfinite(amount):
        return "not_finite"
    if amount < 0:
        return "negative_amount"
    return None


@dataclass(frozen=True)
class Problem:
    field: str
    code: str
    detail: str = ""


def project_problems(
    *,
    code: str,
    title: str,
    life_years: int,
    discount_rate: float,
    expected_energy_kgce: float | None,
    energy_price_cny_per_kgce: float | None,
) -> list[Problem]:
    """What is wrong with an option's own fields (money lines are checked one by one)."""
    problems = []
    code = code.strip()
    if not code:
        problems.append(Problem("code", "code_required"))
    elif len(code) > MAX_CODE:
        problems.append(Problem("code", "text_too_long", str(MAX_CODE)))
    if not title.strip():
        problems.append(Problem("title", "title_required"))
    if not 1 <= life_years <= MAX_LIFE_YEARS:
        problems.append(Problem("life_years", "bad_life", str(MAX_LIFE_YEARS)))
    if not (math.isfinite(discount_rate) and 0.0 <= discount_rate <= MAX_RATE):
        problems.append(Problem("discount_rate", "bad_rate"))
    if expected_energy_kgce is not None and not (
        math.isfinite(expected_energy_kgce) and expected_energy_kgce >= 0
    ):
        problems.append(Problem("expected_energy_kgce", "negative_amount"))
    if energy_price_cny_per_kgce is not None and not (
        math.isfinite(energy_price_cny_per_kgce) and energy_price_cny_per_kgce > 0
    ):
        problems.append(Problem("energy_price_cny_per_kgce", "bad_price"))
    return problems


def totals(lines: Iterable[tuple[str, float]]) -> dict[AmountKind, float]:
    """Σ amount of each kind from (kind, amount) pairs; every kind present, 0 when none."""
    sums = dict.fromkeys(AmountKind, 0.0)
    for kind, amount in lines:
        sums[AmountKind(kind)] += amount
    return sums


def option_figures(
    lines: Iterable[tuple[str, float]], life_years: int, discount_rate: float
) -> OptionFigures:
    """What `domain.roi.evaluate_option` needs from an option's money lines."""
    sums = totals(lines)
    return OptionFigures(
        investment=sums[AmountKind.INVESTMENT],
        annual_savings=sums[AmountKind.SAVING],
        annual_revenue=sums[AmountKind.REVENUE],
        life_years=life_years,
        discount_rate=discount_rate,
    )


def cumulative_discounted(
    investment: float, annual_net: float, life_years: int, rate: float
) -> list[float]:
    """Σ of discounted flows at the end of each year 0…life: starts at −investment, crosses 0 at
    the discounted payback and ends at the NPV."""
    running = -investment
    points = [running]
    for year in range(1, life_years + 1):
        running += annual_net / (1.0 + rate) ** year
        points.append(running)
    return points
