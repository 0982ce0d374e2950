"""Metrics against hand-computed values and against scikit-learn / reference implementations."""

from __future__ import annotations

import math

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.metrics import ndcg_score, roc_auc_score

from desktop_recsys.engine.evaluation import metrics as M


def ref_ndcg(ranked: list[int], rel: set[int], k: int) -> float:
    dcg = sum(1 / math.log2(r + 2) for r, i in enumerate(ranked[:k]) if i in rel)
    ideal = sum(1 / math.log2(r + 2) for r in range(min(len(rel), k)))
    return dcg / ideal if ideal else 0.0


def ref_ap(ranked: list[int], rel: set[int], k: int) -> float:
    """The ml_metrics ``apk`` definition."""
    score, hits = 0.0, 0
    for r, i in enumerate(ranked[:k]):
        if i in rel:
            hits += 1
            score += hits / (r + 1)
    return score / min(len(rel), k) if rel else 0.0


def ref_precision_recall(ranked: list[int], rel: set[int], k: int) -> tuple[float, float]:
    hits = len(set(ranked[:k]) & rel)
    return hits / k, hits / min(len(rel), k)


def test_ranking_metrics_by_hand() -> None:
    # One user, list [a, b, c, d], relevant {a, c} plus one item the model cannot know.
    hits = np.array([[True, False, True, False]])
    n_rel = np.array([3])
    assert M.precision_at_k(hits, 4)[0] == pytest.approx(0.5)
    assert M.recall_at_k(hits, n_rel, 4)[0] == pytest.approx(2 / 3)
    assert M.recall_at_k(hits, n_rel, 2)[0] == pytest.approx(1 / 2)
    ideal = 1 + 1 / math.log2(3) + 1 / math.log2(4)
    assert M.ndcg_at_k(hits, n_rel, 4)[0] == pytest.approx((1 + 1 / math.log2(4)) / ideal)
    assert M.average_precision_at_k(hits, n_rel, 4)[0] == pytest.approx((1 + 2 / 3) / 3)
    assert M.hit_rate_at_k(hits, 1)[0] == 1.0
    assert M.reciprocal_rank(np.array([[False, False, True]]))[0] == pytest.approx(1 / 3)
    assert M.reciprocal_rank(np.array([[False, False]]))[0] == 0.0
    # Nothing relevant: 0, not a division error.
    assert M.ndcg_at_k(np.zeros((1, 3), bool), np.array([0]), 3)[0] == 0.0


def test_ndcg_precision_recall_map_match_references_on_random_lists() -> None:
    rng = np.random.default_rng(3)
    n_users, n_items, k = 50, 40, 10
    true = rng.random((n_users, n_items)) < 0.15
    true[np.arange(n_users), rng.integers(0, n_items, n_users)] = True  # every user has one
    scores = rng.random((n_users, n_items))  # distinct: no ties
    ranked = np.argsort(-scores, axis=1)
    hits = np.take_along_axis(true, ranked, axis=1)
    n_rel = true.sum(axis=1)
    ours = M.ndcg_at_k(hits, n_rel, k)
    sk = [ndcg_score(true[u : u + 1].astype(float), scores[u : u + 1], k=k) for u in range(n_users)]
    np.testing.assert_allclose(ours, sk, rtol=1e-12)
    for u in range(n_users):
        rel = set(np.flatnonzero(true[u]).tolist())
        lst = ranked[u].tolist()
        p, r = ref_precision_recall(lst, rel, k)
        assert M.precision_at_k(hits[u : u + 1], k)[0] == pytest.approx(p)
        assert M.recall_at_k(hits[u : u + 1], n_rel[u : u + 1], k)[0] == pytest.approx(r)
        assert M.average_precision_at_k(hits[u : u + 1], n_rel[u : u + 1], k)[0] == pytest.approx(
            ref_ap(lst, rel, k)
        )
        assert ours[u] == pytest.approx(ref_ndcg(lst, rel, k))


def test_auc_is_exact_on_full_lists_and_ties_unlisted_items() -> None:
    rng = np.random.default_rng(5)
    n_items = 30
    for _ in range(10):
        true = rng.random(n_items) < 0.3
        true[0], true[1] = True, False
        scores = rng.random(n_items)
        ranked = np.argsort(-scores)[None, :]
        hits = true[ranked]
        auc = M.auc_from_lists(hits, ranked, np.array([true.sum()]), np.array([n_items]))[0]
        assert auc == pytest.approx(roc_auc_score(true, scores))
        # Truncated: unlisted items count as tied below the list.
        top = ranked[:, :10]
        tied = np.where(np.isin(np.arange(n_items), top[0]), scores, -1.0)
        limited = M.auc_from_lists(true[top], top, np.array([true.sum()]), np.array([n_items]))
        assert limited[0] == pytest.approx(roc_auc_score(true, tied))


