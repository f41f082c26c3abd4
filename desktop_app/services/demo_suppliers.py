"""Demo supplier register: six suppliers a mid-sized Chinese plant buys from, so the Suppliers
page, the green-procurement ratio and the credential check have content on first start.

Dated relative to the seeded period: one credential lapses within 30 days of its last day and
one has already lapsed, so the renewal workflow has something to start; evaluations fall on
the last four quarter ends; purchases run through the period, about 60 % of the amount green
certified (packaging with the Ten Rings label, certified raw material, efficient equipment).
Everything goes through the real services and their rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.services.supplier_purchases import record_purchase
from desktop_app.services.suppliers import add_credential, add_evaluation, create_supplier
from domain.roles import Actor, Role
from storage.models import SupplierRecord

PURCHASE_EVERY_DAYS = 9
EVALUATOR = Actor("示范采购员", Role.ENGINEER, None)


@dataclass(frozen=True)
class _Credential:
    kind: str
    number: str
    issuer: str
    ends_after_days: int
    """Days after the seeded period's last day (negative: already lapsed)."""


@dataclass(frozen=True)
class _Buy:
    item: str
    unit: str
    quantity: float
    price_cny: float
    green: bool
    certificate: str = ""


@dataclass(frozen=True)
class _Supplier:
    name: str
    category: str
    contact: str
    cp_audit: str
    credentials: tuple[_Credential, ...]
    scores: tuple[float, float, float, float]
    """Oldest quarter first."""
    buys: tuple[_Buy, ...]


CQC = "中国质量认证中心"
CEC = "中环联合(北京)认证中心有限公司"

SUPPLIERS = (
    _Supplier(
        "华东包装材料有限公司",
        "packaging",
        "张经理 0571-8888 2101",
        "passed",
        (
            _Credential("iso14001", "02124E31005R2M", CQC, 420),
            _Credential("china_environmental_label", "CEC-2023-HJ-0815", CEC, 21),
        ),
        (86.0, 88.0, 91.0, 92.5),
        (
            _Buy("环境标志瓦楞纸箱", "个", 6000, 3.2, True, "CEC-2023-HJ-0815"),
            _Buy("缠绕膜", "kg", 400, 14.0, False),
        ),
    ),
    _Supplier(
        "江苏绿源化学品有限公司",
        "chemicals",
        "刘工 0512-6655 3308",
        "planned",
        (_Credential("iso14001", "01321E20417R1M", "北京世标认证中心有限公司", -12),),
        (78.0, 74.0, 71.5, 69.0),
        (_Buy("聚合氯化铝(PAC)", "t", 3, 2300.0, False), _Buy("液碱 32%", "t", 4, 950.0, False)),
    ),
    _Supplier(
        "浙江恒丰原料实业有限公司",
        "raw_material",
        "陈总 0573-8210 6677",
        "passed",
        (
            _Credential("iso14001", "00122E33218R3L", CQC, 610),
            _Credential("iso50001", "00122EnMS0317R1L", CQC, 250),
            _Credential("green_product", "GP-2024-0412", CQC, 380),
        ),
        (90.0, 92.0, 93.0, 95.0),
        (
            _Buy("再生聚丙烯颗粒", "t", 4, 7800.0, True, "GP-2024-0412"),
            _Buy("聚丙烯颗粒", "t", 1.2, 8600.0, False),
        ),
    ),
    _Supplier(
        "苏州净蓝环保设备有限公司",
        "equipment",
        "王工 0512-6790 4412",
        "none",
        (_Credential("iso14001", "15723E0391R0S", "方圆标志认证集团", 300),),
        (80.0, 82.0, 82.0, 84.0),
        (_Buy("一级能效变频电机 15 kW", "台", 1, 9800.0, True, "能效标识 1 级"),),
    ),
    _Supplier(
        "上海顺捷物流有限公司",
        "services",
        "赵经理 021-5566 7788",
        "none",
        (),
        (72.0, 70.0, 73.0, 76.0),
        (_Buy("成品运输", "车次", 12, 650.0, False),),
    ),
    _Supplier(
        "安徽新材包装制品厂",
        "packaging",
        "孙厂长 0551-6312 9045",
        "planned",
        (_Credential("green_product", "GP-2025-1127", CQC, 540),),
        (64.0, 68.0, 75.0, 79.0),
        (
            _Buy("可降解托盘", "个", 200, 38.0, True, "GP-2025-1127"),
            _Buy("木托盘", "个", 120, 45.0, False),
        ),
    ),
)


def seed_suppliers(session: Session, actor: Actor, first_day: date, end_day: date) -> int:
    """The six suppliers with credentials, evaluations and purchases from `first_day` to
    `end_day`; returns how many suppliers were written (0 when the register has any)."""
    if session.scalar(select(func.count()).select_from(SupplierRecord)):
        return 0
    quarters = _quarter_ends(end_day, 4)
    for index, plan in enumerate(SUPPLIERS):
        supplier_id = create_supplier(
            session,
            actor,
            name=plan.name,
            category=plan.category,
            contact=plan.contact,
            cp_audit_status=plan.cp_audit,
        )
        for c in plan.credentials:
            valid_to = end_day + timedelta(days=c.ends_after_days)
            add_credential(
                session,
                actor,
                supplier_id,
                kind=c.kind,
                number=c.number,
                issuer=c.issuer,
                valid_from=valid_to - timedelta(days=3 * 365),
                valid_to=valid_to,
            )
        for day, score in zip(quarters, plan.scores, strict=True):
            add_evaluation(session, EVALUATOR, supplier_id, evaluated_on=day, score=score)
        _buy(session, actor, supplier_id, plan, first_day + timedelta(days=index), end_day)
    return len(SUPPLIERS)


def _buy(
    session: Session, actor: Actor, supplier_id: str, plan: _Supplier, first: date, last: date
) -> None:
    day, turn = first, 0
    while day <= last:
        buy = plan.buys[turn % len(plan.buys)]
        quantity = _vary(buy.quantity, turn)
        record_purchase(
            session,
            actor,
            supplier_id=supplier_id,
            bought_on=day,
            item=buy.item,
            quantity=quantity,
            unit=buy.unit,
            amount_cny=round(quantity * buy.price_cny, 2),
            green_certified=buy.green,
            certificate_ref=buy.certificate,
        )
        day, turn = day + timedelta(days=PURCHASE_EVERY_DAYS), turn + 1


def _vary(quantity: float, turn: int) -> float:
    """Orders differ a little in size: whole units stay whole (1 or 2 motors, 12 or 13 trips)."""
    if quantity < 10:
        return quantity * (1 + turn % 2)
    return float(round(quantity * (1.0 + 0.1 * (turn % 3))))


def _quarter_ends(end_day: date, count: int) -> list[date]:
    """The last `count` quarter ends on or before `end_day`, oldest first."""
    ends: list[date] = []
    year, quarter = end_day.year, (end_day.month - 1) // 3 + 1
    while len(ends) < count:
        month = 3 * quarter
        last = date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31)
        if last <= end_day:
            ends.append(last)
        year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
    return ends[::-1]
