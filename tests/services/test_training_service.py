"""train_model and the model run's life: ready with a card, or cancelled/failed with no file."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from desktop_recsys.engine.persistence import load_model, read_manifest
from desktop_recsys.errors import Cancelled, UserError
from desktop_recsys.library import Library, dataset_rows
from desktop_recsys.progress import CancelToken
from desktop_recsys.services.dataset_service import build_dataset
from desktop_recsys.services.training_service import (
    INTERRUPTED_ERROR,
    list_runs,
    recover_interrupted_work,
    train_model,
)


def files_in(folder: Path) -> list[str]:
    """Every file in the models folder, hidden temporary files included."""
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_trained_model_is_ready_with_its_card(demo_library_copy: Path, models_dir: Path) -> None:
    reports: list[tuple[float, str]] = []
    run_id = train_model(
        demo_library_copy,
        models_dir,
        kind="film",
        algorithm="als",
        params={"factors": 8, "iterations": 3},
        profile=1,
        progress=lambda f, m: reports.append((f, m)),
    )
    with Library.open(demo_library_copy) as lib:
        run = lib.model_runs.get(run_id)
    assert run is not None and run.status == "ready" and run.error is None
    assert run.profile_id == 1 and run.algorithm == "als"
    assert run.finished_at is not None and run.finished_at >= run.created_at
    assert run.params["kind"] == "film" and run.params["signal"] == "auto"
    assert run.params["algorithm_params"]["factors"] == 8
    assert run.params["dataset"] == {
        "users": 25,
        "items": 800,
        "interactions": pytest.approx(build_dataset(demo_library_copy, kind="film").nnz),
    }
    # The change counter of the films it was trained at: read back, not scanned.
    with Library.open(demo_library_copy) as lib:
        assert run.params["data_signature"] == dataset_rows.data_versions(lib, "film")
    assert run.params["data_signature"]["versions"][0] > 0
    assert run.metrics["train_seconds"] >= 0
    # The file is the only model in the folder and is the model the card describes; beside
    # it, For you's catalogue rows for the next window (cache/, nothing half-written).
    assert files_in(models_dir) == sorted([run.file, "cache"])
    assert files_in(models_dir / "cache") == ["for-you-rows-film.npz"]
    model = load_model(models_dir / str(run.file))
    assert model.fingerprint == run.data_fingerprint
    assert model.fingerprint == build_dataset(demo_library_copy, kind="film").fingerprint()
    assert read_manifest(models_dir / str(run.file))["metrics"] == run.metrics
    fractions = [f for f, _ in reports]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def test_rating_models_learn_from_stars(tiny: Any, models_dir: Path) -> None:
    run_id = train_model(tiny.path, models_dir, kind="film", algorithm="biased-mf")
    (run,) = list_runs(tiny.path, kind="film")
    assert run.id == run_id and run.params["signal"] == "ratings" and run.profile_id is None
    assert list_runs(tiny.path, kind="track") == []


def test_bad_input_is_refused_before_a_run_exists(tiny: Any, models_dir: Path) -> None:
    with pytest.raises(UserError, match="unknown algorithm"):
        train_model(tiny.path, models_dir, kind="film", algorithm="magic")
    with pytest.raises(UserError, match="unknown parameter"):
        train_model(tiny.path, models_dir, kind="film", algorithm="als", params={"colour": 1})
    with pytest.raises(UserError, match="unknown item kind"):
        train_model(tiny.path, models_dir, kind="podcast")
    with pytest.raises(UserError, match="no profile named"):
        train_model(tiny.path, models_dir, kind="film", profile="Zed")
    assert list_runs(tiny.path) == []
    assert files_in(models_dir) == []


def test_cancel_mid_training_leaves_a_cancelled_run_and_no_file(
    demo_library_copy: Path, models_dir: Path
) -> None:
    token = CancelToken()
    seen: list[float] = []

    def progress(fraction: float, message: str) -> None:
        seen.append(fraction)
        if fraction > 0.3:  # well inside the fit (0.1-0.9 of the job)
            token.cancel()

    with pytest.raises(Cancelled):
        train_model(
            demo_library_copy,
            models_dir,
            kind="film",
            algorithm="als",
            params={"iterations": 50},
            progress=progress,
            cancel=token,
        )
    assert max(seen) < 0.9  # it stopped during the fit, not after
    (run,) = list_runs(demo_library_copy)
    assert run.status == "cancelled" and run.file is None and run.finished_at is not None
    assert files_in(models_dir) == []


def test_a_failure_keeps_the_message_and_leaves_no_file(
    demo_library_copy: Path, models_dir: Path
) -> None:
    def evaluate(model: Any, dataset: Any) -> dict[str, float]:
        raise RuntimeError("metric blew up")

    with pytest.raises(RuntimeError, match="metric blew up"):
        train_model(
            demo_library_copy, models_dir, kind="film", algorithm="popularity", evaluate=evaluate
        )
    (run,) = list_runs(demo_library_copy)
    assert run.status == "failed" and run.error == "RuntimeError: metric blew up"
    assert files_in(models_dir) == []


def test_a_failed_save_leaves_no_file_and_a_failed_run(
    demo_library_copy: Path, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "models"
    not_a_folder.write_text("a file where the models folder should be")
    with pytest.raises(UserError, match="is not a folder"):
        train_model(demo_library_copy, not_a_folder, kind="film", algorithm="popularity")
    (run,) = list_runs(demo_library_copy)
    assert run.status == "failed" and run.file is None
    assert not_a_folder.read_text().startswith("a file")


def test_evaluation_figures_join_the_card(tiny: Any, models_dir: Path) -> None:
    run_id = train_model(
        tiny.path,
        models_dir,
        kind="film",
        algorithm="popularity",
        evaluate=lambda model, dataset: {"ndcg@10": 0.25},
    )
    (run,) = list_runs(tiny.path)
    assert run.id == run_id and run.metrics["ndcg@10"] == 0.25
    with zipfile.ZipFile(models_dir / str(run.file)) as zf:
        assert json.loads(zf.read("manifest.json"))["metrics"]["ndcg@10"] == 0.25


def test_recovery_marks_interrupted_work_and_removes_leftovers(tiny: Any, models_dir: Path) -> None:
    with Library.open(tiny.path) as lib:
        running_job = lib.jobs.create("train", {"kind": "film"})
        lib.jobs.start(running_job)
        queued_job = lib.jobs.create("recommend")
        done_job = lib.jobs.create("recommend")
        lib.jobs.end(done_job, "finished")
        run_id = lib.model_runs.create("als", params={"kind": "film"})
    models_dir.mkdir()
    leftover = models_dir / f".run{run_id}-film-als-0000.npz.abc123.tmp"
    leftover.write_bytes(b"half a model")
    other = models_dir / "run99-film-als-1234.npz"
    other.write_bytes(b"someone else's model")

    report = recover_interrupted_work(tiny.path, models_dir)

    assert (report.jobs, report.runs, report.files_removed) == (2, 1, 1)
    with Library.open(tiny.path) as lib:
        statuses = {j.id: j.status for j in lib.jobs.list()}
        run = lib.model_runs.get(run_id)
    assert statuses == {running_job: "interrupted", queued_job: "interrupted", done_job: "finished"}
    assert run is not None and run.status == "failed" and run.error == INTERRUPTED_ERROR
    assert not leftover.exists() and other.exists()
    # A second start finds nothing more to do.
    assert recover_interrupted_work(tiny.path, models_dir).jobs == 0
