"""Settings › Data retention: anyone sees the policy, only an administrator saves it; a save
lands in the database and in the running writer."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.services.retention_settings import retention_policy
from desktop_app.ui.context import AppContext
from desktop_app.ui.pages.settings import SettingsPage
from desktop_app.ui.retention_form import KEEP_ALL_DAYS, RetentionForm
from domain.roles import Actor, Role
from storage.retention import RetentionPolicy

ADMIN = Actor("admin", Role.ADMINISTRATOR, 1)


@pytest.fixture
def page(qtbot: QtBot, app_context: AppContext) -> SettingsPage:
    page = SettingsPage(app_context)
    qtbot.addWidget(page)
    page.show()  # showing the page loads the stored policy off the GUI thread
    qtbot.waitUntil(lambda: page.retention_form.raw_days_spin.value() == 1096, timeout=5000)
    return page


@pytest.fixture
def form(page: SettingsPage) -> RetentionForm:
    return page.retention_form


@pytest.fixture
def confirmations(monkeypatch) -> list[bool]:
    """Answers for the "delete old raw readings?" question (a real box would block the test)."""
    answers: list[bool] = []
    monkeypatch.setattr(RetentionForm, "_confirm", lambda _self: answers.pop(0))
    return answers


def stored(context: AppContext) -> RetentionPolicy:
    with context.startup.database.reading() as session:
        return retention_policy(session)


def test_a_viewer_sees_the_policy_but_cannot_save(
    qtbot: QtBot, form: RetentionForm, app_context: AppContext
) -> None:
    assert form.max_size_spin.text() == form.tr("No limit")
    assert not form.save_button.isEnabled() and not form.raw_days_spin.isEnabled()
    assert form.status_label.text() == form.tr(
        "Sign in as an administrator to change data retention."
    )
    app_context.session.sign_in(Actor("wang", Role.ENGINEER, None))
    assert not form.save_button.isEnabled()
    app_context.session.sign_in(ADMIN)
    assert form.save_button.isEnabled() and form.status_label.text() == ""


def test_an_administrator_shortens_retention(
    qtbot: QtBot, form: RetentionForm, app_context: AppContext, confirmations: list[bool]
) -> None:
    app_context.session.sign_in(ADMIN)
    form.raw_days_spin.setValue(365)
    form.reason_edit.setText("disk is small")
    confirmations.append(True)
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        form.save_button.click()
    expected = RetentionPolicy(raw_days=365)
    assert saved.args == [expected]
    assert stored(app_context) == expected
    assert app_context.runtime.retention == expected  # the running writer has it already
    assert form.status_label.text() == form.tr("Saved.") and form.reason_edit.text() == ""


def test_declining_the_question_saves_nothing_and_keep_all_asks_nothing(
    qtbot: QtBot, form: RetentionForm, app_context: AppContext, confirmations: list[bool]
) -> None:
    app_context.session.sign_in(ADMIN)
    form.raw_days_spin.setValue(200)
    confirmations.append(False)
    form.save_button.click()
    qtbot.wait(200)
    assert stored(app_context) == RetentionPolicy() and confirmations == []
    form.raw_days_spin.setValue(KEEP_ALL_DAYS)  # keeps more: no question
    assert form.raw_days_spin.text() == form.tr("Keep all")
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.save_button.click()
    assert stored(app_context).raw_days is None
