"""The play queue: what plays now and what comes after, with shuffle and repeat.

Plain Python (no Qt), so its rules are tested directly. The list keeps the order a person
gave (shown in the queue panel as it is); shuffle only changes which entry ``advance`` picks.
"Play next" entries come first even in shuffle, newest first, as in most players.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum


class Repeat(Enum):
    OFF = "off"
    ALL = "all"
    ONE = "one"

    def following(self) -> Repeat:
        """The next mode of the repeat button: off -> all -> one -> off."""
        order = (Repeat.OFF, Repeat.ALL, Repeat.ONE)
        return order[(order.index(self) + 1) % len(order)]


@dataclass(frozen=True)
class Entry:
    """One place in the queue (the same track can be queued twice: two entries)."""

    uid: int
    item_id: int


class PlayQueue:
    """Entries in order, the current one, and the rules for what comes next."""

    def __init__(self, rng: random.Random | None = None) -> None:
        self._rng = rng or random.Random()
        self._entries: list[Entry] = []
        self._current: Entry | None = None
        self._next_uid = 1
        self._forced: list[Entry] = []  # "play next", in the order they will play
        self._history: list[Entry] = []  # played before the current one (for shuffle's back)
        self._played: set[int] = set()  # uids played in this pass (shuffle)
        self.shuffle = False
        self.repeat = Repeat.OFF

    # -- reading ---------------------------------------------------------------------------
    @property
    def entries(self) -> list[Entry]:
        return list(self._entries)

    @property
    def current(self) -> Entry | None:
        return self._current

    def item_ids(self) -> list[int]:
        return [e.item_id for e in self._entries]

    def current_index(self) -> int | None:
        return self._entries.index(self._current) if self._current in self._entries else None

    def __len__(self) -> int:
        return len(self._entries)

    def upcoming(self) -> list[Entry]:
        """What plays after the current entry without shuffle (the panel's 'next up')."""
        index = self.current_index()
        start = 0 if index is None else index + 1
        return self._entries[start:]

    # -- changing --------------------------------------------------------------------------
    def replace(self, item_ids: Sequence[int], start: int = 0) -> Entry | None:
        """A new queue of these items; the one at ``start`` becomes current."""
        self._entries = [self._entry(i) for i in item_ids]
        self._forced.clear()
        self._history.clear()
        self._played.clear()
        self._current = None
        if not self._entries:
            return None
        return self._make_current(self._entries[max(0, min(start, len(self._entries) - 1))])

    def add(self, item_ids: Sequence[int]) -> list[Entry]:
        """Append at the end ("Add to queue")."""
        new = [self._entry(i) for i in item_ids]
        self._entries.extend(new)
        return new

    def insert_next(self, item_ids: Sequence[int]) -> list[Entry]:
        """Right after the current entry, before anything else queued ("Play next")."""
        new = [self._entry(i) for i in item_ids]
        index = self.current_index()
        at = 0 if index is None else index + 1
        self._entries[at:at] = new
        self._forced[0:0] = new
        return new

    def remove(self, uid: int) -> None:
        """Take one entry out (not the current one's playing: that is the player's to stop)."""
        self._entries = [e for e in self._entries if e.uid != uid]
        self._forced = [e for e in self._forced if e.uid != uid]
        self._history = [e for e in self._history if e.uid != uid]

    def clear_upcoming(self) -> None:
        """Keep only the current entry."""
        self._entries = [self._current] if self._current else []
        self._forced.clear()

    def jump(self, uid: int) -> Entry | None:
        """Make this entry current (double-click in the panel)."""
        for entry in self._entries:
            if entry.uid == uid:
                if self._current is not None:
                    self._history.append(self._current)
                return self._make_current(entry)
        return None

    def advance(self, *, ended: bool = False) -> Entry | None:
        """Move to what plays next; None when the queue is over (the current entry stays).

        ``ended``: the current track reached its end by itself (repeat-one plays it again;
        pressing Next with repeat-one moves on, as a person expects)."""
        if self._current is not None and ended and self.repeat is Repeat.ONE:
            return self._current
        following = self._pick_next()
        if following is None:
            return None
        if self._current is not None:
            self._history.append(self._current)
        return self._make_current(following)

    def back(self) -> Entry | None:
        """The entry before the current one: the one played before it in shuffle, else the
        one above it in the list (the last one with repeat-all). None at the start."""
        if self.shuffle:
            while self._history:
                entry = self._history.pop()
                if entry in self._entries:
                    return self._make_current(entry)
            return None
        index = self.current_index()
        if index is None or not self._entries:
            return None
        if index > 0:
            return self._make_current(self._entries[index - 1])
        if self.repeat is Repeat.ALL:
            return self._make_current(self._entries[-1])
        return None

    def set_shuffle(self, on: bool) -> None:
        self.shuffle = on
        # A new pass starts from here: what was played before does not block a track.
        self._played = {self._current.uid} if self._current else set()

    # -- internals -------------------------------------------------------------------------
    def _entry(self, item_id: int) -> Entry:
        entry = Entry(self._next_uid, int(item_id))
        self._next_uid += 1
        return entry

    def _make_current(self, entry: Entry) -> Entry:
        self._current = entry
        self._played.add(entry.uid)
        self._forced = [e for e in self._forced if e.uid != entry.uid]
        return entry

    def _pick_next(self) -> Entry | None:
        while self._forced:
            entry = self._forced[0]
            if entry in self._entries:
                return entry
            self._forced.pop(0)
        if not self._entries:
            return None
        if self.shuffle:
            left = [e for e in self._entries if e.uid not in self._played]
            if not left and self.repeat is Repeat.ALL:
                self._played = set()
                left = [e for e in self._entries if e != self._current] or list(self._entries)
            return self._rng.choice(left) if left else None
        index = self.current_index()
        if index is None:
            return self._entries[0]
        if index + 1 < len(self._entries):
            return self._entries[index + 1]
        return self._entries[0] if self.repeat is Repeat.ALL else None
