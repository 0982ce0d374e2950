"""What a person played lately, folded into their list (issue 17: lists that follow you).

A model learns from a profile's whole history; twenty plays of a genre new to someone with
seven hundred plays barely move it, even once it is retrained (measured on the demo library:
the default model's top 20 gained no track of the new genre). So the For you list blends the
model's ranking with the content of the profile's recent positive interactions (plays not
skipped and ratings of 3.5 stars or more in the last :data:`RECENT_DAYS` days, newest
:data:`RECENT_MAX` of them): the candidates are the model's plus the items most like those
recent ones, and each gets ``(1 - w) * z(model score) + w * z(likeness)``, where the weight
``w`` grows with the number of recent interactions up to :data:`MAX_WEIGHT`. Fewer than
:data:`RECENT_MIN` recent interactions leave the list as the model made it.

Items the profile has seen, marked "don't learn from this" or "not interested" are never added.
Recent items marked "don't learn from this" do not count either.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_recsys.library import Library, dataset_rows
from desktop_recsys.progress import Message, listing
from desktop_recsys.services import limits
from desktop_recsys.services.evidence import CitedItem, Evidence, ProfileFacts

if TYPE_CHECKING:
    from desktop_recsys.engine.dataset import Dataset
    from desktop_recsys.services.recommend_service import Recommendations

#: How far back "lately" reaches.
RECENT_DAYS = 14
#: At most this many recent interactions count (the newest).
RECENT_MAX = 50
#: Fewer recent interactions than this: the model's list as it is.
RECENT_MIN = 5
#: The blend's weight on recent likeness reaches this with :data:`FULL_WEIGHT_AT` interactions.
MAX_WEIGHT = 0.55
FULL_WEIGHT_AT = 20
#: A rating counts as liked from this many stars.
LIKED_STARS = 3.5


def recent_items(
    library: Library, profile_id: int, kind: str, now: float | None = None
) -> list[int]:
    """The profile's recent positive ``kind`` items, newest first (see the module docs)."""
    since = (time.time() if now is None else now) - RECENT_DAYS * 86400
    dont_learn = {i for _, i in dataset_rows.marked_items(library, "dont_learn", profile_id)}
    dated: dict[int, float] = {}
    for play in library.plays.for_profile(profile_id, limit=4 * RECENT_MAX):
        if play.played_at is not None and play.played_at >= since and not play.skipped:
            dated[play.item_id] = max(dated.get(play.item_id, 0.0), play.played_at)
    for rating in library.ratings.for_profile(profile_id):
        if rating.rated_at >= since and rating.rating >= LIKED_STARS:
            dated[rating.item_id] = max(dated.get(rating.item_id, 0.0), rating.rated_at)
    meta = dataset_rows.items_by_ids(library, sorted(dated))
    newest = sorted(
        (i for i in dated if i in meta and meta[i][1] == kind and i not in dont_learn),
        key=lambda i: -dated[i],
    )
    return newest[:RECENT_MAX]


def recent_enough(library_path: str | Path, profile_id: int, kind: str) -> list[int]:
    """The profile's recent positive items when there are enough for :func:`blend` to change
    a list, else an empty list (read once; pass it to :func:`blend`)."""
    with Library.open(Path(library_path)) as library:
        recent = recent_items(library, profile_id, kind)
    return recent if len(recent) >= RECENT_MIN else []


