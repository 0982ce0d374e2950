"""Post-processing of recommendation lists: diversity and negative feedback.

- :func:`mmr`: maximal marginal relevance (Carbonell and Goldstein, SIGIR 1998). Items are
  picked one at a time by ``(1 - trade_off) * relevance - trade_off * max_similarity`` to the
  items already picked, relevance rescaled to 0..1 within the list. ``trade_off`` is the GUI's
  diversity slider: 0 keeps the relevance order exactly, 1 picks each next item as unlike the
  previous picks as possible (relevance then only breaks ties).
- :func:`item_vectors`: unit-length item vectors from a data set's side information (genres,
  tags, people, decade), the similarity MMR uses by default; items without side information
  fall back to their audience (who has them).
- :class:`Exclusions` / :func:`excluded_items`: "not interested" marks and exclusion by kind
  or genre, turned into the ``exclude=`` set every recommender takes, so excluded items never
  reach a list (not merely filtered out afterwards, which would shorten it).
- :func:`recommend_filtered`: one call the services use: exclusions, then an over-fetched
  list, then MMR down to ``n``.
- :func:`rescale_scores` / :func:`combine_group_scores`: group mode (a film night, a party
  playlist): each member's scores rescaled to 0..1 within their own list, then combined into
  one ranking by their ``average`` or by ``least_misery`` (the lowest member's score).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine.base import RecommendationList, Recommender
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.features import idf, l2_normalise_rows

#: An item id of a group's lists (ids are compared to break ties, so one type per call).
K = TypeVar("K", int, str)


def mmr(
    relevance: Sequence[float] | np.ndarray,
    vectors: sp.spmatrix | np.ndarray,
    trade_off: float,
    n: int | None = None,
) -> np.ndarray:
    """Positions (into ``relevance``) of the MMR order, ``n`` of them (all by default).

    ``vectors`` holds one unit-length row per candidate (sparse or dense); similarity is
    their dot product. Ties are broken by relevance, then by position.
    """
    if not 0.0 <= trade_off <= 1.0:
        raise ValueError("trade_off must be between 0 and 1")
    rel = np.asarray(relevance, dtype=np.float64)
    m = len(rel)
    n = m if n is None else min(n, m)
    if m == 0 or n <= 0:
        return np.empty(0, dtype=np.int64)
    span = rel.max() - rel.min()
    rel01 = (rel - rel.min()) / span if span > 0 else np.zeros(m)
    if trade_off == 0.0:
        return np.lexsort((np.arange(m), -rel))[:n]
    v = vectors.toarray() if sp.issparse(vectors) else np.asarray(vectors, dtype=np.float64)
    sim = v @ v.T  # candidates x candidates: lists are short (tens to a few hundred)
    max_sim = np.zeros(m)
    chosen = np.zeros(m, dtype=bool)
    order = np.empty(n, dtype=np.int64)
    # Relevance rank as a tie-breaker smaller than any real difference of the objective.
    tie = np.empty(m)
    tie[np.lexsort((np.arange(m), -rel))] = -np.arange(m) * 1e-9
    for k in range(n):
        objective = (1.0 - trade_off) * rel01 - trade_off * max_sim + tie
        objective[chosen] = -np.inf
        pick = int(np.argmax(objective))
        order[k] = pick
        chosen[pick] = True
        max_sim = np.maximum(max_sim, sim[pick])
    return order


def intra_list_similarity(vectors: sp.spmatrix | np.ndarray) -> float:
    """Mean pairwise similarity of a list's item vectors (lower is more diverse)."""
    v = vectors.toarray() if sp.issparse(vectors) else np.asarray(vectors, dtype=np.float64)
    m = len(v)
    if m < 2:
        return 0.0
    sim = v @ v.T
    return float((sim.sum() - np.trace(sim)) / (m * (m - 1)))


def item_vectors(dataset: Dataset) -> sp.csr_matrix:
    """Unit-length ``items x features`` rows for MMR similarity (IDF-weighted attributes,
    audience for items without any)."""
    return item_vectors_described(dataset)[0]


