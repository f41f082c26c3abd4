"""Turn rows of a CSV or Excel sheet into records, with a clear verdict for every bad row.

The documented layout (docs/records-import.md) is one header row, then one record per row:
date, category, item, quantity, unit, and optionally line, shift, note. Headers may be English
or Chinese (日期, 类别, 项目, 数量, 单位, 产线, 班次, 备注) and categories may be written as their
code or their Chinese name, because the people filling these sheets work in Chinese spreadsheets.
Nothing is guessed: an unknown category or unit is an error on that row, with the column named.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from domain.records import Record, RecordCategory, record_problems

COLUMNS = ("date", "category", "item", "quantity", "unit", "line", "shift", "note")
REQUIRED = COLUMNS[:5]

HEADER_ALIASES: Mapping[str, str] = {
    "日期": "date",
    "类别": "category",
    "类型": "category",
    "项目": "item",
    "名称": "item",
    "数量": "quantity",
    "单位": "unit",
    "产线": "line",
    "生产线": "line",
    "班次": "shift",
    "备注": "note",
    "day": "date",
}

CATEGORY_NAMES_ZH: Mapping[RecordCategory, str] = {
    RecordCategory.PRODUCTION: "合格产品产量",
    RecordCategory.RAW_MATERIAL: "原材料消耗",
    RecordCategory.FRESH_WATER: "新鲜水取用",
    RecordCategory.RECLAIMED_WATER: "中水回用",
    RecordCategory.WASTEWATER: "废水产生",
    RecordCategory.SOLID_WASTE: "一般工业固废",
    RecordCategory.HAZARDOUS_WASTE: "危险废物",
    RecordCategory.PACKAGING_USED: "包装材料使用",
    RecordCategory.PACKAGING_RECOVERED: "包装材料回收",
    RecordCategory.POLLUTANT: "污染物排放量",
    RecordCategory.ENERGY_PURCHASED: "外购能源",
    RecordCategory.ENERGY_PRODUCED: "自产能源",
    RecordCategory.ENERGY_SOLD: "外销能源",
}
_SHORT_ZH = {
    "产量": RecordCategory.PRODUCTION,
    "原材料": RecordCategory.RAW_MATERIAL,
    "新鲜水": RecordCategory.FRESH_WATER,
    "中水": RecordCategory.RECLAIMED_WATER,
    "废水": RecordCategory.WASTEWATER,
    "固废": RecordCategory.SOLID_WASTE,
    "危废": RecordCategory.HAZARDOUS_WASTE,
    "污染物": RecordCategory.POLLUTANT,
}
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%Y年%m月%d日")
EXCEL_EPOCH = date(1899, 12, 30)


@dataclass(frozen=True)
class RowError:
    row: int
    """1-based row number as the spreadsheet shows it (the header is row 1)."""
    column: str
    code: str
    detail: str = ""


@dataclass(frozen=True)
class ParsedRows:
    records: tuple[tuple[int, Record], ...]
    """(spreadsheet row, record) for every good row."""
    errors: tuple[RowError, ...]

    @property
    def ok(self) -> bool:
        return not self.errors


def header_columns(header: Sequence[object]) -> dict[str, int] | RowError:
    """Column index of each known column; an error naming the first required one missing."""
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        name = str(cell or "").strip().lstrip("\ufeff")
        key = HEADER_ALIASES.get(name, name.lower())
        if key in COLUMNS and key not in found:
            found[key] = index
    for column in REQUIRED:
        if column not in found:
            return RowError(1, column, "missing_column", column)
    return found


def parse_rows(header: Sequence[object], rows: Iterable[Sequence[object]]) -> ParsedRows:
    columns = header_columns(header)
    if isinstance(columns, RowError):
        return ParsedRows((), (columns,))
    records: list[tuple[int, Record]] = []
    errors: list[RowError] = []
    for number, row in enumerate(rows, start=2):
        cells = {name: (row[i] if i < len(row) else None) for name, i in columns.items()}
        if all(_blank(v) for v in cells.values()):
            continue
        record, problems = _record(number, cells)
        if problems:
            errors.extend(problems)
        elif record is not None:
            records.append((number, record))
    return ParsedRows(tuple(records), tuple(errors))


def parse_category(value: object) -> RecordCategory | None:
    text = str(value or "").strip()
    for category in RecordCategory:
        if text.lower() == category.value or text == CATEGORY_NAMES_ZH[category]:
            return category
    return _SHORT_ZH.get(text)


def parse_day(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 < value < 200_000:
        return date.fromordinal(EXCEL_EPOCH.toordinal() + int(value))  # an Excel serial day
    text = str(value or "").strip()
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def parse_quantity(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    text = re.sub(r"[\s,，]", "", str(value or ""))
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _record(number: int, cells: Mapping[str, object]) -> tuple[Record | None, list[RowError]]:
    day = parse_day(cells["date"])
    category = parse_category(cells["category"])
    quantity = parse_quantity(cells["quantity"])
    errors = []
    if day is None:
        errors.append(RowError(number, "date", "bad_date", _text(cells["date"])))
    if category is None:
        errors.append(RowError(number, "category", "unknown_category", _text(cells["category"])))
    if quantity is None:
        errors.append(RowError(number, "quantity", "bad_number", _text(cells["quantity"])))
    if errors or day is None or category is None or quantity is None:
        return None, errors
    record = Record(
        day,
        category,
        _text(cells["item"]),
        quantity,
        _text(cells["unit"]),
        _text(cells.get("line")),
        _text(cells.get("shift")),
        _text(cells.get("note")),
    )
    problems = [RowError(number, p.field, p.code, p.detail) for p in record_problems(record)]
    return (None, problems) if problems else (record, [])


def _blank(value: object) -> bool:
    return value is None or str(value).strip() == ""


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