def blend(
    library_path: str | Path,
    recs: Recommendations,
    dataset: Dataset | None,
    *,
    extra: int = 50,
    now: float | None = None,
    recent: list[int] | None = None,
) -> Recommendations:
    """``recs`` re-ranked by the profile's recent taste (module docs); unchanged without
    enough recent interactions or without ``dataset`` (the content the likeness comes from)."""
    if dataset is None or not recs.rows:
        return recs
    # Deferred: numpy and the engine are loaded only once a list is asked for.
    import numpy as np

    from desktop_recsys.engine.rerank import item_vectors

    with Library.open(Path(library_path)) as library:
        if recent is None:  # not read by the caller (recent_enough)
            recent = recent_items(library, recs.profile_id, recs.kind, now)
        if len(recent) < RECENT_MIN:
            return recs
        blocked = dataset_rows.profile_item_ids(library, recs.profile_id, recs.kind)
        blocked |= {
            i for _, i in dataset_rows.marked_items(library, "not_interested", recs.profile_id)
        }
        blocked |= limits.blocked_ids(library, recs.profile_id, recs.kind)  # its limits
        recent = [i for i in recent if dataset.item_index(str(i)) is not None]
        if len(recent) < RECENT_MIN:
            return recs
        rows_of_recent = [dataset.item_index(str(i)) for i in recent]
        vectors = item_vectors(dataset)
        taste = np.asarray(vectors[rows_of_recent].sum(axis=0)).ravel()
        norm = float(np.linalg.norm(taste))
        if norm == 0:
            return recs
        likeness = np.asarray(vectors @ (taste / norm)).ravel()
        ids = [int(i) for i in dataset.item_ids]
        shown = {r.item_id for r in recs.rows}
        order = np.argsort(-likeness, kind="stable")
        added = [
            ids[k]
            for k in order[: 4 * extra + len(blocked) + len(shown)]
            if ids[k] not in blocked and ids[k] not in shown and likeness[k] > 0
        ][:extra]
        meta = dataset_rows.items_by_ids(library, added + recent)
        # Named as the model's reasons name them: "The Rain (2000)" where titles repeat.
        label = ProfileFacts(
            ambiguous=dataset_rows.shared_titles(
                library, recs.kind, [str(meta[i][2]) for i in recent if i in meta]
            )
        ).label
    # How alike each added item is to each recent one: the three closest are its reason.
    pair = np.asarray(
        (vectors[[dataset.item_index(str(i)) for i in added]] @ vectors[rows_of_recent].T).todense()
    ).reshape(len(added), len(recent))
    cited = {
        item: [(recent[j], float(pair[a, j])) for j in np.argsort(-pair[a], kind="stable")[:3]]
        for a, item in enumerate(added)
    }
    weight = MAX_WEIGHT * min(1.0, len(recent) / FULL_WEIGHT_AT)
    model = np.array([r.score for r in recs.rows], dtype=np.float64)
    model_z = _z(np.concatenate([model, np.full(len(added), model.min())]))
    like_of = {ids[k]: float(likeness[k]) for k in range(len(ids))}
    candidates = [r.item_id for r in recs.rows] + added
    like_z = _z(np.array([like_of.get(i, 0.0) for i in candidates]))
    final = (1 - weight) * model_z + weight * like_z
    rows = list(recs.rows) + [
        _row(item, meta, cited[item], label) for item in added if item in meta
    ]
    ranked = sorted(range(len(rows)), key=lambda k: (-final[k], k))
    out = [
        dataclasses.replace(rows[k], rank=rank, score=float(final[k]))
        for rank, k in enumerate(ranked, 1)
    ]
    return dataclasses.replace(recs, rows=out)


def _row(
    item: int,
    meta: dict[int, tuple[Any, ...]],
    cited: list[tuple[int, float]],
    label: Callable[[str, int | None], str],
) -> Any:
    """A list row for an item the recent taste added: its reason names the recent items most
    like it, by ``label`` (title, with the year where another item shares it); its evidence
    keeps the bare title beside the year."""
    # Deferred with the module that defines the row (it loads the engine).
    from desktop_recsys.services.recommend_service import RecommendedItem

    info = meta[item]
    titles = tuple((i, str(meta[i][2]), w) for i, w in cited if i in meta and w > 0)
    because = tuple((i, label(title, meta[i][5]), w) for i, title, w in titles)
    names = [name for _, name, _ in because]
    return RecommendedItem(
        rank=0,
        item_id=item,
        kind=info[1],
        title=info[2],
        artist=info[3],
        album=info[4],
        year=info[5],
        genres=info[6],
        score=0.0,
        explanation=Message("Like what you played lately: {names}", names=listing(names)),
        because=because,
        evidence=Evidence(items=tuple(CitedItem(i, t, meta[i][5], w) for i, t, w in titles)),
    )


def _z(values: Any) -> Any:
    """Standard scores of a numpy vector (zeros when all are equal)."""
    import numpy as np  # deferred with the rest

    spread = float(values.std())
    return (values - values.mean()) / spread if spread > 0 else np.zeros_like(values)
