"""Radio sequencing: an endless list from a seed, the profile's taste and variety rules.

The engine side of "Start radio". The caller (``services/radio_service``) gathers plain
numbers; this module only orders them:

- ``seed``: how alike each candidate is to the seed (0-1), from the item-to-item similarity
  the service is given (:class:`Neighbours`).
- ``taste``: how well each candidate fits the profile (0-1), from the serving model.
- ``balance``: the "more like the seed / more like me" slider (0: only the seed counts, 1:
  only the profile's taste counts). A candidate scores ``(1 - balance) * seed + balance *
  taste`` (plus a hundredth of both, so either side still breaks ties).

:func:`radio_stream` yields picks one at a time, best first, subject to the variety rules
(:class:`VarietyRules`: no artist twice within 4 tracks, at most 2 tracks per artist in any
20). When the first pool runs out it widens: the neighbours of the latest picks join the pool
(the radio drifts from the seed the way a station does), and once nothing new is left, items
heard at least :attr:`VarietyRules.replay_gap` picks ago come round again. It ends only when no
item can follow without breaking a rule (a library with a single artist, say).

Pure Python and no library, no Qt: ids are whatever the caller uses.
"""

from __future__ import annotations

import contextlib
import heapq
from collections import Counter
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)

#: How much the side the slider turned away from still counts (a tie-breaker).
TIE_WEIGHT = 0.01

#: ``neighbours(item_ids, n)``: up to ``n`` items like the given ones with a similarity in
#: (0, 1], best first, never one of the given items. The radio's one interface to the
#: item-to-item similarity, so the similarity behind it can change without the sequencing.
Neighbours = Callable[[Sequence[T], int], list[tuple[T, float]]]


@dataclass(frozen=True)
class VarietyRules:
    """What a radio list never does."""

    #: No artist twice in any run of this many consecutive picks.
    artist_gap: int = 4
    #: At most :attr:`per_artist` picks of one artist in any run of :attr:`window` picks.
    per_artist: int = 2
    window: int = 20
    #: An item comes round again only after this many other picks.
    replay_gap: int = 100


def artist_key(item: Hashable, artist: str | None) -> Hashable:
    """Who counts as an item's artist for the rules: its artist (case-insensitive, spaces
    folded), or the item itself when it has none (an artist item, a film without a director)."""
    name = " ".join((artist or "").split()).casefold()
    return ("artist", name) if name else ("item", item)


def variety_problems(
    artists: Sequence[Hashable], rules: VarietyRules = VarietyRules()
) -> list[str]:
    """Every break of ``rules`` in a sequence of artist keys (empty when the list is fine)."""
    problems: list[str] = []
    for pos, artist in enumerate(artists):
        recent = artists[max(0, pos - rules.artist_gap + 1) : pos]
        if artist in recent:
            problems.append(f"position {pos + 1}: {artist!r} again within {rules.artist_gap}")
        window = artists[max(0, pos - rules.window + 1) : pos + 1]
        if window.count(artist) > rules.per_artist:
            problems.append(
                f"position {pos + 1}: {artist!r} more than {rules.per_artist} times "
                f"in {rules.window}"
            )
    return problems


@dataclass(frozen=True)
class RadioPick(Generic[T]):
    """One item of a radio list: the blended score and its two parts."""

    item: T
    score: float
    seed: float
    taste: float
    #: True for an item heard before in this radio (once nothing new was left).
    replay: bool = False


class _Pool(Generic[T]):
    """Candidates by score (a heap), each with its seed and taste parts."""

    def __init__(self, balance: float) -> None:
        self.balance = balance
        self.seed: dict[T, float] = {}
        self.taste: dict[T, float] = {}
        self._heap: list[tuple[float, int, T]] = []
        self._order: dict[T, int] = {}

    def score(self, item: T) -> float:
        seed, taste = self.seed.get(item, 0.0), self.taste.get(item, 0.0)
        # The side the slider turned away from still breaks ties (and keeps the radio going
        # at either end of the slider).
        return (1.0 - self.balance) * seed + self.balance * taste + TIE_WEIGHT * (seed + taste)

    def add(self, item: T, seed: float | None = None, taste: float | None = None) -> None:
        if seed is not None and seed > self.seed.get(item, 0.0):
            self.seed[item] = seed
        if taste is not None and taste > self.taste.get(item, 0.0):
            self.taste[item] = taste
        order = self._order.setdefault(item, len(self._order))
        score = self.score(item)
        if score > 0:
            heapq.heappush(self._heap, (-score, order, item))

    def ranked(self) -> Iterator[tuple[float, T]]:
        """Candidates best first (an item may come more than once after a raise)."""
        for neg, _order, item in sorted(self._heap):
            yield -neg, item

    def drop(self, items: AbstractSet[T]) -> None:
        if items:
            self._heap = [entry for entry in self._heap if entry[2] not in items]
            heapq.heapify(self._heap)


