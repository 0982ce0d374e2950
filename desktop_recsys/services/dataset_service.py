"""Turning library rows into the engine's :class:`~desktop_recsys.engine.dataset.Dataset`.

This is the one place where the library's ratings, plays, marks, metadata and friendships
become interaction weights and side information. The choices, so that every caller (the GUI's
training job, the CLI, tests, benchmarks) learns from the same data:

Signals (``signal=``):

- ``"ratings"``: explicit star ratings as weights (0.5-5), timestamps from ``rated_at``. For
  rating models (``biased-mf``), whose predictions are on the star scale.
- ``"plays"``: implicit feedback from plays. Each play row counts ``completed * count`` (the
  share of the item played, times an aggregated listening count); a skipped play counts
  ``SKIP_WEIGHT * count`` (a weak negative). Rows are summed per profile and item; pairs whose
  sum is not positive are left out (implicit models read every stored cell as a positive
  preference, so a mostly skipped track must not become one), the rest weigh ``log1p(sum)`` so
  that a Last.fm count of 13,000 does not drown a handful of deliberate plays.
- ``"auto"`` (the default): ``"plays"`` plus each rating as ``rating - RATING_NEUTRAL`` in the
  same sum (5 stars adds 2.5, 1 star takes 1.5 away), so ratings and plays reinforce each
  other. Training resolves ``"auto"`` to ``"ratings"`` for rating models.

Time decay (``time_decay_days=H``, implicit signals only): each play or rating counts
``0.5 ** (age / H)``, its age measured from the newest dated interaction in the data (not from
"now", so the same library always gives the same data set). Undated rows (aggregated counts)
are not decayed. With ``"ratings"`` decay is refused: it would change the star values.

Removed before training: every ``(profile, item)`` pair the profile marked "don't learn from
this". The item stays in the catalogue and the profile stays a user.

Kept as users and items: every profile and every item of the kind, even those with no
interaction, so a new profile gets the explicit popularity fallback and a new item can be
reached by content models.

Side information: ``genres``, ``tags``, ``people`` (credits, plus the performer or director
from the ``artist`` field) and a coarse ``duration`` band as item attributes; the year; the
text (title, artist, album, description). The friendship graph holds only pairs in which both
profiles allow friends to learn from them.

Raw ids in the data set are the library's ids as strings (``"17"``); callers map them back
with ``int()``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np

from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.errors import UserError
from desktop_recsys.library import Library, dataset_rows
from desktop_recsys.library.models import ITEM_KINDS
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress
from desktop_recsys.services.sound_space import sound_attributes

Signal = Literal["auto", "ratings", "plays"]
SIGNALS: tuple[str, ...] = ("auto", "ratings", "plays")
#: What one skipped play (times its count) adds to a pair's implicit sum.
SKIP_WEIGHT = -0.5
#: The star rating that counts as neither liked nor disliked in the implicit sum.
RATING_NEUTRAL = 2.5
_DAY = 86400.0
# Duration bands (upper bounds in minutes) for the "duration" attribute: short tracks, songs,
# long tracks, suites and albums, short films, features, long features.
_DURATION_BANDS = (2, 4, 6, 10, 30, 75, 105, 135)


def build_dataset(
    library_path: str | Path,
    *,
    kind: str,
    profile: int | str | None = None,
    signal: str = "auto",
    time_decay_days: float | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> Dataset:
    """The data set a model of ``kind`` items learns from (see the module docs for the rules).

    ``profile`` (a name or id) names the profile the model will serve; it must exist and is
    always among the users. Every profile's history is included either way, because
    collaborative models learn from everybody. Opens its own connection; raises
    :class:`UserError` for an unknown kind, profile or signal, or a kind with nothing to learn
    from.
    """
    with Library.open(Path(library_path)) as library:
        profile_id = resolve_profile(library, profile)
        return dataset_from_library(
            library,
            kind=kind,
            profile_id=profile_id,
            signal=signal,
            time_decay_days=time_decay_days,
            progress=progress,
            cancel=cancel,
        )


def resolve_profile(library: Library, profile: int | str | None) -> int | None:
    """The id of ``profile`` (a name or an id), None for None; UserError if it does not exist."""
    if profile is None:
        return None
    return library.profiles.require(profile).id


def kind_plural(kind: str) -> Message:
    """The item kind in the plural ("films", "tracks", "artists"), translatable."""
    if kind == "film":
        return Message("films")
    return Message("artists") if kind == "artist" else Message("tracks")


def reading_library(kind: str) -> Message:
    """The progress text of a job's first step: reading the film or music library."""
    if kind == "film":
        return Message("Reading the film library")
    if kind == "artist":
        return Message("Reading the artist library")
    return Message("Reading the track library")


def nothing_to_learn(kind: str, signal: str) -> UserError:
    """The error for a data set of ``kind`` with no interaction to learn from."""
    if signal == "ratings":
        return UserError(
            Message(
                "there are no ratings of {what} to learn from (after 'don't learn from "
                "this' marks); rate some first",
                what=kind_plural(kind),
            )
        )
    return UserError(
        Message(
            "there are no plays or ratings of {what} to learn from (after 'don't learn "
            "from this' marks); rate or play some first",
            what=kind_plural(kind),
        )
    )


