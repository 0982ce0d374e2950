"""The metric bars: one bar per algorithm (its mean) with whiskers for the 95 % interval."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop_recsys.ui.charts.base import LabChart, bucket_ticks


class MetricBarsChart(LabChart):
    """One bar per algorithm (its mean) with whiskers for the 95 % interval."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "metric_bars", QCoreApplication.translate("LabChart", "Metric per algorithm"), parent
        )
        self.bars: pg.BarGraphItem | None = None
        self.whiskers: pg.ErrorBarItem | None = None
        self.plot.showGrid(y=True, alpha=0.25)

    def set_data(
        self,
        labels: Sequence[str],
        values: Sequence[tuple[float, float, float] | None],
        metric: str,
        colours: Sequence[QColor],
    ) -> None:
        """``values``: ``(mean, low, high)`` per label (None: not measured, left out)."""
        self.clear()
        shown = [
            (i, label, v, c)
            for i, (label, v, c) in enumerate(zip(labels, values, colours, strict=True))
            if v is not None
        ]
        # Best first, so the ranking reads left to right (colours stay with the algorithm).
        shown.sort(key=lambda s: s[2][0], reverse=True)
        self.set_title(
            QCoreApplication.translate(
                "LabChart", "{0} per algorithm (bars: mean; whiskers: 95 % interval)"
            ).format(metric)
        )
        if not shown:
            self.bars = self.whiskers = None
            self.caption.setText(
                QCoreApplication.translate("LabChart", "No algorithm has a value for {0}.").format(
                    metric
                )
            )
            return
        xs = [float(n) for n in range(len(shown))]
        means = [v[0] for _i, _l, v, _c in shown]
        self.bars = pg.BarGraphItem(
            x=xs,
            height=means,
            width=0.6,
            brushes=[pg.mkBrush(c) for *_rest, c in shown],
            pens=[pg.mkPen(c.darker(130)) for *_rest, c in shown],
        )
        self.plot.addItem(self.bars)
        # ErrorBarItem does arithmetic on its arguments: numpy arrays, not lists.
        self.whiskers = pg.ErrorBarItem(
            x=np.asarray(xs),
            y=np.asarray(means),
            top=np.asarray([v[2] - v[0] for _i, _l, v, _c in shown]),
            bottom=np.asarray([v[0] - v[1] for _i, _l, v, _c in shown]),
            beam=0.18,
            pen=pg.mkPen(self._text, width=1.5),
        )
        self.plot.addItem(self.whiskers)
        for x, (_i, _label, v, _c) in zip(xs, shown, strict=True):
            text = pg.TextItem(f"{v[0]:.3f}", color=self._text, anchor=(0.5, 1.0))
            text.setPos(x, v[2])
            self.plot.addItem(text)
        self.plot.getAxis("bottom").setTicks(bucket_ticks([label for _i, label, _v, _c in shown]))
        top = max(v[2] for _i, _l, v, _c in shown)
        bottom = min(0.0, min(v[1] for _i, _l, v, _c in shown))
        self.plot.setXRange(-0.6, len(shown) - 0.4, padding=0)
        self.plot.setYRange(bottom, top * 1.15 if top > 0 else 1.0, padding=0)
        best = shown[0]
        self.caption.setText(
            QCoreApplication.translate(
                "LabChart",
                "Highest mean: {0} ({1:.3f}). Overlapping whiskers mean the difference may be "
                "chance; the paired comparison above says how sure it is.",
            ).format(best[1], best[2][0])
        )

    def bar_heights(self) -> list[float]:
        """The drawn bars' heights, left to right (empty when there are none)."""
        if self.bars is None:
            return []
        return [float(h) for h in self.bars.opts["height"]]
