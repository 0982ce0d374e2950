"""The new ``import`` kinds, ``export`` and ``duplicates`` through the real CLI in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from import_helpers import library_snapshot, write

pytestmark = pytest.mark.subprocess


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_recsys", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
    )


def test_histories_export_and_reimport_into_a_fresh_library(tmp_path: Path) -> None:
    lib = str(tmp_path / "lib.sqlite")
    scrobbles = write(
        tmp_path / "scrobbles.csv",
        "Ada Alder,Quiet Roads,Blue Wind,31 Jan 2021 12:34\n"
        "Ada Alder,Quiet Roads,=cmd|' /C calc'!A0,31 Jan 2021 12:40\n",
    )
    done = run("import", "lastfm-scrobbles", str(scrobbles), "--profile", "Ann",
               "--library", lib, "--quiet")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "plays: 2 added" in done.stdout and "0 of 2 rows (0%) matched" in done.stdout
    imdb = write(
        tmp_path / "ratings.csv",
        "Const,Your Rating,Date Rated,Title,Title Type,Year,Genres,Directors\n"
        "tt0113277,7,2020-05-03,Heat,movie,1995,Crime,Michael Mann\n",
    )
    done = run("import", "imdb", str(imdb), "--profile", "Ann", "--library", lib, "--quiet")
    assert done.returncode == 0, done.stderr
    assert "ratings: 1 added" in done.stdout
    archive = tmp_path / "ann.zip"
    done = run("export", "--library", lib, "profile", "Ann", "--out", str(archive))
    assert done.returncode == 0, done.stderr
    assert "2 plays" in done.stdout and "1 rating," in done.stdout
    with zipfile.ZipFile(archive) as zf:
        assert "'=cmd|' /C calc'!A0" in zf.read("plays.csv").decode("utf-8")
    fresh = str(tmp_path / "fresh.sqlite")
    done = run("import", "profile", str(archive), "--library", fresh, "--quiet")
    assert done.returncode == 0, done.stderr
    stats = json.loads(run("stats", "--json", "--library", fresh).stdout)
    assert (stats["profiles"], stats["ratings"], stats["plays"]) == (1, 1, 2)
    # The library as CSV, read back into another fresh library.
    out = tmp_path / "library.csv"
    done = run("export", "library", "--format", "csv", "--out", str(out), "--library", lib)
    assert done.returncode == 0 and "Exported 3 items" in done.stdout
    done = run("import", "library", str(out), "--library", str(tmp_path / "c.sqlite"), "--quiet")
    assert done.returncode == 0, done.stderr
    assert "tracks: 2 added" in done.stdout and "films: 1 added" in done.stdout


def test_history_import_without_profile_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    lib = tmp_path / "lib.sqlite"
    assert run("profile", "add", "Ann", "--library", str(lib)).returncode == 0
    before = library_snapshot(lib)
    source = write(tmp_path / "listens.jsonl", '{"listened_at": 1, "track_metadata": {}}\n')
    done = run("import", "listenbrainz", str(source), "--library", str(lib))
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "--profile" in done.stderr
    done = run("import", "listenbrainz", str(source), "--profile", "Ann", "--strict",
               "--library", str(lib), "--quiet")  # fmt: skip
    assert done.returncode == 1 and "listens.jsonl:1: empty artist" in done.stderr
    assert library_snapshot(lib) == before


def test_playlist_export_and_duplicates_review_and_merge(tmp_path: Path) -> None:
    lib = tmp_path / "lib.sqlite"
    # The library is built by a separate interpreter, like any other program writing to it.
    code = (
        "from desktop_recsys.library import Library\n"
        "from desktop_recsys.library.models import NewItem\n"
        f"lib = Library.open({str(lib)!r})\n"
        "a = lib.items.add(NewItem('track', 'Blue Wind', artist='Ada', duration=187.0,"
        " path='/music/a.mp3'))\n"
        "b = lib.items.add(NewItem('track', 'blue wind', artist='ADA', duration=186.0))\n"
        "p = lib.profiles.add('Ann').id\n"
        "lib.ratings.set(p, b, 4.0)\n"
        "lib.playlists.create('Evening', profile_id=p, item_ids=[a, b])\n"
        "lib.close()\n"
    )
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0
    out = tmp_path / "lists" / "evening.m3u8"
    out.parent.mkdir()
    done = run("export", "playlist", "Evening", "--profile", "Ann", "--out", str(out),
               "--relative-to", str(out.parent), "--library", str(lib))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "(1 file; 1 item without a file" in done.stdout
    lines = out.read_text("utf-8").splitlines()
    assert lines[2:4] == [
        "#EXTINF:187,Ada - Blue Wind",
        os.path.relpath("/music/a.mp3", out.parent),
    ]
    done = run("duplicates", "--json", "--library", str(lib))
    assert done.returncode == 0, done.stderr
    (group,) = json.loads(done.stdout)
    assert group["item_ids"] == [1, 2] and group["items"][1]["ratings"] == 1
    # --library before the action must not be lost (argparse resets it by default).
    done = run("duplicates", "--library", str(lib), "merge", "1", "2", "--yes")
    assert done.returncode == 0 and "(moved 1 rating," in done.stdout
    assert "No likely duplicates" in run("duplicates", "--library", str(lib)).stdout
    done = run("duplicates", "merge", "1", "2", "--yes", "--library", str(lib))
    assert done.returncode == 1 and "no item with id 2" in done.stderr
