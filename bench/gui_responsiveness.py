"""GUI responsiveness under load: the largest event-loop stall while ingesting.

Sixteen live trends (`widgets.trend_plot.LiveTrendPlot`, one series each) are on screen
(offscreen platform, 1366×768), fed through the application's `AcquisitionBridge` from a
producer thread at 5,000 readings/s, while the real `StorageWriter` commits the same batches to
SQLite. A 5 ms probe timer measures how late the event loop serves it; the largest lateness over
the run is the stall a user would feel. Goal: < 50 ms. CPU is reported as a share of one core.

Reference: the same probe with nothing else running (an idle event loop), in the same process.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication, QGridLayout, QWidget

from bench.common import (
    Outcome,
    cpu_seconds,
    float_tags,
    fresh_database,
    insert_configuration,
    parse_args,
    report,
)
from desktop_app.ui.bridge import AcquisitionBridge
from desktop_app.ui.gc_pauses import settle_after_startup
from domain.instruments import BusConfig, BusKind, DeviceConfig
from domain.quality import Quality
from domain.readings import Reading, ReadingBatch, now_ms
from storage.writer import StorageWriter
from widgets.trend_plot import LiveTrendPlot

GOAL_MS = 50.0
PROBE_MS = 5
WARM_UP_MS = 1500
REFRESH_MS = int(os.environ.get("QINGYUAN_TREND_REFRESH_MS", "40"))
TRENDS = 16
RATE = 5_000
TAGS = 500
BATCHES_PER_S = 20


class Probe(QObject):
    """Lives on the GUI thread: records how late each 5 ms tick arrives."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = 0
        self.worst_ms = 0.0
        self.late: list[float] = []
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.last = self.clock.elapsed()
        self.timer.start()

    @Slot()
    def tick(self) -> None:
        now = self.clock.elapsed()
        lateness = max(0.0, now - self.last - PROBE_MS)
        self.last = now
        if now < WARM_UP_MS:  # first paints, font loading: start-up, not steady load
            return
        self.late.append(lateness)
        self.worst_ms = max(self.worst_ms, lateness)


class TrendWall(QWidget):
    def __init__(self, tag_ids: list[int]) -> None:
        super().__init__()
        grid = QGridLayout(self)
        self.trends: dict[int, LiveTrendPlot] = {}
        for index, tag_id in enumerate(tag_ids[:TRENDS]):
            trend = LiveTrendPlot(self, window_seconds=120, refresh_ms=REFRESH_MS)
            trend.add_series(str(tag_id), f"tag {tag_id}", "kW")
            grid.addWidget(trend, index // 4, index % 4)
            self.trends[tag_id] = trend
        self.resize(1366, 768)

    @Slot(object)
    def on_batches(self, batches: tuple[ReadingBatch, ...]) -> None:
        by_tag: dict[int, list[Reading]] = {}
        for batch in batches:
            for reading in batch.readings:
                if reading.tag_id in self.trends:
                    by_tag.setdefault(reading.tag_id, []).append(reading)
        for tag_id, mine in by_tag.items():
            self.trends[tag_id].append(
                str(tag_id),
                [r.ts_ms / 1000 for r in mine],
                [r.value for r in mine],
                [int(r.quality) for r in mine],
            )


def produce(sinks: list, tag_ids: list[int], stop: threading.Event) -> None:
    """5,000 readings/s in 20 batches a second, as a busy acquisition engine delivers them."""
    per_batch = RATE // BATCHES_PER_S
    next_at, cursor = time.monotonic(), 0
    while not stop.is_set():
        ts = now_ms()
        chosen = [tag_ids[(cursor + i) % len(tag_ids)] for i in range(per_batch)]
        cursor += per_batch
        batch = ReadingBatch(
            1,
            1,
            tuple(Reading(tag_id, ts, 100.0 + (ts % 1000) / 10, Quality.GOOD) for tag_id in chosen),
        )
        for sink in sinks:
            sink(batch)
        next_at += 1 / BATCHES_PER_S
        stop.wait(max(0.0, next_at - time.monotonic()))


def measure(app: QApplication, seconds: float, loaded: bool) -> tuple[Probe, float, int]:
    probe = Probe()
    stop = threading.Event()
    started_cpu, started = cpu_seconds(), time.monotonic()
    written = 0
    with tempfile.TemporaryDirectory() as folder:
        if loaded:
            tags = float_tags(1, 1, TAGS)
            device = DeviceConfig(1, 1, "load", 1, tags=tags)
            engine = fresh_database(Path(folder) / "bench.sqlite3")
            insert_configuration(
                engine, [BusConfig(1, "bench", BusKind.MODBUS_TCP, devices=(device,))]
            )
            writer = StorageWriter(engine)
            writer.start()
            bridge = AcquisitionBridge()
            wall = TrendWall([t.id for t in tags])
            bridge.batches_arrived.connect(wall.on_batches)
            wall.show()
            settle_after_startup()  # as the application does once its window is shown
            producer = threading.Thread(
                target=produce,
                args=([writer.submit, bridge.push], [t.id for t in tags], stop),
                daemon=True,
            )
            producer.start()
        probe.start()
        QTimer.singleShot(int(seconds * 1000), app.quit)
        app.exec()
        probe.timer.stop()
        stop.set()
        if loaded:
            producer.join(5)
            written = writer.stop().written
            bridge.stop()
            wall.close()
            engine.dispose()
    cpu_share = (cpu_seconds() - started_cpu) / (time.monotonic() - started)
    return probe, cpu_share, written


def main() -> None:
    args = parse_args(__doc__ or "")
    seconds = 10.0 if args.quick else 60.0
    started_cpu = cpu_seconds()
    app = QApplication.instance() or QApplication([])
    idle, idle_cpu, _ = measure(app, 3.0, loaded=False)
    busy, busy_cpu, written = measure(app, seconds, loaded=True)
    late = sorted(busy.late)
    p99 = late[int(len(late) * 0.99)] if late else 0.0
    report(
        Outcome(
            name="gui_responsiveness",
            ratio=busy.worst_ms / GOAL_MS,
            ratio_label="largest stall / 50 ms budget",
            goal="< 1.0 (largest stall < 50 ms)",
            met=busy.worst_ms < GOAL_MS,
            figures={
                "seconds under load": seconds,
                "readings/s offered": RATE,
                "readings written": written,
                "live trends on screen": TRENDS,
                "largest stall ms (loaded)": busy.worst_ms,
                "99th percentile lateness ms (loaded)": p99,
                "largest stall ms (idle reference)": idle.worst_ms,
                "CPU share of one core (loaded / idle)": f"{busy_cpu:.2f} / {idle_cpu:.2f}",
            },
        ),
        started_cpu,
    )


if __name__ == "__main__":
    main()
