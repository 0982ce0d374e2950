"""Held-out figures on a model's card: ``train_model(evaluate=holdout_card_metrics)``, the
``TrainModelJob`` field and ``desktop-recsys train --evaluate``, on the demo library."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from desktop_recsys.cli import main
from desktop_recsys.engine.persistence import read_manifest
from desktop_recsys.errors import Cancelled
from desktop_recsys.jobs import SynchronousJobRunner
from desktop_recsys.jobs.definitions import TrainModelJob
from desktop_recsys.jobs.idle import retrain_job
from desktop_recsys.library import Library
from desktop_recsys.library.models import ModelRun
from desktop_recsys.progress import CancelToken
from desktop_recsys.services import evaluation_service
from desktop_recsys.services.evaluation_service import holdout_card_metrics
from desktop_recsys.services.training_service import train_model


def run_of(path: Path, run_id: int) -> ModelRun:
    with Library.open(path) as lib:
        run = lib.model_runs.get(run_id)
    assert run is not None
    return run


def test_card_figures_match_the_evaluation_of_the_same_split(
    demo_library_copy: Path, models_dir: Path
) -> None:
    run_id = train_model(
        demo_library_copy, models_dir, kind="film", algorithm="item-knn",
        evaluate=holdout_card_metrics,
    )  # fmt: skip
    run = run_of(demo_library_copy, run_id)
    assert run.status == "ready"
    # The Model Lab's evaluation on the same protocol split: the same figures, independently.
    report = evaluation_service.evaluate(
        demo_library_copy, kind="film", algorithms=["item-knn"], k=[10, 20]
    )
    (result,) = report.results
    assert run.metrics["ndcg@10"] == pytest.approx(result.per_user["ndcg@10"].mean(), abs=1e-9)
    assert run.metrics["recall@20"] == pytest.approx(result.per_user["recall@20"].mean(), abs=1e-9)
    assert run.metrics["coverage@10"] == pytest.approx(result.catalogue["coverage@10"], abs=1e-9)
    assert run.metrics["holdout_users"] == report.dataset["tested_users"] > 10
    assert 0.0 < run.metrics["ndcg@10"] < 1.0
    assert "rmse" not in run.metrics  # item-knn ranks, it does not predict ratings
    # The card travels with the model file too.
    assert read_manifest(models_dir / str(run.file))["metrics"] == run.metrics


def test_a_rating_model_card_has_rmse(demo_library_copy: Path, models_dir: Path) -> None:
    run_id = train_model(
        demo_library_copy, models_dir, kind="film", algorithm="biased-mf",
        params={"iterations": 5}, evaluate=holdout_card_metrics,
    )  # fmt: skip
    metrics = run_of(demo_library_copy, run_id).metrics
    assert 0.0 < metrics["mae"] <= metrics["rmse"] < 4.5  # stars are 0.5..5
    assert math.isfinite(metrics["ndcg@10"])


def test_a_cancel_during_the_held_out_fit_leaves_no_model(
    demo_library_copy: Path, models_dir: Path
) -> None:
    token = CancelToken()

    def progress(fraction: float, message: str) -> None:
        if 0.9 < fraction < 0.95:  # the held-out copy is being fitted
            token.cancel()

    with pytest.raises(Cancelled):
        train_model(
            demo_library_copy, models_dir, kind="film", algorithm="als",
            evaluate=holdout_card_metrics, progress=progress, cancel=token,
        )  # fmt: skip
    assert token.cancelled
    with Library.open(demo_library_copy) as lib:
        (run,) = lib.model_runs.list()
    assert run.status == "cancelled" and run.file is None and run.metrics in ({}, None)
    assert not models_dir.exists() or list(models_dir.iterdir()) == []


def test_the_training_job_and_its_idle_retrain_carry_the_figures(
    qapp: Any, demo_library_copy: Path, models_dir: Path
) -> None:
    runner = SynchronousJobRunner()
    results: list[int] = []
    runner.finished.connect(lambda _i, run_id: results.append(run_id))
    job = TrainModelJob(demo_library_copy, models_dir, "film", "popularity", profile=1,
                        evaluate=True)  # fmt: skip
    assert job.params()["evaluate"] is True
    runner.submit_job(job)
    run = run_of(demo_library_copy, results[0])
    assert {"ndcg@10", "recall@20", "coverage@10", "holdout_users"} <= set(run.metrics)
    assert retrain_job(demo_library_copy, models_dir, run).evaluate is True
    plain = TrainModelJob(demo_library_copy, models_dir, "film", "popularity", profile=2)
    runner.submit_job(plain)
    run = run_of(demo_library_copy, results[1])
    assert "ndcg@10" not in run.metrics
    assert retrain_job(demo_library_copy, models_dir, run).evaluate is False


def test_cli_train_evaluate_prints_and_stores_the_figures(
    demo_library_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = str(demo_library_copy)
    assert main(["train", "--library", lib, "--kind", "film", "--algorithm", "popularity",
                 "--evaluate", "--quiet"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "Held-out figures (" in out and "ndcg@10 0." in out
    assert main(["models", "list", "--library", lib, "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["metrics"]["ndcg@10"] > 0 and "recall@20" in listed["metrics"]
