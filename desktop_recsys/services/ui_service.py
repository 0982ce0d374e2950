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
from typing import TYPE_CHECKING, Any

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library, dataset_rows
from desktop_recsys.library.models import ITEM_KINDS, ItemRow, JobRecord, Play, Playlist
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress
from desktop_recsys.services.library_service import LibraryReader

if TYPE_CHECKING:
    # Only for annotations: recommend_service imports the engine (numpy, scipy), which the
    # window does not need to appear. Functions below import it when first called.
    from desktop_recsys.library.backup import BackupInfo
    from desktop_recsys.services import recommend_service

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


def new_model_cache() -> recommend_service.ModelCache:
    """A cache of loaded models for the GUI's list jobs (imports the engine on first use)."""
    from desktop_recsys.services import recommend_service

    return recommend_service.ModelCache()


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

    def playlists(self, profile_id: int | None) -> list[Playlist]:
        """The profile's static playlists and the shared ones, by name."""
        return [p for p in self.reader.library.playlists.list(profile_id) if p.kind == "static"]

    def add_to_playlist(
        self,
        profile_id: int | None,
        item_ids: list[int],
        *,
        playlist_id: int | None = None,
        new_name: str | None = None,
    ) -> Playlist:
        """Append items to a playlist, or to a new one called ``new_name`` (or the existing
        playlist of that name). Items already on it are not added twice."""
        playlists = self.reader.library.playlists
        if playlist_id is None:
            found = playlists.find(new_name or "", profile_id)
            if found is None:
                return playlists.create(new_name or "", profile_id=profile_id, item_ids=item_ids)
            playlist_id = found.id
        on_it = set(playlists.items(playlist_id))
        fresh = [i for i in dict.fromkeys(item_ids) if i not in on_it]
        if fresh:
            playlists.append(playlist_id, fresh)
        chosen = next((p for p in playlists.list() if p.id == playlist_id), None)
        if chosen is None:
            raise UserError(f"no playlist {playlist_id}")
        return chosen

    def playlist_items(self, playlist_id: int) -> list[int]:
        return self.reader.library.playlists.items(playlist_id)

    def genres(self, kind: str | None) -> list[str]:
        """Genre names of ``kind``'s items, most common first (for the Library filter)."""
        return [name for name, _count in self.reader.library.items.all_genres(kind)]

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
    #: How many rows the list shows; ``recommendations`` may hold more candidates.
    n: int = 0
    #: One unit-length content row per candidate (sparse), for :func:`diversify`; None when
    #: the list was fetched without a diversity pool.
    vectors: Any = field(default=None, compare=False, repr=False)

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
    diversity_pool: int = 0,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ForYouResult:
    """:func:`~desktop_recsys.services.recommend_service.recommend_for`, except that "no model
    has been trained yet" is a result (the screen offers to train) rather than an error.

    With ``diversity_pool`` above ``n``, that many candidates are fetched and their content
    vectors kept, so :func:`diversify` can re-rank them on the GUI thread in a millisecond
    whenever the diversity slider moves (no new job per slider step).
    """
    from desktop_recsys.services import recommend_service  # deferred: loads the engine

    try:
        recs = recommend_service.recommend_for(
            library_path,
            models_dir,
            profile=profile,
            kind=kind,
            n=max(n, diversity_pool),
            algorithm=algorithm or None,
            exclude_not_interested=True,
            cache=cache,
            progress=progress,
            cancel=cancel,
        )
    except recommend_service.NoModelError as exc:
        progress(1.0, Message("No model trained yet"))
        return ForYouResult(profile, kind, algorithm or None, None, exc.message)
    vectors = None
    if diversity_pool > n:
        vectors = _candidate_vectors(library_path, profile, kind, [r.item_id for r in recs.rows])
    return ForYouResult(profile, kind, algorithm or None, recs, recs.note, n, vectors)


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
        progress(0.1, Message("Reading the catalogue"))
        catalogue = dataset_rows.catalogue(library, kind)
        genres: dict[int, set[str]] = defaultdict(set)
        for i, g in dataset_rows.item_genres(library, kind):
            genres[i].add(g)
        token.raise_if_cancelled()
        people: dict[int, set[str]] = defaultdict(set)
        for i, p in dataset_rows.item_people(library, kind):
            people[i].add(p)
        token.raise_if_cancelled()
        progress(0.6, Message("Comparing"))
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
    progress(1.0, Message("{count} similar items", count=len(out)))
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
    if kind is not None and kind not in ITEM_KINDS:
        raise UserError(f"unknown item kind {kind!r}")
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
        for item, w in weight.items():
            info = meta.get(item)
            if info is None:
                continue
            for genre in filter(None, (g.strip() for g in str(info[6]).split(","))):
                genres[genre] += w
            if info[3]:
                artists[str(info[3])] += w
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
            similar.append((friend.name, _jaccard_ids(liked, theirs)))
        similar.sort(key=lambda pair: (-pair[1], pair[0].casefold()))
    progress(1.0, Message("Done"))
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


