"""Model Lab: measure the recommenders on the library's own data, as a table and as charts.

On the left, what to run: algorithms (a checkable list of every registered one), the items,
the protocol (random holdout, the last items by time, or k-fold), whose metrics count (every
profile, or one), the cutoffs K, and a tuning budget. "Run evaluation" submits a
:class:`~desktop_recsys.jobs.definitions.LabEvaluateJob` and "Tune" one
:class:`~desktop_recsys.jobs.definitions.TuneJob` per checked algorithm, both on the write
lane (they fit models) with progress and cancel here and in the Jobs panel.

On the right, the last run: the comparison table (:class:`EvaluationTableModel`, sortable,
exported as CSV, HTML or JSON by a job), the paired comparison of the best two in words, and
the charts (metric bars with interval whiskers, learning curve, popularity bias, genre
calibration, catalogue map, and, live while a job trains, each algorithm's training loss per
epoch, or the job's progress for algorithms without a loss), each exported to PNG or SVG from
its right-click menu or the "Export chart" button.

Nothing heavy runs here: the algorithm list, the evaluation and the exports are jobs, and
pyqtgraph (which imports numpy) is imported when the Lab is first shown.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.jobs.base import JobLane, JobRunnerBase
from desktop_recsys.services import lab_service
from desktop_recsys.services.lab_service import LabAlgorithm, LabComparison, LabResult
from desktop_recsys.services.library_service import LibraryReader
from desktop_recsys.services.profile_service import ProfileService
from desktop_recsys.ui.deferred import job_definitions
from desktop_recsys.ui.i18n import error_text, translate_message
from desktop_recsys.ui.job_titles import info_title
from desktop_recsys.ui.models.evaluation_table_model import (
    EvaluationTableModel,
    IntervalRole,
    metric_title,
)
from desktop_recsys.ui.ui_state import UiState

if TYPE_CHECKING:
    from desktop_recsys.ui.widgets import lab_charts

_PROGRESS_STEPS = 1000
#: Charts drawn from a run's result (the progress chart is drawn live instead).
_RESULT_CHARTS = ("bars", "curve", "popularity", "calibration", "map")
#: Cutoffs K accepted in the "Cutoffs" box.
_MAX_CUTOFF = 500


def _import_heavy() -> None:
    """Import what the Lab needs once it is shown (run on a thread, see ``_prepare``)."""
    import desktop_recsys.ui.widgets.lab_charts  # noqa: F401
    from desktop_recsys.ui.deferred import job_definitions as definitions

    definitions()


def parse_cutoffs(text: str) -> list[int] | None:
    """``"10, 20"`` -> ``[10, 20]`` (sorted, unique); None if anything is not a whole number
    from 1 to 500."""
    parts = [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p]
    if not parts:
        return None
    try:
        values = sorted({int(p) for p in parts})
    except ValueError:
        return None
    if values[0] < 1 or values[-1] > _MAX_CUTOFF:
        return None
    return values


class ModelLabView(QWidget):
    """The Model Lab screen; see the module docstring."""

    status_message = Signal(str)
    #: A run's result is shown (the table and charts are filled).
    result_shown = Signal()

    def __init__(
        self,
        reader: LibraryReader,
        runner: JobRunnerBase,
        state: UiState,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("modelLabView")
        self._reader = reader
        self._runner = runner
        self._state = state
        self._profile: int | None = None
        self._algorithms_job: int | None = None
        self._evaluate_job: int | None = None
        self._tune_jobs: list[int] = []
        self._tune_total = 0
        self._export_job: int | None = None
        self._job_started: dict[int, float] = {}
        self._profiles_dirty = True
        self._loader: threading.Thread | None = None
        self._loader_timer: QTimer | None = None
        self._stale: set[str] = set()
        self._run_protocol = ""
        self.result: LabResult | None = None
        self.charts: dict[str, lab_charts.LabChart] = {}
        self._colours: dict[str, Any] = {}

        # -- what to run -----------------------------------------------------------------
        self.algorithm_list = QListWidget(self)
        self.algorithm_list.setObjectName("labAlgorithms")
        self.algorithm_list.setAccessibleName(self.tr("Algorithms to compare"))
        self.algorithm_list.setToolTip(self.tr("Tick the algorithms to compare (Space ticks)"))
        self.algorithm_list.addItem(self.tr("Loading…"))
        self.algorithm_list.setEnabled(False)
        self.algorithm_list.itemChanged.connect(lambda _item: self._update_enabled())

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("labKind")
        self.kind_combo.setAccessibleName(self.tr("Which items to evaluate on"))
        for kind, label in (
            ("film", self.tr("Films")),
            ("track", self.tr("Music")),
            ("artist", self.tr("Artists")),
        ):
            self.kind_combo.addItem(label, kind)

        self.protocol_combo = QComboBox(self)
        self.protocol_combo.setObjectName("labProtocol")
        self.protocol_combo.setAccessibleName(self.tr("Evaluation protocol"))
        self.protocol_combo.addItem(self.tr("Random holdout"), "holdout")
        self.protocol_combo.addItem(self.tr("Last items by time"), "last-n")
        self.protocol_combo.addItem(self.tr("k-fold cross-validation"), "kfold")
        self.protocol_combo.setItemData(
            0,
            self.tr("Hold out 20 % of each profile's items at random"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.protocol_combo.setItemData(
            1,
            self.tr("Hold out each profile's most recent items: would it have predicted them?"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.protocol_combo.setItemData(
            2, self.tr("Every item is held out once, in k rounds"), Qt.ItemDataRole.ToolTipRole
        )
        self.folds_spin = QSpinBox(self)
        self.folds_spin.setObjectName("labFolds")
        self.folds_spin.setRange(2, 10)
        self.folds_spin.setValue(5)
        self.folds_spin.setAccessibleName(self.tr("Number of folds k"))
        self.last_n_spin = QSpinBox(self)
        self.last_n_spin.setObjectName("labLastN")
        self.last_n_spin.setRange(0, 100)
        self.last_n_spin.setSpecialValueText(self.tr("20 %"))
        self.last_n_spin.setAccessibleName(self.tr("How many recent items to hold out"))
        self.last_n_spin.setToolTip(self.tr("How many of the latest items to hold out per profile"))

        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("labProfiles")
        self.profile_combo.setAccessibleName(self.tr("Whose results count"))
        self.profile_combo.addItem(self.tr("All profiles"), None)

        self.cutoffs_edit = QLineEdit("10", self)
        self.cutoffs_edit.setObjectName("labCutoffs")
        self.cutoffs_edit.setAccessibleName(self.tr("Cutoffs K"))
        self.cutoffs_edit.setToolTip(
            self.tr("List lengths to measure, such as 10 or 10, 20 (NDCG@10, Recall@20…)")
        )
        self.cutoffs_edit.textChanged.connect(lambda _t: self._update_enabled())

        self.use_tuned = QCheckBox(self.tr("Use &tuned settings"), self)
        self.use_tuned.setObjectName("labUseTuned")
        self.use_tuned.setToolTip(
            self.tr("Evaluate each algorithm with the settings its last tuning chose")
        )
        self.budget_spin = QSpinBox(self)
        self.budget_spin.setObjectName("labBudget")
        self.budget_spin.setRange(5, 3600)
        self.budget_spin.setValue(60)
        self.budget_spin.setSuffix(self.tr(" s"))
        self.budget_spin.setAccessibleName(self.tr("Tuning time per algorithm"))

        self.run_button = QPushButton(self.tr("&Run evaluation"), self)
        self.run_button.setObjectName("labRun")
        self.run_button.setDefault(True)
        self.run_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.run_button.setToolTip(self.tr("Measure the ticked algorithms (Ctrl+Enter)"))
        self.tune_button = QPushButton(self.tr("T&une"), self)
        self.tune_button.setObjectName("labTune")
        self.tune_button.setToolTip(
            self.tr("Search better settings for each ticked algorithm within the time budget")
        )
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.cancel_button.setObjectName("labCancel")
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("labProgress")
        self.progress.setRange(0, _PROGRESS_STEPS)
        self.progress.setAccessibleName(self.tr("Progress of the Lab's job"))
        self.progress.setTextVisible(False)
        self.progress.hide()  # shown while a Lab job runs
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("labProgressLabel")
        self.progress_label.setWordWrap(True)
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.tuning_label = QLabel(self)
        self.tuning_label.setObjectName("labTuning")
        self.tuning_label.setWordWrap(True)
        self.tuning_label.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._buddy(self.tr("&Items:"), self.kind_combo), self.kind_combo)
        form.addRow(self._buddy(self.tr("&Protocol:"), self.protocol_combo), self.protocol_combo)
        self.folds_label = self._buddy(self.tr("&Folds k:"), self.folds_spin)
        form.addRow(self.folds_label, self.folds_spin)
        self.last_n_label = self._buddy(self.tr("&Hold out:"), self.last_n_spin)
        form.addRow(self.last_n_label, self.last_n_spin)
        form.addRow(self._buddy(self.tr("P&rofiles:"), self.profile_combo), self.profile_combo)
        form.addRow(self._buddy(self.tr("Cutoffs &K:"), self.cutoffs_edit), self.cutoffs_edit)
        form.addRow(self.use_tuned)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button, 1)
        buttons.addWidget(self.cancel_button)
        tune_row = QHBoxLayout()
        tune_row.addWidget(self.tune_button, 1)
        tune_row.addWidget(self.budget_spin)

        side = QWidget(self)
        side.setObjectName("labSettings")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 6, 8, 6)
        algorithms_label = self._buddy(self.tr("&Algorithms:"), self.algorithm_list)
        side_layout.addWidget(algorithms_label)
        side_layout.addWidget(self.algorithm_list, 1)
        side_layout.addLayout(form)
        side_layout.addLayout(buttons)
        side_layout.addLayout(tune_row)
        side_layout.addWidget(self.progress)
        side_layout.addWidget(self.progress_label)
        side_layout.addWidget(self.tuning_label)
        side_layout.addStretch(0)
        scroll = QScrollArea(self)
        scroll.setObjectName("labSettingsScroll")
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.fontMetrics().averageCharWidth() * 34)
        scroll.setMaximumWidth(self.fontMetrics().averageCharWidth() * 46)

        # -- results ---------------------------------------------------------------------
        self.summary_label = QLabel(self.tr("Tick some algorithms and run an evaluation."), self)
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
        self.table = QTableView(self)
        self.table.setObjectName("labTable")
        self.table.setAccessibleName(self.tr("Evaluation results"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

        self.comparison_label = QLabel(self)
        self.comparison_label.setObjectName("labComparison")
        self.comparison_label.setWordWrap(True)
        self.comparison_label.setTextFormat(Qt.TextFormat.PlainText)
        self.comparison_label.setContentsMargins(8, 0, 8, 4)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(4)
        top_layout.addLayout(head)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.comparison_label)

        self.metric_combo = QComboBox(self)
        self.metric_combo.setObjectName("labMetric")
        self.metric_combo.setAccessibleName(self.tr("Metric of the bars and the learning curve"))
        self.metric_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.metric_combo.currentIndexChanged.connect(
            lambda _i: self._draw_charts(("bars", "curve"))
        )
        self.map_algorithm_combo = QComboBox(self)
        self.map_algorithm_combo.setObjectName("labMapAlgorithm")
        self.map_algorithm_combo.setAccessibleName(self.tr("Whose recommendations the map shows"))
        self.map_algorithm_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.map_algorithm_combo.currentIndexChanged.connect(lambda _i: self._draw_charts(("map",)))
        # PCA comes with every run; t-SNE is a job of its own, started when the map is shown
        # in t-SNE and kept for the run (see _map_to_draw).
        self.map_method_combo = QComboBox(self)
        self.map_method_combo.setObjectName("labMapMethod")
        self.map_method_combo.setAccessibleName(self.tr("How the map places the items"))
        self.map_method_combo.addItem("PCA", "pca")
        self.map_method_combo.setItemData(
            0,
            self.tr("Principal components: quick, keeps the broad layout"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.map_method_combo.addItem("t-SNE", "tsne")
        self.map_method_combo.setItemData(
            1,
            self.tr(
                "Keeps neighbours together, so clusters show; takes a while (a background job)"
            ),
            Qt.ItemDataRole.ToolTipRole,
        )
        chosen = self.map_method_combo.findData(state.value("lab/map_method"))
        self.map_method_combo.setCurrentIndex(max(0, chosen))
        self.map_method_combo.currentIndexChanged.connect(self._on_map_method_changed)
        self._map_job: int | None = None
        self._map_job_for: object = None  # the map the running t-SNE job projects
        self._map_status = ""
        self._projected: dict[str, Any] = {}  # method -> CatalogueMap, for _projected_for
        self._projected_for: object = None
        runner.progress.connect(self._on_map_progress)
        runner.finished.connect(self._on_map_finished)
        runner.failed.connect(self._on_map_failed)
        runner.cancelled.connect(self._on_map_cancelled)
        self.export_chart_button = QToolButton(self)
        self.export_chart_button.setObjectName("labExportChart")
        self.export_chart_button.setText(self.tr("Export c&hart"))
        self.export_chart_button.setAccessibleName(self.tr("Export the chart shown"))
        self.export_chart_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        chart_menu = QMenu(self.export_chart_button)
        chart_menu.addAction(self.tr("As PNG image…"), lambda: self._export_current_chart("png"))
        chart_menu.addAction(self.tr("As SVG drawing…"), lambda: self._export_current_chart("svg"))
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
        self.chart_tabs.currentChanged.connect(self._draw_current)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.setSpacing(2)
        bottom_layout.addLayout(chart_bar)
        bottom_layout.addWidget(self.chart_tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("labSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([220, 460])
        self.splitter.setChildrenCollapsible(False)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(scroll)
        layout.addWidget(self.splitter, 1)

        self._restore_choices()
        self.protocol_combo.currentIndexChanged.connect(lambda _i: self._update_protocol())
        self.profile_combo.currentIndexChanged.connect(lambda _i: self._update_enabled())
        self.run_button.clicked.connect(self.run_evaluation)
        self.tune_button.clicked.connect(self.tune)
        self.cancel_button.clicked.connect(self.cancel)
        runner.started.connect(self._on_started)
        runner.progress.connect(self._on_progress)
        runner.finished.connect(self._on_finished)
        runner.failed.connect(self._on_failed)
        runner.cancelled.connect(self._on_cancelled)
        self._update_protocol()
        self._update_enabled()

    # -- public API ------------------------------------------------------------------------
    @property
    def evaluate_job(self) -> int | None:
        return self._evaluate_job

    @property
    def tune_jobs(self) -> list[int]:
        return list(self._tune_jobs)

    @property
    def algorithms_job(self) -> int | None:
        return self._algorithms_job

    def is_busy(self) -> bool:
        return self._evaluate_job is not None or bool(self._tune_jobs)

    def set_reader(self, reader: LibraryReader) -> None:
        """Another library: its profiles; the old results no longer apply."""
        self._reader = reader
        self._profile = None
        self._profiles_dirty = True
        self.result = None
        self.model.clear()
        self.comparison_label.clear()
        self.summary_label.setText(self.tr("Tick some algorithms and run an evaluation."))
        if self.isVisible():
            self._load_profiles()

    def set_profile(self, profile_id: int | None) -> None:
        """The current profile (whose items the map and calibration show for "All profiles")."""
        self._profile = profile_id

    def mark_dirty(self) -> None:
        """Profiles may have changed; re-read them when the Lab is next shown."""
        self._profiles_dirty = True
        if self.isVisible():
            self._load_profiles()

    def checked_algorithms(self) -> list[str]:
        names = []
        for row in range(self.algorithm_list.count()):
            item = self.algorithm_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) and item.checkState() == Qt.CheckState.Checked:
                names.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return names

    def set_checked_algorithms(self, names: list[str]) -> None:
        """Tick exactly ``names`` (others unticked)."""
        wanted = set(names)
        for row in range(self.algorithm_list.count()):
            item = self.algorithm_list.item(row)
            name = item.data(Qt.ItemDataRole.UserRole)
            if name:
                checked = name in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def algorithm_item(self, name: str) -> QListWidgetItem | None:
        for row in range(self.algorithm_list.count()):
            item = self.algorithm_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                return item
        return None

    def load_algorithms(self) -> int | None:
        """Ask for the algorithm list (a job: the registry imports the engine); once."""
        if self._algorithms_job is not None or self.algorithm_list.isEnabled():
            return self._algorithms_job
        self._algorithms_job = self._runner.submit_job(job_definitions().LabAlgorithmsJob())
        return self._algorithms_job

    def current_kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_kind(self, kind: str) -> None:
        index = self.kind_combo.findData(kind)
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)

    def set_protocol(self, protocol: str, folds: int | None = None) -> None:
        index = self.protocol_combo.findData(protocol)
        if index >= 0:
            self.protocol_combo.setCurrentIndex(index)
        if folds is not None:
            self.folds_spin.setValue(folds)

    def run_evaluation(self) -> int | None:
        """Submit the evaluation of the ticked algorithms; its job id (None if not possible)."""
        algorithms = self.checked_algorithms()
        cutoffs = parse_cutoffs(self.cutoffs_edit.text())
        if not algorithms:
            self._say(self.tr("Tick at least one algorithm."))
            return None
        if cutoffs is None:
            self._say(self.tr("Cutoffs are whole numbers from 1 to 500, such as 10 or 10, 20."))
            return None
        if self._evaluate_job is not None:
            return self._evaluate_job
        protocol = str(self.protocol_combo.currentData())
        profile = self.profile_combo.currentData()
        job = job_definitions().LabEvaluateJob(
            self._reader.path,
            self.current_kind(),
            algorithms=tuple(algorithms),
            protocol=protocol,
            k=tuple(cutoffs),
            profile=profile,
            last_n=(self.last_n_spin.value() or None) if protocol == "last-n" else None,
            folds=self.folds_spin.value(),
            use_tuned=self.use_tuned.isChecked(),
            highlight_profile=self._profile,
            profile_name=self.profile_combo.currentText() if profile is not None else None,
        )
        self._evaluate_job = self._runner.submit_job(job)
        self._run_protocol = self._describe_protocol(protocol, job.folds, job.last_n)
        self._begin_progress(
            self._evaluate_job, self.tr("Evaluating {0}…").format(", ".join(algorithms))
        )
        return self._evaluate_job

    def tune(self) -> list[int]:
        """Submit one tuning per ticked algorithm (they run one after another); their ids."""
        algorithms = self.checked_algorithms()
        if not algorithms:
            self._say(self.tr("Tick the algorithms to tune."))
            return []
        if self._tune_jobs:
            return list(self._tune_jobs)
        definitions = job_definitions()
        profile = self.profile_combo.currentData()
        self._tune_jobs = [
            self._runner.submit_job(
                definitions.TuneJob(
                    self._reader.path,
                    self.current_kind(),
                    name,
                    float(self.budget_spin.value()),
                    profile=profile,
                    profile_name=self.profile_combo.currentText() if profile is not None else None,
                )
            )
            for name in algorithms
        ]
        self._tune_total = len(self._tune_jobs)
        self.tuning_label.clear()
        self._begin_progress(
            self._tune_jobs[0], self.tr("Tuning {0}…").format(", ".join(algorithms))
        )
        return list(self._tune_jobs)

    def cancel(self) -> None:
        """Cancel the running evaluation and every queued or running tuning."""
        for job in [self._evaluate_job, *self._tune_jobs]:
            if job is not None:
                self._runner.cancel(job)
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Cancelling…"))

    def choose_table_export(self, fmt: str) -> None:
        if self.result is None:
            self._say(self.tr("Run an evaluation first."))
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

    def export_table(self, path: Path, fmt: str | None = None) -> int | None:
        """Write the last run's report to ``path`` (a job); its id, None without a run."""
        if self.result is None:
            return None
        self._export_job = self._runner.submit_job(
            job_definitions().ExportLabReportJob(self.result, Path(path), fmt)
        )
        return self._export_job

    def export_chart(self, name: str, path: Path) -> Path:
        """Write one chart (a key of :attr:`charts`) as PNG or SVG by ``path``'s suffix."""
        self._ensure_charts()
        if name in self._stale:
            current = self.chart_tabs.currentIndex()
            self.chart_tabs.setCurrentWidget(self.charts[name])  # draws it
            self.chart_tabs.setCurrentIndex(current)
        return self.charts[name].export(Path(path))

    def save_state(self) -> None:
        self._state.save_splitter("lab", self.splitter)
        self._state.set_value("lab/kind", self.current_kind())
        self._state.set_value("lab/protocol", self.protocol_combo.currentData())
        self._state.set_value("lab/folds", self.folds_spin.value())
        self._state.set_value("lab/cutoffs", self.cutoffs_edit.text())
        self._state.set_value("lab/budget", self.budget_spin.value())
        if self.algorithm_list.isEnabled():
            self._state.set_value("lab/algorithms", self.checked_algorithms())

    # -- Qt overrides ----------------------------------------------------------------------
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._profiles_dirty:
            self._load_profiles()
        self._prepare()

    # -- job signals -----------------------------------------------------------------------
    def _mine(self, job_id: int) -> bool:
        return job_id == self._evaluate_job or job_id in self._tune_jobs

    def _on_started(self, job_id: int) -> None:
        if not self._mine(job_id):
            return
        self._job_started[job_id] = time.monotonic()
        info = self._runner.job(job_id)
        if "progress" in self.charts and info is not None:
            self.charts["progress"].start(info_title(info))

    def _on_progress(self, job_id: int, fraction: float, message: str) -> None:
        if not self._mine(job_id):
            return
        self.progress.setRange(0, _PROGRESS_STEPS)
        self.progress.setValue(round(fraction * _PROGRESS_STEPS))
        shown = translate_message(message)  # the chart below keeps the Message (metrics)
        if job_id in self._tune_jobs and self._tune_total > 1:
            done = self._tune_total - len(self._tune_jobs) + 1
            shown = self.tr("{0} of {1}: {2}").format(done, self._tune_total, shown)
        if shown:
            self.progress_label.setText(shown)
        started = self._job_started.setdefault(job_id, time.monotonic())
        chart = self.charts.get("progress")
        if chart is not None:  # the Message itself: its metrics carry an epoch's training loss
            chart.add_point(time.monotonic() - started, fraction, message)

    def _on_finished(self, job_id: int, result: object) -> None:
        if job_id == self._algorithms_job:
            self._algorithms_job = None
            if isinstance(result, list):
                self._fill_algorithms(result)
        elif job_id == self._evaluate_job:
            self._evaluate_job = None
            self._end_progress()
            if isinstance(result, LabResult):
                self.show_result(result)
                self.progress_label.setText(self.tr("Done in {0:.1f} s.").format(result.elapsed_s))
        elif job_id in self._tune_jobs:
            self._tune_jobs.remove(job_id)
            self._show_tuning(result)
            if not self._tune_jobs:
                self._end_progress()
                self.progress_label.setText(self.tr("Tuning done."))
        elif job_id == self._export_job:
            self._export_job = None
            self.status_message.emit(self.tr("Exported the results to {0}").format(result))

    def _on_failed(self, job_id: int, message: str, _trace: str) -> None:
        message = translate_message(message)
        if job_id == self._algorithms_job:
            self._algorithms_job = None
            self.algorithm_list.clear()
            self.algorithm_list.addItem(
                self.tr("Could not list the algorithms: {0}").format(message)
            )
        elif job_id == self._evaluate_job:
            self._evaluate_job = None
            self._end_progress()
            self.progress_label.setText(self.tr("The evaluation failed: {0}").format(message))
        elif job_id in self._tune_jobs:
            self._tune_jobs.remove(job_id)
            self.tuning_label.setText(self.tr("Tuning failed: {0}").format(message))
            if not self._tune_jobs:
                self._end_progress()
        elif job_id == self._export_job:
            self._export_job = None

    def _on_cancelled(self, job_id: int) -> None:
        if job_id == self._algorithms_job:
            self._algorithms_job = None
        elif job_id == self._evaluate_job:
            self._evaluate_job = None
            self._end_progress()
            self.progress_label.setText(
                self.tr("Evaluation cancelled; the table still shows the previous run.")
            )
        elif job_id in self._tune_jobs:
            self._tune_jobs.remove(job_id)
            if not self._tune_jobs:
                self._end_progress()
                self.progress_label.setText(self.tr("Tuning cancelled; nothing was stored."))

    # -- results ---------------------------------------------------------------------------
    def show_result(self, result: LabResult) -> None:
        """Fill the table, the comparison and the charts with a run's result."""
        self.result = result
        self.model.set_result(result)
        self._colours = self._algorithm_colours(result)
        d = result.dataset
        self.summary_label.setText(
            self.tr(
                "{0}. {1:,} profiles and {2:,} items; {3:,} interactions to learn from, {4:,} "
                "held out; {5:,} profiles tested."
            ).format(
                self._run_protocol or result.protocol,
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
        primary = self.model.column_of(result.primary_metric)
        if primary is not None:
            self.table.sortByColumn(primary, Qt.SortOrder.DescendingOrder)
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
        self._draw_charts()
        self.result_shown.emit()

    def _describe_protocol(self, protocol: str, folds: int, last_n: int | None) -> str:
        if protocol == "kfold":
            return self.tr("{0}-fold cross-validation").format(folds)
        if protocol == "last-n":
            if last_n:
                return self.tr("The last {0} items of each profile, by time").format(last_n)
            return self.tr("The most recent 20 % of each profile's items")
        return self.tr("Random holdout of 20 % of each profile's items")

    def _comparison_text(self, result: LabResult) -> str:
        comparison = result.headline_comparison()
        if comparison is None:
            if len([r for r in result.rows if not r.error]) < 2:
                return self.tr("Run two or more algorithms to compare them.")
            return ""
        return self.describe_comparison(comparison)

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
        verdict = (
            self.tr("The interval leaves out zero: a clear difference.")
            if comparison.clear
            else self.tr("The interval includes zero: this could be chance.")
        )
        return self.tr(
            "A vs B on {0}: {1} beats {2} by {3:.3f} on average (95 % interval {4:.3f} to "
            "{5:.3f}) and comes out ahead in {6:.0%} of the resamples of {7:,} profiles. {8}"
        ).format(metric, leader, other, abs(comparison.mean_diff), low, high, wins,
                 comparison.users, verdict)  # fmt: skip

    def _algorithm_colours(self, result: LabResult) -> dict[str, Any]:
        from desktop_recsys.ui.widgets.lab_charts import colour_for  # deferred: pyqtgraph

        return {row.label: colour_for(n) for n, row in enumerate(result.rows)}

    def _draw_charts(self, keys: tuple[str, ...] = _RESULT_CHARTS) -> None:
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
            values.append((iv.mean, iv.low, iv.high) if iv is not None and iv.known else None)
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
            from desktop_recsys.ui.widgets.lab_charts import colour_for  # deferred: pyqtgraph

            colour = colour_for(0)
        self.charts["map"].set_data(self._map_to_draw(), label, colour)
        self.charts["map"].set_status(self._map_status)

    # -- catalogue map projection ----------------------------------------------------------
    @property
    def map_job(self) -> int | None:
        """The running t-SNE job of the catalogue map, if any."""
        return self._map_job

    def map_method(self) -> str:
        return str(self.map_method_combo.currentData())

    def set_map_method(self, method: str) -> None:
        """Show the map by ``method`` (``"pca"`` or ``"tsne"``), as the Projection box does."""
        index = self.map_method_combo.findData(method)
        if index >= 0:
            self.map_method_combo.setCurrentIndex(index)

    def _on_map_method_changed(self, _index: int) -> None:
        self._state.set_value("lab/map_method", self.map_method())
        if self.map_method() == "pca" and self._map_job is not None:
            # Back to PCA: the person no longer waits for t-SNE; free the processor.
            self._runner.cancel(self._map_job)
        self._draw_charts(("map",))

    def _map_to_draw(self) -> Any:
        """The run's map by the chosen method: PCA at once; t-SNE from this run's cache, else
        the PCA map while a job computes it (started here, once)."""
        assert self.result is not None
        base = self.result.map
        if self._projected_for is not base:  # a new run: its own cache
            self._projected, self._projected_for = {}, base
            if self._map_job is not None:  # projecting the old run's map: not wanted now
                self._runner.cancel(self._map_job)
                self._map_job = None
        method = self.map_method()
        if base is None or method == base.method:
            self._map_status = ""
            return base
        if method in self._projected:
            self._map_status = ""
            return self._projected[method]
        if self._map_job is None:
            self._map_job_for = base
            self._map_job = self._runner.submit(
                lambda progress, cancel: lab_service.project_map(
                    base, method, progress=progress, cancel=cancel
                ),
                kind="lab_map",
                title=self.tr("Placing the catalogue map's items with t-SNE"),
                lane=JobLane.WRITE,  # numeric work: one at a time, threads capped
                params={"method": method, "points": min(len(base.x), lab_service.TSNE_LIMIT)},
                replace_key="lab_map",
            )
            self._map_status = self.tr("Placing the items with t-SNE…")
        return base

    def _map_is_shown(self) -> bool:
        chart = self.charts.get("map")
        return chart is not None and self.chart_tabs.currentWidget() is chart

    def _on_map_progress(self, job_id: int, fraction: float, _message: object) -> None:
        if job_id != self._map_job:
            return
        self._map_status = self.tr(
            "Placing the items with t-SNE… {0:.0%} (the PCA map is shown meanwhile)"
        ).format(fraction)
        if self._map_is_shown():
            self.charts["map"].set_status(self._map_status)

    def _on_map_finished(self, job_id: int, result: object) -> None:
        if job_id != self._map_job:
            return
        self._map_job = None
        if (
            isinstance(result, lab_service.CatalogueMap)
            and self._map_job_for is self._projected_for
        ):
            self._projected[result.method] = result
        self._map_status = ""
        self._draw_charts(("map",))

    def _on_map_failed(self, job_id: int, message: str, _trace: str) -> None:
        if job_id != self._map_job:
            return
        self._map_job = None
        self._map_status = self.tr("t-SNE failed: {0}").format(translate_message(message))
        self._back_to_pca()

    def _on_map_cancelled(self, job_id: int) -> None:
        if job_id != self._map_job:
            return
        self._map_job = None
        self._map_status = (
            self.tr("t-SNE was cancelled; choose it again to retry.")
            if self.map_method() != "pca"
            else ""
        )
        self._back_to_pca()

    def _back_to_pca(self) -> None:
        """Show the PCA map (keeping the status line), without starting t-SNE again."""
        status = self._map_status
        self.map_method_combo.blockSignals(True)
        self.set_map_method("pca")
        self.map_method_combo.blockSignals(False)
        self._draw_charts(("map",))
        self._map_status = status
        if self._map_is_shown():
            self.charts["map"].set_status(status)

    def _show_tuning(self, result: object) -> None:
        try:
            summary = lab_service.tuning_summary(result)
        except AttributeError:
            return
        metric = metric_title(summary.metric)
        if summary.best_score is None:
            text = self.tr("{0}: no trial finished within the budget; nothing was stored.").format(
                summary.algorithm
            )
        elif not summary.best_params:
            text = self.tr(
                "{0}: the default settings stayed best ({1} {2:.3f}, {3} trials in {4:.0f} s)."
            ).format(
                summary.algorithm, metric, summary.best_score, summary.trials, summary.elapsed_s
            )
        else:
            params = ", ".join(f"{k}={v}" for k, v in summary.best_params.items())
            default = f"{summary.default_score:.3f}" if summary.default_score is not None else "–"
            text = self.tr(
                "{0}: {1} {2:.3f} with {3} (defaults: {4}); {5} trials in {6:.0f} s. Stored; tick "
                "“Use tuned settings” to evaluate with it."
            ).format(
                summary.algorithm,
                metric,
                summary.best_score,
                params,
                default,
                summary.trials,
                summary.elapsed_s,
            )
        previous = self.tuning_label.text()
        self.tuning_label.setText(f"{previous}\n{text}" if previous else text)

    # -- internals -------------------------------------------------------------------------
    def _prepare(self) -> None:
        """First show: import pyqtgraph and the job definitions (about a second, numpy and
        the engine with them) on a thread, then build the charts and list the algorithms, so
        the window stays responsive meanwhile."""
        if self.charts:
            self.load_algorithms()
            return
        if self._loader is not None:
            return
        self.chart_tabs.addTab(QLabel(self.tr("Preparing the charts…"), self), "…")
        self._loader = threading.Thread(target=_import_heavy, name="lab-imports", daemon=True)
        self._loader.start()
        self._loader_timer = QTimer(self)
        self._loader_timer.setInterval(20)
        self._loader_timer.timeout.connect(self._check_loader)
        self._loader_timer.start()

    def _check_loader(self) -> None:
        if self._loader is None or self._loader.is_alive():
            return
        if self._loader_timer is not None:
            self._loader_timer.stop()
        self._ensure_charts()
        self.load_algorithms()

    @property
    def charts_ready(self) -> bool:
        return bool(self.charts)

    def _ensure_charts(self) -> None:
        if self.charts:
            return
        # Deferred: pyqtgraph imports numpy, which the window must not wait for at start-up
        # (normally already imported by _prepare's thread by the time this runs).
        from desktop_recsys.ui.widgets import lab_charts

        self.chart_tabs.blockSignals(True)
        self.chart_tabs.clear()  # the "Preparing" placeholder
        self.chart_tabs.blockSignals(False)

        self.charts = {
            "bars": lab_charts.MetricBarsChart(self.chart_tabs),
            "curve": lab_charts.LearningCurveChart(self.chart_tabs),
            "popularity": lab_charts.PopularityBiasChart(self.chart_tabs),
            "calibration": lab_charts.CalibrationChart(self.chart_tabs),
            "map": lab_charts.CatalogueMapChart(self.chart_tabs),
            "progress": lab_charts.ProgressChart(self.chart_tabs),
        }
        titles = {
            "bars": self.tr("Metrics"),
            "curve": self.tr("Learning curve"),
            "popularity": self.tr("Popularity bias"),
            "calibration": self.tr("Genre calibration"),
            "map": self.tr("Catalogue map"),
            "progress": self.tr("Training progress"),
        }
        for key, chart in self.charts.items():
            self.chart_tabs.addTab(chart, titles[key])
        self._draw_charts()

    def _export_current_chart(self, fmt: str) -> None:
        chart = self.chart_tabs.currentWidget()
        if chart is not None and hasattr(chart, "choose_export"):
            chart.choose_export(fmt)

    def _fill_algorithms(self, algorithms: list[LabAlgorithm]) -> None:
        remembered = self._state.value("lab/algorithms")
        chosen = (
            set(remembered)
            if isinstance(remembered, list) and remembered
            else {a.name for a in algorithms if a.checked}
        )
        self.algorithm_list.blockSignals(True)
        self.algorithm_list.clear()
        for algorithm in algorithms:
            item = QListWidgetItem(algorithm.name)
            item.setData(Qt.ItemDataRole.UserRole, algorithm.name)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(
                Qt.CheckState.Checked if algorithm.name in chosen else Qt.CheckState.Unchecked
            )
            self.algorithm_list.addItem(item)
        self.algorithm_list.blockSignals(False)
        self.algorithm_list.setEnabled(True)
        self._update_enabled()

    def _load_profiles(self) -> None:
        self._profiles_dirty = False
        current = self.profile_combo.currentData()
        try:
            profiles = ProfileService(self._reader).profiles()
        except Exception as exc:  # noqa: BLE001  (a closed library: say so, keep the screen)
            self._say(error_text(exc))
            return
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("All profiles"), None)
        for profile in profiles:
            self.profile_combo.addItem(profile.name, profile.id)
        index = self.profile_combo.findData(current) if current is not None else 0
        self.profile_combo.setCurrentIndex(max(0, index))
        self.profile_combo.blockSignals(False)

    def _restore_choices(self) -> None:
        self._state.restore_splitter("lab", self.splitter)
        kind = self._state.value("lab/kind")
        if kind:
            self.set_kind(str(kind))
        protocol = self._state.value("lab/protocol")
        if protocol:
            self.set_protocol(str(protocol))
        folds = self._state.value("lab/folds")
        if isinstance(folds, int):
            self.folds_spin.setValue(folds)
        cutoffs = self._state.value("lab/cutoffs")
        if isinstance(cutoffs, str) and parse_cutoffs(cutoffs):
            self.cutoffs_edit.setText(cutoffs)
        budget = self._state.value("lab/budget")
        if isinstance(budget, int):
            self.budget_spin.setValue(budget)

    def _begin_progress(self, job_id: int, text: str) -> None:
        self.progress.setRange(0, 0)  # busy until the first report
        self.progress.show()
        self.progress_label.setText(text)
        self.cancel_button.setEnabled(True)
        if "progress" in self.charts:
            info = self._runner.job(job_id)
            self.charts["progress"].start(info_title(info) if info else text)
        self._update_enabled()

    def _end_progress(self) -> None:
        if self.is_busy():
            return
        self.progress.setRange(0, _PROGRESS_STEPS)
        self.progress.setValue(0)
        self.progress.hide()
        self.cancel_button.setEnabled(False)
        self._update_enabled()

    def _update_protocol(self) -> None:
        protocol = self.protocol_combo.currentData()
        for widget in (self.folds_label, self.folds_spin):
            widget.setVisible(protocol == "kfold")
        for widget in (self.last_n_label, self.last_n_spin):
            widget.setVisible(protocol == "last-n")

    def _update_enabled(self) -> None:
        ready = (
            bool(self.checked_algorithms()) and parse_cutoffs(self.cutoffs_edit.text()) is not None
        )
        self.run_button.setEnabled(ready and self._evaluate_job is None)
        self.tune_button.setEnabled(bool(self.checked_algorithms()) and not self._tune_jobs)
        self.cutoffs_edit.setStyleSheet(
            "" if parse_cutoffs(self.cutoffs_edit.text()) else "QLineEdit { color: #b3261e; }"
        )

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

    def _say(self, text: str) -> None:
        self.progress_label.setText(text)
        self.status_message.emit(text)

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label


__all__ = ["IntervalRole", "ModelLabView", "parse_cutoffs"]
