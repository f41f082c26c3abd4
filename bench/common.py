"""Shared helpers for the benchmarks: resource figures, reporting, tags, scans, databases, children.

Every benchmark ends with `report(...)`, which prints its figures, its ratio against a reference
measured in the same run, the goal, peak RSS and CPU seconds, and then one machine-readable line
(`BENCH-RESULT {json}`) that bench/run_all.py collects.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import selectors
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert

from domain.instruments import (
    BusConfig,
    DataType,
    DeviceConfig,
    RegisterType,
    TagConfig,
    WordOrder,
)
from domain.readings import ReadingBatch
from drivers.modbus.codec import encode_value
from drivers.simulators.demo_plant_map import (
    DEMO_BUSES,
    RESERVED_REGISTERS,
    SIMULATOR_ONLY_TAGS,
    DemoTag,
)
from storage.engine import make_engine
from storage.migrate import upgrade_to_head
from storage.models import Bus, Device, Site, Tag

RESULT_PREFIX = "BENCH-RESULT "
REPO_ROOT = Path(__file__).resolve().parent.parent
LOOPBACK = "127.0.0.1"

Figure = float | int | str


# --- command line, resources, reporting ---------------------------------------------------------


def parse_args(description: str, argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help="smaller run, under 20 s")
    return parser.parse_args(argv)


def peak_rss_mb() -> float:
    """This process's peak resident set size.

    VmHWM from /proc when there is one: `ru_maxrss` survives exec, so a helper process started
    by a bigger parent would report the parent's size. Elsewhere ru_maxrss (KiB on Linux).
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def disk_writes_mb() -> float:
    """Bytes this process has written to block devices so far (ru_oublock, 512-byte units)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_oublock * 512 / 1e6


def current_rss_mb() -> float:
    """This process's resident set size now (Linux /proc), for "memory added by X" figures."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / (1024.0 * 1024.0)


def cpu_seconds() -> float:
    """User + system CPU time of this process, all threads included."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@dataclass
class Outcome:
    name: str
    ratio: float
    ratio_label: str
    goal: str
    met: bool
    figures: dict[str, Figure] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def report(outcome: Outcome, started_cpu: float = 0.0) -> None:
    width = max((len(key) for key in outcome.figures), default=10)
    print(f"\n== {outcome.name} ==")
    for key, value in outcome.figures.items():
        shown = f"{value:,.3f}" if isinstance(value, float) else str(value)
        print(f"  {key:<{width}}  {shown}")
    for note in outcome.notes:
        print(f"  note: {note}")
    verdict = "MET" if outcome.met else "MISSED"
    rss, cpu = peak_rss_mb(), cpu_seconds() - started_cpu
    print(f"  ratio {outcome.ratio_label} = {outcome.ratio:.3f}   goal {outcome.goal}: {verdict}")
    print(f"  peak RSS {rss:.1f} MB   CPU {cpu:.2f} s")
    summary = {
        "name": outcome.name,
        "ratio": round(outcome.ratio, 4),
        "ratio_label": outcome.ratio_label,
        "goal": outcome.goal,
        "met": outcome.met,
        "peak_rss_mb": round(rss, 1),
        "cpu_s": round(cpu, 2),
        "figures": {
            k: round(v, 4) if isinstance(v, float) else v for k, v in outcome.figures.items()
        },
    }
    print(RESULT_PREFIX + json.dumps(summary, ensure_ascii=False), flush=True)


# --- tags and register images -------------------------------------------------------------------


def power_meter_tags(device_id: int, first_tag_id: int) -> tuple[TagConfig, ...]:
    """The demo site's Eastron SDM630 tags (the `power_main` device map) for one more meter."""
    device = next(d for bus in DEMO_BUSES for d in bus.devices if d.key == "power_main")
    return tuple(
        _tag_from_demo(device_id, first_tag_id + index, tag)
        for index, tag in enumerate(device.tags)
    )


