"""The window's warm-up readies For you's first list (issue 19) without making one: the model
is loaded once even when the first list asks for it at the same moment, the catalogue's rows
are kept for that list, and nothing is recorded."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from desktop_recsys.config.paths import models_dir_for
from desktop_recsys.library import Library
from desktop_recsys.services import for_you_service, recommend_service
from desktop_recsys.services.for_you_vectors import SliderVectors
from desktop_recsys.services.training_service import train_model
from desktop_recsys.ui.deferred import warm_up


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory, demo_library_file: Path) -> Path:
    path = tmp_path_factory.mktemp("warm") / "demo.sqlite"
    shutil.copyfile(demo_library_file, path)
    train_model(path, models_dir_for(path), kind="film")
    return path


def _rows(path: Path) -> dict[str, int]:
    """Row counts of every table but SQLite's own statistics."""
    with Library.open(path) as library:
        conn = library.conn
        names = [
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith("sqlite_")
        ]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def test_a_model_asked_for_twice_at_once_is_loaded_once(
    trained: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loads: list[Path] = []
    real = recommend_service.load_model

    def slow(path: Path) -> Any:
        loads.append(path)
        time.sleep(0.3)  # long enough for the second caller to arrive meanwhile
        return real(path)

    monkeypatch.setattr(recommend_service, "load_model", slow)
    model_file = next(models_dir_for(trained).glob("*.npz"))
    cache = recommend_service.ModelCache()
    got: list[Any] = []
    threads = [threading.Thread(target=lambda: got.append(cache.load(model_file))) for _ in "ab"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(loads) == 1
    assert got[0] is got[1]


def test_the_warm_up_readies_the_first_list_and_records_nothing(trained: Path) -> None:
    models = models_dir_for(trained)
    cache, keep = recommend_service.ModelCache(), SliderVectors()
    before = _rows(trained)
    step = lambda: for_you_service.prepare(  # noqa: E731 - what the view hands the thread
        trained, models, profile=1, kind="film", algorithm=None, cache=cache, vector_cache=keep
    )
    done: list[bool] = []
    warm_up(lambda: done.append(bool(step()))).join()
    # The rows are in memory, read from the file the training left (not built).
    assert done == [True] and (keep.reads, keep.loads) == (0, 1)
    assert len(cache._models) == 1  # the serving model is in the view's cache
    assert _rows(trained) == before  # no list, run, job or placement written
    first = for_you_service.for_you_list(
        trained, models, profile=1, kind="film", n=20, diversity_pool=60, cache=cache,
        vector_cache=keep,
    )  # fmt: skip
    fresh = for_you_service.for_you_list(
        trained, models, profile=1, kind="film", n=20, diversity_pool=60
    )
    assert [r.item_id for r in first.recommendations.rows] == [
        r.item_id for r in fresh.recommendations.rows
    ]
    assert (first.vectors != fresh.vectors).nnz == 0


def test_a_warm_up_without_a_model_or_that_fails_stops_nothing(
    tmp_path: Path, demo_library_file: Path
) -> None:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_library_file, path)
    cache, keep = recommend_service.ModelCache(), SliderVectors()
    assert not for_you_service.prepare(
        path, models_dir_for(path), profile=1, kind="film", algorithm=None, cache=cache,
        vector_cache=keep,
    )  # fmt: skip
    after: list[str] = []

    def broken() -> None:
        raise RuntimeError("a step that fails")

    warm_up(broken, lambda: after.append("next step ran")).join()
    assert after == ["next step ran"]