def item_vectors_described(dataset: Dataset) -> tuple[sp.csr_matrix, np.ndarray]:
    """:func:`item_vectors` and which items have an attribute (their rows do not depend on
    the interactions; the others' rows are their audience)."""
    attr, _ = dataset.item_feature_matrix()
    vec = l2_normalise_rows(attr @ sp.diags(idf(attr))) if attr.shape[1] else attr
    empty = np.diff(vec.indptr) == 0
    if empty.any():
        aud = l2_normalise_rows(dataset.matrix.T.tocsr())
        aud = sp.diags(empty.astype(np.float32)) @ aud
        vec = sp.hstack([vec, aud], format="csr")
    return sp.csr_matrix(vec), ~empty


@dataclass(frozen=True)
class Exclusions:
    """What a profile never wants to see: "not interested" items, kinds and genres."""

    not_interested: frozenset[str] = field(default_factory=frozenset)
    kinds: frozenset[str] = field(default_factory=frozenset)
    genres: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(
        cls,
        not_interested: Iterable[str] = (),
        kinds: Iterable[str] = (),
        genres: Iterable[str] = (),
    ) -> Exclusions:
        return cls(frozenset(map(str, not_interested)), frozenset(kinds), frozenset(genres))


def excluded_items(dataset: Dataset, rules: Exclusions) -> set[str]:
    """Item ids to pass as ``exclude=``: marked items, plus items of an excluded kind
    (attribute ``"kind"``) or carrying an excluded genre (attribute ``"genres"``).

    Genre and kind matching is case-insensitive.
    """
    out = set(rules.not_interested)
    for attribute, banned in (("kind", rules.kinds), ("genres", rules.genres)):
        if not banned:
            continue
        low = {b.casefold() for b in banned}
        for item, values in dataset.item_attributes.get(attribute, {}).items():
            if any(v.casefold() in low for v in values):
                out.add(item)
    return out


def recommend_filtered(
    model: Recommender,
    user: str,
    n: int,
    *,
    dataset: Dataset | None = None,
    rules: Exclusions | None = None,
    diversity: float = 0.0,
    vectors: sp.csr_matrix | None = None,
    pool: int = 3,
) -> RecommendationList:
    """Recommend ``n`` items honouring exclusions and the diversity slider.

    With ``diversity > 0`` the model is asked for ``pool * n`` items and MMR keeps ``n``;
    ``vectors`` (rows aligned with ``model.item_ids``) default to :func:`item_vectors` of
    ``dataset``. Model-ranked items stay ahead of popularity-filled ones.
    """
    exclude = excluded_items(dataset, rules) if (rules and dataset is not None) else set()
    if rules and dataset is None:
        exclude = set(rules.not_interested)
    if diversity <= 0:
        return model.recommend(user, n, exclude=exclude)
    recs = model.recommend(user, max(n, pool * n), exclude=exclude)
    if vectors is None:
        if dataset is None:
            raise ValueError("diversity needs item vectors or the data set")
        vectors = item_vectors(dataset)
    index = {u: i for i, u in enumerate(model.item_ids.tolist())}
    rows = np.array([index[i] for i in recs.items], dtype=np.int64)
    head = recs.fallback_from
    # Keep model-ranked items first: diversify within them, then within the filler.
    parts = []
    for lo, hi in ((0, head), (head, len(rows))):
        if hi > lo:
            order = mmr(np.asarray(recs.scores[lo:hi]), vectors[rows[lo:hi]], diversity)
            parts.append(lo + order)
    order = np.concatenate(parts)[:n] if parts else np.empty(0, dtype=np.int64)
    return RecommendationList(
        recs.user,
        [recs.items[k] for k in order],
        [recs.scores[k] for k in order],
        int(min(head, n)),
        recs.reason,
    )


def rescale_scores(scores: Mapping[K, float]) -> dict[K, float]:
    """``scores`` rescaled to 0..1 within their own list: the lowest to 0, the highest to 1
    (every item 1.0 when all scores are equal)."""
    values = list(scores.values())
    low, high = (min(values), max(values)) if values else (0.0, 1.0)
    span = high - low
    return {item: (score - low) / span if span > 0 else 1.0 for item, score in scores.items()}


