""" "What if" explanations: where a recommended item would rank without one piece of evidence.

For a user ``u``, a recommended item ``i`` and an item ``j`` of ``u``'s history, the scores of
every item are recomputed as if ``u`` did not have ``j`` (the model's learned parameters
unchanged), and ``i``'s rank is found again among the same candidates (every item the user has
not seen and the caller does not exclude; ``j`` itself stays out).

Exact for the models whose score of a history is known in closed form:

- ``ease``: ``score(u) = x_u B``, so without ``j`` every item's score drops by
  ``x_uj B[j, :]`` (:meth:`~.algorithms.ease.EaseRecommender.weights_from`);
- ``item-knn``: ``score(u) = x_u S``, so every item drops by ``x_uj S[j, :]``;
- ``als``: the user's factors are re-solved by least squares with the item factors fixed
  (``(Y^T C_u Y + reg I)^-1 Y^T C_u p_u`` without ``j``); the change is added to the served
  factors, so what the solver left of the training's approximation stays as it was;
- ``default``: each component as above, standardised and blended as the model does, with the
  cold-profile blend toward popularity for one interaction fewer.

- ``content``: the user's profile without ``j``'s features, normalised again, against every
  item (the score is that cosine).

Elsewhere (BPR, the social and hybrid models, the learned ranker, ...) the answer is
approximate: only ``i``'s score moves, losing ``j``'s share (in the model's explanation) of
what lifts it above the median candidate; the other items keep theirs; the result says
``exact=False``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from desktop_recsys.engine.base import Recommender


@dataclass(frozen=True)
class WhatIf:
    """``item``'s rank (1 = first) if the user did not have ``removed``; ``rank`` is None when
    the model would no longer rank it from the history at all (a neighbourhood model with no
    evidence left)."""

    item: str
    removed: str
    rank: int | None
    #: The rank it has now, over the same candidates.
    rank_now: int | None
    #: True when recomputed exactly (module docs); False for the approximation.
    exact: bool


#: How many "without j" score arrays a ranker keeps (one float per item each).
_KEEP_WITHOUT = 64


class WhatIfRanker:
    """Counterfactual ranks for one user of one fitted model (base scores computed once)."""

    def __init__(self, model: Recommender, user: str, *, exclude: Iterable[str] = ()) -> None:
        model._require_fitted()
        u = model._user_index.get(str(user))
        if u is None:
            raise KeyError(f"unknown user {user!r}")
        self.model = model
        self.u = u
        n = len(model._item_ids)
        self._base = np.asarray(model._score(np.array([u]))[0], dtype=np.float64)
        blocked = np.zeros(n, dtype=bool)
        seen = model._seen
        blocked[seen.indices[seen.indptr[u] : seen.indptr[u + 1]]] = True
        for x in exclude:
            k = model._item_index.get(str(x))
            if k is not None:
                blocked[k] = True
        self._blocked = blocked
        self._history = set(seen.indices[seen.indptr[u] : seen.indptr[u + 1]].tolist())
        self._without: dict[int, np.ndarray | None] = {}
        self._ordered: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self._median: float | None = None

    @property
    def exact(self) -> bool:
        """Whether this model's counterfactual is exact (module docs)."""
        return _exact_scores(self.model, self.u, None) is not None

    def rank(self, scores: np.ndarray, item: int) -> int | None:
        """1-based rank of ``item`` among the candidates by ``scores`` (ties: lower index
        first, as the engine's lists break them); None when it is not ranked by the model."""
        s = scores[item]
        if not np.isfinite(s) or (self.model.sparse_scores and s <= 0):
            return None
        # The item itself adds nothing to either count, so the candidates need not include
        # it: one sorted copy per scores array answers every row by bisection.
        ordered = self._sorted(scores)
        left, right = np.searchsorted(ordered, s, side="left"), np.searchsorted(ordered, s, "right")
        if right - left == (0 if self._blocked[item] else 1):
            return len(ordered) - int(right) + 1  # no other candidate ties with it
        ok = ~self._blocked
        ok[item] = True
        if self.model.sparse_scores:
            ok &= scores > 0
        cand = scores[ok]
        idx = np.flatnonzero(ok)
        return int(np.sum(cand > s) + np.sum((cand == s) & (idx < item))) + 1

    def _sorted(self, scores: np.ndarray) -> np.ndarray:
        """The candidates' scores (not blocked; positive for sparse scores; no NaN) sorted,
        kept for the few arrays a list asks about (the base and each cited item's)."""
        key = id(scores)
        found = self._ordered.get(key)
        if found is not None and found[0] is scores:
            return found[1]
        ok = ~self._blocked
        if self.model.sparse_scores:
            ok &= scores > 0
        cand = scores[ok]
        ordered = np.sort(cand[~np.isnan(cand)])
        if len(self._ordered) >= _KEEP_WITHOUT + 1:
            self._ordered.pop(next(iter(self._ordered)))
        self._ordered[key] = (scores, ordered)  # the array is kept: its id stays its own
        return ordered

    def what_if(self, item: str, removed: Sequence[str]) -> list[WhatIf]:
        """``item``'s rank without each of ``removed`` (items of the user's history; others
        are skipped)."""
        i = self.model._item_index.get(str(item))
        if i is None:
            return []
        now = self.rank(self._base, i)
        out: list[WhatIf] = []
        for r in removed:
            j = self.model._item_index.get(str(r))
            if j is None or j not in self._history or j == i:
                continue
            if len(self._history) == 1 and self.model.needs_history:
                # Nothing left: the model serves the popularity list (engine.base).
                scores = self.model._fallback_scores.astype(np.float64)
            else:
                scores = self._scores_without(j)
            exact = scores is not None
            if scores is None:
                scores = self._approximate(i, j)
            out.append(WhatIf(str(item), str(r), self.rank(scores, i), now, exact))
        return out

    def _scores_without(self, j: int) -> np.ndarray | None:
        """Every item's exact score without ``j`` (None: no exact form), once per ``j``: it
        does not depend on the item asked about, and a list cites the same few items for many
        rows (a list of 200 on 50,000 films re-solved them for every row: minutes)."""
        if j not in self._without:
            if len(self._without) >= _KEEP_WITHOUT:
                self._without.pop(next(iter(self._without)))
            self._without[j] = _exact_scores(self.model, self.u, j)
        return self._without[j]

    def _approximate(self, i: int, j: int) -> np.ndarray:
        """Only ``i``'s score moves (the other items keep theirs): it loses ``j``'s share of
        what lifts it above the typical candidate (the median score).

        The model's terms are its own summary of the history, not always in the score's units
        (a factor model's are cosines times weights): taken off the score as they were, they
        sent BPR's first pick to "about #21" for one of thirty liked items. As shares, the
        pick keeps the part of its score no history item explains.
        """
        kind, terms = self.model._contributions(self.u, i)
        scores = self._base.copy()
        if kind != "item":
            return scores
        lift = sum(float(w) for _, w in terms if w > 0)
        share = sum(float(w) for k, w in terms if int(k) == j and w > 0)
        if lift > 0 and share > 0:
            scores[i] -= max(scores[i] - self._typical(), 0.0) * share / lift
        return scores

    def _typical(self) -> float:
        """The median candidate's base score (once per ranker: a list asks for every row)."""
        if self._median is None:
            ok = ~self._blocked
            if self.model.sparse_scores:
                ok &= self._base > 0
            self._median = float(np.median(self._base[ok])) if ok.any() else 0.0
        return self._median


