"""Noticing a stale model from a change counter (schema version 5), never from the data.

Every write a model learns from moves the counter of its item kind, nothing else does, the
check reads one row whatever the library's size, and models trained before the counters are
checked the old way once and then keep the counter.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from services_test_library import T0, Tiny

from desktop_recsys.library import Library, dataset_rows, migrations
from desktop_recsys.library.models import NewItem
from desktop_recsys.services.recommend_service import find_stale_runs, recommend_for
from desktop_recsys.services.training_service import train_model

GOLDEN_V1 = Path(__file__).parents[1] / "library" / "golden" / "library_v1.sqlite"


def _rate(lib: Library, t: Tiny) -> None:
    lib.ratings.set(t.dan, t.films[2], 4.0, T0)


def _rerate(lib: Library, t: Tiny) -> None:
    lib.ratings.set(t.ann, t.films[0], 3.0, T0)  # Ann had 5 stars


def _unrate(lib: Library, t: Tiny) -> None:
    lib.ratings.remove(t.bob, t.films[0])


def _merge_ratings(lib: Library, t: Tiny) -> None:
    lib.ratings.merge_many([(t.dan, t.films[0], 2.0, None)])


def _play(lib: Library, t: Tiny) -> None:
    lib.plays.add(t.dan, t.films[0], T0)


def _plays_many(lib: Library, t: Tiny) -> None:
    lib.plays.add_many([(t.dan, t.films[1], T0, 1.0, False, 1)])


def _mark(lib: Library, t: Tiny) -> None:
    lib.marks.set(t.dan, t.films[2], "not_interested")


def _new_film(lib: Library, t: Tiny) -> None:
    lib.items.add(NewItem("film", "Delta"))


def _remove_film(lib: Library, t: Tiny) -> None:
    lib.items.remove(t.films[2])


def _remove_profile(lib: Library, t: Tiny) -> None:
    lib.profiles.remove(t.bob)  # his ratings go with him (a cascade)


WRITES: dict[str, Callable[[Library, Tiny], None]] = {
    "rating added": _rate,
    "rating changed": _rerate,
    "rating removed": _unrate,
    "rating imported": _merge_ratings,
    "play logged": _play,
    "plays imported": _plays_many,
    "mark set": _mark,
    "item added": _new_film,
    "item removed": _remove_film,
    "profile removed": _remove_profile,
}


def _train(t: Tiny, models_dir: Path) -> int:
    return train_model(t.path, models_dir, kind="film", algorithm="popularity")


def _stale(t: Tiny, models_dir: Path) -> bool:
    return recommend_for(t.path, models_dir, profile=t.ann, kind="film").stale


@pytest.mark.parametrize("write", list(WRITES))
def test_each_kind_of_write_makes_the_model_stale(write: str, tiny: Tiny, models_dir: Path) -> None:
    _train(tiny, models_dir)
    assert not _stale(tiny, models_dir)
    with Library.open(tiny.path) as lib:
        WRITES[write](lib, tiny)
    assert _stale(tiny, models_dir)


def test_a_mark_cleared_makes_the_model_stale(tiny: Tiny, models_dir: Path) -> None:
    with Library.open(tiny.path) as lib:
        lib.marks.set(tiny.bob, tiny.films[2], "not_interested")
    _train(tiny, models_dir)
    with Library.open(tiny.path) as lib:
        lib.marks.clear(tiny.bob, tiny.films[2], "not_interested")
    assert _stale(tiny, models_dir)


def test_no_write_or_a_write_that_changes_nothing_keeps_it_fresh(
    tiny: Tiny, models_dir: Path
) -> None:
    run_id = _train(tiny, models_dir)
    for _ in range(3):
        assert not _stale(tiny, models_dir)
    with Library.open(tiny.path) as lib:
        # Same rating and time again, the same import twice, a track (not a film), a title.
        lib.ratings.set(tiny.ann, tiny.films[0], 5.0, T0)
        lib.ratings.merge_many([(tiny.ann, tiny.films[0], 5.0, None)])
        lib.ratings.set(tiny.dan, tiny.tracks[0], 4.0, T0)
        lib.plays.add(tiny.dan, tiny.tracks[0], T0)
        lib.items.update(tiny.films[0], title="Alpha (director's cut)")
        lib.profiles.add("Eve")
    assert not _stale(tiny, models_dir)
    assert find_stale_runs(tiny.path) == []
    with Library.open(tiny.path) as lib:
        assert lib.model_runs.get(run_id).status == "ready"  # type: ignore[union-attr]


def _steps(lib: Library, work: Callable[[], Any]) -> int:
    """SQLite virtual-machine steps ``work`` takes on ``lib``'s connection."""
    count = [0]

    def tick() -> int:
        count[0] += 1
        return 0

    lib.conn.set_progress_handler(tick, 1)
    try:
        work()
    finally:
        lib.conn.set_progress_handler(None, 1)
    return count[0]


