"""Graphics items the live trend is built from, kept apart so the plot module stays readable."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent, MouseDragEvent
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsSceneWheelEvent


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


class PinnedLegend(pg.LegendItem):
    """A legend at a fixed spot in the plot's top-left corner, movable by dragging.

    pyqtgraph's anchored legend keeps the wrapper returned by `parentItem()`; under PySide6
    that wrapper can die while the ViewBox lives, and every later resize then raises. A
    top-left position needs no anchoring, so the legend is simply placed.
    """

    def mouseDragEvent(self, ev: Any) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self.setPos(self.pos() + ev.pos() - ev.lastPos())


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
