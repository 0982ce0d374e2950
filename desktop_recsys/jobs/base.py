"""What every job runner shares: the job record, the lanes, the signals and the bookkeeping.

A job is a plain function ``fn(progress, cancel) -> result`` (see :mod:`desktop_recsys.progress`)
that lives in ``services``, takes ids and paths, opens its own database connection and never
touches a widget. A runner runs it somewhere (a worker thread, or inline in tests) and reports
what happened through Qt signals that always arrive on the thread that owns the runner (the GUI
thread).

Signal order for one job: ``queued`` -> ``started`` -> ``progress``* -> exactly one of
``finished`` / ``failed`` / ``cancelled`` -> ``ended``. A job cancelled while still queued skips
``started`` and ``progress``.
"""

from __future__ import annotations

import itertools
import time
import traceback
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_recsys.errors import Cancelled, UserError
from desktop_recsys.jobs.handle import JobHandle
from desktop_recsys.jobs.records import Job, JobHistory, JobInfo, JobLane, JobState
from desktop_recsys.progress import CancelToken, ProgressFn

JobFn = Callable[[ProgressFn, CancelToken], Any]


def summarize_result(result: Any) -> Mapping[str, Any] | None:
    """What the job history keeps of a result: small and JSON-able, never the whole thing.

    A result may offer ``summary() -> dict`` (recommendation lists do: the model and the row
    count, not the rows); plain numbers and short strings are kept as ``{"value": ...}``.
    """
    if result is None:
        return None
    summary = getattr(result, "summary", None)
    if callable(summary):
        try:
            value = summary()
        except Exception:  # a summary is a nicety; the job itself succeeded
            return None
        return dict(value) if isinstance(value, Mapping) else {"value": str(value)}
    if isinstance(result, bool | int | float):
        return {"value": result}
    if isinstance(result, str):
        return {"value": result[:200]}
    return {"type": type(result).__name__}


def describe_error(exc: BaseException) -> str:
    """One line for a person: a UserError's own message, else the exception type and text.

    A UserError raised with a :class:`~desktop_recsys.progress.Message` gives that Message
    back (a ``str`` that the interface can also translate).
    """
    if isinstance(exc, UserError):
        return exc.message
    text = " ".join(str(exc).split())
    name = type(exc).__name__
    return f"{name}: {text}" if text else name


class ProgressThrottle:
    """Lets through at most one progress report per ``interval`` seconds.

    The first report always passes; later ones are held back until the interval has passed, and
    the newest held-back report can be fetched with :meth:`take_pending` (so a job's final
    "100 %" is not lost just because it came quickly). ``clock`` is injectable for tests.

    A report that carries ``metrics`` (a :class:`~desktop_recsys.progress.Message` with, say, an
    epoch's training loss, also when another Message wraps it, as a tuning trial does) always
    passes: a chart needs every one of them, and they come at most once per epoch, far fewer
    than the row-by-row reports the throttle is there for.
    """

    def __init__(self, interval: float = 0.1, clock: Callable[[], float] = time.monotonic) -> None:
        self._interval = interval
        self._clock = clock
        self._last: float | None = None
        self._pending: tuple[float, str] | None = None

    def offer(self, fraction: float, message: str) -> tuple[float, str] | None:
        """The report to emit now, or None if it must wait (it is then kept as pending)."""
        now = self._clock()
        if self._last is None or now - self._last >= self._interval or carries_metrics(message):
            self._last = now
            self._pending = None
            return fraction, message
        self._pending = (fraction, message)
        return None

    def take_pending(self) -> tuple[float, str] | None:
        pending, self._pending = self._pending, None
        return pending


def carries_metrics(message: object, depth: int = 0) -> bool:
    """True if ``message`` or a Message among its arguments (a few levels deep) has metrics."""
    if getattr(message, "metrics", None):
        return True
    args = getattr(message, "args", None)
    if not isinstance(args, dict) or depth >= 3:
        return False
    return any(carries_metrics(value, depth + 1) for value in args.values())


def clamp_fraction(fraction: float) -> float:
    try:
        value = float(fraction)
    except (TypeError, ValueError):
        return 0.0
    if value != value:  # NaN
        return 0.0
    return min(1.0, max(0.0, value))


