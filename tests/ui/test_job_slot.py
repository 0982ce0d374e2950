"""JobSlot: a view's latest job for one purpose, heard through its handle, on both runners."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

import pytest

from desktop_recsys.jobs import JobLane, JobRunner, SynchronousJobRunner
from desktop_recsys.progress import CancelToken, ProgressFn
from desktop_recsys.ui.job_slot import JobSlot

WAIT_MS = 5000


@dataclass(frozen=True)
class FakeJob:
    """A job definition around a plain function."""

    fn: Callable[[ProgressFn, CancelToken], Any] = field(compare=False)

    kind: ClassVar[str] = "fake"
    lane: ClassVar[JobLane] = JobLane.READ

    @property
    def title(self) -> str:
        return "A fake job"

    def params(self) -> dict[str, Any]:
        return {}

    def __call__(self, progress: ProgressFn, cancel: CancelToken) -> Any:
        return self.fn(progress, cancel)


@dataclass(frozen=True)
class FakeWriteJob(FakeJob):
    """The same on the write lane, where jobs run one at a time."""

    lane: ClassVar[JobLane] = JobLane.WRITE


def answer(value: int, job: type[FakeJob] = FakeJob) -> FakeJob:
    def run(progress: ProgressFn, cancel: CancelToken) -> int:
        progress(0.5, "half")
        return value

    return job(run)


@pytest.fixture
def threaded(qapp: object) -> Iterator[JobRunner]:
    runner = JobRunner(compute_threads=1)
    yield runner
    runner.shutdown(30000)


def test_a_job_run_inside_submit_is_heard_and_leaves_the_slot_empty() -> None:
    slot = JobSlot()
    heard: list[tuple[str, Any]] = []
    handle = slot.submit(
        SynchronousJobRunner(),
        answer(7),
        on_progress=lambda f, m: heard.append(("progress", (f, m))),
        on_finished=lambda r: heard.append(("finished", r)),
        on_ended=lambda s: heard.append(("ended", s)),
    )
    assert heard == [("progress", (0.5, "half")), ("finished", 7), ("ended", "finished")]
    assert not handle.active
    assert slot.handle is None


def test_the_slot_holds_the_running_job_and_forgets_it_once_ended(
    qtbot: Any, threaded: JobRunner
) -> None:
    release = threading.Event()

    def held(progress: ProgressFn, cancel: CancelToken) -> str:
        release.wait(5)
        return "done"

    slot = JobSlot()
    results: list[object] = []
    handle = slot.submit(threaded, FakeJob(held), on_finished=results.append)
    assert slot.handle is handle and handle.active
    assert slot.handle == handle.id  # a handle stands for its job id
    with qtbot.waitSignal(handle.ended, timeout=WAIT_MS):
        release.set()
    assert results == ["done"]
    assert slot.handle is None


def test_a_newer_job_silences_the_older_one(qtbot: Any, threaded: JobRunner) -> None:
    release = threading.Event()

    def held(progress: ProgressFn, cancel: CancelToken) -> str:
        release.wait(5)
        return "old"

    slot = JobSlot()
    results: list[object] = []
    older = slot.submit(threaded, FakeJob(held), on_finished=results.append)
    newer = slot.submit(threaded, answer(2), on_finished=results.append)
    assert slot.handle is newer
    with qtbot.waitSignal(newer.ended, timeout=WAIT_MS):
        release.set()
    qtbot.waitUntil(lambda: not older.active, timeout=WAIT_MS)
    assert results == [2]  # the older job finished too, unheard


def test_cancel_is_heard_and_forget_silences(qtbot: Any, threaded: JobRunner) -> None:
    started, release = threading.Event(), threading.Event()

    def held(progress: ProgressFn, cancel: CancelToken) -> str:
        started.set()
        release.wait(5)
        cancel.raise_if_cancelled()
        return "never"

    slot = JobSlot()
    assert slot.cancel() is False  # nothing to cancel
    heard: list[str] = []
    running = slot.submit(threaded, FakeWriteJob(held), on_cancelled=lambda: heard.append("first"))
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    # Queued behind the running one on the write lane: withdrawn at once, and heard.
    queued = slot.submit(
        threaded, answer(1, FakeWriteJob), on_cancelled=lambda: heard.append("second")
    )
    assert slot.cancel() is True
    assert heard == ["second"] and not queued.active and slot.handle is None
    # The older, running job is cancelled by hand; the slot no longer hears it.
    running.cancel()
    slot.forget()
    with qtbot.waitSignal(running.ended, timeout=WAIT_MS):
        release.set()
    assert heard == ["second"]


def test_a_late_answer_to_a_deleted_owner_is_dropped(qtbot: Any, threaded: JobRunner) -> None:
    """A view closed (its C++ object deleted) before its job answers hears nothing: calling
    into it would raise "Internal C++ object already deleted" inside Qt's event loop."""
    import shiboken6
    from PySide6.QtWidgets import QLabel

    heard: list[object] = []

    class Owner(QLabel):
        def on_finished(self, result: object) -> None:
            heard.append(result)
            self.setText(str(result))  # touches the C++ object, as a view's slot does

    release = threading.Event()

    def held(progress: ProgressFn, cancel: CancelToken) -> int:
        release.wait(5)
        return 7

    alive, doomed = Owner(), Owner()
    slot, other = JobSlot(), JobSlot()
    kept = slot.submit(threaded, FakeJob(held), on_finished=alive.on_finished)
    dropped = other.submit(threaded, FakeJob(held), on_finished=doomed.on_finished)
    shiboken6.delete(doomed)
    release.set()
    qtbot.waitUntil(lambda: not kept.active and not dropped.active, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: heard == [7], timeout=WAIT_MS)  # only the living owner's
    assert alive.text() == "7"
