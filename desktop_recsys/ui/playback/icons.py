"""The player's button icons, drawn with QPainter in the palette's text colour (so they follow
the light and dark themes) at the screen's pixel ratio; no icon files to ship."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

SIZE = 20


def _canvas(ratio: float) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(round(SIZE * ratio), round(SIZE * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def _triangle(painter: QPainter, x: float, y: float, w: float, h: float, right: bool) -> None:
    if right:
        points = [QPointF(x, y), QPointF(x + w, y + h / 2), QPointF(x, y + h)]
    else:
        points = [QPointF(x + w, y), QPointF(x, y + h / 2), QPointF(x + w, y + h)]
    painter.drawPolygon(QPolygonF(points))


def _arrow_head(painter: QPainter, tip: QPointF, dx: float, dy: float) -> None:
    """A small filled head pointing along (dx, dy)."""
    left = QPointF(tip.x() - 4 * dx - 3 * dy, tip.y() - 4 * dy + 3 * dx)
    right = QPointF(tip.x() - 4 * dx + 3 * dy, tip.y() - 4 * dy - 3 * dx)
    painter.drawPolygon(QPolygonF([tip, left, right]))


def icon(name: str, color: QColor, ratio: float = 1.0) -> QIcon:
    """One of: play, pause, previous, next, shuffle, repeat, repeat_one, queue, volume, muted."""
    pixmap, p = _canvas(ratio)
    pen = QPen(color, 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(color)
    if name == "play":
        _triangle(p, 6, 4, 10, 12, right=True)
    elif name == "pause":
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRoundedRect(QRectF(5, 4, 3.5, 12), 1, 1)
        p.drawRoundedRect(QRectF(11.5, 4, 3.5, 12), 1, 1)
    elif name in ("previous", "next"):
        right = name == "next"
        _triangle(p, 5 if right else 6, 5, 8, 10, right)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRect(QRectF(13.5 if right else 4, 5, 2.2, 10))
    elif name == "shuffle":
        p.setBrush(Qt.BrushStyle.NoBrush)
        first = QPainterPath(QPointF(3, 6))
        first.cubicTo(QPointF(9, 6), QPointF(10, 14), QPointF(15, 14))
        second = QPainterPath(QPointF(3, 14))
        second.cubicTo(QPointF(9, 14), QPointF(10, 6), QPointF(15, 6))
        p.drawPath(first)
        p.drawPath(second)
        p.setBrush(color)
        p.setPen(Qt.PenStyle.NoPen)
        _arrow_head(p, QPointF(18, 6), 1, 0)
        _arrow_head(p, QPointF(18, 14), 1, 0)
    elif name in ("repeat", "repeat_one"):
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(3.5, 5.5, 13, 9), 3.5, 3.5)
        p.setBrush(color)
        p.setPen(Qt.PenStyle.NoPen)
        _arrow_head(p, QPointF(13.5, 5.5), 1, 0)
        if name == "repeat_one":  # a "1" knocked out of a badge on the loop's corner
            badge = QRectF(11, 10, 9, 9)
            p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
            p.drawEllipse(badge.adjusted(-1.2, -1.2, 1.2, 1.2))
            p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            p.drawEllipse(badge)
            p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
            p.setPen(color)
            font = QFont()
            font.setPixelSize(8)
            font.setBold(True)
            p.setFont(font)
            p.drawText(badge, Qt.AlignmentFlag.AlignCenter, "1")
            p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
    elif name == "queue":
        for y in (5, 10, 15):
            p.drawLine(QPointF(7, y), QPointF(17, y))
            p.drawEllipse(QPointF(3.5, y), 0.8, 0.8)
    elif name in ("volume", "muted"):
        p.setPen(Qt.PenStyle.NoPen)
        p.drawPolygon(
            QPolygonF([QPointF(3, 8), QPointF(6, 8), QPointF(10, 4), QPointF(10, 16),
                       QPointF(6, 12), QPointF(3, 12)])
        )  # fmt: skip
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if name == "volume":
            p.drawArc(QRectF(8, 6, 6, 8), -60 * 16, 120 * 16)
            p.drawArc(QRectF(8, 3, 10, 14), -60 * 16, 120 * 16)
        else:
            p.drawLine(QPointF(13, 7), QPointF(18, 13))
            p.drawLine(QPointF(18, 7), QPointF(13, 13))
    elif name == "note":  # the cover's stand-in
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QPointF(7, 15), 3, 2.4)
        p.drawRect(QRectF(9, 3, 1.8, 12))
        p.drawRect(QRectF(9, 3, 6, 2.2))
    p.end()
    return QIcon(pixmap)