def require_interactions(library: Library, kind: str, signal: str) -> None:
    """Raise :func:`nothing_to_learn` when no rating or play of ``kind`` exists at all (a
    cheap check, so a training fails before it records a run)."""
    check_kind(kind)
    if not dataset_rows.has_interactions(
        library, kind, ratings=signal != "plays", plays=signal != "ratings"
    ):
        raise nothing_to_learn(kind, signal)


def check_kind(kind: str) -> None:
    if kind not in ITEM_KINDS:
        raise UserError(
            Message(
                "unknown item kind {kind!r}; use one of {choices}",
                kind=kind,
                choices=", ".join(ITEM_KINDS),
            )
        )


def dataset_from_library(
    library: Library,
    *,
    kind: str,
    profile_id: int | None = None,
    signal: str = "auto",
    time_decay_days: float | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    only_items: Sequence[int] | None = None,
) -> Dataset:
    """:func:`build_dataset` on an already open library (the training job reuses its own).

    ``only_items``: read the interactions of those of these items that have no attribute at
    all (only their content vector is their audience). Every catalogue item and its side
    information stay, and each pair's weight depends only on that pair's rows, so these items'
    content and audience vectors are exactly those of the whole data set, read in a fraction
    of the time on a large library. Not a data set to train on (it may hold no interaction).
    """
    check_kind(kind)
    if signal not in SIGNALS:
        raise UserError(
            Message(
                "unknown signal {signal!r}; use one of {choices}",
                signal=signal,
                choices=", ".join(SIGNALS),
            )
        )
    if time_decay_days is not None:
        if not np.isfinite(time_decay_days) or time_decay_days <= 0:
            raise UserError(
                Message(
                    "time decay {time_decay_days} days must be a positive number",
                    time_decay_days=time_decay_days,
                )
            )
        if signal == "ratings":
            raise UserError(
                Message(
                    "time decay applies to plays (signal 'plays' or 'auto'); star ratings keep their values"
                )
            )
    token = cancel if cancel is not None else CancelToken()
    token.raise_if_cancelled()
    progress(0.0, reading_library(kind))
    profiles = dataset_rows.profile_ids(library)
    if profile_id is not None and profile_id not in profiles:
        raise UserError(Message("no profile with id {profile}", profile=profile_id))
    catalogue = dataset_rows.catalogue(library, kind)
    dont_learn = dataset_rows.marked_items(library, "dont_learn")
    side = None
    if only_items is not None:
        side = _side_information(library, kind, catalogue)
        described = set(side["item_years"]).union(
            *(
                {i for i, values in by_item.items() if values}
                for by_item in side["item_attributes"].values()
            )
        )
        only_items = [i for i in only_items if str(i) not in described]
    token.raise_if_cancelled()
    progress(0.2, Message("Reading ratings and plays"))
    ratings = dataset_rows.ratings(library, kind, only_items) if signal != "plays" else []
    plays = dataset_rows.plays(library, kind, only_items) if signal != "ratings" else []
    token.raise_if_cancelled()
    progress(0.5, Message("Weighing the interactions"))
    if signal == "ratings":
        users, items, weights, times = _explicit(ratings, dont_learn)
    else:
        users, items, weights, times = _implicit(plays, ratings, dont_learn, time_decay_days)
    if len(users) == 0 and only_items is None:
        raise nothing_to_learn(kind, signal)
    token.raise_if_cancelled()
    progress(0.7, Message("Reading genres, tags and people"))
    if side is None:
        side = _side_information(library, kind, catalogue)
    friendships = [(str(a), str(b)) for a, b in dataset_rows.sharing_friendships(library)]
    token.raise_if_cancelled()
    progress(0.9, Message("Building the data set"))
    dataset = Dataset.from_arrays(
        users.astype(str),
        items.astype(str),
        weights,
        timestamps=times,
        extra_users=[str(p) for p in profiles],
        extra_items=[str(row[0]) for row in catalogue],
        friendships=friendships,
        **side,
    )
    progress(
        1.0,
        Message(
            "{interactions:,} interactions of {profiles} profiles",
            interactions=dataset.nnz,
            profiles=dataset.n_users,
        ),
    )
    return dataset


def _pair_keys(users: np.ndarray, items: np.ndarray, width: int) -> np.ndarray:
    return users.astype(np.int64) * width + items.astype(np.int64)


def _drop_marked(
    users: np.ndarray, items: np.ndarray, dont_learn: set[tuple[int, int]]
) -> np.ndarray:
    """Mask of rows whose ``(profile, item)`` is not marked "don't learn from this"."""
    if not dont_learn or len(users) == 0:
        return np.ones(len(users), dtype=bool)
    width = int(max(items.max(), max(i for _, i in dont_learn))) + 1
    marked = np.array([p * width + i for p, i in dont_learn], dtype=np.int64)
    return ~np.isin(_pair_keys(users, items, width), marked)


