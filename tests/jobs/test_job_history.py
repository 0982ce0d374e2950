"""Persisted job history through the SynchronousJobRunner, on real library files."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_recsys.errors import UserError
from desktop_recsys.jobs import JobLane, SynchronousJobRunner
from desktop_recsys.jobs.definitions import RecommendJob, TrainModelJob
from desktop_recsys.jobs.history import PersistentJobHistory
from desktop_recsys.library import Library
from desktop_recsys.library.models import JobRecord
from desktop_recsys.progress import CancelToken, ProgressFn


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite"
    Library.open(path).close()
    return path


@pytest.fixture
def history(library_path: Path) -> Iterator[PersistentJobHistory]:
    history = PersistentJobHistory(lambda: Library.open(library_path))
    yield history
    assert history.close()


def records(path: Path) -> list[JobRecord]:
    with Library.open(path) as lib:
        return sorted(lib.jobs.list(), key=lambda r: r.id)


def answer(progress: ProgressFn, cancel: CancelToken) -> int:
    progress(0.5, "thinking")
    return 42


def test_a_finished_job_is_recorded_with_params_times_and_result(
    library_path: Path, history: PersistentJobHistory
) -> None:
    runner = SynchronousJobRunner(history=history)
    runner.submit(answer, kind="answer", params={"question": "everything", "where": Path("/x")})
    assert history.flush()
    (rec,) = records(library_path)
    assert (rec.kind, rec.status, rec.result, rec.error) == (
        "answer",
        "finished",
        {"value": 42},
        None,
    )
    assert rec.params == {"question": "everything", "where": "/x"}
    assert rec.created_at <= rec.started_at <= rec.ended_at  # type: ignore[operator]


def test_a_failed_job_keeps_its_message_and_traceback(
    library_path: Path, history: PersistentJobHistory
) -> None:
    def broken(progress: ProgressFn, cancel: CancelToken) -> None:
        raise KeyError("column 'weight'")

    runner = SynchronousJobRunner(history=history)
    runner.submit(broken, kind="import", lane=JobLane.WRITE)
    assert history.flush()
    (rec,) = records(library_path)
    assert rec.status == "failed"
    first, _, trace = (rec.error or "").partition("\n\n")
    assert first == "KeyError: \"column 'weight'\""
    assert trace.startswith("Traceback") and "in broken" in trace


def test_a_cancelled_queued_job_never_started(
    library_path: Path, history: PersistentJobHistory
) -> None:
    runner = SynchronousJobRunner(autorun=False, history=history)
    job_id = runner.submit(answer, kind="answer")
    runner.cancel(job_id)
    assert runner.run_pending() == 0
    assert history.flush()
    (rec,) = records(library_path)
    assert (rec.status, rec.started_at, rec.error) == ("cancelled", None, None)


def test_recording_never_waits_for_a_busy_library(
    library_path: Path, history: PersistentJobHistory
) -> None:
    runner = SynchronousJobRunner(history=history)
    blocker = Library.open(library_path)
    try:
        with blocker.transaction():  # another writer (an import) holds the write lock
            began = time.monotonic()
            runner.submit(answer, kind="answer")
            assert time.monotonic() - began < 0.5  # the GUI thread went on at once
            assert not history.flush(timeout=0.2)  # the history thread is waiting its turn
    finally:
        blocker.close()
    assert history.flush()
    (rec,) = records(library_path)
    assert rec.status == "finished"


def test_switching_libraries_writes_to_the_new_one(
    library_path: Path, history: PersistentJobHistory, tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite"
    Library.open(other).close()
    runner = SynchronousJobRunner(history=history)
    runner.submit(answer, kind="first")
    history.retarget(lambda: Library.open(other))
    runner.submit(answer, kind="second")
    assert history.flush()
    assert [r.kind for r in records(library_path)] == ["first"]
    assert [r.kind for r in records(other)] == ["second"]


def test_an_unopenable_library_drops_records_without_hurting_jobs(tmp_path: Path) -> None:
    calls = threading.Event()

    def cannot_open() -> Any:
        calls.set()
        raise UserError("library is on a disk that went away")

    history = PersistentJobHistory(cannot_open, retry_delays=(0.01,))
    runner = SynchronousJobRunner(history=history)
    finished: list[Any] = []
    runner.finished.connect(lambda job_id, result: finished.append(result))
    runner.submit(answer, kind="answer")
    assert history.flush() and history.close()
    assert finished == [42] and calls.is_set() and history.dropped >= 1


def test_a_second_training_replaces_the_queued_one(demo_library_copy: Path, tmp_path: Path) -> None:
    path, models = demo_library_copy, tmp_path / "models"
    history = PersistentJobHistory(lambda: Library.open(path))
    runner = SynchronousJobRunner(autorun=False, history=history)
    ended: list[tuple[int, str]] = []
    runner.ended.connect(lambda job_id, state: ended.append((job_id, state)))

    def train(profile: int, kind: str = "film", algorithm: str = "popularity") -> int:
        return runner.submit_job(TrainModelJob(path, models, kind, algorithm, profile=profile))

    first = train(1)
    train(2)  # another profile: kept
    train(1, kind="track")  # another kind: kept
    train(1, algorithm="ease")  # same profile and kind: replaces the first

    assert ended == [(first, "cancelled")]
    assert runner.run_pending() == 3
    assert [state for _, state in ended[1:]] == ["finished"] * 3
    with Library.open(path) as lib:
        runs = {(r.profile_id, r.params["kind"], r.algorithm) for r in lib.model_runs.list()}
    assert runs == {(1, "film", "ease"), (2, "film", "popularity"), (1, "track", "popularity")}
    assert history.flush() and history.close()
    assert sorted(r.status for r in records(path)) == ["cancelled"] + ["finished"] * 3


def test_recommend_job_result_is_summarised_in_the_history(
    demo_library_copy: Path, tmp_path: Path
) -> None:
    path, models = demo_library_copy, tmp_path / "models"
    history = PersistentJobHistory(lambda: Library.open(path))
    runner = SynchronousJobRunner(history=history)
    results: list[Any] = []
    runner.finished.connect(lambda job_id, result: results.append(result))
    runner.submit_job(TrainModelJob(path, models, "film", "popularity"))
    runner.submit_job(RecommendJob(path, models, 4, "film", n=2))
    run_id, recs = results
    assert recs.run.id == run_id and len(recs) == 2
    assert history.flush() and history.close()
    train_rec, rec_rec = records(path)
    assert train_rec.result == {"value": run_id}
    assert rec_rec.result == {
        "run_id": run_id,
        "algorithm": "popularity",
        "rows": 2,
        "stale": False,
    }
    assert rec_rec.params["profile"] == 4 and rec_rec.kind == "recommend"
