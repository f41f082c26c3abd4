"""One PDCA review laid out as the cycle reads: Plan (the period and what came before), Do (the
previous review's actions, where they stand and whether they worked), Check (the KPI results
against their targets, with the causes of the misses) and Act (summary, decisions, the actions
raised and the close button).

The widget only shows and announces: every write is the page's, off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.review_queries import ReviewInfo
from desktop_app.ui.models.review_models import KpiResultModel, ReviewActionModel
from desktop_app.ui.review_text import check_text, status_text
from domain.reviews import CheckResult, ReviewStatus

TOUCH_HEIGHT = 44
ROW_HEIGHT = 36


class ReviewDetail(QWidget):
    check_chosen = Signal(str, str)
    """(action id, check result) picked for a previous review's action."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review: ReviewInfo | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.counts_label = QLabel(self)
        self.plan_box, self.do_box = QGroupBox(self), QGroupBox(self)
        self.check_box, self.act_box = QGroupBox(self), QGroupBox(self)
        self.period_label, self.previous_label = QLabel(self), QLabel(self)
        self.people_label = QLabel(self)
        self.plan_form = QFormLayout(self.plan_box)
        self.plan_captions = [QLabel(self) for _ in range(3)]
        for caption, value in zip(
            self.plan_captions,
            (self.period_label, self.previous_label, self.people_label),
            strict=True,
        ):
            self.plan_form.addRow(caption, value)
        self.previous_model = ReviewActionModel(checks=True, parent=self)
        self.previous_table = _table(self.previous_model, self)
        self.do_hint = QLabel(self)
        self.do_hint.setWordWrap(True)
        do_layout = QVBoxLayout(self.do_box)
        do_layout.addWidget(self.do_hint)
        do_layout.addWidget(self.previous_table)
        self.results_model = KpiResultModel(parent=self)
        self.results_table = _table(self.results_model, self)
        self.results_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        cause = self.results_model.columns.index("cause")
        self.results_table.horizontalHeader().setStretchLastSection(False)
        self.results_table.horizontalHeader().setSectionResizeMode(
            cause, QHeaderView.ResizeMode.Stretch
        )
        self.next_target_button = _button(self)
        self.refresh_button = _button(self)
        check_layout = QVBoxLayout(self.check_box)
        check_layout.addWidget(self.results_table)
        check_layout.addLayout(_row(self.next_target_button, self.refresh_button))
        self.summary_caption, self.decisions_caption = QLabel(self), QLabel(self)
        self.summary_edit, self.decisions_edit = QPlainTextEdit(self), QPlainTextEdit(self)
        for edit in (self.summary_edit, self.decisions_edit):
            edit.setFixedHeight(84)
        self.save_text_button = _button(self)
        self.raised_caption = QLabel(self)
        self.raised_model = ReviewActionModel(checks=False, parent=self)
        self.raised_table = _table(self.raised_model, self)
        self.no_raised_label = QLabel(self)
        self.raise_button = _button(self)
        self.close_button = _button(self)
        self.close_button.setStyleSheet("font-weight: bold;")
        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #c62828;")
        act = QVBoxLayout(self.act_box)
        for widget in (self.summary_caption, self.summary_edit, self.decisions_caption):
            act.addWidget(widget)
        act.addWidget(self.decisions_edit)
        act.addLayout(_row(self.save_text_button))
        act.addWidget(self.raised_caption)
        act.addWidget(self.raised_table)
        act.addWidget(self.no_raised_label)
        act.addLayout(_row(self.raise_button))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        sections: tuple[QWidget, ...] = (self.heading, self.counts_label, self.plan_box)
        for section in (*sections, self.do_box, self.check_box, self.act_box):
            layout.addWidget(section)
        layout.addWidget(self.problems_label)
        layout.addLayout(_row(self.close_button))
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.plan_box.setTitle(self.tr("Plan · the period and the previous review"))
        self.do_box.setTitle(self.tr("Do · what the previous review decided, and did it work?"))
        self.check_box.setTitle(self.tr("Check · KPI results against their targets"))
        self.act_box.setTitle(self.tr("Act · decisions and new actions"))
        for caption, text in zip(
            self.plan_captions,
            (self.tr("Period"), self.tr("Previous review"), self.tr("Drafted / closed by")),
            strict=True,
        ):
            caption.setText(text)
        self.next_target_button.setText(self.tr("Next target…"))
        self.refresh_button.setText(self.tr("Read the figures again"))
        self.summary_caption.setText(self.tr("Summary"))
        self.decisions_caption.setText(self.tr("Decisions"))
        self.save_text_button.setText(self.tr("Save text"))
        self.raised_caption.setText(self.tr("Actions raised by this review"))
        self.raise_button.setText(self.tr("Raise action…"))
        self.no_raised_label.setText(self.tr("No actions raised yet."))
        self.close_button.setText(self.tr("Close review"))

    def show_review(self, review: ReviewInfo | None, chinese: bool) -> None:
        self.review = review
        for widget in (self.plan_box, self.do_box, self.check_box, self.act_box):
            widget.setVisible(review is not None)
        self.close_button.setVisible(review is not None)
        if review is None:
            self.heading.setText(self.tr("Choose a review, or draft a new one."))
            self.counts_label.clear()
            self.problems_label.clear()
            return
        names = {
            r.kpi_code: r.name_zh if chinese or not r.name_en else r.name_en for r in review.results
        }
        self.heading.setText(f"{review.title} · {status_text(review.status)}")
        c = review.counts
        self.counts_label.setText(
            self.tr("%1 KPIs met · %2 missed · %3 without data or target")
            .replace("%1", str(c.met))
            .replace("%2", str(c.missed))
            .replace("%3", str(c.no_data + c.no_target))
        )
        self.period_label.setText(f"{review.first.isoformat()} – {review.last.isoformat()}")
        self.previous_label.setText(review.previous_title or self.tr("None (first review)"))
        closed = f" / {review.closed_by}" if review.closed_by else ""
        self.people_label.setText(f"{review.created_by}{closed}")
        self.results_model.set_rows(review.results, chinese)
        for model, rows in (
            (self.previous_model, review.to_check),
            (self.raised_model, review.raised),
        ):
            model.set_names(names)
            model.set_rows(rows, chinese)
        self.do_hint.setText(
            self.tr("No previous review: nothing to check.")
            if review.previous_id is None
            else self.tr("Actions of “%1”: judge each one.").replace("%1", review.previous_title)
        )
        self.previous_table.setVisible(bool(review.to_check))
        self.raised_table.setVisible(bool(review.raised))
        self.no_raised_label.setVisible(not review.raised)
        if self.summary_edit.toPlainText() != review.summary:
            self.summary_edit.setPlainText(review.summary)
        if self.decisions_edit.toPlainText() != review.decisions:
            self.decisions_edit.setPlainText(review.decisions)
        for table in (self.results_table, self.previous_table, self.raised_table):
            _fit(table)

    def set_editable(self, editable: bool) -> None:
        """Draft and allowed to write: causes, text and checks can be changed."""
        self.results_model.set_editable(editable)
        for edit in (self.summary_edit, self.decisions_edit):
            edit.setReadOnly(not editable)
        self._check_combos(editable)

    def _check_combos(self, editable: bool) -> None:
        """A combo per action while the checks may be changed (a model reset removes them)."""
        if not editable or self.review is None or self.review.status is ReviewStatus.CLOSED:
            return
        column = self.previous_model.columns.index("check")
        width = 0
        for row in range(self.previous_model.rowCount()):
            index = self.previous_model.index(row, column)
            action = self.previous_model.action_at(row)
            combo = QComboBox()
            combo.addItem(check_text(None), "")
            for result in CheckResult:
                combo.addItem(check_text(result), result.value)
            current = action.check_result.value if action.check_result else ""
            combo.setCurrentIndex(combo.findData(current))
            combo.activated.connect(
                lambda _i, c=combo, ref=action.ref_id: self._chosen(ref, c.currentData())
            )
            self.previous_table.setIndexWidget(index, combo)
            width = max(width, combo.sizeHint().width())
        header = self.previous_table.horizontalHeader()
        if width > header.sectionSize(column):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)

    def check_combo(self, ref_id: str) -> QComboBox | None:
        column = self.previous_model.columns.index("check")
        for row in range(self.previous_model.rowCount()):
            if self.previous_model.action_at(row).ref_id == ref_id:
                widget = self.previous_table.indexWidget(self.previous_model.index(row, column))
                return widget if isinstance(widget, QComboBox) else None
        return None

    def _chosen(self, ref_id: str, result: str) -> None:
        if result:
            self.check_chosen.emit(ref_id, result)

    def selected_result(self) -> str | None:
        rows = self.results_table.selectionModel().selectedRows()
        return self.results_model.result_at(rows[0].row()).kpi_code if rows else None


def _table(model: object, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fit(table: QTableView) -> None:
    """Show every row: the page scrolls, not the tables inside it."""
    rows = table.model().rowCount()
    height = table.horizontalHeader().sizeHint().height() + rows * ROW_HEIGHT + 4
    table.setFixedHeight(height)


def _button(parent: QWidget) -> QPushButton:
    button = QPushButton(parent)
    button.setMinimumHeight(TOUCH_HEIGHT)
    return button


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
