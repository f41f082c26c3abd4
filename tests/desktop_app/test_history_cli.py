"""`qingyuan history`: values, rollups and consumption as JSON, with times in the asked zone."""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import pytest

from desktop_app.cli import history_command
from storage.models import Bus, Device, Site, Tag
from storage.staging import WriterState, begin_write, ingest

T0 = 1_767_196_800_000  # 2026-01-01 00:00 at +08:00


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="qingyuan")
    root.add_argument("--data-dir")
    history_command.add_parser(root.add_subparsers(dest="command"))
    return root


def run(capsys, data_dir: Path, *args: str) -> tuple[int, dict | str]:
    """Exit code and the parsed JSON (--json), the printed table, or the error text."""
    code = history_command.run(parser().parse_args(["--data-dir", str(data_dir), "history", *args]))
    captured = capsys.readouterr()
    if code:
        return code, captured.err
    return code, json.loads(captured.out) if "--json" in args else captured.out


@pytest.fixture
def site(database, data_dir: Path) -> Path:
    with database.transaction() as session:
        site = Site(code="S", name="s", created_ms=0)
        session.add(site)
        session.flush()
        bus = Bus(site_id=site.id, name="b", kind="modbus_tcp", host="h")
        session.add(bus)
        session.flush()
        device = Device(bus_id=bus.id, name="d", unit_id=1)
        session.add(device)
        session.flush()
        power = Tag(device_id=device.id, name="power", unit="kW", register_type="coil", address=0)
        energy = Tag(
            device_id=device.id,
            name="energy",
            unit="kWh",
            register_type="coil",
            address=1,
            is_counter=True,
        )
        session.add_all([power, energy])
        session.flush()
        rows = [(power.id, T0 + i * 60_000, float(i), 0) for i in range(120)]
        rows += [(energy.id, T0 + i * 60_000, 1000.0 + 2 * i, 0) for i in range(120)]
        rows.append((power.id, T0 + 120 * 60_000, None, 1))
    with database.engine.begin() as connection:
        begin_write(connection)
        ingest(connection, rows, WriterState())
    return data_dir


def test_raw_points_carry_value_quality_and_the_zone_asked_for(capsys, site: Path) -> None:
    code, out = run(
        capsys, site, "power", "--from", "2026-01-01T01:58+08:00", "--to", "2026-01-01T02:01+08:00",
        "--step", "raw", "--json",
    )  # fmt: skip
    assert code == 0
    assert (out["tag"], out["unit"], out["step"]) == ("power", "kW", "raw")
    assert out["points"] == [
        {"t": "2026-01-01T01:58:00+08:00", "value": 118.0, "min": 118.0, "max": 118.0,
         "count": 1, "valid_count": 1, "quality": 0, "flags": []},
        {"t": "2026-01-01T01:59:00+08:00", "value": 119.0, "min": 119.0, "max": 119.0,
         "count": 1, "valid_count": 1, "quality": 0, "flags": []},
        {"t": "2026-01-01T02:00:00+08:00", "value": None, "min": None, "max": None,
         "count": 1, "valid_count": 0, "quality": 1, "flags": []},
    ]  # fmt: skip


def test_auto_step_returns_buckets_with_the_valid_fraction(capsys, site: Path) -> None:
    code, out = run(
        capsys, site, "power", "--from", "2025-12-31T16:00Z", "--to", "2026-01-01T00:00Z",
        "--pixels", "4", "--json",
    )  # fmt: skip
    assert code == 0 and out["step"] == "1h"
    assert [p["t"] for p in out["points"]] == [
        "2025-12-31T16:00:00+00:00",
        "2025-12-31T17:00:00+00:00",
        "2025-12-31T18:00:00+00:00",
    ]
    first, _, last = out["points"]
    assert (first["value"], first["min"], first["max"], first["count"]) == (29.5, 0.0, 59.0, 60)
    assert (last["count"], last["valid_count"], last["quality"], last["value"]) == (1, 0, 0.0, None)


def test_consumption_of_a_counter_per_hour(capsys, site: Path) -> None:
    code, out = run(
        capsys, site, "energy", "--from", "2026-01-01T00:00+08:00",
        "--to", "2026-01-02T00:00+08:00", "--step", "1h", "--consumption", "--json",
    )  # fmt: skip
    assert code == 0
    assert [p["value"] for p in out["points"]] == [118.0, 120.0]  # 59 then 60 deltas of 2


def test_naive_times_are_local(capsys, site: Path, monkeypatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        code, out = run(
            capsys, site, "power", "--from", "2026-01-01T00:00", "--to", "2026-01-01T00:02",
            "--step", "raw", "--json",
        )  # fmt: skip
    finally:
        monkeypatch.undo()
        time.tzset()
    assert code == 0 and [p["t"] for p in out["points"]] == [
        "2026-01-01T00:00:00+08:00",
        "2026-01-01T00:01:00+08:00",
    ]


def test_mistakes_are_explained(capsys, site: Path) -> None:
    assert run(capsys, site, "nope", "--from", "2026-01-01", "--to", "2026-01-02") == (
        2,
        "qingyuan: no tag named 'nope'\n",
    )
    code, err = run(
        capsys, site, "power", "--from", "2026-01-01", "--to", "2026-01-02", "--consumption"
    )
    assert code == 2 and "not a counter" in err
    with pytest.raises(SystemExit):
        parser().parse_args(["history", "power", "--from", "yesterday", "--to", "2026-01-02"])


def test_the_table_output_is_readable(capsys, site: Path) -> None:
    code, out = run(
        capsys, site, "power", "--from", "2026-01-01T00:00+08:00", "--to", "2026-01-01T00:02+08:00"
    )
    assert code == 0
    lines = out.splitlines() if isinstance(out, str) else []
    assert lines[0] == "power [kW]  step raw  2 points"
    assert lines[1].split()[:2] == ["2026-01-01T00:00:00+08:00", "0"]
