"""Graphics items the live trend is built from, kept apart so the plot module stays readable."""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
import pyqtgraph as pg
from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent, MouseDragEvent
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsSceneWheelEvent, QStyleOptionGraphicsItem, QWidget

BAD_COLOR = "#e8400c"
# no orange or red: those would read as the bad-quality markers
TREND_PALETTE = (
    "#1f77b4",
    "#2ca02c",
    "#9467bd",
    "#8c564b",
    "#17becf",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
)
BAND_ALPHA = 55


class OverlayView(pg.ViewBox):  # type: ignore[misc]  # pyqtgraph ships no type hints
    """ViewBox of a further unit: it lets every mouse event through to the host view.

    pyqtgraph hands a drag to the first item under the cursor that accepts it, and a plain
    ViewBox accepts every drag even with its mouse interaction disabled.
    """

    def mouseDragEvent(self, ev: MouseDragEvent, axis: int | None = None) -> None:
        ev.ignore()

    def mouseClickEvent(self, ev: MouseClickEvent) -> None:
        ev.ignore()

    def wheelEvent(self, ev: QGraphicsSceneWheelEvent, axis: int | None = None) -> None:
        ev.ignore()


class PinnedLegend(pg.LegendItem):  # type: ignore[misc]  # pyqtgraph ships no type hints
    """A legend at a fixed spot in the plot's top-left corner, movable by dragging.

    pyqtgraph's anchored legend keeps the wrapper returned by `parentItem()`; under PySide6
    that wrapper can die while the ViewBox lives, and every later resize then raises. A
    top-left position needs no anchoring, so the legend is simply placed.
    """

    def mouseDragEvent(self, ev: Any) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self.setPos(self.pos() + ev.pos() - ev.lastPos())


class TrendLegend(PinnedLegend):
    """Legend with one entry per series and a "bad quality" sample entry.

    Clicking an entry hides that curve (pyqtgraph's legend toggles visibility); hiding the bad
    sample hides every series' markers, and a hidden curve takes its markers with it, so no
    orphan crosses are left on the plot.
    """

    def __init__(self, host: pg.ViewBox, foreground: str) -> None:
        super().__init__(
            pen=pg.mkPen("#b0b0b0"), brush=pg.mkBrush(255, 255, 255, 210), labelTextColor=foreground
        )
        self.setParentItem(host)
        self.setPos(8, 8)
        self._bad_sample = make_markers()
        self._bad_sample.setData(x=[0.0], y=[0.0])
        self._bad_sample.visibleChanged.connect(self._sync_markers)
        self._entries: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []
        self._bad_text = ""

    def add_series(self, curve: pg.PlotDataItem, markers: pg.PlotDataItem, text: str) -> None:
        if not self._entries:
            self.addItem(self._bad_sample, self._bad_text)
        self._entries.append((curve, markers))
        curve.visibleChanged.connect(self._sync_markers)
        self.addItem(curve, text)

    def remove_series(self, curve: pg.PlotDataItem) -> None:
        self._entries = [e for e in self._entries if e[0] is not curve]
        self.removeItem(curve)
        if not self._entries:
            self.removeItem(self._bad_sample)

    def rename(self, curve: pg.PlotDataItem, text: str) -> None:
        label = self.getLabel(curve)
        if label is not None:
            label.setText(text)

    def set_bad_text(self, text: str) -> None:
        self._bad_text = text
        self.rename(self._bad_sample, text)

    def _sync_markers(self) -> None:
        show_bad = self._bad_sample.isVisible()
        for curve, markers in self._entries:
            markers.setVisible(show_bad and curve.isVisible())


