"""Acquisition wiring without Qt: demo simulator, storage writer, pollers, and listeners.

Start order: simulator (demo sites only), writer, pollers. Stop order is the reverse of the data
flow: pollers first so nothing new arrives, then the writer drains, then the simulator.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.services.database import Database
from domain.instruments import BusConfig, active_configuration
from domain.readings import ReadingBatch
from drivers.device_health import DeviceHealth
from drivers.engine import AcquisitionEngine
from drivers.simulators.modbus_server import DemoPlantServer
from storage.readings import latest_by_tag, valid_points_before
from storage.retention import RetentionPolicy
from storage.retention_settings import load_retention_policy
from storage.writer import StorageWriter, WriterStats

log = logging.getLogger(__name__)

Listener = Callable[[ReadingBatch], None]


def spool_path(data_dir: Path) -> Path:
    """Readings that could not be committed wait here, also across restarts."""
    return data_dir / "spool" / "readings.spool"


@dataclass(frozen=True)
class RuntimeSummary:
    readings_received: int
    failed_polls: int
    writer: WriterStats
    simulator_error: str | None


class AcquisitionRuntime:
    def __init__(self, database: Database, buses: tuple[BusConfig, ...], *, demo: bool) -> None:
        self._buses = buses
        self._demo = demo
        with database.engine.connect() as connection:  # the site's choice, before any write
            retention = load_retention_policy(connection)
        self._demo_totals = _counter_totals(database, buses) if demo else {}
        self._writer = StorageWriter(
            database.engine, spool_path=spool_path(database.data_dir), retention=retention
        )
        self._engine = AcquisitionEngine(active_configuration(buses), self._dispatch)
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()
        self._received = 0
        self._failed_polls = 0
        self._simulator: DemoPlantServer | None = None
        self.simulator_error: str | None = None

    def add_listener(self, listener: Listener) -> None:
        """Register before `start`; listeners run on poller threads and must not block."""
        self._listeners.append(listener)

    def start(self) -> None:
        if self._demo:
            self._start_simulator()
        self._writer.start()
        self._engine.start()

    def stop(self) -> RuntimeSummary:
        self._engine.stop()
        self._writer.stop()
        if self._simulator is not None:
            self._simulator.stop()
            self._simulator = None
        return self.summary()

    def reload(self, buses: tuple[BusConfig, ...]) -> None:
        """Poll a changed configuration: pollers restart, the writer and its backlog carry on.

        Blocks while the old pollers finish their current transaction: call it off the GUI thread.
        """
        old = self._engine
        old.stop()
        self._buses = buses
        self._engine = AcquisitionEngine(active_configuration(buses), self._dispatch)
        self._engine.start()

    @property
    def engine(self) -> AcquisitionEngine:
        return self._engine

    def flush(self, timeout_s: float = 10.0) -> bool:
        return self._writer.flush(timeout_s)

    def apply_retention(self, policy: RetentionPolicy) -> None:
        """Use a newly saved retention policy now; a shorter period deletes within seconds."""
        self._writer.set_retention(policy)

    @property
    def retention(self) -> RetentionPolicy:
        return self._writer.retention

    def summary(self) -> RuntimeSummary:
        with self._lock:
            received, failed = self._received, self._failed_polls
        return RuntimeSummary(received, failed, self._writer.stats(), self.simulator_error)

    def health(self) -> dict[int, DeviceHealth]:
        return self._engine.health()

    def _dispatch(self, batch: ReadingBatch) -> None:
        with self._lock:
            self._received += len(batch.readings)
            if batch.error:
                self._failed_polls += 1
        self._writer.submit(batch)
        for listener in self._listeners:
            listener(batch)

    def _start_simulator(self) -> None:
        ports = [b.port for b in self._buses if b.host in ("127.0.0.1", "localhost")]
        if not ports:
            return
        server = DemoPlantServer(
            host="127.0.0.1", base_port=min(ports), start_totals=self._demo_totals
        )
        try:
            server.start()
        except OSError as error:
            self.simulator_error = str(error)
            log.warning("demo plant not started here (%s); polling whoever serves it", error)
            return
        self._simulator = server


def _counter_totals(database: Database, buses: tuple[BusConfig, ...]) -> dict[str, float]:
    """The demo meters' last stored totals: the simulated meters resume from them, as real
    ones keep counting while the software is closed (a restart is not a meter reset)."""
    names = {
        tag.id: tag.name
        for bus in buses
        for device in bus.devices
        for tag in device.tags
        if tag.is_counter
    }
    totals: dict[str, float] = {}
    with database.reading() as session:
        latest = latest_by_tag(session)
        for tag_id, name in names.items():
            reading = latest.get(tag_id)
            if reading is not None and reading.value is not None:
                totals[name] = reading.value
                continue
            _ts, values = valid_points_before(session.connection(), tag_id, 2**62, 1)
            if len(values):
                totals[name] = float(values[-1])
    return totals
