"""Demo PDCA reviews: last quarter's review, closed with causes, decisions and two actions, and
this quarter's draft that checks those actions, so the Reviews page shows a whole cycle.

Written through the same services as the page, so the demo obeys the close rule: every KPI
behind its target gets a cause before the first review is closed.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.services.actions import move_action
from desktop_app.services.review_queries import get_review
from desktop_app.services.reviews import (
    check_previous_action,
    close_review,
    create_review,
    raise_action,
    set_cause,
    set_next_target,
    set_text,
)
from domain.actions import ActionState
from domain.reviews import (
    CAUSE_MISSING,
    CheckResult,
    RefKind,
    previous_period,
    quarter_of,
    split_problem,
)
from domain.roles import Actor
from storage.models import ReviewRecord

CAUSES = {
    "energy_per_unit": "二号线蒸汽疏水阀泄漏，检修延期至月底；夜班空载运行时间偏长。",
    "fresh_water_per_unit": "新鲜水补水阀门内漏，中水回用泵检修期间停运两周。",
    "reclaimed_water_rate": "中水回用泵检修停运两周，回用水改走排放。",
    "solid_waste_rate": "原料批次含杂偏高，筛分损耗增加。",
    "material_utilisation": "原料批次含杂偏高，筛分损耗增加。",
    "packaging_recovery": "包装线换型期间回收不及时。",
}
EMISSION_CAUSE = "进料负荷波动，处理设施在高负荷时段去除效率下降。"
SUMMARY = (
    "本季度产量稳定，单位产品能耗和新鲜水耗未达计划进度；污染物排放全部达标。"
    "上季度整改措施已按期完成一项，另一项仍在进行。"
)
DECISIONS = (
    "1. 动力车间负责蒸汽疏水阀更换，下季度前完成；\n"
    "2. 中水回用泵增加备用泵，提高回用率；\n"
    "3. 夜班空载时间纳入班组考核。"
)
ACTIONS = (
    ("更换二号线蒸汽疏水阀", "张伟", 30),
    ("中水回用泵增设备用泵", "李娜", 45),
)


def seed_reviews(session: Session, actor: Actor, first_day: date, end_day: date) -> int:
    """Two reviews (none when the site already has one); returns how many were written.

    `first_day`..`end_day` is the seeded history (end exclusive), as in `demo_seed`.
    """
    if session.scalar(select(func.count()).select_from(ReviewRecord)):
        return 0
    last_day = max(first_day, end_day - timedelta(days=1))
    quarter_first, _quarter_last = quarter_of(last_day)
    previous_first, previous_last = previous_period(*quarter_of(last_day))
    closed_id = create_review(
        session, actor, previous_first, previous_last, _title(previous_first, "季度管理评审")
    )
    action_ids = _conclude(session, actor, closed_id, previous_last)
    close_review(session, actor, closed_id)
    draft_id = create_review(
        session, actor, quarter_first, last_day, _title(quarter_first, "季度管理评审（进行中）")
    )
    move_action(session, actor, action_ids[0], ActionState.IN_PROGRESS.value)
    move_action(session, actor, action_ids[0], ActionState.DONE.value, "疏水阀已更换，试运行正常")
    check_previous_action(
        session, actor, draft_id, action_ids[0], CheckResult.EFFECTIVE.value, "蒸汽单耗回落约 4%"
    )
    check_previous_action(
        session, actor, draft_id, action_ids[1], CheckResult.OPEN.value, "备用泵到货延迟"
    )
    for raised in get_review(session, closed_id).raised:
        if raised.kind is RefKind.WORKFLOW:  # the next target the closed review proposed
            note = "目标变更已提交，待管理员审批"
            check_previous_action(
                session, actor, draft_id, raised.ref_id, CheckResult.OPEN.value, note
            )
    _first_cause(session, actor, draft_id)
    return 2


def _conclude(session: Session, actor: Actor, review_id: str, last: date) -> list[str]:
    """Causes for every KPI behind its target, the text, a next target and two actions."""
    info = get_review(session, review_id)
    missing = [
        split_problem(p)[1] for p in info.close_problems if split_problem(p)[0] == CAUSE_MISSING
    ]
    for kpi_code in missing:
        set_cause(session, actor, review_id, kpi_code, CAUSES.get(kpi_code, EMISSION_CAUSE))
    set_text(session, actor, review_id, SUMMARY, DECISIONS)
    with_target = [r for r in info.results if r.target is not None]
    if with_target:
        first = with_target[0]
        assert first.target is not None
        set_next_target(
            session,
            actor,
            review_id,
            first.kpi_code,
            round(first.target * 0.98, 4),
            last + timedelta(days=92),
        )
    kpis = [*missing, *(r.kpi_code for r in info.results)]
    return [
        raise_action(
            session,
            actor,
            review_id,
            title,
            person,
            last + timedelta(days=days),
            kpis[index] if index < len(kpis) else None,
        )
        for index, (title, person, days) in enumerate(ACTIONS)
    ]


def _first_cause(session: Session, actor: Actor, review_id: str) -> None:
    """The meeting has started: the first missed KPI already has its cause, the rest not yet."""
    for problem in get_review(session, review_id).close_problems:
        code, kpi_code = split_problem(problem)
        if code == CAUSE_MISSING:
            set_cause(session, actor, review_id, kpi_code, CAUSES.get(kpi_code, EMISSION_CAUSE))
            return


def _title(first: date, what: str) -> str:
    return f"{first.year}年第{(first.month - 1) // 3 + 1}{what}"
