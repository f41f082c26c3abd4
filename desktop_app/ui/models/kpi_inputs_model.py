"""The inputs of one KPI value: name, value with unit, and the sources it was summed from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

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


class KpiInputsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.inputs: tuple[KpiInput, ...] = ()

    def set_inputs(self, inputs: Sequence[KpiInput]) -> None:
        self.beginResetModel()
        self.inputs = tuple(inputs)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.inputs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("KpiInputsModel", "Input"),
            QCoreApplication.translate("KpiInputsModel", "Value"),
            QCoreApplication.translate("KpiInputsModel", "From"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.inputs):
            return None
        item = self.inputs[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return input_name(item.name)
            if index.column() == 1:
                if item.value is None:
                    return QCoreApplication.translate("KpiInputsModel", "missing")
                return format_significant(item.value, item.unit)
            return "; ".join(item.sources)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return "\n".join(item.sources) or None
        return None
