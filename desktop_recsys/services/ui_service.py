"""Use cases behind the desktop screens that no other service covers. No Qt.

Two kinds of function live here:

- :class:`ItemActions`: cheap reads and one-row writes (rate, mark, an item's history) on the
  GUI's own connection. Each is a single short transaction, so a rating never waits in the
  write lane behind a training.
- Job functions ``fn(library_path, ..., progress, cancel)`` that open their own connection and
  may take longer: the "For you" list (a missing model is an answer, not a failure), "more
  like this", and a profile's insights.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library, dataset_rows
from desktop_recsys.library.models import JobRecord, Play
from desktop_recsys.progress import CancelToken, ProgressFn, no_progress
from desktop_recsys.services import recommend_service
from desktop_recsys.services.dataset_service import check_kind
from desktop_recsys.services.library_service import LibraryReader

#: What a person can choose in the "For you" algorithm picker besides a named algorithm.
AUTOMATIC = ""


def algorithm_names() -> list[str]:
    """The registered algorithms' names, sorted (for pickers; loads the engine on first use)."""
    # Deferred: the registry imports every algorithm (numpy, scipy) on first use.
    from desktop_recsys.engine.registry import algorithm_names as names

    return names()


def default_algorithm() -> str:
    """What "automatic" trains."""
    from desktop_recsys.services.training_service import DEFAULT_ALGORITHM

    return DEFAULT_ALGORITHM


@dataclass(frozen=True)
class ItemHistory:
    """A profile's own history with one item, for the detail pane."""

    rating: float | None
    rated_at: float | None
    plays: list[Play] = field(default_factory=list)
    marks: list[tuple[str, float]] = field(default_factory=list)

    @property
    def play_count(self) -> int:
        return sum(p.count for p in self.plays if not p.skipped)


@dataclass
class ItemActions:
    """Ratings, marks and per-item reads for the GUI, through the GUI's reader."""

    reader: LibraryReader

    def rate(self, profile_id: int, item_id: int, stars: float) -> float | None:
        """Set the profile's rating (0.5-5, rounded to half stars); 0 removes it.

        Returns the stored value (None once removed).
        """
        value = round(float(stars) * 2) / 2
        ratings = self.reader.library.ratings
        if value <= 0:
            ratings.remove(profile_id, item_id)
            return None
        if value > 5:
            raise UserError(f"a rating is 0 to 5 stars (got {stars})")
        ratings.set(profile_id, item_id, value)
        return value

    def rating(self, profile_id: int, item_id: int) -> float | None:
        return self.reader.library.ratings.get(profile_id, item_id)

    def ratings_of(self, profile_id: int) -> dict[int, float]:
        """``item id -> stars`` for every rating of the profile (one indexed read)."""
        return {r.item_id: r.rating for r in self.reader.library.ratings.for_profile(profile_id)}

    def set_mark(self, profile_id: int, item_id: int, mark: str, on: bool = True) -> None:
        """Set or clear ``not_interested`` / ``dont_learn`` for one item."""
        marks = self.reader.library.marks
        if on:
            marks.set(profile_id, item_id, mark)
        else:
            marks.clear(profile_id, item_id, mark)

    def marked(self, profile_id: int, mark: str) -> set[int]:
        return self.reader.library.marks.items(profile_id, mark)

    def history(self, profile_id: int, item_id: int) -> ItemHistory:
        """The profile's rating, plays (newest first) and marks of one item."""
        library = self.reader.library
        rated_at = None
        rating = library.ratings.get(profile_id, item_id)
        if rating is not None:
            # Ratings are read per profile; a profile rarely has more than a few thousand.
            for row in library.ratings.for_profile(profile_id):
                if row.item_id == item_id:
                    rated_at = row.rated_at
        plays = [p for p in library.plays.for_profile(profile_id) if p.item_id == item_id]
        marks = [(m, at) for i, m, at in library.marks.for_profile(profile_id) if i == item_id]
        return ItemHistory(rating, rated_at, plays, marks)

    def existing_file(self, item_id: int) -> Path | None:
        """The item's file if it is on disk now, else None (catalogue-only or missing)."""
        path = self.reader.library.items.path_of(item_id)
        if not path:
            return None
        candidate = Path(path)
        return candidate if candidate.is_file() else None

    def past_jobs(self, before: float, limit: int = 200) -> list[JobRecord]:
        """Jobs recorded before ``before`` (earlier sessions), newest first."""
        return [r for r in self.reader.library.jobs.list(limit) if r.created_at < before]


# -- "For you" ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ForYouResult:
    """A recommendation list, or why there is none yet (``needs_training``)."""

    profile_id: int
    kind: str
    algorithm: str | None
    recommendations: recommend_service.Recommendations | None
    reason: str = ""

    @property
    def needs_training(self) -> bool:
        return self.recommendations is None

    def summary(self) -> dict[str, object]:
        """For the job history: the list's summary, or that a model is missing."""
        if self.recommendations is not None:
            return self.recommendations.summary()
        return {"rows": 0, "needs_training": True}


