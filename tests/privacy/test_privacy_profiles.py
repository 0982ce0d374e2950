"""Privacy: deleting a profile erases it everywhere (rows, jobs, models) so that it no longer
shapes anybody's recommendations; "don't learn from this", incognito and friends' sharing are
respected by every algorithm (they all learn only from the data set these tests compare)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_recsys.cli import main
from desktop_recsys.library import Library
from desktop_recsys.library.checks import check_library_file
from desktop_recsys.library.models import NewItem
from desktop_recsys.services import (
    for_you_rows_file,
    privacy_service,
    recommend_service,
    training_service,
)
from desktop_recsys.services.dataset_service import build_dataset

T0 = 1_700_000_000.0
PROFILE_TABLES = {
    "ratings": "profile_id", "plays": "profile_id", "marks": "profile_id",
    "playlists": "profile_id", "friendships": "profile_a", "friendships ": "profile_b",
    "model_runs": "profile_id",
}  # fmt: skip


def _build(path: Path, *, with_victim: bool) -> dict[str, int]:
    """Six films; Ann and Bob share some taste; the Victim (created last, so every other id is
    the same with or without it) links Ann's favourite to films nobody else watched."""
    with Library.open(path) as lib:
        films = lib.items.add_many(
            [NewItem("film", f"Film {n}", year=1990 + n, genres=("Drama",)) for n in range(8)]
        )
        ann, bob, cal = (lib.profiles.add(n).id for n in ("Ann", "Bob", "Cal"))
        rows = [(ann, films[0], 5.0, T0), (ann, films[1], 4.0, T0), (bob, films[1], 5.0, T0),
                (bob, films[2], 4.5, T0), (cal, films[3], 3.0, T0), (cal, films[2], 4.0, T0)]  # fmt: skip
        lib.ratings.set_many(rows)
        lib.plays.add_many([(bob, films[4], T0, 1.0, False, 3)])
        ids = {"ann": ann, "bob": bob, "cal": cal, **{f"f{i}": f for i, f in enumerate(films)}}
        if with_victim:
            victim = lib.profiles.add("Victim").id
            lib.ratings.set_many(
                [
                    (victim, films[0], 5.0, T0),
                    (victim, films[6], 5.0, T0),
                    (victim, films[7], 5.0, T0),
                    (victim, films[2], 1.0, T0),
                ]  # fmt: skip
            )
            lib.plays.add_many([(victim, films[6], T0, 1.0, False, 9)])
            lib.marks.set(victim, films[5], "not_interested")
            lib.friends.add(ann, victim)
            playlist = lib.playlists.create("Victim's mix", profile_id=victim)
            lib.playlists.append(playlist.id, [films[6]])
            lib.jobs.create("recommend", {"profile": "Victim", "kind": "film"})
            lib.jobs.create("recommend", {"profile": victim, "kind": "film"})
            lib.jobs.create("recommend", {"profile": ann, "kind": "film"})
            ids["victim"] = victim
    return ids


ALGORITHMS = ["popularity", "item-knn", "user-knn", "ease", "als", "default"]


def _recs(path: Path, models: Path, who: str) -> list[tuple[int, float]]:
    got = recommend_service.recommend_for(path, models, profile=who, kind="film", n=5)
    return [(r.item_id, round(r.score, 5)) for r in got]


