"""`qingyuan modbus read` against the demo plant's real Modbus server."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from desktop_app.cli.main import main
from drivers.simulators.modbus_server import DemoPlantServer
from tests.conftest import free_port_block


@pytest.fixture(scope="module")
def plant_port() -> Iterator[int]:
    with DemoPlantServer(base_port=free_port_block(2)) as server:
        yield server.ports["utilities"]


def read_json(capsys, *args: str) -> tuple[int, dict]:
    code = main(["modbus", "read", "--host", "127.0.0.1", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_a_manual_number_picks_the_function_and_every_word_order_is_shown(
    capsys, plant_port: int
) -> None:
    code, report = read_json(
        capsys, "--port", str(plant_port), "--unit", "1", "--register", "30001", "--type", "float32"
    )
    assert code == 0 and report["status"] == "ok"
    assert (report["function"], report["address"]) == (4, 0)
    orders = report["decoded"]["all_orders"]
    assert 200 < orders["ABCD"] < 260, "the SDM630 sends big-endian words and bytes"
    assert not 200 < orders["CDAB"] < 260
    assert [f["direction"] for f in report["frames"]] == ["tx", "rx"]
    assert report["frames"][0]["hex"].endswith("01 04 00 00 00 02")


def test_consecutive_values_in_one_order(capsys, plant_port: int) -> None:
    code, report = read_json(
        capsys,
        "--port",
        str(plant_port),
        "--unit",
        "1",
        "--function",
        "4",
        "--address",
        "0",
        "--count",
        "6",
        "--type",
        "float32",
        "--order",
        "ABCD",
    )
    assert code == 0
    assert len(report["decoded"]["values"]) == 3
    assert all(200 < v < 260 for v in report["decoded"]["values"])


def test_a_rejected_address_exits_1_with_the_exception(capsys, plant_port: int) -> None:
    code, report = read_json(
        capsys,
        "--port",
        str(plant_port),
        "--unit",
        "1",
        "--function",
        "4",
        "--address",
        "0x1000",
        "--count",
        "2",
    )
    assert code == 1
    assert report["status"] == "illegal_address" and report["exception_code"] == 2


def test_nobody_listening_is_a_clear_failure(capsys) -> None:
    free = free_port_block(1)
    code, report = read_json(capsys, "--port", str(free), "--address", "0", "--timeout", "0.3")
    assert code == 1 and report["status"] != "ok" and report["registers"] == []


def test_a_manual_number_with_the_wrong_function_is_refused(capsys, plant_port: int) -> None:
    code = main(
        [
            "modbus",
            "read",
            "--host",
            "127.0.0.1",
            "--port",
            str(plant_port),
            "--register",
            "30001",
            "--function",
            "3",
        ]
    )
    assert code == 2
    assert "function 4" in capsys.readouterr().err
