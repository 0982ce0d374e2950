"""Importing another player's history as the app does it (issue 17): a backup before the
first write (a history may replace ratings), kept after a finished import and deleted again
after a cancelled one, which changed nothing; a dry run takes no backup and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from player_files import Song, file_url, write_strawberry

from desktop_recsys.errors import Cancelled
from desktop_recsys.jobs.definitions import ImportJob
from desktop_recsys.library import Library
from desktop_recsys.library.backup import list_backups
from desktop_recsys.library.models import NewItem
from desktop_recsys.progress import CancelToken
from desktop_recsys.services import player_history_service


def setup(tmp_path: Path) -> tuple[Path, Path, int]:
    path, music = tmp_path / "lib.sqlite", tmp_path / "Music"
    with Library.open(path) as lib:
        who = lib.profiles.add("Ann").id
        item = lib.items.add(NewItem("track", "Roads", artist="Portishead",
                                     path=str(music / "Roads.mp3")))  # fmt: skip
        lib.ratings.set(who, item, 2.0, rated_at=1_600_000_000)
    db = write_strawberry(
        tmp_path / "strawberry.db",
        [
            Song(
                file_url(f"{music}/Roads.mp3"),
                "Roads",
                "Portishead",
                plays=4,
                last_played=1_700_000_000,
                rating=1.0,
            )
        ],  # fmt: skip
    )
    return path, db, item


def dump(path: Path) -> tuple:
    with Library.open(path) as lib:
        return (
            lib.conn.execute("SELECT * FROM plays").fetchall(),
            lib.conn.execute("SELECT * FROM ratings").fetchall(),
            lib.conn.execute("SELECT * FROM history_imports").fetchall(),
        )


def test_the_import_job_backs_up_first_and_a_cancel_keeps_nothing(tmp_path: Path) -> None:
    path, db, item = setup(tmp_path)
    before = dump(path)
    token = CancelToken()

    def progress(_fraction: float, message: object) -> None:
        if message == "writing":  # matched, about to write: cancel now
            token.cancel()

    job = ImportJob(path, "strawberry", db, (("profile", "Ann"),))
    with pytest.raises(Cancelled):
        job(progress, token)
    assert dump(path) == before
    assert list_backups(path) == []  # the backup of a cancelled import is deleted again

    report = job(lambda *_: None, CancelToken())
    assert report.status == "finished" and report.get("plays", "added") == 4
    assert [b.reason for b in list_backups(path)] == ["import"]
    with Library.open(path) as lib:
        assert lib.ratings.get(lib.profiles.require("Ann").id, item) == 5.0  # the newer one


def test_a_dry_run_takes_no_backup_and_writes_nothing(tmp_path: Path) -> None:
    path, db, _ = setup(tmp_path)
    before = dump(path)
    report = player_history_service.import_player_history(
        "strawberry", path, db, profile="Ann", dry_run=True
    )
    assert report.get("ratings", "updated (the player's is newer)") == 1
    assert dump(path) == before and list_backups(path) == []


def test_the_wizard_finds_each_player_s_file_where_the_player_keeps_it(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert player_history_service.default_location("strawberry", home) is None
    straw = home / ".local/share/strawberry/strawberry/strawberry.db"
    rhythm = home / ".local/share/rhythmbox/rhythmdb.xml"
    kodi = home / ".kodi/userdata/Database"
    for made in (straw, rhythm, kodi / "MyVideos99.db", kodi / "MyVideos131.db",
                 kodi / "MyMusic82.db"):  # fmt: skip
        made.parent.mkdir(parents=True, exist_ok=True)
        made.write_bytes(b"")
    assert player_history_service.default_location("strawberry", home) == straw
    assert player_history_service.default_location("rhythmbox", home) == rhythm
    assert player_history_service.default_location("kodi", home) == kodi / "MyVideos131.db"
    assert player_history_service.default_location("clementine", home) is None
