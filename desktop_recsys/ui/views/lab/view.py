"""Model Lab: measure the recommenders on the library's own data, as a table and as charts.

:class:`ModelLabView` puts the Lab's parts together and is what the main window knows:

- on the left, what to run (:class:`~.settings.LabSettingsPanel`): algorithms, items, protocol,
  profiles, cutoffs K, tuning budget, and the progress of the Lab's job;
- on the right, the last run (:class:`~.results.LabResultsPanel`): the comparison table,
  exported as CSV, HTML or JSON by a job, and the paired comparison of the best two in words;
- under it the charts (:class:`~.charts_area.LabChartsArea`): metric bars with interval
  whiskers, learning curve, popularity bias, genre calibration, catalogue map (PCA, or t-SNE
  as a job) and, live while a job trains, each algorithm's training loss per epoch.

"Run evaluation" is :class:`~.evaluation.LabEvaluation`'s job and "Tune" one
:class:`~.tuning.LabTuning` job per ticked algorithm, both on the write lane with progress and
cancel here and in the Jobs panel. Every job is followed through its own handle; nothing here
keeps job ids. Nothing heavy runs here: pyqtgraph (which imports numpy) and the job definitions
are imported on a thread when the Lab is first shown.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QWidget,
)

from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.jobs.handle import JobHandle
from desktop_recsys.services.lab_service import LabResult
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.services.profile_service import ProfileService
from desktop_recsys.ui.deferred import job_definitions
from desktop_recsys.ui.i18n import error_text, translate_message
from desktop_recsys.ui.job_slot import JobSlot
from desktop_recsys.ui.ui_state import SHOW_COMMUNITY, UiState
from desktop_recsys.ui.views.lab.charts_area import LabChartsArea
from desktop_recsys.ui.views.lab.evaluation import LabEvaluation
from desktop_recsys.ui.views.lab.memory import LabMemory
from desktop_recsys.ui.views.lab.progress import LabJobProgress
from desktop_recsys.ui.views.lab.results import LabResultsPanel
from desktop_recsys.ui.views.lab.settings import LabSettingsPanel
from desktop_recsys.ui.views.lab.side_fold import SideFold
from desktop_recsys.ui.views.lab.tuning import LabTuning

if TYPE_CHECKING:
    from desktop_recsys.ui.charts.base import LabChart


def _import_heavy() -> None:
    """Import what the Lab needs once it is shown (run on a thread, see ``_prepare``)."""
    import desktop_recsys.ui.charts.calibration  # noqa: F401
    import desktop_recsys.ui.charts.catalogue_map  # noqa: F401
    import desktop_recsys.ui.charts.learning_curve  # noqa: F401
    import desktop_recsys.ui.charts.metric_bars  # noqa: F401
    import desktop_recsys.ui.charts.popularity_bias  # noqa: F401
    import desktop_recsys.ui.charts.training_progress  # noqa: F401

    job_definitions()


class ModelLabView(QWidget):
    """The Model Lab screen; see the module docstring."""

    status_message = Signal(str)
    #: A run's result is shown (the table and charts are filled).
    result_shown = Signal()

    def __init__(
        self,
        reader: LibrarySession,
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
        self._profiles_dirty = True
        self._algorithms = JobSlot()
        self._loader: threading.Thread | None = None
        self._loader_timer: QTimer | None = None

        # The parts, made in the order that is the keyboard's Tab order.
        self.settings = LabSettingsPanel(self)
        scroll = self.settings.scroll_area(self)
        self.results = LabResultsPanel(runner, self)
        self.charts_area = LabChartsArea(runner, state, self)
        progress = LabJobProgress(self.settings, self.charts_area)
        self.evaluation = LabEvaluation(runner, self.settings, progress, self)
        self.tuning = LabTuning(runner, self.settings, progress, self)
        self.memory = LabMemory(self.results, self.charts_area, self.settings, self.tuning, self)
        self._expose_widgets()

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("labSplitter")
        self.splitter.addWidget(self.results)
        # The charts scroll where the room is short (Chinese, the Jobs panel open at 1024×700)
        # rather than raising the window's least height past the screen's (issue 19).
        charts_scroll = QScrollArea(self)
        charts_scroll.setObjectName("labChartsScroll")
        charts_scroll.setWidget(self.charts_area)
        charts_scroll.setWidgetResizable(True)
        charts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        charts_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.splitter.addWidget(charts_scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([220, 460])
        self.splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(scroll)
        self.side_fold = SideFold(scroll, state, self)  # the settings fold away
        layout.addWidget(self.side_fold)
        layout.addWidget(self.splitter, 1)

        self._connect_parts()
        self._state.restore_splitter("lab", self.splitter)
        self.settings.restore(state)
        self.memory.restore(reader)
        self._update_enabled()

    def _expose_widgets(self) -> None:
        """The widgets a person (and a test driving the window like one) works with, by the
        names the single-class view had."""
        settings, results, charts = self.settings, self.results, self.charts_area
        self.algorithm_list = settings.algorithm_list
        self.cutoffs_edit = settings.cutoffs_edit
        self.budget_spin = settings.budget_spin
        self.run_button = settings.run_button
        self.tune_button = settings.tune_button
        self.cancel_button = settings.cancel_button
        self.progress = settings.progress
        self.progress_label = settings.progress_label
        self.model = results.model
        self.table = results.table
        self.comparison_label = results.comparison_label
        self.chart_tabs = charts.chart_tabs

    def _connect_parts(self) -> None:
        self.settings.choices_changed.connect(self._update_enabled)
        self.settings.run_button.clicked.connect(self.run_evaluation)
        self.settings.tune_button.clicked.connect(self.tune)
        self.settings.cancel_button.clicked.connect(self.cancel)
        self.results.status_message.connect(self.status_message)
        self.results.said.connect(self._say)
        self.evaluation.said.connect(self._say)
        self.evaluation.ended.connect(self._end_progress)
        self.evaluation.evaluated.connect(self.show_result)
        self.tuning.said.connect(self._say)
        self.evaluation.evaluated.connect(self.memory.keep_evaluation)
        self.tuning.tuned.connect(self.memory.keep_tuning)
        self.tuning.ended.connect(self._end_progress)

    # -- public API ------------------------------------------------------------------------
    @property
    def evaluate_job(self) -> JobHandle | None:
        """The evaluation under way (its handle, equal to its job id), if any."""
        return self.evaluation.job

    @property
    def tune_jobs(self) -> list[JobHandle]:
        """The tunings queued or running (their handles)."""
        return self.tuning.jobs

    @property
    def algorithms_job(self) -> JobHandle | None:
        """The job listing the algorithms, while it runs."""
        return self._algorithms.handle

    @property
    def map_job(self) -> JobHandle | None:
        """The running t-SNE job of the catalogue map, if any."""
        return self.charts_area.map_job

    @property
    def result(self) -> LabResult | None:
        """The run shown (None before the first, or after the library changed)."""
        return self.results.result

    @property
    def charts(self) -> dict[str, LabChart]:
        """The charts by key (``bars``, ``curve``, ``popularity``, ``calibration``, ``map``,
        ``progress``); empty until the Lab is first shown."""
        return self.charts_area.charts

    @property
    def charts_ready(self) -> bool:
        return self.charts_area.charts_ready

    def is_busy(self) -> bool:
        return self.evaluation.job is not None or bool(self.tuning.jobs)

    def set_reader(self, reader: LibrarySession) -> None:
        """Another library: its profiles; the old results no longer apply."""
        self._reader = reader
        self._profile = None
        self._profiles_dirty = True
        self.results.clear()
        self.charts_area.show_result(None)
        self.settings.tuning_label.clear()
        self.memory.restore(reader)
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
        return self.settings.checked_algorithms()

    def set_checked_algorithms(self, names: list[str]) -> None:
        """Tick exactly ``names`` (others unticked)."""
        self.settings.set_checked_algorithms(names)

    def algorithm_item(self, name: str) -> QListWidgetItem | None:
        return self.settings.algorithm_item(name)

    def load_algorithms(self) -> JobHandle | None:
        """Ask for the algorithm list (a job: the registry imports the engine); once."""
        if self._algorithms.handle is not None or self.algorithm_list.isEnabled():
            return self._algorithms.handle
        self._algorithms.submit(
            self._runner,
            job_definitions().LabAlgorithmsJob(),
            on_finished=self._on_algorithms,
            on_failed=self._on_algorithms_failed,
        )
        return self._algorithms.handle

    def current_kind(self) -> str:
        return self.settings.current_kind()

    def set_kind(self, kind: str) -> None:
        self.settings.set_kind(kind)

    def set_protocol(self, protocol: str, folds: int | None = None) -> None:
        self.settings.set_protocol(protocol, folds)

    def run_evaluation(self) -> JobHandle | None:
        """Submit the evaluation of the ticked algorithms; its handle (None if not possible)."""
        handle = self.evaluation.run(self._reader.path, self._profile)
        if handle is not None and handle.active:
            self._update_enabled()
        return handle

    def tune(self) -> list[JobHandle]:
        """Submit one tuning per ticked algorithm (they run one after another); their handles."""
        handles = self.tuning.run(self._reader.path)
        if self.tuning.jobs:
            self._update_enabled()
        return handles

    def cancel(self) -> None:
        """Cancel the running evaluation and every queued or running tuning."""
        self.evaluation.cancel()
        self.tuning.cancel()
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Cancelling…"))

    def choose_table_export(self, fmt: str) -> None:
        self.results.choose_table_export(fmt)

    def export_table(self, path: Path, fmt: str | None = None) -> JobHandle | None:
        """Write the last run's report to ``path`` (a job); its handle, None without a run."""
        return self.results.export_table(path, fmt)

    def export_chart(self, name: str, path: Path) -> Path:
        """Write one chart (a key of :attr:`charts`) as PNG or SVG by ``path``'s suffix."""
        return self.charts_area.export_chart(name, path)

    def map_method(self) -> str:
        return self.charts_area.map_method()

    def set_map_method(self, method: str) -> None:
        """Show the map by ``method`` (``"pca"`` or ``"tsne"``), as the Projection box does."""
        self.charts_area.set_map_method(method)

    def show_result(self, result: LabResult) -> None:
        """Fill the table, the comparison and the charts with a run's result."""
        self.results.show_result(result, self.evaluation.protocol_text)
        self.charts_area.show_result(result)
        self.result_shown.emit()

    def save_state(self) -> None:
        self._state.save_splitter("lab", self.splitter)
        self.settings.save(self._state)

    # -- Qt overrides ----------------------------------------------------------------------
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._profiles_dirty:
            self._load_profiles()
        self._prepare()

    # -- the algorithm list's job ------------------------------------------------------------
    def _on_algorithms(self, result: object) -> None:
        if isinstance(result, list):
            self.settings.fill_algorithms(result, self._state.value("lab/algorithms"))

    def _on_algorithms_failed(self, message: object, _trace: str) -> None:
        self.settings.show_algorithms_error(translate_message(message))

    # -- internals -------------------------------------------------------------------------
    def _prepare(self) -> None:
        """First show: import pyqtgraph and the job definitions (about a second, numpy and
        the engine with them) on a thread, then build the charts and list the algorithms, so
        the window stays responsive meanwhile."""
        if self.charts_area.charts:
            self.load_algorithms()
            return
        if self._loader is not None:
            return
        self.charts_area.show_placeholder()
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
        self.charts_area.ensure_charts()
        self.load_algorithms()

    def _load_profiles(self) -> None:
        self._profiles_dirty = False
        try:
            # A data set's users stay out of the picker unless "Show community profiles".
            community = bool(self._state.value(SHOW_COMMUNITY, False))
            profiles = ProfileService(self._reader).profiles(community=community)
        except Exception as exc:  # noqa: BLE001  (a closed library: say so, keep the screen)
            self._say(error_text(exc))
            return
        self.settings.set_profiles(profiles)

    def _end_progress(self) -> None:
        if self.is_busy():
            return
        self.settings.end_progress()
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.settings.update_enabled(
            evaluating=self.evaluation.job is not None, tuning=bool(self.tuning.jobs)
        )

    def _say(self, text: str) -> None:
        self.progress_label.setText(text)
        self.status_message.emit(text)
