"""Daily mixes: each profile's taste in 2-6 mixes of 30-50 items, made again once a day and
after a retrain.

- :func:`generate_mixes`: one profile's mixes, computed (nothing stored). Favourites are what
  the profile rated 4 stars or more or played at least twice (not skipped), never an item
  marked "not interested" or whose file is missing; they are clustered by content (genres,
  tags, people: :mod:`desktop_recsys.engine.mixes`), and each cluster's mix takes about 60 %
  of its best-loved favourites and 40 % of the serving model's picks whose nearest cluster it
  is (without a model: the unheard items nearest the cluster). A mix is named after its
  cluster's top genres ("Soul & Funk mix"), else its top artists.
- :func:`refresh_mixes`: the idle-time job: regenerates and stores the mixes of every profile
  (or the given ones) whose mixes are missing, older than a day, or made from another model
  run than the one serving now (a retrain); returns what it did.
- :func:`stored_mixes`: the stored mixes of a profile (a cheap read for the window).

Mixes are stored in the library's ``meta`` table, one JSON value per profile and kind (key
``daily_mixes:<kind>:<profile id>``); they are derived data, made again at will.
"""

from __future__ import annotations

import json
import math
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library, dataset_rows, radio_rows
from desktop_recsys.progress import CancelToken, Message, ProgressFn, Terms, no_progress
from desktop_recsys.services import limits

if TYPE_CHECKING:
    from desktop_recsys.engine.dataset import Dataset
    from desktop_recsys.services.library_service import LibrarySession
    from desktop_recsys.services.recommend_service import ModelCache

#: Mixes older than this are made again by :func:`refresh_mixes`.
MAX_AGE_SECONDS = 24 * 3600
#: How many of the model's picks for the profile are shared out among its mixes.
CANDIDATES = 400
_KEY = "daily_mixes:{kind}:{profile}"
#: The profile's "sound" share of its mixes (0-1; ``services/sound_radio.with_sound_rows``).
_SOUND_KEY = "daily_mixes_sound:{kind}:{profile}"


@dataclass(frozen=True)
class Mix:
    """One daily mix: its name, its items in play order, how many are favourites."""

    number: int
    name: str
    item_ids: list[int]
    favourites: list[int]
    #: What the name was made of (genres or artists), most typical first.
    words: list[str] = field(default_factory=list)

    @property
    def picks(self) -> int:
        return len(self.item_ids) - len(self.favourites)


@dataclass(frozen=True)
class ProfileMixes:
    """A profile's mixes of one kind, when they were made and from which model run."""

    profile_id: int
    kind: str
    generated_at: float
    run_id: int | None
    mixes: list[Mix]
    #: Liked items clustered, and the share closer to their own cluster's centre.
    liked: int = 0
    own_centre_share: float = 1.0
    #: How much sound decided the clusters and picks (0: taste alone).
    sound_share: float = 0.0

    def to_json(self) -> str:
        return json.dumps(
            {
                "generated_at": self.generated_at,
                "run_id": self.run_id,
                "liked": self.liked,
                "own_centre_share": self.own_centre_share,
                "sound_share": self.sound_share,
                "mixes": [
                    {"words": m.words, "items": m.item_ids, "favourites": m.favourites}
                    for m in self.mixes
                ],
            }
        )

    @classmethod
    def from_json(cls, profile_id: int, kind: str, text: str) -> ProfileMixes | None:
        """The stored mixes, or None for a value this version cannot read."""
        try:
            data = json.loads(text)
            mixes = [
                Mix(
                    n,
                    mix_name([str(w) for w in m["words"]]),
                    [int(i) for i in m["items"]],
                    [int(i) for i in m["favourites"]],
                    [str(w) for w in m["words"]],
                )
                for n, m in enumerate(data["mixes"], start=1)
            ]
            return cls(
                profile_id,
                kind,
                float(data["generated_at"]),
                None if data.get("run_id") is None else int(data["run_id"]),
                mixes,
                int(data.get("liked", 0)),
                float(data.get("own_centre_share", 1.0)),
                float(data.get("sound_share", 0.0)),
            )
        except (ValueError, KeyError, TypeError):
            return None


