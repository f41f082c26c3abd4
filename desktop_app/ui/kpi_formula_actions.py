"""Define or change a user-defined KPI from any page: dialog, service off the GUI thread, outcome.

The KPI page calls these; the dialog already applies the service's rules, so a refusal here is
rare (another user changed a KPI meanwhile, or the role does not allow it) and is shown in a
message box with the usual sentence for its code.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.services.custom_kpis import custom_definitions, define_kpi
from desktop_app.services.errors import ConfigurationError
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.kpi_formula_dialog import KpiFormulaDialog
from desktop_app.ui.problem_text import error_text
from desktop_app.ui.run_query import run_query
from domain.kpis import KpiDefinition
from domain.roles import Permission, role_allows

Saved = Callable[[KpiDefinition], None]


def may_define_kpis(context: AppContext) -> bool:
    """Whether to offer the actions at all (the service checks again)."""
    return role_allows(context.session.actor.role, Permission.MANAGE_KPIS)


def define_kpi_interactively(
    owner: QWidget, context: AppContext, on_saved: Saved | None = None
) -> None:
    """Ask for a new KPI and save it; `on_saved` gets the saved definition."""
    _edit(owner, context, None, on_saved)


def edit_kpi_interactively(
    owner: QWidget, context: AppContext, code: str, on_saved: Saved | None = None
) -> None:
    """Load the custom KPI `code` (off the GUI thread), let the user change it, save it."""
    database = context.startup.database

    def load() -> KpiDefinition | None:
        with database.reading() as session:
            return next((d for d in custom_definitions(session) if d.code == code), None)

    def loaded(definition: KpiDefinition | None) -> None:
        if definition is None:
            _failed(owner, ConfigurationError("not_found", code, "code"))
            return
        _edit(owner, context, definition, on_saved)

    run_query(owner, load, loaded, lambda error: _failed(owner, error))


def _edit(
    owner: QWidget,
    context: AppContext,
    definition: KpiDefinition | None,
    on_saved: Saved | None,
) -> None:
    dialog = KpiFormulaDialog(context, definition, owner)
    accepted = dialog.exec()
    value = dialog.value()
    dialog.deleteLater()
    if not accepted:
        return
    database, actor = context.startup.database, context.session.actor

    def write() -> KpiDefinition:
        with database.transaction() as session:
            return define_kpi(session, actor, value)

    def done(saved: KpiDefinition) -> None:
        if on_saved is not None:
            on_saved(saved)

    run_query(owner, write, done, lambda error: _failed(owner, error))


def _failed(owner: QWidget, error: BaseException) -> None:
    title = QCoreApplication.translate("KpiFormulaActions", "KPI not saved")
    QMessageBox.warning(owner, title, error_text(error))
