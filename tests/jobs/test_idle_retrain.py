"""Idle-time retraining of stale models, through the SynchronousJobRunner on the demo library."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from desktop_recsys.jobs import SynchronousJobRunner
from desktop_recsys.jobs.idle import IdleRetrainScheduler
from desktop_recsys.library import Library
from desktop_recsys.services.freshness import REFRESH_AFTER_INTERACTIONS
from desktop_recsys.services.training_service import train_model


def test_a_stale_model_is_retrained_once_with_its_own_configuration(
    qapp: Any, demo_library_copy: Path, tmp_path: Path
) -> None:
    models = tmp_path / "models"
    path = demo_library_copy
    old = train_model(
        path, models, kind="film", algorithm="item-knn", params={"k": 20}, profile=2,
        signal="plays", time_decay_days=90,
    )  # fmt: skip
    runner = SynchronousJobRunner()
    scheduler = IdleRetrainScheduler(runner, path, models)
    queued: list[tuple[int, int]] = []
    scheduler.retrain_queued.connect(lambda job, run: queued.append((job, run)))

    scheduler.check_now()
    assert queued == []  # nothing changed yet

    with Library.open(path) as lib:
        films = lib.items.ids_by_kind("film")
        lib.ratings.set(2, films[-1], 4.5, time.time())
    scheduler.check_now()
    assert queued == []  # one rating: stale, but not worth a retrain before a day has passed
    with Library.open(path) as lib:
        assert lib.model_runs.get(old).status == "stale"
        rated = {r.item_id for r in lib.ratings.for_profile(2)}
        fresh = [f for f in films if f not in rated][: REFRESH_AFTER_INTERACTIONS - 1]
        lib.ratings.set_many([(2, f, 4.0, time.time()) for f in fresh])
    scheduler.check_now()
    assert [run for _, run in queued] == [old]
    with Library.open(path) as lib:
        runs = lib.model_runs.list()
    new, previous = runs
    assert (previous.id, previous.status) == (old, "stale")
    assert new.status == "ready" and new.profile_id == 2 and new.algorithm == "item-knn"
    assert new.params["algorithm_params"] == previous.params["algorithm_params"]
    assert (new.params["signal"], new.params["time_decay_days"]) == ("plays", 90)

    scheduler.check_now()  # the fresh model serves now: nothing more to do
    assert len(queued) == 1


def test_no_check_while_the_runner_is_busy(
    qapp: Any, demo_library_copy: Path, tmp_path: Path
) -> None:
    runner = SynchronousJobRunner(autorun=False)
    runner.submit(lambda p, c: None, kind="busy")
    scheduler = IdleRetrainScheduler(runner, demo_library_copy, tmp_path / "models")
    assert scheduler.check_now() is None
    assert runner.run_pending() == 1
    assert scheduler.check_now() is not None


def test_a_stale_model_a_day_old_is_due_after_any_change(
    demo_library_copy: Path, tmp_path: Path
) -> None:
    """Fewer than 20 new interactions: due only once the model is a day old."""
    from desktop_recsys.services.freshness import find_due_runs
    from desktop_recsys.services.recommend_service import find_stale_runs

    models = tmp_path / "models"
    run = train_model(demo_library_copy, models, kind="film", algorithm="popularity")
    assert find_due_runs(demo_library_copy, now=time.time() + 2 * 86400) == []
    with Library.open(demo_library_copy) as lib:
        lib.plays.add(3, lib.items.ids_by_kind("film")[0], time.time())
    assert find_due_runs(demo_library_copy) == []
    assert [r.id for r in find_stale_runs(demo_library_copy)] == [run]  # stale all the same
    later = time.time() + 86400 + 60
    assert [r.id for r in find_due_runs(demo_library_copy, now=later)] == [run]
