"""A runner that runs each job inline, on the caller's thread, for logic tests and scripts."""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QObject

from desktop_recsys.jobs.base import (
    JobHistory,
    JobRunnerBase,
    _Entry,
    clamp_fraction,
    run_job,
)


class SynchronousJobRunner(JobRunnerBase):
    """The same interface and signals as :class:`~desktop_recsys.jobs.runner.JobRunner`, no threads.

    With ``autorun=True`` (the default) ``submit`` runs the job before it returns, so every
    signal has been emitted by then. With ``autorun=False`` jobs wait until :meth:`run_pending`,
    which lets a test cancel or replace a queued job. Progress is not throttled: a test sees
    every report.
    """

    def __init__(
        self,
        *,
        autorun: bool = True,
        history: JobHistory | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(history=history, parent=parent)
        self._autorun = autorun
        self._pending: deque[_Entry] = deque()

    def run_pending(self) -> int:
        """Run queued jobs in submission order; returns how many ran."""
        ran = 0
        while self._pending:
            entry = self._pending.popleft()
            if entry.info.id in self._live:
                self._run(entry)
                ran += 1
        return ran

    def shutdown(self, timeout_ms: int = 0) -> bool:
        self.cancel_all()
        return True

    def _enqueue(self, entry: _Entry) -> None:
        self._pending.append(entry)
        if self._autorun:
            self.run_pending()

    def _withdraw(self, entry: _Entry) -> bool:
        if entry in self._pending:
            self._pending.remove(entry)
            return True
        return False

    def _run(self, entry: _Entry) -> None:
        job_id = entry.info.id
        self._on_started(job_id)

        def progress(fraction: float, message: str) -> None:
            self._on_progress(job_id, clamp_fraction(fraction), message)

        state, result, error, trace = run_job(entry.fn, progress, entry.token)
        self._end(job_id, state, result, error, trace)
