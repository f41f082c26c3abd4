"""Suppliers for green procurement: credential kinds, validity, evaluation grades and the ratio.

A credential is only worth something while it is valid, and a renewal takes weeks (audit,
certificate issue), so a credential that lapses within `DEFAULT_EXPIRY_WINDOW_DAYS` is already
flagged as expiring. The green-procurement ratio weighs purchases by amount (元), not by count:
one large certified order matters more than ten small uncertified ones, and that is how plant
auditors under the cleaner-production evaluation rules count it. Everything here is pure; the
services store, the UI translates the codes.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

DEFAULT_EXPIRY_WINDOW_DAYS = 60
SCORE_MIN = 0.0
SCORE_MAX = 100.0


class CredentialKind(StrEnum):
    ISO14001 = "iso14001"
    ISO50001 = "iso50001"
    GREEN_PRODUCT = "green_product"
    CHINA_ENVIRONMENTAL_LABEL = "china_environmental_label"
    CP_AUDIT = "cp_audit"
    OTHER = "other"


CREDENTIAL_LABELS: dict[CredentialKind, tuple[str, str]] = {
    CredentialKind.ISO14001: (
        "ISO 14001 环境管理体系认证",
        "ISO 14001 environmental management system",
    ),
    CredentialKind.ISO50001: ("ISO 50001 能源管理体系认证", "ISO 50001 energy management system"),
    CredentialKind.GREEN_PRODUCT: ("绿色产品认证", "Green product certification"),
    CredentialKind.CHINA_ENVIRONMENTAL_LABEL: (
        "中国环境标志(十环)",
        "China Environmental Labelling (Ten Rings)",
    ),
    CredentialKind.CP_AUDIT: ("清洁生产审核", "Cleaner-production audit"),
    CredentialKind.OTHER: ("其他", "Other"),
}


class SupplierCategory(StrEnum):
    RAW_MATERIAL = "raw_material"
    PACKAGING = "packaging"
    CHEMICALS = "chemicals"
    EQUIPMENT = "equipment"
    ENERGY = "energy"
    SERVICES = "services"
    OTHER = "other"


CATEGORY_LABELS: dict[SupplierCategory, tuple[str, str]] = {
    SupplierCategory.RAW_MATERIAL: ("原料", "Raw materials"),
    SupplierCategory.PACKAGING: ("包装材料", "Packaging"),
    SupplierCategory.CHEMICALS: ("化学品", "Chemicals"),
    SupplierCategory.EQUIPMENT: ("设备", "Equipment"),
    SupplierCategory.ENERGY: ("能源", "Energy"),
    SupplierCategory.SERVICES: ("服务", "Services"),
    SupplierCategory.OTHER: ("其他", "Other"),
}


class CpAuditStatus(StrEnum):
    """Whether the supplier itself went through a cleaner-production audit."""

    NONE = "none"
    PLANNED = "planned"
    PASSED = "passed"


CP_AUDIT_LABELS: dict[CpAuditStatus, tuple[str, str]] = {
    CpAuditStatus.NONE: ("未开展", "None"),
    CpAuditStatus.PLANNED: ("计划中", "Planned"),
    CpAuditStatus.PASSED: ("已通过", "Passed"),
}


class Validity(StrEnum):
    VALID = "valid"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    NO_DATE = "no_date"
    """No end date recorded: nothing to warn about, but nothing proven either."""


class Grade(StrEnum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"


class Trend(StrEnum):
    UP = "up"
    DOWN = "down"
    FLAT = "flat"
    NONE = "none"
    """Fewer than two evaluations: no trend yet."""


def credential_label(kind: CredentialKind, chinese: bool) -> str:
    zh, en = CREDENTIAL_LABELS[kind]
    return zh if chinese else en


def category_label(category: SupplierCategory, chinese: bool) -> str:
    zh, en = CATEGORY_LABELS[category]
    return zh if chinese else en


def cp_audit_label(status: CpAuditStatus, chinese: bool) -> str:
    zh, en = CP_AUDIT_LABELS[status]
    return zh if chinese else en


def days_left(valid_to: date | None, today: date) -> int | None:
    """Days until the last valid day (0 on that day, negative once lapsed); None without date."""
    return None if valid_to is None else (valid_to - today).days


def credential_validity(
    valid_to: date | None, today: date, within_days: int = DEFAULT_EXPIRY_WINDOW_DAYS
) -> Validity:
    """`valid_to` is the last day the credential holds: it is expired from the day after."""
    left = days_left(valid_to, today)
    if left is None:
        return Validity.NO_DATE
    if left < 0:
        return Validity.EXPIRED
    if left <= within_days:
        return Validity.EXPIRING
    return Validity.VALID


def needs_renewal(
    valid_to: date | None, today: date, within_days: int = DEFAULT_EXPIRY_WINDOW_DAYS
) -> bool:
    return credential_validity(valid_to, today, within_days) in (
        Validity.EXPIRING,
        Validity.EXPIRED,
    )


def nearest_expiry(valid_tos: Iterable[date | None]) -> date | None:
    """The earliest end date among a supplier's credentials: the one to watch."""
    known = [d for d in valid_tos if d is not None]
    return min(known) if known else None


def credential_dates_problem(valid_from: date | None, valid_to: date | None) -> str | None:
    if valid_from is not None and valid_to is not None and valid_to < valid_from:
        return "dates_reversed"
    return None


def score_problem(score: float) -> str | None:
    if not math.isfinite(score):
        return "not_finite"
    if not SCORE_MIN <= score <= SCORE_MAX:
        return "score_out_of_range"
    return None


def grade(score: float) -> Grade:
    """A from 90, B from 75, C from 60, D below (the bounds belong to the higher grade)."""
    if score >= 90:
        return Grade.A
    if score >= 75:
        return Grade.B
    if score >= 60:
        return Grade.C
    return Grade.D


def score_trend(scores: Sequence[float]) -> Trend:
    """The latest score against the one before it (scores oldest first)."""
    if len(scores) < 2:
        return Trend.NONE
    latest, previous = scores[-1], scores[-2]
    if latest > previous:
        return Trend.UP
    if latest < previous:
        return Trend.DOWN
    return Trend.FLAT


def amount_problem(amount_cny: float) -> str | None:
    """A purchase costs something; a refund is a correction of the purchase, not a new one."""
    if not math.isfinite(amount_cny):
        return "not_finite"
    if amount_cny <= 0:
        return "amount_not_positive"
    return None


@dataclass(frozen=True)
class GreenRatio:
    value: float | None
    """Percent of the amount bought with a green certificate; None without purchases."""
    green_cny: float
    total_cny: float
    purchases: int
    green_purchases: int
    reason: str = ""
    """"no_purchases" when there is nothing to divide by."""


def green_procurement_ratio(purchases: Iterable[tuple[float, bool]]) -> GreenRatio:
    """(amount in 元, green certified) pairs → green amount / all amount × 100 %."""
    total = green = 0.0
    count = green_count = 0
    for amount, certified in purchases:
        total += amount
        count += 1
        if certified:
            green += amount
            green_count += 1
    if count == 0 or total == 0:
        return GreenRatio(None, green, total, count, green_count, "no_purchases")
    return GreenRatio(100.0 * green / total, green, total, count, green_count)
