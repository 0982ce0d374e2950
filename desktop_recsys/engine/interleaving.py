"""A blind test of two recommenders on one person: team-draft interleaving and its credits.

- :func:`team_draft` mixes two ranked lists into one (Radlinski, Kurup and Joachims, "How
  does clickthrough data reflect retrieval quality?", CIKM 2008): in each round the side with
  fewer picks so far (a coin decides a tie) adds its best item not yet in the list and owns it.
  An item both lists hold goes to whichever side drafts it first, so neither side is favoured
  by where the lists overlap. The coin is seeded (:func:`list_seed`), so the same two lists
  in the same test always give the same mixed list.
- :func:`credit` turns what the person did with the items afterwards into one credit per
  item: a point for the side that placed it (a play that was not a skip, a finish, a rating of
  :data:`LIKED_STARS` or more) or for the other side (a rating of :data:`DISLIKED_STARS` or
  less, "not interested"). Skips and middling ratings count for neither. A rating or "not
  interested" outweighs plays of the same item (the latest of them decides); otherwise the
  first play that was not a skip does. An item counts once, so a favourite on repeat cannot
  decide a test alone.
- :func:`win_interval` and :func:`verdict`: the share of credits side ``a`` won, with a
  Wilson score interval (scipy), and which side (if any) the interval says is better.

Pure Python and no state: the services read the rows and store the results.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

#: A rating of this many stars or more is a point for the side that placed the item.
LIKED_STARS = 4.0
#: A rating of this many stars or fewer is a point for the other side.
DISLIKED_STARS = 2.0
#: A play of this share of the item or more is a "finish" (still one credit, named so).
FINISHED_SHARE = 0.9
#: The confidence of the interval and of the verdict.
CONFIDENCE = 0.95

SIDES = ("a", "b")


def other(side: str) -> str:
    return "b" if side == "a" else "a"


def list_seed(test_id: int, list_a: Sequence[Hashable], list_b: Sequence[Hashable]) -> int:
    """The coin's seed for one test and one pair of lists (stable across runs and machines,
    unlike ``hash()``)."""
    text = f"{test_id}|{','.join(map(str, list_a))}|{','.join(map(str, list_b))}"
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


def team_draft(
    list_a: Sequence[Hashable], list_b: Sequence[Hashable], n: int, seed: int
) -> list[tuple[Hashable, str]]:
    """The interleaved list of at most ``n`` items, each with the side (``"a"``/``"b"``)
    that placed it. Stops when either list has nothing new left, as in the paper, so a side
    with a short list never hands the other side the rest of the list unopposed."""
    coin = random.Random(seed)
    shown: list[tuple[Hashable, str]] = []
    taken: set[Hashable] = set()
    picks = {"a": 0, "b": 0}
    cursor = {"a": 0, "b": 0}
    lists = {"a": list(list_a), "b": list(list_b)}

    def next_new(side: str) -> Hashable | None:
        items = lists[side]
        while cursor[side] < len(items) and items[cursor[side]] in taken:
            cursor[side] += 1
        return items[cursor[side]] if cursor[side] < len(items) else None

    while len(shown) < n:
        head_a, head_b = next_new("a"), next_new("b")
        if head_a is None or head_b is None:
            break
        if picks["a"] < picks["b"] or (picks["a"] == picks["b"] and coin.random() < 0.5):
            side, item = "a", head_a
        else:
            side, item = "b", head_b
        shown.append((item, side))
        taken.add(item)
        picks[side] += 1
    return shown


@dataclass(frozen=True)
class Event:
    """Something the person did with an item: ``signal`` is ``play`` (``value``: the share
    played), ``skip``, ``rating`` (``value``: stars) or ``not_interested``."""

    item: Hashable
    at: float
    signal: str
    value: float = 1.0


@dataclass(frozen=True)
class Placement:
    """Side ``side`` placed ``item`` in a list shown at ``shown_at``."""

    shown_at: float
    item: Hashable
    side: str


@dataclass(frozen=True)
class Credit:
    """One credited interaction: the item, who placed it, who gets the point, why, when."""

    item: Hashable
    placed_by: str
    winner: str
    signal: str
    at: float


def _judgement(event: Event) -> tuple[int, str]:
    """``(+1 for the placing side / -1 for the other / 0 neither, signal name)``."""
    if event.signal == "rating":
        if event.value >= LIKED_STARS:
            return 1, "rating"
        return (-1, "rating") if event.value <= DISLIKED_STARS else (0, "rating")
    if event.signal == "not_interested":
        return -1, "not_interested"
    if event.signal == "play":
        return 1, "finish" if event.value >= FINISHED_SHARE else "play"
    return 0, event.signal  # a skip, or anything unknown: neither side's point


def credit(
    placements: Iterable[Placement],
    events: Iterable[Event],
    *,
    start: float,
    end: float,
    limit: int | None = None,
) -> list[Credit]:
    """The credits of a test that ran from ``start`` to ``end``, oldest first (see the module
    docs). An event counts only if it happened in the test and after the item was first
    shown; the side credited is the one that placed the item in the latest list shown before
    the event. ``limit``: the test ended at its ``limit``-th credit, so nothing after counts."""
    shown: dict[Hashable, list[Placement]] = {}
    for p in sorted(placements, key=lambda p: p.shown_at):
        shown.setdefault(p.item, []).append(p)
    by_item: dict[Hashable, list[Event]] = {}
    for e in events:
        if e.item in shown:
            by_item.setdefault(e.item, []).append(e)
    credits = _credits(shown, by_item, start, end)
    if limit is not None and len(credits) > limit:
        cutoff = credits[limit - 1].at
        credits = _credits(shown, by_item, start, cutoff)[:limit]
    return credits


def _credits(
    shown: dict[Hashable, list[Placement]],
    by_item: dict[Hashable, list[Event]],
    start: float,
    end: float,
) -> list[Credit]:
    out: list[Credit] = []
    for item, item_events in by_item.items():
        places = shown[item]
        explicit: tuple[Event, str, int, str] | None = None
        first_play: tuple[Event, str, int, str] | None = None
        for event in sorted(item_events, key=lambda e: e.at):
            if not start <= event.at <= end or event.at < places[0].shown_at:
                continue
            sign, signal = _judgement(event)
            if sign == 0:
                continue
            side = [p.side for p in places if p.shown_at <= event.at][-1]
            if event.signal in ("rating", "not_interested"):
                explicit = (event, side, sign, signal)
            elif first_play is None:
                first_play = (event, side, sign, signal)
        decided = explicit or first_play
        if decided is None:
            continue
        event, side, sign, signal = decided
        winner = side if sign > 0 else other(side)
        out.append(Credit(item, side, winner, signal, event.at))
    out.sort(key=lambda c: (c.at, str(c.item)))
    return out


def win_interval(wins: int, total: int, confidence: float = CONFIDENCE) -> tuple[float, float]:
    """The Wilson score interval of a win rate of ``wins`` in ``total`` (``(0, 1)`` for none)."""
    if total <= 0:
        return 0.0, 1.0
    # Deferred: scipy is heavy and this module is imported by services the window loads.
    from scipy.stats import binomtest

    ci = binomtest(int(wins), int(total)).proportion_ci(confidence, method="wilson")
    return float(ci.low), float(ci.high)


def verdict(wins_a: int, total: int, confidence: float = CONFIDENCE) -> str | None:
    """``"a"`` or ``"b"`` when the interval of ``a``'s win rate lies wholly above or below one
    half; None while it covers one half (no clear winner)."""
    if total <= 0:
        return None
    low, high = win_interval(wins_a, total, confidence)
    if low > 0.5:
        return "a"
    if high < 0.5:
        return "b"
    return None
