"""The bundles exported from this site, newest first, as the Export tab lists them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.models.column_table import ColumnTableModel
from desktop_app.ui.reports_io import ExportRow
from desktop_app.ui.reports_text import kind_text, local_time_text, range_text

translate = QCoreApplication.translate


class BundleHistoryModel(ColumnTableModel):
    columns = ("sequence", "kind", "range", "created", "file", "by")
    numeric = frozenset({"sequence"})

    def title(self, column: str) -> str:
        return {
            "sequence": translate("BundleHistoryModel", "No."),
            "kind": translate("BundleHistoryModel", "Full or incremental"),
            "range": translate("BundleHistoryModel", "Data from → to (local time)"),
            "created": translate("BundleHistoryModel", "Created"),
            "file": translate("BundleHistoryModel", "File"),
            "by": translate("BundleHistoryModel", "By"),
        }[column]

    def display(self, row: ExportRow, column: str) -> str:
        if column == "sequence":
            return str(row.sequence)
        if column == "kind":
            return kind_text(row.kind)
        if column == "range":
            return range_text(row.from_ms, row.to_ms)
        if column == "created":
            return local_time_text(row.created_ms)
        if column == "file":
            return row.file_name
        return row.created_by

    def row_at(self, index: int) -> ExportRow:
        row: ExportRow = self._rows[index]
        return row
