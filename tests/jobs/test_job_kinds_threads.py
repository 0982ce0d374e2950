"""Every job kind once through the real threaded JobRunner, waiting on signals only.

Each test runs a real service on a real library (the demo, or an empty file) on a worker thread
and checks what the GUI thread was told and what the library and the models folder hold after.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_recsys import app as app_module
from desktop_recsys.config import AppPaths
from desktop_recsys.config.paths import models_dir_for
from desktop_recsys.jobs import JobRunner
from desktop_recsys.jobs.definitions import (
    ActivateModelRunJob,
    CreateDemoLibraryJob,
    FindStaleModelsJob,
    RecommendJob,
    TrainModelJob,
)
from desktop_recsys.jobs.history import PersistentJobHistory
from desktop_recsys.library import Library
from desktop_recsys.library.models import JobRecord, ModelRun
from desktop_recsys.progress import CancelToken, ProgressFn
from desktop_recsys.services.training_service import INTERRUPTED_ERROR, train_model

WAIT_MS = 20000


@pytest.fixture
def models(tmp_path: Path) -> Path:
    return tmp_path / "models"


@pytest.fixture
def history(demo_library_copy: Path) -> Iterator[PersistentJobHistory]:
    history = PersistentJobHistory(lambda: Library.open(demo_library_copy))
    yield history
    history.close()


@pytest.fixture
def runner(qapp: Any, history: PersistentJobHistory) -> Iterator[JobRunner]:
    runner = JobRunner(read_threads=2, compute_threads=1, history=history)
    yield runner
    assert runner.shutdown(WAIT_MS)


def runs(path: Path) -> list[ModelRun]:
    with Library.open(path) as lib:
        return lib.model_runs.list()


def job_records(path: Path) -> list[JobRecord]:
    with Library.open(path) as lib:
        return lib.jobs.list()


def test_training_finishes_with_a_ready_run_and_a_history_row(
    qtbot: Any, runner: JobRunner, history: PersistentJobHistory, demo_library_copy: Path,
    models: Path,
) -> None:  # fmt: skip
    job = TrainModelJob(demo_library_copy, models, "film", "als", (("iterations", "3"),), 2)
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS) as blocker:
        job_id = runner.submit_job(job)
    assert blocker.args[0] == job_id
    (run,) = runs(demo_library_copy)
    assert blocker.args[1] == run.id and run.status == "ready" and run.profile_id == 2
    assert (models / str(run.file)).is_file()
    assert history.flush()
    (rec,) = job_records(demo_library_copy)
    assert (rec.kind, rec.status, rec.result) == ("train", "finished", {"value": run.id})
    assert rec.params["algorithm"] == "als" and rec.params["params"] == {"iterations": "3"}


def test_recommendations_arrive_on_the_gui_thread(
    qtbot: Any, runner: JobRunner, demo_library_copy: Path, models: Path
) -> None:
    run_id = train_model(demo_library_copy, models, kind="track", algorithm="ease")
    job = RecommendJob(demo_library_copy, models, 5, "track", n=7)
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS) as blocker:
        runner.submit_job(job)
    result = blocker.args[1]
    assert result.run.id == run_id and len(result) == 7
    assert all(row.kind == "track" and row.title for row in result)


def test_cancel_mid_training_stops_within_a_second_and_leaves_nothing(
    qtbot: Any, runner: JobRunner, history: PersistentJobHistory, demo_library_copy: Path,
    models: Path,
) -> None:  # fmt: skip
    # Far more iterations than the test will wait for: only a cancel ends it in time (1,000 is
    # the most als accepts; a larger value is refused before the fit starts).
    job = TrainModelJob(demo_library_copy, models, "film", "als", (("iterations", "1000"),))
    with qtbot.waitSignal(
        runner.progress, timeout=WAIT_MS, check_params_cb=lambda i, f, m: f > 0.1
    ):
        job_id = runner.submit_job(job)
    (run,) = runs(demo_library_copy)
    assert run.status == "training"  # it is in the middle of the fit
    asked = time.monotonic()
    with qtbot.waitSignal(runner.cancelled, timeout=1000) as blocker:
        assert runner.cancel(job_id)
    assert blocker.args == [job_id] and time.monotonic() - asked < 1.0
    (run,) = runs(demo_library_copy)
    assert run.status == "cancelled" and run.file is None
    assert not models.exists() or list(models.iterdir()) == []
    assert history.flush()
    (rec,) = job_records(demo_library_copy)
    assert rec.status == "cancelled" and rec.started_at is not None


def test_a_failed_training_keeps_the_traceback_everywhere(
    qtbot: Any, runner: JobRunner, history: PersistentJobHistory, demo_library_copy: Path,
    models: Path,
) -> None:  # fmt: skip
    job = TrainModelJob(demo_library_copy, models, "artist", "als")  # the demo has no artist data
    with qtbot.waitSignal(runner.failed, timeout=WAIT_MS) as blocker:
        job_id = runner.submit_job(job)
    failed_id, message, trace = blocker.args
    assert failed_id == job_id and "no plays or ratings of artists" in message
    assert "train_model" in trace and "require_interactions" in trace
    # No data of the kind at all is refused before a run row exists (issue 14): no failed run.
    assert runs(demo_library_copy) == []
    assert history.flush()
    (rec,) = job_records(demo_library_copy)
    assert rec.status == "failed" and rec.error is not None
    assert rec.error.startswith(message) and "Traceback" in rec.error


def test_rollback_and_stale_check_jobs(
    qtbot: Any, runner: JobRunner, demo_library_copy: Path, models: Path
) -> None:
    old = train_model(demo_library_copy, models, kind="film", algorithm="popularity", profile=1)
    new = train_model(demo_library_copy, models, kind="film", algorithm="ease", profile=1)
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS) as blocker:
        runner.submit_job(ActivateModelRunJob(demo_library_copy, models, old))
    assert blocker.args[1].id == old and blocker.args[1].status == "ready"
    assert {r.id: r.status for r in runs(demo_library_copy)} == {old: "ready", new: "retired"}

    with Library.open(demo_library_copy) as lib:
        lib.plays.add(1, lib.items.ids_by_kind("film")[0], time.time())
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS) as blocker:
        runner.submit_job(FindStaleModelsJob(demo_library_copy))
    assert [r.id for r in blocker.args[1]] == [old]
    assert {r.id: r.status for r in runs(demo_library_copy)} == {old: "stale", new: "retired"}


def test_demo_creation_runs_in_the_write_lane(qtbot: Any, qapp: Any, tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite"
    Library.open(path).close()  # the GUI always has the library open before any job runs
    history = PersistentJobHistory(lambda: Library.open(path))
    runner = JobRunner(compute_threads=1, history=history)
    try:
        with qtbot.waitSignal(runner.finished, timeout=WAIT_MS) as blocker:
            runner.submit_job(CreateDemoLibraryJob(path, seed=3))
        assert blocker.args[1].profiles == 25
    finally:
        assert runner.shutdown(WAIT_MS)
        assert history.close()
    (rec,) = job_records(path)
    assert (rec.kind, rec.status) == ("create_demo", "finished")


def test_shutdown_delivers_the_last_outcome_to_the_history(
    qapp: Any, runner: JobRunner, history: PersistentJobHistory, demo_library_copy: Path
) -> None:
    def endless(progress: ProgressFn, cancel: CancelToken) -> None:
        while True:
            cancel.raise_if_cancelled()
            time.sleep(0.002)

    ended: list[str] = []
    runner.ended.connect(lambda job_id, state: ended.append(state))
    runner.submit(endless, kind="endless")
    assert runner.shutdown(WAIT_MS)
    assert ended == ["cancelled"]  # delivered by shutdown itself, no event loop needed
    assert history.flush()
    (rec,) = job_records(demo_library_copy)
    assert rec.status == "cancelled"


def test_jobs_killed_with_the_app_show_as_interrupted_on_the_next_start(
    qtbot: Any, demo_library_copy: Path, tmp_path: Path
) -> None:
    paths = AppPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
    # The one rule of where a library's models live (issue 14): beside a non-default library.
    models_dir = models_dir_for(demo_library_copy, paths)
    with Library.open(demo_library_copy) as lib:
        running = lib.jobs.create("train", {"kind": "film"})
        lib.jobs.start(running)
        queued = lib.jobs.create("recommend")
        run_id = lib.model_runs.create("als", params={"kind": "film"})
    models_dir.mkdir(parents=True)
    leftover = models_dir / f".run{run_id}-film-als-abcd.npz.x1.tmp"
    leftover.write_bytes(b"half")

    session = app_module.start_gui(demo_library_copy, paths=paths)
    try:
        assert isinstance(session.runner, JobRunner) and session.history is not None
        with Library.open(demo_library_copy) as lib:
            statuses = {j.id: j.status for j in lib.jobs.list()}
            run = lib.model_runs.get(run_id)
        assert {running: statuses[running], queued: statuses[queued]} == {
            running: "interrupted",
            queued: "interrupted",
        }
        # Anything else is this session's own work (the scheduled backup taken at start).
        with Library.open(demo_library_copy) as lib:
            others = {j.kind for j in lib.jobs.list() if j.id not in (running, queued)}
        assert others <= {"backup"}
        assert run is not None and (run.status, run.error) == ("failed", INTERRUPTED_ERROR)
        assert not leftover.exists()
        # This session's own jobs are recorded by the history it built (after the backup job
        # started at launch, whose "finished" must not be taken for the probe's).
        qtbot.waitUntil(lambda: not session.runner.is_busy(), timeout=WAIT_MS)
        with qtbot.waitSignal(session.runner.finished, timeout=WAIT_MS):
            session.runner.submit(lambda p, c: 1, kind="probe")
        assert session.history.flush()
        with Library.open(demo_library_copy) as lib:
            probe = [j for j in lib.jobs.list() if j.kind == "probe"]
        assert [j.status for j in probe] == ["finished"]
    finally:
        session.close()
