"""The demo plant's cleaner-production options: six a real audit of such a plant would list.

Figures fit the demo plant (about 4.7 GWh of electricity and 1.6 million m³ of natural gas a
year, electricity at 0.69 元/kWh = 5.6 元/kgce): a compressed-air VFD retrofit that went into
service 40 days before the seeded history ends, condensate recovery and boiler flue-gas heat
recovery still to build, LED lighting being installed, counter-current rinsing proposed and a
cardboard sorting idea dropped. So that "realised vs promised" has something to show, the
seeded electricity of the days after the retrofit is lowered by what such a retrofit saves
(`COMPRESSOR_SAVING` of the site's electricity): the demo history then tells the same story as
its register. Live readings after the seeded history are the simulator's and do not include it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Final

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop_app.services.project_queries import AmountLine, EffectLine, ProjectFields
from desktop_app.services.projects import create_project, move_project, set_amounts, set_effects
from domain.roles import Actor
from storage.models import Tag
from storage.records import day_start_ms
from storage.rollups import DAY, HOUR

IMPLEMENTED_DAYS_BEFORE_END: Final = 40
COMPRESSOR_SAVING: Final = 0.06
"""Share of the site's electricity a VFD on the air compressors saves (typically 5–8 %)."""
POWER_TAG: Final = "power_main_import_energy"
PRICE: Final = 5.6
"""元 per kgce of electricity: 0.69 元/kWh ÷ 0.1229 kgce/kWh."""


@dataclass(frozen=True)
class _Option:
    number: int
    fields: ProjectFields
    amounts: tuple[tuple[str, str, float], ...]
    effects: tuple[EffectLine, ...]
    path: tuple[str, ...]
    """The states it moves through after proposed."""


def seed_projects(session: Session, actor: Actor, first_day: date, end_day: date) -> int:
    """Register the demo options (codes F-<year>-01…); returns how many were added."""
    implemented_on = max(first_day, end_day - timedelta(days=IMPLEMENTED_DAYS_BEFORE_END))
    options = _options()
    for option in options:
        code = f"F-{first_day.year}-{option.number:02d}"
        project_id = create_project(session, actor, replace(option.fields, code=code))
        set_amounts(session, actor, project_id, [AmountLine(*a) for a in option.amounts])
        set_effects(session, actor, project_id, option.effects)
        for status in option.path:
            move_project(
                session,
                actor,
                project_id,
                status,
                implemented_on=implemented_on,
                today=end_day,
            )
    _lower_power(session, implemented_on, end_day, 1.0 - COMPRESSOR_SAVING)
    return len(options)


def _lower_power(session: Session, first: date, end_day: date, factor: float) -> None:
    """Scale the seeded hourly and daily electricity use in [first, end_day) by `factor`."""
    tag = session.scalar(select(Tag.id).where(Tag.name == POWER_TAG))
    if tag is None or first >= end_day:
        return
    for level in (HOUR, DAY):
        session.execute(
            text(
                f"UPDATE {level.table} SET consumption = consumption * :factor "
                "WHERE tag_id = :tag AND bucket >= :lo AND bucket < :hi "
                "AND consumption IS NOT NULL"
            ),
            {"factor": factor, "tag": tag, "lo": day_start_ms(first), "hi": day_start_ms(end_day)},
        )


