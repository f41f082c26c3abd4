"""PDCA reviews through the services on a seeded demo plant: the KPI snapshot equals the KPI
table of the period, the close rule, the previous review's actions checked at the next one, a
closed review is read-only, and only those who manage KPIs may write."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import delete, select

from desktop_app.services.actions import get_action, move_action
from desktop_app.services.demo_reviews import seed_reviews
from desktop_app.services.demo_seed import seed_demo
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.kpi_overview import kpi_overview
from desktop_app.services.review_queries import get_review, list_reviews, next_targets
from desktop_app.services.reviews import (
    check_previous_action,
    close_review,
    create_review,
    link_workflow,
    raise_action,
    refresh_results,
    set_cause,
    set_next_target,
    set_text,
)
from desktop_app.services.startup import open_site
from domain.actions import ActionState
from domain.reviews import CheckResult, ReviewStatus
from domain.roles import SYSTEM, Actor, PermissionDenied, Role
from storage.models import (
    ChangeLogEntry,
    ReviewActionRecord,
    ReviewKpiResultRecord,
    ReviewRecord,
)
from storage.records import day_start_ms
from tests.conftest import free_port_block

ENGINEER = Actor("wang", Role.ENGINEER, None)
INSPECTOR = Actor("li", Role.INSPECTOR, None)
Q1 = (date(2026, 1, 1), date(2026, 3, 31))
Q2 = (date(2026, 4, 1), date(2026, 6, 30))


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """One demo plant with 150 days of history up to 2026-05-20 (seeding takes seconds)."""
    data_dir = tmp_path_factory.mktemp("reviews") / "data"
    data_dir.mkdir()
    startup = open_site(data_dir, demo_port=free_port_block(2))
    seed_demo(
        startup.database, 150, now_ms=day_start_ms(date(2026, 5, 20)), cleaner_production=False
    )
    yield startup.database
    startup.database.close()


@pytest.fixture
def site(seeded):
    """The seeded plant with no review left over from another test."""
    with seeded.transaction() as session:
        for table in (ReviewActionRecord, ReviewKpiResultRecord, ReviewRecord):
            session.execute(delete(table))
    return seeded


def _new(database, period=Q1, title="", actor=ENGINEER) -> str:
    with database.transaction() as session:
        return create_review(session, actor, *period, title)


def _review(database, review_id):
    with database.reading() as session:
        return get_review(session, review_id)


def _explain_misses(database, review_id) -> None:
    info = _review(database, review_id)
    with database.transaction() as session:
        for problem in info.close_problems:
            code, kpi = problem.split(":", 1)
            if code == "cause_missing":
                set_cause(session, ENGINEER, review_id, kpi, "steam trap leaking")


def test_the_results_are_the_kpi_table_of_the_period(site) -> None:
    review_id = _new(site)
    info = _review(site, review_id)
    with site.reading() as session:
        rows = kpi_overview(session, *Q1).rows
    assert [r.kpi_code for r in info.results] == [r.definition.code for r in rows]
    for result, row in zip(info.results, rows, strict=True):
        assert result.value == row.value.value and result.unit == row.definition.unit
        assert result.name_zh == row.definition.name_zh
        assert result.target == (row.target.target.target_value if row.target else None)
        assert result.status == (row.status.state if row.status else "")
    assert info.title == "2026 Q1" and info.status is ReviewStatus.DRAFT
    assert (info.first, info.last) == Q1 and info.previous_id is None
    assert info.counts.total == len(rows) and info.counts.missed > 0
    missed = [r.kpi_code for r in info.results if r.status in ("at_risk", "missed")]
    assert list(info.close_problems) == [f"cause_missing:{k}" for k in missed]


def test_a_review_closes_once_every_missed_kpi_has_a_cause(site) -> None:
    review_id = _new(site)
    with site.transaction() as session, pytest.raises(ConfigurationError) as refused:
        close_review(session, ENGINEER, review_id)
    assert refused.value.code == "review_not_ready"
    assert refused.value.field.startswith("cause_missing:")
    _explain_misses(site, review_id)
    with site.transaction() as session:
        set_text(session, ENGINEER, review_id, "Water is behind.", "Fix the valve.")
        assert close_review(session, ENGINEER, review_id) == []
    info = _review(site, review_id)
    assert info.status is ReviewStatus.CLOSED and info.closed_by == "wang"
    assert (info.summary, info.decisions) == ("Water is behind.", "Fix the valve.")
    with site.reading() as session:
        [listed] = list_reviews(session)
    assert listed.status is ReviewStatus.CLOSED and listed.counts == info.counts


def test_a_closed_review_is_read_only(site) -> None:
    review_id = _new(site)
    _explain_misses(site, review_id)
    with site.transaction() as session:
        close_review(session, ENGINEER, review_id)
    kpi = _review(site, review_id).results[0].kpi_code
    writes = [
        lambda s: set_cause(s, ENGINEER, review_id, kpi, "later"),
        lambda s: set_next_target(s, ENGINEER, review_id, kpi, 1.0, date(2026, 9, 30)),
        lambda s: set_text(s, ENGINEER, review_id, "x", "y"),
        lambda s: refresh_results(s, ENGINEER, review_id),
        lambda s: raise_action(s, ENGINEER, review_id, "late idea", "", None),
        lambda s: close_review(s, ENGINEER, review_id),
    ]
    for write in writes:
        with site.transaction() as session, pytest.raises(ConfigurationError) as refused:
            write(session)
        assert refused.value.code == "review_closed"


def test_actions_raised_are_checked_at_the_next_review(site) -> None:
    first = _new(site)
    kpi = _review(site, first).results[0].kpi_code
    due = date(2026, 4, 30)
    with site.transaction() as session:
        fix = raise_action(session, ENGINEER, first, "Replace the steam trap", "张伟", due, kpi)
        other = raise_action(session, ENGINEER, first, "Train the night shift", "李娜", None)
    _explain_misses(site, first)
    with site.transaction() as session:
        close_review(session, ENGINEER, first)
        move_action(session, ENGINEER, fix, "in_progress")
        action = get_action(session, fix)
    assert action.person == "张伟" and action.due == due
    assert "2026 Q1" in action.description and kpi in action.description

    second = _new(site, Q2)
    info = _review(site, second)
    assert info.previous_id == first and info.previous_title == "2026 Q1"
    assert [(a.ref_id, a.title, a.state, a.kpi_code) for a in info.to_check] == [
        (fix, "Replace the steam trap", "in_progress", kpi),
        (other, "Train the night shift", "open", ""),
    ]
    assert f"unchecked_action:{fix}" in info.close_problems
    with site.transaction() as session:
        check_previous_action(session, ENGINEER, second, fix, "effective", "steam use down 4 %")
        check_previous_action(session, ENGINEER, second, other, "open")
    info = _review(site, second)
    checks = [(a.check_result, a.check_note, a.checked_in) for a in info.to_check]
    assert checks == [
        (CheckResult.EFFECTIVE, "steam use down 4 %", second),
        (CheckResult.OPEN, "", second),
    ]
    assert not any(p.startswith("unchecked_action") for p in info.close_problems)
    assert [a.ref_id for a in _review(site, first).raised] == [fix, other]
    with site.transaction() as session, pytest.raises(ConfigurationError) as refused:
        check_previous_action(session, ENGINEER, second, fix, "perhaps")
    assert refused.value.code == "unknown_check_result"
    with site.transaction() as session, pytest.raises(ConfigurationError) as refused:
        check_previous_action(session, ENGINEER, first, fix, "effective")
    assert refused.value.code == "review_closed"


def test_the_previous_review_is_the_latest_closed_earlier_one(site) -> None:
    q4 = _new(site, (date(2025, 10, 1), date(2025, 12, 31)))
    _explain_misses(site, q4)
    with site.transaction() as session:
        close_review(session, ENGINEER, q4)
    q1_draft = _new(site, Q1)
    assert _review(site, q1_draft).previous_id == q4  # the Q1 draft is not closed
    assert _review(site, _new(site, Q2)).previous_id == q4
    assert _review(site, q4).previous_id is None


def test_refreshing_keeps_causes_and_next_targets(site) -> None:
    review_id = _new(site, Q2)
    result = _review(site, review_id).results[0]
    with site.transaction() as session:
        set_cause(session, ENGINEER, review_id, result.kpi_code, "  night shift idling  ")
        set_next_target(session, ENGINEER, review_id, result.kpi_code, 100.0, date(2026, 9, 30))
        session.get(ReviewKpiResultRecord, (review_id, result.kpi_code)).value = -1.0
    with site.transaction() as session:
        refresh_results(session, ENGINEER, review_id)
    again = _review(site, review_id).results[0]
    assert again.value == result.value
    assert (again.cause, again.next_target, again.next_deadline) == (
        "night shift idling",
        100.0,
        date(2026, 9, 30),
    )
    with site.reading() as session:
        assert next_targets(session, review_id) == [
            (result.kpi_code, result.target, 100.0, date(2026, 9, 30))
        ]


def test_next_targets_need_a_deadline_after_the_period(site) -> None:
    review_id = _new(site)
    kpi = _review(site, review_id).results[0].kpi_code
    for value, deadline, code in [
        (1.0, None, "deadline_required"),
        (1.0, date(2026, 3, 31), "deadline_in_period"),
        (float("inf"), date(2026, 6, 30), "target_not_finite"),
    ]:
        with site.transaction() as session, pytest.raises(ConfigurationError) as refused:
            set_next_target(session, ENGINEER, review_id, kpi, value, deadline)
        assert refused.value.code == code
    with site.transaction() as session:
        set_next_target(session, ENGINEER, review_id, kpi, 2.0, date(2026, 6, 30))
        set_next_target(session, ENGINEER, review_id, kpi, None, None)
        assert next_targets(session, review_id) == []


def test_closing_returns_the_proposed_targets(site) -> None:
    review_id = _new(site)
    result = _review(site, review_id).results[0]
    _explain_misses(site, review_id)
    with site.transaction() as session:
        set_next_target(session, ENGINEER, review_id, result.kpi_code, 99.5, date(2026, 12, 31))
        proposed = close_review(session, ENGINEER, review_id)
    assert proposed == [(result.kpi_code, result.target, 99.5, date(2026, 12, 31))]
    assert proposed[0].next_target == 99.5


def test_only_those_who_manage_kpis_may_write_and_every_write_is_logged(site) -> None:
    with site.transaction() as session, pytest.raises(PermissionDenied):
        create_review(session, INSPECTOR, *Q1)
    review_id = _new(site)
    kpi = _review(site, review_id).results[0].kpi_code
    for write in (
        lambda s: set_cause(s, INSPECTOR, review_id, kpi, "x"),
        lambda s: raise_action(s, INSPECTOR, review_id, "x", "", None),
        lambda s: close_review(s, INSPECTOR, review_id),
    ):
        with site.transaction() as session, pytest.raises(PermissionDenied):
            write(session)
    with site.transaction() as session:
        set_cause(session, ENGINEER, review_id, kpi, "leak")
    with site.reading() as session:
        entries = session.scalars(
            select(ChangeLogEntry).where(
                ChangeLogEntry.entity.like("pdca_review%"),
                ChangeLogEntry.new_value.contains(review_id),
            )
        ).all()
    assert [(e.action, e.entity, e.actor_name) for e in entries] == [
        ("create", "pdca_review", "wang"),
        ("update", "pdca_review_result", "wang"),
    ]
    assert json.loads(entries[1].new_value) == {"id": review_id, "kpi": kpi, "cause": "leak"}


def test_refusals_for_bad_input(site) -> None:
    with site.transaction() as session, pytest.raises(ConfigurationError) as refused:
        create_review(session, ENGINEER, date(2026, 3, 1), date(2026, 2, 1))
    assert refused.value.code == "period_reversed"
    review_id = _new(site, title="  Spring review ")
    assert _review(site, review_id).title == "Spring review"
    for write, code in [
        (lambda s: set_cause(s, ENGINEER, review_id, "no_such_kpi", "x"), "not_found"),
        (lambda s: link_workflow(s, ENGINEER, review_id, "no-such-instance"), "not_found"),
        (
            lambda s: check_previous_action(s, ENGINEER, review_id, "x", "open"),
            "not_previous_action",
        ),
        (
            lambda s: set_cause(s, ENGINEER, review_id, "energy_per_unit", "x" * 2001),
            "text_too_long",
        ),
    ]:
        with site.transaction() as session, pytest.raises(ConfigurationError) as refused:
            write(session)
        assert refused.value.code == code
    with site.reading() as session, pytest.raises(ConfigurationError):
        get_review(session, "missing")


def test_the_demo_reviews_show_a_whole_cycle(site) -> None:
    with site.transaction() as session:
        assert seed_reviews(session, SYSTEM, date(2025, 12, 21), date(2026, 5, 20)) == 2
        assert seed_reviews(session, SYSTEM, date(2025, 12, 21), date(2026, 5, 20)) == 0
        draft, closed = list_reviews(session)
        closed_info, draft_info = get_review(session, closed.id), get_review(session, draft.id)
    assert closed.status is ReviewStatus.CLOSED and draft.status is ReviewStatus.DRAFT
    assert (closed.first, closed.last) == Q1
    assert (draft.first, draft.last) == (date(2026, 4, 1), date(2026, 5, 19))
    assert closed_info.decisions and len(closed_info.raised) == 3
    kinds = [a.kind.value for a in closed_info.raised]
    assert sorted(kinds) == ["corrective_action", "corrective_action", "workflow"], (
        "the proposed next target became a target-change approval"
    )
    assert draft_info.previous_id == closed.id
    states = sorted(a.state for a in draft_info.to_check)
    assert states == sorted([ActionState.DONE.value, "open", "running"])
    assert all(a.check_result is not None for a in draft_info.to_check)
    assert all(r.cause for r in closed_info.results if r.status in ("at_risk", "missed"))
    assert draft_info.close_problems  # its own causes are still to be written
