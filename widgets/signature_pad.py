"""A surface to sign on with a finger, a pen or a mouse; the result is a cropped PNG.

Signatures close an inspection, so they are taken on the tablet in the field: a gloved finger,
the tablet's pen or, at the office PC, a mouse. Each input arrives as its own Qt event family
(touch, tablet, mouse) and Qt would synthesise mouse events from the other two, so the pad
accepts touch and tablet events itself and ignores synthesised mouse events: otherwise every
stroke would be drawn twice. Strokes are kept as points (tests and a later vector export read
them) and drawn as quadratic curves through the midpoints, which turns the jagged polyline of
a 60 Hz digitiser into a smooth line without lagging behind the finger.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from widgets.touch import TOUCH_TARGET_PX

__all__ = ["MAX_PNG_WIDTH", "SignaturePad", "smooth_path"]

MAX_PNG_WIDTH = 1200
"""Wide enough to print sharply on an A4 report, small enough to store thousands of runs."""
PNG_MARGIN = 16
PEN_WIDTH = 3.0
MIN_STEP = 1.5
"""Points closer than this to the previous one add nothing but noise (pen jitter)."""
INK = QColor("#10204a")
HINT = QColor("#8a9099")
BORDER = QColor("#b8bec6")

Stroke = tuple[tuple[float, float], ...]


def smooth_path(points: list[QPointF]) -> QPainterPath:
    """A curve through the midpoints of successive points, controlled by the points themselves.

    This is the usual "midpoint quadratic" smoothing: it passes near every sample, has no
    overshoot and needs no look-ahead, so the line under the finger is final as it is drawn.
    A single point (a tap, e.g. the dot on an i) becomes a tiny segment the round cap shows as
    a dot.
    """
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(points[0])
    if len(points) == 1:
        path.lineTo(points[0] + QPointF(0.01, 0.01))
        return path
    if len(points) == 2:
        path.lineTo(points[1])
        return path
    for i in range(1, len(points) - 1):
        mid = (points[i] + points[i + 1]) / 2
        path.quadTo(points[i], mid)
    path.lineTo(points[-1])
    return path


class SignaturePad(QWidget):
    """Draw, `clear()`, check `is_empty()`, take `to_png()`; `changed` after every stroke."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._strokes: list[list[QPointF]] = []
        self._paths: list[QPainterPath] = []
        self._current: list[QPointF] | None = None
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("signatureClear")
        self.clear_button.setMinimumSize(TOUCH_TARGET_PX * 2, TOUCH_TARGET_PX)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.setStyleSheet("font-size: 12pt; padding: 4px 14px;")
        self.clear_button.clicked.connect(self.clear)
        self.retranslate()

    # -- public API -------------------------------------------------------------------------

    def is_empty(self) -> bool:
        return not self._strokes

    def strokes(self) -> tuple[Stroke, ...]:
        """Finished strokes as (x, y) tuples in widget coordinates (for tests and export)."""
        return tuple(tuple((p.x(), p.y()) for p in stroke) for stroke in self._strokes)

    def clear(self) -> None:
        had_ink = bool(self._strokes) or self._current is not None
        self._strokes.clear()
        self._paths.clear()
        self._current = None
        self.update()
        if had_ink:
            self.changed.emit()

    def ink_rect(self) -> QRectF:
        """Bounding box of the ink including the pen's width; empty when nothing is drawn."""
        rect = QRectF()
        for path in self._paths:
            rect = rect.united(path.boundingRect())
        if rect.isNull() and not self._paths:
            return QRectF()
        half = PEN_WIDTH / 2
        return rect.adjusted(-half, -half, half, half)

    def to_png(self) -> bytes:
        """The ink on white, cropped to the strokes with a margin, at most 1200 px wide.

        White (not transparent) background: the PNG goes into PDF reports and onto printers,
        where transparency turns black in some viewers. Empty pad: empty bytes.
        """
        if self.is_empty():
            return b""
        ink = self.ink_rect().adjusted(-PNG_MARGIN, -PNG_MARGIN, PNG_MARGIN, PNG_MARGIN)
        scale = min(1.0, MAX_PNG_WIDTH / max(ink.width(), 1.0))
        width = max(1, min(MAX_PNG_WIDTH, round(ink.width() * scale)))
        height = max(1, round(ink.height() * scale))
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.scale(scale, scale)
            painter.translate(-ink.topLeft())
            painter.setPen(self._pen(max(PEN_WIDTH, 2.0 / scale)))
            for path in self._paths:
                painter.drawPath(path)
        finally:
            painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs want bytes, runtime str
        buffer.close()
        return bytes(data.data())

    def retranslate(self) -> None:
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.adjustSize()
        self._place_clear_button()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 260)

    # -- stroke building ----------------------------------------------------------------------

    def _begin(self, point: QPointF) -> None:
        self._current = [QPointF(point)]
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self._current is None:
            return
        last = self._current[-1]
        if (point - last).manhattanLength() < MIN_STEP:
            return
        self._current.append(QPointF(point))
        self.update()

    def _end(self, point: QPointF | None) -> None:
        if self._current is None:
            return
        if point is not None:
            self._extend(point)
        stroke = self._current
        self._current = None
        self._strokes.append(stroke)
        self._paths.append(smooth_path(stroke))
        self.update()
        self.changed.emit()

    def _cancel(self) -> None:
        self._current = None
        self.update()

    # -- input ------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._is_synthesised(event) or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self._begin(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._is_synthesised(event):
            event.ignore()
            return
        self._extend(event.position())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._is_synthesised(event) or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self._end(event.position())
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        """Pen input; accepting it stops Qt from also sending a mouse event for it."""
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            self._touch(event)  # type: ignore[arg-type]
            return True
        if kind == QEvent.Type.TouchCancel:
            self._cancel()
            event.accept()
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        """One finger draws; a second finger (a palm, a thumb holding the tablet) is ignored."""
        points = event.points()
        if not points:
            event.accept()
            return
        first = points[0]
        position = first.position()
        if event.type() == QEvent.Type.TouchBegin:
            if self.clear_button.geometry().contains(position.toPoint()):
                event.ignore()  # let Qt turn the tap into a click on the button
                return
            self._begin(position)
        elif event.type() == QEvent.Type.TouchUpdate:
            self._extend(position)
        else:
            self._end(position)
        event.accept()

    @staticmethod
    def _is_synthesised(event: QMouseEvent) -> bool:
        return event.source() != Qt.MouseEventSource.MouseEventNotSynthesized

    # -- drawing ----------------------------------------------------------------------------

    @staticmethod
    def _pen(width: float) -> QPen:
        pen = QPen(INK, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_clear_button()
        super().resizeEvent(event)

    def _place_clear_button(self) -> None:
        button = self.clear_button
        size = button.sizeHint().expandedTo(button.minimumSize())
        button.resize(size)
        button.move(self.width() - size.width() - 8, 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.fillRect(self.rect(), QColor("white"))
            painter.setPen(QPen(BORDER, 1.5))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
            baseline_y = self.height() * 0.75
            painter.setPen(QPen(HINT, 1.2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(24, baseline_y), QPointF(self.width() - 24, baseline_y))
            painter.setPen(HINT)
            font = painter.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            painter.setFont(font)
            painter.drawText(QPointF(28, baseline_y - 8), "×")
            if self.is_empty() and self._current is None:
                hint_font = self.font()
                hint_font.setPointSizeF(hint_font.pointSizeF() * 1.3)
                painter.setFont(hint_font)
                painter.drawText(
                    QRectF(0, 0, self.width(), baseline_y),
                    Qt.AlignmentFlag.AlignCenter,
                    self.tr("Sign here with a finger or the pen"),
                )
            painter.setPen(self._pen(PEN_WIDTH))
            for path in self._paths:
                painter.drawPath(path)
            if self._current:
                painter.drawPath(smooth_path(self._current))
        finally:
            painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