def mix_name(words: Sequence[str]) -> str:
    """ "Soul & Funk mix", "Soul mix", or "Mix" with nothing to name it after (translatable)."""
    # A standard genre among the words reads in the person's language ("灵魂乐合辑"), a title
    # or a tag as it is (progress.Terms).
    if len(words) >= 2:
        return Message("{first} & {second} mix", first=Terms([words[0]]), second=Terms([words[1]]))
    if words:
        return Message("{name} mix", name=Terms([words[0]]))
    return Message("Mix")


def stored_mixes(library: Library, profile_id: int, kind: str = "track") -> ProfileMixes | None:
    """The mixes stored for a profile (None when none were made), items still in the library
    only (a removed item leaves its mix)."""
    text = library.meta.get(_KEY.format(kind=kind, profile=profile_id))
    if text is None:
        return None
    found = ProfileMixes.from_json(profile_id, kind, text)
    if found is None:
        return None
    every = {i for m in found.mixes for i in m.item_ids}
    present = set(dataset_rows.items_by_ids(library, sorted(every))) if every else set()
    present -= limits.blocked_ids(library, profile_id, kind)  # limits set after the mixes
    mixes = [
        Mix(
            m.number,
            m.name,
            [i for i in m.item_ids if i in present],
            [i for i in m.favourites if i in present],
            m.words,
        )
        for m in found.mixes
    ]
    return ProfileMixes(
        profile_id,
        kind,
        found.generated_at,
        found.run_id,
        mixes,
        found.liked,
        found.own_centre_share,
        found.sound_share,
    )


@dataclass
class _Catalogue:
    """What every profile's mixes of one kind share: the data set, its taste vectors, the
    items' genres and artists, the missing files (read once per refresh)."""

    dataset: Dataset
    vectors: Any
    genres: dict[int, list[str]]
    artists: dict[int, str | None]
    missing: set[int]
    kind_ids: set[int]


def _catalogue(library: Library, kind: str, dataset: Dataset | None) -> _Catalogue:
    from desktop_recsys.engine.mixes import taste_vectors
    from desktop_recsys.services.dataset_service import dataset_from_library

    if dataset is None:
        dataset = dataset_from_library(library, kind=kind)
    # (id, kind, title, artist, album, year, path, missing)
    rows = [(r[0], r[3], r[7]) for r in radio_rows.kind_items(library, kind)]
    return _Catalogue(
        dataset,
        taste_vectors(dataset),
        _genres(library, kind),
        {int(r[0]): r[1] for r in rows},
        {int(r[0]) for r in rows if r[2]},
        {int(r[0]) for r in rows},
    )


@dataclass(frozen=True)
class ListRow:
    """One row of a mix or radio list in the window."""

    item_id: int
    kind: str
    title: str
    artist: str | None
    album: str | None
    year: int | None


def mixes_for(session: LibrarySession, profile_id: int, kind: str = "track") -> ProfileMixes | None:
    """The stored mixes of a profile on the window's connection (a cheap read)."""
    return stored_mixes(session.library, profile_id, kind)


def sound_share_for(session: LibrarySession, profile_id: int, kind: str = "track") -> float:
    """The profile's "sound" share of its mixes on the window's connection (a cheap read)."""
    return mix_sound_share(session.library, profile_id, kind)


def serving_run_id(session: LibrarySession, profile_id: int, kind: str = "track") -> int | None:
    """The model run that serves the profile now (None without one): mixes made from another
    are out of date."""
    return _serving_run_id(session.library, profile_id, kind)


def _serving_run_id(library: Library, profile_id: int, kind: str) -> int | None:
    runs = library.model_runs.serving_candidates(profile_id, kind, None)
    return runs[0].id if runs else None


def list_rows(session: LibrarySession, item_ids: Sequence[int]) -> list[ListRow]:
    """The rows of a list of items in order (items removed since are left out)."""
    found = dataset_rows.items_by_ids(session.library, list(dict.fromkeys(item_ids)))
    return [
        ListRow(i, str(found[i][1]), str(found[i][2]), found[i][3], found[i][4], found[i][5])
        for i in item_ids
        if i in found
    ]


