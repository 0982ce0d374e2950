"""The Model Lab's charts area: the chart tabs and the bar above them.

The bar chooses the metric of the bars and the learning curve, whose recommendations the
catalogue map shows and how the map places the items (PCA, or t-SNE through
:class:`~desktop_recsys.ui.views.lab.map_projection.MapProjection`), and exports the chart
shown. The tabs hold the charts of :mod:`desktop_recsys.ui.charts`, made on first show (they
import pyqtgraph) and drawn lazily: a new result marks every chart stale and only the tab shown
is drawn; the others when opened.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.jobs.handle import JobHandle
from desktop_recsys.services.lab_service import LabResult
from desktop_recsys.ui.charts.palette import colour_for
from desktop_recsys.ui.models.evaluation_table_model import metric_title
from desktop_recsys.ui.ui_state import UiState
from desktop_recsys.ui.views.lab.map_projection import MapProjection

if TYPE_CHECKING:
    from desktop_recsys.ui.charts.base import LabChart
    from desktop_recsys.ui.charts.training_progress import ProgressChart

#: Charts drawn from a run's result (the progress chart is drawn live instead).
RESULT_CHARTS = ("bars", "curve", "popularity", "calibration", "map")


class LabChartsArea(QWidget):
    """The chart tabs of the last run (and the live training chart), with their options."""

    def __init__(self, runner: JobRunnerBase, state: UiState, parent: QWidget | None = None):
        super().__init__(parent)
        self._state = state
        self.result: LabResult | None = None
        self.charts: dict[str, LabChart] = {}
        self._colours: dict[str, Any] = {}
        self._stale: set[str] = set()
        #: Pages beside the charts that are not charts: (widget, tab name, tooltip).
        self._pages: list[tuple[QWidget, str, str]] = []

        self.metric_combo = QComboBox(self)
        self.metric_combo.setObjectName("labMetric")
        self.metric_combo.setAccessibleName(self.tr("Metric of the bars and the learning curve"))
        self.metric_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.metric_combo.currentIndexChanged.connect(
            lambda _i: self.draw_charts(("bars", "curve"))
        )
        self.map_algorithm_combo = QComboBox(self)
        self.map_algorithm_combo.setObjectName("labMapAlgorithm")
        self.map_algorithm_combo.setAccessibleName(self.tr("Whose recommendations the map shows"))
        self.map_algorithm_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.map_algorithm_combo.currentIndexChanged.connect(lambda _i: self.draw_charts(("map",)))
        self.map_method_combo = self._make_map_method_combo()
        self.projection = MapProjection(runner, self.map_method, self)
        self.projection.progressed.connect(self._show_map_status)
        self.projection.projected.connect(lambda: self.draw_charts(("map",)))
        self.projection.abandoned.connect(self._back_to_pca)

        self.export_chart_button = QToolButton(self)
        self.export_chart_button.setObjectName("labExportChart")
        self.export_chart_button.setText(self.tr("Export c&hart"))
        self.export_chart_button.setAccessibleName(self.tr("Export the chart shown"))
        self.export_chart_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        chart_menu = QMenu(self.export_chart_button)
        chart_menu.addAction(self.tr("As PNG image…"), lambda: self.export_current_chart("png"))
        chart_menu.addAction(self.tr("As SVG drawing…"), lambda: self.export_current_chart("svg"))
        self.export_chart_button.setMenu(chart_menu)
        chart_bar = QHBoxLayout()
        chart_bar.setContentsMargins(8, 0, 8, 0)
        chart_bar.addWidget(self._buddy(self.tr("&Metric:"), self.metric_combo))
        chart_bar.addWidget(self.metric_combo)
        chart_bar.addSpacing(12)
        chart_bar.addWidget(self._buddy(self.tr("&Map shows:"), self.map_algorithm_combo))
        chart_bar.addWidget(self.map_algorithm_combo)
        chart_bar.addSpacing(12)
        chart_bar.addWidget(self._buddy(self.tr("Pro&jection:"), self.map_method_combo))
        chart_bar.addWidget(self.map_method_combo)
        chart_bar.addStretch(1)
        chart_bar.addWidget(self.export_chart_button)
        self.chart_tabs = QTabWidget(self)
        self.chart_tabs.setObjectName("labCharts")
        self.chart_tabs.setDocumentMode(True)
        # Every tab stays in sight at 1024 px: titles elide (the tooltip names them whole)
        # rather than hiding behind scroll arrows.
        self.chart_tabs.setUsesScrollButtons(False)
        self.chart_tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.chart_tabs.currentChanged.connect(self._draw_current)
        self.chart_tabs.currentChanged.connect(self._enable_chart_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(chart_bar)
        layout.addWidget(self.chart_tabs, 1)

    def _make_map_method_combo(self) -> QComboBox:
        # PCA comes with every run; t-SNE is a job of its own, started when the map is shown
        # in t-SNE and kept for the run (see MapProjection).
        combo = QComboBox(self)
        combo.setObjectName("labMapMethod")
        combo.setAccessibleName(self.tr("How the map places the items"))
        combo.addItem("PCA", "pca")
        combo.setItemData(
            0,
            self.tr("Principal components: quick, keeps the broad layout"),
            Qt.ItemDataRole.ToolTipRole,
        )
        combo.addItem("t-SNE", "tsne")
        combo.setItemData(
            1,
            self.tr(
                "Keeps neighbours together, so clusters show; takes a while (a background job)"
            ),
            Qt.ItemDataRole.ToolTipRole,
        )
        combo.setCurrentIndex(max(0, combo.findData(self._state.value("lab/map_method"))))
        combo.currentIndexChanged.connect(self._on_map_method_changed)
        return combo

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    # -- the charts ----------------------------------------------------------------------------
    @property
    def charts_ready(self) -> bool:
        return bool(self.charts)

    def show_placeholder(self) -> None:
        """A tab that says the charts are on their way (until :meth:`ensure_charts`)."""
        self.chart_tabs.addTab(QLabel(self.tr("Preparing the charts…"), self), "…")

    def ensure_charts(self) -> None:
        """Make the charts (once) in place of the placeholder, and draw the one shown."""
        if self.charts:
            return
        # Deferred: pyqtgraph imports numpy, which the window must not wait for at start-up
        # (normally already imported by the view's loader thread by the time this runs).
        from desktop_recsys.ui.charts.calibration import CalibrationChart
        from desktop_recsys.ui.charts.catalogue_map import CatalogueMapChart
        from desktop_recsys.ui.charts.learning_curve import LearningCurveChart
        from desktop_recsys.ui.charts.metric_bars import MetricBarsChart
        from desktop_recsys.ui.charts.popularity_bias import PopularityBiasChart
        from desktop_recsys.ui.charts.training_progress import ProgressChart

        self.chart_tabs.blockSignals(True)
        self.chart_tabs.clear()  # the "Preparing" placeholder
        self.chart_tabs.blockSignals(False)

        self.charts = {
            "bars": MetricBarsChart(self.chart_tabs),
            "curve": LearningCurveChart(self.chart_tabs),
            "popularity": PopularityBiasChart(self.chart_tabs),
            "calibration": CalibrationChart(self.chart_tabs),
            "map": CatalogueMapChart(self.chart_tabs),
            "progress": ProgressChart(self.chart_tabs),
        }
        titles = {
            "bars": self.tr("Metrics"),
            "curve": self.tr("Learning curve"),
            "popularity": self.tr("Popularity bias"),
            "calibration": self.tr("Genre calibration"),
            "map": self.tr("Catalogue map"),
            "progress": self.tr("Training progress"),
        }
        # Short tab names, so all six fit beside the settings at 1024 px in either language;
        # the tooltip and each chart's own title say it in full.
        short = {
            "bars": self.tr("Metrics"),
            "curve": self.tr("Learning"),
            "popularity": self.tr("Popularity"),
            "calibration": self.tr("Genres"),
            "map": self.tr("Map"),
            "progress": self.tr("Training"),
        }
        for key, chart in self.charts.items():
            index = self.chart_tabs.addTab(chart, short[key])
            self.chart_tabs.setTabToolTip(index, titles[key])
        for page in self._pages:
            self._add_page(*page)
        self.draw_charts()

    def add_page(self, widget: QWidget, name: str, tooltip: str) -> None:
        """A page after the charts that is not a chart (the blind test): the chart bar's
        choices do not apply to it. Shown once the charts are made."""
        self._pages.append((widget, name, tooltip))
        widget.hide()
        if self.charts:
            self._add_page(widget, name, tooltip)

    def _enable_chart_bar(self, _index: int) -> None:
        """The bar's choices apply to the charts, not to a page such as the blind test."""
        on = not any(self.chart_tabs.currentWidget() is page for page, _n, _t in self._pages)
        for widget in (
            self.metric_combo,
            self.map_algorithm_combo,
            self.map_method_combo,
            self.export_chart_button,
        ):
            widget.setEnabled(on)

    def _add_page(self, widget: QWidget, name: str, tooltip: str) -> None:
        index = self.chart_tabs.addTab(widget, name)
        self.chart_tabs.setTabToolTip(index, tooltip)

    def progress_chart(self) -> ProgressChart | None:
        """The live chart of the running job (None until the charts are made)."""
        return self.charts.get("progress")  # type: ignore[return-value]

    def export_chart(self, name: str, path: Path) -> Path:
        """Write one chart (a key of :attr:`charts`) as PNG or SVG by ``path``'s suffix."""
        self.ensure_charts()
        if name in self._stale:
            current = self.chart_tabs.currentIndex()
            self.chart_tabs.setCurrentWidget(self.charts[name])  # draws it
            self.chart_tabs.setCurrentIndex(current)
        return self.charts[name].export(Path(path))

    def export_current_chart(self, fmt: str) -> None:
        """Ask where to write the chart shown as ``fmt`` (png or svg), then write it."""
        chart = self.chart_tabs.currentWidget()
        if chart is not None and hasattr(chart, "choose_export"):
            chart.choose_export(fmt)

    # -- a run's result ------------------------------------------------------------------------
    def show_result(self, result: LabResult | None) -> None:
        """Draw a run's result (its metrics in the metric box, its algorithms in the map's);
        None forgets the run (the charts keep what they show until the next one)."""
        self.result = result
        if result is None:
            return
        self._colours = {row.label: colour_for(n) for n, row in enumerate(result.rows)}
        self.metric_combo.blockSignals(True)
        self.metric_combo.clear()
        for metric in result.metrics:
            self.metric_combo.addItem(metric_title(metric), metric)
        self.metric_combo.setCurrentIndex(max(0, self.metric_combo.findData(result.primary_metric)))
        self.metric_combo.blockSignals(False)
        self.map_algorithm_combo.blockSignals(True)
        self.map_algorithm_combo.clear()
        labels = [r.label for r in result.rows if not r.error]
        for label in labels:
            self.map_algorithm_combo.addItem(label, label)
        pair = result.best_two()
        if pair is not None:
            self.map_algorithm_combo.setCurrentIndex(
                self.map_algorithm_combo.findData(pair[0].label)
            )
        self.map_algorithm_combo.blockSignals(False)
        self.draw_charts()

    def draw_charts(self, keys: tuple[str, ...] = RESULT_CHARTS) -> None:
        """Mark ``keys`` for redrawing and draw the one shown. pyqtgraph takes tens of
        milliseconds per chart, so the hidden ones wait until their tab is opened."""
        self._stale.update(keys)
        self._draw_current()

    def _draw_current(self, *_args: object) -> None:
        if self.result is None or not self.charts:
            return
        key = next((k for k, c in self.charts.items() if c is self.chart_tabs.currentWidget()), "")
        if key not in self._stale:
            return
        self._stale.discard(key)
        if key == "bars":
            self._draw_bars()
        elif key == "curve":
            self._draw_curve()
        elif key == "popularity":
            self.charts["popularity"].set_data(self.result.bias, self._colours)
        elif key == "calibration":
            self.charts["calibration"].set_data(self.result.calibration, self._colours)
        elif key == "map":
            self._draw_map()

    def _metric(self) -> str:
        assert self.result is not None
        return str(self.metric_combo.currentData() or self.result.primary_metric)

    def _draw_curve(self) -> None:
        assert self.result is not None
        metric = self._metric()
        self.charts["curve"].set_data(
            self.result.curves.get(metric, []), metric_title(metric), self._colours
        )

    def _draw_bars(self) -> None:
        result = self.result
        assert result is not None
        metric = self._metric()
        rows = [r for r in result.rows if not r.error]
        values: list[tuple[float, float, float] | None] = []
        for row in rows:
            iv = row.metrics.get(metric)
            if iv is None or not iv.known:
                values.append(None)
            elif math.isfinite(iv.low) and math.isfinite(iv.high):
                values.append((iv.mean, iv.low, iv.high))
            else:  # one profile on one split: no interval, so no whiskers
                values.append((iv.mean, iv.mean, iv.mean))
        self.charts["bars"].set_data(
            [r.label for r in rows],
            values,
            metric_title(metric),
            [self._colours[r.label] for r in rows],
        )

    def _draw_map(self) -> None:
        assert self.result is not None
        label = self.map_algorithm_combo.currentData()
        colour = self._colours.get(label)
        if colour is None:
            colour = colour_for(0)
        shown = self.projection.map_for(self.result.map, self.map_method())
        self.charts["map"].set_data(shown, label, colour)
        self.charts["map"].set_status(self.projection.status)

    # -- the catalogue map's projection ----------------------------------------------------------
    @property
    def map_job(self) -> JobHandle | None:
        """The running t-SNE job of the catalogue map, if any."""
        return self.projection.job

    def map_method(self) -> str:
        return str(self.map_method_combo.currentData())

    def set_map_method(self, method: str) -> None:
        """Show the map by ``method`` (``"pca"`` or ``"tsne"``), as the Projection box does."""
        index = self.map_method_combo.findData(method)
        if index >= 0:
            self.map_method_combo.setCurrentIndex(index)

    def _on_map_method_changed(self, _index: int) -> None:
        self._state.set_value("lab/map_method", self.map_method())
        if self.map_method() == "pca" and self.projection.job is not None:
            # Back to PCA: the person no longer waits for t-SNE; free the processor.
            self.projection.cancel()
        self.draw_charts(("map",))

    def _map_is_shown(self) -> bool:
        chart = self.charts.get("map")
        return chart is not None and self.chart_tabs.currentWidget() is chart

    def _show_map_status(self) -> None:
        if self._map_is_shown():
            self.charts["map"].set_status(self.projection.status)

    def _back_to_pca(self) -> None:
        """Show the PCA map (keeping the status line), without starting t-SNE again."""
        status = self.projection.status
        self.map_method_combo.blockSignals(True)
        self.set_map_method("pca")
        self.map_method_combo.blockSignals(False)
        self.draw_charts(("map",))
        self.projection.status = status
        if self._map_is_shown():
            self.charts["map"].set_status(status)
