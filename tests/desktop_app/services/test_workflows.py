"""Each built-in workflow driven through the services by the people it routes to: the happy
path, rejection, escalation, the separation of doing and approving, e-signatures, evidence and
what a completed workflow changes (a KPI target, a corrective action, a credential)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from desktop_app.services import workflows
from desktop_app.services.actions import create_action, get_action
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.kpi_targets import active_targets
from desktop_app.services.workflow_tasks import instance_info
from domain.actions import ActionState
from domain.roles import SYSTEM
from storage.models import ChangeLogEntry, SupplierCredentialRecord, SupplierRecord
from tests.desktop_app.services.workflow_fixtures import Plant, plant_fixture  # noqa: F401

HOUR_MS = 3_600_000
OVER_LIMIT = {
    "source": "kpi_breach", "kpi_or_tag": "energy_per_unit 2026-10", "limit_value": 118.0,
    "actual_value": 131.5, "excess_kgce": 8200.0,
}  # fmt: skip
EXPLAIN = {
    "cause": "空压机房2号机组加载率低，长时间空载运行", "measure": "加装变频并调整联控压力带",
    "measure_due": "2026-12-20", "owner": "sun",
}  # fmt: skip


def _refused(code: str):
    return pytest.raises(ConfigurationError, match=f"^{code}")


def test_energy_over_limit_runs_through_both_approvals_with_signatures(plant: Plant) -> None:
    run = plant.start("energy_over_limit", OVER_LIMIT, source_kind="kpi_breach", source_ref="k1")
    assert [t.step_code for t in plant.mine("wang")] == ["explain"]
    assert plant.mine("zhao") == [], "the explanation is the energy department's"
    plant.complete("wang", run, EXPLAIN)
    assert [t.step_code for t in plant.mine("zhao")] == ["department_approval"]
    with _refused("approver_is_doer"):
        plant.approve("wang", run)
    with _refused("signature_failed"):
        plant.approve("zhao", run, password="not the password")
    assert plant.task(run).step_code == "department_approval", "a failed signature changes nothing"
    plant.approve("zhao", run)
    assert plant.task(run).step_code == "director_approval", "8,200 kgce over needs the director"
    plant.approve("boss", run)
    with _refused("wrong_person"):
        plant.complete("zhao", run, {"implementation_note": "x", "implemented_on": "2026-12-01"})
    done = {"implementation_note": "变频器已投运", "implemented_on": "2026-12-18"}
    with _refused("evidence_required"):
        plant.complete("sun", run, done)
    plant.attach("sun", run)
    plant.complete("sun", run, done)
    plant.approve("zhao", run)
    assert plant.status(run) == "completed"
    with plant.database.reading() as session:
        info = instance_info(session, run)
    signed = [(e.kind, e.actor_name, e.meaning.zh) for e in info.events if e.meaning]
    assert [s[:2] for s in signed] == [
        ("approved", "zhao"),
        ("approved", "boss"),
        ("approved", "zhao"),
    ]
    assert all(meaning for *_, meaning in signed), "each signature states what it means"
    assert [t.state for t in info.tasks] == ["done", "approved", "approved", "done", "approved"]


def test_a_small_excess_skips_the_director(plant: Plant) -> None:
    run = plant.start("energy_over_limit", {**OVER_LIMIT, "excess_kgce": 900.0})
    plant.complete("wang", run, EXPLAIN)
    plant.approve("zhao", run)
    assert plant.task(run).step_code == "implement"


def test_a_rejection_sends_the_explanation_back_and_must_say_why(plant: Plant) -> None:
    run = plant.start("energy_over_limit", OVER_LIMIT)
    plant.complete("wang", run, EXPLAIN)
    with _refused("note_required"):
        plant.reject("zhao", run, "  ")
    plant.reject("zhao", run, "原因分析不充分，请附空压机运行记录")
    task = plant.task(run)
    assert task.step_code == "explain"
    plant.complete("wang", run, {"cause": "补充：夜班空载 6 小时"})
    assert plant.task(run).step_code == "department_approval", "earlier answers are kept"
    with plant.database.reading() as session:
        kinds = [e.kind for e in instance_info(session, run).events]
    assert kinds == ["started", "completed", "rejected", "completed"]


def test_an_overdue_task_escalates_once_and_the_escalation_role_may_then_act(
    plant: Plant,
) -> None:
    with plant.database.transaction() as session:
        action_id = create_action(session, plant.actors["li"], title="雨水排口有油污")
    action = plant.start(
        "corrective_action", {"action_id": action_id, "finding": "雨水排口有油污", "owner": "li"}
    )
    plant.complete("wang", action, {"cause": "隔油池未清理", "measure": "每周清理"})
    task = plant.task(action)
    values = {"implementation_note": "已清理并建立台账", "completed_on": "2026-12-02"}
    plant.attach("li", action, "photo.jpg")
    with _refused("wrong_person"):
        plant.complete("zhao", action, values)
    with plant.database.transaction() as session:
        assert workflows.escalate_overdue(session, task.due_ms) == [], "due exactly is in time"
        assert workflows.escalate_overdue(session, task.due_ms + 1) == [task.id]
        assert workflows.escalate_overdue(session, task.due_ms + HOUR_MS) == [], "only once"
    assert task.id in {t.id for t in plant.mine("zhao")}, "escalated to the engineers"
    plant.complete("zhao", action, values)
    assert plant.task(action).step_code == "verify"


def test_corrective_action_workflow_verifies_the_action_it_was_started_for(plant: Plant) -> None:
    with plant.database.transaction() as session:
        action_id = create_action(session, plant.actors["li"], title="危废间标识缺失")
    run = plant.start(
        "corrective_action",
        {"action_id": action_id, "finding": "危废间标识缺失", "owner": "li"},
        source_kind="audit_finding", source_ref=action_id,
    )  # fmt: skip
    plant.complete("wang", run, {"cause": "标识脱落", "measure": "重新张贴"})
    plant.attach("li", run, "label.jpg")
    plant.complete("li", run, {"implementation_note": "已张贴", "completed_on": "2026-12-01"})
    plant.reject("zhao", run, "照片看不清标识内容")
    assert plant.task(run).step_code == "implement"
    plant.attach("li", run, "label-2.jpg")
    plant.complete("li", run, {"implementation_note": "已重新拍照"})
    with _refused("approver_is_doer"):
        plant.approve("wang", run)
    plant.approve("zhao", run)
    with plant.database.reading() as session:
        action = get_action(session, action_id)
    assert (action.state, action.done_by, action.verified_by) == (
        ActionState.VERIFIED,
        "li",
        "zhao",
    )


@pytest.mark.parametrize("hazardous", [True, False])
def test_waste_handling_follows_the_waste_category(plant: Plant, hazardous: bool) -> None:
    category = "hazardous" if hazardous else "general"
    run = plant.start("waste_handling", {})
    plant.complete(
        "li", run, {"waste_name": "废矿物油", "category": category, "quantity_kg": 180.0}
    )
    if hazardous:
        plant.complete("sun", run, {"hw_code": "HW08 900-214-08", "hazard": "toxic"})
    plant.attach("li", run, "store.jpg")
    plant.complete("li", run, {"storage_location": "危废暂存间A区", "stored_on": "2026-11-20"})
    if hazardous:
        manifest = {
            "manifest_no": "3205822026110012", "carrier": "苏州环运物流",
            "receiver": "常州危废处置中心", "receiver_licence": "JS0411OOI559-3",
        }  # fmt: skip
        plant.attach("sun", run, "manifest.pdf")
        plant.complete("sun", run, manifest)
        with _refused("approver_is_doer"):
            plant.approve("sun", run)
        plant.reject("wang", run, "接收单位许可证已过期")
        assert plant.task(run).step_code == "manifest", "a rejected transfer redoes the manifest"
        plant.attach("sun", run, "manifest-2.pdf")
        plant.complete("sun", run, {**manifest, "receiver_licence": "JS0411OOI600-1"})
    assert plant.task(run).step_code == "transfer_approval"
    plant.approve("wang", run)
    plant.attach("sun", run, "receipt.pdf")
    plant.complete("sun", run, {"receipt_no": "R-88120", "disposed_on": "2026-11-28"})
    assert plant.status(run) == "completed"


def test_an_approved_target_change_replaces_the_target_and_a_rejected_one_does_not(
    plant: Plant,
) -> None:
    ask = {"kpi_code": "energy_per_unit", "current_target": 118.0, "new_target": 112.0,
           "new_deadline": "2027-12-31"}  # fmt: skip
    refused = plant.start("kpi_target_change", ask)
    plant.complete("wang", refused, {"reason": "余热回收项目投运"})
    plant.reject("boss", refused, "先看两个月运行数据")
    assert plant.status(refused) == "rejected"
    with plant.database.reading() as session:
        assert "energy_per_unit" not in active_targets(session)
    approved = plant.start("kpi_target_change", ask)
    plant.complete("wang", approved, {"reason": "余热回收项目投运"})
    with _refused("wrong_role"):
        plant.approve("zhao", approved)
    plant.approve("boss", approved)
    with plant.database.reading() as session:
        target = active_targets(session)["energy_per_unit"].target
    assert (target.target_value, target.deadline) == (112.0, date(2027, 12, 31))


def test_a_renewed_credential_gets_its_new_validity(plant: Plant) -> None:
    with plant.database.transaction() as session:
        session.add(SupplierRecord(id="s1", name="华东包装", created_by="x", created_ms=0,
                                   updated_by="x", updated_ms=0))  # fmt: skip
        session.flush()
        session.add(SupplierCredentialRecord(id="c1", supplier_id="s1", kind="iso14001",
                                             number="00119E1", valid_to="2026-12-10"))  # fmt: skip
    values = {"supplier": "华东包装", "credential": "ISO 14001 00119E1", "valid_to": "2026-12-10"}
    run = plant.start(
        "supplier_credential_renewal", values, source_kind="credential_expiry", source_ref="c1"
    )
    assert (
        plant.start(
            "supplier_credential_renewal", values, source_kind="credential_expiry", source_ref="c1"
        )
        == run
    ), "a trigger firing again finds the running instance"
    assert [t.step_code for t in plant.mine("qian")] == ["renew"]
    plant.attach("qian", run, "cert.pdf")
    plant.complete("qian", run, {"new_number": "00126E2", "new_valid_to": "2029-12-09"})
    plant.approve("boss", run)
    with plant.database.reading() as session:
        row = session.get(SupplierCredentialRecord, "c1")
        assert row is not None
        assert (row.number, row.valid_to) == ("00126E2", "2029-12-09")


def test_viewers_only_read_and_every_move_is_change_logged(plant: Plant) -> None:
    run = plant.start("energy_over_limit", OVER_LIMIT)
    task = plant.task(run)
    with plant.database.transaction() as session, pytest.raises(Exception, match="guest"):
        workflows.complete_step(session, plant.actors["guest"], task.id, EXPLAIN)
    plant.complete("wang", run, EXPLAIN)
    with plant.database.reading() as session:
        entries = session.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.entity.like("workflow%"))
        ).all()
    assert [(e.action, e.entity) for e in entries] == [
        ("create", "workflow_instance"),
        ("done", "workflow_task"),
    ]
    assert json.loads(entries[1].new_value)["step"] == "explain"


def test_start_values_are_checked(plant: Plant) -> None:
    with _refused("missing_field"):
        plant.start("energy_over_limit", {k: v for k, v in OVER_LIMIT.items() if k != "source"})
    with _refused("bad_value"):
        plant.start("energy_over_limit", {**OVER_LIMIT, "excess_kgce": "a lot"})
    with plant.database.transaction() as session, _refused("unknown_workflow"):
        workflows.start_workflow(session, SYSTEM, "no_such_flow", {})
