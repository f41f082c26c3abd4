"""Export what the trend shows: CSV of the visible samples, PNG of the canvas.

The CSV is written for Excel on a Chinese Windows desktop: UTF-8 with a byte-order mark (without
it Excel guesses a legacy code page and the labels turn to mojibake), local time in ISO order with
the UTC offset in the header, and one row per distinct timestamp so series polled at different
moments line up without inventing values. A missing value stays an empty cell, never a 0.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication

from widgets.quality_names import quality_name
from widgets.trend_cursor import local_time_text
from widgets.trend_items import legend_text
from widgets.trend_series import Samples, TrendSeries

__all__ = ["csv_table", "write_csv"]


def _utc_offset(t_s: float) -> str:
    offset = datetime.fromtimestamp(t_s).astimezone().strftime("%z") or "+0000"
    return f"UTC{offset[:3]}:{offset[3:]}"


def csv_table(
    series: Sequence[TrendSeries], x0: float, x1: float
) -> tuple[list[str], list[list[str]]]:
    """Header and rows for the samples with x0 <= t <= x1 of every series."""
    time_header = QCoreApplication.translate("LiveTrendPlot", "Local time (%1)")
    quality_header = QCoreApplication.translate("LiveTrendPlot", "%1 quality")
    header = [time_header.replace("%1", _utc_offset(x1))]
    parts: list[Samples] = []
    for s in series:
        header.append(legend_text(s.label, s.unit))
        header.append(quality_header.replace("%1", s.label))
        parts.append(s.samples().between(x0, x1))
    times = np.unique(np.concatenate([p.t for p in parts])) if parts else np.empty(0)
    columns: list[tuple[list[str], list[str]]] = []
    for part in parts:
        values = [""] * times.size
        qualities = [""] * times.size
        rows = np.searchsorted(times, part.t)
        for row, v, q in zip(rows.tolist(), part.v.tolist(), part.q.tolist(), strict=True):
            values[row] = repr(v) if np.isfinite(v) else ""
            qualities[row] = quality_name(q)
        columns.append((values, qualities))
    table = []
    for row, t in enumerate(times.tolist()):
        line = [local_time_text(t)]
        for values, qualities in columns:
            line += [values[row], qualities[row]]
        table.append(line)
    return header, table


def write_csv(path: str | Path, header: list[str], rows: list[list[str]]) -> None:
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
