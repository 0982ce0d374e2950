"""``popularity``: the most popular items, optionally trending (time-decayed)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_recsys.engine.base import FitResult, Params, Recommender, param
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.progress import CancelToken, ProgressFn
from desktop_recsys.progress import Message


@dataclass(frozen=True)
class PopularityParams(Params):
    """``by``: count people (``users``) or add up weights (``weight``); ``half_life_days`` > 0
    makes it trending: each interaction counts ``0.5 ** (age / half_life)`` relative to the
    newest one (needs timestamps; ignored without them)."""

    by: str = param("users", choices=("users", "weight"), help="what makes an item popular")
    half_life_days: float = param(0.0, min=0.0, help="0 = no time decay", limit=1e6)


class PopularityRecommender(Recommender):
    """Everyone gets the same ranking: items by number of people (or total weight)."""

    name = "popularity"
    params_type = PopularityParams

    def _fit(self, dataset: Dataset, progress: ProgressFn, cancel: CancelToken) -> FitResult:
        m = dataset.matrix
        contrib = np.ones(m.nnz) if self.params.by == "users" else m.data.astype(np.float64)
        if self.params.half_life_days > 0 and dataset.timestamps is not None and m.nnz:
            ts = dataset.timestamps.data
            age_days = (ts.max() - ts) / 86400.0
            contrib = contrib * 0.5 ** (age_days / self.params.half_life_days)
        scores = np.bincount(m.indices, weights=contrib, minlength=dataset.n_items)
        progress(0.9, Message("popularity: counted"))
        cancel.raise_if_cancelled()
        return {"scores": scores.astype(np.float32)}, {}

    def _score(self, users: np.ndarray) -> np.ndarray:
        return np.tile(self._state["scores"], (len(users), 1))

    def _fallback_item_scores(self) -> np.ndarray:
        return self._state["scores"]  # the model is its own fallback

    def _predict_pairs(self, users: np.ndarray, items: np.ndarray) -> np.ndarray:
        return self._state["scores"][items].astype(np.float64)