def _options() -> tuple[_Option, ...]:
    return (
        _Option(
            1,
            ProjectFields(
                code="",
                title="空压机变频改造",
                cost_class="high",
                source_kind="audit_finding",
                description="两台 110 kW 螺杆空压机加装变频器并改为联控，消除卸载空转；"
                "管网压力由 0.75 MPa 降至 0.65 MPa。",
                source_ref="2026 年清洁生产审核 · 能源审计",
                department="动力车间",
                person="周工",
                life_years=10,
                discount_rate=0.08,
                expected_energy_kgce=34_000.0,
                energy_price_cny_per_kgce=PRICE,
            ),
            (
                ("investment", "equipment", 230_000.0),
                ("investment", "installation", 40_000.0),
                ("investment", "training", 5_000.0),
                ("saving", "energy", 190_000.0),
            ),
            (EffectLine("energy_per_unit", -3.5, "kgce/t", "压缩空气系统节电约 6 %"),),
            ("approved", "implementing", "implemented"),
        ),
        _Option(
            2,
            ProjectFields(
                code="",
                title="蒸汽冷凝水回收",
                cost_class="high",
                source_kind="audit_finding",
                description="回收烘干工段蒸汽冷凝水（约 4 t/h, 85 ℃）送回锅炉给水箱。",
                department="动力车间",
                person="周工",
                life_years=12,
                expected_energy_kgce=21_000.0,
                energy_price_cny_per_kgce=3.1,
            ),
            (
                ("investment", "equipment", 98_000.0),
                ("investment", "installation", 22_000.0),
                ("saving", "energy", 65_000.0),
                ("saving", "water", 14_000.0),
            ),
            (
                EffectLine("energy_per_unit", -2.2, "kgce/t"),
                EffectLine("fresh_water_per_unit", -0.3, "m³/t"),
            ),
            ("approved",),
        ),
        _Option(
            3,
            ProjectFields(
                code="",
                title="LED照明改造",
                cost_class="low",
                source_kind="idea",
                description="车间 400 W 金卤灯更换为 150 W LED 工矿灯，共 120 套。",
                department="设备科",
                person="李师傅",
                life_years=8,
                expected_energy_kgce=13_000.0,
                energy_price_cny_per_kgce=PRICE,
            ),
            (
                ("investment", "equipment", 96_000.0),
                ("investment", "installation", 12_000.0),
                ("saving", "energy", 72_000.0),
            ),
            (EffectLine("energy_per_unit", -1.3, "kgce/t"),),
            ("approved", "implementing"),
        ),
        _Option(
            4,
            ProjectFields(
                code="",
                title="锅炉烟气余热回收",
                cost_class="high",
                source_kind="review",
                description="燃气锅炉尾部加装冷凝式节能器，排烟温度由 160 ℃ 降至 70 ℃，"
                "预热锅炉给水与生活热水。",
                source_ref="2026 年一季度管理评审",
                department="动力车间",
                life_years=15,
                expected_energy_kgce=95_000.0,
                energy_price_cny_per_kgce=3.1,
            ),
            (
                ("investment", "equipment", 680_000.0),
                ("investment", "installation", 160_000.0),
                ("investment", "consulting", 30_000.0),
                ("saving", "energy", 295_000.0),
                ("revenue", "waste_heat", 18_000.0),
                ("revenue", "subsidies", 20_000.0),
            ),
            (
                EffectLine("energy_per_unit", -9.0, "kgce/t"),
                EffectLine("emission.nox", -0.002, "kg/t"),
            ),
            (),
        ),
        _Option(
            5,
            ProjectFields(
                code="",
                title="清洗水逆流漂洗",
                cost_class="low",
                source_kind="audit_finding",
                description="三级清洗槽由各自溢流改为逆流串联漂洗，末级补新鲜水。",
                department="生产一车间",
                person="陈班长",
                life_years=5,
            ),
            (
                ("investment", "process_change", 15_000.0),
                ("saving", "water", 26_000.0),
                ("saving", "discharge_fees", 9_000.0),
            ),
            (EffectLine("fresh_water_per_unit", -0.8, "m³/t"),),
            (),
        ),
        _Option(
            6,
            ProjectFields(
                code="",
                title="废包装纸箱分类外售",
                cost_class="low",
                source_kind="idea",
                description="与现有回收商合同重复，已由供应商回收包装替代。",
                department="仓储部",
                life_years=3,
            ),
            (
                ("investment", "training", 2_000.0),
                ("revenue", "recovered_materials", 6_000.0),
            ),
            (),
            ("dropped",),
        ),
    )
