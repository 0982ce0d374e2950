"""Horizontal bars for the evidence behind a recommendation ("because you liked ...")."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class ContributionBarsWidget(QWidget):
    """One bar per contributing item, longest for the heaviest, with its title and share.

    Weights are shown relative to their sum, so a person reads "this one counted for 34 %"
    whatever the model's scale is.
    """

    BAR_COLOUR = QColor(61, 133, 198)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[tuple[str, float]] = []
        self.setObjectName("contributionBars")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_contributions(self, bars: list[tuple[str, float]]) -> None:
        self._bars = [(title, max(0.0, float(weight))) for title, weight in bars]
        total = sum(w for _, w in self._bars)
        self.setAccessibleDescription(
            "; ".join(f"{t}: {w / total:.0%}" for t, w in self._bars) if total else ""
        )
        self.updateGeometry()
        self.update()

    def contributions(self) -> list[tuple[str, float]]:
        return list(self._bars)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:
        return QSize(240, max(1, len(self._bars)) * self._row_height() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, len(self._bars) * self._row_height() + 4)

    def paintEvent(self, _event: object) -> None:
        if not self._bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        metrics = self.fontMetrics()
        total = sum(w for _, w in self._bars) or 1.0
        heaviest = max(w for _, w in self._bars) or 1.0
        label_width = min(int(self.width() * 0.45), 220)
        percent_width = metrics.horizontalAdvance("100 %") + 8
        bar_space = max(10, self.width() - label_width - percent_width - 12)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        track = self.palette().color(QPalette.ColorRole.AlternateBase)
        row_h = self._row_height()
        for i, (title, weight) in enumerate(self._bars):
            top = 2 + i * row_h
            painter.setPen(text_colour)
            label = metrics.elidedText(title, Qt.TextElideMode.ElideRight, label_width - 6)
            painter.drawText(
                QRectF(0, top, label_width - 6, row_h),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                label,
            )
            bar = QRectF(label_width, top + 4, bar_space, row_h - 8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(bar, 3, 3)
            painter.setBrush(self.BAR_COLOUR)
            painter.drawRoundedRect(
                QRectF(
                    bar.left(), bar.top(), max(2.0, bar.width() * weight / heaviest), bar.height()
                ),
                3,
                3,
            )
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(label_width + bar_space + 6, top, percent_width, row_h),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                f"{weight / total:.0%}",
            )
        painter.end()
