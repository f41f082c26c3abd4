"""Cursor read-out of the trend: a vertical line and a label with every series' value there.

A trend read by eye misleads on a busy plot; the read-out shows the stored number, its unit and,
for anything not GOOD, the quality in words, so an operator can tell a measured dip from an
outage. It follows the mouse and jumps to a tap (touch screens have no hover); a tap pins it, so
it stays readable after the finger lifts, and moving the mouse again releases the pin.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from html import escape

import numpy as np
import pyqtgraph as pg
from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF
from PySide6.QtWidgets import QGraphicsItem

from domain.formatting import format_value
from widgets.quality_names import quality_name
from widgets.trend_series import TrendSeries

__all__ = ["CursorReadout", "local_time_text", "readout_lines"]

_LABEL_MARGIN = 8.0
_PIXEL_REACH = 4.0


def local_time_text(t_s: float) -> str:
    """Local wall-clock time, ISO order (what operators compare with paper logs)."""
    stamp = datetime.fromtimestamp(t_s)
    spec = "milliseconds" if stamp.microsecond else "seconds"
    return stamp.isoformat(sep=" ", timespec=spec)


def readout_lines(
    series: Iterable[TrendSeries], x: float, seconds_per_pixel: float
) -> list[tuple[str | None, str]]:
    """(colour, text) lines: the time, then "label: value unit" per series.

    A series without a sample near x reads "—"; a rollup bucket adds its min–max; a non-GOOD
    sample adds its quality name.
    """
    lines: list[tuple[str | None, str]] = [(None, local_time_text(round(x)))]
    for s in series:
        samples = s.samples()
        i = samples.index_near(x, _PIXEL_REACH * seconds_per_pixel)
        text = "—"
        if i is not None:
            value = float(samples.v[i])
            text = format_value(value if np.isfinite(value) else None, s.unit)
            lo, hi = float(samples.lo[i]), float(samples.hi[i])
            if np.isfinite(lo) and np.isfinite(hi) and np.isfinite(value):
                text += f" ({format_value(lo)} – {format_value(hi)})"
            if int(samples.q[i]) != 0:
                text += f" [{quality_name(int(samples.q[i]))}]"
        lines.append((s.color, f"{s.label}: {text}"))
    return lines


class CursorReadout(QObject):
    """The crosshair and its label inside the host ViewBox, driven by the canvas' mouse."""

    def __init__(
        self,
        host: pg.ViewBox,
        series: Callable[[], list[TrendSeries]],
        avoid: QGraphicsItem | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._avoid = avoid
        self._series = series
        self._x: float | None = None
        self.pinned = False
        self.line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#505050", width=1))
        self.line.setZValue(50)
        self.line.hide()
        host.addItem(self.line, ignoreBounds=True)
        self.label = pg.TextItem(
            anchor=(0, 0), fill=pg.mkBrush(255, 255, 255, 230), border=pg.mkPen("#909090")
        )
        self.label.setParentItem(host)
        self.label.setZValue(60)
        self.label.hide()

    def attach(self, canvas: pg.GraphicsView) -> None:
        """Follow the mouse over the canvas, pin on click or tap, hide when the mouse leaves."""
        canvas.scene().sigMouseMoved.connect(self._on_mouse_moved)
        canvas.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        canvas.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave and not self.pinned:
            self.show_at(None)
        return super().eventFilter(watched, event)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        if self._host.sceneBoundingRect().contains(scene_pos):
            self.pinned = False
            self.show_at(self._host.mapSceneToView(scene_pos).x())

    def _on_mouse_clicked(self, event: MouseClickEvent) -> None:
        scene_pos = event.scenePos()
        if self._host.sceneBoundingRect().contains(scene_pos):
            self.pinned = True
            self.show_at(self._host.mapSceneToView(scene_pos).x())

    def position(self) -> float | None:
        return self._x

    def text(self) -> str:
        """The label as plain text (one line per row), or "" while hidden."""
        if self._x is None:
            return ""
        return "\n".join(t for _c, t in readout_lines(self._series(), self._x, self._spp()))

    def show_at(self, x: float | None) -> None:
        """Put the cursor at time x (UTC epoch seconds), or hide it with None."""
        self._x = x
        if x is None:
            self.line.hide()
            self.label.hide()
            return
        self.line.setPos(x)
        self.line.show()
        self.update_label()

    def update_label(self) -> None:
        """Rebuild the label text (data may have changed) and keep it inside the view."""
        if self._x is None:
            return
        rows = []
        for color, text in readout_lines(self._series(), self._x, self._spp()):
            style = f"color:{color}" if color else "color:#202020;font-weight:bold"
            rows.append(f'<div style="{style}">{escape(text)}</div>')
        self.label.setHtml("".join(rows))
        self.label.show()
        width = self.label.boundingRect().width()
        px = self._host.mapFromView(QPointF(self._x, 0.0)).x()
        host_width = self._host.boundingRect().width()
        left = px + _LABEL_MARGIN
        if left + width > host_width:
            left = max(0.0, px - _LABEL_MARGIN - width)
        top = _LABEL_MARGIN
        if self._avoid is not None and self._avoid.isVisible():
            blocked = self._avoid.mapRectToItem(self._host, self._avoid.boundingRect())
            if blocked.intersects(QRectF(left, top, width, self.label.boundingRect().height())):
                top = blocked.bottom() + _LABEL_MARGIN
        self.label.setPos(left, top)

    def _spp(self) -> float:
        x0, x1 = self._host.viewRange()[0]
        return float(x1 - x0) / max(float(self._host.width()), 1.0)
