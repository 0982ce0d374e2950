"""How a fitted ``default`` scores, ranks and explains: the serving half of
:class:`~.default.DefaultRecommender` (its choice and fit are in :mod:`.default`).

A blend's score is ``sum_c w_c z_c`` over its components (per-user z-scores, see
:mod:`.default`); a cold user's row leans on popularity (``cold_weights``). The head blend's
lists come from its head items alone when nothing outside the head can reach them
(:mod:`._blend_top`).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp

from desktop_recsys.engine.algorithms._blend_scoring import FusedFactorZ
from desktop_recsys.engine.algorithms._blend_top import HeadFirstTop
from desktop_recsys.engine.algorithms._blend_validation import standardise_rows
from desktop_recsys.engine.algorithms._tail import Rp3Recommender
from desktop_recsys.engine.algorithms.als import AlsRecommender
from desktop_recsys.engine.algorithms.ease import EaseRecommender
from desktop_recsys.engine.base import Recommender, user_item_rows

_INNER: dict[str, type[Recommender]] = {
    "ease": EaseRecommender,
    "als": AlsRecommender,
    "rp3beta": Rp3Recommender,
}


class BlendServing(Recommender):
    """Scoring, top n and explanations of a fitted blend of EASE, ALS (and RP3beta), or of
    the single model ``default`` chose; subclassed by ``DefaultRecommender``."""

    def _prepare(self) -> None:
        fp = self.fingerprint or ""
        if "inner" in self._meta:
            # A single model: ALS on large data, and every model saved before the blend.
            cls = _INNER[self._meta["inner"]]
            inner = cls(cls.params_type(**self._meta["inner_params"]))
            inner._install(self._common, self._state, self._meta["inner_meta"], fp)
            self._parts = [(inner, 1.0)]
            self._head_top = None
            return
        self._parts = []
        self._scales = None  # _contribution_scales' last user, of the parts made here
        self._row = None  # _predict_pairs' last user's scores
        for c in self._meta["blend"]:
            cls = _INNER[c["algorithm"]]
            inner = cls(cls.params_type(**c["params"]))
            lead = f"{c['algorithm']}."
            state = {k[len(lead) :]: v for k, v in self._state.items() if k.startswith(lead)}
            inner._install(self._common, state, dict(c["meta"]), fp)
            self._parts.append((inner, float(c["weight"])))
        # Factor components scored as one product each (_blend_scoring), keyed by identity.
        self._fused = {id(m): FusedFactorZ(m) for m, _ in self._parts if FusedFactorZ.applies(m)}
        self._head_top = HeadFirstTop.of(
            self._parts, self._fused
        )  # lists from the head: _blend_top

    def _top_n(
        self, users: np.ndarray, n: int, excl: np.ndarray, include_seen: bool
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The base's top n; for a head blend, each warm user's from the head's columns alone
        where that is provably the whole catalogue's (:mod:`._blend_top`), the rest as before."""
        head = getattr(self, "_head_top", None)
        if head is None or self.sparse_scores:
            return super()._top_n(users, n, excl, include_seen)
        k = min(n, len(self._item_ids))
        items = np.full((len(users), k), -1, dtype=np.int64)
        scores = np.zeros((len(users), k), dtype=np.float32)
        n_model = np.zeros(len(users), dtype=np.int64)
        done = np.zeros(len(users), dtype=bool)
        warm = np.flatnonzero(self.cold_weights(users) == 0)
        if len(warm):
            top, values, exact = head.top_n(self._seen, users[warm], k, excl, include_seen)
            rows = warm[exact]
            items[rows], scores[rows], n_model[rows] = top[exact], values[exact], k
            done[rows] = True
        rest = np.flatnonzero(~done)
        if len(rest):
            items[rest], scores[rest], n_model[rest] = super()._top_n(
                users[rest], n, excl, include_seen
            )
        return items, scores, n_model

    @property
    def chosen(self) -> str:
        """What is in use: ``"ease"``, ``"als"`` or ``"ease+als"``."""
        self._require_fitted()
        return "+".join(m.name for m, _ in self._parts)

    @property
    def ease_weight(self) -> float:
        """Weight of EASE in the blend (1 = EASE alone, 0 = ALS alone)."""
        self._require_fitted()
        return float(sum(w for m, w in self._parts if m.name == "ease"))

    def _single(self) -> Recommender | None:
        return self._parts[0][0] if len(self._parts) == 1 else None

    def cold_weights(self, users: np.ndarray) -> np.ndarray:
        """Popularity's share of each user's score: ``c / (n + c)`` for a user with ``n``
        interactions, fewer than ``cold_interactions``, else 0 (see the module docstring)."""
        n = np.diff(self._seen.indptr)[users].astype(np.float32)
        c = np.float32(getattr(self.params, "cold_shrinkage", 0.0))
        cut = getattr(self.params, "cold_interactions", 0)
        if c <= 0:
            return np.zeros(len(users), dtype=np.float32)
        return np.where(n < cut, c / (n + c), np.float32(0.0)).astype(np.float32)

    def popularity_share(self, user: str) -> float:
        base = super().popularity_share(user)
        u = self._user_index.get(str(user))
        if base >= 1.0 or u is None:
            return base
        return float(self.cold_weights(np.array([u]))[0])

    def _prepare_popularity(self) -> np.ndarray:
        """The catalogue's standardised log-popularity (one row), cached."""
        cached = getattr(self, "_zpop", None)
        if cached is None or cached.shape[0] != len(self._popularity):
            row = np.log1p(self._popularity.astype(np.float32))[None, :].copy()
            cached = standardise_rows(row)[0]
            self._zpop = cached
        return cached

    def _score(self, users: np.ndarray) -> np.ndarray:
        scores = self._model_score(users)
        w = self.cold_weights(users)
        cold = np.flatnonzero(w > 0)
        if len(cold):
            # Cold users: a handful of items says little; lean on popularity (measured in
            # benchmarks/cold_start.py), less and less as the profile grows.
            part = standardise_rows(np.array(scores[cold], dtype=np.float32))
            part *= (1.0 - w[cold])[:, None]
            part += w[cold][:, None] * self._prepare_popularity()[None, :]
            scores = np.asarray(scores, dtype=np.float32)
            if not (scores.flags.writeable and scores.flags.owndata):
                scores = scores.copy()  # a block that is not ours to change
            scores[cold] = part
        return scores

    def _model_score(self, users: np.ndarray) -> np.ndarray:
        single = self._single()
        if single is not None:
            return single._score(users)
        # sum_c w_c z_c: a factor model's term is one product that also adds every per-row
        # constant (_blend_scoring); the others are standardised blocks, a head EASE's over
        # its own columns only, its lowest z of the row everywhere plus each kept item's
        # excess over it (on 75,000 items this halved the blend's passes).
        shift = np.zeros(len(users), dtype=np.float64)
        blocks: list[tuple[np.ndarray | None, np.ndarray]] = []
        factor: tuple[FusedFactorZ, float] | None = None
        spread: list[sp.csr_matrix] = []  # sparse rows' entries (RP3beta: _tail)
        for model, w in self._parts:
            fused = self._fused.get(id(model))
            if fused is not None and factor is None:
                factor = (fused, w)
                continue
            if isinstance(model, Rp3Recommender):  # a per-row constant and sparse entries
                constant, entries = model.sparse_z(users, w)
                shift += constant
                spread.append(entries)
                continue
            kept = getattr(model, "_kept", None)
            raw = model._score(users) if kept is None else model.score_kept(users)
            z = standardise_rows(np.asarray(raw, dtype=np.float32))
            if kept is not None:
                low = z.min(axis=1) if z.shape[1] else np.zeros(len(z), dtype=np.float32)
                z -= low[:, None]
                shift += w * low
            z *= np.float32(w)
            blocks.append((kept, z))
        if factor is not None:
            total = factor[0].scores(users, factor[1], shift)
        else:
            total = np.zeros((len(users), len(self._item_ids)), dtype=np.float32)
            total += shift.astype(np.float32)[:, None]
        for kept, z in blocks:
            if kept is None:
                total += z
            else:
                total[:, kept] += z
        for entries in spread:
            total[user_item_rows(entries), entries.indices] += entries.data
        return total

    def _predict_pairs(self, users: np.ndarray, items: np.ndarray) -> np.ndarray:
        single = self._single()
        if single is not None and not (self.cold_weights(users) > 0).any():
            return single._predict_pairs(users, items)
        if len(users) and (users == users[0]).all():  # one user: explain, a list's items
            cached = getattr(self, "_row", None)
            if cached is None or cached[0] != int(users[0]):
                cached = (int(users[0]), self._score(users[:1])[0])
                self._row = cached  # one tuple: readers in other threads see old or new
            return cached[1][items].astype(np.float64)
        return super()._predict_pairs(users, items)

    def _contributions(self, user: int, item: int) -> tuple[str, list[tuple[int, float]]]:
        single = self._single()
        if single is not None:
            return single._contributions(user, item)
        # score = sum_c (w_c / std_c) (s_c - mean_c): the item terms of each component, with
        # the same factor; the means shift every item of the user alike.
        total: dict[int, float] = {}
        for (model, _), scale in zip(self._parts, self._contribution_scales(user), strict=True):
            _, terms = model._contributions(user, item)
            for j, v in terms:
                total[j] = total.get(j, 0.0) + scale * float(v)
        return "item", list(total.items())

    def _contribution_scales(self, user: int) -> list[float]:
        """Each component's ``w / std`` of ``user``'s row (a head EASE's over its own items),
        kept for the last user asked: a list explains all its items for one user, and each row
        is a full pass over the catalogue."""
        cached = getattr(self, "_scales", None)
        if cached is not None and cached[0] == user:
            return cached[1]
        scales = []
        for model, w in self._parts:
            kept = getattr(model, "_kept", None)  # a head EASE: standardised over its items
            row = model._score(np.array([user]))[0] if kept is None else model.score_kept(
                np.array([user]))[0]  # fmt: skip
            std = float(np.std(row))
            scales.append(w / std if std > 0 else 0.0)
        self._scales = (user, scales)  # one tuple: readers in other threads see old or new
        return scales

    def _fallback_predictions(self, users: np.ndarray, items: np.ndarray) -> Any:
        return self._parts[0][0]._fallback_predictions(users, items)