# -- Diversity (MMR) ---------------------------------------------------------------------------
def _candidate_vectors(
    library_path: str | Path, profile: int, kind: str, item_ids: list[int]
) -> Any | None:
    """Content vectors (sparse, unit length) of ``item_ids`` in order; None if unavailable."""
    # Deferred: the engine (numpy, scipy) loads only once a list is asked for.
    import scipy.sparse as sp

    from desktop_recsys.engine.rerank import item_vectors
    from desktop_recsys.services.dataset_service import build_dataset

    try:
        dataset = build_dataset(library_path, kind=kind, profile=profile)
    except UserError:
        return None
    vectors = item_vectors(dataset)
    vectors = sp.vstack([vectors, sp.csr_matrix((1, vectors.shape[1]))], format="csr")
    blank = vectors.shape[0] - 1
    rows = [dataset.item_index(str(i)) for i in item_ids]
    return sp.csr_matrix(vectors[[blank if r is None else r for r in rows]])


def diversify(
    result: ForYouResult, trade_off: float, removed: set[int] | frozenset[int] = frozenset()
) -> list[recommend_service.RecommendedItem]:
    """The list to show for a diversity setting (0: by relevance only, 1: most varied).

    Re-ranks the result's candidates with maximal marginal relevance
    (:func:`desktop_recsys.engine.rerank.mmr`) down to ``result.n`` rows, leaving out
    ``removed`` item ids (marked "not interested" since the list came). Ranks are renumbered.
    """
    import dataclasses

    recs = result.recommendations
    if recs is None:
        return []
    keep = [k for k, row in enumerate(recs.rows) if row.item_id not in removed]
    n = result.n or len(keep)
    if trade_off <= 0 or result.vectors is None or len(keep) <= 1:
        order = keep[:n]
    else:
        from desktop_recsys.engine.rerank import mmr  # deferred: numpy

        picked = mmr(
            [recs.rows[k].score for k in keep],
            result.vectors[keep],
            min(1.0, float(trade_off)),
            n,
        )
        order = [keep[int(p)] for p in picked]
    return [dataclasses.replace(recs.rows[k], rank=rank) for rank, k in enumerate(order, 1)]


# -- "Because you liked X" shelves ----------------------------------------------------------
@dataclass(frozen=True)
class Shelf:
    """Items like one the profile loved, for a "Because you liked …" row."""

    anchor_id: int
    anchor_title: str
    items: list[SimilarItem]


def _content_maps(
    library: Library, kind: str
) -> tuple[list[tuple[Any, ...]], dict[int, set[str]], dict[int, set[str]]]:
    catalogue = dataset_rows.catalogue(library, kind)
    genres: dict[int, set[str]] = defaultdict(set)
    for i, g in dataset_rows.item_genres(library, kind):
        genres[i].add(g)
    people: dict[int, set[str]] = defaultdict(set)
    for i, p in dataset_rows.item_people(library, kind):
        people[i].add(p)
    return catalogue, genres, people


