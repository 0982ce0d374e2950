"""A profile's insights: the charts of the Insights screen, as plain data.

:func:`profile_insights` is a job ``fn(library_path, profile_id, ..., progress, cancel)`` that
opens its own connection: the ratings histogram, plays per month, top genres and artists, and
how much the profile's taste overlaps each friend's.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library, dataset_rows
from desktop_recsys.library.models import ITEM_KINDS
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress


@dataclass(frozen=True)
class ProfileInsights:
    """What the Insights screen draws for one profile (and optionally one kind)."""

    profile_id: int
    kind: str | None
    #: Number of ratings per half star, 0.5 to 5 (ten bins).
    rating_histogram: list[int]
    #: ``(first day of month as a POSIX time, plays)`` in time order, skipped plays left out.
    plays_by_month: list[tuple[float, int]]
    #: ``(genre, items)``, most first: how many items the profile liked (3.5 stars or more)
    #: or played are of that genre (one unit: items, not plays plus stars).
    top_genres: list[tuple[str, float]]
    #: ``(artist or director, items)``, most first, counted the same way.
    top_artists: list[tuple[str, float]]
    #: ``(friend name, share of items in common 0-1)``, most alike first.
    friend_similarity: list[tuple[str, float]]
    ratings: int = 0
    plays: int = 0

    def summary(self) -> dict[str, object]:
        return {"ratings": self.ratings, "plays": self.plays}


def _most(counts: Counter[str], top: int) -> list[tuple[str, float]]:
    """The ``top`` largest counts, ties by name (the same order on every run)."""
    ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0].casefold()))
    return [(name, float(n)) for name, n in ranked[:top]]


def _month_start(ts: float) -> float:
    day = _dt.datetime.fromtimestamp(ts, tz=_dt.UTC)
    return _dt.datetime(day.year, day.month, 1, tzinfo=_dt.UTC).timestamp()


def profile_insights(
    library_path: str | Path,
    profile_id: int,
    *,
    kind: str | None = None,
    top: int = 10,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ProfileInsights:
    """A profile's ratings histogram, plays per month, top genres and artists, and how much
    its taste overlaps each friend's (Jaccard of the items each rated well or played)."""
    # Deferred: keeps the engine package unloaded until a job runs (the GUI's start-up).
    from desktop_recsys.engine.similarity import jaccard

    token = cancel if cancel is not None else CancelToken()
    if kind is not None and kind not in ITEM_KINDS:
        raise UserError(Message("unknown item kind {kind!r}", kind=kind))
    with Library.open(Path(library_path)) as library:
        profile = library.profiles.require(profile_id)
        progress(0.1, Message("Reading ratings and plays"))
        ratings = library.ratings.for_profile(profile.id)
        plays = [p for p in library.plays.for_profile(profile.id) if not p.skipped]
        ids = sorted({r.item_id for r in ratings} | {p.item_id for p in plays})
        meta = dataset_rows.items_by_ids(library, ids)
        if kind is not None:
            ratings = [r for r in ratings if meta.get(r.item_id, (0, None))[1] == kind]
            plays = [p for p in plays if meta.get(p.item_id, (0, None))[1] == kind]
        token.raise_if_cancelled()

        histogram = [0] * 10
        for r in ratings:
            histogram[min(9, max(0, math.ceil(r.rating * 2) - 1))] += 1
        months: Counter[float] = Counter()
        for p in plays:
            if p.played_at is not None:
                months[_month_start(p.played_at)] += p.count

        weight: Counter[int] = Counter()
        for p in plays:
            weight[p.item_id] += p.count
        for r in ratings:
            # Only what a person liked says something about their taste; 3 stars is neutral.
            if r.rating >= 3.5:
                weight[r.item_id] += r.rating
        genres: Counter[str] = Counter()
        artists: Counter[str] = Counter()
        for item in weight:
            info = meta.get(item)
            if info is None:
                continue
            for genre in filter(None, (g.strip() for g in str(info[6]).split(","))):
                genres[genre] += 1
            if info[3]:
                artists[str(info[3])] += 1
        token.raise_if_cancelled()

        progress(0.6, Message("Comparing with friends"))
        liked = set(weight)
        similar: list[tuple[str, float]] = []
        for friend_id in library.friends.friends_of(profile.id):
            friend = library.profiles.get(friend_id)
            # A friend who does not share with friends shows nothing of their taste.
            if friend is None or not friend.share_with_friends:
                continue
            theirs = {p.item_id for p in library.plays.for_profile(friend_id) if not p.skipped}
            theirs |= {r.item_id for r in library.ratings.for_profile(friend_id) if r.rating >= 3.5}
            similar.append((friend.name, jaccard(liked, theirs)))
        similar.sort(key=lambda pair: (-pair[1], pair[0].casefold()))
    progress(1.0, Message("Done"))
    return ProfileInsights(
        profile_id=profile.id,
        kind=kind,
        rating_histogram=histogram,
        plays_by_month=sorted(months.items()),
        top_genres=_most(genres, top),
        top_artists=_most(artists, top),
        friend_similarity=similar,
        ratings=len(ratings),
        plays=sum(p.count for p in plays),
    )
