"""The built-in workflow definitions (resources/workflows): each parses, reads in Chinese and
English, and is driven through its steps by the engine — to completion, and back on rejection,
with its conditions, escalations and the separation of doing and approving."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from domain.roles import Role
from domain.workflow_engine import (
    InstanceState,
    Status,
    approve,
    complete_task,
    current_assignment,
    reject,
    should_escalate,
    start,
)
from domain.workflow_model import Effect, Text, Trigger, WorkflowDefinition, WorkflowStepError
from domain.workflow_parser import load_builtin_definitions

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "workflows"
BUILTINS = {definition.code: definition for definition in load_builtin_definitions(FOLDER)}
ADMIN, ENGINEER, INSPECTOR = Role.ADMINISTRATOR, Role.ENGINEER, Role.INSPECTOR
HOUR = 3_600_000
HAN = re.compile("[\u4e00-\u9fff]")


def _texts(definition: WorkflowDefinition) -> list[Text]:
    texts = [definition.name, *([definition.description] if definition.description else [])]
    for spec in definition.fields:
        texts += [spec.label, *(choice.label for choice in spec.choices)]
    for step in definition.steps:
        texts += [step.name, *([step.meaning] if step.meaning else [])]
    return texts


def test_the_five_built_ins_are_shipped() -> None:
    assert set(BUILTINS) == {
        "energy_over_limit", "waste_handling", "corrective_action", "kpi_target_change",
        "supplier_credential_renewal",
    }  # fmt: skip


@pytest.mark.parametrize("code", sorted(BUILTINS))
def test_every_text_is_chinese_first_and_english(code: str) -> None:
    for text in _texts(BUILTINS[code]):
        assert HAN.search(text.zh), text
        assert text.en.isascii() and text.en.strip(), text


@pytest.mark.parametrize("code", sorted(BUILTINS))
def test_every_approval_says_what_the_signature_means(code: str) -> None:
    approvals = [step for step in BUILTINS[code].steps if step.approvers]
    assert approvals
    assert all(step.meaning is not None for step in approvals)


class Run:
    """One instance driven by named people, to keep the scenarios readable."""

    def __init__(self, code: str, **start_values: Any) -> None:
        self.definition = BUILTINS[code]
        self.state: InstanceState = start(self.definition, start_values)

    @property
    def step(self) -> str | None:
        return self.state.step

    def do(self, who: str, role: Role, attachments: int = 0, /, **values: Any) -> Run:
        self.state = complete_task(self.definition, self.state, who, role, values, attachments)
        return self

    def approve(self, who: str, role: Role) -> Run:
        self.state = approve(self.definition, self.state, who, role)
        return self

    def reject(self, who: str, role: Role, note: str = "请补充") -> Run:
        self.state = reject(self.definition, self.state, who, role, note)
        return self

    def refused(self, action: str, /, *args: Any, **values: Any) -> str:
        with pytest.raises(WorkflowStepError) as caught:
            getattr(self, action)(*args, **values)
        return caught.value.code


# energy_over_limit ---------------------------------------------------------------------------

EXPLAIN = {
    "cause": "空压机管网泄漏，夜间空载运行", "measure": "修复泄漏点，加装空压机联控",
    "measure_due": "2024-06-30", "owner": "zhang.wei",
}  # fmt: skip
IMPLEMENT = {"implementation_note": "已修复 12 处泄漏点", "implemented_on": "2024-06-20"}


def _energy(excess: float) -> Run:
    return Run(
        "energy_over_limit", source="KPI E-01 2024-05", kpi_or_tag="单位产品综合能耗",
        limit_value=120.0, actual_value=131.5, excess_kgce=excess,
    )  # fmt: skip


def test_energy_small_excess_skips_the_plant_director() -> None:
    run = _energy(1200).do("li.na", ENGINEER, **EXPLAIN).approve("wang.qiang", ENGINEER)
    assert run.step == "implement"
    assignment = current_assignment(run.definition, run.state)
    assert assignment is not None and assignment.person == "zhang.wei"
    assert run.refused("do", "li.na", ENGINEER, 1, **IMPLEMENT) == "wrong_person"
    assert run.refused("do", "zhang.wei", INSPECTOR, 0, **IMPLEMENT) == "evidence_required"
    run.do("zhang.wei", INSPECTOR, 1, **IMPLEMENT)
    assert run.refused("approve", "li.na", ENGINEER) == "approver_is_doer"
    run.approve("zhao.min", ENGINEER)
    assert run.state.status is Status.COMPLETED
    assert BUILTINS["energy_over_limit"].on_complete is None


def test_energy_large_excess_needs_the_plant_director_and_a_rejection_goes_back() -> None:
    run = _energy(5000).do("li.na", ENGINEER, **EXPLAIN).approve("wang.qiang", ENGINEER)
    assert run.step == "director_approval"
    assert run.refused("approve", "zhao.min", ENGINEER) == "wrong_role"
    run.reject("chang.zhang", ADMIN, "措施投资过大，请比较变频改造方案")
    assert run.step == "explain" and run.state.approvals == ()
    run.do("li.na", ENGINEER, measure="空压机变频改造").approve("wang.qiang", ENGINEER)
    run.approve("chang.zhang", ADMIN)
    assert run.step == "implement"


def test_energy_explanation_escalates_to_an_administrator_after_24_hours() -> None:
    run = _energy(800)
    explain = run.definition.step("explain")
    assert not should_escalate(explain, 0, 24 * HOUR, False)
    assert should_escalate(explain, 0, 24 * HOUR + 1, False)
    assert explain.escalate_to is ADMIN and explain.department == "能源管理部"


def test_energy_effect_rejected_sends_the_owner_back() -> None:
    run = _energy(100).do("li.na", ENGINEER, **EXPLAIN).approve("wang.qiang", ENGINEER)
    run.do("zhang.wei", INSPECTOR, 1, **IMPLEMENT).reject("zhao.min", ENGINEER, "能耗未下降")
    assert run.step == "implement"
    run.do("zhang.wei", INSPECTOR, 2).approve("zhao.min", ENGINEER)
    assert run.state.status is Status.COMPLETED


# waste_handling ------------------------------------------------------------------------------

STORE = {"storage_location": "危废暂存间 A 区", "stored_on": "2024-05-08"}
MANIFEST = {
    "manifest_no": "3201002024050800123", "carrier": "江苏某危险品运输有限公司",
    "receiver": "某环境服务有限公司", "receiver_licence": "JS0500OOD123-4",
}  # fmt: skip
RECEIPT = {"receipt_no": "HZ-2024-0517", "disposed_on": "2024-05-17"}


def test_hazardous_waste_goes_through_identification_and_the_manifest() -> None:
    run = Run("waste_handling").do(
        "xu.li", INSPECTOR, waste_name="废矿物油", category="hazardous", quantity_kg=850
    )
    assert run.step == "identify_hazard"
    run.do("chen.gang", ENGINEER, hw_code="HW08 900-249-08", hazard="toxic")
    assert run.refused("do", "xu.li", INSPECTOR, 0, **STORE) == "evidence_required"
    run.do("xu.li", INSPECTOR, 1, **STORE)
    assert run.step == "manifest"
    run.do("chen.gang", ENGINEER, 1, **MANIFEST)
    assert run.refused("approve", "chen.gang", ENGINEER) == "approver_is_doer"
    run.reject("sun.hong", ENGINEER, "接收单位许可证已过期")
    assert run.step == "manifest"  # no on_reject: the nearest earlier task that ran
    run.do("chen.gang", ENGINEER, 1, receiver_licence="JS0500OOD456-1")
    run.approve("sun.hong", ENGINEER).do("chen.gang", ENGINEER, 1, **RECEIPT)
    assert run.state.status is Status.COMPLETED


def test_general_waste_skips_the_hazardous_steps() -> None:
    run = Run("waste_handling").do(
        "xu.li", INSPECTOR, waste_name="废包装纸箱", category="general", quantity_kg=300
    )
    assert run.step == "store"
    run.do("xu.li", INSPECTOR, 1, **STORE)
    assert run.step == "transfer_approval"
    run.reject("sun.hong", ENGINEER, "贮存照片看不清")
    assert run.step == "store"
    run.do("xu.li", INSPECTOR, 1).approve("sun.hong", ENGINEER)
    assert run.refused("do", "xu.li", INSPECTOR, 1, **RECEIPT) == "wrong_role"
    run.do("chen.gang", ENGINEER, 1, **RECEIPT)
    assert run.state.status is Status.COMPLETED


def test_waste_receipt_escalates_after_thirty_days() -> None:
    receipt = BUILTINS["waste_handling"].step("receipt")
    assert receipt.time_limit_hours == 720 and receipt.escalate_to is ADMIN


# corrective_action ---------------------------------------------------------------------------

ANALYSE = {"cause": "加药泵计量不准", "measure": "校准计量泵并增加每班巡检"}
DONE = {"implementation_note": "已校准并更新巡检表", "completed_on": "2024-05-20"}


def _corrective() -> Run:
    return Run(
        "corrective_action", action_id="CA-2024-031", finding="废水总排口 pH 9.4 超标",
        owner="zhou.jie",
    )  # fmt: skip


def test_corrective_action_is_verified_by_someone_else_and_closes_the_action() -> None:
    run = _corrective().do("xu.li", INSPECTOR, **ANALYSE).do("zhou.jie", INSPECTOR, 1, **DONE)
    assert run.refused("approve", "zhou.jie", ENGINEER) == "approver_is_doer"
    run.reject("chen.gang", ENGINEER, "复测 pH 仍为 9.1")
    assert run.step == "implement" and run.state.doers == (("analyse", "xu.li"),)
    run.do("zhou.jie", INSPECTOR, 1).approve("chen.gang", ENGINEER)
    assert run.state.status is Status.COMPLETED
    assert run.definition.on_complete is Effect.CLOSE_ACTION
    assert Trigger.AUDIT_FINDING in run.definition.triggers


def test_an_overdue_correction_may_be_finished_by_an_engineer() -> None:
    run = _corrective().do("xu.li", INSPECTOR, **ANALYSE)
    implement = run.definition.step("implement")
    assert run.refused("do", "chen.gang", ENGINEER, 1, **DONE) == "wrong_person"
    assert should_escalate(implement, 0, 168 * HOUR + 1, False)
    run.state = complete_task(
        run.definition, run.state, "chen.gang", ENGINEER, DONE, 1, escalated=True
    )
    assert run.step == "verify"


# kpi_target_change ---------------------------------------------------------------------------


def _target_change() -> Run:
    return Run(
        "kpi_target_change", kpi_code="E-01", current_target=120.0, new_target=125.0,
        new_deadline="2025-12-31",
    )  # fmt: skip


def test_kpi_target_change_approved_applies_the_target() -> None:
    run = _target_change()
    assert run.refused("do", "li.na", ENGINEER, impact="无") == "missing_field"
    run.do("li.na", ENGINEER, reason="新增产线投产，产品结构变化")
    assert run.refused("approve", "wang.qiang", ENGINEER) == "wrong_role"
    run.approve("chang.zhang", ADMIN)
    assert run.state.status is Status.COMPLETED
    assert run.definition.on_complete is Effect.APPLY_KPI_TARGET


def test_kpi_target_change_rejected_ends_it() -> None:
    run = _target_change().do("chang.zhang", ADMIN, reason="市场变化")
    assert run.refused("approve", "chang.zhang", ADMIN) == "approver_is_doer"
    run.reject("director", ADMIN, "目标不应放宽")
    assert (run.state.status, run.step) == (Status.REJECTED, None)


# supplier_credential_renewal -----------------------------------------------------------------


def test_supplier_credential_renewal_goes_back_on_rejection_and_renews() -> None:
    run = Run(
        "supplier_credential_renewal", supplier="某环境服务有限公司",
        credential="危险废物经营许可证", valid_to="2024-06-30",
    )  # fmt: skip
    assert run.definition.triggers[0] is Trigger.CREDENTIAL_EXPIRY
    new = {"new_number": "JS0500OOD456-1", "new_valid_to": "2029-06-30"}
    assert run.refused("do", "qian.fang", ENGINEER, 1, new_valid_to="2029-06-31") == "bad_value"
    run.do("qian.fang", ENGINEER, 1, **new).reject("chang.zhang", ADMIN, "经营范围不含 HW08")
    assert run.step == "renew"
    run.do("qian.fang", ENGINEER, 1).approve("chang.zhang", ADMIN)
    assert run.state.status is Status.COMPLETED
    assert run.definition.on_complete is Effect.RENEW_CREDENTIAL
    renew = run.definition.step("renew")
    assert (renew.time_limit_hours, renew.escalate_to) == (240, ADMIN)
