"""The Model Lab's tunings: one job per ticked algorithm, within the time budget.

:class:`LabTuning` submits a :class:`~desktop_recsys.jobs.definitions.TuneJob` per ticked
algorithm (write lane: they run one after another) and listens to each one's handle: progress
goes to the bar ("2 of 3: ...") and the live chart, and each finished tuning adds a line in
words (the best settings found, against the defaults) under the bar.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.jobs.handle import JobHandle
from desktop_recsys.services import lab_service
from desktop_recsys.ui.deferred import job_definitions
from desktop_recsys.ui.i18n import translate_message
from desktop_recsys.ui.models.evaluation_table_model import metric_title
from desktop_recsys.ui.views.lab.progress import LabJobProgress
from desktop_recsys.ui.views.lab.settings import LabSettingsPanel


class _Tuning:
    """One algorithm's tuning: its job definition and, once submitted, its handle."""

    def __init__(self, job: Any) -> None:
        self.job = job
        self.handle: JobHandle | None = None


class LabTuning(QObject):
    """Runs the tunings of the ticked algorithms and says what each one found."""

    #: The last tuning is over, in any way (the bar may go).
    ended = Signal()
    #: Why nothing was started (nothing ticked).
    said = Signal(str)

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
        self._pending: list[_Tuning] = []  # queued or running, in order
        self._total = 0

    @property
    def jobs(self) -> list[JobHandle]:
        """The tunings queued or running (their handles)."""
        return [t.handle for t in self._pending if t.handle is not None]

    def run(self, library_path: Path) -> list[JobHandle]:
        """Submit one tuning per ticked algorithm (they run one after another); their handles
        (those under way if tunings already run; none if nothing is ticked)."""
        algorithms = self._settings.checked_algorithms()
        if not algorithms:
            self.said.emit(self.tr("Tick the algorithms to tune."))
            return []
        if self._pending:
            return self.jobs
        definitions = job_definitions()
        settings = self._settings
        tunings = [
            _Tuning(
                definitions.TuneJob(
                    library_path,
                    settings.current_kind(),
                    name,
                    float(settings.budget_spin.value()),
                    profile=settings.profile(),
                    profile_name=settings.profile_name(),
                )
            )
            for name in algorithms
        ]
        # All pending before the first is submitted: a synchronous runner ends each one inside
        # submit_job, and "the last one is over" must mean the last of them all.
        self._pending = list(tunings)
        self._total = len(tunings)
        settings.tuning_label.clear()
        for tuning in tunings:
            tuning.handle = self._runner.submit_job(
                tuning.job,
                **self._progress.follow(tuning.job, self._numbered),
                **self._callbacks(tuning),
            )
        if self._pending:
            first = self._pending[0].handle
            assert first is not None
            self._progress.begin(first, self.tr("Tuning {0}…").format(", ".join(algorithms)))
        return [t.handle for t in tunings if t.handle is not None]

    def cancel(self) -> None:
        """Stop every queued or running tuning."""
        for handle in self.jobs:
            handle.cancel()

    def _numbered(self, shown: str) -> str:
        """A report's words, with which tuning of how many it is when there are several."""
        if self._total <= 1:
            return shown
        done = self._total - len(self._pending) + 1
        return self.tr("{0} of {1}: {2}").format(done, self._total, shown)

    # -- each tuning's news --------------------------------------------------------------------
    def _callbacks(self, tuning: _Tuning) -> dict[str, Callable[..., None]]:
        """The end callbacks of ``tuning``'s job (each takes exactly its signal's arguments)."""

        def finished(result: object) -> None:
            self._on_finished(tuning, result)

        def failed(message: object, _trace: str) -> None:
            self._on_failed(tuning, message)

        def cancelled() -> None:
            self._on_cancelled(tuning)

        return {"on_finished": finished, "on_failed": failed, "on_cancelled": cancelled}

    def _over(self, tuning: _Tuning) -> bool:
        """Take ``tuning`` off the pending list; False if it was not on it."""
        if tuning not in self._pending:
            return False
        self._pending.remove(tuning)
        return True

    def _on_finished(self, tuning: _Tuning, result: object) -> None:
        if not self._over(tuning):
            return
        self._show_tuning(result)
        if not self._pending:
            self.ended.emit()
            self._settings.progress_label.setText(self.tr("Tuning done."))

    def _on_failed(self, tuning: _Tuning, message: object) -> None:
        if not self._over(tuning):
            return
        self._settings.tuning_label.setText(
            self.tr("Tuning failed: {0}").format(translate_message(message))
        )
        if not self._pending:
            self.ended.emit()

    def _on_cancelled(self, tuning: _Tuning) -> None:
        if not self._over(tuning):
            return
        if not self._pending:
            self.ended.emit()
            self._settings.progress_label.setText(self.tr("Tuning cancelled; nothing was stored."))

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
        previous = self._settings.tuning_label.text()
        self._settings.tuning_label.setText(f"{previous}\n{text}" if previous else text)
