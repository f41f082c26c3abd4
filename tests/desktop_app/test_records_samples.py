"""The sample sheets in docs/ are what users copy: both must import cleanly, cover every
category, and say the same thing in CSV and in Excel."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.services.record_files import read_table
from domain.record_import import parse_rows
from domain.records import RecordCategory, canonical_quantity

DOCS = Path(__file__).resolve().parents[2] / "docs"
SAMPLES = ("records-sample.csv", "records-sample.xlsx")


@pytest.mark.parametrize("name", SAMPLES)
def test_a_sample_sheet_imports_cleanly(name: str) -> None:
    header, rows = read_table(DOCS / name)
    parsed = parse_rows(header, rows)
    assert parsed.errors == ()
    assert {record.category for _row, record in parsed.records} == set(RecordCategory)
    assert all(canonical_quantity(record) > 0 for _row, record in parsed.records)


def test_the_csv_and_excel_samples_hold_the_same_records() -> None:
    csv_records, excel_records = (
        [record for _row, record in parse_rows(*read_table(DOCS / name)).records]
        for name in SAMPLES
    )
    assert csv_records == excel_records
    assert len(csv_records) >= 15


def test_the_layout_document_names_every_category() -> None:
    text = (DOCS / "records-import.md").read_text(encoding="utf-8")
    assert all(f"`{category.value}`" in text for category in RecordCategory)
