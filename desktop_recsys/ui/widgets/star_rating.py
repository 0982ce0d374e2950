"""Star ratings: painting 0-5 stars (half stars too) and a delegate that edits them in place.

A click on a star sets the rating to it (the left half of a star gives a half star); a click
on the current rating's last star clears it. The delegate writes through the model's
``setData`` (``Qt.EditRole``), so the model decides how a rating is stored.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_recsys.ui.common import RatingRole

STARS = 5
_GOLD = QColor(232, 170, 20)

_Index = QModelIndex | QPersistentModelIndex


def star_path(size: float) -> QPainterPath:
    """A five-pointed star filling a ``size`` x ``size`` square."""
    path = QPainterPath()
    centre = size / 2
    outer, inner = size * 0.48, size * 0.2
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        point = QPointF(centre + radius * math.cos(angle), centre + radius * math.sin(angle))
        if i == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    path.closeSubpath()
    return path


def paint_stars(
    painter: QPainter, rect: QRect, value: float | None, palette: QPalette, *, hover: float = 0
) -> None:
    """Five stars left-aligned in ``rect``: gold up to ``value``, outlines after it.

    Drawn once per look (size, value, colours, screen scale) into a cached pixmap: a table's
    repaint draws a rating column of identical rows, and five antialiased paths per row were a
    large part of every scroll step and filter on a big library."""
    size = star_size(rect.height())
    empty = palette.color(QPalette.ColorRole.PlaceholderText)
    shown = float(hover or (value or 0.0))
    device = painter.device()
    scale = device.devicePixelRatioF() if device is not None else 1.0
    key = (size, shown, bool(hover), empty.rgba(), scale)
    pixmap = _STAR_PIXMAPS.get(key)
    if pixmap is None:
        if len(_STAR_PIXMAPS) >= _STAR_PIXMAPS_KEPT:
            _STAR_PIXMAPS.clear()
        pixmap = _stars_pixmap(size, shown, bool(hover), empty, scale)
        _STAR_PIXMAPS[key] = pixmap
    top = rect.top() + (rect.height() - size) / 2
    painter.drawPixmap(QPointF(rect.left() + 2 - _PAD, top - _PAD), pixmap)


#: Room around the stars in a cached pixmap for the outline's antialiased edge.
_PAD = 1
_STAR_PIXMAPS: dict[tuple[float, float, bool, int, float], QPixmap] = {}
_STAR_PIXMAPS_KEPT = 256


def _stars_pixmap(size: float, shown: float, hover: bool, empty: QColor, scale: float) -> QPixmap:
    width = size * STARS + 2 * _PAD
    height = size + 2 * _PAD
    pixmap = QPixmap(math.ceil(width * scale), math.ceil(height * scale))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    shape = star_path(size)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for i in range(STARS):
        painter.save()
        painter.translate(_PAD + i * size, _PAD)
        painter.setPen(empty)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(shape)
        fill = min(1.0, max(0.0, shown - i))
        if fill > 0:
            painter.setClipRect(QRect(0, 0, math.ceil(size * fill), math.ceil(size)))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_GOLD.lighter(125) if hover else _GOLD)
            painter.drawPath(shape)
        painter.restore()
    painter.end()
    return pixmap


def star_size(height: int) -> float:
    return max(8.0, min(18.0, height - 4.0))


def stars_at(x: float, rect: QRect) -> float:
    """The rating a click at ``x`` inside ``rect`` asks for: half stars, 0.5 to 5."""
    size = star_size(rect.height())
    position = (x - rect.left() - 2) / size
    if position <= 0:
        return 0.5
    return min(float(STARS), math.ceil(position * 2) / 2)


class StarRatingDelegate(QStyledItemDelegate):
    """Paints ``RatingRole`` as stars and sets it with a click (no editor widget needed)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        value = index.data(RatingRole)
        paint_stars(
            painter, option.rect, value if isinstance(value, float | int) else None, option.palette
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = star_size(option.fontMetrics.height() + 6)
        return QSize(int(size * STARS + 8), int(size + 4))

    def editorEvent(
        self, event: QEvent, model: object, option: QStyleOptionViewItem, index: _Index
    ) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and index.flags() & Qt.ItemFlag.ItemIsEditable
        ):
            wanted = stars_at(event.position().x(), option.rect)
            current = index.data(RatingRole) or 0.0
            # Clicking the rating that is already set clears it, as in most music players.
            value = 0.0 if math.isclose(wanted, current) else wanted
            index.model().setData(index, value, Qt.ItemDataRole.EditRole)
            return True
        return super().editorEvent(event, model, option, index)  # type: ignore[arg-type]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> None:  # type: ignore[override]
        # Clicks and the 0-5 keys edit; no separate editor widget.
        return None


def rating_for_key(key: int, modifiers: Qt.KeyboardModifier) -> int | None:
    """The stars a bare 0-5 key asks for (0 clears), or None for any other key."""
    if modifiers & ~(Qt.KeyboardModifier.KeypadModifier):
        return None
    if Qt.Key.Key_0 <= key <= Qt.Key.Key_5:
        return int(key) - int(Qt.Key.Key_0)
    return None