def _liked(
    library: Library, profile_id: int, kinds: set[int], refused: set[int]
) -> dict[int, float]:
    """The profile's favourites among ``kinds`` (item ids) and how much each is loved."""
    stars: dict[int, float] = {}
    for r in library.ratings.for_profile(profile_id):
        if r.item_id in kinds:
            stars[r.item_id] = r.rating
    plays: Counter[int] = Counter()
    for p in library.plays.for_profile(profile_id):
        if not p.skipped and p.item_id in kinds:
            plays[p.item_id] += p.count
    liked: dict[int, float] = {}
    for item in set(stars) | set(plays):
        if item in refused:
            continue
        rating, count = stars.get(item, 0.0), plays.get(item, 0)
        if rating >= 4.0 or (count >= 2 and (item not in stars or rating >= 3.0)):
            liked[item] = rating + math.log1p(count)
    return liked


def generate_mixes(
    library: Library,
    models_dir: str | Path | None,
    profile_id: int,
    *,
    kind: str = "track",
    dataset: Dataset | None = None,
    cache: ModelCache | None = None,
    cancel: CancelToken | None = None,
    catalogue: _Catalogue | None = None,
    sound_share: float = 0.0,
) -> ProfileMixes:
    """One profile's mixes (see the module docs); nothing is stored. ``dataset`` (every
    profile's, from :func:`~desktop_recsys.services.dataset_service.dataset_from_library`)
    may be passed in when making the mixes of many profiles. ``sound_share`` (0-1): how much
    the tracks' sound decides the clusters and the picks near them (0: taste alone)."""
    # Deferred: the engine (numpy, scipy, scikit-learn) loads only when mixes are made.
    from desktop_recsys.engine.mixes import dense_rows, mix_order, own_centre_share, plan_mixes
    from desktop_recsys.services.recommend_service import NoModelError
    from desktop_recsys.services.recommend_service import _serving_model as serving_model

    token = cancel if cancel is not None else CancelToken()
    library.profiles.require(profile_id)
    shared = catalogue if catalogue is not None else _catalogue(library, kind, dataset)
    dataset = shared.dataset
    refused = {i for _, i in dataset_rows.marked_items(library, "not_interested", profile_id)}
    refused |= shared.missing
    refused |= limits.blocked_ids(library, profile_id, kind)  # the profile's limits
    liked = _liked(library, profile_id, shared.kind_ids, refused)
    index = {str(i): dataset.item_index(str(i)) for i in liked}
    liked_ids = sorted(
        (i for i in liked if index[str(i)] is not None), key=lambda i: (-liked[i], i)
    )
    token.raise_if_cancelled()
    run_id: int | None = None
    candidate_ids: list[int] = []
    candidate_scores: list[float] = []
    seen = dataset_rows.profile_item_ids(library, profile_id, kind)
    if models_dir is not None:
        try:
            run, model = serving_model(library, Path(models_dir), profile_id, kind, None, cache)
        except NoModelError:
            run = None
        if run is not None:
            run_id = run.id
            ranked = model.recommend(
                str(profile_id), CANDIDATES, exclude=[str(i) for i in refused | set(liked)]
            )
            for item, score in ranked:
                if dataset.item_index(item) is not None and int(item) not in seen:
                    candidate_ids.append(int(item))
                    candidate_scores.append(float(score))
    if run_id is None:
        # No model: the unheard items nearest each cluster (closeness alone decides).
        candidate_ids = [
            int(i)
            for i in dataset.item_ids
            if int(i) not in seen and int(i) not in refused and int(i) not in liked
        ]
        candidate_scores = [0.0] * len(candidate_ids)
    # A profile new to the kind: its picks follow the taste of its other kind too (issue 18,
    # the For you blend); with too few favourites to cluster, the blend's best picks stand in
    # for them (shown as picks, never as favourites).
    candidate_ids, candidate_scores, anchors = _cross_kind_picks(
        library, profile_id, kind, dataset, candidate_ids, candidate_scores, liked_ids,
        refused | seen | set(liked),
    )  # fmt: skip
    basis = liked_ids + anchors
    weights = [liked[i] for i in liked_ids] + [1.0] * len(anchors)
    liked_rows, cand_rows = dense_rows(
        shared.vectors,
        [dataset.item_index(str(i)) for i in basis],
        [dataset.item_index(str(i)) for i in candidate_ids],
    )
    if sound_share > 0 and kind == "track":
        from desktop_recsys.services.sound_radio import with_sound_rows
        from desktop_recsys.services.sound_space import space_for

        space = space_for(library)
        liked_rows = with_sound_rows(space, sound_share, basis, liked_rows)
        cand_rows = with_sound_rows(space, sound_share, candidate_ids, cand_rows)
    token.raise_if_cancelled()
    plans, labels, centres = plan_mixes(liked_rows, weights, cand_rows, candidate_scores)
    share = own_centre_share(liked_rows, labels, centres) if len(centres) > 1 else 1.0
    artists = shared.artists
    mixes: list[Mix] = []
    used_names: set[str] = set()
    for number, plan in enumerate(plans, start=1):
        stand_ins = [basis[i] for i in plan.favourites if basis[i] not in liked]
        favourites = [basis[i] for i in plan.favourites if basis[i] in liked]
        picks = stand_ins + [candidate_ids[i] for i in plan.picks]
        items = favourites + picks
        values = [liked[i] / 10.0 + 0.5 for i in favourites] + [
            0.5 - k / (2 * max(1, len(picks))) for k in range(len(picks))
        ]
        order = mix_order(items, [artists.get(i) for i in items], values)
        words = _name_words(favourites or items, shared.genres, artists, used_names)
        used_names.add(" & ".join(words))
        mixes.append(Mix(number, mix_name(words), [int(i) for i in order], favourites, words))
    return ProfileMixes(
        profile_id,
        kind,
        time.time(),
        run_id,
        mixes,
        len(liked_ids),
        round(share, 4),
        float(sound_share) if kind == "track" else 0.0,
    )


