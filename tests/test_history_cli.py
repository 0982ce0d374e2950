"""``desktop-recsys history import`` (issue 17): a real Strawberry database and Kodi database
into a real library file, through the command line's own entry point."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from player_files import Film, Song, file_url, write_kodi, write_strawberry

from desktop_recsys.cli import main
from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem

T = 1_700_000_000


def make_library(tmp_path: Path) -> tuple[Path, Path, dict[str, int]]:
    path, music = tmp_path / "lib.sqlite", tmp_path / "Music"
    with Library.open(path) as lib:
        ids = {
            "song": lib.items.add(
                NewItem("track", "Eres", artist="Café Tacvba", path=str(music / "Eres.flac"))
            ),
            "film": lib.items.add(NewItem("film", "Alien", year=1979)),
        }
    return path, music, ids


def rows(path: Path) -> list[tuple]:
    with Library.open(path) as lib:
        return lib.conn.execute(
            "SELECT profile_id, item_id, played_at, completed, skipped, count FROM plays"
        ).fetchall()


def test_history_import_dry_run_then_real_then_again(tmp_path: Path, capsys: Any) -> None:
    path, music, ids = make_library(tmp_path)
    db = write_strawberry(
        tmp_path / "strawberry.db",
        [Song(file_url(f"{music}/Eres.flac"), "Eres", "Café Tacvba", plays=3, last_played=T)],
    )
    base = ["history", "import", "strawberry", str(db), "--profile", "Ann", "--library", str(path)]
    assert main([*base, "--dry-run", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "Would import strawberry history" in out and "plays: 3 added" in out
    assert "dry run: nothing was written" in out
    assert rows(path) == []
    report = tmp_path / "report.json"
    assert main([*base, "--quiet", "--report", str(report)]) == 0
    out = capsys.readouterr().out
    assert "Imported strawberry history" in out and "entries: 1 matched by path" in out
    assert json.loads(report.read_text("utf-8"))["counts"]["plays"]["added"] == 3
    assert [r[1:] for r in rows(path)] == [(ids["song"], T, 1.0, 0, 3)]
    assert main([*base, "--quiet"]) == 0
    assert "plays: 0 added, 3 already imported" in capsys.readouterr().out
    assert len(rows(path)) == 1


def test_history_import_kodi_views(tmp_path: Path, capsys: Any) -> None:
    path, _, ids = make_library(tmp_path)
    db = write_kodi(
        tmp_path / "MyVideos131.db",
        [Film("/films/", "Alien.mkv", "Alien", 1979, plays=1, last_played="2024-01-01 20:00:00")],
    )
    args = ["history", "import", "kodi", str(db), "--profile", "Bo", "--library", str(path)]
    assert main([*args, "--quiet"]) == 0
    assert "views: 1 added" in capsys.readouterr().out
    assert [(r[1], r[3], r[5]) for r in rows(path)] == [(ids["film"], 1.0, 1)]


def test_a_wrong_file_is_one_line_and_exit_status_1(tmp_path: Path, capsys: Any) -> None:
    path, _, _ = make_library(tmp_path)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n", encoding="utf-8")
    code = main(["history", "import", "clementine", str(notes), "--profile", "Ann",
                 "--library", str(path)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "notes.txt is not an SQLite database" in err
    assert "clementine.db" in err
    assert rows(path) == []