class BandItem(pg.GraphicsObject):  # type: ignore[misc]  # pyqtgraph ships no type hints
    """Light min/max band of rollup history, drawn beneath the average line.

    pyqtgraph's FillBetweenItem follows two curves whose clipped, downsampled paths change on
    every pan, and it pairs their sub-paths blindly; the band instead builds one path from the
    history arrays when they change (a few thousand buckets at most), with a break wherever the
    average line breaks, so the band never bridges a missing bucket either.
    """

    def __init__(self, color: str) -> None:
        super().__init__()
        fill = QColor(color)
        fill.setAlpha(BAND_ALPHA)
        self._brush = QBrush(fill)
        self._path = QPainterPath()
        self._bounds = QRectF()
        self._x = np.empty(0)
        self._lo = np.empty(0)
        self._hi = np.empty(0)

    def set_band(self, x: np.ndarray, lo: np.ndarray, hi: np.ndarray, breaks: np.ndarray) -> None:
        """Fill between lo and hi over runs of finite pairs; a run also ends after each break."""
        ok = np.isfinite(lo) & np.isfinite(hi)
        self._x, self._lo, self._hi = x[ok], lo[ok], hi[ok]
        cut = np.zeros(x.size + 1, dtype=bool)
        cut[0] = cut[-1] = True
        cut[1:-1] = ~ok[1:] | ~ok[:-1]
        cut[np.asarray(breaks, dtype=np.intp) + 1] = True
        edges = np.flatnonzero(cut)
        xs: list[np.ndarray] = []
        ys: list[np.ndarray] = []
        for start, stop in itertools.pairwise(edges):
            if stop - start < 2 or not ok[start]:
                continue
            xs += [x[start:stop], x[start:stop][::-1], x[start : start + 1]]
            ys += [hi[start:stop], lo[start:stop][::-1], hi[start : start + 1]]
        self.prepareGeometryChange()
        if xs:
            joined_x, joined_y = np.concatenate(xs), np.concatenate(ys)
            connect = np.ones(joined_x.size, dtype=np.int32)
            connect[np.cumsum([a.size for a in xs])[2::3] - 1] = 0
            self._path = pg.arrayToQPath(joined_x, joined_y, connect=connect)
        else:
            self._path = QPainterPath()
        self._bounds = self._path.boundingRect()
        self.update()

    def clear(self) -> None:
        self.set_band(np.empty(0), np.empty(0), np.empty(0), np.empty(0, dtype=np.intp))

    def path(self) -> QPainterPath:
        """The filled outline in data coordinates: one closed sub-path per unbroken run."""
        return QPainterPath(self._path)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def dataBounds(
        self,
        ax: int,
        frac: float = 1.0,
        orthoRange: tuple[float, float] | None = None,  # noqa: N803  # pyqtgraph's keyword
    ) -> tuple[float | None, float | None]:
        """Let y auto-range see only the band inside the visible time span, like the curves."""
        if self._x.size == 0:
            return None, None
        if ax == 0:
            return float(self._x[0]), float(self._x[-1])
        mask = np.ones(self._x.size, dtype=bool)
        if orthoRange is not None:
            mask = (self._x >= orthoRange[0]) & (self._x <= orthoRange[1])
        if not mask.any():
            return None, None
        return float(self._lo[mask].min()), float(self._hi[mask].max())

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None
    ) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._brush)
        painter.drawPath(self._path)


def make_markers() -> pg.PlotDataItem:
    """Scatter item for non-GOOD samples: a cross in a colour no series uses."""
    markers = pg.PlotDataItem(pen=None, symbol="x", symbolSize=9)
    markers.setSymbolPen(pg.mkPen(BAD_COLOR, width=1.5))
    markers.setSymbolBrush(pg.mkBrush(BAD_COLOR))
    markers.setDownsampling(auto=True, method="peak")
    markers.setClipToView(True)
    return markers


def legend_text(label: str, unit: str) -> str:
    return f"{label} [{unit}]" if unit else label


def move_item(item: pg.GraphicsObject, old: pg.ViewBox | None, new: pg.ViewBox) -> None:
    """Move a data item between views without a moment outside any ViewBox.

    `ViewBox.addItem` puts the item in the scene before parenting it; a curve with data that
    is in the scene but under no ViewBox asks the canvas for its auto-range and raises.
    Parenting first keeps the item under a ViewBox throughout.
    """
    if old is not None:
        old.removeItem(item)
    item.setParentItem(new.childGroup)
    new.addItem(item)
