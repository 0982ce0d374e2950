"""The top-n selection of every recommender: a cheap per-row threshold, then an exact sort."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_recsys.engine.base import _threshold_at_least_k


def exact_top(key: np.ndarray, k: int) -> list[list[int]]:
    """Brute force: each row's k smallest finite keys, ties broken by column."""
    out = []
    for row in key:
        cols = [c for c in np.lexsort((np.arange(len(row)), row)) if np.isfinite(row[c])]
        out.append(cols[:k])
    return out


def top_via_threshold(key: np.ndarray, k: int) -> list[list[int]]:
    """The selection ``Recommender._top_n`` makes from the threshold."""
    t = _threshold_at_least_k(key, k)
    out = []
    for row, limit in zip(key, t, strict=True):
        cols = np.flatnonzero((row <= limit) & np.isfinite(row))
        cols = cols[np.lexsort((cols, row[cols]))]
        out.append(cols[:k].tolist())
    return out


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("n_items", [5, 300, 1_000, 17_633])
@pytest.mark.parametrize("k", [1, 10, 100])
def test_the_threshold_keeps_exactly_the_top_k_with_ties_and_blocked_items(
    seed: int, n_items: int, k: int
) -> None:
    k = min(k, n_items - 1)  # _top_n asks for a threshold only when k < the catalogue
    rng = np.random.default_rng(seed)
    key = rng.normal(size=(12, n_items)).astype(np.float32)
    key[:, rng.integers(0, n_items, size=n_items // 3)] = np.inf  # seen / excluded items
    key[0] = np.round(key[0])  # many ties
    key[1] = np.inf  # nothing rankable
    key[2, : max(n_items - 3, 0)] = np.inf  # fewer than k rankable items
    key[3] = 0.0  # every key equal
    t = _threshold_at_least_k(key, k)
    finite = np.isfinite(key).sum(axis=1)
    at_or_under = ((key <= t[:, None]) & np.isfinite(key)).sum(axis=1)
    assert np.all(at_or_under >= np.minimum(k, finite))
    assert top_via_threshold(key, k) == exact_top(key, k)
