"""Import, folder scan, export, evaluate and tune jobs through the real threaded JobRunner.

Each kind once to a finished result and once cancelled mid-run, waiting on signals only. A
cancel must be reported within a second and leave nothing half done: the library exactly as it
was (no half import, no tuned choice, no model run), no export file or temporary file.

Where a service runs too quickly to be caught mid-run, the test pauses the worker at one of the
service's own progress reports (:func:`gated`): the service has started its real work, the test
cancels, and the service must then notice the cancel at its next check. Nothing waits a fixed
time.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_recsys.jobs import JobLane, JobRunner, JobState
from desktop_recsys.jobs.definitions import (
    EvaluateJob,
    ExportJob,
    ImportJob,
    TuneJob,
)
from desktop_recsys.jobs.history import PersistentJobHistory
from desktop_recsys.library import Library
from desktop_recsys.progress import CancelToken, ProgressFn
from desktop_recsys.services import evaluation_service

WAIT_MS = 30000
MEDIA = Path(__file__).resolve().parents[1] / "data" / "media"
# Every table a person's data lives in, plus the ones an evaluation or tuning could touch.
TABLES = ("items", "profiles", "ratings", "plays", "marks", "genres", "item_genres", "tags",
          "item_tags", "playlists", "playlist_items", "model_runs", "meta")  # fmt: skip


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


def snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of :data:`TABLES`, read through a separate read-only connection."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}
    finally:
        conn.close()


def history_status(history: PersistentJobHistory, path: Path, kind: str) -> list[str]:
    assert history.flush()
    with Library.open(path) as lib:
        return [j.status for j in lib.jobs.list() if j.kind == kind]


class Gate:
    """Pauses a job's worker at the first progress report that ``when`` accepts, until the
    test releases it; the job itself (its kind, lane and service call) is unchanged."""

    def __init__(self, when: Callable[[float, str], bool]) -> None:
        self._when = when
        self.reached = threading.Event()
        self.release = threading.Event()

    def wrap(self, job: Any) -> Callable[[ProgressFn, CancelToken], Any]:
        def gated(progress: ProgressFn, cancel: CancelToken) -> Any:
            def report(fraction: float, message: str) -> None:
                progress(fraction, message)
                if not self.reached.is_set() and self._when(fraction, message):
                    self.reached.set()
                    self.release.wait(WAIT_MS / 1000)

            return job(report, cancel)

        return gated


def submit_gated(runner: JobRunner, job: Any, gate: Gate) -> int:
    return runner.submit(
        gate.wrap(job), kind=job.kind, title=job.title, lane=job.lane, params=job.params()
    )


def cancel_gated(qtbot: Any, runner: JobRunner, job_id: int, gate: Gate) -> float:
    """Cancel a job paused at its gate, let it go on, and return how long the cancel took."""
    qtbot.waitUntil(gate.reached.is_set, timeout=WAIT_MS)
    asked = time.monotonic()
    with qtbot.waitSignal(runner.cancelled, timeout=1000) as blocker:
        assert runner.cancel(job_id)
        gate.release.set()
    assert blocker.args == [job_id]
    return time.monotonic() - asked


# -- import and folder scan (write lane) ----------------------------------------------------


def test_folder_scan_finishes_with_its_report(
    qtbot: Any, runner: JobRunner, history: PersistentJobHistory, demo_library_copy: Path,
    tmp_path: Path,
) -> None:  # fmt: skip
    media = tmp_path / "media"
    shutil.copytree(MEDIA, media)
    job = ImportJob(demo_library_copy, "folder", media, (("profile", "Scanner"),))
    assert job.lane is JobLane.WRITE
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS) as blocker:
        job_id = runner.submit_job(job)
    report = blocker.args[1]
    assert blocker.args[0] == job_id and report.status == "finished"
    # 11: the mislabelled "actually an mp3.flac" is read by its content (issue 14)
    assert report.get("files", "added") == 11
    with Library.open(demo_library_copy) as lib:
        scanner = lib.profiles.by_name("Scanner")
        assert scanner is not None and len(lib.ratings.for_profile(scanner.id)) == 3  # tags
    assert history_status(history, demo_library_copy, "import") == ["finished"]


def test_cancelled_movielens_import_leaves_the_library_as_it_was(
    qtbot: Any, runner: JobRunner, history: PersistentJobHistory, demo_library_copy: Path,
    data_dir: Path,
) -> None:  # fmt: skip
    before = snapshot(demo_library_copy)
    # Paused while the importer is adding ratings inside its transaction: half-way in.
    gate = Gate(lambda fraction, message: message == "ratings" and fraction > 0.3)
    job = ImportJob(demo_library_copy, "movielens", data_dir / "ml-latest-small")
    job_id = submit_gated(runner, job, gate)
    assert cancel_gated(qtbot, runner, job_id, gate) < 1.0
    assert snapshot(demo_library_copy) == before
    assert history_status(history, demo_library_copy, "import") == ["cancelled"]


def test_cancelled_folder_scan_adds_nothing(
    qtbot: Any, runner: JobRunner, demo_library_copy: Path, tmp_path: Path
) -> None:
    media = tmp_path / "media"
    shutil.copytree(MEDIA, media)
    before = snapshot(demo_library_copy)
    gate = Gate(lambda fraction, message: message == "reading tags")
    job_id = submit_gated(runner, ImportJob(demo_library_copy, "folder", media), gate)
    assert cancel_gated(qtbot, runner, job_id, gate) < 1.0
    assert snapshot(demo_library_copy) == before


# -- export (read pool) ---------------------------------------------------------------------


def test_exports_finish_with_their_files(
    qtbot: Any, runner: JobRunner, demo_library_copy: Path, tmp_path: Path
) -> None:
    out_csv, out_zip = tmp_path / "films.csv", tmp_path / "profile.zip"
    jobs = [
        ExportJob(demo_library_copy, "library", out_csv, (("fmt", "csv"), ("kind", "film"))),
        ExportJob(demo_library_copy, "profile", out_zip, (("profile", 1),)),
    ]
    assert all(job.lane is JobLane.READ for job in jobs)
    results: dict[int, Any] = {}
    runner.finished.connect(lambda job_id, result: results.setdefault(job_id, result))
    ids = [runner.submit_job(job) for job in jobs]
    qtbot.waitUntil(lambda: len(results) == 2, timeout=WAIT_MS)
    with Library.open(demo_library_copy) as lib:
        films = len(lib.items.ids_by_kind("film"))
    assert results[ids[0]] == {"items": films, "file": str(out_csv)}
    # A header, then one line per film (titles hold no line breaks in the demo).
    assert len(out_csv.read_text(encoding="utf-8").splitlines()) == films + 1
    assert results[ids[1]]["file"] == str(out_zip) and results[ids[1]]["ratings"] > 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_bad_export_fails_with_one_line(
    qtbot: Any, runner: JobRunner, demo_library_copy: Path, tmp_path: Path
) -> None:
    job = ExportJob(demo_library_copy, "recommendations", tmp_path / "r.csv", (("profile", 1),))
    with qtbot.waitSignal(runner.failed, timeout=WAIT_MS) as blocker:
        runner.submit_job(job)
    assert blocker.args[1] == "exporting recommendations needs the models folder"
    assert not (tmp_path / "r.csv").exists()


def test_cancelled_export_leaves_no_file(
    qtbot: Any, runner: JobRunner, demo_library_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "exports" / "library.json"
    out.parent.mkdir()
    gate = Gate(lambda fraction, message: message == "reading the library")
    job = ExportJob(demo_library_copy, "library", out, (("fmt", "json"),))
    job_id = submit_gated(runner, job, gate)
    assert cancel_gated(qtbot, runner, job_id, gate) < 1.0
    assert list(out.parent.iterdir()) == []  # neither the file nor a temporary one


# -- evaluate and tune (write lane: they train) ----------------------------------------------


def test_evaluation_finishes_with_a_report(
    qtbot: Any, runner: JobRunner, history: PersistentJobHistory, demo_library_copy: Path
) -> None:
    job = EvaluateJob(demo_library_copy, "film", ("popularity", "item-knn"), k=(5, 10))
    assert job.lane is JobLane.WRITE
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS) as blocker:
        runner.submit_job(job)
    report = blocker.args[1]
    assert [r.label for r in report.results] == ["popularity", "item-knn"]
    assert report.cutoffs == [5, 10]
    ndcg = {r.label: r.per_user["ndcg@10"].mean() for r in report.results}
    assert 0.0 < ndcg["popularity"] < 1.0 and 0.0 < ndcg["item-knn"] < 1.0
    assert history_status(history, demo_library_copy, "evaluate") == ["finished"]


def test_cancel_mid_evaluation_stops_within_a_second(
    qtbot: Any, runner: JobRunner, history: PersistentJobHistory, demo_library_copy: Path
) -> None:
    before = snapshot(demo_library_copy)
    # Far more iterations than the test will wait for: only a cancel ends it in time (1,000 is
    # the most als accepts; a larger value is refused before the fit starts).
    job = EvaluateJob(demo_library_copy, "film", ("als:iterations=1000",))
    with qtbot.waitSignal(
        runner.progress, timeout=WAIT_MS, check_params_cb=lambda i, f, m: "epoch" in m
    ):
        job_id = runner.submit_job(job)
    asked = time.monotonic()
    with qtbot.waitSignal(runner.cancelled, timeout=1000) as blocker:
        assert runner.cancel(job_id)
    assert blocker.args == [job_id] and time.monotonic() - asked < 1.0
    assert snapshot(demo_library_copy) == before
    assert history_status(history, demo_library_copy, "evaluate") == ["cancelled"]


def test_tuning_finishes_and_stores_its_choice(
    qtbot: Any, runner: JobRunner, demo_library_copy: Path
) -> None:
    job = TuneJob(demo_library_copy, "film", "item-knn", budget_s=20, max_trials=3)
    assert job.lane is JobLane.WRITE
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS) as blocker:
        runner.submit_job(job)
    result = blocker.args[1]
    assert result.algorithm == "item-knn" and 1 <= len(result.trials) <= 3
    assert result.stopped in ("max_trials", "exhausted", "early_stopping")
    stored = evaluation_service.tuned_params(demo_library_copy, kind="film", algorithm="item-knn")
    assert stored == (result.best_params or None)


def test_cancel_mid_tuning_stores_nothing(
    qtbot: Any, runner: JobRunner, history: PersistentJobHistory, demo_library_copy: Path
) -> None:
    before = snapshot(demo_library_copy)
    job = TuneJob(demo_library_copy, "film", "als", budget_s=600)
    with qtbot.waitSignal(
        runner.progress, timeout=WAIT_MS, check_params_cb=lambda i, f, m: "trial" in m
    ):
        job_id = runner.submit_job(job)
    asked = time.monotonic()
    with qtbot.waitSignal(runner.cancelled, timeout=1000) as blocker:
        assert runner.cancel(job_id)
    assert blocker.args == [job_id] and time.monotonic() - asked < 1.0
    assert snapshot(demo_library_copy) == before  # no tuned choice in meta
    assert evaluation_service.tuned_params(demo_library_copy, kind="film", algorithm="als") is None
    info = runner.job(job_id)
    assert info is not None and info.state is JobState.CANCELLED
    assert history_status(history, demo_library_copy, "tune") == ["cancelled"]
