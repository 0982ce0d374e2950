"""``hybrid``: a weighted blend of other registered algorithms, with cold-start switching.

``components=als,content,popularity`` and ``weights=0.6,0.3,0.1`` name the blend; each
component is trained with its own default hyper-parameters unless ``options`` says otherwise
(``options=als.factors=64;content.profile=binary``).

Fusion (``fusion``):

- ``score``: each component's scores are rescaled per user to 0..1 over the items the user
  has not seen (so that the user's own items, which factor models score highest, do not set
  the range), then added with their weights.
- ``rank``: reciprocal rank fusion, ``sum_c w_c / (rrf_k + rank_c(i))`` with ranks over the
  unseen items; items a sparse component has no evidence for get nothing from it.

Both are monotone per component: with all weight on one component the blend ranks exactly as
that component does.

Cold start (``cold_start=true``), which needs a ``content`` model (fitted alongside when it
is not a component):

- **new users**, with fewer than ``cold_user_interactions`` interactions, get
  ``cold_weights`` (content, popularity) instead of the blend: collaborative scores resting on
  one or two items are noise, while the genres of those items already say something.
- **new items**, with side information but no interaction, get ``new_item_weight`` times
  their fused content score, since collaborative components cannot score them at all.
- unknown users get the popularity ranking, as for every algorithm.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import numpy as np

from desktop_recsys.engine.algorithms._nested import fit_inner, pack_inner, unpack_inner
from desktop_recsys.engine.algorithms._parts import PARTS
from desktop_recsys.engine.algorithms.content import ContentRecommender
from desktop_recsys.engine.algorithms.learned_ranker import LearnedRankerRecommender
from desktop_recsys.engine.base import FitResult, Params, Recommender, param
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.features.explanation import FeatureExplanation, clauses
from desktop_recsys.engine.features.matrices import dense_rows, user_min_max
from desktop_recsys.engine.params import (
    parse_floats,
    parse_list,
    parse_options,
    unknown_algorithm_error,
)
from desktop_recsys.engine.progress import CancelToken, ProgressFn
from desktop_recsys.errors import UserError
from desktop_recsys.progress import Message, listing

#: The hybrid's cold-start parts in a person's words (other parts are algorithm names).
_COLD_PARTS: dict[str, Message] = {
    "content (new user)": Message("content (new user)"),
    "content (new item)": Message("content (new item)"),
    "popularity": Message("popularity"),
}

_NOT_A_COMPONENT = {"hybrid"}  # a hybrid of hybrids would recurse without adding anything
#: Name -> class of every algorithm the hybrid can blend: all but the hybrid itself.
COMPONENTS: dict[str, type[Recommender]] = {
    **PARTS,
    LearnedRankerRecommender.name: LearnedRankerRecommender,
}


@dataclass(frozen=True)
class HybridParams(Params):
    """Hyper-parameters of the hybrid; lists are comma-separated strings (CLI friendly)."""

    components: str = param("als,content,popularity", help="registered algorithms to blend")
    weights: str = param("0.85,0.1,0.05", help="one weight per component")
    fusion: str = param("score", choices=("score", "rank"), help="normalised scores or RRF")
    rrf_k: int = param(60, min=1, help="rank offset of reciprocal rank fusion", limit=1_000_000)
    options: str = param("", help="component parameters: ALGO.PARAM=VALUE;...")
    cold_start: bool = param(True, help="switch to content and popularity for cold users/items")
    cold_user_interactions: int = param(
        3, min=0, help="users with fewer interactions are cold", limit=1_000_000
    )
    cold_weights: str = param("0.7,0.3", help="content, popularity weights for cold users")
    new_item_weight: float = param(
        0.5, min=0.0, help="weight of content for items never seen", limit=1e6
    )

    def __post_init__(self) -> None:
        super().__post_init__()
        names = self.component_names
        if len(set(names)) != len(names):
            raise UserError(Message("hybrid components must be distinct; name each algorithm once"))
        for name in names:
            if name in _NOT_A_COMPONENT:
                raise UserError(Message("{name!r} cannot be a component of the hybrid", name=name))
            if name not in COMPONENTS:
                raise unknown_algorithm_error(name, [*COMPONENTS, *_NOT_A_COMPONENT])
        if len(self.weight_values) != len(names):
            raise UserError(
                Message(
                    "hybrid has {components} components but {weights} weights; "
                    "give one weight per component",
                    components=len(names),
                    weights=len(self.weight_values),
                )
            )
        if sum(self.weight_values) <= 0:
            raise UserError(
                Message("hybrid weights must not all be 0; give one component a positive weight")
            )
        if len(parse_floats(self.cold_weights, "cold_weights")) != 2:
            raise UserError(Message("cold_weights takes two numbers: content, popularity"))
        for algo in parse_options(self.options, "options"):
            if algo not in names:
                raise UserError(
                    Message("options name {name!r}, which is not a component", name=algo)
                )

    @property
    def component_names(self) -> list[str]:
        return parse_list(self.components, "components")

    @property
    def weight_values(self) -> list[float]:
        return parse_floats(self.weights, "weights")


class HybridRecommender(Recommender):
    """Blend of registered algorithms, switching to content and popularity when cold."""

    name = "hybrid"
    params_type = HybridParams

    def _fit(self, dataset: Dataset, progress: ProgressFn, cancel: CancelToken) -> FitResult:
        p = self.params
        names = p.component_names
        options = parse_options(p.options, "options")
        need_cold_content = p.cold_start and "content" not in names
        steps = len(names) + int(need_cold_content)
        arrays: dict[str, np.ndarray] = {}
        meta: dict[str, Any] = {"components": []}
        for k, name in enumerate(names):
            span = (0.05 + 0.9 * k / steps, 0.05 + 0.9 * (k + 1) / steps)
            model = fit_inner(COMPONENTS[name], options.get(name), dataset, progress, cancel, span)
            a, m = pack_inner(f"c{k}", model)
            arrays.update(a)
            meta["components"].append(m)
        if need_cold_content:
            model = fit_inner(
                ContentRecommender,
                None,
                dataset,
                progress,
                cancel,
                (0.05 + 0.9 * (steps - 1) / steps, 0.95),
            )
            a, meta["cold_content"] = pack_inner("cold", model)
            arrays.update(a)
        return arrays, meta

    def _prepare(self) -> None:
        fp = self.fingerprint or ""
        self._components = [
            unpack_inner(f"c{k}", m, self._state, self._common, fp, COMPONENTS)
            for k, m in enumerate(self._meta["components"])
        ]
        self._weights = np.asarray(self.params.weight_values, dtype=np.float32)
        self._content: Recommender | None = None
        if "cold_content" in self._meta:
            self._content = unpack_inner(
                "cold", self._meta["cold_content"], self._state, self._common, fp, COMPONENTS
            )
        elif "content" in self.params.component_names:
            self._content = self._components[self.params.component_names.index("content")]
        self._n_seen = np.diff(self._seen.indptr)
        self._cold_items = self._popularity <= 0
        self._pop_scores = self._popularity[None, :]

    # ------------------------------------------------------------------ scoring
    def _fused(self, model: Recommender | None, raw: np.ndarray, blocked: np.ndarray) -> np.ndarray:
        """One component's scores of a block of users, on the common fused scale."""
        if self.params.fusion == "score":
            return user_min_max(raw, blocked)
        key = raw.astype(np.float32, copy=True)
        key[~np.isfinite(key)] = -np.inf
        no_evidence = (key <= 0) if (model is not None and model.sparse_scores) else None
        key[blocked] = -np.inf
        order = np.argsort(-key, axis=1, kind="stable")
        ranks = np.empty_like(order)
        np.put_along_axis(ranks, order, np.arange(key.shape[1])[None, :], axis=1)
        out = (1.0 / (self.params.rrf_k + 1 + ranks)).astype(np.float32)
        out[blocked] = 0.0
        if no_evidence is not None:
            out[no_evidence] = 0.0
        return out

    def component_scores(self, users: np.ndarray) -> tuple[list[np.ndarray], np.ndarray]:
        """Fused (unweighted) scores of each component for a block of users, and the blocked
        (seen) mask."""
        blocked = dense_rows(self._seen, users)
        fused = [self._fused(m, m._score(users), blocked) for m in self._components]
        return fused, blocked

    def _score(self, users: np.ndarray) -> np.ndarray:
        p = self.params
        fused, blocked = self.component_scores(users)
        out = np.zeros(blocked.shape, dtype=np.float32)
        for w, f in zip(self._weights, fused, strict=True):
            if w:
                out += w * f
        if not p.cold_start or self._content is None:
            return out
        content = self._fused(self._content, self._content._score(users), blocked)
        if self._cold_items.any():
            out[:, self._cold_items] = p.new_item_weight * content[:, self._cold_items]
        cold_users = self._n_seen[users] < p.cold_user_interactions
        if cold_users.any():
            wc, wp = parse_floats(p.cold_weights, "cold_weights")
            pop = self._fused(None, np.broadcast_to(self._pop_scores, blocked.shape), blocked)
            out[cold_users] = wc * content[cold_users] + wp * pop[cold_users]
        return out

    # ------------------------------------------------------------------ explanations
    def explain(self, user: str, item: str, *, top: int = 5) -> FeatureExplanation:
        """Each component's share of the blend, and the evidence of the strongest component."""
        base = super().explain(user, item, top=top)
        u, i = self._user_index.get(str(user)), self._item_index.get(str(item))
        if base.fallback or u is None or i is None:
            return FeatureExplanation(**base.__dict__)
        p = self.params
        users = np.array([u])
        fused, blocked = self.component_scores(users)
        names = p.component_names
        shares = [
            (n, float(w * f[0, i])) for n, w, f in zip(names, self._weights, fused, strict=True)
        ]
        models = list(self._components)
        cold_user = p.cold_start and self._n_seen[u] < p.cold_user_interactions
        if p.cold_start and self._content is not None and (cold_user or self._cold_items[i]):
            content = self._fused(self._content, self._content._score(users), blocked)[0, i]
            if cold_user:
                wc, wp = parse_floats(p.cold_weights, "cold_weights")
                pop = self._fused(None, self._pop_scores, blocked)[0, i]
                shares = [
                    ("content (new user)", float(wc * content)),
                    ("popularity", float(wp * pop)),
                ]
                models = [self._content, None]
            else:
                shares = [("content (new item)", float(p.new_item_weight * content))]
                models = [self._content]
        best = int(np.argmax([s for _, s in shares]))
        lead = models[best]
        inner = lead.explain(user, item, top=top) if lead is not None else None
        summary = listing(
            Message("{part} {share:.2f}", part=_COLD_PARTS.get(n, n), share=s)
            for n, s in sorted(shares, key=lambda x: -x[1])
            if s > 0
        )
        text = (
            Message("blend of {parts}", parts=summary)
            if summary
            else Message("blend: no component has evidence")
        )
        contributions: list[tuple[str, float]] = []
        kind = "popularity"
        if inner is not None and not inner.fallback:
            text = clauses([text, inner.text])
            contributions, kind = inner.contributions, inner.kind
        features = sorted(shares, key=lambda x: -x[1])
        if inner is not None and isinstance(inner, FeatureExplanation):
            features += inner.features
        return FeatureExplanation(
            base.user, base.item, base.score, kind, text, contributions, False, features
        )

    @property
    def components(self) -> list[tuple[str, float, dict[str, Any]]]:
        """``(name, weight, params)`` of each fitted component."""
        self._require_fitted()
        return [
            (m.name, float(w), dataclasses.asdict(m.params))
            for m, w in zip(self._components, self._weights, strict=True)
        ]
