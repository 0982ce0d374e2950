"""The Model Lab's results: the last run's summary line, its comparison table and the paired
comparison of the best two in words; the table's export as CSV, HTML or JSON (a job).

The table is an :class:`~desktop_recsys.ui.models.evaluation_table_model.EvaluationTableModel`,
sortable, sorted by the run's primary metric (best first) when a run is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.config.cjk_spacing import format_spaced
from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.jobs.handle import JobHandle
from desktop_recsys.services.lab_service import BaseCheck, LabComparison, LabResult
from desktop_recsys.ui.deferred import job_definitions
from desktop_recsys.ui.i18n import html_language, report_words, translate_message
from desktop_recsys.ui.models.evaluation_table_model import EvaluationTableModel, metric_title


class LabResultsPanel(QWidget):
    """The summary, the comparison table with its export menu, and the comparison in words."""

    #: A line for the status bar (an export was written).
    status_message = Signal(str)
    #: Something to say beside the Lab's progress too (an export asked for without a run).
    said = Signal(str)

    def __init__(self, runner: JobRunnerBase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.result: LabResult | None = None

        # What the empty table says is painted inside it (see _ResultsTable); the line above
        # it stays empty until a run has something to summarise.
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("labSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.export_table_button = QToolButton(self)
        self.export_table_button.setObjectName("labExportTable")
        self.export_table_button.setText(self.tr("E&xport table"))
        self.export_table_button.setAccessibleName(self.tr("Export the results table"))
        self.export_table_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        table_menu = QMenu(self.export_table_button)
        table_menu.addAction(self.tr("As CSV…"), lambda: self.choose_table_export("csv"))
        table_menu.addAction(self.tr("As HTML page…"), lambda: self.choose_table_export("html"))
        table_menu.addAction(self.tr("As JSON…"), lambda: self.choose_table_export("json"))
        self.export_table_button.setMenu(table_menu)
        head = QHBoxLayout()
        head.setContentsMargins(8, 6, 8, 0)
        head.addWidget(self.summary_label, 1)
        head.addWidget(self.export_table_button)

        self.model = EvaluationTableModel(self)
        self.table = self._make_table()

        self.comparison_label = QLabel(self)
        self.comparison_label.setObjectName("labComparison")
        self.comparison_label.setWordWrap(True)
        self.comparison_label.setTextFormat(Qt.TextFormat.PlainText)
        self.comparison_label.setContentsMargins(8, 0, 8, 4)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.comparison_label)

    def _make_table(self) -> QTableView:
        table = _ResultsTable(self)
        table.empty_text = self.tr(
            "No evaluation yet: tick the algorithms to compare and press Run evaluation."
        )
        table.setObjectName("labTable")
        table.setAccessibleName(self.tr("Evaluation results"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.setSortingEnabled(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table.horizontalHeader().setHighlightSections(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setSortIndicatorShown(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        return table

    # -- a run's result ----------------------------------------------------------------------
    def show_result(self, result: LabResult, protocol: str) -> None:
        """Fill the summary (``protocol``: the run's protocol in words, "" for the result's
        own), the table and the comparison with a run's result."""
        self.result = result
        self.model.set_result(result)
        d = result.dataset
        self.summary_label.setText(
            self.tr(
                "{0}. {1:,} profiles and {2:,} items; {3:,} interactions to learn from, {4:,} "
                "held out; {5:,} profiles tested."
            ).format(
                protocol or result.protocol,
                d.get("users", 0),
                d.get("items", 0),
                d.get("train_interactions", 0),
                d.get("test_interactions", 0),
                d.get("tested_users", 0),
            )
        )
        notes = [translate_message(note) for note in result.notes]
        self.summary_label.setToolTip("\n".join([result.protocol, *notes]))
        self.comparison_label.setText(self._comparison_text(result))
        self._size_columns()
        self._fit_rows()
        primary = self.model.column_of(result.primary_metric)
        if primary is not None:
            self.table.sortByColumn(primary, Qt.SortOrder.DescendingOrder)

    def _fit_rows(self, most: int = 5) -> None:
        """Give the results room for every algorithm's row (up to ``most``) by moving the
        splitter above the charts: at 1024x700 the table showed three of four algorithms, the
        fourth behind a scroll bar. Nothing is forced: on a window too small for both the rows
        and the charts (the charts keep 260 px), the table scrolls as before."""
        splitter = self.parentWidget()
        if not isinstance(splitter, QSplitter) or self.width() < 300:
            return
        table = self.table
        rows = min(self.model.rowCount(), most)
        width = self.width() - 16  # the labels' margins
        needed = (
            self.summary_label.heightForWidth(width)
            + table.horizontalHeader().sizeHint().height()
            + rows * table.verticalHeader().defaultSectionSize()
            + table.horizontalScrollBar().sizeHint().height()
            + 2 * table.frameWidth()
            + self.comparison_label.heightForWidth(width)
            + 24  # the layout's spacing and margins
        )
        sizes = splitter.sizes()
        if len(sizes) != 2 or sizes[0] >= needed:
            return
        total = sum(sizes)
        top = min(needed, total - 260)
        if top > sizes[0]:
            splitter.setSizes([top, total - top])

    def clear(self) -> None:
        """No run to show (another library)."""
        self.result = None
        self.model.clear()
        self.comparison_label.clear()
        self.summary_label.clear()

    def _comparison_text(self, result: LabResult) -> str:
        checks = [self.describe_base_check(c) for c in result.base_checks]
        comparison = result.headline_comparison()
        if comparison is None:
            if len([r for r in result.rows if not r.error]) < 2:
                return " ".join([*checks, self.tr("Run two or more algorithms to compare them.")])
            return " ".join(checks)
        return " ".join([self.describe_comparison(comparison), *checks])

    def describe_base_check(self, check: BaseCheck) -> str:
        """A re-ranker against the base model whose candidates it re-ranks, in words."""
        metric = metric_title(check.metric)
        if check.beats_base:
            return self.tr(
                "{0} beats {1}, whose candidates it re-ranks, on {2}: {3:.3f} against {4:.3f}."
            ).format(check.label, check.base, metric, check.score, check.base_score)
        return self.tr(
            "{0} does not beat {1}, whose candidates it re-ranks, on {2}: {3:.3f} against "
            "{4:.3f} (95 % interval of the difference {5:+.3f} to {6:+.3f}); {1} alone does "
            "as well or better, and is simpler."
        ).format(check.label, check.base, metric, check.score, check.base_score, check.low,
                 check.high)  # fmt: skip

    def describe_comparison(self, comparison: LabComparison) -> str:
        """A paired comparison of two algorithms in words: who is ahead, by how much, how
        sure (the interval of the difference and the share of resamples won)."""
        metric = metric_title(comparison.metric)
        a_ahead = comparison.mean_diff > 0
        if not comparison.higher_is_better:
            a_ahead = comparison.mean_diff < 0
        if a_ahead:
            leader, other, wins = comparison.a, comparison.b, comparison.a_wins
            low, high = comparison.low, comparison.high
        else:
            leader, other, wins = comparison.b, comparison.a, 1.0 - comparison.a_wins
            low, high = -comparison.high, -comparison.low
        if not comparison.higher_is_better:
            low, high = -high, -low  # "better by" is a lower value here
        if not comparison.has_interval:
            return self.tr(
                "A vs B on {0}: {1} beats {2} by {3:.3f} on this one split. One profile on one "
                "split gives no interval: the holdout or k-fold protocol shows how sure it is."
            ).format(metric, leader, other, abs(comparison.mean_diff))
        verdict = (
            self.tr("The interval leaves out zero: a clear difference.")
            if comparison.clear
            else self.tr("The interval includes zero: this could be chance.")
        )
        if comparison.splits > 1 and comparison.profiles == 1:
            return self.tr(
                "A vs B on {0}: {1} beats {2} by {3:.3f} on average (95 % interval {4:.3f} to "
                "{5:.3f}) and comes out ahead in {6:.0%} of the resamples of {7:,} splits of "
                "this profile's data. {8}"
            ).format(metric, leader, other, abs(comparison.mean_diff), low, high, wins,
                     comparison.users, verdict)  # fmt: skip
        return self.tr(
            "A vs B on {0}: {1} beats {2} by {3:.3f} on average (95 % interval {4:.3f} to "
            "{5:.3f}) and comes out ahead in {6:.0%} of the resamples of {7:,} profiles. {8}"
        ).format(metric, leader, other, abs(comparison.mean_diff), low, high, wins,
                 comparison.users, verdict)  # fmt: skip

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.fontMetrics()
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = metrics.horizontalAdvance(title) + 28
            for row in range(self.model.rowCount()):
                text = str(self.model.data(self.model.index(row, column)) or "")
                widest = max(widest, metrics.horizontalAdvance(text) + 16)
            header.resizeSection(column, min(widest, 260))

    # -- export ------------------------------------------------------------------------------
    def choose_table_export(self, fmt: str) -> None:
        """Ask where to write the table as ``fmt`` (csv, html or json), then export it."""
        if self.result is None:
            self.said.emit(self.tr("Run an evaluation first."))
            return
        filters = {
            "csv": self.tr("CSV (*.csv)"),
            "html": self.tr("HTML page (*.html)"),
            "json": self.tr("JSON (*.json)"),
        }
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the results"),
            str(Path.home() / f"model-lab-{self.result.kind}.{fmt}"),
            filters[fmt],
        )
        if path:
            self.export_table(Path(path), fmt)

    def export_table(self, path: Path, fmt: str | None = None) -> JobHandle | None:
        """Write the last run's report to ``path`` (a job); its handle, None without a run."""
        if self.result is None:
            return None
        if self.result.report is None:
            self.said.emit(self.tr("This evaluation was kept from an earlier session without "
                                   "its report: run it again to export it."))  # fmt: skip
            return None
        return self._runner.submit_job(
            job_definitions().ExportLabReportJob(
                self.result, Path(path), fmt, words=report_words(), lang=html_language()
            ),
            on_finished=self._on_exported,
        )

    def _on_exported(self, written: object) -> None:
        self.status_message.emit(format_spaced(self.tr("Exported the results to {0}"), written))


class _ResultsTable(QTableView):
    """The results table; while it has no rows it says so in its middle, in words (an empty
    grid under an empty header said nothing)."""

    empty_text = ""

    def showing_empty_text(self) -> str:
        """The words painted in the table now ("" when it has rows)."""
        model = self.model()
        return self.empty_text if model is None or model.rowCount() == 0 else ""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        text = self.showing_empty_text()
        if not text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(16, 8, -16, -8)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
        painter.end()
