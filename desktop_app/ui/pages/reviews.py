"""PDCA reviews (管理评审): the list of reviews and one review laid out as Plan, Do, Check, Act.

Reads and writes run on the query pool (`review_io`); after every write the list and the review
are read again, so the figures, the actions' current states and the close rule are always as
stored. The close button follows `domain.reviews`: while a missed KPI has no cause or a previous
action no check it is disabled, and its tooltip lists what is left to do.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
)
from sqlalchemy.orm import Session

from desktop_app.services import reviews as service
from desktop_app.services.review_queries import ReviewInfo, ReviewListItem
from desktop_app.ui import review_io
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.review_dialog import (
    NewReviewDialog,
    NextTargetDialog,
    RaiseActionDialog,
)
from desktop_app.ui.models.review_models import ReviewListModel
from desktop_app.ui.pages.base import Page
from desktop_app.ui.review_detail import ReviewDetail
from desktop_app.ui.review_text import close_problem_text, review_error_text
from desktop_app.ui.run_query import run_query
from domain.reviews import ReviewStatus
from domain.roles import Permission, role_allows

TOUCH_HEIGHT = 44


class ReviewsPage(Page):
    loaded = Signal()
    """The list was (re)read and shown."""
    review_loaded = Signal(str)
    """The selected review was read and shown; carries its id."""
    changed = Signal(str)
    """A write on this page was committed; carries the review's id."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self._reviews: tuple[ReviewListItem, ...] = ()
        self._shown_for: str | None = None
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.new_button = QPushButton(self)
        self.new_button.setMinimumHeight(TOUCH_HEIGHT)
        self.new_button.clicked.connect(self._on_new)
        bar.addWidget(self.new_button)
        self.layout_.addLayout(bar)
        self.model = ReviewListModel(parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(TOUCH_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.detail = ReviewDetail(self)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.detail)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.scroll_area)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([430, 900])
        self.layout_.addWidget(self.splitter, 1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail.results_model.cause_edited.connect(self._on_cause)
        self.detail.check_chosen.connect(self._on_check)
        self.detail.next_target_button.clicked.connect(self._on_next_target)
        self.detail.refresh_button.clicked.connect(self._on_refresh)
        self.detail.save_text_button.clicked.connect(self._on_save_text)
        self.detail.raise_button.clicked.connect(self._on_raise)
        self.detail.close_button.clicked.connect(self._on_close)
        context.session.actor_changed.connect(self._update_buttons)
        self.retranslate()

    # ----------------------------------------------------------------- showing

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("PDCA reviews"))
        self.new_button.setText(self.tr("New review…"))
        self.model.set_chinese(self._chinese())
        self.detail.retranslate()
        self._show(self.detail.review)

    def _chinese(self) -> bool:
        return self.context.language.is_chinese

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        database = self.context.startup.database
        keep = select or self._selected_id()
        run_query(
            self,
            lambda: review_io.load_reviews(database),
            lambda rows: self._loaded(rows, keep),
            self._failed,
        )

    def _loaded(self, rows: tuple[ReviewListItem, ...], keep: str | None) -> None:
        self._reviews = rows
        self.model.set_rows(rows, self._chinese())
        if keep is None or not self.select(keep):
            if rows:
                self.select(rows[0].id)
            else:
                self._show(None)
        self.loaded.emit()

    def select(self, review_id: str) -> bool:
        row = self.model.row_of(review_id)
        if row is None:
            return False
        self._load_review(review_id)  # also when already selected: the review may have changed
        self.table.selectionModel().select(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def _selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.review_at(rows[0].row()).id if rows else None

    @Slot()
    def _selection_changed(self, *_args: object) -> None:
        review_id = self._selected_id()
        if review_id is not None and review_id != self._shown_for:
            self._load_review(review_id)

    def _load_review(self, review_id: str) -> None:
        database = self.context.startup.database
        self._shown_for = review_id

        def show(info: ReviewInfo) -> None:
            if self._shown_for != review_id:
                return  # another review was chosen meanwhile
            self._show(info)
            self.review_loaded.emit(review_id)

        run_query(self, lambda: review_io.load_review(database, review_id), show, self._failed)

    def _show(self, review: ReviewInfo | None) -> None:
        self.detail.show_review(review, self._chinese())
        self._update_buttons()

    # ----------------------------------------------------------------- buttons

    def _names(self, review: ReviewInfo) -> dict[str, str]:
        chinese = self._chinese()
        return {
            r.kpi_code: r.name_zh if chinese or not r.name_en else r.name_en for r in review.results
        }

    def _may_write(self) -> bool:
        return role_allows(self.context.session.actor.role, Permission.MANAGE_KPIS)

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        may = self._may_write()
        hint = "" if may else self.tr("Sign in as an engineer or administrator.")
        self.new_button.setEnabled(may)
        self.new_button.setToolTip(hint)
        review = self.detail.review
        draft = review is not None and review.status is ReviewStatus.DRAFT
        closed_hint = self.tr("The review is closed and cannot be changed.")
        for button in (
            self.detail.next_target_button,
            self.detail.refresh_button,
            self.detail.save_text_button,
            self.detail.raise_button,
        ):
            button.setEnabled(may and draft)
            button.setToolTip(hint or ("" if draft else closed_hint))
        self.detail.set_editable(may and draft)
        self._update_close(review, may, hint)

    def _update_close(self, review: ReviewInfo | None, may: bool, hint: str) -> None:
        button = self.detail.close_button
        if review is None:
            button.setEnabled(False)
            return
        if review.status is ReviewStatus.CLOSED:
            button.setEnabled(False)
            button.setToolTip(self.tr("The review is closed and cannot be changed."))
            self.detail.problems_label.clear()
            return
        names = self._names(review)
        titles = {a.ref_id: a.title for a in review.to_check}
        reasons = [close_problem_text(p, names, titles) for p in review.close_problems]
        button.setEnabled(may and not reasons)
        button.setToolTip(hint or "\n".join(reasons))
        self.detail.problems_label.setText("\n".join(reasons))

    # ----------------------------------------------------------------- dialogs (tests replace)

    def new_dialog(self) -> Any:
        return _exec(NewReviewDialog(date.today(), self))

    def raise_dialog(self, review: ReviewInfo) -> Any:
        names = self._names(review)
        selected = self.detail.selected_result()
        return _exec(RaiseActionDialog(review.results, names, date.today(), selected, self))

    def next_target_dialog(self, review: ReviewInfo, kpi_code: str) -> Any:
        result = next(r for r in review.results if r.kpi_code == kpi_code)
        name = result.name_zh if self._chinese() else result.name_en
        return _exec(NextTargetDialog(result, name, review.last, self))

    def ask_check_note(self, current: str) -> tuple[str, bool]:
        return QInputDialog.getText(
            self, self.tr("Check"), self.tr("What was found (optional):"), text=current
        )

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    # ----------------------------------------------------------------- writing

    @Slot()
    def _on_new(self) -> None:
        draft = self.new_dialog()
        if draft is not None:
            actor = self.context.session.actor
            self._write(None, lambda s: review_io.create_from(s, actor, draft))

    @Slot(str, str)
    def _on_cause(self, kpi_code: str, cause: str) -> None:
        review_id, actor = self._current_id(), self.context.session.actor
        self._write(review_id, lambda s: service.set_cause(s, actor, review_id, kpi_code, cause))

    @Slot(str, str)
    def _on_check(self, ref_id: str, result: str) -> None:
        review = self.detail.review
        if review is None:
            return
        current = next((a.check_note for a in review.to_check if a.ref_id == ref_id), "")
        note, ok = self.ask_check_note(current)
        if not ok:
            self._show(review)  # put the combo back
            return
        actor = self.context.session.actor
        self._write(
            review.id,
            lambda s: service.check_previous_action(s, actor, review.id, ref_id, result, note),
        )

    @Slot()
    def _on_next_target(self) -> None:
        review, kpi_code = self.detail.review, self.detail.selected_result()
        if review is None:
            return
        if kpi_code is None:
            self.warn(self.tr("Next target"), self.tr("Choose a KPI in the results first."))
            return
        draft = self.next_target_dialog(review, kpi_code)
        if draft is not None:
            actor = self.context.session.actor
            self._write(review.id, lambda s: review_io.next_target_from(s, actor, review.id, draft))

    @Slot()
    def _on_refresh(self) -> None:
        review_id, actor = self._current_id(), self.context.session.actor
        self._write(review_id, lambda s: service.refresh_results(s, actor, review_id))

    @Slot()
    def _on_save_text(self) -> None:
        review_id, actor = self._current_id(), self.context.session.actor
        summary = self.detail.summary_edit.toPlainText()
        decisions = self.detail.decisions_edit.toPlainText()
        self._write(review_id, lambda s: service.set_text(s, actor, review_id, summary, decisions))

    @Slot()
    def _on_raise(self) -> None:
        review = self.detail.review
        if review is None:
            return
        draft = self.raise_dialog(review)
        if draft is not None:
            actor = self.context.session.actor
            self._write(review.id, lambda s: review_io.raise_from(s, actor, review.id, draft))

    @Slot()
    def _on_close(self) -> None:
        review_id, actor = self._current_id(), self.context.session.actor
        self._write(review_id, lambda s: service.close_review(s, actor, review_id))

    def _current_id(self) -> str:
        review = self.detail.review
        assert review is not None, "buttons are disabled without a review"
        return review.id

    def _write(self, review_id: str | None, write: Callable[[Session], Any]) -> None:
        """Run `write` in a transaction on the query pool, then re-read and show the review."""
        database = self.context.startup.database

        def run() -> str | None:
            with database.transaction() as session:
                result = write(session)
            return result if isinstance(result, str) else review_id

        def done(written: str | None) -> None:
            self.reload(select=written)
            self.changed.emit(written or "")

        run_query(self, run, done, self._write_failed)

    def _write_failed(self, error: BaseException) -> None:
        self.reload()
        self.warn(self.tr("Not changed"), review_error_text(error))

    def _failed(self, error: BaseException) -> None:
        self.warn(self.tr("Not loaded"), review_error_text(error))


def _exec(dialog: Any) -> Any:
    try:
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
