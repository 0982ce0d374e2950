"""The player's one door to the play history: a finished listening goes to the recording
service (``services.listening``, which decides play or skip, honours incognito and writes the
row once). The player only measures; this module is the switch between the two."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.services.listening import Listening, PlayOutcome


@dataclass(frozen=True)
class Listened:
    """One listening of one track, as the player measured it."""

    profile_id: int
    item_id: int
    listened: float  # seconds actually heard (seeks do not count)
    duration: float | None  # the track's length in seconds, when known
    ended: bool  # it played to its end by itself (else the listener moved on)
    started_at: float  # unix time the listening began: the key that makes it count once


#: What the player calls when a listening is over; returns what was recorded.
Recorder = Callable[[LibrarySession, Listened], PlayOutcome | None]


def record_listening(session: LibrarySession, listened: Listened) -> PlayOutcome:
    """The default recorder: the recording service on the window's own connection."""
    return Listening(session).finished_listening(
        listened.profile_id,
        listened.item_id,
        listened=listened.listened,
        duration=listened.duration,
        ended=listened.ended,
        started_at=listened.started_at,
    )
