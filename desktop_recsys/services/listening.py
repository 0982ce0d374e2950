"""Recording what a person plays or watches, once and truthfully (issue 17).

The player (in the window), the ``play`` command and the film prompt all record through this
module, so one rule decides what a listening was:

- :func:`classify` turns "heard ``listened`` seconds of a ``duration``-second track, and it
  ended / the listener moved on" into a share played and a skip flag. A listening the person
  left before :data:`SKIP_SECONDS` or a quarter of the track (whichever comes first) is a skip;
  a track that reached its end never is. ``listened`` is the time actually heard, so seeking
  ahead does not inflate the share. Leaving within a second (half the skip threshold for a
  track under 8 s, so even a 4 s jingle can be skipped) records nothing: a mis-click.
- A listening is recorded once: its key is (profile, item, the time it started). Recording the
  same key again writes nothing (``reason == "duplicate"``), so a player that reports both
  "ended" and "moved on" for one listening adds one row.
- Incognito is the profile's ``record_plays`` switch turned off: nothing is written.
- Items marked "don't learn from this" are recorded (the history stays true) and left out of
  the training data by :mod:`~desktop_recsys.services.dataset_service`.

No Qt; :class:`Listening` works on the window's own connection (one short transaction, like a
rating), :func:`record_play` opens its own (the CLI, scripts).
"""

from __future__ import annotations

import math
import os
import time
from dataclasses import dataclass
from pathlib import Path

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library
from desktop_recsys.library.file_paths import stored_path
from desktop_recsys.progress import Message
from desktop_recsys.services.library_service import LibrarySession

#: A listening left before this many seconds (or a quarter of the track, if sooner) is a skip.
SKIP_SECONDS = 30.0
#: ... or before this share of the track, if that comes first.
SKIP_SHARE = 0.25
#: Shorter than this and not ended: a mis-click, recorded as nothing (for a track shorter than
#: 8 s, half its skip threshold instead: see :func:`misclick_seconds`).
MIN_SECONDS = 1.0


@dataclass(frozen=True)
class PlayOutcome:
    """What recording a listening did: ``recorded`` a row or not, and why (``reason``:
    ``recorded``, ``incognito``, ``duplicate`` or ``too short``)."""

    recorded: bool
    skipped: bool
    share: float
    reason: str


def skip_threshold(duration: float | None) -> float:
    """Seconds a listening must last not to be a skip: 30 s, or a quarter of a shorter track."""
    if duration is None or not duration > 0 or math.isinf(duration):
        return SKIP_SECONDS
    return min(SKIP_SECONDS, SKIP_SHARE * float(duration))


def misclick_seconds(duration: float | None) -> float:
    """Seconds under which leaving a listening records nothing (a mis-click, Next pressed twice).

    1 s, but never more than half the skip threshold: with a fixed 1 s a track of 4 s or less
    (a quarter of it is 1 s or less) could never be a skip, as everything before its threshold
    fell in the mis-click window. So a 4 s jingle left after 0.7 s is a skip (threshold 1 s,
    window 0.5 s), one left after 0.3 s records nothing, and one heard for 1 s or more is a
    play. Tracks of 8 s or more keep the plain 1 s.
    """
    return min(MIN_SECONDS, skip_threshold(duration) / 2.0)


def classify(listened: float, duration: float | None, ended: bool) -> tuple[float, bool]:
    """``(share played 0-1, skipped)`` of a listening of ``listened`` seconds heard.

    ``ended``: the track reached its end (never a skip). Without a known duration the share is
    1.0 for an ended track, else 0.0 (the row then says only "played" or "skipped").
    """
    listened = _seconds(listened, Message("time listened"))
    if duration is not None and duration > 0 and not math.isinf(duration):
        share = min(1.0, listened / float(duration))
    else:
        share = 1.0 if ended else 0.0
    skipped = not ended and listened < skip_threshold(duration)
    return share, skipped


def check_share(share: float) -> float:
    """``share`` as a float in 0-1, or a one-line UserError."""
    try:
        value = float(share)
    except (TypeError, ValueError):
        raise UserError(
            Message("the share played must be a number from 0 to 1 (got {share!r})", share=share)
        ) from None
    if math.isnan(value) or not 0.0 <= value <= 1.0:
        raise UserError(Message("the share played must be from 0 to 1 (got {share})", share=share))
    return value


