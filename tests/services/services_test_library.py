"""A small hand-made library with known answers, for the service and job tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_recsys.library import Library
from desktop_recsys.library.models import Credit, NewItem

DAY = 86400.0
T0 = 1_700_000_000.0


@dataclass(frozen=True)
class Tiny:
    """Ids in the tiny library (profiles and items) and its path."""

    path: Path
    ann: int
    bob: int
    cat: int  # shares nothing with friends
    dan: int  # no history at all
    films: list[int]
    tracks: list[int]


def build_tiny(tmp_path: Path) -> Tiny:
    """Four profiles, three films and three tracks, with every kind of signal and mark."""
    path = tmp_path / "tiny.sqlite"
    with Library.open(path) as lib:
        films = lib.items.add_many(
            [
                NewItem(
                    "film",
                    "Alpha",
                    artist="Director One",
                    year=1994,
                    duration=95 * 60,
                    description="a quiet drama",
                    genres=("Drama",),
                    tags=("slow",),
                    credits=(Credit("Actor A", "actor"),),
                ),
                NewItem("film", "Beta", year=2001, genres=("Comedy", "Drama")),
                NewItem("film", "Gamma"),  # never rated or played: catalogue only
            ]
        )
        tracks = lib.items.add_many(
            [
                NewItem("track", "Song 1", artist="Band", duration=200),
                NewItem("track", "Song 2", artist="Band", duration=240),
                NewItem("track", "Song 3", artist="Solo"),
            ]
        )
        ann, bob, cat, dan = (lib.profiles.add(n).id for n in ("Ann", "Bob", "Cat", "Dan"))
        lib.profiles.set_privacy(cat, share_with_friends=False)
        lib.ratings.set_many(
            [
                (ann, films[0], 5.0, T0),
                (ann, films[1], 1.0, T0 + DAY),
                (bob, films[0], 4.0, T0 + 2 * DAY),
                (bob, films[1], 3.5, T0 + 3 * DAY),
                (cat, films[1], 4.5, T0 + 4 * DAY),
            ]
        )
        lib.plays.add_many(
            [
                # Ann: two full plays and a half play of song 1, two skips of song 2.
                (ann, tracks[0], T0, 1.0, False, 1),
                (ann, tracks[0], T0 + DAY, 1.0, False, 1),
                (ann, tracks[0], T0 + 2 * DAY, 0.5, False, 1),
                (ann, tracks[1], T0 + 3 * DAY, 0.1, True, 1),
                (ann, tracks[1], T0 + 4 * DAY, 0.1, True, 1),
                # Bob: one play of song 2 and a skip of it; an undated count of song 3.
                (bob, tracks[1], T0 + 10 * DAY, 1.0, False, 1),
                (bob, tracks[1], T0 + 10 * DAY, 0.2, True, 1),
                (bob, tracks[2], None, 1.0, False, 100),
                # Cat: song 1, but marked "don't learn from this".
                (cat, tracks[0], T0 + 5 * DAY, 1.0, False, 1),
            ]
        )
        lib.marks.set(cat, tracks[0], "dont_learn")
        lib.marks.set(bob, films[1], "dont_learn")
        lib.friends.add_many([(ann, bob), (ann, cat), (bob, dan)])
    return Tiny(path, ann, bob, cat, dan, films, tracks)
