"""The Model Lab's charts, drawn with pyqtgraph from the plain data of a Lab run.

Every chart is a :class:`LabChart`: a pyqtgraph plot with a caption in words under it and a
right-click menu that exports the chart as PNG or SVG (pyqtgraph's exporters) or resets the
view. pyqtgraph imports numpy, so this module is imported only when the Lab is first shown,
never at start-up (see ``tests/test_boundaries.py``).

Colours: one per algorithm (Tableau 10, distinguishable for most colour-blind people), in the
order of the table's rows, the same in every chart; the catalogue and a profile's history
are grey so that the algorithms stand out against them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters  # noqa: F401  (registers the exporters on pg.exporters)
from PySide6.QtCore import QCoreApplication, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QVBoxLayout, QWidget

from desktop_recsys.services.lab_service import (
    CatalogueMap,
    CurvePoint,
    GenreCalibration,
    PopularityBias,
)

PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
NEUTRAL = "#9aa0a6"
EXPORT_SUFFIXES = ("png", "svg")
_EPOCH = re.compile(r"\b(?:iteration|epoch)\s+(\d+)", re.IGNORECASE)


def colour_for(index: int) -> QColor:
    """The colour of the ``index``-th algorithm."""
    return QColor(PALETTE[index % len(PALETTE)])


class _LabViewBox(pg.ViewBox):
    """A view box whose right-click menu is the chart's own (translated, with the exports)
    instead of pyqtgraph's, which offers axis options a person does not need here."""

    def __init__(self, chart: LabChart, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self._chart = chart

    def raiseContextMenu(self, ev) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        menu = self._chart.build_context_menu()
        menu.popup(ev.screenPos().toPoint())
        ev.accept()


class LabChart(QWidget):
    """A titled plot, a caption in words, and PNG/SVG export."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"labChart_{name}")
        self.name = name
        self._menu: QMenu | None = None
        base = self.palette().color(QPalette.ColorRole.Base)
        self._text = self.palette().color(QPalette.ColorRole.Text)
        self.plot = pg.PlotWidget(self, viewBox=_LabViewBox(self))
        self.plot.setObjectName(f"labPlot_{name}")
        self.plot.setAccessibleName(title)
        self.plot.setBackground(base)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setTextPen(self._text)
            self.plot.getAxis(axis).setPen(self._text)
        self.set_title(title)
        self.caption = QLabel(self)
        self.caption.setObjectName(f"labCaption_{name}")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setContentsMargins(6, 0, 6, 2)
        layout = QVBoxLayout(self)
        # A margin on the right: the plot has no right axis and would touch the window edge.
        layout.setContentsMargins(0, 0, 10, 0)
        layout.setSpacing(2)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.caption)
        self.legend: pg.LegendItem | None = None

    def set_title(self, title: str) -> None:
        self.plot.setTitle(title, color=self._text.name())
        self.plot.setAccessibleName(title)

    def clear(self) -> None:
        self.plot.clear()
        if self.legend is not None:
            self.legend.clear()
        self.caption.clear()

    def add_legend(self) -> pg.LegendItem:
        if self.legend is None:
            self.legend = self.plot.addLegend(offset=(-10, 10), labelTextColor=self._text)
        return self.legend

    # -- export ----------------------------------------------------------------------------
    def build_context_menu(self) -> QMenu:
        """The right-click menu: export as PNG or SVG, reset the view."""
        menu = QMenu(self)
        menu.setObjectName("labChartMenu")
        png = menu.addAction(
            QCoreApplication.translate("LabChart", "Export as PNG…"),
            lambda: self.choose_export("png"),
        )
        png.setObjectName("exportPng")
        svg = menu.addAction(
            QCoreApplication.translate("LabChart", "Export as SVG…"),
            lambda: self.choose_export("svg"),
        )
        svg.setObjectName("exportSvg")
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("LabChart", "Reset the view"), self.reset_view)
        self._menu = menu
        return menu

    def reset_view(self) -> None:
        self.plot.enableAutoRange()

    def choose_export(self, fmt: str) -> Path | None:
        """Ask for a file name, then export; the path written, or None if abandoned."""
        name = f"{self.name}.{fmt}"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("LabChart", "Export the chart"),
            str(Path.home() / name),
            QCoreApplication.translate("LabChart", "PNG image (*.png)")
            if fmt == "png"
            else QCoreApplication.translate("LabChart", "SVG drawing (*.svg)"),
        )
        return self.export(Path(path)) if path else None

    def export(self, path: Path) -> Path:
        """Write the chart to ``path``: SVG for ``.svg``, else a PNG at twice the on-screen
        size (sharp when printed or zoomed)."""
        path = Path(path)
        if path.suffix.lower() == ".svg":
            try:
                pg.exporters.SVGExporter(self.plot.plotItem).export(str(path))
            except ValueError:
                # pyqtgraph 0.14's SVG exporter cannot parse the paths newer Qt writes
                # (pyqtgraph issue #3485); Qt's own SVG generator draws the same vectors.
                self._export_svg_with_qt(path)
            return path
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        exporter = pg.exporters.ImageExporter(self.plot.plotItem)
        exporter.parameters()["width"] = max(400, int(self.plot.width() * 2))
        exporter.export(str(path))
        return path

    def _export_svg_with_qt(self, path: Path) -> None:
        size = self.plot.viewport().size()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setTitle(self.plot.accessibleName())
        painter = QPainter(generator)
        try:
            self.plot.render(painter)
        finally:
            painter.end()


def _bucket_ticks(labels: Sequence[str]) -> list[list[tuple[float, str]]]:
    return [[(float(i), label) for i, label in enumerate(labels)]]


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
        self.plot.getAxis("bottom").setTicks(_bucket_ticks([label for _i, label, _v, _c in shown]))
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
            _bucket_ticks([f"{b}\n({users[b]})" for _e, b in buckets])
        )
        self.plot.setXRange(-0.5, len(buckets) - 0.5, padding=0)
        self.caption.setText(
            QCoreApplication.translate(
                "LabChart",
                "Each point is the mean over the profiles in that band (how many in brackets), "
                "with its 95 % interval. Where a line climbs, more data helps that algorithm.",
            )
        )


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


class PopularityBiasChart(GroupedBarsChart):
    """Where the recommendations fall on the catalogue's popularity curve, head to tail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "popularity_bias",
            QCoreApplication.translate("LabChart", "Popularity bias: head to long tail"),
            False,
            parent,
        )
        self.plot.setLabel(
            "bottom",
            QCoreApplication.translate(
                "LabChart", "items ranked by popularity (share of the catalogue)"
            ),
        )

    def set_data(self, bias: PopularityBias | None, colours: dict[str, QColor]) -> None:
        if bias is None:
            self.clear()
            self.caption.setText(
                QCoreApplication.translate(
                    "LabChart", "No recommendations to place on the catalogue."
                )
            )
            return
        series = [
            (
                QCoreApplication.translate("LabChart", "Interactions in the catalogue"),
                bias.catalogue_share,
                QColor(NEUTRAL),
            )
        ]
        series += [
            (label, shares, colours.get(label, QColor(NEUTRAL)))
            for label, shares in bias.recommended_share.items()
        ]
        self.draw_groups(self.group_labels(len(bias.groups)), series)
        parts = [
            QCoreApplication.translate("LabChart", "{0}: {1:.0%} from the long tail").format(
                label, share
            )
            for label, share in bias.long_tail_share.items()
        ]
        self.caption.setText(
            QCoreApplication.translate(
                "LabChart",
                "Grey: how the catalogue's interactions spread from the most popular tenth of the "
                "items to the least. Coloured: where each algorithm's recommendations fall. "
                "{0}.",
            ).format("; ".join(parts))
        )

    @staticmethod
    def group_labels(groups: int) -> list[str]:
        """ "top 10 %", "10–20 %"… for ``groups`` equal popularity groups, head first."""
        step = 100 / max(groups, 1)
        return [
            QCoreApplication.translate("LabChart", "top {0:g} %").format(step)
            if g == 0
            else f"{g * step:g}–{(g + 1) * step:g} %"
            for g in range(groups)
        ]


