"""``default``: the algorithm the engine judges best for the data at hand.

Rule (measured in ``benchmarks/README.md``): EASE (with its popularity-scaled ridge) whenever
the smaller side of the data, users or items, is at most ``ease_max_side`` and its square
matrix fits in memory, else implicit ALS. EASE inverts a ``min(users, items)`` square (see
:mod:`.ease`), so it stays quick on any catalogue as long as one side is small: on both
reference data sets it is the most accurate model of the engine and faster than ALS. Both use
their own default hyper-parameters. The choice is stored in the saved model's manifest
(``meta.inner``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import numpy as np

from desktop_recsys.engine._memory import available_memory_bytes
from desktop_recsys.engine.algorithms.als import AlsRecommender
from desktop_recsys.engine.algorithms.ease import MEMORY_SHARE, EaseRecommender, ease_memory_bytes
from desktop_recsys.engine.base import FitResult, Params, Recommender, param
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.progress import CancelToken, ProgressFn
from desktop_recsys.engine.registry import register

_INNER: dict[str, type[Recommender]] = {"ease": EaseRecommender, "als": AlsRecommender}


@dataclass(frozen=True)
class DefaultParams(Params):
    """``ease_max_side``: largest ``min(users, items)`` for which EASE is chosen (its fit
    costs about ``side^3`` operations: 12,000 is some 20 s on a laptop)."""

    ease_max_side: int = param(
        12000, min=0, help="use EASE while min(users, items) is at most this, else ALS"
    )


def choose_algorithm(dataset: Dataset, ease_max_side: int) -> str:
    """Name of the algorithm ``default`` uses for ``dataset``."""
    avail = available_memory_bytes()
    need = ease_memory_bytes(dataset.n_items, dataset.n_users)
    fits = avail is None or need <= MEMORY_SHARE * avail
    side = min(dataset.n_items, dataset.n_users)
    return "ease" if side <= ease_max_side and fits else "als"


@register
class DefaultRecommender(Recommender):
    """Delegates to the algorithm chosen by :func:`choose_algorithm`."""

    name = "default"
    params_type = DefaultParams

    def _fit(self, dataset: Dataset, progress: ProgressFn, cancel: CancelToken) -> FitResult:
        inner_name = choose_algorithm(dataset, self.params.ease_max_side)
        inner = _INNER[inner_name]()
        arrays, meta = inner._fit(dataset, progress, cancel)
        return arrays, {
            "inner": inner_name,
            "inner_params": dataclasses.asdict(inner.params),
            "inner_meta": meta,
        }

    def _prepare(self) -> None:
        cls = _INNER[self._meta["inner"]]
        inner = cls(cls.params_type(**self._meta["inner_params"]))
        inner._install(self._common, self._state, self._meta["inner_meta"], self.fingerprint or "")
        self._inner = inner
        self.sparse_scores = inner.sparse_scores  # type: ignore[misc]

    @property
    def chosen(self) -> str:
        """Name of the algorithm in use."""
        self._require_fitted()
        return str(self._meta["inner"])

    def _score(self, users: np.ndarray) -> np.ndarray:
        return self._inner._score(users)

    def _predict_pairs(self, users: np.ndarray, items: np.ndarray) -> np.ndarray:
        return self._inner._predict_pairs(users, items)

    def _contributions(self, user: int, item: int) -> tuple[str, list[tuple[int, float]]]:
        return self._inner._contributions(user, item)

    def _fallback_predictions(self, users: np.ndarray, items: np.ndarray) -> Any:
        return self._inner._fallback_predictions(users, items)
