"""Persisted job history: every job's kind, parameters, times, outcome and error, in the library.

:class:`PersistentJobHistory` plugs into a runner's :class:`~desktop_recsys.jobs.base.JobHistory`
seam. The runner calls :meth:`~PersistentJobHistory.job_changed` on the GUI thread after each
state change; the history only queues the snapshot and returns. A thread of its own, with its
own library connection, writes the rows. That matters: an import holds the library's write lock
for its whole transaction, and a GUI thread waiting on that lock would freeze the window for
up to the busy timeout.

The jobs layer never imports the library: the history is handed an ``open_store`` function (by
``app.py``, the composition root) that opens something with a ``jobs`` attribute following
:class:`JobStore` (the library's ``JobRepository``) and a ``close()`` method (the
``Library``).

Jobs that were queued or running when the app was killed stay ``queued``/``running`` in the
table; the next start marks them ``interrupted`` (``services.recovery_service``). A living
window's rows are left alone: the store ``app.py`` hands over claims every row it creates for
its window (``library.job_claims``), and only unclaimed rows are taken for interrupted.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from desktop_recsys.jobs.records import JobInfo, JobState

log = logging.getLogger(__name__)


class JobStore(Protocol):
    """Where job rows are written (the library's ``JobRepository``)."""

    def create(
        self, kind: str, params: dict[str, Any] | None = None, *, created_at: float | None = None
    ) -> int: ...

    def start(self, job_id: int, *, at: float | None = None) -> None: ...

    def end(
        self,
        job_id: int,
        status: str,
        *,
        result: dict[str, Any] | None = None,
        error: str | None = None,
        at: float | None = None,
    ) -> None: ...


class JobStoreOwner(Protocol):
    """An open connection to the store (a ``Library``): its ``jobs`` and a way to close it."""

    @property
    def jobs(self) -> JobStore: ...

    def close(self) -> None: ...


OpenStore = Callable[[], JobStoreOwner]

_STOP = object()
# Waits between attempts when the library is busy (another program, or a long import holding
# the write lock): about 40 s in all before a record is given up.
_RETRY_DELAYS = (0.1, 0.3, 1.0, 2.0, 4.0, 8.0, 12.0, 12.0)


def error_text(info: JobInfo) -> str | None:
    """What the ``error`` column keeps: the one-line message, then the traceback if any."""
    if info.error is None and info.traceback is None:
        return None
    parts = [p for p in (info.error, info.traceback) if p]
    return "\n\n".join(parts)


class PersistentJobHistory:
    """Writes each job's life to the library's ``jobs`` table from a background thread.

    ``open_store`` is called on that thread (a connection belongs to the thread that opened
    it). Call :meth:`close` when the session ends; :meth:`flush` waits until every change
    queued so far is written (tests, and before showing the Jobs panel's history).
    """

    def __init__(self, open_store: OpenStore, *, retry_delays: tuple[float, ...] = _RETRY_DELAYS):
        self._open_store = open_store
        self._retry_delays = retry_delays
        self._queue: queue.Queue[Any] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._closing = threading.Event()
        self._lock = threading.Lock()
        # Runner job id -> row id. Touched only by the writer thread.
        self._rows: dict[int, int] = {}
        self.dropped = 0  # records given up after every retry (for logs and tests)

    # -- the runner's seam (GUI thread) --------------------------------------------------
    def job_changed(self, info: JobInfo) -> None:
        """Queue a snapshot; never blocks the caller on the database."""
        if self._closing.is_set():
            return
        self._ensure_thread()
        self._queue.put(info)

    def retarget(self, open_store: OpenStore) -> None:
        """Write later changes to another library (the GUI switched libraries)."""
        self._ensure_thread()
        self._queue.put(("retarget", open_store))

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every change queued so far is written; False on timeout."""
        deadline = time.monotonic() + timeout
        with self._queue.all_tasks_done:
            while self._queue.unfinished_tasks:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._queue.all_tasks_done.wait(remaining)
        return True

    def close(self, timeout: float = 10.0) -> bool:
        """Write what is queued (within ``timeout``), then stop the thread."""
        with self._lock:
            thread = self._thread
        if thread is None:
            self._closing.set()
            return True
        self._queue.put(_STOP)
        thread.join(timeout)
        # Set only after the queue drained, so that retries during the drain still happen.
        self._closing.set()
        return not thread.is_alive()

    # -- the writer thread ---------------------------------------------------------------
    def _ensure_thread(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="job-history", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        owner: JobStoreOwner | None = None
        opener = self._open_store
        try:
            while True:
                item = self._queue.get()
                try:
                    if item is _STOP:
                        return
                    if isinstance(item, tuple) and item[0] == "retarget":
                        if owner is not None:
                            _close_quietly(owner)
                        owner, opener = None, item[1]
                        # Rows of the old library are not ours to finish in the new one.
                        self._rows.clear()
                        continue
                    if owner is None:
                        owner = self._with_retries(opener, "open the job history")
                        if owner is None:
                            self.dropped += 1
                            continue
                    self._write(owner.jobs, item)
                finally:
                    self._queue.task_done()
        finally:
            if owner is not None:
                _close_quietly(owner)

    def _write(self, store: JobStore, info: JobInfo) -> None:
        row = self._rows.get(info.id)
        if row is None:
            row = self._with_retries(
                lambda: store.create(info.kind, _jsonable(info.params), created_at=info.queued_at),
                f"record job {info.id}",
            )
            if row is None:
                self.dropped += 1
                return
            self._rows[info.id] = row
        if info.state is JobState.RUNNING:
            started = self._with_retries(
                lambda: store.start(row, at=info.started_at) or True,
                f"record the start of job {info.id}",
            )
            if started is None:
                self.dropped += 1
        elif info.state.ended:
            ended = self._with_retries(
                lambda: _end(store, row, info) or True, f"record the end of job {info.id}"
            )
            if ended is None:
                self.dropped += 1
            self._rows.pop(info.id, None)

    def _with_retries(self, action: Callable[[], Any], what: str) -> Any:
        delays = iter(self._retry_delays)
        while True:
            try:
                return action()
            except Exception as exc:  # a history write must never take the writer down
                delay = next(delays, None)
                if delay is None or self._closing.is_set():
                    log.warning("could not %s: %s", what, exc)
                    return None
                time.sleep(delay)


def _end(store: JobStore, row: int, info: JobInfo) -> None:
    if info.started_at is not None:
        # The start may not have been written if the job ended before its start was recorded.
        store.start(row, at=info.started_at)
    store.end(
        row,
        info.state.value,
        result=_jsonable(info.result_summary) if info.result_summary is not None else None,
        error=error_text(info),
        at=info.ended_at,
    )


def _jsonable(value: Mapping[str, Any] | None) -> dict[str, Any]:
    """Parameters as plain JSON values (paths and enums become strings)."""
    out: dict[str, Any] = {}
    for key, item in (value or {}).items():
        if item is None or isinstance(item, bool | int | float | str):
            out[str(key)] = item
        elif isinstance(item, list | tuple):
            out[str(key)] = [v if isinstance(v, bool | int | float | str) else str(v) for v in item]
        elif isinstance(item, Mapping):
            out[str(key)] = _jsonable(item)
        else:
            out[str(key)] = str(item)
    return out


def _close_quietly(owner: JobStoreOwner) -> None:
    try:
        owner.close()
    except Exception as exc:  # closing is best effort on the way out
        log.warning("could not close the job history's library: %s", exc)
