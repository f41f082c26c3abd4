"""The Suppliers page: the register with the nearest expiry red or amber, the selected supplier's
credentials and score history, writes through the dialogs (a duplicate name is explained), the
purchases of a period with the green ratio, buttons by role, and the models keep Qt's rules."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from desktop_app.services.demo_suppliers import seed_suppliers
from desktop_app.services.users import create_user
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.supplier_dialog import (
    CredentialDialog,
    CredentialDraft,
    EvaluationDraft,
    PurchaseDialog,
    PurchaseDraft,
    SupplierDialog,
    SupplierDraft,
)
from desktop_app.ui.models.supplier_models import SPARKLINE_ROLE
from desktop_app.ui.pages.suppliers import SuppliersPage
from desktop_app.ui.supplier_text import EXPIRED_COLOR, EXPIRING_COLOR
from domain.roles import SYSTEM, Actor, Role

PASSWORD = "a long enough password"
WAIT_MS = 10_000
TODAY = date.today()


@pytest.fixture
def engineer(app_context: AppContext) -> Actor:
    with app_context.startup.database.transaction() as session:
        info = create_user(session, SYSTEM, "wang", PASSWORD, Role.ENGINEER)
        seed_suppliers(session, SYSTEM, TODAY - timedelta(days=90), TODAY)
    actor = Actor("wang", info.role, info.id)
    app_context.session.sign_in(actor)
    return actor


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(SuppliersPage, "warn", lambda _self, _title, text: seen.append(text))
    monkeypatch.setattr(SuppliersPage, "confirm", lambda _self, _text: True)
    return seen


@pytest.fixture
def page(qtbot: QtBot, app_context: AppContext, engineer, warnings) -> SuppliersPage:
    app_context.language.switch("en")
    widget = SuppliersPage(app_context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    with qtbot.waitSignals([widget.loaded, widget.purchases_loaded], timeout=WAIT_MS):
        widget.show()
    return widget


def answer(monkeypatch, draft: Any) -> list[Any]:
    """The next dialog is 'filled in' with `draft`; returns the dialogs shown."""
    shown: list[Any] = []

    def run(_self: SuppliersPage, dialog: Any) -> Any:
        shown.append(dialog)
        dialog.deleteLater()
        return draft

    monkeypatch.setattr(SuppliersPage, "run_dialog", run)
    return shown


def row_named(page: SuppliersPage, name: str) -> int:
    return next(i for i, s in enumerate(page.model.rows()) if s.name == name)


def cell(page: SuppliersPage, row: int, column: str, role: int) -> Any:
    return page.model.index(row, page.model.columns.index(column)).data(role)


def test_the_register_colours_the_nearest_expiry(page: SuppliersPage) -> None:
    assert page.title_label.text() == "Suppliers and green procurement"
    assert page.model.rowCount() == 6
    assert page.summary_label.text() == (
        "6 active suppliers · 1 with an expired credential · 1 expiring soon"
    )
    expired = row_named(page, "江苏绿源化学品有限公司")
    expiring = row_named(page, "华东包装材料有限公司")
    foreground = Qt.ItemDataRole.ForegroundRole
    assert cell(page, expired, "nearest", foreground).color() == QColor(EXPIRED_COLOR)
    assert "Expired 12 d ago" in cell(page, expired, "nearest", Qt.ItemDataRole.DisplayRole)
    assert cell(page, expiring, "nearest", foreground).color() == QColor(EXPIRING_COLOR)
    assert cell(page, expiring, "score", Qt.ItemDataRole.DisplayRole) == "92.5 (A) ↑"
    assert cell(page, expiring, "history", SPARKLINE_ROLE) == [86.0, 88.0, 91.0, 92.5]


def test_the_detail_shows_credentials_and_the_score_history(page: SuppliersPage) -> None:
    supplier = page.model.rows()[row_named(page, "华东包装材料有限公司")]
    assert page.select(supplier.id)
    detail = page.detail
    assert detail.name_label.text() == "华东包装材料有限公司"
    assert "Packaging" in detail.facts_label.text() and "Passed" in detail.facts_label.text()
    assert detail.credentials.rowCount() == 2
    first = detail.credentials.index(0, detail.credentials.columns.index("validity"))
    assert first.data().endswith("Expiring in 21 d")
    assert detail.evaluations.index(0, 1).data() == "92.5"  # newest first
    assert detail.sparkline.scores() == (86.0, 88.0, 91.0, 92.5)
    assert detail.latest_label.text() == "92.5 points · A ↑ rising"


def test_new_supplier_and_a_duplicate_name(
    qtbot: QtBot, page: SuppliersPage, monkeypatch, warnings
) -> None:
    answer(monkeypatch, SupplierDraft("山东再生纸业", "packaging", "周经理", "planned"))
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.new_button.click()
    assert page.selected() is not None and page.selected().name == "山东再生纸业"
    answer(monkeypatch, SupplierDraft("山东再生纸业", "packaging", "", "none"))
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.new_button.click()
    assert warnings == ["Another supplier already has this name (山东再生纸业)."]
    assert page.model.rowCount() == 7


def test_credentials_and_evaluations_through_the_dialogs(
    qtbot: QtBot, page: SuppliersPage, monkeypatch
) -> None:
    supplier = page.model.rows()[row_named(page, "上海顺捷物流有限公司")]
    page.select(supplier.id)
    draft = CredentialDraft("iso14001", "CN-1", "CQC", None, TODAY - timedelta(days=1))
    shown = answer(monkeypatch, draft)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.detail.add_credential_button.click()
    assert isinstance(shown[0], CredentialDialog)
    row = row_named(page, "上海顺捷物流有限公司")
    assert cell(page, row, "credentials", Qt.ItemDataRole.DisplayRole) == "1"
    assert "Expired 1 d ago" in cell(page, row, "nearest", Qt.ItemDataRole.DisplayRole)
    answer(monkeypatch, EvaluationDraft(TODAY, 55.0, "运输延误"))
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.detail.add_evaluation_button.click()
    assert page.detail.latest_label.text() == "55 points · D ↓ falling"
    page.detail.credential_table.selectRow(0)
    assert page.detail.delete_credential_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.detail.delete_credential_button.click()
    assert page.detail.credentials.rowCount() == 0


def test_purchases_with_the_green_ratio(qtbot: QtBot, page: SuppliersPage, monkeypatch) -> None:
    panel = page.purchases
    with qtbot.waitSignal(page.purchases_loaded, timeout=WAIT_MS):
        panel.set_period(date(2000, 1, 1), date(2000, 12, 31))
    assert panel.ratio_value.text() == "—" and panel.model.rowCount() == 0
    assert "No purchases from 2000-01-01 to 2000-12-31" in panel.ratio_detail.text()
    supplier = page.model.rows()[row_named(page, "浙江恒丰原料实业有限公司")]
    day = date(2000, 6, 1)
    for amount, green in ((75_000.0, True), (25_000.0, False)):
        answer(monkeypatch, PurchaseDraft(supplier.id, day, "颗粒", 1.0, "t", amount, green, ""))
        with qtbot.waitSignal(page.purchases_loaded, timeout=WAIT_MS):
            panel.record_button.click()
    assert panel.ratio_value.text() == "75.0 %"
    assert panel.ratio_detail.text().startswith(
        "75,000.00 元 green-certified of 100,000.00 元 bought · 1 of 2 purchases"
    )
    panel.table.selectRow(0)
    assert panel.delete_button.isEnabled()
    with qtbot.waitSignal(page.purchases_loaded, timeout=WAIT_MS):
        panel.delete_button.click()
    assert panel.model.rowCount() == 1


def test_a_viewer_sees_but_cannot_change(
    qtbot: QtBot, page: SuppliersPage, app_context: AppContext
) -> None:
    app_context.session.sign_out()
    page.select(page.model.rows()[0].id)
    for button in (
        page.new_button,
        page.detail.edit_button,
        page.detail.add_credential_button,
        page.detail.add_evaluation_button,
        page.purchases.record_button,
    ):
        assert not button.isEnabled()
        assert button.toolTip() == "Sign in as an engineer or administrator."


def test_dialogs_check_what_they_can(qtbot: QtBot, app_context: AppContext) -> None:
    app_context.language.switch("en")
    supplier = SupplierDialog(None, False)
    qtbot.addWidget(supplier)
    assert [p.code for p in supplier.problems()] == ["name_required"]
    credential = CredentialDialog("x", None, False)
    qtbot.addWidget(credential)
    credential.from_edit.none_check.setChecked(False)
    credential.to_edit.none_check.setChecked(False)
    credential.to_edit.edit.setDate(credential.from_edit.edit.date().addDays(-1))
    credential.try_accept()
    assert [p.code for p in credential.problems()] == ["dates_reversed"]
    assert "cannot end before it starts" in credential.general_problem.text() + "".join(
        label.text() for label in credential._problem_labels.values()
    )
    purchase = PurchaseDialog((("id-1", "A"),), "id-1")
    qtbot.addWidget(purchase)
    assert [p.code for p in purchase.problems()] == ["item_required", "amount_not_positive"]
    purchase.item_edit.setText("纸箱")
    purchase.amount_spin.setValue(12.5)
    assert purchase.problems() == [] and purchase.value().quantity is None


def test_models_keep_qts_rules(qtmodeltester, page: SuppliersPage) -> None:
    page.select(page.model.rows()[0].id)
    for model in (page.model, page.detail.credentials, page.detail.evaluations):
        qtmodeltester.check(model)
    qtmodeltester.check(page.purchases.model)
