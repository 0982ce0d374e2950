"""For you keeps the catalogue's content rows between lists (issue 19), and never serves a
stale one: every change of the library (a rating, a genre edited behind the app's back, a
model retrained, another library, a file copied over it) checks them again (a rating, which
leaves the catalogue as it was, takes them from their file; the others read the catalogue
again), and the vectors are always those of a list computed from scratch."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from desktop_recsys.config.paths import models_dir_for
from desktop_recsys.library import Library
from desktop_recsys.services import for_you_vectors
from desktop_recsys.services.for_you_service import ForYouResult, for_you_list
from desktop_recsys.services.for_you_vectors import SliderVectors
from desktop_recsys.services.training_service import train_model

N, POOL = 20, 60


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory, demo_library_file: Path) -> Path:
    folder = tmp_path_factory.mktemp("kept")
    shutil.copyfile(demo_library_file, folder / "demo.sqlite")
    train_model(folder / "demo.sqlite", models_dir_for(folder / "demo.sqlite"), kind="film")
    # A first list after training writes once (SQLite's statistics of the tables it read).
    listed(folder / "demo.sqlite", 1, None)
    # The rows in memory are the subject here: no rows file from the training (see
    # test_for_you_rows_file.py for that file).
    shutil.rmtree(models_dir_for(folder / "demo.sqlite") / "cache")
    return folder


@pytest.fixture
def library(trained: Path, tmp_path: Path) -> Path:
    shutil.copytree(trained, tmp_path / "lib")
    path = tmp_path / "lib" / "demo.sqlite"
    settle(path)
    return path


def settle(path: Path) -> None:
    """Date a file or log written in the last seconds back (such a file is not trusted), by
    the same step each time, so a later write still leaves another time than an earlier."""
    step = int(10 * for_you_vectors.SETTLED_S * 1e9)
    for file in (path, Path(f"{path}-wal")):
        if file.exists() and file.stat().st_mtime_ns > time.time_ns() - step:
            back = file.stat().st_mtime_ns - step
            os.utime(file, ns=(back, back))


def listed(path: Path, profile: int, keep: SliderVectors | None) -> ForYouResult:
    return for_you_list(
        path, models_dir_for(path), profile=profile, kind="film", n=N, diversity_pool=POOL,
        vector_cache=keep,
    )  # fmt: skip


def assert_fresh(path: Path, profile: int, keep: SliderVectors) -> ForYouResult:
    """The kept list's rows and vectors are those of a list computed from scratch."""
    kept = listed(path, profile, keep)
    fresh = listed(path, profile, None)
    assert [r.item_id for r in kept.recommendations.rows] == [
        r.item_id for r in fresh.recommendations.rows
    ]
    assert kept.vectors.shape == fresh.vectors.shape
    assert (kept.vectors != fresh.vectors).nnz == 0
    return kept


def test_the_catalogue_is_read_once_for_many_profiles(library: Path) -> None:
    keep = SliderVectors()
    for profile in (1, 2, 3, 1):
        assert_fresh(library, profile, keep)
        settle(library)
    assert keep.reads == 1


def test_a_rating_added_takes_the_rows_from_their_file(library: Path) -> None:
    """A rating moves the kind's counter, so the rows kept in memory are checked against
    their inputs again: the catalogue did not change, so they come from their file (not
    built again), and the list equals one made from scratch."""
    keep = SliderVectors()
    first = assert_fresh(library, 1, keep)
    settle(library)
    with Library.open(library) as lib:
        lib.ratings.set(2, first.recommendations.rows[0].item_id, 5.0)
    settle(library)
    assert_fresh(library, 1, keep)
    assert (keep.reads, keep.loads) == (1, 1)


def test_a_genre_edited_by_another_program_reads_it_again(library: Path) -> None:
    """No change counter sees a genre edit: the library file's own change does."""
    keep = SliderVectors()
    first = assert_fresh(library, 1, keep)
    settle(library)
    edited = [r.item_id for r in first.recommendations.rows[:10]]
    with Library.open(library) as lib, lib.transaction() as conn:
        marks = ",".join("?" * len(edited))
        conn.execute(f"DELETE FROM item_genres WHERE item_id IN ({marks})", edited)
    settle(library)
    after = assert_fresh(library, 1, keep)
    assert keep.reads == 2
    assert (after.vectors != first.vectors).nnz > 0  # the edit did change the vectors


def test_a_model_retrained_reads_them_again_from_their_file(library: Path) -> None:
    """The library file changed (a model run written): the rows kept in memory are not used;
    their inputs did not change, so the models folder's file of them serves (no model goes
    into the rows: the list made with them is the list made from scratch)."""
    keep = SliderVectors()
    assert_fresh(library, 1, keep)
    settle(library)
    train_model(library, models_dir_for(library), kind="film", algorithm="popularity")
    settle(library)
    assert_fresh(library, 1, keep)
    assert (keep.reads, keep.loads) == (1, 1)


def test_another_library_or_one_copied_over_it_reads_it_again(
    library: Path, trained: Path, tmp_path: Path
) -> None:
    keep = SliderVectors()
    assert_fresh(library, 1, keep)
    other_folder = shutil.copytree(trained, tmp_path / "other")
    other = Path(other_folder) / "demo.sqlite"
    with Library.open(other) as lib, lib.transaction() as conn:
        conn.execute("DELETE FROM item_genres WHERE item_id IN (SELECT id FROM items LIMIT 40)")
    settle(other)
    assert_fresh(other, 1, keep)  # the library switched
    assert keep.reads == 2
    shutil.copyfile(other, library)  # copied over the first one: same name, other content
    settle(library)
    assert_fresh(library, 1, keep)
    # Not the rows kept in memory; the 40 items without genres are none of the films, so the
    # films' rows did not change: the file of them in the models folder serves.
    assert (keep.reads, keep.loads) == (2, 1)


def test_a_library_written_just_now_is_not_kept(library: Path) -> None:
    keep = SliderVectors()
    with Library.open(library) as lib:
        lib.profiles.add("Just now")  # the file's time is now: a second write could match it
    for _ in range(2):
        assert_fresh(library, 1, keep)
    assert (keep.reads, keep.loads) == (1, 1)  # not kept in memory: read from their file


def test_recommend_fetches_the_same_pool_without_the_sliders_vectors(
    library: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``recommend`` has no slider: it skips reading the candidates for their vectors (half a
    second on 2 million ratings) and prints the window's list all the same."""
    import json

    from desktop_recsys.cli import main
    from desktop_recsys.services import for_you_service

    window = listed(library, 1, None)
    reads: list[object] = []
    real = for_you_service._dataset

    def counted(*args: object, **kwargs: object) -> object:
        reads.append(kwargs.get("only_items"))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(for_you_service, "_dataset", counted)
    args = ["recommend", "--library", str(library), "--profile", "1", "--kind", "film"]
    assert main([*args, "--n", str(N), "--json"]) == 0
    printed = [row["item_id"] for row in json.loads(capsys.readouterr().out)["items"]]
    assert printed == [r.item_id for r in window.recommendations.rows[:N]]
    assert [r for r in reads if r is not None] == []  # no candidates read for vectors
