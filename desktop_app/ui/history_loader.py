"""Fill a trend with the recent history from the database, off the GUI thread."""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from desktop_app.services.configuration import TagInfo
from desktop_app.ui.context import AppContext
from desktop_app.ui.run_query import run_query
from domain.readings import Reading
from storage.history import History, Step, history
from storage.readings import readings_since
from widgets.trend_plot import LiveTrendPlot


def load_recent(
    owner: QWidget,
    context: AppContext,
    trend: LiveTrendPlot,
    tags: Sequence[TagInfo],
    seconds: float,
) -> None:
    database = context.startup.database
    since_ms = int((time.time() - seconds) * 1000)
    tag_ids = [t.id for t in tags]

    def fetch() -> tuple[Reading, ...]:
        with database.reading() as session:
            return tuple(readings_since(session, tag_ids, since_ms))

    def deliver(readings: tuple[Reading, ...]) -> None:
        keys = set(trend.series_keys())
        for tag in tags:
            if tag.name not in keys:
                continue
            mine = [r for r in readings if r.tag_id == tag.id]
            newest = trend.latest(tag.name)
            if newest is not None:
                mine = [r for r in mine if r.ts_ms / 1000 < newest[0]]
            if mine:
                trend.append(
                    tag.name,
                    [r.ts_ms / 1000 for r in mine],
                    [r.value for r in mine],
                    [int(r.quality) for r in mine],
                )

    run_query(owner, fetch, deliver)


STEP_SECONDS = {"raw": 0.0, "1min": 60.0, "1h": 3600.0, "1d": 86400.0}


def answer_history_request(
    owner: QWidget,
    context: AppContext,
    trend: LiveTrendPlot,
    tag: TagInfo,
    span: tuple[float, float, int],
) -> None:
    """Load what the user zoomed or panned to, at the resolution that fills the plot.

    Runs on the query pool; the trend gets an answer even when there is nothing (empty arrays),
    so its "loading" indicator always ends.
    """
    start_s, end_s, pixels = span
    database = context.startup.database

    def fetch() -> History:
        with database.reading() as session:
            return history(
                session,
                tag.id,
                int(start_s * 1000),
                int(end_s * 1000),
                Step.AUTO,
                pixels=max(100, pixels),
            )

    def deliver(found: History) -> None:
        if tag.name not in trend.series_keys():
            return
        bucket_s = STEP_SECONDS[found.step.value]
        t = found.t / 1000.0 + bucket_s / 2
        if found.step is Step.RAW:
            trend.set_history(
                tag.name,
                t,
                found.value,
                None,
                None,
                found.quality,
                0.0,
                start_s=start_s,
                end_s=end_s,
            )
        else:
            trend.set_history(
                tag.name,
                t,
                found.value,
                found.min,
                found.max,
                found.valid_count > 0,
                bucket_s,
                start_s=start_s,
                end_s=end_s,
            )

    run_query(owner, fetch, deliver)