def record_on(
    library: Library,
    profile: int | str,
    item_id: int,
    *,
    share: float,
    skipped: bool,
    at: float | None = None,
) -> PlayOutcome:
    """Record one listening on an open library (see the module docs); one transaction."""
    value = check_share(share)
    who = library.profiles.require(profile)
    item = library.items.get(int(item_id))
    if item is None:
        raise UserError(
            Message("no item {item} in the library; `search` finds an item's id", item=item_id)
        )
    if not who.record_plays:
        return PlayOutcome(False, bool(skipped), value, "incognito")
    started = time.time() if at is None else float(at)
    if not library.plays.add_once(who.id, item.id, started, completed=value, skipped=skipped):
        return PlayOutcome(False, bool(skipped), value, "duplicate")
    return PlayOutcome(True, bool(skipped), value, "recorded")


def record_play(
    library_path: str | Path,
    profile: int | str,
    item_id: int,
    *,
    share: float = 1.0,
    skipped: bool = False,
    at: float | None = None,
) -> PlayOutcome:
    """:func:`record_on` on a connection of its own (the CLI, scripts, other processes)."""
    with Library.open(Path(library_path)) as library:
        return record_on(library, profile, item_id, share=share, skipped=skipped, at=at)


@dataclass
class Listening:
    """Recording plays and the incognito switch for the window, on its library session."""

    session: LibrarySession

    def finished_listening(
        self,
        profile_id: int,
        item_id: int,
        *,
        listened: float,
        duration: float | None,
        ended: bool,
        started_at: float,
    ) -> PlayOutcome:
        """The player's report of one listening: classified, then recorded once."""
        share, skipped = classify(listened, duration, ended)
        if not ended and _seconds(listened, Message("time listened")) < misclick_seconds(duration):
            return PlayOutcome(False, skipped, share, "too short")
        return self.record(profile_id, item_id, share=share, skipped=skipped, at=started_at)

    def record(
        self, profile_id: int, item_id: int, *, share: float, skipped: bool, at: float | None
    ) -> PlayOutcome:
        """Record an already classified listening (a film's "Did you finish it?")."""
        return record_on(
            self.session.library, profile_id, item_id, share=share, skipped=skipped, at=at
        )

    def is_incognito(self, profile_id: int) -> bool:
        """True while the profile records nothing it plays."""
        return not self.session.library.profiles.require(profile_id).record_plays

    def set_incognito(self, profile_id: int, on: bool) -> None:
        self.session.library.profiles.set_privacy(profile_id, record_plays=not on)


def set_incognito(library_path: str | Path, profile: int | str, on: bool) -> str:
    """Switch ``profile``'s incognito on or off (a connection of its own); its name."""
    with Library.open(Path(library_path)) as library:
        who = library.profiles.require(profile)
        library.profiles.set_privacy(who.id, record_plays=not on)
        return who.name


def _seconds(value: float, what: Message) -> float:
    seconds = float(value)
    if math.isnan(seconds) or seconds < 0:
        raise UserError(
            Message("{what} must be 0 or more seconds (got {value})", what=what, value=value)
        )
    return seconds


def find_item(library: Library, spec: str | int) -> int:
    """The id of the item ``spec`` names: its id, or the path of its file in the library."""
    text = str(spec).strip()
    if text.isdigit():
        if library.items.get(int(text)) is None:
            raise UserError(
                Message(
                    "no item {item} in the library; give an item id or a file's path", item=text
                )
            )
        return int(text)
    if not text:
        raise UserError(Message("no item given; give an item id or a file's path"))
    found = library.items.find_by_path(stored_path(os.path.abspath(text)))
    if found is None:
        raise UserError(
            Message(
                "{text!r} is neither an item id nor the path of a file in the library", text=text
            )
        )
    return found


def check_stars(stars: float) -> float:
    """A rating as stored: 0.5 to 5 in half stars, or a one-line UserError."""
    try:
        value = float(stars)
    except (TypeError, ValueError):
        raise UserError(
            Message("a rating is a number of stars from 0.5 to 5 (got {stars!r})", stars=stars)
        ) from None
    if math.isnan(value) or not 0.5 <= value <= 5.0 or value * 2 != round(value * 2):
        raise UserError(
            Message("a rating is 0.5 to 5 stars in half stars (got {stars})", stars=stars)
        )
    return value


def rate(
    library_path: str | Path, profile: int | str, item: str | int, stars: float | None
) -> tuple[str, int, float | None]:
    """Set (or with ``stars`` None clear) ``profile``'s rating of ``item``; ratings are
    recorded in incognito too (a rating is a deliberate act, not a trace of listening).
    Returns ``(profile name, item id, stored stars or None)``."""
    value = None if stars is None else check_stars(stars)
    with Library.open(Path(library_path)) as library:
        who = library.profiles.require(profile)
        item_id = find_item(library, item)
        if value is None:
            library.ratings.remove(who.id, item_id)
        else:
            library.ratings.set(who.id, item_id, value)
        return who.name, item_id, value