def for_you_list(
    library_path: str | Path,
    models_dir: str | Path,
    *,
    profile: int,
    kind: str,
    n: int = 50,
    algorithm: str | None = None,
    cache: recommend_service.ModelCache | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ForYouResult:
    """:func:`~desktop_recsys.services.recommend_service.recommend_for`, except that "no model
    has been trained yet" is a result (the screen offers to train) rather than an error."""
    try:
        recs = recommend_service.recommend_for(
            library_path,
            models_dir,
            profile=profile,
            kind=kind,
            n=n,
            algorithm=algorithm or None,
            exclude_not_interested=True,
            cache=cache,
            progress=progress,
            cancel=cancel,
        )
    except recommend_service.NoModelError as exc:
        progress(1.0, "No model trained yet")
        return ForYouResult(profile, kind, algorithm or None, None, str(exc))
    return ForYouResult(profile, kind, algorithm or None, recs, recs.note)


# -- "More like this" --------------------------------------------------------------------------
@dataclass(frozen=True)
class SimilarItem:
    """An item like another one, and how alike they are (0-1)."""

    item_id: int
    title: str
    artist: str | None
    year: int | None
    genres: str
    score: float


def _jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def more_like_this(
    library_path: str | Path,
    item_id: int,
    *,
    n: int = 10,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> list[SimilarItem]:
    """Items of the same kind most like ``item_id`` by content, best first.

    Content only (genres, credited people, same artist or director, closeness in years), so
    it works without a trained model and for items nobody has rated yet.
    """
    token = cancel if cancel is not None else CancelToken()
    with Library.open(Path(library_path)) as library:
        item = library.items.get(item_id)
        if item is None:
            raise UserError(f"no item {item_id}")
        kind = item.kind
        progress(0.1, "Reading the catalogue")
        catalogue = dataset_rows.catalogue(library, kind)
        genres: dict[int, set[str]] = defaultdict(set)
        for i, g in dataset_rows.item_genres(library, kind):
            genres[i].add(g)
        token.raise_if_cancelled()
        people: dict[int, set[str]] = defaultdict(set)
        for i, p in dataset_rows.item_people(library, kind):
            people[i].add(p)
        token.raise_if_cancelled()
        progress(0.6, "Comparing")
        mine_g, mine_p = genres.get(item_id, set()), people.get(item_id, set())
        artist = (item.artist or "").casefold()
        scored: list[tuple[float, tuple[object, ...]]] = []
        for row in catalogue:
            other = row[0]
            if other == item_id:
                continue
            score = _jaccard(mine_g, genres.get(other, set()))
            score += 0.5 * _jaccard(mine_p, people.get(other, set()))
            if artist and (row[2] or "").casefold() == artist:
                score += 0.5
            if item.year and row[4]:
                score += 0.2 * max(0.0, 1.0 - abs(item.year - row[4]) / 30)
            if score > 0:
                scored.append((score, row))
        scored.sort(key=lambda pair: (-pair[0], str(pair[1][1]).casefold()))
        top = scored[: max(1, n)]
        best = top[0][0] if top else 1.0
        out = [
            SimilarItem(
                item_id=int(row[0]),  # type: ignore[call-overload]
                title=str(row[1]),
                artist=row[2],  # type: ignore[arg-type]
                year=row[4],  # type: ignore[arg-type]
                genres=", ".join(sorted(genres.get(int(row[0]), set()))),  # type: ignore[call-overload]
                score=score / best if best else 0.0,
            )
            for score, row in top
        ]
    progress(1.0, f"{len(out)} similar items")
    return out


# -- Insights ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ProfileInsights:
    """What the Insights screen draws for one profile (and optionally one kind)."""

    profile_id: int
    kind: str | None
    #: Number of ratings per half star, 0.5 to 5 (ten bins).
    rating_histogram: list[int]
    #: ``(first day of month as a POSIX time, plays)`` in time order, skipped plays left out.
    plays_by_month: list[tuple[float, int]]
    #: ``(genre, weight)``, heaviest first; weight: plays plus stars of liked items.
    top_genres: list[tuple[str, float]]
    #: ``(artist or director, weight)``, heaviest first.
    top_artists: list[tuple[str, float]]
    #: ``(friend name, share of items in common 0-1)``, most alike first.
    friend_similarity: list[tuple[str, float]]
    ratings: int = 0
    plays: int = 0

    def summary(self) -> dict[str, object]:
        return {"ratings": self.ratings, "plays": self.plays}


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
    token = cancel if cancel is not None else CancelToken()
    if kind is not None:
        check_kind(kind)
    with Library.open(Path(library_path)) as library:
        profile = library.profiles.require(profile_id)
        progress(0.1, "Reading ratings and plays")
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
        for item, w in weight.items():
            info = meta.get(item)
            if info is None:
                continue
            for genre in filter(None, (g.strip() for g in str(info[6]).split(","))):
                genres[genre] += w
            if info[3]:
                artists[str(info[3])] += w
        token.raise_if_cancelled()

        progress(0.6, "Comparing with friends")
        liked = set(weight)
        similar: list[tuple[str, float]] = []
        for friend_id in library.friends.friends_of(profile.id):
            friend = library.profiles.get(friend_id)
            if friend is None:
                continue
            theirs = {p.item_id for p in library.plays.for_profile(friend_id) if not p.skipped}
            theirs |= {r.item_id for r in library.ratings.for_profile(friend_id) if r.rating >= 3.5}
            similar.append((friend.name, _jaccard_ids(liked, theirs)))
        similar.sort(key=lambda pair: (-pair[1], pair[0].casefold()))
    progress(1.0, "Done")
    return ProfileInsights(
        profile_id=profile.id,
        kind=kind,
        rating_histogram=histogram,
        plays_by_month=sorted(months.items()),
        top_genres=genres.most_common(top),
        top_artists=artists.most_common(top),
        friend_similarity=similar,
        ratings=len(ratings),
        plays=sum(p.count for p in plays),
    )


def _jaccard_ids(a: set[int], b: set[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
