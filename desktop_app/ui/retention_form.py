"""The "Data retention" section of Settings: how long raw readings stay, and the size limits.

Loading and saving run off the GUI thread (`run_query`); the saved policy goes straight to the
running writer, so a shorter period takes effect within seconds. Only an administrator may save
(`Permission.CONFIGURE_SITE`); the service checks it again. Save stays disabled until the stored
policy has been read, so a form still showing the defaults can never overwrite the site's
choice. A change that may delete raw readings asks first: they are gone for good.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop_app.services.retention_settings import retention_policy, set_retention
from desktop_app.ui.context import AppContext
from desktop_app.ui.problem_text import error_text
from desktop_app.ui.run_query import run_query
from domain.retention_rules import RAW_MAX_DAYS, RAW_MIN_DAYS
from domain.roles import Permission, role_allows
from storage.retention import RetentionPolicy

KEEP_ALL_DAYS = RAW_MIN_DAYS - 1
"""The spin box's special value below the shortest allowed period: shows "keep all"."""

SIZE_DECIMALS = 1
FIELD_WIDTH = 170
MAX_SIZE_GB = 100_000.0


class RetentionForm(QGroupBox):
    saved = Signal(object)
    """The policy just stored and applied (a `RetentionPolicy`)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._stored: RetentionPolicy | None = None
        self._busy = False
        self._hint_shown = False
        self.raw_days_spin = QSpinBox(self)
        self.raw_days_spin.setRange(KEEP_ALL_DAYS, RAW_MAX_DAYS)
        self.raw_days_spin.setSingleStep(30)
        self.max_size_spin = _size_spin(self)
        self.min_free_spin = _size_spin(self)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setMinimumWidth(FIELD_WIDTH * 3)
        for spin in (self.raw_days_spin, self.max_size_spin, self.min_free_spin):
            spin.setMinimumWidth(FIELD_WIDTH)
        self.rollups_note = QLabel(self)
        self.rollups_note.setWordWrap(True)
        self.rollups_note.setMinimumWidth(FIELD_WIDTH * 3)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.status_label = QLabel(self)
        self.raw_days_label = QLabel(self)
        self.max_size_label = QLabel(self)
        self.min_free_label = QLabel(self)
        self.reason_label = QLabel(self)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.raw_days_label, self.raw_days_spin)
        form.addRow(self.max_size_label, self.max_size_spin)
        form.addRow(self.min_free_label, self.min_free_spin)
        form.addRow("", self.rollups_note)
        form.addRow(self.reason_label, self.reason_edit)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.status_label)
        form.addRow("", actions)
        context.session.actor_changed.connect(self._update_enabled)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Data retention"))
        self.raw_days_label.setText(self.tr("Raw readings kept"))
        self.raw_days_spin.setSuffix(self.tr(" days"))
        self.raw_days_spin.setSpecialValueText(self.tr("Keep all"))
        self.max_size_label.setText(self.tr("Database size limit"))
        self.max_size_spin.setSpecialValueText(self.tr("No limit"))
        self.min_free_label.setText(self.tr("Keep free on disk at least"))
        self.min_free_spin.setSpecialValueText(self.tr("No check"))
        limits = self.tr(
            "When the limit is reached, the oldest days of raw readings are deleted, "
            "never those of the last %1 days."
        ).replace("%1", str(RAW_MIN_DAYS))
        self.max_size_spin.setToolTip(limits)
        self.min_free_spin.setToolTip(limits)
        self.rollups_note.setText(
            self.tr(
                "Minute, hour and day rollups are always kept: trends, consumption and "
                "reports of any period stay available. Only raw readings are deleted."
            )
        )
        self.reason_label.setText(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(self.tr("optional; kept in the change log"))
        self.save_button.setText(self.tr("Save"))
        self._update_enabled()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def load(self) -> None:
        """Read the stored policy (off the GUI thread) and show it."""
        if self._busy:
            return  # a save is under way; its result is shown when it returns
        database = self._context.startup.database

        def read() -> RetentionPolicy:
            with database.reading() as session:
                return retention_policy(session)

        self._busy = True
        self._update_enabled()
        run_query(self, read, self._loaded, self._failed)

    def _loaded(self, policy: RetentionPolicy) -> None:
        self._busy = False
        self._stored = policy
        days = policy.raw_days
        self.raw_days_spin.setValue(KEEP_ALL_DAYS if days is None else max(days, RAW_MIN_DAYS))
        self.max_size_spin.setValue(policy.max_database_gb or 0.0)
        self.min_free_spin.setValue(policy.min_free_disk_gb or 0.0)
        self._show_status("")
        self._update_enabled()

    def chosen(self) -> tuple[int | None, float | None, float | None]:
        """(raw days, size limit GB, free space GB) as entered; None for the special values.

        A size left as loaded keeps its stored value, even with more decimals than shown."""
        stored = self._stored or RetentionPolicy()
        days = self.raw_days_spin.value()
        return (
            None if days == KEEP_ALL_DAYS else days,
            _size(self.max_size_spin, stored.max_database_gb),
            _size(self.min_free_spin, stored.min_free_disk_gb),
        )

    @Slot()
    def save(self) -> None:
        if self._stored is None or not self._may_save():
            return
        raw_days, max_gb, min_free_gb = self.chosen()
        if _may_delete_more(self._stored, raw_days, max_gb, min_free_gb) and not self._confirm():
            return
        database, runtime = self._context.startup.database, self._context.runtime
        actor, reason = self._context.session.actor, self.reason_edit.text().strip()

        def write() -> RetentionPolicy:
            with database.transaction() as session:
                policy = set_retention(session, actor, raw_days, max_gb, min_free_gb, reason)
            runtime.apply_retention(policy)  # committed: the writer may act on it now
            return policy

        self._busy = True
        self._update_enabled()
        run_query(self, write, self._saved, self._failed)

    def _confirm(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete old raw readings?"),
            self.tr(
                "Raw readings beyond the new limits will be deleted for good; minute, hour and "
                "day rollups stay. Save?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _saved(self, policy: RetentionPolicy) -> None:
        self._loaded(policy)
        self.reason_edit.clear()
        self._show_status(self.tr("Saved."))
        self.saved.emit(policy)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._update_enabled()
        self._show_status(error_text(error), problem=True)

    def _show_status(self, text: str, *, problem: bool = False) -> None:
        self.status_label.setStyleSheet("color: #b3261e;" if problem else "")
        self.status_label.setText(text)

    def _may_save(self) -> bool:
        return role_allows(self._context.session.actor.role, Permission.CONFIGURE_SITE)

    @Slot()
    def _update_enabled(self, *_args: object) -> None:
        allowed = self._may_save()
        ready = allowed and self._stored is not None and not self._busy
        for widget in (self.raw_days_spin, self.max_size_spin, self.min_free_spin):
            widget.setEnabled(allowed)
        self.reason_edit.setEnabled(allowed)
        self.save_button.setEnabled(ready)
        hint = "" if allowed else self.tr("Sign in as an administrator to change data retention.")
        self.save_button.setToolTip(hint)
        if not allowed or self._hint_shown:
            self._show_status(hint)
        self._hint_shown = not allowed


def _size_spin(parent: QWidget) -> QDoubleSpinBox:
    """GB with one decimal; the minimum (0) is the special value: no limit, no check."""
    spin = QDoubleSpinBox(parent)
    spin.setRange(0.0, MAX_SIZE_GB)
    spin.setDecimals(SIZE_DECIMALS)
    spin.setSingleStep(1.0)
    spin.setSuffix(" GB")
    return spin


def _size(spin: QDoubleSpinBox, stored: float | None) -> float | None:
    value = spin.value()
    if value == spin.minimum():
        return None
    if stored is not None and value == round(stored, SIZE_DECIMALS):
        return stored
    return value


def _may_delete_more(
    old: RetentionPolicy, raw_days: int | None, max_gb: float | None, min_free_gb: float | None
) -> bool:
    """Whether the new values can delete raw readings the old ones kept."""
    shorter = raw_days is not None and (old.raw_days is None or raw_days < old.raw_days)
    smaller = max_gb is not None and (old.max_database_gb is None or max_gb < old.max_database_gb)
    more_free = min_free_gb is not None and (
        old.min_free_disk_gb is None or min_free_gb > old.min_free_disk_gb
    )
    return shorter or smaller or more_free
