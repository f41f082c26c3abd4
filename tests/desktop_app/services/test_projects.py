"""The option register through the services: who may write, unique codes, money lines and the
ROI computed from them, expected effects, the steps of an option's life and the change log."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.services.errors import ConfigurationError
from desktop_app.services.project_queries import (
    AmountLine,
    EffectLine,
    ProjectFields,
    get_project,
    list_projects,
    project_by_code,
)
from desktop_app.services.projects import (
    create_project,
    move_project,
    set_amounts,
    set_effects,
    update_project,
)
from desktop_app.services.startup import open_site
from domain.projects import ProjectStatus
from domain.roles import Actor, PermissionDenied, Role
from storage.models import ChangeLogEntry

ENGINEER = Actor("wang", Role.ENGINEER, None)
INSPECTOR = Actor("li", Role.INSPECTOR, None)
HEAT = ProjectFields(
    code="F-2026-04",
    title="锅炉烟气余热回收",
    cost_class="high",
    source_kind="review",
    life_years=5,
    discount_rate=0.08,
    expected_energy_kgce=9_000.0,
)
LINES = [
    AmountLine("investment", "equipment", 80_000.0),
    AmountLine("investment", "installation", 20_000.0),
    AmountLine("saving", "energy", 25_000.0, "燃气"),
    AmountLine("revenue", "waste_heat", 5_000.0),
]


@pytest.fixture
def database(data_dir: Path, demo_port: int):
    startup = open_site(data_dir, demo_port=demo_port)
    yield startup.database
    startup.database.close()


def _create(database, fields: ProjectFields = HEAT, actor: Actor = ENGINEER) -> str:
    with database.transaction() as session:
        return create_project(session, actor, fields)


def test_a_new_option_is_proposed_and_evaluated_from_its_money_lines(database) -> None:
    project_id = _create(database)
    with database.transaction() as session:
        info = set_amounts(session, ENGINEER, project_id, list(reversed(LINES)))
    assert info.status is ProjectStatus.PROPOSED and info.implemented_on is None
    assert [(a.kind, a.category) for a in info.amounts] == [
        ("investment", "equipment"),
        ("investment", "installation"),
        ("saving", "energy"),
        ("revenue", "waste_heat"),
    ]
    assert (info.investment, info.annual_savings, info.annual_revenue) == (100_000, 25_000, 5_000)
    economics = info.economics
    assert economics is not None and info.economics_error == ""
    # the hand-computed option of tests/domain/test_roi.py
    assert economics.roi_percent == pytest.approx(30.0)
    assert economics.payback_years == pytest.approx(100_000 / 30_000)
    assert economics.npv == pytest.approx(19_781.30, abs=0.01)
    assert economics.irr == pytest.approx(0.152382, abs=1e-6)
    assert info.energy_saving_cny == 25_000.0


def test_lines_are_replaced_as_a_whole_and_bad_lines_refused(database) -> None:
    project_id = _create(database)
    with database.transaction() as session:
        set_amounts(session, ENGINEER, project_id, LINES)
        info = set_amounts(session, ENGINEER, project_id, [LINES[0]])
    assert info.amounts == (LINES[0],) and info.economics is not None
    assert info.economics.payback_years is None  # an investment that never saves
    refusals = [
        ([AmountLine("saving", "equipment", 1.0)], "unknown_category"),
        ([AmountLine("investment", "equipment", -5.0)], "negative_amount"),
        ([LINES[0], LINES[0]], "duplicate_line"),
    ]
    for lines, code in refusals:
        with pytest.raises(ConfigurationError) as refused, database.transaction() as session:
            set_amounts(session, ENGINEER, project_id, lines)
        assert refused.value.code == code
    with database.reading() as session:
        assert get_project(session, project_id).amounts == (LINES[0],)


def test_codes_are_unique_and_fields_checked(database) -> None:
    first = _create(database)
    with pytest.raises(ConfigurationError) as refused:
        _create(database, ProjectFields(code=" F-2026-04 ", title="again"))
    assert (refused.value.code, refused.value.field) == ("duplicate_code", "code")
    other = _create(database, ProjectFields(code="F-2026-05", title="清洗水逆流漂洗"))
    with pytest.raises(ConfigurationError) as refused, database.transaction() as session:
        update_project(session, ENGINEER, other, ProjectFields(code="F-2026-04", title="x"))
    assert refused.value.code == "duplicate_code"
    for fields, code in (
        (ProjectFields(code="F-9", title="x", cost_class="cheap"), "unknown_class"),
        (ProjectFields(code="F-9", title="x", source_kind="rumour"), "unknown_source"),
        (ProjectFields(code="F-9", title="x", discount_rate=8.0), "bad_rate"),
        (ProjectFields(code="F-9", title=""), "title_required"),
    ):
        with pytest.raises(ConfigurationError) as refused:
            _create(database, fields)
        assert refused.value.code == code
    with database.transaction() as session:
        info = update_project(
            session, ENGINEER, first, ProjectFields(**{**HEAT.__dict__, "life_years": 15})
        )
    assert info.fields.life_years == 15 and info.code == "F-2026-04"


def test_only_kpi_managers_write_and_every_change_is_logged(database) -> None:
    with pytest.raises(PermissionDenied):
        _create(database, actor=INSPECTOR)
    project_id = _create(database)
    with database.transaction() as session:
        set_amounts(session, ENGINEER, project_id, LINES)
        set_effects(session, ENGINEER, project_id, [EffectLine("energy_per_unit", -2.5, "kgce/t")])
        move_project(session, ENGINEER, project_id, "approved")
    with pytest.raises(PermissionDenied), database.transaction() as session:
        move_project(session, INSPECTOR, project_id, "implementing")
    with database.reading() as session:
        log = session.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.entity == "improvement_project")
        ).all()
    assert [e.action for e in log] == ["create", "update", "update", "move"]
    assert all(e.actor_name == "wang" for e in log)
    assert json.loads(log[0].new_value)["code"] == "F-2026-04"
    assert json.loads(log[1].new_value)["amounts"][2]["note"] == "燃气"
    assert json.loads(log[2].new_value)["effects"][0]["expected_change"] == -2.5
    assert json.loads(log[3].old_value)["status"] == "proposed"
    assert json.loads(log[3].new_value)["status"] == "approved"


def test_effects_are_replaced_and_checked(database) -> None:
    project_id = _create(database)
    effects = [
        EffectLine("fresh_water_per_unit", -0.3, "m³/t"),
        EffectLine("energy_per_unit", -2.2, "kgce/t", "冷凝水"),
    ]
    with database.transaction() as session:
        info = set_effects(session, ENGINEER, project_id, effects)
    assert [e.kpi_code for e in info.effects] == ["energy_per_unit", "fresh_water_per_unit"]
    with pytest.raises(ConfigurationError) as refused, database.transaction() as session:
        set_effects(session, ENGINEER, project_id, [effects[0], effects[0]])
    assert refused.value.code == "duplicate_line"


def test_the_steps_of_an_option_and_the_implementation_date(database) -> None:
    project_id = _create(database)
    today = date(2026, 5, 20)

    def move(to: str, on: date | None = None):
        with database.transaction() as session:
            return move_project(session, ENGINEER, project_id, to, implemented_on=on, today=today)

    with pytest.raises(ConfigurationError) as refused:
        move("implemented", today)
    assert refused.value.code == "not_allowed"
    move("approved")
    move("implementing")
    for on, code in ((None, "date_required"), (date(2026, 5, 21), "date_in_future")):
        with pytest.raises(ConfigurationError) as refused:
            move("implemented", on)
        assert refused.value.code == code
    info = move("implemented", date(2026, 4, 10))
    assert info.status is ProjectStatus.IMPLEMENTED and info.implemented_on == date(2026, 4, 10)
    with pytest.raises(ConfigurationError) as refused:
        move("dropped")
    assert refused.value.code == "not_allowed"


def test_list_filters_and_lookup_by_code(database) -> None:
    low = _create(database, ProjectFields(code="F-2026-03", title="LED照明改造"))
    high = _create(database)
    with database.transaction() as session:
        move_project(session, ENGINEER, low, "dropped")
    with database.reading() as session:
        assert [p.id for p in list_projects(session)] == [low, high]  # by code
        assert [p.id for p in list_projects(session, cost_class="high")] == [high]
        assert [p.id for p in list_projects(session, status="dropped")] == [low]
        assert project_by_code(session, "F-2026-04").id == high
        with pytest.raises(ConfigurationError):
            project_by_code(session, "F-0")
        with pytest.raises(ConfigurationError):
            list_projects(session, status="finished")
