"""The daily mixes are made again while the app is idle: every profile's on the first check,
nothing on the next (they are fresh), a retrained model's profile after the training, and
no check while the runner is busy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_recsys.jobs import SynchronousJobRunner
from desktop_recsys.jobs.definitions import TrainModelJob
from desktop_recsys.jobs.idle_mixes import IdleMixesScheduler
from desktop_recsys.library import Library
from desktop_recsys.services import mixes_service


def test_idle_checks_make_the_mixes_that_are_due(
    qapp: Any, qtbot: Any, demo_library_copy: Path, tmp_path: Path
) -> None:
    models = tmp_path / "models"
    runner = SynchronousJobRunner()
    results: list[Any] = []
    runner.finished.connect(lambda _job, result: results.append(result))
    scheduler = IdleMixesScheduler(runner, lambda: demo_library_copy, lambda: models)
    scheduler.start()
    assert scheduler.check_now() is not None
    made = results[-1]
    with Library.open(demo_library_copy) as library:
        profiles = [p.id for p in library.profiles.list()]
        assert set(made) == set(profiles)
        before = mixes_service.stored_mixes(library, 5)
    assert before is not None and before.run_id is None and len(before.mixes) >= 2
    scheduler.check_now()
    assert results[-1] == {}, "fresh mixes are not made again"

    # A training finishes: a check follows by itself, and profile 5's mixes follow its model.
    runner.submit_job(TrainModelJob(demo_library_copy, models, "track", "als", (), profile=5))
    qtbot.waitUntil(lambda: results[-1] != {} and isinstance(results[-1], dict)
                    and 5 in results[-1], timeout=20000)  # fmt: skip
    assert set(results[-1]) == {5}
    with Library.open(demo_library_copy) as library:
        after = mixes_service.stored_mixes(library, 5)
    assert after is not None and after.run_id is not None
    scheduler.stop()


def test_no_check_while_the_runner_is_busy(qapp: Any, demo_library_copy: Path) -> None:
    runner = SynchronousJobRunner(autorun=False)
    runner.submit(lambda progress, cancel: None, kind="other", title="something else")
    scheduler = IdleMixesScheduler(runner, lambda: demo_library_copy, lambda: None)
    assert scheduler.check_now() is None