#: With fewer favourites than a mix needs (``engine.mixes.MIN_LIKED``), this many of the
#: cross-kind blend's best picks stand in for them.
STAND_INS = 60
#: ... and this many of the next best are the candidates dealt out among their mixes.
STAND_IN_PICKS = 60


def _cross_kind_picks(
    library: Library,
    profile_id: int,
    kind: str,
    dataset: Dataset,
    candidate_ids: list[int],
    candidate_scores: list[float],
    liked_ids: list[int],
    exclude: set[int],
) -> tuple[list[int], list[float], list[int]]:
    """``(candidates, scores, stand-ins)``: the candidates in the order of the cross-kind
    blend (:func:`desktop_recsys.services.cross_kind.blend_ranking`, the one For you uses)
    for a profile new to the kind, unchanged otherwise; stand-ins only when the profile has
    too few favourites of the kind to cluster."""
    # Deferred: the cross-kind list and the mixes engine load numpy and scipy.
    from desktop_recsys.engine.mixes import MIN_LIKED
    from desktop_recsys.services import cross_kind

    mixed = cross_kind.blend_ranking(
        cross_kind.cross_list(library, profile_id, kind),
        zip(candidate_ids, candidate_scores, strict=True),
        exclude=exclude,
    )
    if mixed is None:
        return candidate_ids, candidate_scores, []
    pairs = [
        (i, s)
        for i, s in zip(mixed.item_ids, mixed.scores, strict=True)
        if i not in exclude and dataset.item_index(str(i)) is not None
    ]
    anchors: list[int] = []
    if len(liked_ids) < MIN_LIKED:
        # Nothing of the kind to cluster around: the picks come from the top of the blend,
        # where the other kind's taste is surest (deeper down it is close to popularity).
        anchors = [i for i, _ in pairs[:STAND_INS]]
        pairs = pairs[STAND_INS : STAND_INS + STAND_IN_PICKS]
    return [i for i, _ in pairs], [s for _, s in pairs], anchors


def mix_sound_share(library: Library, profile_id: int, kind: str = "track") -> float:
    """The profile's chosen "sound" share of its mixes (0 until one is chosen)."""
    stored = library.meta.get(_SOUND_KEY.format(kind=kind, profile=profile_id))
    try:
        return min(1.0, max(0.0, float(stored))) if stored is not None else 0.0
    except ValueError:
        return 0.0


