"""The head blend's top n from its head items alone, when nothing outside the head can reach it.

``default``'s head blend (on data too large for the full blend) scores an item ``i`` as
``w_e * z_e(i) + w_a * z_a(i)``: the head EASE's z-score where it keeps ``i``, and for every other
item the row's lowest head z-score, plus ALS's z-score everywhere
(:meth:`~.default.DefaultRecommender._model_score`). With ALS's part written as one product
(:class:`~._blend_scoring.FusedFactorZ`), an item outside the head scores ``l . [y_i, 1]``, with
``l`` the user's left factor. By Cauchy-Schwarz no such item scores above
``|l_x| * max_t |y_t| + l_1`` (``t`` over the items outside the head). When that bound is below
the user's ``n``-th best score among the head items, the head's top ``n`` is the whole
catalogue's: the product over the other items (on the 3M synthetic file, 70,578 of 74,808
columns and most of a whole-catalogue run's CPU) is skipped.

The answer is exact: a row whose bound is not below its ``n``-th score by a margin for float32
rounding, a row with fewer than ``n`` rankable head items, and a cold user (whose row is
re-standardised with popularity, ``DefaultRecommender._score``) are scored over the whole
catalogue as before. Ties are broken by catalogue index, as there (the head's columns are
scored in catalogue order).
"""

from __future__ import annotations

import numpy as np

from desktop_recsys.engine.algorithms._blend_scoring import FusedFactorZ
from desktop_recsys.engine.algorithms._blend_validation import standardise_rows
from desktop_recsys.engine.base import Recommender, select_top, user_item_rows

#: Margin, relative to the score's size, by which the bound must be below the ``n``-th score:
#: float32 products of 70-odd terms are accurate to well within it.
_MARGIN = 1e-4


class HeadFirstTop:
    """Top n of a head blend (a head EASE and a fused factor model) from the head's columns."""

    def __init__(
        self, head: Recommender, head_weight: float, fused: FusedFactorZ, fused_weight: float
    ) -> None:
        kept = np.asarray(head._kept)  # type: ignore[attr-defined]
        n_items = fused.y1.shape[0]
        self._head, self._head_weight = head, float(head_weight)
        self._fused, self._fused_weight = fused, float(fused_weight)
        self._order = np.argsort(kept, kind="stable")  # head scores into catalogue order
        self._cols = kept[self._order]
        self._y1 = np.ascontiguousarray(fused.y1[self._cols])
        self._position = np.full(n_items, -1, dtype=np.int64)  # catalogue -> head column
        self._position[self._cols] = np.arange(len(self._cols))
        outside = np.ones(n_items, dtype=bool)
        outside[kept] = False
        norms = np.linalg.norm(fused.y1[outside, :-1].astype(np.float64), axis=1)
        self._outside_norm = float(norms.max()) if len(norms) else None

    @staticmethod
    def of(
        parts: list[tuple[Recommender, float]], fused: dict[int, FusedFactorZ]
    ) -> HeadFirstTop | None:
        """The top-n shortcut for a blend of exactly a head EASE and a fused factor model, else
        None."""
        if len(parts) != 2:
            return None
        heads = [(m, w) for m, w in parts if getattr(m, "_kept", None) is not None]
        factors = [(fused[id(m)], w) for m, w in parts if id(m) in fused]
        if len(heads) != 1 or len(factors) != 1:
            return None
        return HeadFirstTop(heads[0][0], heads[0][1], factors[0][0], factors[0][1])

    def top_n(
        self,
        seen: object,
        users: np.ndarray,
        k: int,
        excl: np.ndarray,
        include_seen: bool,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(items, scores, exact)`` of ``users`` (none of them cold): each row's top ``k``
        catalogue indices and scores from the head's columns, and whether that is the whole
        catalogue's top ``k`` (rows where it is not must be scored in full). ``seen``: the
        model's users x items matrix of seen items."""
        z = standardise_rows(np.asarray(self._head.score_kept(users), dtype=np.float32))  # type: ignore[attr-defined]
        low = z.min(axis=1) if z.shape[1] else np.zeros(len(z), dtype=np.float32)
        z -= low[:, None]
        z *= np.float32(self._head_weight)
        shift = self._head_weight * low.astype(np.float64)
        left = self._fused.left(users, self._fused_weight, shift)
        scores = left @ self._y1.T
        scores += z[:, self._order]
        if not include_seen:
            sub = seen[users]  # type: ignore[index]
            cols = self._position[sub.indices]
            inside = cols >= 0
            scores[user_item_rows(sub)[inside], cols[inside]] = -np.inf
        if len(excl):
            cols = self._position[excl]
            scores[:, cols[cols >= 0]] = -np.inf
        top, values, count = select_top(scores, k)
        items = np.where(top >= 0, self._cols[np.maximum(top, 0)], -1)
        if self._outside_norm is None:  # the head is the whole catalogue
            return items, values, count == k
        bound = np.linalg.norm(left[:, :-1].astype(np.float64), axis=1) * self._outside_norm + left[
            :, -1
        ].astype(np.float64)
        kth = values[:, k - 1].astype(np.float64) if k else np.full(len(users), np.inf)
        exact = (count == k) & (bound < kth - _MARGIN * (1.0 + np.abs(kth)))
        return items, values, exact
