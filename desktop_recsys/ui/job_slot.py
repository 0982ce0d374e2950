"""A view's latest job for one purpose (its list, its training, its export), by handle.

A view asks again before an earlier answer came (another profile, another kind): the earlier
job is cancelled or left to finish, and its late answer must not be shown. A
:class:`JobSlot` holds the latest :class:`~desktop_recsys.jobs.handle.JobHandle` for one
purpose and passes on the callbacks of that latest job only; a job the slot has moved on from
(a newer submit, or :meth:`JobSlot.forget`) is heard no more. Nothing here compares job ids.

:attr:`JobSlot.handle` is the job while it is queued or running and None once it ended, the
same whether the runner runs jobs on threads or inside ``submit`` (the synchronous runner of
the tests, whose callbacks run before ``submit`` returns).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from desktop_recsys.jobs.base import Job, JobRunnerBase
from desktop_recsys.jobs.handle import JobHandle

Callback = Callable[..., Any]


def _owner_alive(callback: Callback) -> bool:
    """False when ``callback`` is a method of a Qt object that has been deleted (its window
    closed before a late answer came): there is nobody left to tell."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class JobSlot:
    """The latest job submitted for one purpose; see the module docstring."""

    def __init__(self) -> None:
        self._handle: JobHandle | None = None
        # Bumped by every submit and forget: a callback of an older job sees it changed.
        self._generation = 0

    @property
    def handle(self) -> JobHandle | None:
        """The latest job while it is queued or running; None before, after, or forgotten."""
        handle = self._handle
        return handle if handle is not None and handle.active else None

    def submit(
        self,
        runner: JobRunnerBase,
        job: Job,
        *,
        on_started: Callback | None = None,
        on_progress: Callback | None = None,
        on_finished: Callback | None = None,
        on_failed: Callback | None = None,
        on_cancelled: Callback | None = None,
        on_ended: Callback | None = None,
    ) -> JobHandle:
        """Submit ``job`` to ``runner`` as this slot's job, with callbacks heard only while it
        is the slot's latest job (they take the handle's signal arguments). Returns the handle.

        An earlier job of the slot is neither cancelled nor waited for (call :meth:`cancel`
        first for that); its callbacks stop from now on.
        """
        self._generation += 1
        generation = self._generation

        def latest_only(callback: Callback | None) -> Callback | None:
            if callback is None:
                return None

            def call(*args: Any) -> None:
                if self._generation == generation and _owner_alive(callback):
                    callback(*args)

            return call

        handle = runner.submit_job(
            job,
            on_started=latest_only(on_started),
            on_progress=latest_only(on_progress),
            on_finished=latest_only(on_finished),
            on_failed=latest_only(on_failed),
            on_cancelled=latest_only(on_cancelled),
            on_ended=latest_only(on_ended),
        )
        if self._generation == generation:  # a callback may have submitted a newer one
            self._handle = handle
        return handle

    def cancel(self) -> bool:
        """Ask the slot's job to stop (its ``on_cancelled`` still runs); False if none runs."""
        handle = self.handle
        return handle.cancel() if handle is not None else False

    def forget(self) -> None:
        """Stop hearing the slot's job (it goes on unless cancelled); the slot is empty."""
        self._generation += 1
        self._handle = None
