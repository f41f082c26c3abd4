"""Fill a trend with the recent history from the database, off the GUI thread."""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from desktop_app.services.configuration import TagInfo
from desktop_app.ui.context import AppContext
from desktop_app.ui.run_query import run_query
from domain.readings import Reading
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
