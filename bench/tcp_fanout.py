"""50 Modbus TCP devices polled in parallel: full scan time vs the slowest device alone.

A helper process runs 50 pymodbus TCP servers on free 127.0.0.1 ports, one device each, 20
float32 tags (one request per poll), each answering after an asynchronous delay spread evenly
from 20 ms to 60 ms. The acquisition engine polls them as 50 buses (one poller thread each).

A full scan is the time from the first device's poll start to the last device's poll end, in a
round where every device reported once. Each poller keeps the phase of its own first poll, so
the spread of poll starts within a round (set while the 50 threads start) is part of the scan;
it is reported, with the longest single poll (what the scan would be if all shared one phase).

Reference: the slowest device (60 ms) polled alone by the same engine, same measurement. Goal:
full scan ≤ 1.5 × the slowest device alone. Also reported: threads, peak RSS, the RSS the
running engine added, and CPU per scan.

    .venv/bin/python -m bench.tcp_fanout [--quick]
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

from bench.common import (
    LOOPBACK,
    BatchRecorder,
    Child,
    Outcome,
    cpu_seconds,
    current_rss_mb,
    float_tags,
    full_rounds,
    full_scans,
    median,
    parse_args,
    peak_rss_mb,
    report,
)
from domain.instruments import BusConfig, BusKind, DeviceConfig
from drivers.engine import AcquisitionEngine

GOAL = 1.5
DEVICES = 50
TAGS = 20
DELAY_MIN_MS, DELAY_MAX_MS = 20.0, 60.0


def tcp_buses(ports: Sequence[int], interval_s: float) -> list[BusConfig]:
    buses = []
    for index, port in enumerate(ports, start=1):
        device = DeviceConfig(
            id=index,
            bus_id=index,
            name=f"dev{index}",
            unit_id=1,
            poll_interval_s=interval_s,
            tags=float_tags(index, 1000 * index, TAGS),
        )
        buses.append(
            BusConfig(
                id=index,
                name=f"tcp{index}",
                kind=BusKind.MODBUS_TCP,
                host=LOOPBACK,
                port=port,
                timeout_s=2.0,
                devices=(device,),
            )
        )
    return buses


class Run:
    """One engine run until `scans_wanted` full scans; keeps figures about threads and CPU."""

    def __init__(self, buses: list[BusConfig], interval_s: float, scans_wanted: int) -> None:
        self.recorder = BatchRecorder()
        self.ids = {device.id for bus in buses for device in bus.devices}
        self.gap_s = interval_s / 4.0
        engine = AcquisitionEngine(buses, self.recorder)
        rss_before = current_rss_mb()
        threads_before = threading.active_count()
        self.peak_threads = threads_before
        self.rss_added_mb = 0.0
        cpu_before = cpu_seconds()
        started = time.monotonic()
        deadline = started + (scans_wanted + 4) * interval_s + 10.0
        engine.start()
        try:
            while time.monotonic() < deadline:
                time.sleep(0.05)
                self.peak_threads = max(self.peak_threads, threading.active_count())
                self.rss_added_mb = max(self.rss_added_mb, current_rss_mb() - rss_before)
                if len(self.scans()) >= scans_wanted:
                    break
        finally:
            engine.stop()
        self.cpu_s = cpu_seconds() - cpu_before
        self.wall_s = time.monotonic() - started
        self.engine_threads = self.peak_threads - threads_before
        self.failed = sum(1 for r in self.recorder.records() if r.failed)

    def scans(self) -> list[float]:
        return full_scans(self.recorder.records(), self.ids, self.gap_s)

    def start_spread_s(self) -> float:
        """Median, over full rounds, of last poll start - first poll start: pollers' phase skew."""
        rounds = full_rounds(self.recorder.records(), self.ids, self.gap_s)
        return median([max(p.start for p in r) - min(p.start for p in r) for r in rounds])

    def longest_poll_s(self) -> float:
        """Median over full rounds of the longest single poll: the scan if all shared a phase."""
        rounds = full_rounds(self.recorder.records(), self.ids, self.gap_s)
        return median([max(p.end - p.start for p in r) for r in rounds])

    def slowest_poll_s(self, device_id: int) -> float:
        polls = [r.end - r.start for r in self.recorder.records() if r.device_id == device_id]
        return median(polls[2:] or polls)


def main() -> None:
    args = parse_args(__doc__ or "")
    started_cpu = cpu_seconds()
    alone_polls = 6 if args.quick else 20
    fanout_scans = 5 if args.quick else 30
    interval_s = 0.5
    server_args = ["tcp", "--devices", str(DEVICES), "--tags", str(TAGS)]
    delays = ["--delay-min-ms", str(DELAY_MIN_MS), "--delay-max-ms", str(DELAY_MAX_MS)]
    with Child("bench.sim_servers", *server_args, *delays) as servers:
        ports: list[int] = servers.info["ports"]
        slowest = max(range(DEVICES), key=lambda i: servers.info["delays_ms"][i])
        buses = tcp_buses(ports, interval_s)
        alone = Run([buses[slowest]], 0.25, alone_polls)
        fanout = Run(buses, interval_s, fanout_scans)
    reference_s = median(alone.scans())
    scans = sorted(fanout.scans())
    if not scans or reference_s != reference_s:  # NaN: nothing measured
        raise RuntimeError("no full scan was measured")
    scan_s = median(scans)
    ratio = scan_s / reference_s
    p90 = scans[min(len(scans) - 1, int(0.9 * len(scans)))]
    report(
        Outcome(
            name="tcp_fanout",
            ratio=ratio,
            ratio_label="full scan / slowest device alone",
            goal=f"<= {GOAL}",
            met=ratio <= GOAL,
            figures={
                "devices (buses)": DEVICES,
                "response delays ms": f"{DELAY_MIN_MS:.0f}..{DELAY_MAX_MS:.0f}",
                "slowest device alone, median ms": reference_s * 1000.0,
                "full scans measured": len(scans),
                "full scan median ms": scan_s * 1000.0,
                "full scan p90 / max ms": f"{p90 * 1000:.1f} / {scans[-1] * 1000:.1f}",
                "slowest device's poll within the fan-out, ms": fanout.slowest_poll_s(
                    buses[slowest].devices[0].id
                )
                * 1000.0,
                "poll start spread within a round, median ms": fanout.start_spread_s() * 1000.0,
                "longest poll within a round, median ms (scan if in phase)": (
                    fanout.longest_poll_s() * 1000.0
                ),
                "failed polls": fanout.failed,
                "engine threads (pollers)": fanout.engine_threads,
                "threads in process, peak": fanout.peak_threads,
                "RSS added by the running engine MB": fanout.rss_added_mb,
                "peak RSS MB": peak_rss_mb(),
                "CPU s during fan-out": fanout.cpu_s,
                "CPU ms per full scan (50 polls)": fanout.cpu_s
                / max(1, len(fanout.recorder.records()) / DEVICES)
                * 1000.0,
                "CPU share of one core during fan-out": fanout.cpu_s / fanout.wall_s,
            },
        ),
        started_cpu,
    )


if __name__ == "__main__":
    main()