def _exact_scores(model: Recommender, u: int, j: int | None) -> np.ndarray | None:
    """Every item's score for user ``u`` without history item ``j`` (None: no exact form for
    this model). ``j=None`` only asks whether there is one."""
    # Deferred: the algorithms import the base, and the base must not import them.
    from desktop_recsys.engine.algorithms.als import AlsRecommender
    from desktop_recsys.engine.algorithms.content import ContentRecommender
    from desktop_recsys.engine.algorithms.default import DefaultRecommender
    from desktop_recsys.engine.algorithms.ease import EaseRecommender
    from desktop_recsys.engine.algorithms.knn import ItemKnnRecommender

    exact = (AlsRecommender, ContentRecommender, DefaultRecommender, EaseRecommender)
    if type(model) not in (*exact, ItemKnnRecommender):
        return None
    if isinstance(model, DefaultRecommender):
        return _default_without(model, u, j)
    if j is None:
        return np.empty(0)
    if isinstance(model, ContentRecommender):
        return _content_without(model, u, j)
    base = _per_user(
        model, u, "base", lambda: np.asarray(model._score(np.array([u]))[0], dtype=np.float64)
    )
    if isinstance(model, EaseRecommender):
        return base - model.score_drop(u, j)
    if isinstance(model, ItemKnnRecommender):
        row = np.asarray(model._sim[j].toarray()).ravel().astype(np.float64)
        return base - float(model._x[u, j]) * row  # the user's input weight of j
    return _als_without(model, u, j)