def _explicit(
    ratings: Sequence[tuple[int, int, float, float]], dont_learn: set[tuple[int, int]]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
    if not ratings:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty, np.empty(0, dtype=np.float32), None
    arr = np.asarray(ratings, dtype=np.float64)
    users, items = arr[:, 0].astype(np.int64), arr[:, 1].astype(np.int64)
    keep = _drop_marked(users, items, dont_learn)
    return users[keep], items[keep], arr[keep, 2].astype(np.float32), arr[keep, 3]


def _implicit(
    plays: Sequence[tuple[int, int, float | None, float, int, int]],
    ratings: Sequence[tuple[int, int, float, float]],
    dont_learn: set[tuple[int, int]],
    half_life_days: float | None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
    """Sum play and rating evidence per pair; keep positive sums as ``log1p`` weights."""
    users_parts: list[np.ndarray] = []
    items_parts: list[np.ndarray] = []
    value_parts: list[np.ndarray] = []
    time_parts: list[np.ndarray] = []
    if plays:
        p = np.asarray(
            [(a, b, np.nan if t is None else t, c, s, n) for a, b, t, c, s, n in plays],
            dtype=np.float64,
        )
        count = p[:, 5]
        users_parts.append(p[:, 0].astype(np.int64))
        items_parts.append(p[:, 1].astype(np.int64))
        value_parts.append(np.where(p[:, 4] > 0, SKIP_WEIGHT * count, p[:, 3] * count))
        time_parts.append(p[:, 2])
    if ratings:
        r = np.asarray(ratings, dtype=np.float64)
        users_parts.append(r[:, 0].astype(np.int64))
        items_parts.append(r[:, 1].astype(np.int64))
        value_parts.append(r[:, 2] - RATING_NEUTRAL)
        time_parts.append(r[:, 3])
    if not users_parts:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty, np.empty(0, dtype=np.float32), None
    users = np.concatenate(users_parts)
    items = np.concatenate(items_parts)
    values = np.concatenate(value_parts)
    times = np.concatenate(time_parts)
    keep = _drop_marked(users, items, dont_learn)
    users, items, values, times = users[keep], items[keep], values[keep], times[keep]
    dated = np.isfinite(times)
    if half_life_days is not None and dated.any():
        newest = times[dated].max()
        age_days = np.where(dated, (newest - np.where(dated, times, newest)) / _DAY, 0.0)
        values = values * np.power(0.5, age_days / half_life_days)
    if len(users) == 0:
        return users, items, np.empty(0, dtype=np.float32), None
    width = int(items.max()) + 1
    uniq, inverse = np.unique(_pair_keys(users, items, width), return_inverse=True)
    net = np.bincount(inverse, weights=values, minlength=len(uniq))
    latest = np.full(len(uniq), -np.inf)
    np.maximum.at(latest, inverse, np.where(dated, times, -np.inf))
    positive = net > 0
    uniq, net, latest = uniq[positive], net[positive], latest[positive]
    out_times: np.ndarray | None = None
    known = np.isfinite(latest)
    if known.any():
        # The Dataset needs a time for every cell or none: undated pairs count as the oldest.
        out_times = np.where(known, latest, latest[known].min())
    return uniq // width, uniq % width, np.log1p(net).astype(np.float32), out_times


def _duration_band(seconds: float) -> str:
    minutes = seconds / 60.0
    low = 0
    for high in _DURATION_BANDS:
        if minutes < high:
            return f"{low}-{high} min"
        low = high
    return f"{low}+ min"


def _side_information(
    library: Library, kind: str, catalogue: Sequence[tuple[Any, ...]]
) -> dict[str, Any]:
    """Item attributes, years and text for :meth:`Dataset.from_arrays`."""
    genres: dict[str, list[str]] = defaultdict(list)
    for item, name in dataset_rows.item_genres(library, kind):
        genres[str(item)].append(name)
    tags: dict[str, list[str]] = defaultdict(list)
    for item, name in dataset_rows.item_tags(library, kind):
        tags[str(item)].append(name)
    people: dict[str, list[str]] = defaultdict(list)
    for item, name in dataset_rows.item_people(library, kind):
        people[str(item)].append(name)
    years: dict[str, int] = {}
    text: dict[str, str] = {}
    durations: dict[str, list[str]] = {}
    for item_id, title, artist, album, year, duration, description in catalogue:
        key = str(item_id)
        if artist and artist not in people.get(key, ()):
            people[key].insert(0, artist)
        if year is not None:
            years[key] = int(year)
        if duration:
            durations[key] = [_duration_band(float(duration))]
        text[key] = "\n".join(part for part in (title, artist, album, description) if part)
    attributes = {
        name: dict(values)
        for name, values in (
            ("genres", genres),
            ("tags", tags),
            ("people", people),
            ("duration", durations),
            # How analysed tracks sound: scores tracks nobody played yet (services/sound_space).
            ("sound", sound_attributes(library) if kind == "track" else {}),
        )
        if values
    }
    return {"item_attributes": attributes, "item_years": years, "item_text": text}
