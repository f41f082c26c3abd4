"""Alarm limits for the demo plant: the limits a Chinese plant of this kind really watches.

Stack: SO2 35 and dust 10 mg/m³ (ultra-low emission), NOx 150 mg/m³ (the demo boiler burns gas
without low-NOx burners: the GB 13271-2014 special limit); wastewater COD 50 mg/L and pH 6–9 are
the usual discharge permit values; 850 kW stands for the contracted demand of the main incomer.
Each device's first tag also carries a communication-loss and a stale-data alarm, so a failed or
silent meter is seen at once.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from desktop_app.services.alarms import create_limit
from desktop_app.services.configuration import TagInfo, load_tag_catalog
from domain.alarms import AlarmKind, AlarmLimit
from domain.roles import Actor

COMM_LOSS_DELAY_S = 10.0
STALE_AFTER_S = 30.0

# tag, kind, setpoint, deadband, on-delay s, priority, Chinese message, English message
_PROCESS_LIMITS: tuple[tuple[str, AlarmKind, float, float, float, int, str, str], ...] = (
    (
        "stack_so2",
        AlarmKind.HI,
        35.0,
        1.0,
        15.0,
        2,
        "二氧化硫超过超低排放限值 35 mg/m³",
        "SO2 above the ultra-low emission limit (35 mg/m³)",
    ),
    (
        "stack_nox",
        AlarmKind.HI,
        150.0,
        5.0,
        15.0,
        2,
        "氮氧化物超过燃气锅炉特别排放限值 150 mg/m³（GB 13271-2014）",
        "NOx above the gas-boiler special emission limit (150 mg/m³, GB 13271-2014)",
    ),
    (
        "stack_dust",
        AlarmKind.HI,
        10.0,
        0.5,
        15.0,
        2,
        "颗粒物超过超低排放限值 10 mg/m³",
        "Dust above the ultra-low emission limit (10 mg/m³)",
    ),
    (
        "wastewater_cod",
        AlarmKind.HI,
        50.0,
        2.0,
        15.0,
        2,
        "废水COD超过排放限值 50 mg/L",
        "Wastewater COD above the discharge limit (50 mg/L)",
    ),
    (
        "wastewater_ph",
        AlarmKind.LO,
        6.0,
        0.1,
        15.0,
        2,
        "废水pH低于排放限值 6",
        "Wastewater pH below the discharge limit (6)",
    ),
    (
        "wastewater_ph",
        AlarmKind.HI,
        9.0,
        0.1,
        15.0,
        2,
        "废水pH高于排放限值 9",
        "Wastewater pH above the discharge limit (9)",
    ),
    (
        "power_main_active_power",
        AlarmKind.HI,
        850.0,
        10.0,
        30.0,
        3,
        "总有功功率超过需量限值 850 kW",
        "Total active power above the demand limit (850 kW)",
    ),
)


def demo_alarm_limits(tags: Iterable[TagInfo]) -> tuple[AlarmLimit, ...]:
    """Limits (id 0, not yet stored) for the demo tags present in `tags`; others are skipped."""
    tags = tuple(tags)
    by_name = {tag.name: tag for tag in tags}
    limits = [
        AlarmLimit(
            0, by_name[name].id, kind, setpoint, deadband, delay, 0.0, priority, True, zh, en
        )
        for name, kind, setpoint, deadband, delay, priority, zh, en in _PROCESS_LIMITS
        if name in by_name
    ]
    first_tags: dict[int, TagInfo] = {}
    for tag in sorted(tags, key=lambda t: t.id):
        first_tags.setdefault(tag.device_id, tag)
    for tag in first_tags.values():
        device_zh = tag.device_label or tag.name
        device_en = tag.device_label_en or device_zh
        limits.append(
            AlarmLimit(
                0,
                tag.id,
                AlarmKind.COMM_LOSS,
                0.0,
                on_delay_s=COMM_LOSS_DELAY_S,
                priority=2,
                message=f"{device_zh}通讯中断",
                message_en=f"{device_en}: communication lost",
            )
        )
        limits.append(
            AlarmLimit(
                0,
                tag.id,
                AlarmKind.STALE,
                STALE_AFTER_S,
                priority=3,
                message=f"{device_zh}数据超过 {STALE_AFTER_S:g} 秒未更新",
                message_en=f"{device_en}: no data for {STALE_AFTER_S:g} s",
            )
        )
    return tuple(limits)


def configure_demo_alarms(session: Session, actor: Actor) -> int:
    """Store the demo limits (validated and change-logged); returns how many were created."""
    limits = demo_alarm_limits(load_tag_catalog(session))
    for limit in limits:
        create_limit(session, actor, limit)
    return len(limits)
