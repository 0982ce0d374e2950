"""The top-n selection of every recommender: a cheap per-row threshold, then an exact sort."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_recsys.engine.base import _LOWEST, _top_threshold


def exact_top(key: np.ndarray, k: int) -> list[list[int]]:
    """Brute force: each row's k smallest finite keys, ties broken by column."""
    out = []
    for row in key:
        cols = [c for c in np.lexsort((np.arange(len(row)), row)) if np.isfinite(row[c])]
        out.append(cols[:k])
    return out


def top_via_threshold(key: np.ndarray, k: int) -> list[list[int]]:
    """The selection ``Recommender._top_n`` makes from the threshold (on scores = -key)."""
    scores = np.negative(key)
    t = np.fmax(_top_threshold(scores, k), _LOWEST)
    out = []
    for row, limit in zip(key, t, strict=True):
        cols = np.flatnonzero(-row >= limit)
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
    key[4, ::7] = np.nan  # scores a model could not compute
    t = -_top_threshold(np.negative(key), k)
    finite = np.isfinite(key).sum(axis=1)
    at_or_under = ((key <= t[:, None]) & np.isfinite(key)).sum(axis=1)
    assert np.all(at_or_under[~np.isnan(t)] >= np.minimum(k, finite)[~np.isnan(t)])
    assert np.all(finite[np.isnan(t) | np.isinf(t)] <= k)  # then every finite one is taken
    assert top_via_threshold(key, k) == exact_top(key, k)


def _fitted_als():
    from desktop_recsys.engine.dataset import Dataset
    from desktop_recsys.engine.registry import create

    rng = np.random.default_rng(4)
    users = np.repeat(np.arange(40), 6)
    items = rng.integers(0, 700, size=users.size)
    ds = Dataset.from_arrays(
        [f"u{u}" for u in users], [f"i{i}" for i in items], np.ones(users.size)
    )
    return create("als", {"factors": "4", "iterations": "2"}).fit(ds)


def _brute_top(model, users, scores, k, excl, include_seen, sparse):
    """Each row's k best rankable items by (-score, item), as ``_top_n`` must choose them."""
    out = []
    for row, u in enumerate(users):
        s = scores[row]
        ok = ~np.isnan(s) & (s > -np.inf)
        if sparse:
            ok &= s > 0
        if not include_seen:
            ok[model._seen.indices[model._seen.indptr[u] : model._seen.indptr[u + 1]]] = False
        ok[excl] = False
        cols = np.flatnonzero(ok)
        out.append(cols[np.lexsort((cols, -s[cols]))][:k].tolist())
    return out


@pytest.mark.parametrize("sparse", [False, True])
@pytest.mark.parametrize("include_seen", [False, True])
def test_top_n_picks_the_best_rankable_items_and_leaves_a_shared_block_alone(
    monkeypatch, sparse: bool, include_seen: bool
) -> None:
    model = _fitted_als()
    n_items = len(model._item_ids)
    rng = np.random.default_rng(int(sparse) * 2 + int(include_seen))
    stored = np.round(rng.normal(size=(model._seen.shape[0], n_items)), 1).astype(np.float32)
    stored[0, ::3] = np.nan  # scores a model could not compute
    stored[1, :5] = np.inf
    stored[2, :-4] = -np.inf  # fewer rankable items than asked for: completed by popularity
    stored[3] = 0.0  # all tied
    stored.flags.writeable = False  # a model's own array: _top_n must not write into it
    kept = stored.copy()
    monkeypatch.setattr(model, "_score", lambda users: stored[users])
    monkeypatch.setattr(type(model), "sparse_scores", sparse)
    users = np.arange(12)
    excl = np.array([7, 8, n_items - 1], dtype=np.int64)
    for k in (1, 10, 300):
        items, scores, n_model = model._top_n(users, k, excl, include_seen)
        expected = _brute_top(model, users, stored[users], k, excl, include_seen, sparse)
        assert n_model.tolist() == [len(e) for e in expected]
        for row, e in enumerate(expected):
            assert items[row, : len(e)].tolist() == e
            np.testing.assert_array_equal(scores[row, : len(e)], stored[row, e])
    np.testing.assert_array_equal(stored, kept)  # NaN included: the model's array is unchanged


def test_top_n_scores_the_block_in_place_without_a_copy_of_it(monkeypatch) -> None:
    """``_top_n`` works in the block ``_score`` returns: what it allocates besides is well under
    one block (a negated copy and a NaN mask were 1.25 blocks: one of the dearest steps of
    scoring a whole catalogue, benchmarks/README.md "Scaling, round 8")."""
    import tracemalloc

    model = _fitted_als()
    n_items = len(model._item_ids)
    rng = np.random.default_rng(9)
    b = 40
    block_bytes = b * n_items * 4
    monkeypatch.setattr(
        model, "_score", lambda users: rng.normal(size=(len(users), n_items)).astype(np.float32)
    )
    users = np.arange(b)
    model._top_n(users, 10, np.array([], dtype=np.int64), False)  # warm-up
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        model._top_n(users, 10, np.array([3], dtype=np.int64), False)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The block itself (float64 drawn, then float32) is allocated inside the patched _score.
    extra = peak - (b * n_items * 8 + block_bytes)
    assert extra < 0.5 * block_bytes, (extra, block_bytes)
