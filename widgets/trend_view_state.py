"""Saved views of the trend as plain JSON-ready dicts, checked on the way back in.

The application stores these (in settings or a database) and may hand back one written by an
older version or edited by hand, so reading validates every field and falls back to "follow
live" rather than raising on a malformed entry: a broken saved view must not break the page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from widgets.trend_plot import LiveTrendPlot

__all__ = ["VIEW_STATE_VERSION", "ViewState", "capture_view", "restore_view"]

VIEW_STATE_VERSION = 1


def _finite_pair(raw: Any) -> tuple[float, float] | None:
    try:
        low, high = float(raw[0]), float(raw[1])
    except (TypeError, ValueError, IndexError, KeyError):
        return None
    if not (math.isfinite(low) and math.isfinite(high) and high > low):
        return None
    return low, high


@dataclass(frozen=True)
class ViewState:
    series: list[str]
    window_s: float
    follow: bool
    visible: tuple[float, float] | None = None
    y_ranges: dict[str, tuple[float, float]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state: dict[str, Any] = {
            "version": VIEW_STATE_VERSION,
            "series": list(self.series),
            "window_s": self.window_s,
            "follow": self.follow,
        }
        if not self.follow and self.visible is not None:
            state["range"] = list(self.visible)
        if self.y_ranges:
            state["y_ranges"] = {unit: list(r) for unit, r in self.y_ranges.items()}
        return state

    @classmethod
    def from_dict(cls, state: dict[str, Any], default_window: float) -> ViewState:
        series = [str(k) for k in state.get("series", []) if isinstance(k, str)]
        try:
            window = float(state.get("window_s", default_window))
        except (TypeError, ValueError):
            window = default_window
        if not (math.isfinite(window) and window > 0):
            window = default_window
        visible = _finite_pair(state.get("range"))
        follow = bool(state.get("follow", True)) or visible is None
        raw_ranges = state.get("y_ranges")
        y_ranges = {}
        if isinstance(raw_ranges, dict):
            for unit, raw in raw_ranges.items():
                pair = _finite_pair(raw)
                if pair is not None:
                    y_ranges[str(unit)] = pair
        return cls(series, window, follow, None if follow else visible, y_ranges)


def capture_view(plot: LiveTrendPlot) -> dict[str, Any]:
    """The plot's current view as a JSON-ready dict (through its public API only)."""
    follow = plot.follow()
    visible = None if follow else plot.visible_range()
    fixed = plot.fixed_value_ranges()
    return ViewState(plot.series_keys(), plot.window_seconds(), follow, visible, fixed).to_dict()


def restore_view(plot: LiveTrendPlot, state: dict[str, Any]) -> None:
    """Apply a saved view; value ranges of units the plot does not show are skipped."""
    view = ViewState.from_dict(state, plot.window_seconds())
    plot.set_window_seconds(view.window_s)
    units = plot.units()
    for unit, value_range in view.y_ranges.items():
        if unit in units:
            plot.set_value_range(unit, value_range)
    if view.visible is not None:
        plot.set_visible_range(*view.visible)
    else:
        plot.set_follow(True)


if __name__ == "__main__":
    saved = ViewState(["flow"], 3600.0, False, (1.0, 2.0), {"m³/h": (0.0, 50.0)}).to_dict()
    print(saved)
    print(ViewState.from_dict(saved, 600.0))
    print(ViewState.from_dict({"range": "nonsense", "window_s": -1}, 600.0))
