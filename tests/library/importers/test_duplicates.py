"""Finding likely duplicates and merging two items into one."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_helpers import library_snapshot

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.library.importers.duplicates import find_duplicates, merge_items
from desktop_recsys.library.models import NewItem


def make(path: Path) -> dict[str, int]:
    with Library.open(path) as lib:
        ids = {
            "a": lib.items.add(NewItem(
                "track", "Blue Wind", artist="Ada Alder", duration=187.0, path="/m/a.mp3",
                genres=("Folk",), tags=("calm",), external_ids={"musicbrainz_recording": "x"},
            )),
            "b": lib.items.add(NewItem(
                "track", "Blue  wind!", artist="ADA ALDER", album="Quiet Roads", duration=188.5,
                genres=("Ambient",), tags=("calm", "night"),
                external_ids={"musicbrainz_recording": "y", "lastfm": "l1"},
            )),
            "other take": lib.items.add(
                NewItem("track", "Blue Wind", artist="Ada Alder", duration=200.0)
            ),
            "no length": lib.items.add(NewItem("track", "Blue Wind", artist="Ada Alder")),
            "copy 1": lib.items.add(NewItem("track", "Copy", path="/m/c1.flac")),
            "copy 2": lib.items.add(NewItem("track", "Copy (1)", path="/m/c2.flac")),
            "film 1": lib.items.add(NewItem("film", "Heat", year=1995, external_ids={"imdb": "tt1"})),
            "film 2": lib.items.add(NewItem("film", "Heat", year=1996, external_ids={"imdb": "tt1"})),
        }  # fmt: skip
        lib.items.set_file_state(
            [
                (ids["copy 1"], "/m/c1.flac", 10, 1.0, "h"),
                (ids["copy 2"], "/m/c2.flac", 10, 2.0, "h"),
            ]
        )
        lib.items.merge_tag_counts([(ids["b"], "calm", 3)])
        p, q = lib.profiles.add("P").id, lib.profiles.add("Q").id
        lib.ratings.set(p, ids["a"], 3.0, 100.0)
        lib.ratings.set(p, ids["b"], 5.0, 200.0)
        lib.ratings.set(q, ids["b"], 2.0, 50.0)
        lib.ratings.set(q, ids["a"], 4.0, 60.0)
        lib.plays.add(p, ids["a"], 50.0)
        lib.plays.add(p, ids["b"], 50.0)  # the same play imported under both items
        lib.plays.add(p, ids["b"], 70.0)
        lib.plays.add(p, ids["a"], None, count=3)
        lib.plays.add(p, ids["b"], None, count=4)
        lib.plays.add(q, ids["b"], None, count=2)
        lib.marks.set(q, ids["b"], "dont_learn")
        lib.playlists.create("Mix", profile_id=p, item_ids=[ids["b"], ids["other take"], ids["b"]])
    return ids


def test_find_groups_by_hash_external_id_and_artist_title_duration(tmp_path: Path) -> None:
    ids = make(tmp_path / "lib.sqlite")
    with Library.open(tmp_path / "lib.sqlite") as lib:
        groups = {tuple(g.item_ids): g for g in find_duplicates(lib)}
    assert set(groups) == {
        (ids["a"], ids["b"]), (ids["copy 1"], ids["copy 2"]), (ids["film 1"], ids["film 2"]),
    }  # fmt: skip
    assert groups[(ids["a"], ids["b"])].reasons == ["same artist, title and duration"]
    assert groups[(ids["copy 1"], ids["copy 2"])].reasons == ["same file content"]
    assert groups[(ids["film 1"], ids["film 2"])].reasons == ["same imdb id tt1"]
    b = groups[(ids["a"], ids["b"])].items[1]
    assert (b["id"], b["ratings"], b["plays"], b["path"]) == (ids["b"], 2, 4, None)


def test_merge_keeps_the_union_with_newest_rating_in_one_transaction(tmp_path: Path) -> None:
    ids = make(tmp_path / "lib.sqlite")
    a, b = ids["a"], ids["b"]
    with Library.open(tmp_path / "lib.sqlite") as lib:
        p, q = lib.profiles.by_name("P").id, lib.profiles.by_name("Q").id
        moved = merge_items(lib, a, b)
        assert lib.items.get(b) is None
        assert lib.ratings.get(p, a) == 5.0  # b's rating was newer
        assert lib.ratings.get(q, a) == 4.0  # a's rating was newer
        plays = sorted((x.played_at or 0.0, x.count) for x in lib.plays.for_profile(p))
        assert plays == [(0.0, 7), (50.0, 1), (70.0, 1)]
        assert [(x.item_id, x.count) for x in lib.plays.for_profile(q)] == [(a, 2)]
        item = lib.items.get(a)
        assert set(item.genres) == {"Folk", "Ambient"} and item.tags == ("calm", "night")
        assert item.album == "Quiet Roads" and item.path == "/m/a.mp3"
        assert lib.items.external_ids(a) == {"musicbrainz_recording": "x", "lastfm": "l1"}
        assert lib.marks.items(q, "dont_learn") == {a}
        mix = lib.playlists.find("Mix", p).id
        assert lib.playlists.items(mix) == [a, ids["other take"], a]
        assert lib.items.search("night") == [a]
        assert moved["playlist entries"] == 2 and moved["marks"] == 1
        # A merged pair is no longer listed.
        assert all(b not in g.item_ids for g in find_duplicates(lib))


def test_merge_moves_the_file_to_a_catalogue_item(tmp_path: Path) -> None:
    ids = make(tmp_path / "lib.sqlite")
    with Library.open(tmp_path / "lib.sqlite") as lib:
        keep, drop = ids["other take"], ids["copy 1"]
        merge_items(lib, keep, drop)
        item = lib.items.get(keep)
        assert (item.path, item.file_size) == ("/m/c1.flac", 10)
        assert lib.items.files_under("/m/")["/m/c1.flac"][5] == "h"


def test_bad_merges_are_refused_and_change_nothing(tmp_path: Path) -> None:
    ids = make(tmp_path / "lib.sqlite")
    before = library_snapshot(tmp_path / "lib.sqlite")
    with Library.open(tmp_path / "lib.sqlite") as lib:
        with pytest.raises(UserError, match="same kind"):
            merge_items(lib, ids["a"], ids["film 1"])
        with pytest.raises(UserError, match="no item with id 999"):
            merge_items(lib, ids["a"], 999)
        with pytest.raises(UserError, match="itself"):
            merge_items(lib, ids["a"], ids["a"])
    assert library_snapshot(tmp_path / "lib.sqlite") == before
