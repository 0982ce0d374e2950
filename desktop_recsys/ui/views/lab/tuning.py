"""The Model Lab's tuning: one job over the ticked algorithms, each within the time budget.

:class:`LabTuning` submits one :class:`~desktop_recsys.jobs.definitions.TuneManyJob` (write
lane; the algorithms are tuned one after another inside it, and one cancel stops them all) and
listens to its handle: progress goes to the bar ("2 of 3: ...") and the live chart, and when it
ends each algorithm gets a line in words (the best settings found, against the defaults) under
the bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.jobs.handle import JobHandle
from desktop_recsys.services import lab_service
from desktop_recsys.ui.deferred import job_definitions
from desktop_recsys.ui.i18n import translate_message
from desktop_recsys.ui.models.evaluation_table_model import metric_title
from desktop_recsys.ui.views.lab.progress import LabJobProgress
from desktop_recsys.ui.views.lab.settings import LabSettingsPanel


class LabTuning(QObject):
    """Runs the tuning of the ticked algorithms and says what each one found."""

    #: The tuning is over, in any way (the bar may go).
    ended = Signal()
    #: Why nothing was started (nothing ticked).
    said = Signal(str)
    #: The tuning finished: the summaries (:class:`~desktop_recsys.services.lab_service.
    #: TuningSummary`) of each algorithm, for keeping with the library.
    tuned = Signal(list)

    def __init__(
        self,
        runner: JobRunnerBase,
        settings: LabSettingsPanel,
        progress: LabJobProgress,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._settings = settings
        self._progress = progress
        self._handle: JobHandle | None = None
        self._total = 0

    @property
    def jobs(self) -> list[JobHandle]:
        """The tuning job while it is queued or running (its handle), else none."""
        return [self._handle] if self._handle is not None else []

    def run(self, library_path: Path) -> list[JobHandle]:
        """Submit ONE tuning job over the ticked algorithms (one after another inside it, one
        cancel for all); its handle in a list (the one under way if a tuning already runs;
        none if nothing is ticked)."""
        algorithms = self._settings.checked_algorithms()
        if not algorithms:
            self.said.emit(self.tr("Tick the algorithms to tune."))
            return []
        if self._handle is not None:
            return self.jobs
        settings = self._settings
        job = job_definitions().TuneManyJob(
            library_path,
            settings.current_kind(),
            tuple(algorithms),
            float(settings.budget_spin.value()),
            profile=settings.profile(),
            profile_name=settings.profile_name(),
        )
        self._total = len(algorithms)
        settings.tuning_label.clear()
        handle = self._runner.submit_job(
            job,
            **self._progress.follow(job, self._numbered),
            on_finished=self._on_finished,
            on_failed=self._on_failed,
            on_cancelled=self._on_cancelled,
        )
        # A synchronous runner has already ended the job inside submit_job.
        if handle.active:
            self._handle = handle
            self._progress.begin(handle, self.tr("Tuning {0}…").format(", ".join(algorithms)))
        return [handle]

    def cancel(self) -> None:
        """Stop the tuning (the algorithm under way and those after it)."""
        if self._handle is not None:
            self._handle.cancel()

    def _numbered(self, shown: str, fraction: float) -> str:
        """A report's words, with which algorithm of how many it is when there are several
        (each takes an equal share of the job's progress)."""
        if self._total <= 1:
            return shown
        done = min(self._total, int(fraction * self._total) + 1)
        return self.tr("{0} of {1}: {2}").format(done, self._total, shown)

    # -- the job's news ------------------------------------------------------------------------
    def _on_finished(self, result: object) -> None:
        self._handle = None
        results = result if isinstance(result, list) else [result]
        summaries = []
        for each in results:
            summary = self._show_tuning(each)
            if summary is not None:
                summaries.append(summary)
        self._settings.progress_label.setText(self.tr("Tuning done."))
        self.ended.emit()
        self.tuned.emit(summaries)

    def _on_failed(self, message: object, _trace: str) -> None:
        self._handle = None
        self._settings.tuning_label.setText(
            self.tr("Tuning failed: {0}").format(translate_message(message))
        )
        self.ended.emit()

    def _on_cancelled(self) -> None:
        self._handle = None
        self.ended.emit()
        text = (
            self.tr(
                "Tuning cancelled; the algorithms tuned before the cancel keep their stored "
                "settings, nothing was stored for the one under way."
            )
            if self._total > 1
            else self.tr("Tuning cancelled; nothing was stored.")
        )
        self._settings.progress_label.setText(text)

    def show_summaries(self, summaries: list[lab_service.TuningSummary]) -> None:
        """Say what each tuning found (a kept result, read back after a restart)."""
        self._settings.tuning_label.clear()
        for summary in summaries:
            self._say_summary(summary)

    def _show_tuning(self, result: object) -> lab_service.TuningSummary | None:
        try:
            summary = lab_service.tuning_summary(result)
        except AttributeError:
            return None
        self._say_summary(summary)
        return summary

    def _say_summary(self, summary: lab_service.TuningSummary) -> None:
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
        previous = self._settings.tuning_label.text()
        self._settings.tuning_label.setText(f"{previous}\n{text}" if previous else text)
