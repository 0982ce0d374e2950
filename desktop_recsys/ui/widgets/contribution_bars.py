"""Horizontal bars for the evidence behind a recommendation ("because you liked ...")."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QSizePolicy, QWidget

#: Room between one bar's row and the next's name when names go on their own lines.
_GAP = 4


@dataclass(frozen=True)
class _Row:
    """Where one contribution goes: its name's lines (each ``(text, x, y)``) and its bar."""

    lines: list[tuple[str, float, float]]
    bar_top: float


class ContributionBarsWidget(QWidget):
    """One bar per contributing item, longest for the heaviest, with its title and share.

    Weights are shown relative to their sum, so a person reads "this one counted for 34 %"
    whatever the model's scale is. A name goes left of its bar when every name fits there
    whole; else each name takes its own lines above its bar, wrapped, never cut (issue 19:
    at 1024 px "The Rain (2000)" read "The Rain (200…").
    """

    BAR_COLOUR = QColor(61, 133, 198)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[tuple[str, float]] = []
        self._painted: list[list[str]] = []
        self.setObjectName("contributionBars")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

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

    def painted_names(self) -> list[list[str]]:
        """The lines of each name as the last paint drew them (for tests)."""
        return [list(lines) for lines in self._painted]

    # -- geometry --------------------------------------------------------------------------
    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _label_width(self, width: int) -> int:
        return min(int(width * 0.45), 220)

    def _names_beside(self, width: int) -> bool:
        """Every name fits whole left of its bar at this width."""
        room = self._label_width(width) - 6
        metrics = self.fontMetrics()
        return all(metrics.horizontalAdvance(title) <= room for title, _ in self._bars)

    def _wrapped(self, text: str, width: float) -> list[str]:
        """``text`` broken into lines of at most ``width`` pixels: at spaces (and between CJK
        characters), inside a word only where a word alone is wider than that."""
        layout = QTextLayout(text, self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        lines: list[str] = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            lines.append(text[line.textStart() : line.textStart() + line.textLength()])
        layout.endLayout()
        return lines or [""]

    def _rows(self, width: int) -> list[_Row]:
        metrics = self.fontMetrics()
        row_h = self._row_height()
        rows: list[_Row] = []
        if self._names_beside(width):
            for i, (title, _) in enumerate(self._bars):
                top = 2 + i * row_h
                rows.append(_Row([(title, 0.0, top)], top))
            return rows
        top = 2.0
        for title, _ in self._bars:
            lines = self._wrapped(title, max(20, width - 4))
            placed = [(text, 2.0, top + n * metrics.height()) for n, text in enumerate(lines)]
            top += len(lines) * metrics.height()
            rows.append(_Row(placed, top))
            top += row_h + _GAP
        return rows

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if not self._bars:
            return self._row_height() + 4
        last = self._rows(width)[-1]
        return int(last.bar_top + self._row_height() + 4)

    def sizeHint(self) -> QSize:
        return QSize(240, self.heightForWidth(max(self.width(), 240)))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.heightForWidth(max(self.width(), 120)) if self._bars else 4)

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, _event: object) -> None:
        self._painted = []
        if not self._bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        metrics = self.fontMetrics()
        total = sum(w for _, w in self._bars) or 1.0
        heaviest = max(w for _, w in self._bars) or 1.0
        beside = self._names_beside(self.width())
        label_width = self._label_width(self.width()) if beside else 0
        percent_width = metrics.horizontalAdvance("100 %") + 8
        bar_space = max(10, self.width() - label_width - percent_width - 12)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        track = self.palette().color(QPalette.ColorRole.AlternateBase)
        row_h = self._row_height()
        for row, (_title, weight) in zip(self._rows(self.width()), self._bars, strict=True):
            painter.setPen(text_colour)
            for text, x, y in row.lines:
                if beside:
                    painter.drawText(
                        QRectF(0, y, label_width - 6, row_h),
                        int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                        text,
                    )
                else:
                    painter.drawText(QPointF(x, y + metrics.ascent()), text)
            self._painted.append([text for text, _x, _y in row.lines])
            top = row.bar_top
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
