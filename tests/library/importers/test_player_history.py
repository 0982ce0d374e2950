"""History from other players (issue 17): Strawberry, Clementine, Rhythmbox and Kodi files
made the way those players make them, imported into a real library file.

Each test proves one rule: matching by path (URL-encoded, non-ASCII, NFD names, a moved
folder, a Windows path), then by tags; counts stored once and only their growth added later;
ratings newer-wins; a cancel, a dry run or a refused file leaves the library as it was.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from contextlib import closing
from pathlib import Path

import pytest
from player_files import (
    Film,
    Song,
    file_url,
    write_clementine,
    write_kodi,
    write_rhythmdb,
    write_strawberry,
)

from desktop_recsys.errors import Cancelled, UserError
from desktop_recsys.library import Library
from desktop_recsys.library.importers.player_history import import_player_history
from desktop_recsys.library.models import NewItem
from desktop_recsys.library.repositories.history_imports import HistoryImportRepository
from desktop_recsys.progress import CancelToken

T = 1_700_000_000  # a last-played time (Nov 2023)
OLD = "/home/ann/OldMusic"


@pytest.fixture
def library(tmp_path: Path) -> tuple[Path, Path, dict[str, int]]:
    """A library of six tracks under ``Music`` and two films; returns (file, music, ids)."""
    music = tmp_path / "Music"
    path = tmp_path / "lib.sqlite"
    tracks = {
        "air": ("Air", "Moon Safari", "La femme d'argent", "Air/Moon Safari/01 La femme d'argent.mp3"),
        "cafe": ("Café Tacvba", "Ré", "Eres", "Café Tacvba/Ré/Eres.flac"),
        "bjork": ("Björk", "Homogenic", "Jóga", "Björk/Homogenic/Jóga.mp3"),
        "roads": ("Portishead", "Dummy", "Roads", "Portishead/Dummy/Roads.mp3"),
        "tear": ("Massive Attack", "Mezzanine", "Teardrop", "Massive Attack/Mezzanine/Teardrop.mp3"),
        "daft": ("Daft Punk", "Discovery", "One More Time", "Daft Punk/Discovery/One More Time.mp3"),
    }  # fmt: skip
    ids: dict[str, int] = {}
    with Library.open(path) as lib:
        for key, (artist, album, title, rel) in tracks.items():
            ids[key] = lib.items.add(
                NewItem("track", title, artist=artist, album=album, duration=200.0,
                        path=str(music / rel))
            )  # fmt: skip
        films = tmp_path / "Films"
        ids["alien"] = lib.items.add(
            NewItem("film", "Alien", year=1979, path=str(films / "Alien (1979).mkv"))
        )
        ids["heat"] = lib.items.add(NewItem("film", "Heat", year=1995))  # no file
        ids["amelie"] = lib.items.add(
            NewItem("film", "Amélie", year=2001, path=str(films / "Amélie.mkv"))
        )
    return path, music, ids


def strawberry_songs(music: Path) -> list[Song]:
    nfd = unicodedata.normalize("NFD", f"{music}/Café Tacvba/Ré/Eres.flac")  # macOS spelling
    return [
        Song(file_url(f"{music}/Air/Moon Safari/01 La femme d'argent.mp3"), "La femme d'argent",
             "Air", "Moon Safari", plays=5, skips=1, last_played=T, rating=1.0),
        Song(file_url(nfd), "Eres", "Café Tacvba", "Ré", plays=2, last_played=T - 50),
        Song(file_url(f"{OLD}/Björk/Homogenic/Jóga.mp3"), "Jóga", "Björk", plays=7,
             last_played=T - 100),
        Song(file_url("/mnt/usb/portishead - roads.ogg"), "ROADS", "PORTISHEAD", "Dummy",
             plays=1, last_played=T - 200),
        Song(file_url(f"{music}/Massive Attack/Mezzanine/Teardrop.mp3"), "Teardrop",
             "Massive Attack", rating=0.8),
        Song(file_url(f"{music}/Daft Punk/Discovery/One More Time.mp3"), "One More Time",
             "Daft Punk", plays=4, last_played=T - 300),
        Song(file_url(f"{music}/Daft Punk/Discovery/One More Time.mp3"), "One More Time",
             "Daft Punk", plays=4, last_played=T - 300),  # the same file listed twice
        Song(file_url(f"{OLD}/Nobody/Gone.mp3"), "Gone", "Nobody", plays=3, last_played=T),
        Song("http://radio.example/stream", "Radio", "Station", plays=2, last_played=T),
        Song(file_url(f"{music}/Unplayed.mp3"), "Unplayed", "Someone"),  # never played, -1
    ]  # fmt: skip


def state(path: Path) -> tuple:
    """Everything an import may change: plays, ratings, profiles, what was imported."""
    with Library.open(path) as lib:
        conn = lib.conn
        return (
            conn.execute("SELECT * FROM plays ORDER BY id").fetchall(),
            conn.execute("SELECT * FROM ratings ORDER BY 1, 2").fetchall(),
            conn.execute("SELECT id, name FROM profiles ORDER BY id").fetchall(),
            conn.execute("SELECT * FROM history_imports ORDER BY 1, 2, 3").fetchall(),
        )


def plays_of(path: Path, profile: str = "Ann") -> dict[tuple[int, bool], list[tuple]]:
    with Library.open(path) as lib:
        who = lib.profiles.require(profile).id
        out: dict[tuple[int, bool], list[tuple]] = {}
        for p in lib.plays.for_profile(who):
            out.setdefault((p.item_id, p.skipped), []).append((p.count, p.played_at, p.completed))
        return out


def run(kind: str, path: Path, source: Path, **kw):  # type: ignore[no-untyped-def]
    with Library.open(path) as lib:
        return import_player_history(kind, lib, source, profile=kw.pop("profile", "Ann"), **kw)


def test_strawberry_counts_match_by_path_moved_folder_and_tags(library, tmp_path) -> None:
    path, music, ids = library
    db = write_strawberry(tmp_path / "strawberry.db", strawberry_songs(music))
    report = run("strawberry", path, db)

    assert report.counts["entries"] == {
        "nothing to import (never played nor rated)": 1,
        "not in the library": 1,
        "not a local file": 1,
        "the same file listed twice (counted once)": 1,
        "matched by path": 4,  # incl. the NFD name and the rating-only entry
        "matched by moved folder": 1,
        "matched by tags": 1,
    }
    got = plays_of(path)
    assert got[(ids["air"], False)] == [(5, T, 1.0)]
    assert got[(ids["air"], True)] == [(1, None, 0.0)]  # a skip: its time is unknown
    assert got[(ids["cafe"], False)] == [(2, T - 50, 1.0)]
    assert got[(ids["bjork"], False)] == [(7, T - 100, 1.0)]
    assert got[(ids["roads"], False)] == [(1, T - 200, 1.0)]
    assert got[(ids["daft"], False)] == [(4, T - 300, 1.0)]  # listed twice, counted once
    assert (ids["tear"], False) not in got
    assert report.get("plays", "added") == 19 and report.get("skips", "added") == 1
    with Library.open(path) as lib:
        who = lib.profiles.require("Ann").id
        assert lib.ratings.get(who, ids["air"]) == 5.0  # 1.0 is five stars
        assert lib.ratings.get(who, ids["tear"]) == 4.0  # 0.8
        assert lib.ratings.get(who, ids["roads"]) is None  # -1: unrated
    problems = [str(p) for p in report.problems]
    assert any("Nobody - Gone" in p and "not in the library" in p for p in problems)
    assert any("Station - Radio" in p and "not a local file" in p for p in problems)
    notes = [str(n) for n in report.notes]
    assert any(f"{OLD}" in n and str(music) in n for n in notes)  # the folder that moved


def test_importing_again_adds_nothing_and_later_counts_add_the_difference(
    library, tmp_path
) -> None:
    path, music, ids = library
    db = tmp_path / "strawberry.db"
    write_strawberry(db, strawberry_songs(music))
    run("strawberry", path, db)
    first = state(path)
    again = run("strawberry", path, db)
    assert state(path) == first
    assert again.get("plays", "added") == 0 and again.get("plays", "already imported") == 19

    # Played twice more and skipped once more in Strawberry since.
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute(
            "UPDATE songs SET playcount = 7, skipcount = 2, lastplayed = ? WHERE title = ?",
            (T + 500, "La femme d'argent"),
        )
    later = run("strawberry", path, db)
    got = plays_of(path)
    assert got[(ids["air"], False)] == [(2, T + 500, 1.0), (5, T, 1.0)]
    assert got[(ids["air"], True)] == [(1, None, 0.0), (1, None, 0.0)]
    assert later.get("plays", "added") == 2 and later.get("skips", "added") == 1
    assert len(state(path)[0]) == len(first[0]) + 2


def test_a_cancelled_import_leaves_the_library_unchanged(library, tmp_path, monkeypatch) -> None:
    path, music, _ = library
    db = write_strawberry(tmp_path / "strawberry.db", strawberry_songs(music))
    before = state(path)
    token = CancelToken()
    remember = HistoryImportRepository.remember

    def remember_then_cancel(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        written = remember(self, *args, **kwargs)  # the last write of the import
        token.cancel()  # Cancel pressed now: only the commit is left
        return written

    monkeypatch.setattr(HistoryImportRepository, "remember", remember_then_cancel)
    with pytest.raises(Cancelled):
        run("strawberry", path, db, cancel=token)
    assert state(path) == before
    token = CancelToken()  # pressed while matching: stopped just the same
    with pytest.raises(Cancelled):
        run("strawberry", path, db, cancel=token, progress=lambda *_: token.cancel())
    assert state(path) == before


def test_a_dry_run_reports_everything_and_writes_nothing(library, tmp_path) -> None:
    path, music, _ = library
    db = write_strawberry(tmp_path / "strawberry.db", strawberry_songs(music))
    before = state(path)
    report = run("strawberry", path, db, dry_run=True)
    assert report.get("plays", "added") == 19
    assert any("dry run" in str(n) for n in report.notes)
    assert state(path) == before


def test_clementine_blob_urls_and_a_windows_library(library, tmp_path) -> None:
    path, _music, ids = library
    songs = [
        # Clementine on Windows: a drive letter and another letter case in the folder names.
        Song("file:///C:/Users/Ann/Music/AIR/moon%20safari/01%20La%20femme%20d'argent.mp3",
             "La femme d'argent", "Air", plays=3, skips=2, last_played=T, rating=0.6),
        Song(file_url(f"{OLD}/Portishead/Dummy/Roads.mp3").encode(), "Roads", "Portishead",
             plays=1, last_played=T),
    ]  # fmt: skip
    db = write_clementine(tmp_path / "clementine.db", songs)
    report = run("clementine", path, db)
    got = plays_of(path)
    assert got[(ids["air"], False)] == [(3, T, 1.0)]
    assert got[(ids["air"], True)] == [(2, None, 0.0)]
    assert got[(ids["roads"], False)] == [(1, T, 1.0)]
    assert report.get("entries", "matched by moved folder") == 2
    with Library.open(path) as lib:
        assert lib.ratings.get(lib.profiles.require("Ann").id, ids["air"]) == 3.0


def test_a_clementine_file_imported_as_strawberry_is_read_and_said_so(library, tmp_path):
    path, music, ids = library
    db = write_clementine(
        tmp_path / "clementine.db",
        [Song(file_url(f"{music}/Björk/Homogenic/Jóga.mp3"), "Jóga", "Björk", plays=2)],
    )
    report = run("strawberry", path, db)
    assert plays_of(path)[(ids["bjork"], False)] == [(2, None, 1.0)]  # never dated: NULL
    assert any("Clementine" in str(n) for n in report.notes)


def test_rhythmbox_songs_not_radio(library, tmp_path) -> None:
    path, music, ids = library
    radio = (
        '  <entry type="iradio"><title>Radio</title><location>http://radio.example/x'
        "</location><play-count>9</play-count></entry>"
    )
    xml = write_rhythmdb(
        tmp_path / "rhythmdb.xml",
        [
            Song(
                file_url(f"{music}/Café Tacvba/Ré/Eres.flac"),
                "Eres",
                "Café Tacvba",
                plays=6,
                last_played=T,
                rating=4,
            ),
            Song(
                file_url(f"{music}/Massive Attack/Mezzanine/Teardrop.mp3"),
                "Teardrop",
                "Massive Attack & Co",
                rating=5,
            ),
            Song(
                file_url(f"{OLD}/elsewhere/One More Time.mp3"),
                "One more time",
                "DAFT PUNK",
                plays=2,
                last_played=T - 9,
            ),
        ],  # fmt: skip
        extra=radio,
    )
    report = run("rhythmbox", path, xml)
    got = plays_of(path)
    assert got[(ids["cafe"], False)] == [(6, T, 1.0)]
    assert got[(ids["daft"], False)] == [(2, T - 9, 1.0)]  # by tags: case ignored
    assert report.get("entries", "matched by tags") == 1
    assert any("not songs" in str(n) for n in report.notes)
    with Library.open(path) as lib:
        who = lib.profiles.require("Ann").id
        assert lib.ratings.get(who, ids["cafe"]) == 4.0
        assert lib.ratings.get(who, ids["tear"]) == 5.0


def test_kodi_watched_films_and_resume_points(library, tmp_path) -> None:
    path, _music, ids = library
    db = write_kodi(
        tmp_path / "MyVideos131.db",
        [
            Film(
                str(tmp_path / "Films") + "/",
                "Alien (1979).mkv",
                "Alien",
                1979,
                plays=2,
                last_played="2024-03-01 21:00:00",
                userrating=8,
            ),
            Film(
                "smb://nas/films/",
                "Heat.1995.mkv",
                "Heat",
                1995,
                resume=(3000.0, 10200.0),
                last_played="2024-03-02 20:00:00",
            ),
            Film("D:\\Films\\", "Amélie.mkv", "Amélie", 2001),  # not watched, no resume
            Film("/films/", "Unknown.mkv", "Not Here", 1990, plays=1),
        ],  # fmt: skip
        watched_episodes=3,
    )
    report = run("kodi", path, db)
    got = plays_of(path)
    import datetime as dt

    alien_at = dt.datetime(2024, 3, 1, 21).timestamp()  # Kodi writes local time
    heat_at = dt.datetime(2024, 3, 2, 20).timestamp()
    assert got[(ids["alien"], False)] == [(2, alien_at, 1.0)]  # watched twice: two views
    assert got[(ids["heat"], False)] == [(1, heat_at, pytest.approx(3000 / 10200, abs=1e-4))]
    assert (ids["amelie"], False) not in got
    assert report.get("views", "added") == 2 and report.get("partial views", "added") == 1
    assert report.get("entries", "matched by tags") == 1  # Heat: title and year
    assert report.get("entries", "not in the library") == 1
    assert any("3 watched TV episode" in str(n) for n in report.notes)
    with Library.open(path) as lib:
        assert lib.ratings.get(lib.profiles.require("Ann").id, ids["alien"]) == 4.0
    # Again: nothing new. The resume point moved on: one more partial view.
    assert run("kodi", path, db).get("views", "added") == 0
    assert len(plays_of(path)[(ids["heat"], False)]) == 1
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE bookmark SET timeInSeconds = 6000")
    run("kodi", path, db)
    assert len(plays_of(path)[(ids["heat"], False)]) == 2


def test_ratings_newer_wins(library, tmp_path) -> None:
    path, music, ids = library
    with Library.open(path) as lib:
        who = lib.profiles.add("Ann").id
        lib.ratings.set(who, ids["air"], 2.0, rated_at=T - 1000)  # older than the player's
        lib.ratings.set(who, ids["bjork"], 3.0, rated_at=T + 1000)  # newer
        lib.ratings.set(who, ids["tear"], 1.0, rated_at=T)  # the player's has no date
    songs = [
        Song(file_url(f"{music}/Air/Moon Safari/01 La femme d'argent.mp3"), "La femme d'argent",
             "Air", plays=1, last_played=T, rating=1.0),
        Song(file_url(f"{music}/Björk/Homogenic/Jóga.mp3"), "Jóga", "Björk", plays=1,
             last_played=T, rating=0.2),
        Song(file_url(f"{music}/Massive Attack/Mezzanine/Teardrop.mp3"), "Teardrop",
             "Massive Attack", rating=0.8),
    ]  # fmt: skip
    db = write_strawberry(tmp_path / "strawberry.db", songs)
    report = run("strawberry", path, db)
    assert report.counts["ratings"] == {
        "updated (the player's is newer)": 1,
        "kept the profile's (rated here later)": 1,
        "kept the profile's (the player's rating has no date)": 1,
    }
    with Library.open(path) as lib:
        assert lib.ratings.get(who, ids["air"]) == 5.0
        assert lib.ratings.get(who, ids["bjork"]) == 3.0
        assert lib.ratings.get(who, ids["tear"]) == 1.0
        lib.ratings.set(who, ids["air"], 3.5)  # changed here after the import
    again = run("strawberry", path, db)
    # Unchanged in Strawberry since: the profile's ratings stand (the changed one included).
    assert (
        again.get("ratings", "kept the profile's (unchanged in the player since the last import)")
        == 3
    )
    with Library.open(path) as lib:
        assert lib.ratings.get(who, ids["air"]) == 3.5


def test_an_erased_history_is_imported_again(library, tmp_path) -> None:
    path, music, ids = library
    db = write_strawberry(tmp_path / "strawberry.db", strawberry_songs(music))
    run("strawberry", path, db)
    with Library.open(path) as lib, lib.transaction() as conn:
        conn.execute("DELETE FROM plays")
    assert run("strawberry", path, db).get("plays", "added") == 19
    assert plays_of(path)[(ids["bjork"], False)] == [(7, T - 100, 1.0)]


@pytest.mark.parametrize(
    ("kind", "content", "says"),
    [
        ("strawberry", b"title,artist\nA,B\n", "is not an SQLite database"),
        ("rhythmbox", b"\x00\x01binary", "not Rhythmbox's database"),
        (
            "rhythmbox",
            b"<rhythmdb version='2.0'><entry type='song'><title>A</entry>",
            "not well-formed XML",
        ),
        (
            "rhythmbox",
            b"<?xml version='1.0'?><!DOCTYPE r [<!ENTITY a 'aaaa'>]><rhythmdb/>",
            "declares a document type",
        ),
        ("strawberry", b"SQLite format 3\x00" + b"\xff" * 2000, "damaged"),
    ],  # fmt: skip
)
def test_a_wrong_or_damaged_file_is_refused_in_one_line(library, tmp_path, kind, content, says):
    path, _, _ = library
    source = tmp_path / "source.db"
    source.write_bytes(content)
    before = state(path)
    with pytest.raises(UserError, match=says) as caught:
        run(kind, path, source)
    assert "\n" not in str(caught.value)
    assert state(path) == before


def test_another_program_s_database_is_refused(library, tmp_path) -> None:
    path, _, _ = library
    kodi = write_kodi(tmp_path / "MyVideos131.db", [])
    with pytest.raises(UserError, match="no songs table.*not Strawberry's library"):
        run("strawberry", path, kodi)
    with pytest.raises(UserError, match="not Kodi's video database"):
        run("kodi", path, path)  # the library itself
    with pytest.raises(UserError, match="is not a file"):
        run("kodi", path, tmp_path)


def test_a_locked_database_is_refused_in_one_line(library, tmp_path) -> None:
    path, music, _ = library
    db = write_strawberry(tmp_path / "strawberry.db", strawberry_songs(music))
    with closing(sqlite3.connect(db, isolation_level=None)) as holder:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(UserError, match="locked by another program.*close Strawberry"):
            run("strawberry", path, db)
        holder.execute("ROLLBACK")
    assert state(path)[0] == []


def test_what_was_imported_is_kept_per_player(library, tmp_path) -> None:
    path, music, ids = library
    db = write_strawberry(tmp_path / "strawberry.db", strawberry_songs(music))
    run("strawberry", path, db)
    with Library.open(path) as lib:
        who = lib.profiles.require("Ann").id
        kept = HistoryImportRepository(lib).previous(who, "strawberry")
        assert kept[ids["air"]].plays == 5 and kept[ids["air"]].rating == 5.0
        assert HistoryImportRepository(lib).previous(who, "rhythmbox") == {}


def test_two_copies_of_a_song_add_up_and_a_reset_player_adds_nothing(library, tmp_path) -> None:
    path, music, ids = library
    songs = [
        Song(file_url(f"{music}/Björk/Homogenic/Jóga.mp3"), "Jóga", "Björk", plays=3,
             skips=1, last_played=T - 10),
        Song(file_url("/mnt/phone/Music/bjork-joga.ogg"), "Jóga", "Björk", plays=2,
             last_played=T),  # another copy, found by its tags
    ]  # fmt: skip
    db = write_strawberry(tmp_path / "strawberry.db", songs)
    report = run("strawberry", path, db)
    assert plays_of(path)[(ids["bjork"], False)] == [(5, T, 1.0)]  # the newest last play
    assert any("several entries" in str(n) for n in report.notes)
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE songs SET playcount = 1, skipcount = 0")  # statistics reset
    again = run("strawberry", path, db)
    assert again.get("plays", "added") == 0 and again.get("skips", "added") == 0
    assert again.get("plays", "fewer than imported before (reset in the player?)") == 1
    assert plays_of(path)[(ids["bjork"], False)] == [(5, T, 1.0)]
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE songs SET playcount = 3")  # played again since the reset
    assert run("strawberry", path, db).get("plays", "added") == 4  # 6 now, 2 after the reset


def test_merging_two_copies_keeps_what_was_imported(library, tmp_path) -> None:
    path, music, ids = library
    with Library.open(path) as lib:
        copy = lib.items.add(
            NewItem("track", "Roads", artist="Portishead", album="Dummy",
                    path=str(music / "copies" / "Roads (1).mp3"))
        )  # fmt: skip
    songs = [
        Song(file_url(f"{music}/Portishead/Dummy/Roads.mp3"), "Roads", "Portishead",
             plays=3, skips=1, last_played=T),
        Song(file_url(f"{music}/copies/Roads (1).mp3"), "Roads", "Portishead", plays=2,
             last_played=T - 5),
    ]  # fmt: skip
    db = write_strawberry(tmp_path / "strawberry.db", songs)
    run("strawberry", path, db)
    with Library.open(path) as lib:
        lib.items.merge_into(ids["roads"], copy)  # the duplicate folded into the original
        who = lib.profiles.require("Ann").id
        kept = HistoryImportRepository(lib).previous(who, "strawberry")[ids["roads"]]
        assert (kept.plays, kept.skips, kept.last_played) == (5, 1, T)
    before = state(path)
    again = run("strawberry", path, db)
    assert again.get("plays", "added") == 0 and again.get("skips", "added") == 0
    assert state(path) == before
