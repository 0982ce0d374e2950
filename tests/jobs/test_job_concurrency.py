"""Per-kind concurrency through the real threaded JobRunner: one training at a time, and a second
training for the same profile replaces the queued one (issue 6). Waits on signals and events only.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_recsys.errors import Cancelled
from desktop_recsys.jobs import JobLane, JobRunner, JobState
from desktop_recsys.jobs.definitions import TrainModelJob, TuneJob
from desktop_recsys.library import Library
from desktop_recsys.progress import CancelToken, ProgressFn

WAIT_MS = 30000


@pytest.fixture
def runner(qapp: Any) -> Iterator[JobRunner]:
    runner = JobRunner(read_threads=2, compute_threads=1)
    yield runner
    assert runner.shutdown(WAIT_MS)


def test_a_second_training_for_a_profile_replaces_the_queued_one(
    qtbot: Any, runner: JobRunner, demo_library_copy: Path, tmp_path: Path
) -> None:
    models = tmp_path / "models"
    release = threading.Event()
    running: list[int] = []
    overlap: list[int] = []

    def track_start(job_id: int) -> None:
        if running:
            overlap.append(job_id)  # something else was running in the write lane
        running.append(job_id)

    runner.started.connect(track_start)
    # A job withdrawn from the queue ends without ever having started.
    runner.ended.connect(lambda job_id, _state: job_id in running and running.remove(job_id))
    cancelled: list[int] = []
    runner.cancelled.connect(cancelled.append)

    # Something already occupies the write lane, so the trainings below wait in the queue.
    with qtbot.waitSignal(runner.started, timeout=WAIT_MS):
        runner.submit(lambda p, c: release.wait(WAIT_MS / 1000), kind="busy", lane=JobLane.WRITE)
    first = runner.submit_job(TrainModelJob(demo_library_copy, models, "film", "popularity", (), 2))
    other = runner.submit_job(TrainModelJob(demo_library_copy, models, "film", "popularity", (), 3))
    tracks = runner.submit_job(
        TrainModelJob(demo_library_copy, models, "track", "popularity", (), 2)
    )
    second = runner.submit_job(TrainModelJob(demo_library_copy, models, "film", "item-knn", (), 2))
    # Replaced at once, on submit: same library, profile and kind; other profiles and kinds stay.
    assert cancelled == [first]
    assert {i.id for i in runner.active_jobs()} >= {other, tracks, second}
    release.set()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=WAIT_MS)
    assert overlap == []  # one job at a time in the write lane: never two trainings at once
    with Library.open(demo_library_copy) as lib:
        runs = {
            (r.profile_id, r.params["kind"], r.algorithm): r.status for r in lib.model_runs.list()
        }
    # The replaced training never started, so it left no model run at all.
    assert runs == {
        (3, "film", "popularity"): "ready",
        (2, "track", "popularity"): "ready",
        (2, "film", "item-knn"): "ready",
    }


def test_replacing_never_stops_a_job_that_already_started(qtbot: Any, runner: JobRunner) -> None:
    """The worker has picked the first job up, but its "started" report has not reached the
    GUI thread yet, so the runner still sees it queued: a replacement must not cancel it."""
    picked_up = threading.Event()
    release = threading.Event()

    def first_job(progress: ProgressFn, cancel: CancelToken) -> str:
        picked_up.set()
        release.wait(WAIT_MS / 1000)
        if cancel.cancelled:
            raise Cancelled("stopped mid-run")
        return "completed"

    first = runner.submit(first_job, kind="train", lane=JobLane.WRITE, replace_key="train:p1")
    # Wait on the worker itself, without running the event loop: "started" stays queued.
    assert picked_up.wait(WAIT_MS / 1000)
    info = runner.job(first)
    assert info is not None and info.state is JobState.QUEUED
    second = runner.submit(lambda p, c: "second", kind="train", lane=JobLane.WRITE,
                           replace_key="train:p1")  # fmt: skip
    release.set()
    results: dict[int, Any] = {}
    runner.finished.connect(lambda job_id, result: results.setdefault(job_id, result))
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=WAIT_MS)
    assert results == {first: "completed", second: "second"}


def test_tuning_the_same_algorithm_twice_replaces_the_queued_one(
    qtbot: Any, runner: JobRunner, demo_library_copy: Path
) -> None:
    release = threading.Event()
    with qtbot.waitSignal(runner.started, timeout=WAIT_MS):
        runner.submit(lambda p, c: release.wait(WAIT_MS / 1000), kind="busy", lane=JobLane.WRITE)
    cancelled: list[int] = []
    runner.cancelled.connect(cancelled.append)
    first = runner.submit_job(TuneJob(demo_library_copy, "film", "popularity", 5, max_trials=1))
    knn = runner.submit_job(TuneJob(demo_library_copy, "film", "item-knn", 5, max_trials=1))
    again = runner.submit_job(TuneJob(demo_library_copy, "film", "popularity", 5, max_trials=1))
    assert cancelled == [first]
    finished: list[int] = []
    runner.finished.connect(lambda job_id, _r: finished.append(job_id))
    release.set()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=WAIT_MS)
    assert first not in finished and {knn, again} <= set(finished)
