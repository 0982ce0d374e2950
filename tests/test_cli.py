"""The ``desktop-recsys`` command in a real subprocess, as a person would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_recsys import __version__


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_recsys", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"desktop-recsys {__version__}"


def test_demo_then_stats_json(tmp_path: Path) -> None:
    library = tmp_path / "demo.sqlite"
    made = run("demo", "--library", str(library), "--quiet")
    assert made.returncode == 0, made.stderr
    assert "synthetic" in made.stdout
    result = run("stats", "--json", "--library", str(library))
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert stats["items_by_kind"] == {"track": 2000, "artist": 80, "film": 800}
    assert stats["profiles"] == 25
    assert stats["synthetic"] is True
    for key in ("ratings", "plays", "friendships", "genres", "tags"):
        assert isinstance(stats[key], int) and stats[key] > 0
    human = run("stats", "--library", str(library))
    assert "synthetic demo data" in human.stdout and "2,000" in human.stdout
    again = run("demo", "--library", str(library), "--quiet")
    assert again.returncode == 1
    assert "already has items" in again.stderr and len(again.stderr.strip().splitlines()) == 1


def test_default_library_lives_in_the_user_data_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = run("profile", "add", "Ann", env={"DESKTOP_RECSYS_HOME": str(home)})
    assert result.returncode == 0, result.stderr
    assert (home / "data" / "library.sqlite").is_file()
    listed = run("profile", "list", "--json", env={"DESKTOP_RECSYS_HOME": str(home)})
    assert [p["name"] for p in json.loads(listed.stdout)] == ["Ann"]


def test_profile_add_list_remove(tmp_path: Path) -> None:
    library = str(tmp_path / "lib.sqlite")
    assert run("profile", "add", "Ann", "--library", library).returncode == 0
    assert run("profile", "add", "Bo", "--library", library).returncode == 0
    duplicate = run("profile", "add", "ann", "--library", library)
    assert duplicate.returncode == 1 and "already exists" in duplicate.stderr
    listed = run("profile", "list", "--library", library)
    assert [line.split()[1] for line in listed.stdout.splitlines()] == ["Ann", "Bo"]
    removed = run("profile", "remove", "Ann", "--yes", "--library", library)
    assert removed.returncode == 0 and "Removed profile 'Ann'" in removed.stdout
    missing = run("profile", "remove", "Ann", "--yes", "--library", library)
    assert missing.returncode == 1 and "no profile" in missing.stderr
    listed = json.loads(run("profile", "list", "--json", "--library", library).stdout)
    assert [p["name"] for p in listed] == ["Bo"]


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: p.write_text("not a database"), "not an SQLite file"),
        (lambda p: None, "does not exist"),
    ],
)
def test_bad_library_paths_give_one_line_and_touch_nothing(
    tmp_path: Path, setup, message: str
) -> None:
    path = tmp_path / "file.sqlite"
    if message == "does not exist":
        path = tmp_path / "missing" / "file.sqlite"
    else:
        setup(path)
    before = path.read_bytes() if path.exists() else None
    result = run("stats", "--library", str(path))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and str(path) in lines[0]
    assert "Traceback" not in result.stderr
    assert (path.read_bytes() if path.exists() else None) == before


def test_unknown_command_is_a_usage_error() -> None:
    result = run("frobnicate")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