def combine_group_scores(
    members: Sequence[Mapping[K, float]],
    strategy: str = "average",
    *,
    exclude: AbstractSet[K] = frozenset(),
) -> list[tuple[K, float]]:
    """One ranking for a group from each member's rescaled scores (:func:`rescale_scores`).

    Every item on any member's list is a candidate; an item off a member's list counts 0 for
    that member. ``average`` takes the members' mean, ``least_misery`` the lowest, so nobody
    gets a pick they would hate (any other ``strategy`` is a ValueError). Items in
    ``exclude`` and items whose combined value is 0 are left out. Returns ``(item, value)``
    pairs, best first, ties by item id.
    """
    if strategy not in ("average", "least_misery"):
        raise ValueError(f"unknown group strategy {strategy!r}")
    candidates: dict[K, None] = {}
    for scores in members:
        candidates.update(dict.fromkeys(scores))
    combined: list[tuple[float, K]] = []
    for item in candidates:
        if item in exclude:
            continue
        each = [scores.get(item, 0.0) for scores in members]
        value = min(each) if strategy == "least_misery" else sum(each) / len(each)
        if value > 0:
            combined.append((value, item))
    combined.sort(key=lambda pair: (-pair[0], pair[1]))
    return [(item, value) for value, item in combined]


def diversify_within_taste(
    relevance: Sequence[float] | np.ndarray,
    vectors: sp.spmatrix | np.ndarray,
    n: int,
    diversity: float,
    *,
    floor_rank: int | None = None,
    relevance_weight: float = 2.0,
) -> np.ndarray:
    """Positions (into ``relevance``) of a list of ``n`` made more varied by ``diversity``
    (0..1), best relevance first.

    The list starts as the ``n`` most relevant candidates. Each step swaps one of its items
    for a candidate outside it so that the list's summed pairwise similarity falls most, less
    ``relevance_weight`` times the relevance (rescaled 0..1) given up; a swap is made only if
    the similarity truly falls. ``diversity`` sets the number of swaps: ``ceil(diversity * n
    / 2)``, so every step of the slider changes the list and its intra-list diversity only
    grows. Only candidates above the relevance floor take part: the ``floor_rank`` most
    relevant (``2 n`` unless given), so a varied list stays within the profile's taste.
    The list is shown in relevance order.
    """
    if not 0.0 <= diversity <= 1.0:
        raise ValueError("diversity must be between 0 and 1")
    rel = np.asarray(relevance, dtype=np.float64)
    m = len(rel)
    n = min(n, m)
    by_relevance = np.lexsort((np.arange(m), -rel))
    if n <= 0:
        return np.empty(0, dtype=np.int64)
    swaps = int(np.ceil(diversity * n / 2 - 1e-9))
    pool = by_relevance[: max(n, min(m, floor_rank if floor_rank is not None else 2 * n))]
    if swaps == 0 or len(pool) == n:
        return by_relevance[:n]
    v = vectors.toarray() if sp.issparse(vectors) else np.asarray(vectors, dtype=np.float64)
    v = v[pool]
    sim = v @ v.T
    np.fill_diagonal(sim, 0.0)
    prel = rel[pool]
    span = prel.max() - prel.min()
    rel01 = (prel - prel.min()) / span if span > 0 else np.zeros(len(pool))
    inside = np.zeros(len(pool), dtype=bool)
    inside[:n] = True
    for _ in range(swaps):
        members = np.flatnonzero(inside)
        others = np.flatnonzero(~inside)
        if len(others) == 0:
            break
        # Similarity each member brings to the list, and what each outsider would bring
        # in its place: swap gain[i, c] = redundancy[i] - (sum over members of sim[c] -
        # sim[c, i]).
        redundancy = sim[np.ix_(members, members)].sum(axis=1)
        brought = sim[np.ix_(others, members)].sum(axis=1)
        fall = redundancy[:, None] - (brought[None, :] - sim[np.ix_(members, others)])
        gain = fall - relevance_weight * (rel01[members][:, None] - rel01[others][None, :])
        gain[fall <= 1e-12] = -np.inf
        best = np.unravel_index(int(np.argmax(gain)), gain.shape)
        if not np.isfinite(gain[best]):
            break
        inside[members[best[0]]] = False
        inside[others[best[1]]] = True
    return pool[np.flatnonzero(inside)]  # pool is in relevance order
