"""`qingyuan suppliers`: the register with each credential's validity and the latest score,
and the purchases of a period with the green-procurement ratio (hand-computed)."""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.cli import supplier_command
from desktop_app.services.supplier_purchases import record_purchase
from desktop_app.services.suppliers import add_credential, add_evaluation, create_supplier
from domain.roles import SYSTEM


def qingyuan(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    """`qingyuan --data-dir D suppliers ARGS` through the command's own parser."""
    parser = argparse.ArgumentParser(prog="qingyuan")
    parser.add_argument("--data-dir")
    supplier_command.add_parser(parser.add_subparsers(dest="command"))
    code = supplier_command.run(
        parser.parse_args(["--data-dir", str(data_dir), "suppliers", *args])
    )
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def register(database, data_dir: Path) -> Path:
    today = date.today()
    with database.transaction() as session:
        packaging = create_supplier(
            session, SYSTEM, name="华东包装材料有限公司", category="packaging"
        )
        add_credential(
            session, SYSTEM, packaging, kind="china_environmental_label", number="CEC-1",
            valid_to=today + timedelta(days=20),
        )  # fmt: skip
        add_credential(
            session, SYSTEM, packaging, kind="iso14001", valid_to=today - timedelta(days=3)
        )
        for days_ago, score in ((200, 80.0), (20, 91.0)):
            add_evaluation(
                session, SYSTEM, packaging, evaluated_on=today - timedelta(days_ago), score=score
            )
        chemicals = create_supplier(session, SYSTEM, name="Acme Chemicals", category="chemicals")
        for day, amount, green, supplier in (
            ("2026-02-28", 500.0, True, packaging),  # the day before: not counted
            ("2026-03-01", 3_000.0, True, packaging),
            ("2026-03-15", 1_000.0, False, chemicals),
            ("2026-03-31", 1_000.0, True, chemicals),
            ("2026-04-01", 9_999.0, False, chemicals),  # the day after: not counted
        ):
            record_purchase(
                session, SYSTEM, supplier_id=supplier, bought_on=date.fromisoformat(day),
                item="纸箱", amount_cny=amount, green_certified=green, quantity=10, unit="箱",
            )  # fmt: skip
    return data_dir


def test_the_register_with_validity_and_latest_score(capsys, register: Path) -> None:
    code, out, _ = qingyuan(capsys, register, "--json")
    rows = {r["name"]: r for r in json.loads(out)}
    assert code == 0 and list(rows) == ["Acme Chemicals", "华东包装材料有限公司"]
    packaging = rows["华东包装材料有限公司"]
    assert (packaging["latest_score"], packaging["latest_grade"], packaging["trend"]) == (
        91.0,
        "A",
        "up",
    )
    credentials = [(c["kind"], c["validity"], c["days_left"]) for c in packaging["credentials"]]
    assert credentials == [
        ("iso14001", "expired", -3),
        ("china_environmental_label", "expiring", 20),
    ]
    assert packaging["credentials"][1]["label_zh"] == "中国环境标志(十环)"
    assert rows["Acme Chemicals"]["latest_score"] is None
    _, out, _ = qingyuan(capsys, register, "--within", "10", "--json")
    narrow = json.loads(out)[1]["credentials"][1]
    assert narrow["validity"] == "valid"
    code, out, _ = qingyuan(capsys, register)
    assert code == 0 and "score 91 (A) up" in out and "expired (-3 d)" in out


def test_purchases_of_a_period_with_the_green_ratio(capsys, register: Path) -> None:
    code, out, _ = qingyuan(
        capsys, register, "purchases", "--from", "2026-03-01", "--to", "2026-03-31", "--json"
    )
    result = json.loads(out)
    # green 3 000 + 1 000 = 4 000 元 of 5 000 元 → 80 %
    assert code == 0 and result["green_ratio_percent"] == pytest.approx(80.0)
    assert (result["green_cny"], result["total_cny"]) == (4_000.0, 5_000.0)
    assert [p["bought_on"] for p in result["purchases"]] == [
        "2026-03-31",
        "2026-03-15",
        "2026-03-01",
    ]
    code, out, _ = qingyuan(
        capsys, register, "purchases", "--from", "2026-03-01", "--to", "2026-03-31"
    )
    assert code == 0 and "80.0 % (4,000.00 元 green of 5,000.00 元)" in out
    assert "2026-03-15  Acme Chemicals  纸箱  10 箱  1,000.00 元  -" in out


def test_a_period_without_purchases_says_so(capsys, register: Path) -> None:
    _, out, _ = qingyuan(
        capsys, register, "purchases", "--from", "2025-01-01", "--to", "2025-12-31", "--json"
    )
    result = json.loads(out)
    assert result["green_ratio_percent"] is None and result["reason"] == "no_purchases"
    _, out, _ = qingyuan(
        capsys, register, "purchases", "--from", "2025-01-01", "--to", "2025-12-31"
    )
    assert "no purchases in the period" in out
    code, _, err = qingyuan(
        capsys, register, "purchases", "--from", "2026-02-01", "--to", "2026-01-01"
    )
    assert code == 2 and "after" in err
