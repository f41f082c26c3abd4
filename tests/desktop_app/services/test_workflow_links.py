"""A finding of a finished inspection raises an action and starts its corrective-action
workflow; a site that retired that workflow still gets the action."""

from __future__ import annotations

from desktop_app.services.actions import list_actions
from desktop_app.services.demo_inspections import seed_inspections
from desktop_app.services.workflow_definitions import set_active
from desktop_app.services.workflow_tasks import list_instances
from domain.roles import SYSTEM
from tests.desktop_app.services.workflow_fixtures import Plant, plant_fixture  # noqa: F401


def test_an_audit_finding_starts_the_corrective_action_workflow(plant: Plant) -> None:
    with plant.database.transaction() as session:
        seed_inspections(session)
    with plant.database.reading() as session:
        (action,) = list_actions(session)
        (instance,) = list_instances(session)
    assert action.source_item == "ph_outlet"
    assert (instance.definition.code, instance.source_kind) == (
        "corrective_action",
        "audit_finding",
    )
    assert instance.values["action_id"] == action.id
    assert instance.step == "analyse"


def test_a_retired_workflow_leaves_the_action_alone(plant: Plant) -> None:
    with plant.database.transaction() as session:
        set_active(session, SYSTEM, "corrective_action", False)
        seed_inspections(session)
    with plant.database.reading() as session:
        assert len(list_actions(session)) == 1
        assert list_instances(session) == []
