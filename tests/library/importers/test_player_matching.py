"""How a player's entry finds its library item (issue 17): the locations players write (URLs
with percent-encoded UTF-8 or Latin-1 bytes, Windows drives and shares, Kodi's stacks and
network shares) and the rules in order: path, letter case (Windows), moved folder, tags."""

from __future__ import annotations

import os

import pytest

from desktop_recsys.library.file_paths import stored_path
from desktop_recsys.library.importers.player_matching import PlayerMatcher, location_path


@pytest.mark.parametrize(
    ("raw", "path"),
    [
        ("file:///home/ann/Music/Caf%C3%A9%20del%20Mar.mp3", "/home/ann/Music/Café del Mar.mp3"),
        (b"file:///home/ann/Music/%E4%B8%AD%E6%96%87.flac", "/home/ann/Music/中文.flac"),
        ("file:///C:/Users/Ann/Music/a%20b.mp3", "C:/Users/Ann/Music/a b.mp3"),
        ("file://nas/share/Music/a.mp3", "//nas/share/Music/a.mp3"),
        ("file://localhost/music/a.mp3", "/music/a.mp3"),
        ("C:\\Films\\Alien.mkv", "C:/Films/Alien.mkv"),
        ("stack:///films/Heat-cd1.avi , /films/Heat-cd2.avi", "/films/Heat-cd1.avi"),
        ("smb://nas/films/Heat.mkv", "smb://nas/films/Heat.mkv"),
        ("http://radio.example/stream", None),
        ("cdda://1", None),
        ("", None),
        (None, None),
    ],
)
def test_locations_players_write(raw, path) -> None:
    assert location_path(raw) == path


def test_a_latin1_file_name_matches_its_item() -> None:
    name = os.fsdecode(b"/music/Caf\xe9.mp3")  # not UTF-8: stored as a file:// URI
    matcher = PlayerMatcher("track", [(7, stored_path(name))], [])
    found = matcher.match(location_path("file:///music/Caf%E9.mp3"))
    assert found is not None and (found.item_id, found.rule) == (7, "path")


def test_the_rules_in_order() -> None:
    files = [
        (1, "C:/Users/Ann/Music/Air/Moon Safari/01.mp3"),  # a library kept on Windows
        (2, "/srv/music/Björk/Homogenic/Jóga.mp3"),
        (3, "/srv/music/A/Intro.mp3"),
        (4, "/srv/music/B/Intro.mp3"),
    ]
    tagged = [
        (1, "La femme d'argent", "Air", "Moon Safari", None, 427.0),
        (5, "Roads", "Portishead", "Dummy", None, 305.0),
        (6, "Roads", "Portishead", "Roseland NYC Live", None, 365.0),
        (8, "Roads", "Portishead", "Another", None, 300.0),
    ]
    m = PlayerMatcher("track", files, tagged)
    assert m.match("c:/users/ann/music/AIR/moon safari/01.mp3").rule == "path, letter case ignored"
    moved = m.match("/home/ann/OldMusic/Björk/Homogenic/Jóga.mp3")
    assert (moved.item_id, moved.rule) == (2, "moved folder")
    assert moved.moved == ("/home/ann/OldMusic", "/srv/music")
    # "Intro.mp3" under two folders: the folder part decides, a lone file name never does.
    assert m.match("/old/B/Intro.mp3").item_id == 4
    assert m.match("/old/C/Intro.mp3") is None
    # Tags: the same album first, then the closest length.
    live = m.match(None, title="ROADS", artist="portishead", album="Roseland NYC live")
    assert (live.item_id, live.rule) == (6, "tags")
    assert m.match(None, title="Roads", artist="Portishead", duration=299.0).item_id == 8
    assert m.match(None, title="Roads", artist="") is None  # no artist: no guess


def test_films_by_title_and_year() -> None:
    tagged = [(1, "Amélie", None, None, 2001, None), (2, "Heat", None, None, 1995, None),
              (3, "Heat", None, None, 1986, None)]  # fmt: skip
    m = PlayerMatcher("film", [], tagged)
    assert m.match(None, title="amelie", year=2002).item_id == 1  # a year off by one
    assert m.match(None, title="Heat", year=1986).item_id == 3
    assert m.match(None, title="Heat") is None  # two films of that title, no year: no guess
