"""A handle on one submitted job: its own signals, its own cancel.

The runner broadcasts every job's life on its own signals (for the jobs panel, the status bar
and the history). A view that submitted a job wants only that job's news: ``submit`` returns a
:class:`JobHandle` whose signals carry nothing but that job's progress, result, failure and
cancellation, so no view keeps job ids or compares them (MusicBrainz Picard's callback-per-task
idea, inside our richer runner).

Callbacks given to ``submit``/``submit_job`` (``on_finished=...`` and so on) are connected before
the job is queued, so not even a synchronous runner, which runs the job inside ``submit``, can
emit before the view listens. A view keeps the handle while it cares and asks
:attr:`JobHandle.active` instead of comparing ids.

A handle compares and hashes like its job id, so code and tests that hold ids (the runner's
broadcast signals carry ids) can look a handle up among them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from desktop_recsys.jobs.records import JobInfo


class _Owner(Protocol):
    """What a handle needs of its runner."""

    def cancel(self, job_id: int) -> bool: ...

    def job(self, job_id: int) -> JobInfo | None: ...


class JobHandle(QObject):
    """One job's own signals, in the runner's order: ``started`` -> ``progress``* -> one of
    ``finished`` / ``failed`` / ``cancelled`` -> ``ended``; always on the runner's thread."""

    started = Signal()
    #: fraction 0..1, message (a str, often a translatable progress.Message with metrics)
    progress = Signal(float, object)
    finished = Signal(object)  # the job's result
    #: one-line message (a str or a progress.Message), traceback text
    failed = Signal(object, str)
    cancelled = Signal()
    ended = Signal(str)  # the final state's value: "finished", "failed" or "cancelled"

    def __init__(self, owner: _Owner, job_id: int) -> None:
        # No Qt parent: the runner holds the handle while the job lives and whoever submitted
        # it holds it after, so a finished job's handle goes when nobody wants it any more.
        super().__init__()
        self._owner = owner
        self._id = job_id
        self._ended = False

    @property
    def id(self) -> int:
        """The runner's id of this job (the one its broadcast signals carry)."""
        return self._id

    @property
    def active(self) -> bool:
        """True while the job is queued or running; False once it has ended in any way."""
        return not self._ended

    def info(self) -> JobInfo | None:
        """The job's latest snapshot (state, fraction, message, times), as the runner has it."""
        return self._owner.job(self._id)

    def cancel(self) -> bool:
        """Ask the job to stop; False if it already ended."""
        return self._owner.cancel(self._id)

    def connect_callbacks(
        self,
        *,
        on_started: Callable[[], Any] | None = None,
        on_progress: Callable[[float, Any], Any] | None = None,
        on_finished: Callable[[Any], Any] | None = None,
        on_failed: Callable[[Any, str], Any] | None = None,
        on_cancelled: Callable[[], Any] | None = None,
        on_ended: Callable[[str], Any] | None = None,
    ) -> None:
        """Connect the given callbacks to this handle's signals (None: not wanted)."""
        for signal, slot in (
            (self.started, on_started),
            (self.progress, on_progress),
            (self.finished, on_finished),
            (self.failed, on_failed),
            (self.cancelled, on_cancelled),
            (self.ended, on_ended),
        ):
            if slot is not None:
                signal.connect(slot)

    # -- called by the runner --------------------------------------------------------------
    def _mark_ended(self) -> None:
        self._ended = True

    # -- a handle stands for its id ------------------------------------------------------------
    def __index__(self) -> int:
        return self._id

    def __int__(self) -> int:
        return self._id

    def __eq__(self, other: object) -> bool:
        if isinstance(other, JobHandle):
            return other._id == self._id
        if isinstance(other, int) and not isinstance(other, bool):
            return other == self._id
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._id)

    def __repr__(self) -> str:
        state = "active" if self.active else "ended"
        return f"<JobHandle {self._id} {state}>"
