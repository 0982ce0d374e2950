"""Runner logic through SynchronousJobRunner: outcomes, signal order, cancel, replace."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop_recsys.errors import UserError
from desktop_recsys.jobs import JobLane, JobState, ProgressThrottle, SynchronousJobRunner
from desktop_recsys.jobs.definitions import CreateDemoLibraryJob
from desktop_recsys.progress import CancelToken, ProgressFn


class Recorder:
    """Every signal of a runner, in order, as tuples."""

    def __init__(self, runner: SynchronousJobRunner) -> None:
        self.events: list[tuple[Any, ...]] = []
        runner.queued.connect(lambda i, k, t: self.events.append(("queued", i, k, t)))
        runner.started.connect(lambda i: self.events.append(("started", i)))
        runner.progress.connect(lambda i, f, m: self.events.append(("progress", i, f, m)))
        runner.finished.connect(lambda i, r: self.events.append(("finished", i, r)))
        runner.failed.connect(lambda i, m, t: self.events.append(("failed", i, m, t)))
        runner.cancelled.connect(lambda i: self.events.append(("cancelled", i)))
        runner.ended.connect(lambda i, s: self.events.append(("ended", i, s)))

    def names(self) -> list[str]:
        return [event[0] for event in self.events]


def counting_job(progress: ProgressFn, cancel: CancelToken) -> int:
    for step in range(3):
        cancel.raise_if_cancelled()
        progress((step + 1) / 3, f"step {step + 1}")
    return 42


def test_finished_job_reports_in_order() -> None:
    runner = SynchronousJobRunner()
    seen = Recorder(runner)
    job_id = runner.submit(counting_job, kind="count", title="Counting")
    assert seen.names() == [
        "queued",
        "started",
        "progress",
        "progress",
        "progress",
        "finished",
        "ended",
    ]
    assert seen.events[0] == ("queued", job_id, "count", "Counting")
    assert seen.events[2][2:] == (pytest.approx(1 / 3), "step 1")
    assert seen.events[5] == ("finished", job_id, 42)
    assert seen.events[6] == ("ended", job_id, "finished")
    info = runner.job(job_id)
    assert info is not None and info.state is JobState.FINISHED and info.fraction == 1.0
    assert not runner.is_busy()
    assert [i.id for i in runner.recent_jobs()] == [job_id]


def test_user_error_fails_with_its_own_line() -> None:
    def job(progress: ProgressFn, cancel: CancelToken) -> None:
        raise UserError("file  x.csv\nhas no header; add one")

    runner = SynchronousJobRunner()
    seen = Recorder(runner)
    job_id = runner.submit(job, kind="import")
    failed = [e for e in seen.events if e[0] == "failed"]
    assert failed[0][1] == job_id
    assert failed[0][2] == "file x.csv has no header; add one"
    assert "UserError" in failed[0][3]  # the traceback is kept for the jobs panel
    info = runner.job(job_id)
    assert info is not None and info.state is JobState.FAILED
    assert info.traceback and "raise UserError" in info.traceback


def test_bug_fails_with_type_and_traceback() -> None:
    def broken_job(progress: ProgressFn, cancel: CancelToken) -> None:
        {}["missing"]

    runner = SynchronousJobRunner()
    seen = Recorder(runner)
    runner.submit(broken_job, kind="x")
    _name, _id, message, trace = next(e for e in seen.events if e[0] == "failed")
    assert message == "KeyError: 'missing'"
    assert "broken_job" in trace and trace.startswith("Traceback")
    assert seen.names()[-1] == "ended"


def test_cancel_from_a_progress_handler_stops_the_job() -> None:
    steps: list[int] = []

    def long_job(progress: ProgressFn, cancel: CancelToken) -> str:
        for step in range(100):
            cancel.raise_if_cancelled()
            steps.append(step)
            progress(step / 100, "working")
        return "done"

    runner = SynchronousJobRunner()
    seen = Recorder(runner)
    runner.progress.connect(lambda job_id, fraction, _m: fraction >= 0.02 and runner.cancel(job_id))
    job_id = runner.submit(long_job, kind="long")
    assert steps == [0, 1, 2]
    assert seen.names()[-2:] == ["cancelled", "ended"]
    assert "finished" not in seen.names()
    assert runner.cancel(job_id) is False  # already over


def test_queued_job_cancelled_never_runs() -> None:
    ran: list[str] = []
    runner = SynchronousJobRunner(autorun=False)
    seen = Recorder(runner)
    first = runner.submit(lambda p, c: ran.append("first"), kind="a")
    second = runner.submit(lambda p, c: ran.append("second"), kind="b")
    assert [i.state for i in runner.active_jobs()] == [JobState.QUEUED, JobState.QUEUED]
    assert runner.cancel(first)
    assert ("cancelled", first) in seen.events
    assert ("started", first) not in seen.events
    assert runner.run_pending() == 1
    assert ran == ["second"]
    assert ("finished", second, None) in seen.events


def test_replace_key_replaces_the_queued_job() -> None:
    ran: list[int] = []
    runner = SynchronousJobRunner(autorun=False)
    seen = Recorder(runner)
    old = runner.submit(lambda p, c: ran.append(1), kind="train", replace_key="train:3")
    other = runner.submit(lambda p, c: ran.append(2), kind="train", replace_key="train:4")
    new = runner.submit(lambda p, c: ran.append(3), kind="train", replace_key="train:3")
    assert ("cancelled", old) in seen.events
    assert {i.id for i in runner.active_jobs()} == {other, new}
    runner.run_pending()
    assert ran == [2, 3]


def test_progress_values_are_clamped() -> None:
    def job(progress: ProgressFn, cancel: CancelToken) -> None:
        progress(-1, "a")
        progress(7, "b")
        progress(float("nan"), "c")

    runner = SynchronousJobRunner()
    seen = Recorder(runner)
    runner.submit(job, kind="x")
    assert [e[2] for e in seen.events if e[0] == "progress"] == [0.0, 1.0, 0.0]


def test_throttle_passes_one_report_per_interval() -> None:
    now = [0.0]
    throttle = ProgressThrottle(0.1, clock=lambda: now[0])
    assert throttle.offer(0.1, "a") == (0.1, "a")  # the first always passes
    now[0] = 0.05
    assert throttle.offer(0.2, "b") is None
    assert throttle.offer(0.3, "c") is None
    now[0] = 0.1
    assert throttle.offer(0.4, "d") == (0.4, "d")
    now[0] = 0.15
    assert throttle.offer(0.9, "e") is None
    assert throttle.take_pending() == (0.9, "e")  # the newest held-back report
    assert throttle.take_pending() is None


def test_job_definition_carries_kind_lane_and_params(tmp_path: Path) -> None:
    calls: list[tuple[Any, ...]] = []

    def fake_create(path: Any, *, seed: int, progress: ProgressFn, cancel: CancelToken) -> str:
        progress(0.5, "half")
        calls.append((path, seed))
        return "stats"

    job = CreateDemoLibraryJob(tmp_path / "lib.sqlite", seed=3)
    assert job.lane is JobLane.WRITE
    runner = SynchronousJobRunner()
    results: list[Any] = []
    runner.finished.connect(lambda _i, result: results.append(result))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("desktop_recsys.services.library_service.create_demo_library", fake_create)
        job_id = runner.submit_job(job)
    info = runner.job(job_id)
    assert info is not None
    assert (info.kind, info.lane, info.title) == ("create_demo", JobLane.WRITE, job.title)
    assert info.params == {"path": str(tmp_path / "lib.sqlite"), "seed": 3}
    assert calls == [(tmp_path / "lib.sqlite", 3)]
    assert results == ["stats"]


def test_history_sees_every_state_change() -> None:
    class History:
        def __init__(self) -> None:
            self.states: list[tuple[int, str]] = []

        def job_changed(self, info: Any) -> None:
            self.states.append((info.id, info.state.value))

    history = History()
    runner = SynchronousJobRunner(history=history)
    job_id = runner.submit(counting_job, kind="count")
    assert history.states == [(job_id, "queued"), (job_id, "running"), (job_id, "finished")]
