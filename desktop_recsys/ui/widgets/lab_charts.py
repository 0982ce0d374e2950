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

import html
import math
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters  # noqa: F401  (registers the exporters on pg.exporters)
from PySide6.QtCore import QCoreApplication, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QGraphicsItem, QLabel, QMenu, QVBoxLayout, QWidget

from desktop_recsys.services.lab_service import (
    CatalogueMap,
    CurvePoint,
    GenreCalibration,
    PopularityBias,
)
from desktop_recsys.ui.i18n import translate_message

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
        # Axes and title are text, the dearest thing pyqtgraph paints (~5 ms an axis under
        # load), and a plot is painted three times when its tab is shown: keep them as
        # pixmaps, redrawn only when they change (benchmarks/bench_lab_paint.py: a tab switch
        # went from 50-64 ms to 14-24 ms).
        for item in (self.plot.getAxis("left"), self.plot.getAxis("bottom")):
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.plot.plotItem.titleLabel.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
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
        self._layers: dict[str, pg.ScatterPlotItem] = {}
        self.hovered: str = ""
        self.subtitle_text: str = ""
        # A line about a t-SNE job under way (or failed), between the plot and the caption.
        self.status = QLabel(self)
        self.status.setObjectName("labMapStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setContentsMargins(6, 0, 6, 0)
        self.status.hide()
        self.layout().insertWidget(1, self.status)

    def set_status(self, text: str) -> None:
        """Show ``text`` above the caption ("" hides the line)."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _ensure_items(self) -> pg.ScatterPlotItem:
        """The dots and the three highlight layers, made once and refilled by every
        :meth:`set_data`: making pyqtgraph items and legend rows anew each time cost more
        than drawing them (``benchmarks/bench_lab_paint.py``)."""
        if self.points is not None:
            return self.points
        self.points = pg.ScatterPlotItem(
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
        legend = self.add_legend()
        # The legend sits over the dots: a backing keeps it readable.
        backing = QColor(self.palette().color(QPalette.ColorRole.Base))
        backing.setAlpha(215)
        legend.setBrush(pg.mkBrush(backing))
        legend.addItem(self.points, QCoreApplication.translate("LabChart", "Items"))
        pen = pg.mkPen(self._text, width=0.6)
        for key, symbol, size in (
            ("history", "o", 8),
            ("held_out", "s", 9),
            ("recommended", "star", 14),
        ):
            layer = pg.ScatterPlotItem(symbol=symbol, size=size, pen=pen)
            # Highlights sit above the items but must not steal their hover.
            layer.setAcceptHoverEvents(False)
            self.plot.addItem(layer)
            self._layers[key] = layer
        return self.points

    def _show_layer(self, key: str, xs: np.ndarray, ys: np.ndarray, positions: Sequence[int],
                    name: str, colour: QColor) -> None:  # fmt: skip
        layer = self._layers[key]
        picks = np.asarray(positions, dtype=np.int64)
        layer.setData(x=xs[picks], y=ys[picks], brush=pg.mkBrush(colour))
        legend = self.add_legend()
        row = next((label for sample, label in legend.items if sample.item is layer), None)
        if len(picks) and row is None:
            legend.addItem(layer, name)
        elif len(picks) and row is not None:
            row.setText(name)
        elif row is not None:
            legend.removeItem(layer)

    def set_data(self, data: CatalogueMap | None, algorithm: str | None, colour: QColor) -> None:
        self.caption.clear()
        self.map = data
        self.algorithm = algorithm
        self.hovered = ""
        points = self._ensure_items()
        if data is None:
            points.setData(x=[], y=[])
            for key in self._layers:
                self._show_layer(key, np.zeros(0), np.zeros(0), [], "", QColor(NEUTRAL))
            self.plot.plotItem.titleLabel.item.setTextWidth(-1)
            self.set_title(QCoreApplication.translate("LabChart", "Catalogue map"))
            self.caption.setText(
                QCoreApplication.translate(
                    "LabChart", "No map: the items have nothing to place them by."
                )
            )
            return
        if data.method == "tsne":
            title = QCoreApplication.translate("LabChart", "Catalogue map ({0}, t-SNE)")
        else:
            title = QCoreApplication.translate("LabChart", "Catalogue map ({0}, PCA)")
        self.set_title_lines(title.format(data.source), self.subtitle(data))
        xs = np.asarray(data.x, dtype=np.float64)
        ys = np.asarray(data.y, dtype=np.float64)
        points.setData(x=xs, y=ys, data=np.arange(len(xs)))
        self._show_layer(
            "history", xs, ys, data.history,
            QCoreApplication.translate("LabChart", "History"), QColor("#4e4e4e"),
        )  # fmt: skip
        self._show_layer(
            "held_out", xs, ys, data.held_out,
            QCoreApplication.translate("LabChart", "Held out"), QColor("#2a9d8f"),
        )  # fmt: skip
        self._show_layer(
            "recommended", xs, ys,
            data.recommended.get(algorithm, []) if algorithm is not None else [],
            QCoreApplication.translate("LabChart", "Recommended by {0}").format(algorithm),
            colour,
        )  # fmt: skip
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

    @staticmethod
    def subtitle(data: CatalogueMap) -> str:
        """Which items the map shows: all of them, or the most popular plus the highlighted."""
        shown = len(data.x)
        total = max(data.items_total, shown)
        popular = data.popular_shown or shown
        if popular >= total:
            return QCoreApplication.translate("LabChart", "All {0:,} items").format(total)
        extra = shown - popular
        if extra <= 0:
            return QCoreApplication.translate(
                "LabChart", "The {0:,} most popular of {1:,} items"
            ).format(popular, total)
        return QCoreApplication.translate(
            "LabChart", "The {0:,} most popular of {1:,} items, plus {2:,} highlighted ones"
        ).format(popular, total, extra)

    def set_title_lines(self, title: str, subtitle: str) -> None:
        """The title with a smaller second line (both in exported images too)."""
        self.subtitle_text = subtitle
        self.plot.setTitle(
            f"{html.escape(title)}<br><span style='font-size:8pt'>{html.escape(subtitle)}</span>",
            color=self._text.name(),
        )
        # pyqtgraph sizes the title row for one line, and centres the block, not its lines.
        label = self.plot.plotItem.titleLabel
        label.setMaximumHeight(44)
        self.plot.plotItem.layout.setRowFixedHeight(0, 44)
        document = label.item.document()
        option = document.defaultTextOption()
        option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        document.setDefaultTextOption(option)
        label.item.setTextWidth(-1)  # measure unwrapped, then fix the width to centre in
        label.item.setTextWidth(document.idealWidth())
        label.updateMin()
        label.resizeEvent(None)  # re-centre the text block in the label
        self.plot.setAccessibleName(f"{title}. {subtitle}")

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
        self._faded: list[pg.PlotDataItem] = []
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
        xs, ys = zip(*fits[-1], strict=True)
        line.setData(list(xs), list(ys))
        # Whole epochs on the axis (at most about ten labels), not 1.5, 2.5, ...
        last = max(points[-1][0] for runs in self.runs.values() for points in runs)
        step = max(1, math.ceil(last / 10))
        self.plot.getAxis("bottom").setTickSpacing(step, step)

    def _fade(self, algorithm: str, points: list[tuple[float, float]]) -> None:
        colour = QColor(self.loss_lines[algorithm].opts["pen"].color())
        colour.setAlpha(70)
        xs, ys = zip(*points, strict=True)
        faded = self.plot.plot(list(xs), list(ys), pen=pg.mkPen(colour, width=1))
        faded.setZValue(-1)
        self._faded.append(faded)
        if len(self._faded) > self.MAX_FADED:
            self.plot.removeItem(self._faded.pop(0))


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
