"""The supplier register through the services: who may change what, unique names, credentials
sorted by expiry, the score history with its trend, purchases by period, and the change log."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop_app.services.demo_suppliers import seed_suppliers
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.procurement_kpi import green_procurement
from desktop_app.services.supplier_purchases import (
    delete_purchase,
    list_purchases,
    record_purchase,
)
from desktop_app.services.supplier_queries import get_supplier, list_suppliers
from desktop_app.services.suppliers import (
    add_credential,
    add_evaluation,
    create_supplier,
    deactivate_supplier,
    delete_credential,
    update_credential,
    update_supplier,
)
from desktop_app.services.users import create_user
from domain.roles import SYSTEM, Actor, PermissionDenied, Role
from domain.suppliers import CpAuditStatus, CredentialKind, Grade, SupplierCategory, Trend
from storage.models import ChangeLogEntry

PASSWORD = "a long enough password"


@pytest.fixture
def people(database) -> dict[str, Actor]:
    with database.transaction() as session:
        made = {
            name: create_user(session, SYSTEM, name, PASSWORD, role)
            for name, role in (
                ("wang", Role.ENGINEER),
                ("li", Role.INSPECTOR),
                ("guest", Role.VIEWER),
            )
        }
    return {name: Actor(name, info.role, info.id) for name, info in made.items()}


def _supplier(database, actor: Actor, name: str = "华东包装材料有限公司", **kwargs) -> str:
    with database.transaction() as session:
        return create_supplier(session, actor, name=name, **{"category": "packaging", **kwargs})


def _changes(database, entity: str) -> list[ChangeLogEntry]:
    with database.reading() as session:
        query = select(ChangeLogEntry).where(ChangeLogEntry.entity == entity)
        return list(session.scalars(query.order_by(ChangeLogEntry.id)))


def test_an_engineer_registers_and_edits_a_supplier(database, people) -> None:
    wang = people["wang"]
    supplier_id = _supplier(database, wang, contact=" 张经理 138-0000-0000 ")
    with database.transaction() as session:
        info = update_supplier(session, wang, supplier_id, cp_audit_status="passed")
    assert info.name == "华东包装材料有限公司" and info.contact == "张经理 138-0000-0000"
    assert info.category is SupplierCategory.PACKAGING
    assert info.cp_audit_status is CpAuditStatus.PASSED and info.active
    assert info.latest is None and info.trend is Trend.NONE
    created, updated = _changes(database, "supplier")
    assert created.action == "create" and json.loads(created.new_value)["id"] == supplier_id
    assert json.loads(updated.old_value) == {"id": supplier_id, "cp_audit_status": "none"}
    assert json.loads(updated.new_value) == {"id": supplier_id, "cp_audit_status": "passed"}
    with database.transaction() as session:  # nothing changes: nothing is logged
        update_supplier(session, wang, supplier_id, cp_audit_status="passed")
    assert len(_changes(database, "supplier")) == 2


def test_names_are_unique_whatever_the_case_and_spaces(database, people) -> None:
    wang = people["wang"]
    first = _supplier(database, wang, name="Acme Chemicals")
    with pytest.raises(ConfigurationError) as error:
        _supplier(database, wang, name="  acme chemicals ")
    assert (error.value.code, error.value.field) == ("duplicate_name", "name")
    other = _supplier(database, wang, name="江苏化学品贸易")
    with database.transaction() as session, pytest.raises(ConfigurationError) as error:
        update_supplier(session, wang, other, name="ACME CHEMICALS")
    assert error.value.code == "duplicate_name"
    with database.transaction() as session:  # renaming to itself is no clash
        assert update_supplier(session, wang, first, name="Acme Chemicals").id == first
    with pytest.raises(ConfigurationError) as error:
        _supplier(database, wang, name="   ")
    assert error.value.code == "name_required"


def test_bad_codes_are_refused(database, people) -> None:
    wang = people["wang"]
    with pytest.raises(ConfigurationError) as error:
        _supplier(database, wang, category="metals")
    assert error.value.code == "unknown_category"
    with pytest.raises(ConfigurationError) as error:
        _supplier(database, wang, cp_audit_status="maybe")
    assert error.value.code == "unknown_cp_audit_status"


def test_only_register_keepers_change_the_register(database, people) -> None:
    supplier_id = _supplier(database, people["wang"])
    for name in ("li", "guest"):
        with pytest.raises(PermissionDenied):
            _supplier(database, people[name], name=f"x-{name}")
        with database.transaction() as session, pytest.raises(PermissionDenied):
            add_evaluation(session, people[name], supplier_id, evaluated_on=date.today(), score=1)
        with database.transaction() as session, pytest.raises(PermissionDenied):
            add_credential(session, people[name], supplier_id, kind="iso14001")


def test_credentials_sorted_by_expiry_edited_and_deleted(database, people) -> None:
    wang = people["wang"]
    supplier_id = _supplier(database, wang)
    with database.transaction() as session:
        later = add_credential(
            session, wang, supplier_id, kind="iso14001", number="CN-14001-88",
            issuer="中国质量认证中心", valid_from=date(2024, 1, 1), valid_to=date(2027, 1, 1),
        )  # fmt: skip
        undated = add_credential(session, wang, supplier_id, kind="cp_audit")
        sooner = add_credential(
            session, wang, supplier_id, kind="china_environmental_label", valid_to=date(2026, 4, 1)
        )
    with database.reading() as session:
        info = get_supplier(session, supplier_id)
    assert [c.id for c in info.credentials] == [sooner, later, undated]
    assert info.credentials[1].kind is CredentialKind.ISO14001
    assert info.credentials[1].issuer == "中国质量认证中心"
    with database.transaction() as session:
        renewed = update_credential(
            session, wang, sooner, number="CEC-2026-01", valid_to=date(2029, 4, 1)
        )
    assert renewed.valid_to == date(2029, 4, 1) and renewed.number == "CEC-2026-01"
    with database.transaction() as session:
        cleared = update_credential(session, wang, later, clear_valid_from=True)
    assert cleared.valid_from is None and cleared.valid_to == date(2027, 1, 1)
    with database.transaction() as session:
        delete_credential(session, wang, undated)
    with database.reading() as session:
        assert [c.id for c in get_supplier(session, supplier_id).credentials] == [later, sooner]
    actions = [c.action for c in _changes(database, "supplier_credential")]
    assert actions == ["create", "create", "create", "update", "update", "delete"]


def test_credential_dates_must_not_run_backwards(database, people) -> None:
    wang = people["wang"]
    supplier_id = _supplier(database, wang)
    with database.transaction() as session, pytest.raises(ConfigurationError) as error:
        add_credential(
            session, wang, supplier_id, kind="iso50001",
            valid_from=date(2026, 2, 1), valid_to=date(2026, 1, 1),
        )  # fmt: skip
    assert (error.value.code, error.value.field) == ("dates_reversed", "valid_to")
    with database.transaction() as session:
        credential = add_credential(
            session, wang, supplier_id, kind="iso50001", valid_from=date(2026, 2, 1)
        )
    with database.transaction() as session, pytest.raises(ConfigurationError) as error:
        update_credential(session, wang, credential, valid_to=date(2026, 1, 31))
    assert error.value.code == "dates_reversed"
    with database.transaction() as session, pytest.raises(ConfigurationError) as error:
        add_credential(session, wang, supplier_id, kind="iso9001")
    assert error.value.code == "unknown_credential_kind"


def test_evaluations_keep_a_history_with_latest_score_and_trend(database, people) -> None:
    wang = people["wang"]
    supplier_id = _supplier(database, wang)
    with database.transaction() as session:
        for day, score in ((date(2025, 12, 20), 92.0), (date(2025, 6, 30), 80.0)):
            add_evaluation(session, wang, supplier_id, evaluated_on=day, score=score)
        add_evaluation(
            session, wang, supplier_id, evaluated_on=date(2026, 3, 31), score=74.5, note="交付延误"
        )
    with database.reading() as session:
        info = get_supplier(session, supplier_id)
    assert [e.score for e in info.evaluations] == [80.0, 92.0, 74.5]  # oldest first
    assert info.latest is not None and info.latest.grade is Grade.C
    assert info.latest.evaluator == "wang" and info.latest.note == "交付延误"
    assert info.trend is Trend.DOWN
    with database.transaction() as session, pytest.raises(ConfigurationError) as error:
        add_evaluation(session, wang, supplier_id, evaluated_on=date(2026, 4, 1), score=101)
    assert (error.value.code, error.value.field) == ("score_out_of_range", "score")
    assert len(_changes(database, "supplier_evaluation")) == 3


def test_purchases_by_period_both_days_included(database, people) -> None:
    wang, supplier_id = people["wang"], _supplier(database, people["wang"])
    with database.transaction() as session:
        for day, amount in (("2026-01-31", 1.0), ("2026-02-01", 2.0), ("2026-02-28", 3.0)):
            record_purchase(
                session, wang, supplier_id=supplier_id, bought_on=date.fromisoformat(day),
                item="瓦楞纸箱", amount_cny=amount, quantity=100, unit="个",
            )  # fmt: skip
        record_purchase(
            session, wang, supplier_id=supplier_id, bought_on=date(2026, 3, 1), item="托盘",
            amount_cny=4.0, green_certified=True, certificate_ref="CEC-1",
        )  # fmt: skip
    with database.reading() as session:
        february = list_purchases(session, date(2026, 2, 1), date(2026, 2, 28))
        everything = list_purchases(session, supplier_id=supplier_id)
    assert [p.amount_cny for p in february] == [3.0, 2.0]  # newest first
    assert february[0].supplier_name == "华东包装材料有限公司" and february[0].unit == "个"
    assert len(everything) == 4 and everything[0].green_certified
    assert everything[0].certificate_ref == "CEC-1" and everything[0].quantity is None


def test_purchase_entry_rights_and_refusals(database, people) -> None:
    supplier_id = _supplier(database, people["wang"])
    day = date(2026, 2, 1)
    with database.transaction() as session, pytest.raises(PermissionDenied):
        record_purchase(
            session, people["li"], supplier_id=supplier_id, bought_on=day, item="纸箱",
            amount_cny=1.0,
        )  # fmt: skip
    bad = (
        ({"amount_cny": 0.0}, "amount_not_positive"),
        ({"amount_cny": float("nan")}, "not_finite"),
        ({"item": " "}, "item_required"),
        ({"quantity": -1.0}, "quantity_not_positive"),
    )
    for change, code in bad:
        values = {"item": "纸箱", "amount_cny": 1.0, **change}
        with database.transaction() as session, pytest.raises(ConfigurationError) as error:
            record_purchase(
                session, people["wang"], supplier_id=supplier_id, bought_on=day, **values
            )
        assert error.value.code == code
    with database.transaction() as session:
        purchase = record_purchase(
            session, people["wang"], supplier_id=supplier_id, bought_on=day, item="纸箱",
            amount_cny=1.0,
        )  # fmt: skip
    with database.transaction() as session, pytest.raises(PermissionDenied):
        delete_purchase(session, people["guest"], purchase)
    with database.transaction() as session:
        delete_purchase(session, people["wang"], purchase)
    with database.reading() as session:
        assert list_purchases(session) == []
    assert [c.action for c in _changes(database, "purchase")] == ["create", "delete"]


def test_an_inactive_supplier_is_listed_but_not_bought_from(database, people) -> None:
    wang = people["wang"]
    old = _supplier(database, wang, name="停用供应商")
    current = _supplier(database, wang, name="在用供应商")
    with database.transaction() as session:
        assert not deactivate_supplier(session, wang, old).active
    with database.reading() as session:
        assert [s.id for s in list_suppliers(session)] == [current, old]
        assert [s.id for s in list_suppliers(session, include_inactive=False)] == [current]
    with database.transaction() as session, pytest.raises(ConfigurationError) as error:
        record_purchase(
            session, wang, supplier_id=old, bought_on=date(2026, 1, 1), item="x", amount_cny=1.0
        )
    assert error.value.code == "supplier_inactive"
    with database.transaction() as session, pytest.raises(ConfigurationError) as error:
        get_supplier(session, "no-such-id")
    assert (error.value.code, error.value.field) == ("not_found", "supplier")


def test_the_demo_register_has_lapsing_credentials_and_mostly_green_purchases(database) -> None:
    end, first = date(2026, 5, 10), date(2026, 1, 10)
    with database.transaction() as session:
        assert seed_suppliers(session, SYSTEM, first, end) == 6
        assert seed_suppliers(session, SYSTEM, first, end) == 0  # only into an empty register
    with database.reading() as session:
        suppliers = list_suppliers(session)
        ratio = green_procurement(session, first, end)
        purchases = list_purchases(session, first, end)
    ends = [c.valid_to for s in suppliers for c in s.credentials if c.valid_to is not None]
    assert any(end < day <= end + timedelta(days=30) for day in ends)
    assert any(day < end for day in ends)
    assert all(len(s.evaluations) == 4 for s in suppliers)
    assert suppliers[0].evaluations[-1].evaluated_on == date(2026, 3, 31)
    assert {p.supplier_id for p in purchases} == {s.id for s in suppliers}
    assert ratio.value is not None and 50.0 <= ratio.value <= 70.0
