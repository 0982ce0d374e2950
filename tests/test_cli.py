"""The ``desktop-recsys`` command in a real subprocess, as a person would run it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_recsys import __version__
from desktop_recsys.cli.common import parse_params
from desktop_recsys.errors import UserError


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_recsys", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


@pytest.mark.subprocess
def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"desktop-recsys {__version__}"


@pytest.mark.subprocess
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


@pytest.mark.subprocess
def test_default_library_lives_in_the_user_data_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = run("profile", "add", "Ann", env={"DESKTOP_RECSYS_HOME": str(home)})
    assert result.returncode == 0, result.stderr
    assert (home / "data" / "library.sqlite").is_file()
    listed = run("profile", "list", "--json", env={"DESKTOP_RECSYS_HOME": str(home)})
    assert [p["name"] for p in json.loads(listed.stdout)] == ["Ann"]


@pytest.mark.subprocess
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


@pytest.mark.subprocess
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


def test_param_pairs_are_parsed_by_the_one_common_parser() -> None:
    # The only --param parser: key and value are stripped, the value may hold '='.
    assert parse_params(["a=1", "b = x=y"]) == {"a": "1", "b": "x=y"}
    assert parse_params(None) == {}
    for bad in ("novalue", " =3"):
        with pytest.raises(UserError, match=re.escape(f"--param {bad!r} is not KEY=VALUE")):
            parse_params([bad])


@pytest.mark.subprocess
def test_unknown_command_is_a_usage_error() -> None:
    result = run("frobnicate")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


@pytest.mark.subprocess
@pytest.mark.parametrize("before", [True, False])
def test_library_option_works_before_or_after_the_command(tmp_path: Path, before: bool) -> None:
    library = str(tmp_path / "lib.sqlite")
    home = {"DESKTOP_RECSYS_HOME": str(tmp_path / "home")}
    args = ["profile", "add", "Ann"]
    args = ["--library", library, *args] if before else [*args, "--library", library]
    assert run(*args, env=home).returncode == 0
    listed = run("--library", library, "profile", "list", "--json", env=home)
    assert [p["name"] for p in json.loads(listed.stdout)] == ["Ann"]
    # Nothing went to the default library.
    assert not (tmp_path / "home" / "data" / "library.sqlite").exists()


@pytest.mark.subprocess
def test_train_recommend_and_models_on_the_demo_library(demo_library_copy: Path) -> None:
    library = str(demo_library_copy)
    none_yet = run("recommend", "--profile", "Ada", "--kind", "film", "--library", library)
    assert none_yet.returncode == 1 and "train" in none_yet.stderr
    trained = run(
        "train", "--kind", "film", "--algorithm", "item-knn", "--quiet", "--library", library
    )
    assert trained.returncode == 0, trained.stderr
    assert "model run 1 (ready)" in trained.stdout
    result = run(
        "recommend",
        "--profile",
        "Ada",
        "--kind",
        "film",
        "--n",
        "5",
        "--json",
        "--library",
        library,
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["algorithm"] == "item-knn" and len(answer["items"]) == 5
    assert [row["rank"] for row in answer["items"]] == [1, 2, 3, 4, 5]
    assert all(row["why"] for row in answer["items"])
    listed = json.loads(run("models", "list", "--json", "--library", library).stdout)
    assert [(m["id"], m["status"], m["algorithm"]) for m in listed] == [(1, "ready", "item-knn")]
    bad = run("train", "--kind", "film", "--algorithm", "nope", "--library", library)
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1
