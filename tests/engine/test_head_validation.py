"""The head blend's validation reads its head EASE on the head's own columns
(``_blend_validation._block_candidates``): every weight's NDCG@10 as a brute-force ranking of
the whole catalogue gives it, on Last.fm."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from desktop_recsys.engine.algorithms._blend_validation import (
    WEIGHT_GRID,
    blend_ndcg,
    component_z,
    standardise_rows,
    validation_holdout,
)
from desktop_recsys.engine.algorithms.als import AlsParams, AlsRecommender
from desktop_recsys.engine.algorithms.ease import EaseParams, EaseRecommender
from desktop_recsys.engine.dataset import Dataset


def _brute(scores: np.ndarray, seen: np.ndarray, held: np.ndarray) -> float:
    """NDCG@10 of one user's row: every unseen item ranked (ties by item order)."""
    s = np.where(seen, -np.inf, scores)
    top = np.argsort(-s, kind="stable")[:10]
    dcg = sum(1 / np.log2(r + 2) for r, i in enumerate(top) if held[i])
    ideal = sum(1 / np.log2(r + 2) for r in range(min(int(held.sum()), 10)))
    return dcg / ideal


def test_head_validation_equals_a_brute_force_ranking(data_dir: Path) -> None:
    frame = pd.read_csv(data_dir / "hetrec2011-lastfm-2k" / "user_artists.dat", sep="\t", dtype=str)
    ds = Dataset.from_arrays(
        frame["userID"].tolist(), frame["artistID"].tolist(), frame["weight"].astype(float)
    )
    fit_part, held = validation_holdout(ds.matrix, max_users=250)
    part = ds.with_matrix(fit_part)
    ease = EaseRecommender(EaseParams(max_items=500)).fit(part)
    als = AlsRecommender(AlsParams(factors=24, iterations=4)).fit(part)
    assert ease._kept is not None and len(ease._kept) == 500
    got = blend_ndcg(ease, als, held)
    users = np.flatnonzero(np.diff(held.indptr) > 0)
    assert got.shape == (len(users), len(WEIGHT_GRID))
    ze = component_z(ease, ease._score(users))  # the head's z, its lowest outside it
    za = standardise_rows(als._score(users))
    seen = fit_part[users].toarray() > 0
    truth = held[users].toarray() > 0
    want = np.array(
        [
            [_brute(w * ze[r] + (1 - w) * za[r], seen[r], truth[r]) for w in WEIGHT_GRID]
            for r in range(len(users))
        ]
    )
    # Each weight's top 10 is looked for among both models' top 100 (blend_ndcg's docstring).
    same = np.isclose(got, want, atol=1e-9).all(axis=1)
    assert same.mean() >= 0.99, np.flatnonzero(~same)
    np.testing.assert_allclose(got.mean(axis=0), want.mean(axis=0), atol=2e-3)
    assert want[:, 5].mean() > 0.1  # a real signal, not all zeros
