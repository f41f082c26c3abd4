"""Records sheets: English or Chinese headers and categories, every bad row named with its
column and reason, and no input that makes the parser fail in any other way."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from domain.record_import import parse_day, parse_quantity, parse_rows
from domain.records import Record, RecordCategory, canonical_quantity, record_problems

HEADER = ["date", "category", "item", "quantity", "unit", "line", "shift", "note"]


def test_english_rows_become_records() -> None:
    parsed = parse_rows(
        HEADER,
        [
            ["2026-10-01", "production", "板材", "95.5", "t", "一号线", "甲班", ""],
            ["2026-10-01", "raw_material", "原木", "103200", "kg", "", "", "weighbridge"],
        ],
    )
    assert parsed.ok
    (row2, first), (_row3, second) = parsed.records
    assert (row2, first.category, first.quantity, first.line) == (
        2,
        RecordCategory.PRODUCTION,
        95.5,
        "一号线",
    )
    assert canonical_quantity(second) == 103.2  # kg entered, counted in t


def test_chinese_headers_and_category_names_and_excel_cells() -> None:
    parsed = parse_rows(
        ["日期", "类别", "项目", "数量", "单位", "备注"],
        [
            [datetime(2026, 10, 2), "新鲜水取用", "自来水", 1_200, "t", None],
            [46297, "危废", "HW08 废矿物油", "0.08", "t", ""],  # Excel serial day 2026-10-02
            ["2026/10/03", "外购能源", "diesel", "1,150", "kg", ""],
        ],
    )
    assert parsed.ok, parsed.errors
    days = [r.day for _n, r in parsed.records]
    assert days == [date(2026, 10, 2), date(2026, 10, 2), date(2026, 10, 3)]
    water = parsed.records[0][1]
    assert canonical_quantity(water) == 1200.0  # 1 t of water counts as 1 m³
    assert parsed.records[2][1].quantity == 1150.0


def test_every_bad_row_is_reported_with_its_column() -> None:
    parsed = parse_rows(
        HEADER,
        [
            ["2026-13-01", "production", "板材", "1", "t"],
            ["2026-10-01", "output", "板材", "1", "t"],
            ["2026-10-01", "production", "板材", "lots", "t"],
            ["2026-10-01", "production", "板材", "-3", "t"],
            ["2026-10-01", "production", "板材", "3", "m³"],
            ["2026-10-01", "energy_purchased", "coal", "3", "t"],
            ["", "", "", "", ""],  # blank lines are skipped, not errors
            ["2026-10-01", "production", "板材", "3", "t"],
        ],
    )
    assert [(e.row, e.column, e.code) for e in parsed.errors] == [
        (2, "date", "bad_date"),
        (3, "category", "unknown_category"),
        (4, "quantity", "bad_number"),
        (5, "quantity", "negative_quantity"),
        (6, "unit", "incompatible_units"),
        (7, "item", "unknown_carrier"),
    ]
    assert [n for n, _r in parsed.records] == [9]


def test_a_missing_required_column_is_one_clear_error() -> None:
    parsed = parse_rows(["date", "category", "item", "unit"], [["2026-10-01", "x", "y", "t"]])
    assert [(e.row, e.column, e.code) for e in parsed.errors] == [(1, "quantity", "missing_column")]


def test_record_rules() -> None:
    good = Record(date(2026, 1, 1), RecordCategory.POLLUTANT, "cod", 12.0, "kg")
    assert record_problems(good) == []
    unknown = Record(date(2026, 1, 1), RecordCategory.PRODUCTION, "x", 1.0, "furlongs")
    assert [p.code for p in record_problems(unknown)] == ["unknown_unit"]


cells = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.integers(-(10**9), 10**9),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates().map(lambda d: d),
)


@given(st.lists(st.lists(cells, max_size=9), max_size=20))
def test_any_sheet_parses_to_records_or_row_errors(rows: list[list[object]]) -> None:
    parsed = parse_rows(HEADER, rows)
    for number, record in parsed.records:
        assert 2 <= number <= len(rows) + 1
        assert record_problems(record) == []
    for error in parsed.errors:
        assert 2 <= error.row <= len(rows) + 1 and error.code


@given(st.one_of(st.text(max_size=20), st.floats(), st.integers(), st.none()))
def test_day_and_number_parsers_never_raise(value: object) -> None:
    parse_day(value)
    quantity = parse_quantity(value)
    assert quantity is None or quantity == quantity  # never NaN