@dataclass
class _Entry:
    """The runner's private record of a live job."""

    info: JobInfo
    fn: JobFn
    token: CancelToken
    owner: JobHandle
    claim: Any = None  # the lane's own record of the job (the threaded runner's claim)


class JobRunnerBase(QObject):
    """Signals and bookkeeping shared by :class:`JobRunner` and :class:`SynchronousJobRunner`.

    Subclasses decide where a job runs (``_enqueue``) and how a queued job is withdrawn
    (``_withdraw``). Everything here runs on the runner's own thread.
    """

    queued = Signal(int, str, str)  # job id, kind, title
    started = Signal(int)  # job id
    # job id, fraction 0..1, message: a str, often a progress.Message (translatable, with
    # metrics such as a training loss), so the signal carries the object itself.
    progress = Signal(int, float, object)
    finished = Signal(int, object)  # job id, result
    # job id, one-line message (a str, a progress.Message for most user errors: the object
    # travels so the interface can translate it), traceback text
    failed = Signal(int, object, str)
    cancelled = Signal(int)  # job id
    ended = Signal(int, str)  # job id, final state value (after finished/failed/cancelled)

    RECENT_LIMIT = 200

    def __init__(self, history: JobHistory | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._live: dict[int, _Entry] = {}
        self._recent: deque[JobInfo] = deque(maxlen=self.RECENT_LIMIT)
        self._history = history

    # -- public API ----------------------------------------------------------------------
    def submit(
        self,
        fn: JobFn,
        *,
        kind: str,
        title: str = "",
        lane: JobLane = JobLane.READ,
        params: Mapping[str, Any] | None = None,
        replace_key: str | None = None,
        quiet: bool = False,
        **callbacks: Callable[..., Any] | None,
    ) -> JobHandle:
        """Queue ``fn(progress, cancel)``; returns the job's handle at once.

        ``quiet``: a short read (see :attr:`JobInfo.quiet`), not recorded in the history.

        ``replace_key``: a queued (not yet started) job with the same key is cancelled and this
        one takes its place, so that e.g. a second "train profile 3" replaces the first.

        ``callbacks`` (``on_started``, ``on_progress``, ``on_finished``, ``on_failed``,
        ``on_cancelled``, ``on_ended``) are connected to the handle's signals before the job is
        queued (see :meth:`JobHandle.connect_callbacks`).
        """
        if replace_key is not None:
            for entry in list(self._live.values()):
                if entry.info.replace_key == replace_key and entry.info.state is JobState.QUEUED:
                    self._replace(entry)
        job_id = next(self._ids)
        info = JobInfo(
            id=job_id,
            kind=kind,
            title=title or kind,
            lane=lane,
            params=dict(params or {}),
            queued_at=time.time(),
            replace_key=replace_key,
            quiet=quiet,
        )
        handle = JobHandle(self, job_id)
        handle.connect_callbacks(**callbacks)
        entry = _Entry(info=info, fn=fn, token=CancelToken(), owner=handle)
        self._live[job_id] = entry
        self._record(info)
        self.queued.emit(job_id, info.kind, info.title)
        self._enqueue(entry)
        return handle

    def submit_job(
        self,
        job: Job,
        *,
        replace_key: str | None = None,
        **callbacks: Callable[..., Any] | None,
    ) -> JobHandle:
        """Queue a job definition (its kind, lane, title and parameters come with it).

        A definition may carry its own ``replace_key`` (a training job does: one queued
        training per profile and kind); an explicit ``replace_key`` wins. ``callbacks`` as for
        :meth:`submit`.
        """
        if replace_key is None:
            replace_key = getattr(job, "replace_key", None)
        return self.submit(
            job,
            kind=job.kind,
            title=job.title,
            lane=job.lane,
            params=job.params(),
            replace_key=replace_key,
            quiet=bool(getattr(job, "quiet", False)),
            **callbacks,
        )

    def _replace(self, entry: _Entry) -> None:
        """Withdraw a queued job that a newer one with the same key replaces.

        Not :meth:`cancel`: that sets the token first, so a job whose worker picked it up a
        moment ago (its ``started`` report still on its way to this thread, so it still looks
        queued here) would be stopped mid-run. Replacing only ever drops work that has not
        started; a job already running goes on and the new one waits behind it.
        """
        if self._withdraw(entry):
            entry.token.cancel()
            self._end(entry.info.id, JobState.CANCELLED)

    def cancel(self, job_id: int | JobHandle) -> bool:
        """Ask a job to stop; False if it is unknown or already over.

        A queued job is withdrawn at once; a running one stops at its next cancel check and then
        reports ``cancelled`` (or ``finished``, if it completed before it looked).
        """
        entry = self._live.get(int(job_id))
        if entry is None:
            return False
        entry.token.cancel()
        if entry.info.state is JobState.QUEUED and self._withdraw(entry):
            self._end(entry.info.id, JobState.CANCELLED)
        return True

    def cancel_all(self) -> None:
        for job_id in list(self._live):
            self.cancel(job_id)

    def job(self, job_id: int | JobHandle) -> JobInfo | None:
        """The latest snapshot of a live or recently ended job."""
        job_id = int(job_id)
        entry = self._live.get(job_id)
        if entry is not None:
            return entry.info
        for info in reversed(self._recent):
            if info.id == job_id:
                return info
        return None

    def active_jobs(self) -> list[JobInfo]:
        """Queued and running jobs, oldest first."""
        return [entry.info for entry in self._live.values()]

    def recent_jobs(self) -> list[JobInfo]:
        """Ended jobs of this session, newest last (at most ``RECENT_LIMIT``)."""
        return list(self._recent)

    def is_busy(self) -> bool:
        return bool(self._live)

    # -- for subclasses --------------------------------------------------------------------
    def _enqueue(self, entry: _Entry) -> None:
        raise NotImplementedError

    def _withdraw(self, entry: _Entry) -> bool:
        """Remove a queued job from its lane; False if it already started."""
        raise NotImplementedError

    def _set(self, job_id: int, **changes: Any) -> JobInfo | None:
        entry = self._live.get(job_id)
        if entry is None:
            return None
        entry.info = replace(entry.info, **changes)
        return entry.info

    def _on_started(self, job_id: int) -> None:
        info = self._set(job_id, state=JobState.RUNNING, started_at=time.time())
        if info is None:
            return
        self._record(info)
        self._live[job_id].owner.started.emit()
        self.started.emit(job_id)

    def _on_progress(self, job_id: int, fraction: float, message: str) -> None:
        entry = self._live.get(job_id)
        if entry is None or entry.info.state is not JobState.RUNNING:
            return
        self._set(job_id, fraction=fraction, message=message)
        entry.owner.progress.emit(fraction, message)
        self.progress.emit(job_id, fraction, message)

    def _end(
        self,
        job_id: int,
        state: JobState,
        result: Any = None,
        error: str | None = None,
        trace: str | None = None,
    ) -> None:
        entry = self._live.pop(job_id, None)
        if entry is None:
            return
        info = replace(
            entry.info,
            state=state,
            ended_at=time.time(),
            error=error,
            traceback=trace,
            fraction=1.0 if state is JobState.FINISHED else entry.info.fraction,
            result_summary=summarize_result(result) if state is JobState.FINISHED else None,
        )
        self._recent.append(info)
        self._record(info)
        # The submitter hears first (its handle), then everyone else (the broadcast).
        handle = entry.owner
        handle._mark_ended()
        if state is JobState.FINISHED:
            handle.finished.emit(result)
            self.finished.emit(job_id, result)
        elif state is JobState.FAILED:
            handle.failed.emit(error or "", trace or "")
            self.failed.emit(job_id, error or "", trace or "")
        else:
            handle.cancelled.emit()
            self.cancelled.emit(job_id)
        handle.ended.emit(state.value)
        self.ended.emit(job_id, state.value)

    def _record(self, info: JobInfo) -> None:
        if self._history is not None and not info.quiet:
            self._history.job_changed(info)


def run_job(
    fn: JobFn, progress: ProgressFn, token: CancelToken
) -> tuple[JobState, Any, str | None, str | None]:
    """Run one job to its outcome: (state, result, one-line error, traceback text).

    Shared by both runners so that they classify outcomes identically. A job that returns
    normally has finished even if cancel was asked late: its work is complete and committed.
    """
    try:
        if token.cancelled:
            raise Cancelled("cancelled before start")
        result = fn(progress, token)
    except Cancelled:
        return JobState.CANCELLED, None, None, None
    except Exception as exc:  # a job's failure must never take the runner down
        return JobState.FAILED, None, describe_error(exc), traceback.format_exc()
    return JobState.FINISHED, result, None, None
