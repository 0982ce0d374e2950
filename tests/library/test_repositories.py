"""Repositories on a real temporary SQLite library: writes, reads, search, constraints."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.library.fts import fts_query
from desktop_recsys.library.models import Credit, NewItem
from desktop_recsys.library.repositories import sort_title


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    library = Library.open(tmp_path / "lib.sqlite")
    yield library
    library.close()


def add_sample(lib: Library) -> dict[str, int]:
    ids = lib.items.add_many(
        [
            NewItem("track", "Blue in Green", artist="Miles Davis", album="Kind of Blue",
                    year=1959, duration=337.0, genres=("Jazz",), tags=("late night",)),
            NewItem("track", "So What", artist="Miles Davis", album="Kind of Blue", year=1959,
                    genres=("Jazz", "Modal"), path="/music/kob/01.flac"),
            NewItem("track", "Crazy in Love", artist="Beyoncé", album="Dangerously in Love",
                    year=2003, genres=("Pop", "R&B")),
            NewItem("film", "The Grand Budapest Hotel", artist="Wes Anderson", year=2014,
                    genres=("Comedy",), credits=(Credit("Wes Anderson", "director"),
                                                 Credit("Ralph Fiennes", "actor"))),
            NewItem("film", "千与千寻", artist="宫崎骏", year=2001, genres=("Animation",),
                    external_ids={"movielens": "5618", "imdb": "tt0245429"}),
            NewItem("film", "Сталкер", artist="Андрей Тарковский", year=1979, genres=("Drama",)),
            NewItem("artist", "Miles Davis", genres=("Jazz",)),
        ]
    )  # fmt: skip
    names = ["blue", "sowhat", "crazy", "budapest", "spirited", "stalker", "miles"]
    return dict(zip(names, ids, strict=True))


def test_items_round_trip_with_side_information(lib: Library) -> None:
    ids = add_sample(lib)
    item = lib.items.get(ids["budapest"])
    assert (item.kind, item.title, item.artist, item.year) == (
        "film", "The Grand Budapest Hotel", "Wes Anderson", 2014,
    )  # fmt: skip
    assert item.sort_title == "Grand Budapest Hotel"
    assert item.genres == ("Comedy",)
    assert lib.items.credits(ids["budapest"]) == [
        ("Wes Anderson", "director"), ("Ralph Fiennes", "actor"),
    ]  # fmt: skip
    assert lib.items.external_ids(ids["spirited"]) == {"movielens": "5618", "imdb": "tt0245429"}
    assert lib.items.find_by_external_id("movielens", "5618") == [ids["spirited"]]
    assert lib.items.find_by_path("/music/kob/01.flac") == ids["sowhat"]
    assert lib.items.get(999_999) is None
    # Genre names are shared case-insensitively.
    assert dict(lib.items.all_genres())["Jazz"] == 3


def test_paths_are_unique(lib: Library) -> None:
    lib.items.add(NewItem("track", "A", path="/m/a.mp3"))
    with pytest.raises(Exception, match="UNIQUE"):
        lib.items.add(NewItem("track", "B", path="/m/a.mp3"))
    assert lib.items.count() == 1


def test_bad_items_are_refused(lib: Library) -> None:
    with pytest.raises(UserError, match="kind"):
        lib.items.add(NewItem("podcast", "Talk"))  # type: ignore[arg-type]
    with pytest.raises(UserError, match="title"):
        lib.items.add(NewItem("film", "   "))
    with pytest.raises(UserError, match="cannot edit"):
        lib.items.update(1, kind="film")
    assert lib.items.count() == 0


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("gree", {"blue"}),  # prefix as you type
        ("blu", {"blue", "sowhat"}),  # title or album
        ("miles", {"blue", "sowhat", "miles"}),  # artist field
        ("kind of", {"blue", "sowhat"}),  # album, all words must match
        ("beyonce", {"crazy"}),  # diacritics ignored
        ("千寻", {"spirited"}),  # Chinese substring, no spaces
        ("与千", {"spirited"}),
        ("宫崎", {"spirited"}),
        ("сталк", {"stalker"}),  # Cyrillic prefix
        ("модаль", set()),
        ("modal", {"sowhat"}),  # genre
        ("late night", {"blue"}),  # tag
        ('"; DROP TABLE items; --', set()),  # FTS syntax and SQL are plain text
        ("AND OR NOT", set()),
        ("", set()),
    ],
)
def test_search_as_you_type(lib: Library, typed: str, expected: set[str]) -> None:
    ids = add_sample(lib)
    names = {v: k for k, v in ids.items()}
    assert {names[i] for i in lib.items.search(typed)} == expected
    assert lib.items.count(query=typed) == (len(expected) if typed.strip() else len(ids))


def test_search_follows_edits_deletes_and_genre_changes(lib: Library) -> None:
    ids = add_sample(lib)
    lib.items.update(ids["crazy"], title="Halo")
    assert lib.items.search("crazy") == []
    assert lib.items.search("halo") == [ids["crazy"]]
    lib.items.set_genres(ids["crazy"], ["Soul"])
    assert lib.items.search("soul") == [ids["crazy"]]
    assert lib.items.search("pop") == []
    lib.items.add_tags(ids["crazy"], ["summer", "summer"])
    assert lib.items.search("summer") == [ids["crazy"]]
    lib.items.remove(ids["crazy"])
    assert lib.items.search("halo") == []
    assert lib.items.search("soul", kind="track") == []


def test_search_by_kind(lib: Library) -> None:
    ids = add_sample(lib)
    assert set(lib.items.search("miles", kind="artist")) == {ids["miles"]}
    assert set(lib.items.search("miles", kind="track")) == {ids["blue"], ids["sowhat"]}
    assert lib.items.count("track", "miles") == 2
    # The kind is not searchable text: typing "film" finds no films by their kind.
    assert lib.items.search("film") == []


def test_search_ranks_title_matches_first(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = lib.items.add_many(
        [
            NewItem("track", "Other", artist="Anna Jazz"),
            NewItem("track", "Jazz Standards", artist="Bo"),
            NewItem("track", "Quiet", album="Jazz at Night"),
        ]
    )
    assert lib.items.search("jazz")[0] == ids[1]
    # Past the ranking limit, title matches still come first.
    monkeypatch.setattr(type(lib.items), "RANK_LIMIT", 1)
    found = lib.items.search("jazz")
    assert found[0] == ids[1] and set(found) == set(ids)
    assert lib.items.search("jazz", limit=2)[0] == ids[1]


def test_page_sorts_filters_and_slices(lib: Library) -> None:
    add_sample(lib)
    films = lib.items.page("film", order_by="year")
    assert [r.year for r in films] == [1979, 2001, 2014]
    films_desc = lib.items.page("film", order_by="year", descending=True)
    assert [r.year for r in films_desc] == [2014, 2001, 1979]
    tracks = lib.items.page("track", order_by="title", limit=2)
    assert [r.title for r in tracks] == ["Blue in Green", "Crazy in Love"]
    rest = lib.items.page("track", order_by="title", offset=2, limit=2)
    assert [r.title for r in rest] == ["So What"]
    assert lib.items.page("track", query="kind")[0].genres == "Jazz"
    assert lib.items.page("track", query="so what")[0].genres == "Jazz, Modal"
    with pytest.raises(UserError, match="sort"):
        lib.items.page("film", order_by="title; DROP TABLE items")


def test_profiles_unique_rename_privacy_and_remove_cascades(lib: Library) -> None:
    ids = add_sample(lib)
    ann = lib.profiles.add("  Ann  ")
    bo = lib.profiles.add("Bo")
    assert ann.name == "Ann" and ann.record_plays and ann.share_with_friends
    with pytest.raises(UserError, match="already exists"):
        lib.profiles.add("ANN")
    with pytest.raises(UserError, match="needs a name"):
        lib.profiles.add("   ")
    with pytest.raises(UserError, match="already exists"):
        lib.profiles.rename(bo.id, "ann")
    lib.profiles.rename(bo.id, "Bob")
    assert lib.profiles.require("bob").id == bo.id
    assert lib.profiles.require(str(bo.id)).name == "Bob"
    with pytest.raises(UserError, match="no profile"):
        lib.profiles.require("Zed")
    lib.profiles.set_privacy(ann.id, record_plays=False, share_with_friends=False)
    assert not lib.profiles.get(ann.id).record_plays
    assert not lib.profiles.get(ann.id).share_with_friends

    lib.ratings.set(ann.id, ids["blue"], 4.0)
    lib.plays.add(ann.id, ids["blue"], 1.0)
    lib.friends.add(ann.id, bo.id)
    lib.marks.set(ann.id, ids["crazy"], "not_interested")
    lib.playlists.create("Mine", profile_id=ann.id, item_ids=[ids["blue"]])
    assert lib.profiles.what_removal_erases(ann.id) == {
        "ratings": 1, "plays": 1, "friendships": 1, "marks": 1, "playlists": 1,
    }  # fmt: skip
    lib.profiles.remove(ann.id)
    stats = lib.stats.collect()
    assert (stats.profiles, stats.ratings, stats.plays, stats.friendships, stats.playlists) == (
        1, 0, 0, 0, 0,
    )  # fmt: skip
    assert stats.items_by_kind["track"] == 3  # items are never deleted with a profile


def test_ratings_keep_one_current_value_and_refuse_bad_stars(lib: Library) -> None:
    ids = add_sample(lib)
    ann = lib.profiles.add("Ann")
    lib.ratings.set(ann.id, ids["blue"], 3.0, rated_at=10.0)
    lib.ratings.set(ann.id, ids["blue"], 4.5, rated_at=20.0)
    assert [(r.rating, r.rated_at) for r in lib.ratings.for_profile(ann.id)] == [(4.5, 20.0)]
    for bad in (0.0, 5.5, float("nan"), -1):
        with pytest.raises(UserError, match="outside"):
            lib.ratings.set(ann.id, ids["sowhat"], bad)
    # A bad row in a batch writes nothing of the batch.
    with pytest.raises(UserError):
        lib.ratings.set_many(
            [(ann.id, ids["sowhat"], 4.0, None), (ann.id, ids["crazy"], 9.0, None)]
        )
    assert lib.ratings.count() == 1
    assert lib.ratings.all("film") == []
    assert len(lib.ratings.all("track")) == 1


def test_plays_and_totals(lib: Library) -> None:
    ids = add_sample(lib)
    ann = lib.profiles.add("Ann")
    lib.plays.add_many(
        [
            (ann.id, ids["blue"], 100.0, 1.0, False, 1),
            (ann.id, ids["blue"], 200.0, 0.1, True, 1),
            (ann.id, ids["blue"], 300.0, 1.0, False, 1),
            (ann.id, ids["miles"], None, 1.0, False, 250),
        ]
    )
    assert lib.plays.count() == 4
    totals = {(p, i): (n, last) for p, i, n, last in lib.plays.totals()}
    assert totals[(ann.id, ids["blue"])] == (2, 300.0)  # the skip does not count
    assert totals[(ann.id, ids["miles"])] == (250, None)
    assert [p.played_at for p in lib.plays.for_profile(ann.id, limit=2)] == [300.0, 200.0]
    with pytest.raises(UserError, match="outside 0-1"):
        lib.plays.add(ann.id, ids["blue"], completed=1.5)
    with pytest.raises(UserError, match="at least 1"):
        lib.plays.add(ann.id, ids["blue"], count=0)


def test_friendships_are_symmetric_and_counted_once(lib: Library) -> None:
    a, b, c = (lib.profiles.add(n).id for n in ("A", "B", "C"))
    lib.friends.add_many([(a, b), (b, a), (a, a), (c, a)])
    assert lib.friends.count() == 2
    assert lib.friends.friends_of(a) == sorted([b, c])
    assert lib.friends.friends_of(b) == [a]
    lib.friends.remove(b, a)
    assert lib.friends.friends_of(b) == []


def test_marks_playlists_model_runs_and_jobs(lib: Library) -> None:
    ids = add_sample(lib)
    ann = lib.profiles.add("Ann")
    lib.marks.set(ann.id, ids["crazy"], "not_interested")
    lib.marks.set(ann.id, ids["crazy"], "not_interested")
    lib.marks.set(ann.id, ids["blue"], "dont_learn")
    assert lib.marks.items(ann.id, "not_interested") == {ids["crazy"]}
    with pytest.raises(UserError, match="unknown mark"):
        lib.marks.set(ann.id, ids["blue"], "love")
    lib.marks.clear(ann.id, ids["crazy"], "not_interested")
    assert lib.marks.items(ann.id, "not_interested") == set()

    playlist = lib.playlists.create("Jazz night", profile_id=ann.id, item_ids=[ids["blue"]])
    lib.playlists.append(playlist.id, [ids["sowhat"], ids["blue"]])
    assert lib.playlists.items(playlist.id) == [ids["blue"], ids["sowhat"], ids["blue"]]
    smart = lib.playlists.create("Recent", rules={"added_within_days": 7})
    assert smart.kind == "rules" and smart.rules == {"added_within_days": 7}

    run = lib.model_runs.create("ease", profile_id=ann.id, params={"l2": 500.0})
    assert lib.model_runs.latest_ready() is None
    lib.model_runs.finish(run, "ready", file="ease-1.npz", metrics={"ndcg@10": 0.4})
    latest = lib.model_runs.latest_ready("ease")
    assert (latest.id, latest.params, latest.metrics, latest.file) == (
        run, {"l2": 500.0}, {"ndcg@10": 0.4}, "ease-1.npz",
    )  # fmt: skip

    done = lib.jobs.create("import", {"path": "/x"})
    lib.jobs.start(done)
    lib.jobs.end(done, "finished", result={"rows": 3})
    running = lib.jobs.create("train")
    lib.jobs.start(running)
    lib.jobs.create("scan")
    assert lib.jobs.mark_interrupted() == 2
    statuses = {j.id: j.status for j in lib.jobs.list()}
    assert statuses[done] == "finished" and statuses[running] == "interrupted"


def test_meta_and_stats(lib: Library) -> None:
    add_sample(lib)
    assert lib.meta.get("synthetic_demo") is None
    assert not lib.stats.collect().synthetic
    lib.meta.set("synthetic_demo", "1")
    stats = lib.stats.collect()
    assert stats.synthetic
    assert stats.items_by_kind == {"track": 3, "artist": 1, "film": 3}
    assert stats.genres == 7 and stats.people == 2


def test_sort_title_and_fts_query_helpers() -> None:
    assert sort_title("The Wall") == "Wall"
    assert sort_title("Les Misérables") == "Misérables"
    assert sort_title("The") == "The"
    columns = "{title artist album genres tags} : "
    assert fts_query("blue gre") == columns + '("blue" AND "gre"*)'
    assert fts_query("千寻") == columns + '("千 寻"*)'
    assert fts_query("x", "film") == "kind : film AND " + columns + '("x"*)'
    assert fts_query('"*^') == ""
