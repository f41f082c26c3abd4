"""Per-device communication health, as immutable snapshots the GUI can show."""

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

    @property
    def success_rate(self) -> float:
        return 0.0 if not self.polls else (self.polls - self.failures) / self.polls

    def after_success(self, latency_ms: float) -> DeviceHealth:
        return replace(
            self,
            state=DeviceState.ONLINE,
            polls=self.polls + 1,
            consecutive_failures=0,
            last_latency_ms=latency_ms,
        )

    def after_failure(self, error: str, offline_after: int = 3) -> DeviceHealth:
        streak = self.consecutive_failures + 1
        return replace(
            self,
            state=DeviceState.OFFLINE if streak >= offline_after else DeviceState.FAILING,
            polls=self.polls + 1,
            failures=self.failures + 1,
            consecutive_failures=streak,
            last_error=error,
        )
