"""The inputs of one KPI value: name, value with unit, and the sources it was summed from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.ui.models.column_table import ColumnTableModel
from domain.formatting import format_significant
from domain.kpis import KpiInput

Index = QModelIndex | QPersistentModelIndex


def input_name(name: str) -> str:
    """A readable name for the KPI input codes (pollutant.cod → 污染物 cod)."""
    names = {
        "production": QCoreApplication.translate("KpiInputsModel", "Qualified output"),
        "energy_kgce": QCoreApplication.translate("KpiInputsModel", "Comprehensive energy"),
        "fresh_water": QCoreApplication.translate("KpiInputsModel", "Fresh water"),
        "solid_waste": QCoreApplication.translate("KpiInputsModel", "Solid waste"),
        "raw_material": QCoreApplication.translate("KpiInputsModel", "Main raw materials"),
        "reclaimed_water": QCoreApplication.translate("KpiInputsModel", "Reclaimed water reused"),
        "wastewater": QCoreApplication.translate("KpiInputsModel", "Wastewater generated"),
        "packaging_used": QCoreApplication.translate("KpiInputsModel", "Packaging used"),
        "packaging_recovered": QCoreApplication.translate("KpiInputsModel", "Packaging recovered"),
    }
    if name.startswith("pollutant."):
        return QCoreApplication.translate("KpiInputsModel", "Pollutant load %1").replace(
            "%1", name.split(".", 1)[1]
        )
    return names.get(name, name)


class KpiInputsModel(ColumnTableModel):
    columns = ("input", "value", "sources")

    @property
    def inputs(self) -> tuple[KpiInput, ...]:
        return tuple(self._rows)

    def set_inputs(self, inputs: Sequence[KpiInput]) -> None:
        self.set_rows(inputs)

    def title(self, column: str) -> str:
        titles = {
            "input": QCoreApplication.translate("KpiInputsModel", "Input"),
            "value": QCoreApplication.translate("KpiInputsModel", "Value"),
            "sources": QCoreApplication.translate("KpiInputsModel", "From"),
        }
        return titles[column]

    def display(self, row: KpiInput, column: str) -> str:
        if column == "input":
            return input_name(row.name)
        if column == "value":
            if row.value is None:
                return QCoreApplication.translate("KpiInputsModel", "missing")
            return format_significant(row.value, row.unit)
        return "; ".join(row.sources)

    def role_data(self, row: KpiInput, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == "sources":
            return "\n".join(row.sources) or None
        return None