def radio_stream(
    seed: Mapping[T, float],
    taste: Mapping[T, float],
    artist_of: Callable[[T], Hashable],
    *,
    balance: float = 0.5,
    allowed: Callable[[T], bool] = lambda _item: True,
    neighbours: Neighbours[T] | None = None,
    seeds: Sequence[T] = (),
    rules: VarietyRules = VarietyRules(),
    widen: int = 50,
) -> Iterator[RadioPick[T]]:
    """Radio picks, best first under the variety rules, for as long as the caller asks.

    ``seed`` and ``taste`` score candidates (0-1, see the module docs); an item with neither
    is never picked. ``allowed(item)`` refuses items for good (not interested, missing file,
    another kind); ``seeds`` (the items the radio started from) are never picked.
    ``neighbours`` widens the pool from the latest picks once it runs dry (``widen`` items
    each time); without it the radio goes straight to replays.
    """
    balance = min(1.0, max(0.0, float(balance)))
    pool: _Pool[T] = _Pool(balance)
    blocked: set[T] = set(seeds)
    for item, value in seed.items():
        if item not in blocked and allowed(item):
            pool.add(item, seed=float(value))
    for item, value in taste.items():
        if item not in blocked and allowed(item):
            pool.add(item, taste=float(value))
    history: list[T] = []
    keys: list[Hashable] = []
    played: set[T] = set()
    widened_from: set[T] = set()

    def fits(item: T) -> bool:
        key = artist_of(item)
        recent = keys[max(0, len(keys) - rules.artist_gap + 1) :] if rules.artist_gap > 1 else []
        if key in recent:
            return False
        window = keys[max(0, len(keys) - rules.window + 1) :] if rules.window > 1 else []
        return window.count(key) < rules.per_artist

    def take(item: T, replay: bool) -> RadioPick[T]:
        history.append(item)
        keys.append(artist_of(item))
        played.add(item)
        return RadioPick(
            item, pool.score(item), pool.seed.get(item, 0.0), pool.taste.get(item, 0.0), replay
        )

    while True:
        pick: T | None = None
        seen_now: set[T] = set()
        for _score, item in pool.ranked():
            if item in played or item in seen_now:
                continue
            seen_now.add(item)
            if fits(item):
                pick = item
                break
        if pick is not None:
            pool.drop({pick})
            yield take(pick, False)
            continue
        # Nothing new fits: widen the pool from the latest picks the pool was not widened from.
        grew = False
        if neighbours is not None:
            sources = [i for i in reversed(history[-10:]) if i not in widened_from][:3]
            if not sources and not history:
                sources = [s for s in seeds if s not in widened_from][:3]
            for source in sources:
                widened_from.add(source)
                for item, value in neighbours([source], widen):
                    if item in blocked or item in played or not allowed(item):
                        continue
                    # Neighbours of a pick are a step away from the seed: half its weight.
                    pool.add(item, seed=0.5 * float(value) * max(pool.seed.get(source, 0.0), 0.5))
                    grew = True
        if grew:
            continue
        # Nothing new at all: replay what was heard long enough ago, oldest first.
        gap = rules.replay_gap
        recent = set(history[len(history) - gap :])
        chosen = next(
            (i for i in history[: max(0, len(history) - gap)] if i not in recent and fits(i)),
            None,
        )
        if chosen is None:
            return
        yield take(chosen, True)


def seed_similarity(
    scores: Callable[[T], Sequence[float]],
    item_ids: Sequence[T],
    seeds: Sequence[T],
    n: int,
    *,
    most_seeds: int = 20,
) -> list[tuple[T, float]]:
    """The ``n`` items most like any of ``seeds``, best first, scores rescaled so the best is
    1: each item's best similarity to a seed (``scores(seed)``: one value per ``item_ids``
    entry, as :meth:`~desktop_recsys.engine.item_similarity.ItemNeighbours.scores` gives).
    The seeds themselves and items with nothing in common are left out."""
    import numpy as np  # deferred: the sequencing itself needs no numpy

    best = np.zeros(len(item_ids))
    for seed in list(seeds)[:most_seeds]:
        np.maximum(best, np.asarray(scores(seed), dtype=np.float64), out=best)
    ids = item_ids if isinstance(item_ids, list) else list(item_ids)
    for seed in set(seeds):
        with contextlib.suppress(ValueError):
            best[ids.index(seed)] = 0.0
    top = np.flatnonzero(best > 0)
    top = top[np.lexsort((top, -best[top]))][: max(0, n)]
    peak = float(best[top[0]]) if len(top) else 1.0
    return [(item_ids[k], float(best[k]) / peak) for k in top]


def rank_scores(ranked: Sequence[T]) -> dict[T, float]:
    """Scores in (0, 1] from a ranking: the first gets 1, the last ``1 / len``."""
    n = len(ranked)
    return {item: (n - pos) / n for pos, item in enumerate(ranked)}


def count_artists(keys: Sequence[Hashable]) -> Counter[Hashable]:
    """How many picks each artist key has (for summaries and tests)."""
    return Counter(keys)