def _tag_from_demo(device_id: int, tag_id: int, tag: DemoTag) -> TagConfig:
    return TagConfig(
        id=tag_id,
        device_id=device_id,
        name=f"d{device_id}_{tag.key}",
        unit=tag.unit,
        register_type=tag.register_type,
        address=tag.address,
        data_type=tag.data_type,
        word_order=tag.word_order,
        scale=tag.scale,
        is_counter=tag.is_counter,
        rollover=tag.rollover,
    )


def power_meter_image() -> dict[int, int]:
    """Input register → word, as an SDM630 answers: every parameter plus the reserved holes."""
    device = next(d for bus in DEMO_BUSES for d in bus.devices if d.key == "power_main")
    image: dict[int, int] = {}
    for kind, address, count in RESERVED_REGISTERS.get("power_main", ()):
        if kind is RegisterType.INPUT_REGISTER:
            image.update(dict.fromkeys(range(address, address + count), 0))
    for index, tag in enumerate(device.tags + SIMULATOR_ONLY_TAGS.get("power_main", ())):
        words = encode_value(230.0 + index, tag.data_type, tag.word_order)
        image.update(zip(range(tag.address, tag.address + len(words)), words, strict=True))
    return image


def float_tags(
    device_id: int,
    first_tag_id: int,
    count: int,
    register_type: RegisterType = RegisterType.HOLDING_REGISTER,
) -> tuple[TagConfig, ...]:
    """`count` contiguous big-endian float32 tags from address 0."""
    return tuple(
        TagConfig(
            id=first_tag_id + i,
            device_id=device_id,
            name=f"d{device_id}_t{i}",
            unit="",
            register_type=register_type,
            address=2 * i,
            data_type=DataType.FLOAT32,
            word_order=WordOrder.ABCD,
        )
        for i in range(count)
    )


def float_image(count: int, seed: float = 0.0) -> list[int]:
    """Registers of `count` contiguous float32 values, matching `float_tags`."""
    words: list[int] = []
    for i in range(count):
        words.extend(encode_value(seed + 1.5 * i, DataType.FLOAT32, WordOrder.ABCD))
    return words


def contiguous_runs(image: dict[int, int]) -> list[tuple[int, list[int]]]:
    """Split an address → word map into (first address, words) runs without holes."""
    runs: list[tuple[int, list[int]]] = []
    for address in sorted(image):
        if runs and runs[-1][0] + len(runs[-1][1]) == address:
            runs[-1][1].append(image[address])
        else:
            runs.append((address, [image[address]]))
    return runs


# --- scans from emitted batches -----------------------------------------------------------------


@dataclass(frozen=True)
class PollRecord:
    device_id: int
    start: float
    end: float
    readings: int
    failed: bool


class BatchRecorder:
    """An engine sink that keeps when each device poll started and ended (perf_counter s)."""

    def __init__(self, forward: Any = None) -> None:
        self._lock = threading.Lock()
        self._records: list[PollRecord] = []
        self._forward = forward

    def __call__(self, batch: ReadingBatch) -> None:
        end = time.perf_counter()
        record = PollRecord(
            batch.device_id,
            end - batch.latency_ms / 1000.0,
            end,
            len(batch.readings),
            batch.error is not None,
        )
        with self._lock:
            self._records.append(record)
        if self._forward is not None:
            self._forward(batch)

    def records(self) -> list[PollRecord]:
        with self._lock:
            return list(self._records)


def full_rounds(
    records: Iterable[PollRecord], device_ids: set[int], gap_s: float
) -> list[list[PollRecord]]:
    """The rounds in which every device was polled exactly once, successfully.

    A round is a run of polls with no idle pause longer than `gap_s` between them (polls of
    parallel buses overlap; polls of one serial bus follow each other). Rounds that merged with
    the next one, missed a device or hold a failure are not full scans and are left out.
    """
    rounds: list[list[PollRecord]] = []
    latest_end = -1.0
    for record in sorted(records, key=lambda r: r.start):
        if not rounds or record.start - latest_end > gap_s:
            rounds.append([])
        rounds[-1].append(record)
        latest_end = max(latest_end, record.end)
    return [
        polls
        for polls in rounds
        if len(polls) == len(device_ids)
        and {p.device_id for p in polls} == device_ids
        and not any(p.failed for p in polls)
    ]