def test_deleting_a_profile_erases_it_and_its_influence(tmp_path: Path) -> None:
    with_victim, without = tmp_path / "with.sqlite", tmp_path / "without.sqlite"
    ids = _build(with_victim, with_victim=True)
    _build(without, with_victim=False)
    models_a, models_b = tmp_path / "models-a", tmp_path / "models-b"
    for algorithm in ALGORITHMS:
        training_service.train_model(with_victim, models_a, kind="film", algorithm=algorithm)
        training_service.train_model(without, models_b, kind="film", algorithm=algorithm)
    training_service.train_model(with_victim, models_a, kind="film", profile="Victim")
    influenced = {a: _recs(with_victim, models_a, "Ann") for a in ALGORITHMS}
    baseline = {a: _recs(without, models_b, "Ann") for a in ALGORITHMS}
    assert influenced != baseline  # the Victim's history does shape Ann's list before ...

    done = privacy_service.delete_profile(with_victim, models_a, "Victim")

    victim = ids["victim"]
    conn = sqlite3.connect(with_victim)
    for table, column in PROFILE_TABLES.items():
        left = conn.execute(f"SELECT count(*) FROM {table.strip()} WHERE {column} = ?", (victim,))
        assert left.fetchone()[0] == 0, table
    assert conn.execute("SELECT count(*) FROM profiles WHERE id = ?", (victim,)).fetchone()[0] == 0
    jobs = [r[0] for r in conn.execute("SELECT params FROM jobs")]
    conn.close()
    assert len(jobs) == 1 and '"profile": ' + str(ids["ann"]) in jobs[0]
    assert done.erased["ratings"] == 4 and done.erased["jobs"] == 2
    assert len(done.removed_runs) == len(ALGORITHMS) + 1
    assert done.files_removed == len(ALGORITHMS) + 1
    assert len(done.retrained_runs) == len(ALGORITHMS)  # the Victim's own model is not retrained
    assert {p.name for p in models_a.iterdir()} == {
        r.file for r in training_service.list_runs(with_victim)
    } | {"cache"}
    assert_only_current_rows(with_victim, models_a)
    assert check_library_file(with_victim, models_dir=models_a, deep=True).ok
    # ... and after the deletion Ann's list is exactly what it would be had it never existed.
    for algorithm in ALGORITHMS:
        after = recommend_service.recommend_for(
            with_victim, models_a, profile="Ann", kind="film", n=5, algorithm=algorithm
        )
        got = [(r.item_id, round(r.score, 5)) for r in after]
        assert got == baseline_for(without, models_b, algorithm), algorithm


def baseline_for(path: Path, models: Path, algorithm: str) -> list[tuple[int, float]]:
    got = recommend_service.recommend_for(
        path, models, profile="Ann", kind="film", n=5, algorithm=algorithm
    )
    return [(r.item_id, round(r.score, 5)) for r in got]


