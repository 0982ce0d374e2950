"""What every Lab chart is: a pyqtgraph plot, a caption in words, a right-click menu,
and PNG/SVG export (:class:`LabChart`); plus the tick helper of the bucketed charts."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters  # noqa: F401  (registers the exporters on pg.exporters)
from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QGraphicsItem, QLabel, QMenu, QVBoxLayout, QWidget

EXPORT_SUFFIXES = ("png", "svg")


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


class LegendBelow(pg.LegendItem):
    """A legend laid out in the plot's grid (a row of its own under the axis) instead of
    floating over the data; it sizes itself through the layout and cannot be dragged."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(offset=None, **kwargs)
        # Under the axis a legend needs no frame of room around it (the default is 9 px).
        self.layout.setContentsMargins(0, 2, 0, 2)

    def updateSize(self) -> None:  # noqa: N802 (pyqtgraph's name)
        height = 0.0
        columns: dict[int, float] = {}
        for row in range(self.layout.rowCount()):
            for col in range(self.layout.columnCount()):
                item = self.layout.itemAt(row, col)
                if item:
                    # Preferred sizes, not current ones: a minimum taken from the laid-out
                    # widths would only ever grow (and push the window wider).
                    hint = item.effectiveSizeHint(Qt.SizeHint.PreferredSize)
                    columns[col] = max(columns.get(col, 0.0), hint.width())
                    height = max(height, item.height(), hint.height())
        rows = max(1, self.layout.rowCount())
        height *= rows  # rows alike: a new row measures 0 at first
        # The layout's margins and spacings are room too: without them the last row was cut
        # by a margin's height (the popularity chart's second row at 1024 x 700).
        left, top, right, bottom = self.layout.getContentsMargins()
        spacing = self.layout.horizontalSpacing()
        width = sum(columns.values()) + spacing * max(len(columns) - 1, 0) + left + right
        height += top + bottom + self.layout.verticalSpacing() * (rows - 1)
        self.setMinimumSize(width, height)
        self.setMaximumHeight(height)
        parent = self.parentLayoutItem()
        if parent is not None and hasattr(parent, "setRowFixedHeight"):
            parent.setRowFixedHeight(4, height + 4)  # the plot's grid gives its row no room
        self.updateGeometry()

    def mouseDragEvent(self, ev) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        ev.ignore()


class LabChart(QWidget):
    """A titled plot, a caption in words, and PNG/SVG export."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"labChart_{name}")
        self.name = name
        self._menu: QMenu | None = None
        self._text = self.palette().color(QPalette.ColorRole.Text)
        self.plot = pg.PlotWidget(self, viewBox=_LabViewBox(self))
        self.plot.setObjectName(f"labPlot_{name}")
        self.plot.setAccessibleName(title)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self._title = title
        self.legend: pg.LegendItem | None = None
        self._follow_palette()
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

    def set_title(self, title: str) -> None:
        self._title = title
        self.plot.setTitle(title, color=self._text.name())
        self.plot.setAccessibleName(title)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "plot"):
            self._follow_palette()
            self.retitle()

    def retitle(self) -> None:
        """Draw the title again (in the palette's text colour)."""
        self.set_title(self._title)

    def _follow_palette(self) -> None:
        """Background, axes and legend in the palette's colours (again after a theme
        switch)."""
        self._text = self.palette().color(QPalette.ColorRole.Text)
        self.plot.setBackground(self.palette().color(QPalette.ColorRole.Base))
        for axis in ("left", "bottom", "right"):
            item = self.plot.getAxis(axis)
            item.setTextPen(self._text)
            item.setPen(self._text)
        if self.legend is not None:
            self.legend.setLabelTextColor(self._text)

    def clear(self) -> None:
        self.plot.clear()
        if self.legend is not None:
            self.legend.clear()
        self.caption.clear()

    def add_legend(self) -> pg.LegendItem:
        """The chart's legend, in a row under the plot: it never covers the data."""
        if self.legend is None:
            self.legend = LegendBelow(colCount=4, labelTextColor=self._text)
            self.plot.plotItem.layout.addItem(self.legend, 4, 1)
            self.plot.plotItem.legend = self.legend  # lines drawn with a name join it
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


def bucket_ticks(labels: Sequence[str]) -> list[list[tuple[float, str]]]:
    """Ticks at 0, 1, 2... named by ``labels`` (pyqtgraph's ``setTicks`` format)."""
    return [[(float(i), label) for i, label in enumerate(labels)]]
