"""Job handles: each submitted job's own signals and cancel, on both runners."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QThread

from desktop_recsys.jobs import JobHandle, JobLane, JobRunner, JobState, SynchronousJobRunner
from desktop_recsys.progress import CancelToken, ProgressFn

WAIT_MS = 5000


def counting_job(progress: ProgressFn, cancel: CancelToken) -> int:
    for step in range(3):
        cancel.raise_if_cancelled()
        progress((step + 1) / 3, f"step {step + 1}")
    return 42


def broken_job(progress: ProgressFn, cancel: CancelToken) -> None:
    raise ValueError("row 7 is bad")


class HandleRecorder:
    """Every signal of one handle, in order."""

    def __init__(self) -> None:
        self.events: list[tuple[Any, ...]] = []

    def callbacks(self) -> dict[str, Any]:
        return {
            "on_started": lambda: self.events.append(("started",)),
            "on_progress": lambda f, m: self.events.append(("progress", round(f, 3), m)),
            "on_finished": lambda r: self.events.append(("finished", r)),
            "on_failed": lambda m, t: self.events.append(("failed", m, "Traceback" in t)),
            "on_cancelled": lambda: self.events.append(("cancelled",)),
            "on_ended": lambda s: self.events.append(("ended", s)),
        }


def test_callbacks_hear_a_synchronous_job_that_ran_inside_submit() -> None:
    runner = SynchronousJobRunner()
    seen = HandleRecorder()
    handle = runner.submit(counting_job, kind="count", **seen.callbacks())
    assert isinstance(handle, JobHandle)
    assert seen.events == [
        ("started",),
        ("progress", 0.333, "step 1"),
        ("progress", 0.667, "step 2"),
        ("progress", 1.0, "step 3"),
        ("finished", 42),
        ("ended", "finished"),
    ]
    assert not handle.active
    info = handle.info()
    assert info is not None and info.state is JobState.FINISHED


def test_a_handle_hears_only_its_own_job() -> None:
    runner = SynchronousJobRunner(autorun=False)
    first, second = HandleRecorder(), HandleRecorder()
    one = runner.submit(counting_job, kind="a", **first.callbacks())
    two = runner.submit(broken_job, kind="b", **second.callbacks())
    assert one.active and two.active and one != two
    assert runner.run_pending() == 2
    assert [e[0] for e in first.events] == [
        "started", "progress", "progress", "progress", "finished", "ended",
    ]  # fmt: skip
    assert second.events == [
        ("started",),
        ("failed", "ValueError: row 7 is bad", True),
        ("ended", "failed"),
    ]


def test_cancel_through_the_handle_withdraws_a_queued_job() -> None:
    runner = SynchronousJobRunner(autorun=False)
    seen = HandleRecorder()
    handle = runner.submit(counting_job, kind="count", **seen.callbacks())
    assert handle.cancel() is True
    assert seen.events == [("cancelled",), ("ended", "cancelled")]
    assert not handle.active and runner.run_pending() == 0
    assert handle.cancel() is False  # already over


def test_a_replaced_job_tells_its_handle() -> None:
    runner = SynchronousJobRunner(autorun=False)
    seen = HandleRecorder()
    old = runner.submit(counting_job, kind="train", replace_key="train:1", **seen.callbacks())
    new = runner.submit(counting_job, kind="train", replace_key="train:1")
    assert seen.events == [("cancelled",), ("ended", "cancelled")]
    assert not old.active and new.active


def test_a_handle_stands_for_its_job_id() -> None:
    runner = SynchronousJobRunner(autorun=False)
    ids: list[int] = []
    runner.queued.connect(lambda i, k, t: ids.append(i))
    handle = runner.submit(counting_job, kind="count")
    assert ids == [handle.id]
    assert handle == ids[0] and ids[0] == handle and hash(handle) == hash(ids[0])
    assert {ids[0]: "mine"}[handle] == "mine"
    assert runner.job(handle) is runner.job(ids[0])
    assert handle != ids[0] + 1 and handle != "1" and handle != True  # noqa: E712


@pytest.fixture
def runner(qapp: Any) -> Iterator[JobRunner]:
    runner = JobRunner(read_threads=2, compute_threads=1)
    yield runner
    assert runner.shutdown(WAIT_MS)


def test_threaded_handle_delivers_on_the_gui_thread(qtbot: Any, runner: JobRunner) -> None:
    gui_thread = QThread.currentThread()
    delivered_on: list[Any] = []
    others: list[int] = []

    def ident(progress: ProgressFn, cancel: CancelToken) -> int:
        progress(0.5, "half")
        return threading.get_ident()

    other = runner.submit(counting_job, kind="other", lane=JobLane.WRITE)
    other.finished.connect(lambda r: others.append(r))
    handle = runner.submit(
        ident, kind="ident", on_progress=lambda *_: delivered_on.append(QThread.currentThread())
    )
    with qtbot.waitSignal(handle.finished, timeout=WAIT_MS) as blocker:
        pass
    (worker_ident,) = blocker.args
    assert worker_ident != threading.get_ident()
    assert delivered_on == [gui_thread]
    qtbot.waitUntil(lambda: not other.active, timeout=WAIT_MS)
    assert others == [42]  # each handle got its own job's result, and only that
