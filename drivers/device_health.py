"""Per-device communication health, as immutable snapshots the GUI can show.

`last_status` is the protocol driver's status code of the latest poll (for Modbus the values of
`drivers.modbus.statuses.ModbusStatus`, e.g. "timeout", "illegal_address", "bad_crc"): stable
strings the UI translates. A poll in which the device answered but refused part of the request
counts as a success (the device is online) and still shows that status and its error text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum


class DeviceState(StrEnum):
    UNKNOWN = "unknown"
    ONLINE = "online"
    FAILING = "failing"
    OFFLINE = "offline"


@dataclass(frozen=True)
class DeviceHealth:
    device_id: int
    state: DeviceState = DeviceState.UNKNOWN
    polls: int = 0
    failures: int = 0
    consecutive_failures: int = 0
    last_latency_ms: float = 0.0
    last_error: str | None = None
    last_status: str = ""
    backoff_s: float = 0.0
    """How long the device is left alone after its latest failure (0 while it answers)."""

    @property
    def success_rate(self) -> float:
        return 0.0 if not self.polls else (self.polls - self.failures) / self.polls

    def after_success(
        self, latency_ms: float, status: str = "ok", error: str | None = None
    ) -> DeviceHealth:
        return replace(
            self,
            state=DeviceState.ONLINE,
            polls=self.polls + 1,
            consecutive_failures=0,
            last_latency_ms=latency_ms,
            last_status=status,
            last_error=error if error is not None else self.last_error,
            backoff_s=0.0,
        )

    def after_failure(
        self,
        error: str,
        offline_after: int = 3,
        *,
        status: str = "failed",
        backoff_s: float = 0.0,
    ) -> DeviceHealth:
        streak = self.consecutive_failures + 1
        return replace(
            self,
            state=DeviceState.OFFLINE if streak >= offline_after else DeviceState.FAILING,
            polls=self.polls + 1,
            failures=self.failures + 1,
            consecutive_failures=streak,
            last_error=error,
            last_status=status,
            backoff_s=backoff_s,
        )
