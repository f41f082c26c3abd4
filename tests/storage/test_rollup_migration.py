"""Upgrading a database that already holds readings fills the rollups from them."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from domain.consumption import CounterSpec
from storage.engine import make_engine
from storage.migrate import alembic_config, upgrade_to_head
from tests.storage.reference import assert_same_rollups, reference_rollups, stored_rollups

OFFSET = 8 * 3_600_000
T0 = 1_767_196_800_000


def test_upgrade_backfills_rollups_equal_to_brute_force(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "old.sqlite3")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        connection.execute(
            text(
                "INSERT INTO sites (id, code, name, name_en, timezone, is_demo, created_ms) "
                "VALUES (1, 'S', 's', '', 'Asia/Shanghai', 0, 0)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO buses (id, site_id, name, name_en, kind, host, port, serial_port, "
                "baudrate, parity, stopbits, bytesize, timeout_s, inter_request_delay_s, enabled) "
                "VALUES (1, 1, 'b', '', 'modbus_tcp', 'h', 502, '', 9600, 'N', 1, 8, 1, 0, 1)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO devices (id, bus_id, name, label, label_en, model, unit_id, "
                "poll_interval_s, enabled) VALUES (1, 1, 'd', '', '', '', 1, 1, 1)"
            )
        )
        for tag_id, counter in ((1, 0), (2, 1)):
            connection.execute(
                text(
                    "INSERT INTO tags (id, device_id, name, label, label_en, unit, register_type, "
                    "address, data_type, word_order, scale, offset, is_counter, enabled) "
                    "VALUES (:id, 1, :name, '', '', 'kWh', 'input_register', 0, 'float32', "
                    "'ABCD', 1, 0, :counter, 1)"
                ),
                {"id": tag_id, "name": f"t{tag_id}", "counter": counter},
            )
        rows = [
            {"t": tag, "ts": T0 + i * 37_000, "v": 100.0 + i if i != 40 else 3.0, "q": i % 7 == 3}
            for i in range(400)
            for tag in (1, 2)
        ]
        connection.execute(text("INSERT INTO readings VALUES (:t, :ts, :v, :q)"), rows)
    upgrade_to_head(engine)
    raw: dict = {}
    for row in rows:
        raw.setdefault(row["t"], {})[row["ts"]] = (row["v"], int(row["q"]))
    expected = reference_rollups(raw, {1: None, 2: CounterSpec()}, {}, OFFSET)
    with engine.connect() as connection:
        assert_same_rollups(stored_rollups(connection), expected)
    engine.dispose()