def _genres(library: Library, kind: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for item, genre in dataset_rows.item_genres(library, kind):
        out.setdefault(int(item), []).append(str(genre))
    return out


def _name_words(
    favourites: list[int],
    genres_of: dict[int, list[str]],
    artists: dict[int, str | None],
    taken: set[str],
) -> list[str]:
    """The two genres (else artists) most common among a mix's favourites, choosing another
    pair when another mix already has that name."""
    for counts in (
        Counter(g for i in favourites for g in genres_of.get(i, [])),
        Counter(artists[i] for i in favourites if artists.get(i)),
    ):
        ranked = [w for w, _ in sorted(counts.items(), key=lambda p: (-p[1], str(p[0])))]
        if not ranked:
            continue
        for first in range(len(ranked)):
            words = ranked[first : first + 2] if len(ranked) > 1 else ranked[:1]
            if " & ".join(words) not in taken:
                return [str(w) for w in words]
    return []


def refresh_mixes(
    library_path: str | Path,
    models_dir: str | Path | None,
    *,
    profiles: Sequence[int | str] | None = None,
    kind: str = "track",
    force: bool = False,
    max_age: float = MAX_AGE_SECONDS,
    cache: ModelCache | None = None,
    sound_share: float | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> dict[int, int]:
    """Make and store the mixes of every profile (or ``profiles``) that needs them: none yet,
    older than ``max_age`` seconds, made from another model run than the serving one, made
    with another "sound" share than the profile's, or ``force``. ``sound_share`` (0-1) is
    stored as the chosen share of those profiles first. Returns ``{profile id: number of
    mixes}`` for the profiles made again."""
    # Deferred: the engine (numpy, scipy) loads only when mixes are made.
    from threadpoolctl import threadpool_limits

    from desktop_recsys.blas_caps import blas_cap
    from desktop_recsys.services.dataset_service import dataset_from_library, resolve_profile

    token = cancel if cancel is not None else CancelToken()
    made: dict[int, int] = {}
    # k-means on a few hundred rows: threads cost more than they save (7x slower on 2 cores).
    # BLAS through a cap counted with other threads' caps (desktop_recsys/blas_caps); OpenMP
    # (k-means' own threads) per thread, in this one.
    with (
        blas_cap(1),
        threadpool_limits(limits=1, user_api="openmp"),
        Library.open(Path(library_path)) as library,
    ):
        if profiles is None:
            ids = dataset_rows.profile_ids(library)
        else:
            ids = [int(resolve_profile(library, p) or 0) for p in profiles]
        if sound_share is not None:
            from desktop_recsys.services.sound_radio import check_share

            for profile_id in ids:
                key = _SOUND_KEY.format(kind=kind, profile=profile_id)
                library.meta.set(key, str(check_share(sound_share)))
        now = time.time()
        due: list[int] = []
        for profile_id in ids:
            old = stored_mixes(library, profile_id, kind)
            run_id = _serving_run_id(library, profile_id, kind) if models_dir is not None else None
            other_sound = (
                old is not None
                and kind == "track"
                and old.sound_share != mix_sound_share(library, profile_id)
            )
            stale = old is None or now - old.generated_at > max_age or old.run_id != run_id
            if force or stale or other_sound:  # other_sound: another "sound" share chosen
                due.append(profile_id)
        if not due:
            progress(1.0, Message("The mixes are up to date"))
            return made
        progress(0.05, Message("Reading the library"))
        try:
            shared: _Catalogue | None = _catalogue(
                library, kind, dataset_from_library(library, kind=kind, cancel=token)
            )
        except UserError:
            shared = None  # nothing to learn from: no favourites, so no mixes
        for n, profile_id in enumerate(due):
            token.raise_if_cancelled()
            progress(0.1 + 0.9 * n / len(due), Message("Making the daily mixes"))
            if shared is None:
                result = ProfileMixes(profile_id, kind, time.time(), None, [])
            else:
                result = generate_mixes(
                    library,
                    models_dir,
                    profile_id,
                    kind=kind,
                    cache=cache,
                    cancel=token,
                    catalogue=shared,
                    sound_share=mix_sound_share(library, profile_id, kind),
                )
            library.meta.set(_KEY.format(kind=kind, profile=profile_id), result.to_json())
            made[profile_id] = len(result.mixes)
    progress(1.0, Message("{count} profiles' mixes made", count=len(made)))
    return made
