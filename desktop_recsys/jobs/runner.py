"""The threaded job runner: a pool for reads and scans, one lane for writes and training.

Workers never touch the runner's state: they emit on a small relay object, and Qt queues those
signals to the runner's thread (the GUI thread), where the bookkeeping and the public signals
happen. Progress is throttled in the worker (about 10 reports a second) so that a job reporting
every row cannot flood the event loop.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal, Slot
from shiboken6 import isValid as shiboken_valid
from threadpoolctl import threadpool_limits

from desktop_recsys.blas_caps import blas_cap
from desktop_recsys.jobs.base import (
    JobFn,
    JobHistory,
    JobLane,
    JobRunnerBase,
    JobState,
    ProgressThrottle,
    _Entry,
    clamp_fraction,
    run_job,
)
from desktop_recsys.progress import CancelToken

PROGRESS_INTERVAL = 0.1


def default_compute_threads() -> int:
    """Threads for numeric work in the write lane: all cores but one, kept for the interface."""
    return max(1, (os.cpu_count() or 2) - 1)


class _Claim:
    """Decides, under a lock, whether a queued job is started by its worker or withdrawn.

    Without it a cancel arriving as the worker picks the job up could report "cancelled" for a
    job that then runs and commits.
    """

    __slots__ = ("_lock", "_state")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state = "queued"

    def start(self) -> bool:
        with self._lock:
            if self._state != "queued":
                return False
            self._state = "running"
            return True

    def withdraw(self) -> bool:
        with self._lock:
            if self._state != "queued":
                return False
            self._state = "withdrawn"
            return True


class _Relay(QObject):
    """Carries a worker's reports to the runner's thread (queued connections)."""

    started = Signal(int)
    progress = Signal(int, float, object)  # message: a str, often a progress.Message
    done = Signal(int, str, object, object, object)  # id, state, result, error, traceback


class JobRunner(JobRunnerBase):
    """Runs jobs on worker threads and reports on the GUI thread.

    ``read_threads``: size of the pool for ``JobLane.READ`` jobs. ``compute_threads``: BLAS /
    OpenMP threads allowed while a ``JobLane.WRITE`` job runs, so training leaves a core to the
    interface (None: all cores but one, :func:`default_compute_threads`). BLAS through
    :func:`~desktop_recsys.blas_caps.blas_cap`, counted with the caps other threads hold (a
    query's one-thread block in the GUI or a read job): the job keeps its cap whenever they open
    or close, never gets more than the library's own count, and the count from before comes
    back when the last cap closes. OpenMP (scikit-learn's k-means) through threadpoolctl in the
    job's thread: its count is per thread.

    Call :meth:`shutdown` before the application quits.
    """

    def __init__(
        self,
        *,
        read_threads: int | None = None,
        compute_threads: int | None = None,
        history: JobHistory | None = None,
        progress_interval: float = PROGRESS_INTERVAL,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(history=history, parent=parent)
        self._read_pool = QThreadPool(self)
        self._read_pool.setMaxThreadCount(read_threads or max(2, default_compute_threads()))
        self._write_lane = QThreadPool(self)
        # One thread: writes and trainings run one after another, in submission order.
        self._write_lane.setMaxThreadCount(1)
        self._compute_threads = (
            default_compute_threads() if compute_threads is None else compute_threads
        )
        self._progress_interval = progress_interval
        # Unparented on purpose: workers hold a reference, so it outlives the runner if a
        # worker is still finishing when the runner goes away.
        self._relay = _Relay()
        self._relay.started.connect(self._on_started)
        self._relay.progress.connect(self._on_progress)
        self._relay.done.connect(self._on_done)

    @property
    def compute_threads(self) -> int:
        return self._compute_threads

    def set_compute_threads(self, threads: int) -> None:
        """Threads for the write lane's numeric work from the next job submitted on (Settings
        changes it while the app runs; a job already queued or running keeps its own)."""
        if not isinstance(threads, int) or isinstance(threads, bool) or threads < 1:
            raise ValueError(f"compute threads must be a whole number from 1, not {threads!r}")
        self._compute_threads = threads

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel everything and wait for the workers; True if they all stopped in time."""
        self.cancel_all()
        ok_read = self._read_pool.waitForDone(timeout_ms)
        ok_write = self._write_lane.waitForDone(timeout_ms)
        # The workers' last reports are still queued for this thread's event loop, which is
        # usually not running any more at shutdown; deliver them now so that every job ends
        # (and the persisted history records its outcome instead of "interrupted").
        QCoreApplication.sendPostedEvents(self)
        return ok_read and ok_write

    # -- lanes -----------------------------------------------------------------------------
    def _enqueue(self, entry: _Entry) -> None:
        claim = _Claim()
        entry.claim = claim
        info = entry.info
        work = self._make_work(info.id, info.lane, entry.fn, entry.token, claim)
        pool = self._write_lane if info.lane is JobLane.WRITE else self._read_pool
        pool.start(work)

    def _withdraw(self, entry: _Entry) -> bool:
        # The worker slot stays in the pool's queue but does nothing when its turn comes.
        claim = entry.claim
        return isinstance(claim, _Claim) and claim.withdraw()

    def _make_work(
        self, job_id: int, lane: JobLane, fn: JobFn, token: CancelToken, claim: _Claim
    ) -> Callable[[], None]:
        relay = self._relay
        interval = self._progress_interval
        limit = self._compute_threads if lane is JobLane.WRITE else None

        def emit(signal: Any, *args: Any) -> None:
            try:
                signal.emit(*args)
            except RuntimeError:  # "Signal source has been deleted": the runner is gone
                # (the application quit while this job ran); nobody is left to tell.
                if shiboken_valid(relay):
                    raise

        def work() -> None:
            if not claim.start():
                return
            emit(relay.started, job_id)
            throttle = ProgressThrottle(interval)

            def progress(fraction: float, message: str) -> None:
                report = throttle.offer(clamp_fraction(fraction), message)
                if report is not None:
                    emit(relay.progress, job_id, *report)

            if limit:
                with blas_cap(limit), threadpool_limits(limits=limit, user_api="openmp"):
                    state, result, error, trace = run_job(fn, progress, token)
            else:
                state, result, error, trace = run_job(fn, progress, token)
            pending = throttle.take_pending()
            if pending is not None and state is JobState.FINISHED:
                emit(relay.progress, job_id, *pending)
            emit(relay.done, job_id, state.value, result, error, trace)

        return work

    @Slot(int, str, object, object, object)
    def _on_done(
        self, job_id: int, state: str, result: Any, error: str | None, trace: str | None
    ) -> None:
        self._end(job_id, JobState(state), result, error, trace)
