"""HetRec Last.fm importer: the real data set's counts, and a small file with known answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_helpers import library_snapshot

from desktop_recsys.library import Library
from desktop_recsys.library.importers import ImportAborted
from desktop_recsys.library.importers.lastfm_hetrec import import_lastfm_hetrec


def test_real_hetrec_counts_and_a_second_import_changes_nothing(
    data_dir: Path, tmp_path: Path
) -> None:
    folder = data_dir / "hetrec2011-lastfm-2k"
    if not (folder / "user_artists.dat").is_file():
        pytest.skip(f"HetRec Last.fm data set not found at {folder}")
    path = tmp_path / "lastfm.sqlite"
    with Library.open(path) as lib:
        report = import_lastfm_hetrec(lib, folder)
        stats = lib.stats.collect()
        assert stats.items_by_kind["artist"] == 17632
        assert stats.profiles == 1892
        assert stats.plays == 92834
        assert stats.friendships == 12717
        # Tagged artists missing from artists.dat: reported per line, skipped.
        assert report.problem_count == 1538
        assert {p.file for p in report.problems} == {"user_taggedartists.dat"}
        assert report.encodings["tags.dat"] == "cp1252"
        # userID 2 listened to artist 51 (Duran Duran) 13,883 times (first data row).
        (duran,) = lib.items.find_by_external_id("lastfm_hetrec", "51")
        user2 = lib.profiles.by_name("lastfm:2").id
        plays = [p for p in lib.plays.for_profile(user2) if p.item_id == duran]
        assert [(p.count, p.played_at) for p in plays] == [(13883, None)]
        assert lib.items.get(duran).title == "Duran Duran"
        assert max(r[2] for r in lib.plays.totals()) == 352698
    before = library_snapshot(path)
    with Library.open(path) as lib:
        again = import_lastfm_hetrec(lib, folder)
    assert again.get("artists", "added") == 0 and again.get("plays", "added") == 0
    assert library_snapshot(path) == before


def test_small_hetrec_tags_friends_and_plays(hetrec_small: Path, tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        report = import_lastfm_hetrec(lib, hetrec_small)
        assert [(p.file, p.line) for p in report.problems] == [("user_taggedartists.dat", 5)]
        (bjork,) = lib.items.find_by_external_id("lastfm_hetrec", "1")
        (mum,) = lib.items.find_by_external_id("lastfm_hetrec", "2")
        assert lib.items.get(bjork).kind == "artist"
        assert lib.items.get(mum).title == "Múm"
        assert lib.items.get(mum).tags == ("déjà vu",)
        count = lib.conn.execute(
            "SELECT it.count FROM item_tags it JOIN tags t ON t.id = it.tag_id "
            "WHERE it.item_id = ? AND t.name = 'islandic'",
            (bjork,),
        ).fetchone()[0]
        assert count == 2
        a, b = lib.profiles.by_name("lastfm:2").id, lib.profiles.by_name("lastfm:3").id
        assert lib.friends.pairs() == [(min(a, b), max(a, b))]
        assert report.get("friendships", "added") == 1
        assert report.get("plays", "added") == 3


def test_strict_mode_aborts_on_the_unknown_artist(hetrec_small: Path, tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Library.open(path).close()
    before = library_snapshot(path)
    with Library.open(path) as lib, pytest.raises(ImportAborted) as info:
        import_lastfm_hetrec(lib, hetrec_small, strict=True)
    assert "user_taggedartists.dat:5" in str(info.value)
    assert info.value.report.status == "aborted"
    assert library_snapshot(path) == before