def because_you_liked(
    library_path: str | Path,
    profile_id: int,
    kind: str,
    *,
    shelves: int = 3,
    per_shelf: int = 10,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> list[Shelf]:
    """Up to ``shelves`` rows of items like the profile's best-loved ``kind`` items.

    Anchors: the highest rated (4 stars or more), newest first, else the most played. Each
    shelf holds unseen items most alike by content (genres, people, artist, years), never an
    item the profile rated, played or marked, and no item on two shelves.
    """
    token = cancel if cancel is not None else CancelToken()
    if kind not in ITEM_KINDS:
        raise UserError(f"unknown item kind {kind!r}")
    with Library.open(Path(library_path)) as library:
        library.profiles.require(profile_id)
        progress(0.1, Message("Reading the profile's favourites"))
        catalogue, genres, people = _content_maps(library, kind)
        by_id = {int(row[0]): row for row in catalogue}
        liked = sorted(
            (r for r in library.ratings.for_profile(profile_id) if r.rating >= 4.0),
            key=lambda r: (-r.rating, -(r.rated_at or 0)),
        )
        anchors = [r.item_id for r in liked if r.item_id in by_id]
        if len(anchors) < shelves:
            played: Counter[int] = Counter()
            for p in library.plays.for_profile(profile_id):
                if not p.skipped and p.item_id in by_id:
                    played[p.item_id] += p.count
            anchors += [i for i, _n in played.most_common() if i not in anchors]
        seen = dataset_rows.profile_item_ids(library, profile_id, kind)
        seen |= {i for _, i in dataset_rows.marked_items(library, "not_interested", profile_id)}
    token.raise_if_cancelled()
    out: list[Shelf] = []
    used: set[int] = set()
    for anchor in anchors[:shelves]:
        progress(0.2 + 0.8 * len(out) / max(1, shelves), Message("Comparing"))
        token.raise_if_cancelled()
        similar = _most_alike(anchor, catalogue, genres, people, per_shelf, seen | used)
        if similar:
            used |= {s.item_id for s in similar}
            out.append(Shelf(anchor, str(by_id[anchor][1]), similar))
    progress(1.0, Message("{count} shelves", count=len(out)))
    return out


def _most_alike(
    item_id: int,
    catalogue: list[tuple[Any, ...]],
    genres: dict[int, set[str]],
    people: dict[int, set[str]],
    n: int,
    skip: set[int],
) -> list[SimilarItem]:
    """The ``n`` catalogue items most like ``item_id`` by content (see :func:`more_like_this`)."""
    mine = next((row for row in catalogue if row[0] == item_id), None)
    if mine is None:
        return []
    mine_g, mine_p = genres.get(item_id, set()), people.get(item_id, set())
    artist = (mine[2] or "").casefold()
    scored: list[tuple[float, tuple[Any, ...]]] = []
    for row in catalogue:
        other = row[0]
        if other == item_id or other in skip:
            continue
        score = _jaccard(mine_g, genres.get(other, set()))
        score += 0.5 * _jaccard(mine_p, people.get(other, set()))
        if artist and (row[2] or "").casefold() == artist:
            score += 0.5
        if mine[4] and row[4]:
            score += 0.2 * max(0.0, 1.0 - abs(mine[4] - row[4]) / 30)
        if score > 0:
            scored.append((score, row))
    scored.sort(key=lambda pair: (-pair[0], str(pair[1][1]).casefold()))
    top = scored[: max(1, n)]
    best = top[0][0] if top else 1.0
    return [
        SimilarItem(
            item_id=int(row[0]),
            title=str(row[1]),
            artist=row[2],
            year=row[4],
            genres=", ".join(sorted(genres.get(int(row[0]), set()))),
            score=score / best if best else 0.0,
        )
        for score, row in top
    ]


# -- Group mode ----------------------------------------------------------------------------
GROUP_STRATEGIES = ("average", "least_misery")


@dataclass(frozen=True)
class GroupResult:
    """A list for several profiles at once (a film night, a party playlist).

    Each row's ``because`` holds ``(profile id, profile name, normalised score 0-1)`` per
    member, which the screen draws as the contribution bars.
    """

    profile_ids: tuple[int, ...]
    kind: str
    strategy: str
    rows: list[recommend_service.RecommendedItem]
    #: Names of members no model serves yet (left out of the combination).
    without_model: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, object]:
        return {"rows": len(self.rows), "members": len(self.profile_ids)}