def full_scans(records: Iterable[PollRecord], device_ids: set[int], gap_s: float) -> list[float]:
    """Durations of the full rounds: first poll's start to last poll's end."""
    return [
        max(p.end for p in polls) - min(p.start for p in polls)
        for polls in full_rounds(records, device_ids, gap_s)
    ]


def median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2.0


# --- databases ----------------------------------------------------------------------------------


def fresh_database(path: Path) -> Engine:
    """A migrated SQLite file, exactly as the application creates one."""
    engine = make_engine(path)
    upgrade_to_head(engine)
    return engine


def insert_configuration(engine: Engine, buses: Sequence[BusConfig]) -> None:
    """Store site, buses, devices and tags with the configuration's ids (readings need them)."""
    devices = [device for bus in buses for device in bus.devices]
    with engine.begin() as connection:
        connection.execute(
            insert(Site), [{"id": 1, "code": "BENCH", "name": "bench", "created_ms": 0}]
        )
        connection.execute(
            insert(Bus),
            [{"id": b.id, "site_id": 1, "name": b.name, "kind": b.kind.value} for b in buses],
        )
        connection.execute(
            insert(Device),
            [_device_row(d) for d in devices],
        )
        connection.execute(insert(Tag), [_tag_row(tag) for d in devices for tag in d.tags])


def _device_row(device: DeviceConfig) -> dict[str, Any]:
    return {
        "id": device.id,
        "bus_id": device.bus_id,
        "name": device.name,
        "unit_id": device.unit_id,
    }


def _tag_row(tag: TagConfig) -> dict[str, Any]:
    return {
        "id": tag.id,
        "device_id": tag.device_id,
        "name": tag.name,
        "register_type": tag.register_type.value,
        "address": tag.address,
        "data_type": tag.data_type.value,
        "word_order": tag.word_order.value,
    }


# --- child processes ----------------------------------------------------------------------------


class Child:
    """A helper process started with `python -m <module> ...` that answers one JSON line.

    It is told to end by closing its stdin, so it also ends if this process dies.
    """

    def __init__(self, module: str, *args: str, ready_timeout_s: float = 20.0) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", module, *args],
            cwd=REPO_ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            self.info = self.read_json(ready_timeout_s)
        except BaseException:
            self.close()
            raise

    def read_json(self, timeout_s: float) -> dict[str, Any]:
        stdout = self.process.stdout
        assert stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(stdout, selectors.EVENT_READ)
            if not selector.select(timeout_s):
                raise TimeoutError(f"{self.process.args!r} did not answer in {timeout_s} s")
        line = stdout.readline()
        if not line:
            raise RuntimeError(f"{self.process.args!r} ended with code {self.process.wait()}")
        result: dict[str, Any] = json.loads(line)
        return result

    def close(self, timeout_s: float = 10.0) -> None:
        if self.process.stdin is not None:
            with contextlib.suppress(OSError):
                self.process.stdin.close()
        try:
            self.process.wait(timeout_s)
        except subprocess.TimeoutExpired:
            self.process.terminate()
            try:
                self.process.wait(5.0)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()

    def __enter__(self) -> Child:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def wait_for_stdin_eof() -> None:
    """Block until the parent closes our stdin (the helpers' stop signal)."""
    with contextlib.suppress(OSError, ValueError):
        while os.read(sys.stdin.fileno(), 4096):
            pass


def answer(payload: dict[str, Any]) -> None:
    print(json.dumps(payload), flush=True)


def free_tcp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((LOOPBACK, 0))
        port: int = probe.getsockname()[1]
        return port
