"""Tables of head-office mode: the registered sites, the last import's results and the
cross-site KPI comparison (status coloured, ranked)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from desktop_app.services.hq_compare import DEFINITIONS, SiteKpi
from desktop_app.services.hq_import import ImportResult
from desktop_app.services.hq_sites import SiteSummary
from desktop_app.ui.hq_text import reason_text, result_text, status_text
from desktop_app.ui.models.column_table import ColumnTableModel

STATUS_COLOURS = {
    "met": "#d7f0dc",
    "improving": "#fff2c6",
    "off_target": "#f9d6d3",
}
REFUSED_COLOUR = "#f9d6d3"


def local_time(ms: int | None) -> str:
    if ms is None:
        return "—"
    return datetime.fromtimestamp(ms / 1000).astimezone().strftime("%Y-%m-%d %H:%M")


class SiteTableModel(ColumnTableModel):
    columns = ("code", "name", "fingerprint", "last_sequence", "last_import", "gaps")
    numeric = frozenset({"last_sequence"})

    def title(self, column: str) -> str:
        return {
            "code": QCoreApplication.translate("HqModels", "Site code"),
            "name": QCoreApplication.translate("HqModels", "Name"),
            "fingerprint": QCoreApplication.translate("HqModels", "Key fingerprint"),
            "last_sequence": QCoreApplication.translate("HqModels", "Last bundle"),
            "last_import": QCoreApplication.translate("HqModels", "Last import"),
            "gaps": QCoreApplication.translate("HqModels", "Missing bundles"),
        }[column]

    def display(self, row: SiteSummary, column: str) -> str:
        if column == "code":
            return row.site_code or QCoreApplication.translate(
                "HqModels", "(awaiting first bundle)"
            )
        if column == "name":
            return row.name
        if column == "fingerprint":
            return row.fingerprint
        if column == "last_sequence":
            return "—" if row.last_sequence is None else f"#{row.last_sequence}"
        if column == "last_import":
            return local_time(row.last_import_ms)
        return ", ".join(f"#{n}" for n in row.missing) or QCoreApplication.translate(
            "HqModels", "none"
        )

    def role_data(self, row: SiteSummary, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and column == "gaps" and row.missing:
            return QColor(STATUS_COLOURS["improving"])
        return None


class ImportResultModel(ColumnTableModel):
    columns = ("file", "site", "sequence", "result", "reason")
    numeric = frozenset({"sequence"})

    def title(self, column: str) -> str:
        return {
            "file": QCoreApplication.translate("HqModels", "Bundle"),
            "site": QCoreApplication.translate("HqModels", "Site"),
            "sequence": QCoreApplication.translate("HqModels", "No."),
            "result": QCoreApplication.translate("HqModels", "Result"),
            "reason": QCoreApplication.translate("HqModels", "Reason"),
        }[column]

    def display(self, row: ImportResult, column: str) -> str:
        if column == "file":
            return row.file_name
        if column == "site":
            return row.site_code
        if column == "sequence":
            return f"#{row.sequence}" if row.sequence else ""
        if column == "result":
            if row.status == "imported":
                return QCoreApplication.translate("HqModels", "Imported: %1 rows").replace(
                    "%1", f"{row.rows:,}"
                )
            return result_text(row.status)
        text = reason_text(row.code)
        if row.missing and row.status != "refused":
            numbers = ", ".join(f"#{n}" for n in row.missing)
            return QCoreApplication.translate(
                "HqModels", "Never received: %1 (covered by this full bundle)"
            ).replace("%1", numbers)
        if row.missing:
            text += " " + ", ".join(f"#{n}" for n in row.missing)
        return text

    def role_data(self, row: ImportResult, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.status == "refused":
            return QColor(REFUSED_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and row.detail:
            return row.detail
        return None


class ComparisonModel(ColumnTableModel):
    columns = ("site", "kpi", "value", "target", "baseline", "status", "rank")
    numeric = frozenset({"value", "target", "baseline", "rank"})

    def title(self, column: str) -> str:
        return {
            "site": QCoreApplication.translate("HqModels", "Site"),
            "kpi": QCoreApplication.translate("HqModels", "Indicator"),
            "value": QCoreApplication.translate("HqModels", "Actual"),
            "target": QCoreApplication.translate("HqModels", "Target"),
            "baseline": QCoreApplication.translate("HqModels", "Baseline"),
            "status": QCoreApplication.translate("HqModels", "Status"),
            "rank": QCoreApplication.translate("HqModels", "Rank"),
        }[column]

    def display(self, row: SiteKpi, column: str) -> str:
        if column == "site":
            return f"{row.site_code}  {row.site_name}"
        if column == "kpi":
            definition = DEFINITIONS[row.kpi_code]
            return definition.name_zh if self.chinese else definition.name_en
        if column in ("value", "target", "baseline"):
            number = getattr(row, column)
            return "—" if number is None else f"{number:,.4g} {row.unit}"
        if column == "status":
            return status_text(row.status)
        return "—" if row.rank is None else str(row.rank)

    def role_data(self, row: SiteKpi, column: str, role: int) -> Any:
        colour = STATUS_COLOURS.get(row.status)
        if role == Qt.ItemDataRole.BackgroundRole and column in ("value", "status") and colour:
            return QColor(colour)
        if role == Qt.ItemDataRole.ToolTipRole and column == "value" and row.reason:
            return row.reason
        return None