class CalibrationChart(GroupedBarsChart):
    """The genre mix of a history beside the genre mix of each algorithm's lists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "calibration",
            QCoreApplication.translate(
                "LabChart", "Genre calibration: history against recommendations"
            ),
            True,
            parent,
        )

    def set_data(self, calibration: GenreCalibration | None, colours: dict[str, QColor]) -> None:
        if calibration is None:
            self.clear()
            self.caption.setText(
                QCoreApplication.translate(
                    "LabChart", "The items have no genres: nothing to calibrate."
                )
            )
            return
        series = [(QCoreApplication.translate("LabChart", "History of {0}").format(calibration.who), calibration.history,
                   QColor(NEUTRAL))]  # fmt: skip
        series += [
            (label, shares, colours.get(label, QColor(NEUTRAL)))
            for label, shares in calibration.recommended.items()
        ]
        self.draw_groups(calibration.genres, series)
        if calibration.divergence:
            closest = min(calibration.divergence.items(), key=lambda kv: kv[1])
            self.caption.setText(
                QCoreApplication.translate(
                    "LabChart",
                    "A calibrated list has the genres of the history in the same proportions. "
                    "Closest over all tested profiles: {0} (divergence {1:.2f}; 0 is a perfect "
                    "match).",
                ).format(closest[0], closest[1])
            )
        else:
            self.caption.setText(
                QCoreApplication.translate(
                    "LabChart", "A calibrated list has the genres of the history."
                )
            )


class CatalogueMapChart(LabChart):
    """The catalogue in two dimensions; hovering names an item; one profile highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "catalogue_map", QCoreApplication.translate("LabChart", "Catalogue map"), parent
        )
        self.plot.setMouseEnabled(x=True, y=True)  # zooming into a crowded region helps
        self.plot.getAxis("left").hide()
        self.plot.getAxis("bottom").hide()
        self.map: CatalogueMap | None = None
        self.algorithm: str | None = None
        self.points: pg.ScatterPlotItem | None = None
        self.hovered: str = ""

    def set_data(self, data: CatalogueMap | None, algorithm: str | None, colour: QColor) -> None:
        self.clear()
        self.map = data
        self.algorithm = algorithm
        self.points = None
        if data is None:
            self.caption.setText(
                QCoreApplication.translate(
                    "LabChart", "No map: the items have nothing to place them by."
                )
            )
            return
        self.set_title(
            QCoreApplication.translate("LabChart", "Catalogue map ({0}, PCA)").format(data.source)
        )
        legend = self.add_legend()
        self.points = pg.ScatterPlotItem(
            x=data.x,
            y=data.y,
            data=list(range(len(data.x))),
            size=5,
            pen=None,
            brush=pg.mkBrush(QColor(NEUTRAL).lighter(115)),
            hoverable=True,
            hoverSize=9,
            hoverBrush=pg.mkBrush(self._text),
            tip=None,
        )
        self.points.sigHovered.connect(self._on_hovered)
        self.plot.addItem(self.points)
        legend.addItem(self.points, QCoreApplication.translate("LabChart", "Items"))
        layers = [
            (
                data.history,
                QCoreApplication.translate("LabChart", "History"),
                "o",
                QColor("#4e4e4e"),
                8,
            ),
            (
                data.held_out,
                QCoreApplication.translate("LabChart", "Held out"),
                "s",
                QColor("#2a9d8f"),
                9,
            ),
        ]
        if algorithm is not None and algorithm in data.recommended:
            layers.append(
                (data.recommended[algorithm], QCoreApplication.translate("LabChart", "Recommended by {0}").format(algorithm),
                 "star", colour, 14)
            )  # fmt: skip
        for positions, name, symbol, colour_, size in layers:
            if not positions:
                continue
            layer = pg.ScatterPlotItem(
                x=[data.x[i] for i in positions],
                y=[data.y[i] for i in positions],
                symbol=symbol,
                size=size,
                brush=pg.mkBrush(colour_),
                pen=pg.mkPen(self._text, width=0.6),
            )
            # Highlights sit above the items but must not steal their hover.
            layer.setAcceptHoverEvents(False)
            self.plot.addItem(layer)
            legend.addItem(layer, name)
        self.plot.enableAutoRange()
        who = data.profile or QCoreApplication.translate("LabChart", "the current profile")
        self.caption.setText(
            QCoreApplication.translate(
                "LabChart",
                "Each dot is an item; nearby items are alike. {0}'s history is dark, the items "
                "held out for the test are green squares, and stars are what {1} recommended. "
                "Hover a dot to name it; scroll to zoom.",
            ).format(who, algorithm or "–")
        )

    def title_at(self, x: float, y: float) -> str:
        """The title of the item nearest to data coordinates ``(x, y)`` (for tests and tips)."""
        if self.map is None or not self.map.x:
            return ""
        best = min(
            range(len(self.map.x)),
            key=lambda i: (self.map.x[i] - x) ** 2 + (self.map.y[i] - y) ** 2,
        )
        return self.map.titles[best]

    def _on_hovered(self, _item: object, points: Sequence[object], _event: object) -> None:
        if self.map is None or not len(points):
            self.hovered = ""
            self.plot.setToolTip("")
            return
        index = int(points[0].data())  # type: ignore[attr-defined]
        self.hovered = self.map.titles[index]
        self.plot.setToolTip(self.hovered)
        self.caption.setText(
            QCoreApplication.translate("LabChart", "Item: {0}").format(self.hovered)
        )

    def scene_position(self, index: int) -> QPointF:
        """Where the ``index``-th item is drawn, in the plot widget's coordinates."""
        assert self.map is not None
        scene = self.plot.plotItem.vb.mapViewToScene(QPointF(self.map.x[index], self.map.y[index]))
        return self.plot.mapFromScene(scene).toPointF()


