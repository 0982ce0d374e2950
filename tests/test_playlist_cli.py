"""``desktop-recsys playlist ...`` in-process: smart create, list, show, refresh, export,
delete, and one clear line for every kind of bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_recsys.cli.entry import main
from desktop_recsys.library import Library


def cli(capsys: pytest.CaptureFixture[str], lib: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--library", str(lib), "playlist", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_smart_playlist_from_the_command_line(
    demo_library_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = demo_library_copy
    code, out, _ = cli(
        capsys,
        lib,
        "smart",
        "create",
        "Loved films",
        "--profile",
        "3",
        "--kind",
        "film",
        "--rule",
        "rating:>=:4",
        "--rule",
        "genre:!=:Horror",
        "--order",
        "rating",
        "--limit",
        "5",
    )
    assert code == 0 and "Created smart playlist 'Loved films'" in out and ": 5 items" in out
    code, out, _ = cli(capsys, lib, "list", "--profile", "3", "--json")
    listed = json.loads(out)
    assert {"name": "Loved films", "smart": True, "items": 5}.items() <= listed[0].items()
    code, out, _ = cli(capsys, lib, "show", "Loved films", "--profile", "3", "--json")
    shown = json.loads(out)
    assert len(shown["items"]) == 5 and shown["rules"]["order"] == "rating"
    with Library.open(lib) as library:
        horror = {
            i
            for i, _ in library.conn.execute(
                "SELECT ig.item_id, 1 FROM item_genres ig JOIN genres g ON g.id = ig.genre_id "
                "WHERE g.name = 'Horror'"
            )
        }
        stars = {r.item_id: r.rating for r in library.ratings.for_profile(3)}
    assert all(stars[i["id"]] >= 4 and i["id"] not in horror for i in shown["items"])
    code, out, _ = cli(capsys, lib, "refresh", "Loved films", "--profile", "3")
    assert code == 0 and out.startswith("Refreshed 'Loved films': 5 items")
    target = tmp_path / "loved.m3u8"
    code, out, _ = cli(capsys, lib, "export", "Loved films", "--profile", "3", "--out", str(target))
    assert code == 0 and "(5 items)" in out
    assert target.read_text(encoding="utf-8").startswith("#EXTM3U")
    code, out, _ = cli(
        capsys, lib, "smart", "create", "Rediscovery", "--profile", "3", "--preset", "rediscovery"
    )
    assert code == 0 and "Created smart playlist 'Rediscovery'" in out
    code, out, _ = cli(capsys, lib, "delete", "Loved films", "--profile", "3", "--yes")
    assert code == 0 and "Deleted playlist 'Loved films'" in out
    code, out, _ = cli(capsys, lib, "list", "--profile", "3")
    assert "Loved films" not in out and "Rediscovery" in out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--rule", "plays:>>:2"], "plays: unknown operator '>>'; use one of"),
        (["--rule", "colour:=:red"], "unknown field 'colour'; fields: kind, genre"),
        (["--rule", "plays"], "is not FIELD:OP:VALUE"),
        (["--rule", "rating:>=:4", "--order", "mood"], "cannot order by 'mood'"),
        (["--rule", "rating:>=:4", "--limit", "lots"], "write a number of items (50)"),
        (["--rule", "last_played:older:ages"], "not a span of time"),
        ([], "needs at least one --rule"),
    ],
)
def test_bad_rules_exit_1_with_one_line_and_change_nothing(
    demo_library_copy: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    code, out, err = cli(capsys, demo_library_copy, "smart", "create", "X", "--profile", "3", *args)
    assert code == 1 and words in err and err.count("\n") == 1 and not out
    with Library.open(demo_library_copy) as library:
        assert [p.name for p in library.playlists.list()] == ["Demo favourites"]


def test_unknown_playlist_or_profile(
    demo_library_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli(capsys, demo_library_copy, "show", "Nope", "--profile", "3")
    assert code == 1 and "no playlist called 'Nope'" in err
    code, _, err = cli(capsys, demo_library_copy, "smart", "create", "X", "--rule", "plays:>:1")
    assert code == 1 and "give --profile NAME" in err
    code, _, err = cli(capsys, demo_library_copy, "list", "--profile", "Nobody")
    assert code == 1 and "Nobody" in err


def test_help_lists_the_fields(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["playlist", "smart", "create", "--help"])
    out = capsys.readouterr().out
    for name in ("last_played", "unplayed_days", "score", "skips", "language", "rediscovery"):
        assert name in out


def test_names_before_ids_and_no_profile_lists_only_shared(
    demo_library_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = demo_library_copy
    with Library.open(lib) as library:
        first = library.playlists.get(1)
    assert first is not None and first.profile_id is not None
    owner = str(first.profile_id)  # the owner of playlist id 1 ("Demo favourites")
    cli(capsys, lib, "smart", "create", "1", "--profile", owner, "--rule", "rating:>=:5")
    code, out, _ = cli(capsys, lib, "show", "1", "--profile", owner, "--json")
    assert json.loads(out)["name"] == "1"  # the playlist called "1", not the one with id 1
    code, out, _ = cli(capsys, lib, "list", "--json")
    assert all(p["shared"] for p in json.loads(out))  # no profile's own playlists
