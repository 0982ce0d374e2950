"""The catalogue map: every item in two dimensions, a profile's history, its held-out items
and an algorithm's picks highlighted; hovering names an item."""

from __future__ import annotations

import html
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from desktop_recsys.services.lab_map import CatalogueMap
from desktop_recsys.ui.charts.base import LabChart
from desktop_recsys.ui.charts.palette import NEUTRAL
from desktop_recsys.ui.i18n import translate_message
from desktop_recsys.ui.theme import is_dark_palette

#: The catalogue's dots and a profile's history, by theme: the history stands out against the
#: background and the dots (tests/ui/test_catalogue_map_colours.py checks the contrast).
_ITEMS = {False: QColor(NEUTRAL).lighter(115), True: QColor("#5f6368")}
_HISTORY = {False: QColor("#4e4e4e"), True: QColor("#f1f3f4")}


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
        # Shown when some items on the map have an energy from the sound analysis.
        self.energy_box = QCheckBox(
            QCoreApplication.translate("LabChart", "Colour by energy (sound analysis)"), self
        )
        self.energy_box.setObjectName("labMapEnergy")
        self.energy_box.hide()
        self.energy_box.toggled.connect(lambda _on: self._colour_points())
        self.energy_key = QLabel(self)
        self.energy_key.setObjectName("labMapEnergyKey")
        self.energy_key.setWordWrap(True)
        self.energy_key.hide()
        row = QHBoxLayout()
        row.setContentsMargins(6, 0, 6, 0)
        row.addWidget(self.energy_box)
        row.addWidget(self.energy_key, 1)
        self.layout().insertLayout(2, row)

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
            brush=pg.mkBrush(self.item_colour()),
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
            self.subtitle_text = ""
            self.set_title(QCoreApplication.translate("LabChart", "Catalogue map"))
            self.caption.setText(
                QCoreApplication.translate(
                    "LabChart", "No map: the items have nothing to place them by."
                )
            )
            return
        self.set_title_lines(self.title_for(algorithm), self.placement(data))
        xs = np.asarray(data.x, dtype=np.float64)
        ys = np.asarray(data.y, dtype=np.float64)
        points.setData(x=xs, y=ys, data=np.arange(len(xs)))
        self.energy_box.setVisible(bool(data.energy))
        self._colour_points()
        self._show_layer(
            "history", xs, ys, data.history,
            QCoreApplication.translate("LabChart", "History"), self.history_colour(),
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
                "Each dot is an item; nearby items are alike. {0}'s history is the larger round "
                "dots, the items held out for the test are green squares, and stars are what {1} recommended. "
                "Hover a dot to name it; scroll to zoom.",
            ).format(who, algorithm or "–")
        )

    def item_colour(self) -> QColor:
        """The catalogue's dots: a quiet grey in the theme's direction."""
        return QColor(_ITEMS[is_dark_palette(self.palette())])

    def history_colour(self) -> QColor:
        """A profile's history: dark on the light theme, light on the dark one."""
        return QColor(_HISTORY[is_dark_palette(self.palette())])

    def _follow_palette(self) -> None:
        """After a theme switch the dots and the history follow too."""
        super()._follow_palette()
        if getattr(self, "map", None) is None:  # also while the base class is being made
            return
        self._colour_points()
        if "history" in self._layers:
            self._layers["history"].setBrush(pg.mkBrush(self.history_colour()))

    @property
    def by_energy(self) -> bool:
        """Whether the dots are coloured by their energy now."""
        return bool(self.map is not None and self.map.energy and self.energy_box.isChecked())

    def _colour_points(self) -> None:
        """The dots in one neutral colour, or by energy (calm blue to intense red, grey for
        a track not analysed) when the box is ticked."""
        if self.points is None or self.map is None or not self.map.x:
            return
        if self.by_energy:
            from desktop_recsys.ui.charts.energy_colours import energy_colours

            brushes = [pg.mkBrush(c) for c in energy_colours(self.map.energy)]
            self.points.setBrush(brushes)
            self.energy_key.setText(
                QCoreApplication.translate(
                    "LabChart",
                    "calm: blue, then yellow, intense: red; grey: not analysed ({0:,} of {1:,})",
                ).format(
                    sum(1 for v in self.map.energy if not np.isfinite(v)), len(self.map.energy)
                )
            )
        else:
            # One brush per point: a single brush would leave the energy colours in place.
            self.points.setBrush([pg.mkBrush(self.item_colour())] * len(self.map.x))
        self.energy_key.setVisible(self.by_energy)

    @staticmethod
    def title_for(algorithm: str | None) -> str:
        """The title names the algorithm whose picks are shown ("Map shows")."""
        if not algorithm:
            return QCoreApplication.translate("LabChart", "Catalogue map")
        return QCoreApplication.translate("LabChart", "Catalogue map: what {0} recommends").format(
            algorithm
        )

    @classmethod
    def placement(cls, data: CatalogueMap) -> str:
        """How the dots are placed (whose vectors, which projection; for PCA how much of the
        variance the two axes show) and which items are there."""
        source = translate_message(data.source)
        if data.method == "tsne":
            how = QCoreApplication.translate("LabChart", "Placed by {0} with t-SNE").format(source)
        else:
            how = QCoreApplication.translate(
                "LabChart", "Placed by {0} with PCA: the two axes show {1:.0%} of the variance"
            ).format(source, data.explained_variance)
        return f"{how} · {cls.subtitle(data)}"

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

    def retitle(self) -> None:
        if self.subtitle_text:
            self.set_title_lines(self._title, self.subtitle_text)
        else:
            super().retitle()

    def set_title_lines(self, title: str, subtitle: str) -> None:
        """The title with a smaller second line (both in exported images too)."""
        self._title = title
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
