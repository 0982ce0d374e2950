"""The live chart of a running Lab job: each algorithm's training loss per epoch, else the
job's progress over time; and how a progress report's Message is read for a loss."""

from __future__ import annotations

import math
import re

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop_recsys.ui.charts.base import LabChart
from desktop_recsys.ui.charts.palette import colour_for
from desktop_recsys.ui.i18n import translate_message

_EPOCH = re.compile(r"\b(?:iteration|epoch)\s+(\d+)", re.IGNORECASE)


class ProgressChart(LabChart):
    """The running job, live: each algorithm's training loss per epoch, else its progress.

    Iterative algorithms (``als``, ``bpr``, ...) report their training loss once per epoch, as a
    :class:`~desktop_recsys.progress.Message` whose ``metrics`` hold ``epoch`` and ``loss`` (also
    when a tuning trial wraps it in its own Message). Once the first loss arrives, the chart
    plots loss against epoch, one line per algorithm in the order they appear. A fit of the same
    algorithm that starts again at epoch 1 (another fold, a tuning trial, the lists for the
    other charts) starts its line over; the earlier fits stay as faint lines without a legend
    entry (the most recent :attr:`MAX_FADED`).

    Closed-form algorithms (``ease``, ``item-knn``, ...) report no loss: until a loss arrives
    the chart draws the fraction done against seconds, a dot where a new epoch or iteration
    begins, and says so in one line.
    """

    #: Earlier fits kept as faint lines.
    MAX_FADED = 30

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "progress", QCoreApplication.translate("LabChart", "Training progress"), parent
        )
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.times: list[float] = []
        self.fractions: list[float] = []
        #: Per algorithm, its fits in this job: each a list of (epoch, loss), the last current.
        self.runs: dict[str, list[list[tuple[float, float]]]] = {}
        self.loss_lines: dict[str, pg.PlotDataItem] = {}
        self._faded: list[tuple[pg.PlotDataItem, list[tuple[float, float]]]] = []
        self._epochs_x: list[float] = []
        self._epochs_y: list[float] = []
        self._last_epoch: tuple[str, int] | None = None
        self._curve: pg.PlotDataItem | None = None
        self._marks: pg.ScatterPlotItem | None = None
        self._show_progress_axes()

    @property
    def showing_loss(self) -> bool:
        """True once a loss has arrived (the chart then plots loss per epoch)."""
        return bool(self.runs)

    def loss_points(self, algorithm: str) -> list[tuple[float, float]]:
        """The (epoch, loss) points of ``algorithm``'s current fit (empty if none)."""
        fits = self.runs.get(algorithm)
        return list(fits[-1]) if fits else []

    def start(self, title: str) -> None:
        """Begin anew for a job called ``title``."""
        self.clear()
        self.times, self.fractions = [], []
        self.runs, self.loss_lines, self._faded = {}, {}, []
        self._epochs_x, self._epochs_y = [], []
        self._last_epoch = None
        self.set_title(title)
        self._show_progress_axes()
        self._curve = self.plot.plot([], [], pen=pg.mkPen(colour_for(0), width=2))
        self._marks = pg.ScatterPlotItem(size=7, brush=pg.mkBrush(colour_for(1)), pen=None)
        self.plot.addItem(self._marks)
        self.caption.setText(
            QCoreApplication.translate("LabChart", "Waiting for the job to start…")
        )

    def add_point(self, seconds: float, fraction: float, message: str) -> None:
        """One progress report of the job: ``message`` is a str or a Message (with metrics)."""
        if self._curve is None:
            self.start(QCoreApplication.translate("LabChart", "Training progress"))
        assert self._curve is not None and self._marks is not None
        text = translate_message(message)
        self.times.append(seconds)
        self.fractions.append(100.0 * fraction)
        loss = _loss_report(message)
        if loss is not None:
            algorithm, epoch, value = loss
            self._add_loss(algorithm, epoch, value)
            caption = QCoreApplication.translate("LabChart", "{0} — training loss {1:.4g}").format(
                text, value
            )
            if self._faded:
                caption += "\n" + QCoreApplication.translate(
                    "LabChart", "Faint lines: earlier fits of the same algorithm (folds, trials)."
                )
            self.caption.setText(caption)
            return
        if not self.showing_loss:
            self._curve.setData(self.times, self.fractions)
            found = _EPOCH.search(str(message or ""))
            if found:
                epoch_key = (str(message).split(":")[0], int(found.group(1)))
                if epoch_key != self._last_epoch:
                    self._last_epoch = epoch_key
                    self._epochs_x.append(seconds)
                    self._epochs_y.append(100.0 * fraction)
                    self._marks.setData(self._epochs_x, self._epochs_y)
        status = QCoreApplication.translate("LabChart", "{0} — {1:.0%} after {2:.1f} s.").format(
            text, fraction, seconds
        )
        if _mid_epoch(message) or fraction >= 1.0:  # between two losses, or done: no excuse
            self.caption.setText(status)
        elif self.showing_loss:
            self.caption.setText(
                status
                + "\n"
                + QCoreApplication.translate(
                    "LabChart", "This step has no training loss; the lines show the epochs so far."
                )
            )
        else:
            self.caption.setText(
                status
                + "\n"
                + QCoreApplication.translate(
                    "LabChart",
                    "No training loss to draw (closed-form algorithms such as ease have none): "
                    "showing progress.",
                )
            )

    def finish(self, text: str) -> None:
        self.caption.setText(text)

    def _show_progress_axes(self) -> None:
        self.plot.getAxis("bottom").setTickSpacing()  # automatic again
        self.plot.setLabel("bottom", QCoreApplication.translate("LabChart", "seconds"))
        self.plot.setLabel("left", QCoreApplication.translate("LabChart", "done (%)"))
        self.plot.setYRange(0, 100, padding=0.02)

    def _add_loss(self, algorithm: str, epoch: float, loss: float) -> None:
        if not self.showing_loss:  # the first loss: from progress over time to loss per epoch
            self.plot.clear()
            self._curve = self.plot.plot([], [])
            self._marks = pg.ScatterPlotItem()
            self.plot.setLabel("bottom", QCoreApplication.translate("LabChart", "epoch"))
            self.plot.setLabel("left", QCoreApplication.translate("LabChart", "Training loss"))
            # Plain numbers: pyqtgraph would otherwise label a loss below 1 "(x0.001)".
            self.plot.getAxis("left").enableAutoSIPrefix(False)
            self.plot.enableAutoRange()
            self.add_legend()
        fits = self.runs.setdefault(algorithm, [])
        if not fits or epoch <= fits[-1][-1][0]:
            if fits:  # a new fit of the same algorithm: keep the last one, faint
                self._fade(algorithm, fits[-1])
            fits.append([])
        fits[-1].append((epoch, loss))
        line = self.loss_lines.get(algorithm)
        if line is None:
            colour = colour_for(len(self.loss_lines))
            line = self.plot.plot(
                [],
                [],
                pen=pg.mkPen(colour, width=2),
                symbol="o",
                symbolSize=6,
                symbolBrush=pg.mkBrush(colour),
                symbolPen=pg.mkPen(colour),
                name=algorithm,
            )
            self.loss_lines[algorithm] = line
        self._redraw_losses()
        # Whole epochs on the axis (at most about ten labels), not 1.5, 2.5, ...
        last = max(points[-1][0] for runs in self.runs.values() for points in runs)
        step = max(1, math.ceil(last / 10))
        self.plot.getAxis("bottom").setTickSpacing(step, step)

    @property
    def relative(self) -> bool:
        """Whether the losses are drawn relative to each fit's first epoch: so when two
        algorithms' losses share the chart (their losses are different quantities)."""
        return len(self.loss_lines) > 1

    def _scaled(self, points: list[tuple[float, float]]) -> tuple[list[float], list[float]]:
        xs = [epoch for epoch, _loss in points]
        first = points[0][1]
        if self.relative and first != 0:
            return xs, [loss / first for _epoch, loss in points]
        return xs, [loss for _epoch, loss in points]

    def _redraw_losses(self) -> None:
        """Every line from the losses kept, raw for one algorithm, relative for several (one
        axis, labelled so)."""
        for algorithm, line in self.loss_lines.items():
            line.setData(*self._scaled(self.runs[algorithm][-1]))
        for faded, points in self._faded:
            faded.setData(*self._scaled(points))
        label = (
            QCoreApplication.translate("LabChart", "Training loss (relative to epoch 1)")
            if self.relative
            else QCoreApplication.translate("LabChart", "Training loss")
        )
        if self.plot.getAxis("left").labelText != label:
            self.plot.setLabel("left", label)

    def _fade(self, algorithm: str, points: list[tuple[float, float]]) -> None:
        colour = QColor(self.loss_lines[algorithm].opts["pen"].color())
        colour.setAlpha(70)
        faded = self.plot.plot(*self._scaled(points), pen=pg.mkPen(colour, width=1))
        faded.setZValue(-1)
        self._faded.append((faded, points))
        if len(self._faded) > self.MAX_FADED:
            self.plot.removeItem(self._faded.pop(0)[0])


