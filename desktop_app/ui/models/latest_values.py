"""Table model of every tag's latest value: name, value, unit, quality, time, age, device."""

from __future__ import annotations

import time
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop_app.services.configuration import TagInfo
from domain.formatting import format_age, format_value
from domain.quality import Quality
from domain.readings import Reading

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("tag", "value", "unit", "quality", "time", "age", "device")
STALE_AFTER_S = 10.0


def quality_text(quality: Quality) -> str:
    names = {
        Quality.GOOD: QCoreApplication.translate("Quality", "Good"),
        Quality.COMM_FAILURE: QCoreApplication.translate("Quality", "Communication failure"),
        Quality.DEVICE_EXCEPTION: QCoreApplication.translate("Quality", "Device exception"),
        Quality.OUT_OF_RANGE: QCoreApplication.translate("Quality", "Out of range"),
        Quality.STALE: QCoreApplication.translate("Quality", "Stale"),
        Quality.MANUAL: QCoreApplication.translate("Quality", "Manual"),
        Quality.MAINTENANCE: QCoreApplication.translate("Quality", "Maintenance"),
        Quality.CALIBRATION: QCoreApplication.translate("Quality", "Calibration"),
        Quality.STOPPED: QCoreApplication.translate("Quality", "Stopped"),
        Quality.CORRECTED: QCoreApplication.translate("Quality", "Corrected"),
    }
    return names[quality]


class LatestValuesModel(QAbstractTableModel):
    def __init__(self, tags: Iterable[TagInfo], chinese: bool = True, parent: Any = None) -> None:
        super().__init__(parent)
        self._tags = list(tags)
        self._row_of = {tag.id: row for row, tag in enumerate(self._tags)}
        self._latest: dict[int, Reading] = {}
        self._texts: dict[int, str | None] = {}
        self._chinese = chinese

    def set_tags(self, tags: Iterable[TagInfo]) -> None:
        """Show a changed configuration; values of tags that remain are kept."""
        self.beginResetModel()
        self._tags = list(tags)
        self._row_of = {tag.id: row for row, tag in enumerate(self._tags)}
        self._latest = {k: v for k, v in self._latest.items() if k in self._row_of}
        self.endResetModel()

    def set_texts(self, texts: dict[int, str | None]) -> None:
        """Latest values of string tags (serial numbers…), shown in the value column."""
        self._texts.update(texts)

    def set_chinese(self, chinese: bool) -> None:
        self._chinese = chinese
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._emit_all()

    def tag_at(self, row: int) -> TagInfo:
        return self._tags[row]

    def row_of(self, tag_id: int) -> int | None:
        return self._row_of.get(tag_id)

    def latest(self, tag_id: int) -> Reading | None:
        return self._latest.get(tag_id)

    def update(self, readings: Iterable[Reading]) -> None:
        rows: set[int] = set()
        for reading in readings:
            row = self._row_of.get(reading.tag_id)
            if row is None:
                continue
            known = self._latest.get(reading.tag_id)
            if known is None or reading.ts_ms >= known.ts_ms:
                self._latest[reading.tag_id] = reading
                rows.add(row)
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(COLUMNS) - 1))

    def refresh_ages(self) -> None:
        if self._tags:
            column = COLUMNS.index("age")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._tags) - 1, column))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._tags)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        titles = {
            "tag": QCoreApplication.translate("LatestValuesModel", "Measurement"),
            "value": QCoreApplication.translate("LatestValuesModel", "Value"),
            "unit": QCoreApplication.translate("LatestValuesModel", "Unit"),
            "quality": QCoreApplication.translate("LatestValuesModel", "Quality"),
            "time": QCoreApplication.translate("LatestValuesModel", "Time"),
            "age": QCoreApplication.translate("LatestValuesModel", "Age"),
            "device": QCoreApplication.translate("LatestValuesModel", "Device"),
        }
        return titles[COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._tags):
            return None
        tag = self._tags[index.row()]
        column = COLUMNS[index.column()]
        reading = self._latest.get(tag.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(tag, column, reading)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("value", "age"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column in ("value", "quality", "age"):
            return self._foreground(reading)
        if role == Qt.ItemDataRole.UserRole:
            return tag.id
        return None

    def _display(self, tag: TagInfo, column: str, reading: Reading | None) -> str:
        if column == "tag":
            return tag.label if self._chinese or not tag.label_en else tag.label_en
        if column == "unit":
            return tag.unit
        if column == "device":
            english = not self._chinese and tag.device_label_en
            return tag.device_label_en if english else tag.device_label
        if reading is None:
            return "—"
        if column == "value":
            if tag.id in self._texts:
                return self._texts[tag.id] or "—"
            return format_value(reading.value)
        if column == "quality":
            return quality_text(reading.quality)
        if column == "time":
            return datetime.fromtimestamp(reading.ts_ms / 1000).strftime("%H:%M:%S")
        return format_age(time.time() - reading.ts_ms / 1000)

    def _foreground(self, reading: Reading | None) -> QBrush | None:
        if reading is None:
            return None
        if not reading.quality.is_good:
            return QBrush(QColor("#c62828"))
        if time.time() - reading.ts_ms / 1000 > STALE_AFTER_S:
            return QBrush(QColor("#ef6c00"))
        return None

    def _emit_all(self) -> None:
        if self._tags:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._tags) - 1, len(COLUMNS) - 1)
            )
