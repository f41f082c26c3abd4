"""Simulated Modbus devices for the benchmarks, run as a helper process (see `common.Child`).

    python -m bench.sim_servers tcp --devices 50 --tags 20 --delay-min-ms 20 --delay-max-ms 60
    python -m bench.sim_servers rtu --port /dev/pts/7 --baudrate 9600 --units 3

`tcp`: one pymodbus TCP server per device on a free 127.0.0.1 port, each answering `--tags`
contiguous float32 values (holding and input registers alike) after an asynchronous delay,
spread evenly from the minimum to the maximum, like a slow gateway or meter. `rtu`: one RTU
serial server on a pty serving `--units` SDM630-like meters (the demo plant's power_main map).

The helper prints one JSON line once everything listens ({"ports": [...], "delays_ms": [...]}
or {"ready": true}) and runs until its stdin is closed. The servers run in this separate
process so that their work does not share a GIL with the acquisition engine being measured.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import threading
from collections.abc import Callable, Coroutine
from typing import Any, cast

from pymodbus import FramerType
from pymodbus.constants import ExcCodes
from pymodbus.server import ModbusSerialServer, ModbusTcpServer
from pymodbus.simulator import DataType as SimDataType
from pymodbus.simulator import SimData, SimDevice

from bench.common import (
    LOOPBACK,
    answer,
    contiguous_runs,
    float_image,
    power_meter_image,
    wait_for_stdin_eof,
)

Action = Callable[
    [int, int, int, int, list[int], list[int] | list[bool] | None],
    Coroutine[Any, Any, ExcCodes | None],
]


def _delayed(delay_s: float) -> Action:
    async def action(
        function_code: int,
        start_address: int,
        address: int,
        count: int,
        registers: list[int],
        set_values: list[int] | list[bool] | None,
    ) -> ExcCodes | None:
        await asyncio.sleep(delay_s)
        return None

    return action


def _bits() -> list[SimData]:
    return [SimData(0, count=16, values=False, datatype=SimDataType.BITS)]


def _registers(runs: list[tuple[int, list[int]]]) -> list[SimData]:
    return [
        SimData(first, values=words, datatype=SimDataType.REGISTERS, readonly=True)
        for first, words in runs
    ]


def float_device(unit_id: int, tags: int, delay_s: float, seed: float) -> SimDevice:
    runs = [(0, float_image(tags, seed))]
    return SimDevice(
        id=unit_id,
        simdata=(_bits(), _bits(), _registers(runs), _registers(runs)),
        action=_delayed(delay_s) if delay_s > 0 else None,
    )


def power_meter_device(unit_id: int) -> SimDevice:
    runs = contiguous_runs(power_meter_image())
    invalid = [SimData(0, datatype=SimDataType.INVALID)]
    return SimDevice(id=unit_id, simdata=(_bits(), _bits(), invalid, _registers(runs)))


def spread(count: int, low: float, high: float) -> list[float]:
    """`count` values evenly from `low` to `high` (the last one is the slowest)."""
    if count == 1:
        return [high]
    return [low + (high - low) * i / (count - 1) for i in range(count)]


async def _serve_tcp(args: argparse.Namespace, stop: asyncio.Event) -> None:
    delays_ms = spread(args.devices, args.delay_min_ms, args.delay_max_ms)
    servers: list[ModbusTcpServer] = []
    try:
        for index, delay_ms in enumerate(delays_ms):
            device = float_device(1, args.tags, delay_ms / 1000.0, seed=10.0 * index)
            server = ModbusTcpServer(device, address=(LOOPBACK, 0))
            await server.serve_forever(background=True)
            servers.append(server)
        ports = [
            cast(asyncio.Server, server.transport).sockets[0].getsockname()[1] for server in servers
        ]
        answer({"ports": ports, "delays_ms": delays_ms})
        await stop.wait()
    finally:
        for server in servers:
            await server.shutdown()  # type: ignore[no-untyped-call]


async def _serve_rtu(args: argparse.Namespace, stop: asyncio.Event) -> None:
    devices = [power_meter_device(unit) for unit in range(1, args.units + 1)]
    server = ModbusSerialServer(
        devices,
        framer=FramerType.RTU,
        port=args.port,
        baudrate=args.baudrate,
        parity=args.parity,
        stopbits=args.stopbits,
        bytesize=8,
    )
    try:
        await server.serve_forever(background=True)
        answer({"ready": True})
        await stop.wait()
    finally:
        await server.shutdown()  # type: ignore[no-untyped-call]


async def _main(args: argparse.Namespace) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    def watch_stdin() -> None:
        wait_for_stdin_eof()
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=watch_stdin, name="stdin-watch", daemon=True).start()
    if args.kind == "tcp":
        await _serve_tcp(args, stop)
    else:
        await _serve_rtu(args, stop)


def main() -> None:
    parser = argparse.ArgumentParser(description="simulated Modbus devices for benchmarks")
    sub = parser.add_subparsers(dest="kind", required=True)
    tcp = sub.add_parser("tcp")
    tcp.add_argument("--devices", type=int, default=1)
    tcp.add_argument("--tags", type=int, default=20)
    tcp.add_argument("--delay-min-ms", type=float, default=0.0)
    tcp.add_argument("--delay-max-ms", type=float, default=0.0)
    rtu = sub.add_parser("rtu")
    rtu.add_argument("--port", required=True)
    rtu.add_argument("--baudrate", type=int, default=9600)
    rtu.add_argument("--parity", default="N")
    rtu.add_argument("--stopbits", type=int, default=1)
    rtu.add_argument("--units", type=int, default=3)
    asyncio.run(_main(parser.parse_args()))


if __name__ == "__main__":
    main()