def _grow(path: Path, ratings: int) -> None:
    """Add films, profiles and ``ratings`` ratings of them."""
    with Library.open(path) as lib:
        films = lib.items.add_many(NewItem("film", f"F{i}") for i in range(500))
        people = [lib.profiles.add(f"P{i}").id for i in range(ratings // 250 + 1)]
        lib.ratings.set_many(
            (people[k // 250], films[(k * 7) % 500], 4.0, T0) for k in range(ratings)
        )


def test_the_check_reads_one_row_whatever_the_librarys_size(tiny: Tiny, models_dir: Path) -> None:
    """The hot path's cost (SQLite VM steps, statements) does not grow with the ratings."""
    _grow(tiny.path, 20_000)
    with Library.open(tiny.path) as lib:
        statements: list[str] = []
        lib.conn.set_trace_callback(statements.append)
        steps = _steps(lib, lambda: dataset_rows.data_versions(lib, "film", tiny.ann))
        lib.conn.set_trace_callback(None)
        # What the check did before (every rating of the kind, joined to its item).
        old = _steps(lib, lambda: dataset_rows.data_signature(lib, "film"))
    assert len(statements) == 1 and "ratings" not in statements[0]
    assert steps < 100 < 20_000 < old

    # And the whole stale check inside recommend_for: no statement reads ratings in bulk.
    _train(tiny, models_dir)
    seen: list[str] = []
    original = sqlite3.connect

    def traced(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = original(*args, **kwargs)
        conn.set_trace_callback(seen.append)
        return conn

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sqlite3, "connect", traced)
        assert not _stale(tiny, models_dir)
    assert seen, "the trace saw no statement"
    assert not [s for s in seen if "total(x.rating)" in s or "count(*), total" in s]


def _as_before_v5(path: Path, run_id: int, signature: Any) -> None:
    """Give ``run_id`` the signature a model trained before version 5 kept."""
    with Library.open(path) as lib:
        run = lib.model_runs.get(run_id)
        assert run is not None
        lib.model_runs.set_params(run_id, {**run.params, "data_signature": signature})


def test_a_model_trained_before_the_counters_is_checked_once_then_keeps_the_counter(
    tiny: Tiny, models_dir: Path
) -> None:
    run_id = _train(tiny, models_dir)
    with Library.open(tiny.path) as lib:
        old = dataset_rows.data_signature(lib, "film")
    _as_before_v5(tiny.path, run_id, old)
    assert not _stale(tiny, models_dir)  # same data: fresh, and it adopts the counter
    with Library.open(tiny.path) as lib:
        kept = lib.model_runs.get(run_id).params["data_signature"]  # type: ignore[union-attr]
        assert kept == dataset_rows.data_versions(lib, "film")
        lib.ratings.set(tiny.dan, tiny.films[0], 4.0, T0)
    assert _stale(tiny, models_dir)


def test_a_model_trained_before_the_counters_on_other_data_is_stale(
    tiny: Tiny, models_dir: Path
) -> None:
    run_id = _train(tiny, models_dir)
    with Library.open(tiny.path) as lib:
        old = dataset_rows.data_signature(lib, "film")
    old["ratings"][0] -= 1  # it learned from one rating fewer
    _as_before_v5(tiny.path, run_id, old)
    assert _stale(tiny, models_dir)


def test_an_old_library_upgrades_to_counters_that_move(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(GOLDEN_V1, path)
    with Library.open(path, backup_dir=tmp_path / "backups") as lib:
        assert lib.schema_version == migrations.SCHEMA_VERSION >= 5
        before = {k: dataset_rows.data_versions(lib, k)["versions"][0] for k in ("film", "track")}
        assert before == {"film": 0, "track": 0}
        film = lib.items.ids_by_kind("film")[0]
        person = lib.profiles.list()[0].id
        lib.ratings.set(person, film, 2.0, T0)  # was 4.5
        assert dataset_rows.data_versions(lib, "film")["versions"][0] == 1  # one write, one step
        assert dataset_rows.data_versions(lib, "track")["versions"][0] == 0
