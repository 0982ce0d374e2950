"""The Model Lab's evaluation job: the ticked algorithms measured with the chosen protocol.

:class:`LabEvaluation` builds a :class:`~desktop_recsys.jobs.definitions.LabEvaluateJob` from
the settings panel, submits it (write lane: it fits models) and listens to its handle only:
progress goes to the bar and the live chart, the result to the view (:attr:`evaluated`), a
failure or a cancel to the line under the bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.jobs.handle import JobHandle
from desktop_recsys.services.lab_service import LabResult
from desktop_recsys.ui.deferred import job_definitions
from desktop_recsys.ui.i18n import translate_message
from desktop_recsys.ui.job_slot import JobSlot
from desktop_recsys.ui.views.lab.progress import LabJobProgress
from desktop_recsys.ui.views.lab.settings import LabSettingsPanel


class LabEvaluation(QObject):
    """Runs one evaluation at a time and says how it ended."""

    #: The evaluation is over, in any way (the bar may go).
    ended = Signal()
    #: Its result (a :class:`~desktop_recsys.services.lab_service.LabResult`), to show.
    evaluated = Signal(object)
    #: Why nothing was started (nothing ticked, bad cutoffs).
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
        self._slot = JobSlot()
        #: The last submitted run's protocol in words ("" before the first).
        self.protocol_text = ""

    @property
    def job(self) -> JobHandle | None:
        """The evaluation under way, if any."""
        return self._slot.handle

    def run(self, library_path: Path, highlight_profile: int | None) -> JobHandle | None:
        """Submit the evaluation of the ticked algorithms; its handle (None if not possible;
        the one under way if there is one). ``highlight_profile``: whose items the map and
        the calibration chart show when the results of every profile count."""
        settings = self._settings
        algorithms = settings.checked_algorithms()
        cutoffs = settings.cutoffs()
        if not algorithms:
            self.said.emit(self.tr("Tick at least one algorithm."))
            return None
        if cutoffs is None:
            self.said.emit(
                self.tr("Cutoffs are whole numbers from 1 to 500, such as 10 or 10, 20.")
            )
            return None
        if self._slot.handle is not None:
            return self._slot.handle
        protocol = settings.protocol()
        job = job_definitions().LabEvaluateJob(
            library_path,
            settings.current_kind(),
            algorithms=tuple(algorithms),
            protocol=protocol,
            k=tuple(cutoffs),
            profile=settings.profile(),
            last_n=(settings.last_n_spin.value() or None) if protocol == "last-n" else None,
            folds=settings.folds_spin.value(),
            use_tuned=settings.use_tuned.isChecked(),
            highlight_profile=highlight_profile,
            profile_name=settings.profile_name(),
        )
        self.protocol_text = self._describe_protocol(
            protocol, job.folds, job.last_n, one_profile=job.profile is not None
        )
        handle = self._slot.submit(
            self._runner,
            job,
            **self._progress.follow(job),
            on_finished=self._on_finished,
            on_failed=self._on_failed,
            on_cancelled=self._on_cancelled,
        )
        if handle.active:  # (a synchronous runner has already run it, callbacks and all)
            self._progress.begin(handle, self.tr("Evaluating {0}…").format(", ".join(algorithms)))
        return handle

    def cancel(self) -> None:
        """Stop the evaluation under way, if any."""
        self._slot.cancel()

    def _describe_protocol(
        self, protocol: str, folds: int, last_n: int | None, *, one_profile: bool = False
    ) -> str:
        if protocol == "kfold":
            return self.tr("{0}-fold cross-validation").format(folds)
        if protocol == "last-n":
            if last_n:
                return self.tr("The last {0} items of each profile, by time").format(last_n)
            return self.tr("The most recent 20 % of each profile's items")
        if one_profile:  # services.evaluation_service.PROFILE_REPEATS splits of its data
            return self.tr("Random holdout of 20 % of the profile's items, repeated 5 times")
        return self.tr("Random holdout of 20 % of each profile's items")

    # -- the job's news ------------------------------------------------------------------------
    def _on_finished(self, result: object) -> None:
        self.ended.emit()
        if isinstance(result, LabResult):
            self.evaluated.emit(result)
            self._settings.progress_label.setText(
                self.tr("Done in {0:.1f} s.").format(result.elapsed_s)
            )

    def _on_failed(self, message: object, _trace: str) -> None:
        self.ended.emit()
        self._settings.progress_label.setText(
            self.tr("The evaluation failed: {0}").format(translate_message(message))
        )

    def _on_cancelled(self) -> None:
        self.ended.emit()
        self._settings.progress_label.setText(
            self.tr("Evaluation cancelled; the table still shows the previous run.")
        )