def _loss_report(message: object, depth: int = 0) -> tuple[str, float, float] | None:
    """``(algorithm, epoch, loss)`` if ``message`` (or a Message among its arguments, as when
    a tuning trial wraps an epoch's report) carries a training loss, else None."""
    metrics = getattr(message, "metrics", None)
    args = getattr(message, "args", None)
    if metrics and "loss" in metrics and "epoch" in metrics:
        try:
            loss, epoch = float(metrics["loss"]), float(metrics["epoch"])
        except (TypeError, ValueError):
            return None
        if not (np.isfinite(loss) and np.isfinite(epoch)):
            return None
        name = args.get("algorithm") if isinstance(args, dict) else None
        return str(name or "?"), epoch, loss
    if isinstance(args, dict) and depth < 3:
        for value in args.values():
            found = _loss_report(value, depth + 1)
            if found is not None:
                return found
    return None


def _mid_epoch(message: object, depth: int = 0) -> bool:
    """True if ``message`` (or a Message among its arguments) is an epoch's report of an
    iterative algorithm, only without a loss (sent in the middle of a long epoch)."""
    args = getattr(message, "args", None)
    if not isinstance(args, dict):
        return False
    if "epoch" in args and "algorithm" in args:
        return True
    return depth < 3 and any(_mid_epoch(v, depth + 1) for v in args.values())
