"""What a job is, as data: its lane, its state, the definition protocol and its snapshot.

Plain Python (no Qt), so the handle, the history and the views can name these without
importing the runner.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from desktop_recsys.progress import CancelToken, ProgressFn


class JobLane(enum.Enum):
    """Where a job runs.

    ``READ`` jobs (reads, recommendations, exports) share a thread pool and run side by side.
    ``WRITE`` jobs (anything that writes the library, folder scans and imports included, and
    anything that fits models: training, evaluation, tuning) run one at a time, in submission
    order, so two writers never contend for SQLite's single write lock and two fits never fight
    for the CPU.
    """

    READ = "read"
    WRITE = "write"


class JobState(enum.Enum):
    """Where a job is in its life; the values match the library's job history statuses."""

    QUEUED = "queued"
    RUNNING = "running"
    FINISHED = "finished"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def ended(self) -> bool:
        return self in (JobState.FINISHED, JobState.FAILED, JobState.CANCELLED)


@runtime_checkable
class Job(Protocol):
    """A job definition (``*Job`` dataclasses in :mod:`desktop_recsys.jobs.definitions`)."""

    kind: str
    lane: JobLane

    @property
    def title(self) -> str: ...

    def params(self) -> dict[str, Any]: ...

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> Any: ...


@dataclass(frozen=True)
class JobInfo:
    """A snapshot of one job, as shown in a status bar or a jobs panel."""

    id: int
    kind: str
    title: str
    lane: JobLane
    params: Mapping[str, Any] = field(default_factory=dict)
    state: JobState = JobState.QUEUED
    fraction: float = 0.0
    message: str = ""
    queued_at: float = 0.0
    started_at: float | None = None
    ended_at: float | None = None
    error: str | None = None
    traceback: str | None = None
    replace_key: str | None = None
    #: A small JSON-able summary of a finished job's result, for the persisted history.
    result_summary: Mapping[str, Any] | None = None
    #: A short read a screen asks for by itself (a list, "more like this"): not kept in the
    #: history, and gone from the Jobs list once it finished (a failure stays listed).
    quiet: bool = False


class JobHistory(Protocol):
    """Where ended and started jobs are recorded (the seam for persisted job history).

    Called on the runner's thread (the GUI thread) after each state change. The in-memory
    runner keeps a short list itself; a persistent history (kind, parameters, start, end,
    outcome, error in the library's ``jobs`` table, and "interrupted" on the next start) plugs
    in here without touching the runner.
    """

    def job_changed(self, info: JobInfo) -> None: ...