class ProgressChart(LabChart):
    """The running job's progress over time, with each training epoch marked.

    The engine reports progress and a message per epoch, not the training loss, so this draws
    the fraction done against seconds, and a dot where a new epoch or iteration begins.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "progress", QCoreApplication.translate("LabChart", "Training progress"), parent
        )
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setLabel("bottom", QCoreApplication.translate("LabChart", "seconds"))
        self.plot.setLabel("left", QCoreApplication.translate("LabChart", "done (%)"))
        self.plot.setYRange(0, 100, padding=0.02)
        self.times: list[float] = []
        self.fractions: list[float] = []
        self._epochs_x: list[float] = []
        self._epochs_y: list[float] = []
        self._last_epoch: tuple[str, int] | None = None
        self._curve: pg.PlotDataItem | None = None
        self._marks: pg.ScatterPlotItem | None = None

    def start(self, title: str) -> None:
        """Begin a new curve for a job called ``title``."""
        self.clear()
        self.times, self.fractions = [], []
        self._epochs_x, self._epochs_y = [], []
        self._last_epoch = None
        self.set_title(title)
        self._curve = self.plot.plot([], [], pen=pg.mkPen(colour_for(0), width=2))
        self._marks = pg.ScatterPlotItem(size=7, brush=pg.mkBrush(colour_for(1)), pen=None)
        self.plot.addItem(self._marks)
        self.plot.setYRange(0, 100, padding=0.02)
        self.caption.setText(
            QCoreApplication.translate("LabChart", "Waiting for the job to start…")
        )

    def add_point(self, seconds: float, fraction: float, message: str) -> None:
        if self._curve is None:
            self.start(QCoreApplication.translate("LabChart", "Training progress"))
        self.times.append(seconds)
        self.fractions.append(100.0 * fraction)
        assert self._curve is not None and self._marks is not None
        self._curve.setData(self.times, self.fractions)
        found = _EPOCH.search(message or "")
        if found:
            epoch = (message.split(":")[0], int(found.group(1)))
            if epoch != self._last_epoch:
                self._last_epoch = epoch
                self._epochs_x.append(seconds)
                self._epochs_y.append(100.0 * fraction)
                self._marks.setData(self._epochs_x, self._epochs_y)
        if message:
            self.caption.setText(
                QCoreApplication.translate(
                    "LabChart",
                    "{0} — {1:.0%} after {2:.1f} s. Dots mark each new training epoch (the "
                    "engine reports progress per epoch, not the loss).",
                ).format(message, fraction, seconds)
            )

    def finish(self, text: str) -> None:
        self.caption.setText(text)
