"""Retraining stale models while the application is idle.

:class:`IdleRetrainScheduler` looks every ``interval_ms`` whether the runner has nothing to do;
if so it submits a :class:`~desktop_recsys.jobs.definitions.FindStaleModelsJob`, and for every
model whose data changed enough since it was trained (20 new interactions, or any change once
it is a day old: :mod:`~desktop_recsys.services.freshness`) it submits a
:class:`~desktop_recsys.jobs.definitions.TrainModelJob` with the same algorithm, given
parameters (tuned or default settings are chosen afresh), profile, kind, signal and time decay. Training jobs carry a replace key, so a retrain never
queues twice for one profile and kind; a stale run whose retrain failed is not retried in the
same session (a library with no data left would otherwise retrain on every tick).

"Idle" means "no job queued or running"; the interface may also call :meth:`check_now` when it
knows the person stepped away. Settings switches it on and off while the app runs
(:meth:`start`, :meth:`stop`; the composition root listens to the ``idle_retrain`` setting).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.jobs.definitions import FindStaleModelsJob, TrainModelJob
from desktop_recsys.library.models import ModelRun

DEFAULT_INTERVAL_MS = 5 * 60 * 1000


def retrain_job(library_path: Path, models_dir: Path, run: ModelRun) -> TrainModelJob:
    """The training that reproduces ``run``'s configuration on today's data (held-out card
    figures included, when the run had them). Parameters the person gave are given again;
    otherwise the training picks the tuned settings (or defaults) as they are today."""
    # Deferred: the training service loads the engine (numpy, scipy).
    from desktop_recsys.services.training_service import retrain_params

    hyper = retrain_params(run)
    return TrainModelJob(
        library_path,
        models_dir,
        str(run.params["kind"]),
        run.algorithm,
        tuple((str(k), str(v)) for k, v in sorted(hyper.items())),
        profile=run.profile_id,
        signal=str(run.params.get("signal") or "auto"),
        time_decay_days=run.params.get("time_decay_days"),
        # A card that carried held-out figures keeps carrying them after the retrain.
        evaluate="holdout_users" in (run.metrics or {}),
    )


class IdleRetrainScheduler(QObject):
    """Submits retrains of stale models when the runner is idle (see the module docs)."""

    #: A retrain was queued: (job id, id of the stale run it replaces).
    retrain_queued = Signal(int, int)

    def __init__(
        self,
        runner: JobRunnerBase,
        library_path: Path,
        models_dir: Path,
        *,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._library_path = Path(library_path)
        self._models_dir = Path(models_dir)
        self._awaiting = False
        self._tried: set[tuple[str, int]] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check_now)
        runner.finished.connect(self._on_finished)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        """No more checks; a check already running finds its stale models ignored."""
        self._timer.stop()
        self._awaiting = False

    def is_running(self) -> bool:
        """True while the scheduler checks on its interval (between :meth:`start` and
        :meth:`stop`)."""
        return self._timer.isActive()

    def set_library(self, library_path: Path, models_dir: Path | None = None) -> None:
        """Follow the GUI to another library (and its models folder)."""
        self._library_path = Path(library_path)
        if models_dir is not None:
            self._models_dir = Path(models_dir)
        self._awaiting = False

    def check_now(self) -> int | None:
        """Look for stale models now, if the runner is idle; returns the check's job id."""
        if self._runner.is_busy():
            return None
        # Set before submitting: a synchronous runner reports "finished" inside submit.
        self._awaiting = True
        return self._runner.submit_job(FindStaleModelsJob(self._library_path, due_only=True))

    def _on_finished(self, job_id: int, result: Any) -> None:
        info = self._runner.job(job_id)
        if not self._awaiting or info is None or info.kind != FindStaleModelsJob.kind:
            return
        self._awaiting = False
        for run in result or []:
            key = (str(self._library_path), run.id)
            if key in self._tried:
                continue
            self._tried.add(key)
            queued = self._runner.submit_job(retrain_job(self._library_path, self._models_dir, run))
            self.retrain_queued.emit(queued, run.id)
