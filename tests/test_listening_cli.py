"""``play``, ``rate`` and ``profile incognito`` on the command line (issue 17): what they record,
and one clear line with exit status 1 (nothing written) for bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_recsys.cli import main
from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem


@pytest.fixture
def lib(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:
        library.profiles.add("Ann")
        item = library.items.add(
            NewItem("track", "Song", duration=180.0, path=str(tmp_path / "song.mp3"))
        )
    return path, item


def run(path: Path, *argv: str) -> int:
    return main(["--library", str(path), *argv])


def rows(path: Path) -> list[tuple[float, bool]]:
    with Library.open(path) as library:
        ann = library.profiles.require("Ann").id
        return sorted((p.completed, p.skipped) for p in library.plays.for_profile(ann))


def test_play_share_and_skip(lib, capsys) -> None:
    path, item = lib
    assert run(path, "play", str(item), "--profile", "Ann") == 0
    assert run(path, "play", str(item), "--profile", "ann", "--share", "0.8") == 0
    assert run(path, "play", str(item), "--profile", "Ann", "--skip") == 0
    out = capsys.readouterr().out
    assert "80% played" in out and "Recorded a skip" in out
    assert rows(path) == [(0.0, True), (0.8, False), (1.0, False)]


def test_play_by_file_path(lib, tmp_path: Path) -> None:
    path, _ = lib
    assert run(path, "play", str(tmp_path / "song.mp3"), "--profile", "Ann") == 0
    assert rows(path) == [(1.0, False)]


def test_incognito_on_and_off(lib, capsys) -> None:
    path, item = lib
    assert run(path, "profile", "incognito", "Ann", "on") == 0
    assert run(path, "play", str(item), "--profile", "Ann") == 0
    assert "Nothing recorded" in capsys.readouterr().out
    assert rows(path) == []
    assert run(path, "profile", "incognito", "Ann", "off") == 0
    assert run(path, "play", str(item), "--profile", "Ann") == 0
    assert rows(path) == [(1.0, False)]


def test_rate_and_clear(lib, capsys) -> None:
    path, item = lib
    assert run(path, "rate", str(item), "4.5", "--profile", "Ann") == 0
    with Library.open(path) as library:
        assert library.ratings.get(library.profiles.require("Ann").id, item) == 4.5
    assert run(path, "rate", str(item), "--clear", "--profile", "Ann") == 0
    with Library.open(path) as library:
        assert library.ratings.get(library.profiles.require("Ann").id, item) is None
    assert "Cleared" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["play", "{item}", "--profile", "Ann", "--share", "1.5"], "from 0 to 1"),
        (["play", "{item}", "--profile", "Ann", "--share", "-0.1"], "from 0 to 1"),
        (["play", "9999", "--profile", "Ann"], "no item 9999"),
        (["play", "nowhere.mp3", "--profile", "Ann"], "neither an item id nor"),
        (["play", "{item}", "--profile", "Zed"], "no profile named 'Zed'"),
        (["rate", "{item}", "7", "--profile", "Ann"], "0.5 to 5 stars"),
        (["rate", "{item}", "0", "--profile", "Ann"], "0.5 to 5 stars"),
        (["rate", "{item}", "lots", "--profile", "Ann"], "number of stars"),
        (["rate", "{item}", "--profile", "Ann"], "STARS"),
        (["rate", "{item}", "4", "--clear", "--profile", "Ann"], "STARS"),
        (["profile", "incognito", "Zed", "on"], "no profile named 'Zed'"),
    ],
)
def test_bad_input_one_line_exit_1_nothing_written(lib, capsys, argv, says) -> None:
    path, item = lib
    code = run(path, *[a.format(item=item) for a in argv])
    err = capsys.readouterr().err.strip()
    assert code == 1
    assert says in err and len(err.splitlines()) == 1
    assert rows(path) == []
    with Library.open(path) as library:
        assert library.ratings.get(library.profiles.require("Ann").id, item) is None
        assert library.profiles.require("Ann").record_plays


def test_usage_mistakes_exit_2(lib, capsys) -> None:
    path, item = lib
    with pytest.raises(SystemExit) as done:
        run(path, "play", str(item), "--profile", "Ann", "--share", "0.5", "--skip")
    assert done.value.code == 2
    with pytest.raises(SystemExit) as done:
        run(path, "profile", "incognito", "Ann", "maybe")
    assert done.value.code == 2
    capsys.readouterr()
