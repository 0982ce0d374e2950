"""How ``default`` scores a blend without passes over the whole users x items block.

A blend component's scores are standardised per user (z-scores over the user's row) before
they are weighted and added (:func:`~._blend_validation.standardise_rows`). For a factor
model the row's mean and variance need no pass over the row: with user factors ``x`` and item
factors ``Y`` (``n`` items), ``mean = x . mean(Y)`` and ``E[s^2] = x^T (Y^T Y / n) x``, both
``O(f^2)`` per user. Its weighted z-score ``w (x Y^T - mean) / std`` is then one product,
``[x w / std, shift] [Y, 1]^T``, whose last column also carries every other per-row constant
of the blend (the head EASE's lowest z-score, see :func:`~._blend_validation.component_z`).
The result equals the standardise-weight-add passes to float rounding; at 30,000 users x
74,808 items those passes were some 7 s of CPU of the 3M benchmark's scoring
(``benchmarks/README.md``, "Scaling, round 7").
"""

from __future__ import annotations

import numpy as np

from desktop_recsys.engine.base import Recommender


class FusedFactorZ:
    """A factor model's weighted per-row z-scores as one matrix product (module docstring).

    Only for a model whose score is exactly ``x Y^T`` (no item bias, no item without
    evidence patched to the row's minimum): :meth:`applies` says when.
    """

    def __init__(self, model: Recommender) -> None:
        y = np.asarray(model._y, dtype=np.float32)  # type: ignore[attr-defined]
        self._x = model._x  # type: ignore[attr-defined]
        y64 = y.astype(np.float64)
        n = max(len(y), 1)
        self._mean_y = y64.mean(axis=0) if len(y) else np.zeros(y.shape[1])
        self._second = (y64.T @ y64) / n  # E over items of y y^T
        # [Y, 1]: the ones column adds each row's constant within the same product.
        self._y1 = np.empty((len(y), y.shape[1] + 1), dtype=np.float32)
        self._y1[:, :-1] = y
        self._y1[:, -1] = 1.0

    @staticmethod
    def applies(model: Recommender) -> bool:
        """True when ``model``'s scores are exactly ``x Y^T`` (ALS without bias or items
        without evidence)."""
        return (
            model.name == "als"
            and getattr(model, "_bias", None) is None
            and getattr(model, "_no_evidence", None) is None
        )

    def row_stats(self, users: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Mean and standard deviation (``float64``) of each user's row of scores."""
        xu = np.asarray(self._x[users], dtype=np.float64)
        mean = xu @ self._mean_y
        square = np.einsum("ij,ij->i", xu @ self._second, xu)
        var = square - mean * mean
        # A row whose spread is within float32 rounding of its scores has none (its
        # standardised scores would be rounding noise): std 0, as standardise_rows finds it.
        var[var <= 1e-10 * square] = 0.0
        return mean, np.sqrt(np.maximum(var, 0.0))

    def left(self, users: np.ndarray, weight: float, shift: np.ndarray) -> np.ndarray:
        """The left factor of :meth:`scores`: ``[x w / std, shift - mean w / std]`` per user
        (``float32``; scores are its product with :attr:`y1` transposed)."""
        mean, std = self.row_stats(users)
        scale = np.divide(weight, std, out=np.zeros_like(std), where=std > 0)
        left = np.empty((len(users), self._y1.shape[1]), dtype=np.float32)
        left[:, :-1] = self._x[users] * scale[:, None]
        left[:, -1] = shift - mean * scale
        return left

    @property
    def y1(self) -> np.ndarray:
        """``[Y, 1]``: the item factors with a column of ones (items x (f + 1), ``float32``)."""
        return self._y1

    def scores(self, users: np.ndarray, weight: float, shift: np.ndarray) -> np.ndarray:
        """``weight * z(x Y^T) + shift[:, None]`` (``float32``, ``len(users) x items``); a row
        without spread gets z = 0, as :func:`~._blend_validation.standardise_rows` gives it."""
        return self.left(users, weight, shift) @ self._y1.T