def group_list(
    library_path: str | Path,
    models_dir: str | Path,
    *,
    profiles: list[int],
    kind: str,
    n: int = 50,
    strategy: str = "average",
    pool: int = 200,
    cache: recommend_service.ModelCache | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> GroupResult:
    """Combine the members' lists: each member's scores are rescaled to 0-1 within their own
    list (an item off a member's list counts 0), then ``average`` takes the mean and
    ``least_misery`` the lowest, so nobody gets a pick they would hate. Items any member has
    already rated, played or marked are left out.
    """
    import dataclasses

    from desktop_recsys.services import recommend_service  # deferred: loads the engine

    token = cancel if cancel is not None else CancelToken()
    if strategy not in GROUP_STRATEGIES:
        raise UserError(f"unknown group strategy {strategy!r}")
    members = list(dict.fromkeys(int(p) for p in profiles))
    if len(members) < 2:
        raise UserError(Message("a group needs at least two profiles"))
    with Library.open(Path(library_path)) as library:
        names = {p: library.profiles.require(p).name for p in members}
        seen: set[int] = set()
        for p in members:
            seen |= dataset_rows.profile_item_ids(library, p, kind)
    scores: dict[int, dict[int, float]] = {}
    rows: dict[int, recommend_service.RecommendedItem] = {}
    without: list[str] = []
    for step, member in enumerate(members):
        progress(step / len(members), Message("Recommending for {name}", name=names[member]))
        token.raise_if_cancelled()
        try:
            recs = recommend_service.recommend_for(
                library_path, models_dir, profile=member, kind=kind, n=pool, cache=cache
            )
        except recommend_service.NoModelError:
            without.append(names[member])
            continue
        values = [r.score for r in recs.rows]
        low, high = (min(values), max(values)) if values else (0.0, 1.0)
        span = high - low
        scores[member] = {r.item_id: (r.score - low) / span if span > 0 else 1.0 for r in recs.rows}
        for r in recs.rows:
            rows.setdefault(r.item_id, r)
    served = [m for m in members if m in scores]
    combined: list[tuple[float, int]] = []
    for item in rows:
        if item in seen:
            continue
        each = [scores[m].get(item, 0.0) for m in served]
        value = min(each) if strategy == "least_misery" else sum(each) / len(each)
        if value > 0:
            combined.append((value, item))
    combined.sort(key=lambda pair: (-pair[0], pair[1]))
    out = [
        dataclasses.replace(
            rows[item],
            rank=rank,
            score=value,
            explanation="",
            because=tuple((m, names[m], scores[m].get(item, 0.0)) for m in served),
            fallback=False,
        )
        for rank, (value, item) in enumerate(combined[:n], 1)
    ]
    progress(
        1.0, Message("{picks} picks for {profiles} profiles", picks=len(out), profiles=len(served))
    )
    return GroupResult(tuple(served), kind, strategy, out, without)


# -- Library filters and bulk editing ----------------------------------------------------------
@dataclass(frozen=True)
class ItemFilter:
    """What the Library screen's filter bar narrows a table to; None means "any"."""

    genre: str | None = None
    year_min: int | None = None
    year_max: int | None = None
    #: At least this many stars from the current profile.
    min_rating: float | None = None
    #: Rated (True) or not rated (False) by the current profile.
    rated: bool | None = None
    #: Played (True) or never played (False) by the current profile.
    played: bool | None = None
    #: Only items whose file is missing (True) or present/catalogue-only (False).
    missing: bool | None = None

    def is_empty(self) -> bool:
        return all(getattr(self, f) is None for f in self.__dataclass_fields__)

    def needs_profile(self) -> bool:
        return self.min_rating is not None or self.rated is not None or self.played is not None

    def arguments(self, profile_id: int | None) -> dict[str, Any]:
        """Keyword arguments of the library's filtered reads (profile filters need a profile)."""
        out = {f: getattr(self, f) for f in self.__dataclass_fields__}
        out = {k: v for k, v in out.items() if v is not None}
        if profile_id is None:
            for key in ("min_rating", "rated", "played"):
                out.pop(key, None)
        else:
            out["profile"] = profile_id
        return out


def count_filtered(
    reader: LibraryReader,
    kind: str | None,
    query: str | None,
    item_filter: ItemFilter,
    profile_id: int | None,
) -> int:
    """How many items match a search and a filter (a cheap read for the table model)."""
    return reader.library.items.count_filtered(kind, query, **item_filter.arguments(profile_id))


def page_filtered(
    reader: LibraryReader,
    kind: str | None,
    offset: int,
    limit: int,
    *,
    order_by: str,
    descending: bool,
    query: str | None,
    item_filter: ItemFilter,
    profile_id: int | None,
) -> list[ItemRow]:
    """A page of the filtered list in display order (a cheap read for the table model)."""
    return reader.library.items.page_filtered(
        kind,
        offset=offset,
        limit=limit,
        order_by=order_by,
        descending=descending,
        query=query,
        **item_filter.arguments(profile_id),
    )


#: Fields the bulk editor may set on many items at once.
BULK_FIELDS = ("artist", "album", "album_artist", "year", "language")


def bulk_edit_items(
    library_path: str | Path,
    item_ids: list[int],
    fields: dict[str, Any],
    *,
    genres: list[str] | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    """Set the same ``fields`` (a subset of :data:`BULK_FIELDS`; None or "" clears one) and,
    if given, the same genres on every item; returns how many items were changed."""
    token = cancel if cancel is not None else CancelToken()
    unknown = set(fields) - set(BULK_FIELDS)
    if unknown:
        raise UserError(f"cannot bulk-edit {', '.join(sorted(unknown))}")
    clean: dict[str, Any] = {}
    for name, value in fields.items():
        if isinstance(value, str):
            value = value.strip() or None
        if name == "year" and value is not None:
            try:
                value = int(value)
            except (TypeError, ValueError):
                raise UserError(
                    Message("a year is a whole number (got {value})", value=repr(value))
                ) from None
        clean[name] = value
    done = 0
    with Library.open(Path(library_path)) as library:
        for index, item_id in enumerate(item_ids):
            token.raise_if_cancelled()
            if clean:
                library.items.update(item_id, **clean)
            if genres is not None:
                library.items.set_genres(item_id, [g.strip() for g in genres if g.strip()])
            done += 1
            if index % 50 == 0:
                progress(
                    index / max(1, len(item_ids)), Message("Edited {count:,} items", count=index)
                )
    progress(1.0, Message("Edited {count:,} items", count=done))
    return done


# -- Generic CSV import: preview and a first guess at the mapping ----------------------------
@dataclass(frozen=True)
class CsvPreview:
    """The first rows of a CSV file, for the import wizard's column-mapping step."""

    headers: list[str]
    rows: list[list[str]]
    delimiter: str
    encoding: str


def csv_preview(path: str | Path, rows: int = 20) -> CsvPreview:
    """Read the header and up to ``rows`` rows (delimiter sniffed, UTF-8 else Latin-1)."""
    import csv

    raw = Path(path).read_bytes()[: 256 * 1024]
    for encoding in ("utf-8-sig", "latin-1"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    lines = text.splitlines()
    if len(raw) == 256 * 1024 and lines:
        lines = lines[:-1]  # cut mid-line
    try:
        dialect = csv.Sniffer().sniff("\n".join(lines[:20]), delimiters=",;\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(lines, delimiter=delimiter)
    table = [row for _, row in zip(range(rows + 1), reader, strict=False)]
    if not table:
        raise UserError(Message("{path} is empty", path=Path(path).name))
    return CsvPreview(table[0], table[1:], delimiter, encoding.replace("-sig", ""))


def csv_targets() -> list[str]:
    """What a CSV column can be imported as (item fields, ids, history fields)."""
    from desktop_recsys.library.importers.csv_mapped import (
        HISTORY_FIELDS,
        ID_FIELDS,
        ITEM_FIELDS,
    )

    return [*ITEM_FIELDS, *ID_FIELDS, *HISTORY_FIELDS]


_SYNONYMS = {
    "name": "title",
    "movie": "title",
    "film": "title",
    "track": "title",
    "song": "title",
    "director": "artist",
    "genre": "genres",
    "tag": "tags",
    "stars": "rating",
    "score": "rating",
    "user": "profile",
    "date": "rated_at",
    "timestamp": "rated_at",
    "imdbid": "imdb",
    "tmdbid": "tmdb",
    "movieid": "movielens",
    "plays": "count",
}


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """``column -> field`` for the headers whose name says what they are."""
    targets = set(csv_targets())
    out: dict[str, str] = {}
    for header in headers:
        key = "".join(ch for ch in header.casefold() if ch.isalnum() or ch == "_")
        field_name = key if key in targets else _SYNONYMS.get(key)
        if field_name and field_name not in out.values():
            out[header] = field_name
    return out


# -- Backups, for the Settings dialog ------------------------------------------------------------
def library_backups(library_path: str | Path) -> list[BackupInfo]:
    """The library's backups (``BackupInfo``: path, created, reason, size), newest first; a
    directory listing, cheap enough for the GUI thread."""
    from desktop_recsys.services import backup_service  # deferred: only Settings needs it

    return backup_service.list_backups(library_path)


def backups_folder(library_path: str | Path) -> Path:
    """Where the library's backups are kept (it may not exist yet)."""
    from desktop_recsys.library.backup import backups_dir_for  # deferred, as above

    return backups_dir_for(Path(library_path))