def test_cli_profile_remove_erases_models_too(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    _build(path, with_victim=True)
    models = tmp_path / "lib-models"
    training_service.train_model(path, models, kind="film", algorithm="popularity")
    assert main(["--library", str(path), "profile", "remove", "Victim", "--yes"]) == 0
    runs = training_service.list_runs(path)
    assert len(runs) == 1 and runs[0].status == "ready"  # the retrained one
    assert sorted(p.name for p in models.iterdir()) == sorted([runs[0].file, "cache"])
    assert_only_current_rows(path, models)


def assert_only_current_rows(path: Path, models: Path) -> None:
    """Beside the models, only For you's catalogue rows (made of the catalogue alone, no
    interaction), written for the data as it is after the erasure (the retraining wrote them
    anew: the profiles, one audience column each, are part of their key)."""
    assert [p.name for p in (models / "cache").iterdir()] == ["for-you-rows-film.npz"]
    with Library.open(path) as lib:
        key = for_you_rows_file.data_digest(lib, "film")
    assert for_you_rows_file.read(models, "film", key) is not None


def _dataset(path: Path) -> str:
    return build_dataset(path, kind="film").fingerprint()


def test_dont_learn_from_this_removes_the_pair_from_every_algorithms_data(tmp_path: Path) -> None:
    marked, removed = tmp_path / "marked.sqlite", tmp_path / "removed.sqlite"
    ids = _build(marked, with_victim=False)
    _build(removed, with_victim=False)
    with Library.open(marked) as lib:
        lib.marks.set(ids["bob"], ids["f4"], "dont_learn")  # a play Bob wants forgotten
        lib.marks.set(ids["ann"], ids["f1"], "dont_learn")  # and a rating of Ann's
    with Library.open(removed) as lib:
        lib.conn.execute("DELETE FROM plays WHERE profile_id = ?", (ids["bob"],))
        lib.ratings.remove(ids["ann"], ids["f1"])
    assert _dataset(marked) == _dataset(removed)
    # The mark takes effect at once: the very next data set differs from before the mark.
    fresh = tmp_path / "fresh.sqlite"
    _build(fresh, with_victim=False)
    assert _dataset(fresh) != _dataset(marked)


def test_incognito_records_nothing(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    ids = _build(path, with_victim=False)
    before = _dataset(path)
    with Library.open(path) as lib:
        lib.profiles.set_privacy(ids["ann"], record_plays=False)
    assert not privacy_service.record_play(path, "Ann", ids["f5"])
    assert _dataset(path) == before
    with Library.open(path) as lib:
        assert lib.plays.for_profile(ids["ann"]) == []
        lib.profiles.set_privacy(ids["ann"], record_plays=True)
    assert privacy_service.record_play(path, "Ann", ids["f5"])
    assert _dataset(path) != before


@pytest.mark.parametrize("sharing", [True, False])
def test_friends_learn_nothing_from_a_profile_that_does_not_share(
    tmp_path: Path, sharing: bool
) -> None:
    path = tmp_path / "lib.sqlite"
    ids = _build(path, with_victim=False)
    with Library.open(path) as lib:
        lib.friends.add(ids["ann"], ids["bob"])
        lib.profiles.set_privacy(ids["bob"], share_with_friends=sharing)
    dataset = build_dataset(path, kind="film")
    assert dataset.friends is not None or not sharing
    ann, bob = dataset.user_index(str(ids["ann"])), dataset.user_index(str(ids["bob"]))
    linked = dataset.friends is not None and dataset.friends[ann, bob] != 0
    assert linked == sharing
    # The social recommender's list for Ann is exactly the one without the friendship at all.
    alone = tmp_path / "alone.sqlite"
    _build(alone, with_victim=False)
    for lib_path, models in ((path, tmp_path / "m1"), (alone, tmp_path / "m2")):
        training_service.train_model(lib_path, models, kind="film", algorithm="social")
    with_friend = _recs(path, tmp_path / "m1", "Ann")
    without_friend = _recs(alone, tmp_path / "m2", "Ann")
    assert (with_friend == without_friend) == (not sharing)


def test_gui_profile_deletion_erases_models_too(demo_library_copy: Path, tmp_path: Path) -> None:
    """The GUI's ProfileService.delete is the same erasure as the CLI: rows and models."""
    from desktop_recsys.services.library_service import LibrarySession, open_library
    from desktop_recsys.services.profile_service import ProfileService
    from desktop_recsys.services.training_service import train_model

    models = tmp_path / "models"
    models.mkdir()
    run = train_model(demo_library_copy, models, kind="film", algorithm="item-knn")
    model_file = next(models.glob("*.npz"))
    library = open_library(demo_library_copy)
    try:
        service = ProfileService(LibrarySession(library), models)
        ada = service.by_name("Ada")
        erased = service.delete(ada.id)
        assert erased["ratings"] > 0
        assert service.by_name("Ada") is None
        assert library.model_runs.get(run) is None
        assert library.ratings.for_profile(ada.id) == []
    finally:
        library.close()
    assert not model_file.exists()


def test_insights_show_nothing_of_a_friend_who_does_not_share(demo_library_copy: Path) -> None:
    from desktop_recsys.library import Library
    from desktop_recsys.services.insights_service import profile_insights

    with Library.open(demo_library_copy) as library:
        profile_id, friend_id = library.friends.pairs()[0]
        friend_name = library.profiles.get(friend_id).name
    shown = {name for name, _ in profile_insights(demo_library_copy, profile_id).friend_similarity}
    assert friend_name in shown
    with Library.open(demo_library_copy) as library:
        library.profiles.set_privacy(friend_id, share_with_friends=False)
    shown = {name for name, _ in profile_insights(demo_library_copy, profile_id).friend_similarity}
    assert friend_name not in shown
