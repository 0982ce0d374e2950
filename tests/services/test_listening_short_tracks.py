"""Very short tracks (issue 17): a track of 4 s or less can be skipped too.

The skip rule is "left before 30 s or a quarter of the track"; a fixed 1 s mis-click window
swallowed every early exit of a track of 4 s or less (a quarter of it is at most 1 s), so such a
track could never be a skip. The mis-click window is now at most half the skip threshold.
Recorded through the real service on a real SQLite library.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem
from desktop_recsys.services import listening
from desktop_recsys.services.library_service import LibrarySession


@pytest.mark.parametrize(
    ("duration", "window", "threshold"),
    [(4.0, 0.5, 1.0), (2.0, 0.25, 0.5), (8.0, 1.0, 2.0), (200.0, 1.0, 30.0), (None, 1.0, 30.0)],
)
def test_the_misclick_window_is_at_most_half_the_skip_threshold(duration, window, threshold):
    assert listening.misclick_seconds(duration) == pytest.approx(window)
    assert listening.skip_threshold(duration) == pytest.approx(threshold)


@pytest.mark.parametrize(
    ("duration", "listened", "expected"),
    [
        (4.0, 0.7, ("recorded", True)),  # left a 4 s jingle early: a skip (never before)
        (4.0, 0.3, ("too short", True)),  # a mis-click: nothing
        (4.0, 1.5, ("recorded", False)),  # past a quarter: a play
        (3.0, 0.5, ("recorded", True)),  # threshold 0.75 s, window 0.375 s
        (2.0, 0.3, ("recorded", True)),
        (200.0, 0.7, ("too short", True)),  # long tracks keep the 1 s window
        (200.0, 5.0, ("recorded", True)),
    ],
)
def test_short_tracks_can_be_skipped(tmp_path: Path, duration, listened, expected) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:
        who = library.profiles.add("Ann").id
        item = library.items.add(
            NewItem("track", "Jingle", duration=duration, path=str(tmp_path / "j.wav"))
        )
        out = listening.Listening(LibrarySession(library)).finished_listening(
            who, item, listened=listened, duration=duration, ended=False, started_at=100.0
        )
        rows = [(p.skipped, p.completed) for p in library.plays.for_profile(who)]
    assert (out.reason, out.skipped) == expected
    if out.recorded:
        assert rows == [(expected[1], pytest.approx(listened / duration))]
    else:
        assert rows == []


def test_a_short_track_that_ends_is_a_full_play_never_a_skip(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:
        who = library.profiles.add("Ann").id
        item = library.items.add(NewItem("track", "Sting", duration=2.0, path=str(tmp_path / "s")))
        out = listening.Listening(LibrarySession(library)).finished_listening(
            who, item, listened=0.2, duration=2.0, ended=True, started_at=5.0
        )
    assert (out.recorded, out.skipped, out.reason) == (True, False, "recorded")
