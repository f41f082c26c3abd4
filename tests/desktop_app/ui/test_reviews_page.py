"""The PDCA reviews page on a seeded demo plant: the reviews listed with their counts, one review
as Plan/Do/Check/Act, causes typed into the results table, the previous review's actions
judged with a combo, actions raised through the dialog, the close button disabled with the
reasons until the rules allow it; viewers see everything and change nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.services.demo_reviews import seed_reviews
from desktop_app.services.demo_seed import seed_demo
from desktop_app.services.review_queries import get_review, list_reviews
from desktop_app.services.users import create_user
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.review_dialog import ActionDraft
from desktop_app.ui.models.kpi_models import STATE_COLOURS
from desktop_app.ui.pages.reviews import ReviewsPage
from domain.reviews import CheckResult, ReviewStatus
from domain.roles import SYSTEM, Actor, Role

PASSWORD = "a long enough password"
WAIT_MS = 15_000


@pytest.fixture
def seeded(app_context: AppContext) -> AppContext:
    database = app_context.startup.database
    summary = seed_demo(database, 120, cleaner_production=False)
    assert summary.first_day is not None and summary.last_day is not None
    with database.transaction() as session:
        seed_reviews(session, SYSTEM, summary.first_day, summary.last_day)
    return app_context


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(ReviewsPage, "warn", lambda _self, _title, text: seen.append(text))
    return seen


@pytest.fixture
def page(qtbot: QtBot, seeded: AppContext, warnings) -> ReviewsPage:
    widget = ReviewsPage(seeded)
    qtbot.addWidget(widget)
    widget.resize(1366, 900)
    with qtbot.waitSignal(widget.review_loaded, timeout=WAIT_MS):
        widget.show()
    return widget


def sign_in(context: AppContext, name: str, role: Role) -> None:
    with context.startup.database.transaction() as session:
        user = create_user(session, SYSTEM, name, PASSWORD, role)
    context.session.sign_in(Actor(name, role, user.id))


def reviews(context: AppContext):
    with context.startup.database.reading() as session:
        return [get_review(session, r.id) for r in list_reviews(session)]


def written(qtbot: QtBot, page: ReviewsPage):
    return qtbot.waitSignal(page.review_loaded, timeout=WAIT_MS)


def test_the_list_and_the_draft_laid_out_as_pdca(page: ReviewsPage, seeded) -> None:
    draft, closed = reviews(seeded)
    assert page.model.rowCount() == 2
    assert [page.model.review_at(r).id for r in range(2)] == [draft.id, closed.id]
    missed_column = page.model.columns.index("missed")
    assert page.model.index(1, missed_column).data() == str(closed.counts.missed)
    detail = page.detail
    assert detail.review is not None and detail.review.id == draft.id
    for box in (detail.plan_box, detail.do_box, detail.check_box, detail.act_box):
        assert box.isVisible()
    assert detail.results_model.rowCount() == len(draft.results)
    status = detail.results_model.columns.index("status")
    first = draft.results[0]
    index = detail.results_model.index(0, status)
    colour = index.data(Qt.ItemDataRole.ForegroundRole).color()
    assert colour == STATE_COLOURS[first.status]
    actual = detail.results_model.index(0, detail.results_model.columns.index("actual"))
    assert actual.data().endswith(first.unit)
    assert detail.previous_model.rowCount() == 3 and detail.raised_model.rowCount() == 0
    assert draft.close_problems, "the demo plant is behind on some targets this quarter"
    assert not detail.close_button.isEnabled()
    missing = [p.split(":", 1)[1] for p in draft.close_problems if p.startswith("cause_missing")]
    names = {r.kpi_code: r.name_zh for r in draft.results}
    assert all(names[k] in detail.problems_label.text() for k in missing)


def test_a_viewer_changes_nothing(page: ReviewsPage) -> None:
    detail = page.detail
    assert not page.new_button.isEnabled() and page.new_button.toolTip()
    assert not detail.raise_button.isEnabled() and not detail.close_button.isEnabled()
    cause = detail.results_model.index(0, detail.results_model.columns.index("cause"))
    assert not detail.results_model.flags(cause) & Qt.ItemFlag.ItemIsEditable
    assert detail.summary_edit.isReadOnly()
    assert detail.check_combo(detail.previous_model.action_at(0).ref_id) is None


def test_an_engineer_writes_causes_checks_and_closes(
    qtbot: QtBot, page: ReviewsPage, seeded, monkeypatch, warnings
) -> None:
    sign_in(seeded, "wang", Role.ENGINEER)
    detail = page.detail
    draft = detail.review
    assert draft is not None
    combo = detail.check_combo(draft.to_check[1].ref_id)
    assert combo is not None
    monkeypatch.setattr(ReviewsPage, "ask_check_note", lambda _self, _current: ("arrived", True))
    with written(qtbot, page):
        combo.setCurrentIndex(combo.findData("not_effective"))
        combo.activated.emit(combo.currentIndex())
    assert page.detail.review.to_check[1].check_result is CheckResult.NOT_EFFECTIVE
    assert page.detail.review.to_check[1].check_note == "arrived"
    model = detail.results_model
    cause_column = model.columns.index("cause")
    for row in range(model.rowCount()):
        result = model.result_at(row)
        if f"cause_missing:{result.kpi_code}" in page.detail.review.close_problems:
            with written(qtbot, page):
                assert not model.setData(model.index(row, cause_column), "valve leak")
    assert page.detail.review.close_problems == ()
    assert detail.close_button.isEnabled() and detail.close_button.toolTip() == ""
    with written(qtbot, page):
        detail.close_button.click()
    assert warnings == []
    assert page.detail.review.status is ReviewStatus.CLOSED
    assert not detail.close_button.isEnabled() and not detail.raise_button.isEnabled()
    assert not model.flags(model.index(0, cause_column)) & Qt.ItemFlag.ItemIsEditable


def test_raising_an_action_from_the_review(qtbot: QtBot, page: ReviewsPage, seeded, monkeypatch):
    sign_in(seeded, "wang", Role.ENGINEER)
    review = page.detail.review
    assert review is not None
    kpi = review.results[0].kpi_code
    due = date.today() + timedelta(days=20)
    draft = ActionDraft("Insulate the steam header", "张伟", due, kpi)
    monkeypatch.setattr(ReviewsPage, "raise_dialog", lambda _self, _review: draft)
    with written(qtbot, page):
        page.detail.raise_button.click()
    raised = page.detail.raised_model
    assert raised.rowCount() == 1
    assert raised.index(0, 0).data() == "Insulate the steam header"
    assert raised.index(0, 1).data() == review.results[0].name_zh
    assert raised.index(0, 2).data() == "待处理"


def test_in_english(qtbot: QtBot, page: ReviewsPage, seeded) -> None:
    seeded.language.switch("en")
    name_en = page.detail.review.results[0].name_en
    qtbot.waitUntil(lambda: page.detail.results_model.index(0, 0).data() == name_en)
    assert page.title_label.text() == "PDCA reviews"
    assert page.new_button.toolTip() == "Sign in as an engineer or administrator."
    assert "missed its target: write down the cause." in page.detail.problems_label.text()
    assert page.detail.check_box.title().startswith("Check")
    header = page.detail.results_model.headerData(4, Qt.Orientation.Horizontal, 0)
    assert header == "Cause of the miss"
    assert page.detail.raised_model.headerData(2, Qt.Orientation.Horizontal, 0) == "Current state"


def test_the_models_keep_qts_rules(page: ReviewsPage, qtmodeltester) -> None:
    for model in (
        page.model,
        page.detail.results_model,
        page.detail.previous_model,
        page.detail.raised_model,
    ):
        qtmodeltester.check(model)
