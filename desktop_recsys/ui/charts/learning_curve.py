"""The learning curve: a metric against how much a profile had in training."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop_recsys.services.lab_service import CurvePoint
from desktop_recsys.ui.charts.base import LabChart, bucket_ticks
from desktop_recsys.ui.charts.palette import NEUTRAL


class LearningCurveChart(LabChart):
    """A metric against how many TRAIN interactions a profile has, one line per algorithm."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "learning_curve", QCoreApplication.translate("LabChart", "Learning curve"), parent
        )
        self.lines: dict[str, pg.PlotDataItem] = {}
        self.plot.showGrid(y=True, alpha=0.25)
        self.plot.setLabel(
            "bottom",
            QCoreApplication.translate("LabChart", "interactions the profile had in training"),
        )

    def set_data(
        self, points: Sequence[CurvePoint], metric: str, colours: dict[str, QColor]
    ) -> None:
        self.clear()
        self.lines = {}
        self.set_title(
            QCoreApplication.translate(
                "LabChart", "{0} by how much a profile has rated or played"
            ).format(metric)
        )
        buckets: list[tuple[int, str]] = sorted({(p.low_edge, p.bucket) for p in points})
        position = {bucket: n for n, (_edge, bucket) in enumerate(buckets)}
        algorithms = list(dict.fromkeys(p.algorithm for p in points))
        if not points:
            self.caption.setText(
                QCoreApplication.translate("LabChart", "No tested profile: nothing to draw.")
            )
            return
        legend = self.add_legend()
        spread = 0.08
        for n, algorithm in enumerate(algorithms):
            mine = sorted((p for p in points if p.algorithm == algorithm), key=lambda p: p.low_edge)
            # Side by side within a bucket, so that the whiskers do not hide each other.
            offset = (n - (len(algorithms) - 1) / 2) * spread
            xs = [position[p.bucket] + offset for p in mine]
            ys = [p.mean for p in mine]
            colour = colours.get(algorithm, QColor(NEUTRAL))
            line = self.plot.plot(
                xs,
                ys,
                pen=pg.mkPen(colour, width=2),
                symbol="o",
                symbolSize=7,
                symbolBrush=pg.mkBrush(colour),
                symbolPen=pg.mkPen(colour),
                name=algorithm,
            )
            self.lines[algorithm] = line
            self.plot.addItem(
                pg.ErrorBarItem(
                    x=np.asarray(xs),
                    y=np.asarray(ys),
                    top=np.asarray([p.high - p.mean for p in mine]),
                    bottom=np.asarray([p.mean - p.low for p in mine]),
                    beam=0.05,
                    pen=pg.mkPen(colour, width=1),
                )
            )
        del legend
        users: dict[str, int] = {}
        for p in points:
            users[p.bucket] = max(users.get(p.bucket, 0), p.users)
        self.plot.getAxis("bottom").setTicks(
            bucket_ticks([f"{b}\n({users[b]})" for _e, b in buckets])
        )
        self.plot.setXRange(-0.5, len(buckets) - 0.5, padding=0)
        self.caption.setText(
            QCoreApplication.translate(
                "LabChart",
                "Each point is the mean over the profiles in that band (how many in brackets), "
                "with its 95 % interval. Where a line climbs, more data helps that algorithm.",
            )
        )
