"""Suppliers and green procurement: the supplier register with each supplier's nearest credential
expiry (expired red, expiring amber), cleaner-production audit and latest score; the selected
supplier's credentials and evaluation history; and the purchases of a period with the green
procurement ratio.

The register and the purchases are read on the query pool when the page is shown and after
every write. Buttons follow the roles: keeping the register needs MANAGE_KPIS, recording
purchases ENTER_READINGS (or MANAGE_KPIS); the services check again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop_app.services.supplier_queries import CredentialInfo, SupplierInfo
from desktop_app.ui import supplier_io
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.supplier_dialog import (
    CredentialDialog,
    EvaluationDialog,
    PurchaseDialog,
    SupplierDialog,
)
from desktop_app.ui.models.supplier_models import SPARKLINE_ROLE, SupplierTableModel
from desktop_app.ui.pages.base import Page
from desktop_app.ui.run_query import run_query
from desktop_app.ui.supplier_detail import SupplierDetail
from desktop_app.ui.supplier_io import PurchaseView
from desktop_app.ui.supplier_purchases import PurchasesPanel
from desktop_app.ui.supplier_text import supplier_error_text
from domain.roles import Permission, role_allows
from domain.suppliers import Validity, credential_validity, nearest_expiry
from widgets.sparkline import SparklineDelegate

NAME_WIDTH = 170
TOUCH_HEIGHT = 44


class SuppliersPage(Page):
    loaded = Signal()
    """The register was (re)read and shown."""
    purchases_loaded = Signal()
    """The period's purchases and ratio were (re)read and shown."""
    changed = Signal(str)
    """A write on this page was committed; carries the id of the row it touched."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self._all: tuple[SupplierInfo, ...] = ()
        self._today = date.today()
        self.tabs = QTabWidget(self)
        self.register = QWidget(self)
        self.new_button = QPushButton(self)
        self.new_button.setMinimumHeight(TOUCH_HEIGHT)
        self.new_button.clicked.connect(self._on_new)
        self.inactive_check = QCheckBox(self)
        self.inactive_check.toggled.connect(self._inactive_toggled)
        self.summary_label = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.summary_label, 1)
        bar.addWidget(self.inactive_check)
        bar.addWidget(self.new_button)
        self.model = SupplierTableModel(self)
        self.table = self._supplier_table()
        self.detail = SupplierDetail(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([760, 570])
        column = QVBoxLayout(self.register)
        column.setContentsMargins(0, 8, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.splitter, 1)
        self.purchases = PurchasesPanel(self)
        self.tabs.addTab(self.register, "")
        self.tabs.addTab(self.purchases, "")
        self.layout_.addWidget(self.tabs, 1)
        self._connect()
        self.retranslate()

    def _supplier_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(TOUCH_HEIGHT)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, NAME_WIDTH)  # the name is what people look for: never scrolled away
        header.setStretchLastSection(True)
        history = self.model.columns.index("history")
        table.setItemDelegateForColumn(history, SparklineDelegate(SPARKLINE_ROLE, table))
        return table

    def _connect(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        detail = self.detail
        detail.edit_button.clicked.connect(self._on_edit)
        detail.active_button.clicked.connect(self._on_toggle_active)
        detail.add_credential_button.clicked.connect(self._on_add_credential)
        detail.edit_credential_button.clicked.connect(self._on_edit_credential)
        detail.delete_credential_button.clicked.connect(self._on_delete_credential)
        detail.add_evaluation_button.clicked.connect(self._on_add_evaluation)
        detail.credential_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.purchases.period_changed.connect(self.reload_purchases)
        self.purchases.record_button.clicked.connect(self._on_record_purchase)
        self.purchases.delete_button.clicked.connect(self._on_delete_purchase)
        self.purchases.connect_selection(self._update_buttons)
        self.context.session.actor_changed.connect(self._update_buttons)

    # ----------------------------------------------------------------- showing

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Suppliers and green procurement"))
        self.tabs.setTabText(0, self.tr("Supplier register"))
        self.tabs.setTabText(1, self.tr("Purchases and green ratio"))
        self.new_button.setText(self.tr("New supplier…"))
        self.inactive_check.setText(self.tr("Show inactive suppliers"))
        self.model.set_chinese(self.context.language.is_chinese)
        self.detail.retranslate()
        self.purchases.retranslate()
        self._update_summary()
        self._show_selected()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()
        self.reload_purchases()

    def reload(self, select: str | None = None) -> None:
        database = self.context.startup.database
        keep = select or self._selected_id()
        run_query(
            self,
            lambda: supplier_io.load_register(database),
            lambda result: self._loaded(result, keep),
            self._failed,
        )

    @Slot()
    def reload_purchases(self) -> None:
        database = self.context.startup.database
        first, last = self.purchases.period()
        run_query(
            self,
            lambda: supplier_io.load_purchases(database, first, last),
            self._purchases_loaded,
            self._failed,
        )

    def _loaded(self, result: tuple[tuple[SupplierInfo, ...], date], keep: str | None) -> None:
        self._all, self._today = result
        self._apply_filter(keep)
        self.loaded.emit()

    def _purchases_loaded(self, view: PurchaseView) -> None:
        if (view.first, view.last) != self.purchases.period():
            return  # the period was changed again meanwhile; that reading is on its way
        self.purchases.show_view(view, self.context.language.is_chinese, self._today)
        self._update_buttons()
        self.purchases_loaded.emit()

    def visible_suppliers(self) -> list[SupplierInfo]:
        show_all = self.inactive_check.isChecked()
        return [s for s in self._all if show_all or s.active]

    @Slot(bool)
    def _inactive_toggled(self, _checked: bool) -> None:
        self._apply_filter(self._selected_id())

    def _apply_filter(self, keep: str | None) -> None:
        rows = self.visible_suppliers()
        self.model.show(rows, self._today, self.context.language.is_chinese)
        self._update_summary()
        if keep is not None and self.select(keep):
            return
        if not (rows and self.select(rows[0].id)):  # the first supplier's detail, not a blank
            self._show_selected()

    def _update_summary(self) -> None:
        active = [s for s in self._all if s.active]
        states = [
            credential_validity(nearest_expiry([c.valid_to for c in s.credentials]), self._today)
            for s in active
        ]
        self.summary_label.setText(
            self.tr("%1 active suppliers · %2 with an expired credential · %3 expiring soon")
            .replace("%1", str(len(active)))
            .replace("%2", str(states.count(Validity.EXPIRED)))
            .replace("%3", str(states.count(Validity.EXPIRING)))
        )

    def selected(self) -> SupplierInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected_id(self) -> str | None:
        supplier = self.selected()
        return supplier.id if supplier is not None else None

    def select(self, supplier_id: str) -> bool:
        row = self.model.row_of(supplier_id)
        if row is None:
            return False
        self.table.selectionModel().select(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, 0))
        self.table.horizontalScrollBar().setValue(0)
        return True

    @Slot()
    def _selection_changed(self, *_args: object) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        chinese = self.context.language.is_chinese
        self.detail.show_supplier(self.selected(), self._today, chinese)
        self._update_buttons()

    # ----------------------------------------------------------------- buttons

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        role = self.context.session.actor.role
        may_manage = role_allows(role, Permission.MANAGE_KPIS)
        may_buy = may_manage or role_allows(role, Permission.ENTER_READINGS)
        supplier = self.selected()
        credential = self.detail.selected_credential()
        hint = self.tr("Sign in as an engineer or administrator.")
        for button, allowed, enabled in (
            (self.new_button, may_manage, True),
            (self.detail.edit_button, may_manage, supplier is not None),
            (self.detail.active_button, may_manage, supplier is not None),
            (self.detail.add_credential_button, may_manage, supplier is not None),
            (self.detail.edit_credential_button, may_manage, credential is not None),
            (self.detail.delete_credential_button, may_manage, credential is not None),
            (self.detail.add_evaluation_button, may_manage, supplier is not None),
            (self.purchases.record_button, may_buy, any(s.active for s in self._all)),
            (self.purchases.delete_button, may_buy, self.purchases.selected() is not None),
        ):
            button.setEnabled(allowed and enabled)
            button.setToolTip("" if allowed else hint)

    # ----------------------------------------------------------------- dialogs (tests replace)

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Please confirm"), text)
        return answer == QMessageBox.StandardButton.Yes

    def run_dialog(self, dialog: Any) -> Any:
        """The dialog's value when accepted, else None."""
        try:
            return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    # ----------------------------------------------------------------- writing

    @Slot()
    def _on_new(self) -> None:
        draft = self.run_dialog(SupplierDialog(None, self.context.language.is_chinese, self))
        if draft is not None:
            actor = self.context.session.actor
            self._write(lambda s: supplier_io.save_supplier(s, actor, None, draft))

    @Slot()
    def _on_edit(self) -> None:
        supplier = self.selected()
        if supplier is None:
            return
        draft = self.run_dialog(SupplierDialog(supplier, self.context.language.is_chinese, self))
        if draft is not None:
            actor = self.context.session.actor
            self._write(lambda s: supplier_io.save_supplier(s, actor, supplier.id, draft))

    @Slot()
    def _on_toggle_active(self) -> None:
        supplier = self.selected()
        if supplier is None:
            return
        if supplier.active and not self.confirm(
            self.tr(
                "Deactivate %1? Its purchases stay in the history; no new ones can be recorded."
            ).replace("%1", supplier.name)
        ):
            return
        actor, active = self.context.session.actor, not supplier.active
        if not active:
            self.inactive_check.setChecked(True)  # keep it in sight after the change
        self._write(lambda s: supplier_io.set_active(s, actor, supplier.id, active))

    @Slot()
    def _on_add_credential(self) -> None:
        self._credential(None)

    @Slot()
    def _on_edit_credential(self) -> None:
        credential = self.detail.selected_credential()
        if credential is not None:
            self._credential(credential)

    def _credential(self, existing: CredentialInfo | None) -> None:
        supplier = self.selected()
        if supplier is None:
            return
        chinese = self.context.language.is_chinese
        draft = self.run_dialog(CredentialDialog(supplier.name, existing, chinese, self))
        if draft is None:
            return
        actor, credential_id = self.context.session.actor, existing.id if existing else None
        self._write(
            lambda s: supplier_io.save_credential(s, actor, supplier.id, credential_id, draft)
        )

    @Slot()
    def _on_delete_credential(self) -> None:
        supplier, credential = self.selected(), self.detail.selected_credential()
        if supplier is None or credential is None:
            return
        if not self.confirm(self.tr("Delete this credential from the register?")):
            return
        actor = self.context.session.actor
        self._write(lambda s: supplier_io.delete_credential(s, actor, supplier.id, credential.id))

    @Slot()
    def _on_add_evaluation(self) -> None:
        supplier = self.selected()
        if supplier is None:
            return
        draft = self.run_dialog(EvaluationDialog(supplier.name, self))
        if draft is not None:
            actor = self.context.session.actor
            self._write(lambda s: supplier_io.add_evaluation(s, actor, supplier.id, draft))

    @Slot()
    def _on_record_purchase(self) -> None:
        choices = tuple((s.id, s.name) for s in self._all if s.active)
        draft = self.run_dialog(PurchaseDialog(choices, self._selected_id(), self))
        if draft is not None:
            actor = self.context.session.actor
            self._write(lambda s: supplier_io.record_purchase(s, actor, draft), purchase=True)

    @Slot()
    def _on_delete_purchase(self) -> None:
        purchase = self.purchases.selected()
        if purchase is None:
            return
        text = self.tr("Delete the purchase of %1 on %2 (%3)?")
        text = text.replace("%1", purchase.item).replace("%2", purchase.bought_on.isoformat())
        if not self.confirm(text.replace("%3", purchase.supplier_name)):
            return
        actor = self.context.session.actor
        self._write(lambda s: supplier_io.delete_purchase(s, actor, purchase.id), purchase=True)

    def _write(self, write: Callable[[Session], str], purchase: bool = False) -> None:
        """Run `write` in a transaction on the query pool, then reload both tabs; a register
        write returns its supplier's id, which is selected afterwards."""
        database = self.context.startup.database

        def run() -> str:
            with database.transaction() as session:
                return write(session)

        def done(written: str) -> None:
            self.reload(select=None if purchase else written)
            self.reload_purchases()
            self.changed.emit(written)

        run_query(self, run, done, self._write_failed)

    def _write_failed(self, error: BaseException) -> None:
        self.reload()
        self.reload_purchases()
        self.warn(self.tr("Not changed"), supplier_error_text(error))

    def _failed(self, error: BaseException) -> None:
        self.warn(self.tr("Not loaded"), supplier_error_text(error))
