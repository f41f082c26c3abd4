"""The purchases of a period with the green-procurement ratio shown large above them.

The ratio is the green-certified amount over the whole amount (元) bought from `from` to `to`,
both days included, the same figure the KPI 绿色采购比例 reports. Reading and writing run on the
query pool; the page hands in the supplier list for the purchase dialog. Lives in the GUI
thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.supplier_purchases import PurchaseInfo
from desktop_app.ui.models.supplier_models import PurchaseTableModel
from desktop_app.ui.supplier_io import PurchaseView
from desktop_app.ui.supplier_text import money_text, percent_text

TOUCH_HEIGHT = 44
GREEN = "#2e7d32"


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


class PurchasesPanel(QWidget):
    period_changed = Signal()
    """The user chose another period; the page reads it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: PurchaseView | None = None
        today = date.today()
        self.from_label, self.to_label = QLabel(self), QLabel(self)
        self.from_edit = self._date_edit(quarter_start(today))
        self.to_edit = self._date_edit(today)
        self.quick_buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            bar.addWidget(widget)
        for key in ("month", "quarter", "year"):
            button = QPushButton(self)
            button.setMinimumHeight(TOUCH_HEIGHT)
            button.clicked.connect(lambda _checked=False, k=key: self.set_quick_period(k))
            self.quick_buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.record_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        for button in (self.record_button, self.delete_button):
            button.setMinimumHeight(TOUCH_HEIGHT)
            bar.addWidget(button)
        self.ratio_caption = QLabel(self)
        self.ratio_value = QLabel(self)
        big = QFont(self.ratio_value.font())
        big.setPointSize(big.pointSize() + 16)
        big.setBold(True)
        self.ratio_value.setFont(big)
        self.ratio_value.setStyleSheet(f"color: {GREEN};")
        self.ratio_detail = QLabel(self)
        self.ratio_detail.setWordWrap(True)
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet("QFrame { background: #f1f8e9; border-radius: 6px; }")
        box = QHBoxLayout(frame)
        words = QVBoxLayout()
        words.addWidget(self.ratio_caption)
        words.addWidget(self.ratio_detail)
        box.addWidget(self.ratio_value)
        box.addSpacing(16)
        box.addLayout(words, 1)
        self.model = PurchaseTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(36)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(frame)
        layout.addWidget(self.table, 1)
        self.from_edit.dateChanged.connect(self._edited)
        self.to_edit.dateChanged.connect(self._edited)
        self.retranslate()

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumHeight(TOUCH_HEIGHT)
        return edit

    def retranslate(self) -> None:
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.quick_buttons["month"].setText(self.tr("This month"))
        self.quick_buttons["quarter"].setText(self.tr("This quarter"))
        self.quick_buttons["year"].setText(self.tr("This year"))
        self.record_button.setText(self.tr("Record purchase…"))
        self.delete_button.setText(self.tr("Delete purchase"))
        self.ratio_caption.setText(
            self.tr("Green procurement ratio (green-certified amount / all purchases)")
        )
        self.model.set_chinese(self.model.chinese)
        self._show_ratio()

    def period(self) -> tuple[date, date]:
        return self._pydate(self.from_edit), self._pydate(self.to_edit)

    def set_period(self, first: date, last: date) -> None:
        """Both edits at once, then one `period_changed`."""
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.period_changed.emit()

    def set_quick_period(self, key: str, today: date | None = None) -> None:
        today = today or date.today()
        first = {
            "month": date(today.year, today.month, 1),
            "quarter": quarter_start(today),
            "year": date(today.year, 1, 1),
        }[key]
        self.set_period(first, today)

    def show_view(self, view: PurchaseView, chinese: bool, today: date) -> None:
        keep = self.selected()
        self._view = view
        self.model.show(view.purchases, today, chinese)
        if keep is not None and (row := self.model.row_of(keep.id)) is not None:
            self.table.selectRow(row)
        self._show_ratio()

    def view(self) -> PurchaseView | None:
        return self._view

    def selected(self) -> PurchaseInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def connect_selection(self, slot: Callable[..., None]) -> None:
        self.table.selectionModel().selectionChanged.connect(slot)

    @Slot()
    def _edited(self, *_args: object) -> None:
        self.period_changed.emit()

    def _show_ratio(self) -> None:
        view = self._view
        if view is None:
            self.ratio_value.setText("—")
            self.ratio_detail.setText("")
            return
        ratio = view.ratio
        self.ratio_value.setText(percent_text(ratio.value))
        if ratio.value is None:
            self.ratio_detail.setText(
                self.tr("No purchases from %1 to %2: there is no ratio to show.")
                .replace("%1", view.first.isoformat())
                .replace("%2", view.last.isoformat())
            )
            return
        self.ratio_detail.setText(
            self.tr("%1 green-certified of %2 bought · %3 of %4 purchases · %5 to %6")
            .replace("%1", money_text(ratio.green_cny))
            .replace("%2", money_text(ratio.total_cny))
            .replace("%3", str(ratio.green_purchases))
            .replace("%4", str(ratio.purchases))
            .replace("%5", view.first.isoformat())
            .replace("%6", view.last.isoformat())
        )

    @staticmethod
    def _pydate(edit: QDateEdit) -> date:
        day = edit.date()
        return date(day.year(), day.month(), day.day())