def _content_without(model: object, u: int, j: int) -> np.ndarray:
    """``content``: the score is the cosine of the user's profile ``w_u X`` with each item, so
    without ``j`` the profile loses ``w_uj x_j`` and is normalised again (every item's score
    moves, not only the one asked about)."""
    w, x = model._w, model._x  # type: ignore[attr-defined]
    profile = np.asarray((w[u] @ x).toarray(), dtype=np.float64).ravel()
    profile -= float(w[u, j]) * np.asarray(x[j].toarray(), dtype=np.float64).ravel()
    norm = float(np.linalg.norm(profile))
    if norm <= 0:
        return np.zeros(x.shape[0])
    return np.asarray(x @ (profile / norm), dtype=np.float64).ravel()


#: What a user's counterfactuals share, for the last few (model, user) pairs. Keyed by the
#: identity of the model's arrays it was made from (a model fitted again has new ones), which
#: are kept with it, so their ids cannot be reused while it is here.
_SHARED: dict[tuple[int, ...], tuple[object, object]] = {}
_SHARED_KEEP = 8
_SHARED_LOCK = threading.Lock()


def _per_user(model: object, u: int, name: str, make: object) -> object:
    """``make()`` for ``model``'s current arrays and user ``u``, computed once while recent."""
    sources = tuple(getattr(model, a, None) for a in ("_x", "_y", "_seen", "_state", "_sim"))
    key = (id(model), u, hash(name), *map(id, sources))
    with _SHARED_LOCK:  # lists run side by side (the read pool, the window's warm-up)
        found = _SHARED.pop(key, None)
        if found is not None:
            _SHARED[key] = found  # recently used last: the model-wide ones outlive users
            return found[1]
    value = make()  # type: ignore[operator]
    with _SHARED_LOCK:
        while len(_SHARED) >= _SHARED_KEEP:
            _SHARED.pop(next(iter(_SHARED)))
        _SHARED[key] = ((model, sources), value)
    return value


def _als_without(model: object, u: int, j: int) -> np.ndarray:
    """ALS scores with ``u``'s factors re-solved without ``j`` (module docs)."""
    y = _per_user(model, -1, "y64", lambda: model._y.astype(np.float64))  # type: ignore[attr-defined]
    seen = model._seen  # type: ignore[attr-defined]
    items = seen.indices[seen.indptr[u] : seen.indptr[u + 1]]
    weights = seen.data[seen.indptr[u] : seen.indptr[u + 1]].astype(np.float64)
    p = model.params  # type: ignore[attr-defined]
    gram = _per_user(model, -1, "gram", lambda: y.T @ y)  # type: ignore[union-attr]

    def solve(keep: np.ndarray) -> np.ndarray:
        yu = y[items[keep]]
        c = 1.0 + p.alpha * weights[keep]
        a = gram + (yu.T * (c - 1.0)) @ yu + p.regularization * np.eye(y.shape[1])
        return np.linalg.solve(a, yu.T @ c)

    everything = np.ones(len(items), dtype=bool)
    without = items != j
    full = _per_user(model, u, "solve", lambda: solve(everything))
    x = model._x[u].astype(np.float64) + solve(without) - full  # type: ignore[attr-defined]
    scores = y @ x  # type: ignore[operator]
    if model._bias is not None:  # type: ignore[attr-defined]
        scores += model._bias  # type: ignore[attr-defined]
    no_evidence = getattr(model, "_no_evidence", None)
    if no_evidence is not None:
        scores[no_evidence] = scores.min()
    return scores


def _default_without(model: object, u: int, j: int | None) -> np.ndarray | None:
    """``default``'s blend, each component without ``j``, standardised and weighted as the
    model does, then the cold-profile blend for one interaction fewer."""
    from desktop_recsys.engine.algorithms.default import component_z, standardise_rows

    parts = model._parts  # type: ignore[attr-defined]
    if any(_exact_scores(m, u, None) is None for m, _ in parts):
        return None
    if j is None:
        return np.empty(0)
    if len(parts) == 1:
        scores = _exact_scores(parts[0][0], u, j)
    else:
        scores = sum(
            w * component_z(m, _exact_scores(m, u, j)[None, :].astype(np.float32))[0]
            for m, w in parts
        )
    assert scores is not None
    seen = model._seen  # type: ignore[attr-defined]
    n = float(seen.indptr[u + 1] - seen.indptr[u] - 1)
    c = float(getattr(model.params, "cold_shrinkage", 0.0))  # type: ignore[attr-defined]
    cut = getattr(model.params, "cold_interactions", 0)  # type: ignore[attr-defined]
    if c > 0 and n < cut and n > 0:
        w = c / (n + c)
        z = standardise_rows(np.asarray(scores, dtype=np.float32)[None, :])[0]
        pop = model._prepare_popularity()  # type: ignore[attr-defined]
        scores = (1.0 - w) * z.astype(np.float64) + w * pop.astype(np.float64)
    return np.asarray(scores, dtype=np.float64)
