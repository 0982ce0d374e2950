"""BPR's vectorised pieces against their plain definitions, and its accuracy on real data."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_recsys.engine.algorithms import bpr
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.evaluation import holdout_split
from desktop_recsys.engine.evaluation.metrics import evaluate_top_n
from desktop_recsys.engine.registry import create


@pytest.mark.parametrize("n_rows", [5, 400])  # sparse-product path, then the np.add.at path
def test_scatter_add_sums_repeated_rows_like_add_at(n_rows: int) -> None:
    rng = np.random.default_rng(3)
    rows = rng.integers(0, n_rows, 60)
    rows[:10] = rows[0]  # a row repeated many times
    values = rng.standard_normal((60, 8)).astype(np.float32)
    target = rng.standard_normal((n_rows, 8)).astype(np.float32)
    expected = target.copy()
    np.add.at(expected, rows, values)
    bpr._scatter_add(target, rows, values)
    np.testing.assert_allclose(target, expected, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("bitmap", [True, False])
def test_positives_are_recognised_and_kept_out_of_the_negatives(
    bitmap: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not bitmap:
        monkeypatch.setattr(bpr, "BITMAP_MAX_BITS", 0)  # the binary search on sorted keys
    rng = np.random.default_rng(5)
    n_users, n_items = 30, 40
    dense = rng.random((n_users, n_items)) < 0.25
    users, items = np.nonzero(dense)  # row-major: sorted keys, as from a CSR matrix
    positives = bpr._Positives(users, items, n_users, n_items)
    all_u, all_i = np.divmod(np.arange(n_users * n_items), n_items)
    np.testing.assert_array_equal(positives.contains(all_u, all_i), dense.ravel())
    draws = np.repeat(np.arange(n_users), 200)
    neg = positives.negatives(draws, rng)
    assert neg.min() >= 0 and neg.max() < n_items
    # Uniform draws hit a positive 25 % of the time; after three redraws about 0.4 % do.
    assert dense[draws, neg].mean() < 0.02


def test_small_data_gets_smaller_batches() -> None:
    assert bpr.batch_size_for(1_000_000, 4096) == 4096
    assert bpr.batch_size_for(1_867, 4096) == 59  # 32 updates an epoch
    assert bpr.batch_size_for(10, 4096) == 1
    assert bpr.batch_size_for(1_000, 16) == 16


def test_both_ways_of_recognising_positives_train_the_same_model(
    two_tastes: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    params = {"epochs": "5", "factors": "4"}
    a = create("bpr", params).fit(two_tastes)
    monkeypatch.setattr(bpr, "BITMAP_MAX_BITS", 0)
    b = create("bpr", params).fit(two_tastes)
    np.testing.assert_array_equal(a._state["item_factors"], b._state["item_factors"])


def test_bpr_is_at_least_as_accurate_as_implicits_on_movielens(movielens_ratings) -> None:
    """The protocol split of ml-latest-small (EVALUATION.md): implicit 0.7.3's BPR scores
    NDCG@10 0.2139 on it (benchmarks/README.md); the shipped defaults must not fall below."""
    train, test = holdout_split(movielens_ratings)
    train_ds = Dataset.from_frame(train)
    model = create("bpr").fit(train_ds)
    metrics = evaluate_top_n(model, train_ds, test["user"].tolist(), test["item"].tolist())
    assert metrics.leaks == 0
    assert metrics.ndcg_at_10 >= 0.2139, metrics.ndcg_at_10
