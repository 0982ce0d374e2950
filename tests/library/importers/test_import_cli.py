"""``desktop-recsys import ...`` in a real subprocess, on small fixture files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from import_helpers import library_snapshot, make_hetrec_small, make_ml_csv_small, write

pytestmark = pytest.mark.subprocess


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_recsys", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
    )


def test_import_movielens_then_lastfm_with_reports(tmp_path: Path) -> None:
    library = str(tmp_path / "lib.sqlite")
    folder = make_ml_csv_small(tmp_path)
    report = tmp_path / "report.json"
    done = run("import", "movielens", str(folder), "--library", library, "--report", str(report))
    assert done.returncode == 0, done.stderr
    assert "films: 4 added" in done.stdout and "ratings: 4 added" in done.stdout
    data = json.loads(report.read_text("utf-8"))
    assert data["status"] == "finished" and data["counts"]["profiles"]["added"] == 2
    hetrec = make_hetrec_small(tmp_path)
    done = run("import", "lastfm-hetrec", str(hetrec), "--library", library, "--quiet")
    assert done.returncode == 0, done.stderr
    assert "user_taggedartists.dat:5: artist 99 is not in artists.dat" in done.stdout
    stats = json.loads(run("stats", "--json", "--library", library).stdout)
    assert stats["items_by_kind"] == {"track": 0, "artist": 2, "film": 4}
    assert (stats["profiles"], stats["plays"], stats["friendships"]) == (4, 3, 1)


def test_import_csv_with_map_and_profile(tmp_path: Path) -> None:
    library = str(tmp_path / "lib.sqlite")
    source = write(tmp_path / "watched.csv", "Name,Year,Stars\nAlien,1979,4.5\nHeat,1995,4\n")
    done = run(
        "import", "csv", str(source), "--map", "Name=title,Year=year", "--map", "Stars=rating",
        "--profile", "Ann", "--library", library, "--quiet",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "ratings: 2 added" in done.stdout
    profiles = json.loads(run("profile", "list", "--json", "--library", library).stdout)
    assert [p["name"] for p in profiles] == ["Ann"]


def test_strict_import_fails_with_one_line_writes_an_aborted_report_and_changes_nothing(
    tmp_path: Path,
) -> None:
    library = tmp_path / "lib.sqlite"
    assert run("profile", "add", "Ann", "--library", str(library)).returncode == 0
    before = library_snapshot(library)
    folder = make_ml_csv_small(tmp_path)
    with (folder / "ratings.csv").open("a") as handle:
        handle.write("9,1,9.5,964983200\n")
    report = tmp_path / "report.json"
    done = run(
        "import", "movielens", str(folder), "--strict", "--quiet", "--report", str(report),
        "--library", str(library),
    )  # fmt: skip
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "ratings.csv:6" in lines[0] and "strict" in lines[0]
    assert json.loads(report.read_text("utf-8"))["status"] == "aborted"
    assert library_snapshot(library) == before


def test_csv_without_map_is_an_error(tmp_path: Path) -> None:
    source = write(tmp_path / "x.csv", "Name\nAlien\n")
    done = run("import", "csv", str(source), "--library", str(tmp_path / "lib.sqlite"))
    assert done.returncode == 1 and "--map" in done.stderr


def test_import_folder_writes_a_report_listing_bad_files(tmp_path: Path) -> None:
    media = tmp_path / "media"
    shutil.copytree(Path(__file__).resolve().parents[2] / "data" / "media", media)
    report = tmp_path / "scan.json"
    done = run(
        "import", "folder", str(media), "--report", str(report), "--quiet",
        "--library", str(tmp_path / "lib.sqlite"),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    data = json.loads(report.read_text("utf-8"))
    assert data["counts"]["files"]["added"] == 11 and data["problem_count"] == 4
    assert any(p["file"].endswith("empty.mp3") for p in data["problems"])
