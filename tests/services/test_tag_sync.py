"""Ratings and play counts through the files' tags, both ways (issue 17): ``tags write`` then
a scan into a fresh library gives the same values; the dry run writes nothing; a read-only,
missing or changed file, half stars and files nobody can receive are each handled and
reported; the Settings switch makes scans write.

Real MP3, FLAC, Ogg Vorbis and M4A files (the encoder-made ones of tests/data/media, copied).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import mutagen
import pytest

from desktop_recsys.cli import main
from desktop_recsys.library import Library
from desktop_recsys.library.importers.folder import scan_folder
from desktop_recsys.library.tag_files import audio_digest, read_stats
from desktop_recsys.services import import_service
from desktop_recsys.services.tag_sync import (
    TagSettings,
    load_settings,
    save_settings,
    sync_tags,
)

MUSIC = Path(__file__).resolve().parents[1] / "data" / "media" / "music"
FILES = {
    "mp3": "Ada Alder/Quiet Roads/03 Blue Wind.mp3",
    "flac": "Bo Brook/Granite/01 Cold Stone.flac",
    "ogg": "Carla Castell/Singles/Rain Letter.ogg",
    "m4a": "Dmitri Duarte/Piers/Glass Harbour.m4a",
}
# What the person did in the first library: half stars too, and plays.
WANTED = {"mp3": (3.5, 7), "flac": (0.5, 2), "ogg": (4.5, 12), "m4a": (5.0, 1)}
OLD = 1_600_000_000.0  # a time before the files were copied


@pytest.fixture
def music(tmp_path: Path) -> Path:
    root = tmp_path / "music"
    for rel in FILES.values():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(MUSIC / rel, root / rel)
    return root


def ids_by_kind(lib: Library, music: Path) -> dict[str, int]:
    by_path = {row.path: row.id for row in lib.items.page("track", limit=100)}
    return {kind: by_path[str(music / rel)] for kind, rel in FILES.items()}


def values(lib: Library, profile: str, music: Path) -> dict[str, tuple[float | None, int]]:
    who = lib.profiles.require(profile).id
    ids = ids_by_kind(lib, music)
    totals = {item: n for p, item, n, _ in lib.plays.totals() if p == who}
    return {kind: (lib.ratings.get(who, i), totals.get(i, 0)) for kind, i in ids.items()}


def rated_library(path: Path, music: Path) -> dict[str, int]:
    """A library whose profile Me rated and played the four files (after the scan)."""
    with Library.open(path) as lib:
        lib.profiles.add("Me")
        scan_folder(lib, music)
        me = lib.profiles.require("Me").id
        ids = ids_by_kind(lib, music)
        for kind, (stars, plays) in WANTED.items():
            lib.ratings.set(me, ids[kind], stars)
            lib.plays.add(me, ids[kind], 1_700_000_000.0, count=plays)
        return ids


def file_state(music: Path) -> dict[str, tuple[bytes, int]]:
    return {
        kind: ((music / rel).read_bytes(), (music / rel).stat().st_mtime_ns)
        for kind, rel in FILES.items()
    }


def run(library: Path, *argv: str) -> int:
    return main(["--library", str(library), "tags", *argv, "--quiet"])


def test_round_trip_through_the_tags_gives_identical_values_in_a_fresh_library(
    music: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "first.sqlite"
    rated_library(first, music)
    audio = {kind: audio_digest(music / rel) for kind, rel in FILES.items()}
    assert run(first, "write", "--profile", "Me") == 0
    out = capsys.readouterr().out
    assert "4 files written" in out and "the library's change is newer" in out
    assert {kind: audio_digest(music / rel) for kind, rel in FILES.items()} == audio
    with Library.open(first) as lib:  # the written files' new state is stored: no re-read
        assert scan_folder(lib, music).get("files", "unchanged") == 4
    fresh = tmp_path / "fresh.sqlite"
    with Library.open(fresh) as lib:
        lib.profiles.add("You")
        report = scan_folder(lib, music)  # no --profile: the library's first profile
        assert values(lib, "You", music) == WANTED
        assert report.get("ratings", "added") == 4
        assert report.get("plays", "added") == sum(p for _, p in WANTED.values())
        # Play counts are undated rows of the difference; reading again adds nothing.
        you = lib.profiles.require("You").id
        assert all(p.played_at is None for p in lib.plays.for_profile(you))
        plays_before = lib.plays.count()
    assert run(fresh, "read") == 0
    assert "4 already agree" in capsys.readouterr().out
    for rel in FILES.values():  # a rescan that reads every file again
        os.utime(music / rel, (OLD, OLD))
    with Library.open(fresh) as lib:
        scan_folder(lib, music)
        assert lib.plays.count() == plays_before
        assert values(lib, "You", music) == WANTED
    # The first library agrees with its files now: a second write writes nothing.
    before = file_state(music)
    assert run(first, "write", "--profile", "Me") == 0
    assert "0 files written" in capsys.readouterr().out
    assert file_state(music) == before


def test_the_dry_run_writes_nothing_and_says_what_it_would_do(
    music: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lib.sqlite"
    rated_library(path, music)
    before = file_state(music)
    with Library.open(path) as lib:
        rows = lib.conn.execute("SELECT * FROM tag_sync").fetchall()
        ratings = lib.ratings.all()
    assert run(path, "write", "--profile", "Me", "--dry-run") == 0
    out = capsys.readouterr().out
    assert out.startswith("Dry run:") and "4 files would be written" in out
    assert "rating 4 stars -> 3.5 stars, plays 0 -> 7" in out  # the MP3's POPM said 4
    assert file_state(music) == before  # bytes and modification times
    with Library.open(path) as lib:
        assert lib.conn.execute("SELECT * FROM tag_sync").fetchall() == rows
        assert lib.ratings.all() == ratings


def test_the_report_speaks_chinese_under_a_chinese_lang(
    music: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 19: each file's line (what changed, and which side won) in the command line's
    language; the paths as they are."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    path = tmp_path / "lib.sqlite"
    rated_library(path, music)
    assert run(path, "write", "--profile", "Me", "--dry-run") == 0
    out = capsys.readouterr().out
    assert (
        out.startswith("试运行：已将 4 个文件与 'Me' 的评分和播放记录比较")
        and "将写入 4 个文件" in out
    )
    assert "将写入（媒体库的更改更新）：评分 4 星 → 3.5 星、播放次数 0 → 7" in out
    assert str(music) in out or FILES["mp3"] in out


def test_a_read_only_and_a_missing_file_are_one_line_each_and_the_others_are_written(
    music: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lib.sqlite"
    rated_library(path, music)
    locked, gone = music / FILES["flac"], music / FILES["ogg"]
    locked.chmod(0o444)
    kept = locked.read_bytes()
    gone.unlink()
    assert run(path, "write", "--profile", "Me") == 0
    out = capsys.readouterr().out.splitlines()
    [read_only] = [line for line in out if str(locked) in line]
    assert "the file is read-only; nothing written" in read_only
    [missing] = [line for line in out if str(gone) in line]
    assert "the file is missing" in missing
    assert "2 files written" in out[-1] and "2 could not be done" in out[-1]
    assert locked.read_bytes() == kept
    assert read_stats(music / FILES["mp3"]).rating == 3.5
    assert read_stats(music / FILES["m4a"]).play_count == 1
    with Library.open(path) as lib:  # nothing lost in the library
        assert values_of(lib, "Me") == sorted(WANTED.values())


def values_of(lib: Library, profile: str) -> list[tuple[float, int]]:
    who = lib.profiles.require(profile).id
    totals = {item: n for p, item, n, _ in lib.plays.totals() if p == who}
    return sorted((r.rating, totals.get(r.item_id, 0)) for r in lib.ratings.for_profile(who))


def test_a_file_changed_on_disk_since_the_scan_wins_when_its_change_is_newer(
    music: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lib.sqlite"
    ids = rated_library(path, music)
    with Library.open(path) as lib:  # every rating made long ago, then written
        me = lib.profiles.require("Me").id
        for kind, (stars, _plays) in WANTED.items():
            lib.ratings.set(me, ids[kind], stars, rated_at=OLD)
    assert run(path, "write", "--profile", "Me") == 0
    capsys.readouterr()
    # Another player rates the Ogg file 2 stars and counts 3 more plays.
    ogg = music / FILES["ogg"]
    tagged = mutagen.File(ogg)
    tagged["FMPS_RATING"], tagged["FMPS_PLAYCOUNT"] = "0.4", "15"
    tagged.save()
    # Meanwhile in the library, Me re-rates the FLAC file (newer than its file).
    with Library.open(path) as lib:
        lib.ratings.set(me, ids["flac"], 1.5)
    untouched = ogg.read_bytes()
    assert run(path, "write") == 0  # the library's profile for files: Me, its only one
    out = capsys.readouterr().out
    [ogg_line] = [line for line in out.splitlines() if str(ogg) in line]
    assert "read into the library (the file's change is newer)" in ogg_line
    assert "rating 4.5 stars -> 2 stars, plays 12 -> 15" in ogg_line
    assert "changed on disk since the last scan" in ogg_line
    [flac_line] = [line for line in out.splitlines() if FILES["flac"] in line]
    assert "written (the library's change is newer): rating 0.5 stars -> 1.5 stars" in flac_line
    assert ogg.read_bytes() == untouched  # the file that won is not rewritten
    assert read_stats(music / FILES["flac"]).rating == 1.5
    with Library.open(path) as lib:
        assert lib.ratings.get(me, ids["ogg"]) == 2.0
        totals = {i: n for p, i, n, _ in lib.plays.totals() if p == me}
        assert totals[ids["ogg"]] == 15


def test_ratings_in_files_with_no_profile_to_receive_them_are_left_and_said(
    music: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.profiles.ensure_many(["ml:1"], community=True)  # a data set's user receives none
        report = scan_folder(lib, music)
        assert lib.ratings.count() == 0 and lib.plays.count() == 0
        [note] = [str(n) for n in report.notes if "no profile to receive them" in str(n)]
        assert note.startswith("3 files carry ratings or play counts")  # MP3, FLAC, Ogg
    before = file_state(music)
    assert run(path, "write") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no profile receives the ratings in your files" in err[0]
    assert file_state(music) == before
    with Library.open(path) as lib:
        lib.profiles.add("Zoe")
    assert run(path, "read") == 0  # the files' values arrive once someone can take them
    with Library.open(path) as lib:
        assert sorted(r for r, _ in values(lib, "Zoe", music).values() if r) == [3.0, 4.0, 4.0]


def test_the_chosen_profile_receives_the_values_and_the_switch_makes_scans_write(
    music: Path, tmp_path: Path
) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.profiles.add("Ann")
        bo = lib.profiles.add("Bo")
        assert load_settings(lib) == TagSettings(None, False)  # off by default
        save_settings(lib, TagSettings(bo.id, False))
    import_service.import_folder(path, music)
    with Library.open(path) as lib:
        assert values(lib, "Bo", music)["flac"] == (4.0, 0)  # FLAC RATING=80
        assert lib.ratings.for_profile(lib.profiles.require("Ann").id) == []
        lib.ratings.set(bo.id, ids_by_kind(lib, music)["flac"], 2.5)
    flac = music / FILES["flac"]
    os.utime(flac, (OLD, OLD))  # so the rescan reads it again
    before = flac.read_bytes()
    import_service.import_folder(path, music)  # the switch is off: the file is not written
    assert flac.read_bytes() == before
    with Library.open(path) as lib:
        assert lib.ratings.get(bo.id, ids_by_kind(lib, music)["flac"]) == 2.5  # newer: kept
        save_settings(lib, TagSettings(bo.id, True))
    report = import_service.import_folder(path, music)
    assert report.get("files", "tags written") == 1
    assert read_stats(flac).rating == 2.5


def test_sync_names_a_data_set_user_as_no_profile_for_files(music: Path, tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.profiles.ensure_many(["ml:7"], community=True)
        lib.profiles.add("Me")
    from desktop_recsys.errors import UserError

    with pytest.raises(UserError, match="data set's user"):
        sync_tags(path, "ml:7", write=True)


def test_a_dry_read_says_what_the_files_would_change_and_changes_nothing(
    music: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        scan_folder(lib, music)  # nobody to receive the files' ratings yet
        lib.profiles.add("Kim")
    assert run(path, "read", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "3 would be read into the library" in out
    assert (
        "would be read into the library (the file's change is newer): rating no rating -> 4" in out
    )
    with Library.open(path) as lib:
        assert lib.ratings.count() == 0 and lib.plays.count() == 0
        assert lib.conn.execute("SELECT count(*) FROM tag_sync").fetchone() == (0,)


def test_a_scan_for_another_profile_leaves_the_profile_for_files_alone(
    music: Path, tmp_path: Path
) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        ann = lib.profiles.add("Ann").id
        scan_folder(lib, music)  # Ann receives the FLAC's 4 stars (and agrees with the file)
        flac = ids_by_kind(lib, music)["flac"]
        assert lib.ratings.get(ann, flac) == 4.0
    tagged = mutagen.File(music / FILES["flac"])
    del tagged["RATING"]  # another player clears the rating in the file
    tagged.save()
    with Library.open(path) as lib:
        scan_folder(lib, music, profile="Bob")  # the file now carries nothing for Bob
        assert lib.ratings.get(ann, flac) == 4.0  # Ann's rating is not Bob's scan's business
        assert lib.profiles.by_name("Bob") is None
        scan_folder(lib, music)  # nothing changed on disk since: nothing read
        os.utime(music / FILES["flac"], (OLD, OLD))
        scan_folder(lib, music)  # read for Ann: the file changed since the sync, so it wins
        assert lib.ratings.get(ann, flac) is None