def test_coverage_novelty_popularity_bias_and_gini_by_hand() -> None:
    items = np.array([[0, 1, -1], [0, 2, 3]])
    popularity = np.array([4.0, 2.0, 1.0, 0.0])
    assert M.catalogue_coverage(items, 5, 3) == pytest.approx(4 / 5)
    nov = M.novelty(items, popularity, 4, 3)
    assert nov[0] == pytest.approx((0 + 1) / 2)  # -log2(4/4), -log2(2/4)
    assert nov[1] == pytest.approx((0 + 2 + 2) / 3)  # popularity 0 counts as 1
    arp = M.average_popularity(items, popularity, 4, 3)
    assert arp.tolist() == pytest.approx([(1 + 0.5) / 2, (1 + 0.25 + 0) / 3])
    head = M.short_head(popularity, 0.5)  # item 0 holds 4 of 7 interactions
    assert head.tolist() == [True, False, False, False]
    assert M.long_tail_share(items, head, 3).tolist() == pytest.approx([0.5, 2 / 3])
    assert M.gini(np.array([3, 3, 3, 3])) == pytest.approx(0.0)
    assert M.gini(np.array([0, 0, 0, 8])) == pytest.approx(0.75)
    assert M.exposure_gini(np.array([[0], [1]]), 2, 1) == pytest.approx(0.0)


def test_intra_list_diversity_by_hand() -> None:
    # genres: item0 {a, b}, item1 {b}, item2 {c}
    f = sp.csr_matrix(np.array([[1, 1, 0], [0, 1, 0], [0, 0, 1]], dtype=float))
    items = np.array([[0, 1, 2], [0, 1, -1]])
    jac = M.intra_list_diversity(items, f, 3, metric="jaccard")
    # pairs of user 0: (0,1) 1 - 1/2, (0,2) 1, (1,2) 1
    assert jac[0] == pytest.approx((0.5 + 1 + 1) / 3)
    assert jac[1] == pytest.approx(0.5)
    cos = M.intra_list_diversity(items, f, 3, metric="cosine")
    c01 = 1 / math.sqrt(2)
    assert cos[0] == pytest.approx(((1 - c01) + 1 + 1) / 3)
    single = M.intra_list_diversity(np.array([[0, -1]]), f, 2)
    assert np.isnan(single[0])


def test_serendipity_discounts_what_popularity_would_have_shown() -> None:
    from desktop_recsys.engine.dataset import Dataset

    # Not seen by u: q (popular among the rest), r, s (extra catalogue items).
    train = Dataset.from_arrays(["u", "v", "w", "v"], ["p", "p", "p", "q"], extra_items=["r", "s"])
    u = np.array([train.user_index("u")])
    expected = M.popularity_baseline(train, u, 1)
    assert train.item_ids[expected[0]].tolist() == ["q"]
    items = np.array([[train.item_index("q"), train.item_index("r")]])
    hits = np.array([[True, True]])
    assert M.serendipity(hits, items, expected, 2)[0] == pytest.approx(0.5)


def test_calibration_kl_by_hand() -> None:
    genres = sp.csr_matrix(np.array([[1, 0], [0, 1], [1, 1]], dtype=float))
    history = sp.csr_matrix(np.array([[1, 1, 0]], dtype=float))  # p = (0.5, 0.5)
    same = M.calibration_kl(history, np.array([[2]]), genres, 1)  # q = (0.5, 0.5)
    assert same[0] == pytest.approx(0.0, abs=1e-12)
    skewed = M.calibration_kl(history, np.array([[0]]), genres, 1, alpha=0.01)
    q = np.array([0.99 + 0.005, 0.005])
    assert skewed[0] == pytest.approx(0.5 * math.log(0.5 / q[0]) + 0.5 * math.log(0.5 / q[1]))
    empty = M.calibration_kl(sp.csr_matrix((1, 3)), np.array([[0]]), genres, 1)
    assert np.isnan(empty[0])


def test_bootstrap_intervals_and_paired_comparison() -> None:
    rng = np.random.default_rng(0)
    a = rng.random(400)
    iv = M.bootstrap_interval(a, resamples=500)
    assert iv.low < iv.mean < iv.high
    assert iv.mean == pytest.approx(a.mean())
    assert iv.high - iv.low < 0.1
    same = M.paired_bootstrap(a, a)
    assert same.mean_diff == 0.0 and same.low == 0.0 and same.high == 0.0
    better = M.paired_bootstrap(a + 0.05, a, names=("A", "B"))
    assert better.mean_diff == pytest.approx(0.05)
    assert better.a_wins == 1.0
    noisy = M.paired_bootstrap(a + rng.normal(0, 0.3, 400), a)
    assert noisy.low < 0 < noisy.high and 0 < noisy.a_wins < 1
    lower = M.paired_bootstrap(a, a + 0.1, higher_is_better=False)
    assert lower.a_wins == 1.0  # A's error is lower: A wins
    with_nan = M.paired_bootstrap(np.array([1.0, np.nan, 3.0]), np.array([0.0, 1.0, 1.0]))
    assert with_nan.users == 2 and with_nan.mean_diff == pytest.approx(1.5)
