"""Bars in groups (one group per category, one bar per series): the shape shared by the
popularity-bias and genre-calibration charts."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop_recsys.ui.charts.base import LabChart


class GroupedBarsChart(LabChart):
    """Bars in groups: one group per category, one bar per series (vertical or horizontal)."""

    def __init__(
        self, name: str, title: str, horizontal: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(name, title, parent)
        self.horizontal = horizontal
        self.series: dict[str, list[float]] = {}
        self.plot.showGrid(x=horizontal, y=not horizontal, alpha=0.25)

    def draw_groups(
        self, categories: Sequence[str], series: Sequence[tuple[str, list[float], QColor]]
    ) -> None:
        self.clear()
        self.series = {name: list(values) for name, values, _c in series}
        if not categories or not series:
            return
        legend = self.add_legend()
        width = 0.8 / len(series)
        for n, (name, values, colour) in enumerate(series):
            offsets = [c - 0.4 + width * (n + 0.5) for c in range(len(categories))]
            # Descending order on a horizontal chart: the first category at the top.
            places = [len(categories) - 1 - o for o in offsets] if self.horizontal else offsets
            percent = [100.0 * v for v in values]
            if self.horizontal:
                item = pg.BarGraphItem(
                    x0=0, y=places, height=width * 0.95, width=percent, brush=pg.mkBrush(colour)
                )
            else:
                item = pg.BarGraphItem(
                    x=places, height=percent, width=width * 0.95, brush=pg.mkBrush(colour)
                )
            self.plot.addItem(item)
            legend.addItem(item, name)
        ticks = [
            (float(len(categories) - 1 - c) if self.horizontal else float(c), label)
            for c, label in enumerate(categories)
        ]
        axis = self.plot.getAxis("left" if self.horizontal else "bottom")
        axis.setTicks([ticks])
        if self.horizontal:
            axis.setWidth(self.fontMetrics().averageCharWidth() * 16)
            self.plot.setYRange(-0.6, len(categories) - 0.4, padding=0)
            self.plot.setLabel("bottom", QCoreApplication.translate("LabChart", "share (%)"))
        else:
            self.plot.setXRange(-0.6, len(categories) - 0.4, padding=0)
            self.plot.setLabel("left", QCoreApplication.translate("LabChart", "share (%)"))
