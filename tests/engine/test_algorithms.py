"""Small matrices with a known answer, one group per algorithm family."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from desktop_recsys.engine.algorithms._solvers import batched_cg
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.registry import create
from desktop_recsys.errors import UserError


def tiny() -> Dataset:
    """u0,u1: a b; u2: a c; u3: a (cosine a-b = 2/(2 sqrt2), a-c = 1/2, b-c = 0)."""
    return Dataset.from_arrays(
        ["u0", "u0", "u1", "u1", "u2", "u2", "u3"], ["a", "b", "a", "b", "a", "c", "a"]
    )


# ---------------------------------------------------------------- popularity
def test_popularity_counts_people_or_weights() -> None:
    ds = Dataset.from_arrays(["1", "2", "3", "1"], ["x", "x", "y", "y"], [1, 1, 10, 10])
    by_users = create("popularity").fit(ds)
    assert by_users.recommend("new", 2).items == ["x", "y"]  # ties 2-2: by id order
    by_weight = create("popularity", {"by": "weight"}).fit(ds)
    assert by_weight.recommend("new", 2).items == ["y", "x"]


def test_trending_popularity_prefers_recent_items() -> None:
    day = 86400.0
    ds = Dataset.from_arrays(
        ["1", "2", "3", "4"], ["old", "old", "old", "new"], timestamps=[0, 0, 0, 100 * day]
    )
    assert create("popularity").fit(ds).recommend("x", 1).items == ["old"]
    trending = create("popularity", {"half_life_days": "10"}).fit(ds)
    assert trending.recommend("x", 1).items == ["new"]


# ---------------------------------------------------------------- neighbourhoods
def test_item_knn_cosine_scores_and_explanation() -> None:
    model = create("item-knn").fit(tiny())
    recs = model.recommend("u3", 5)
    assert recs.items[:2] == ["b", "c"]
    np.testing.assert_allclose(recs.scores[:2], [1 / np.sqrt(2), 0.5], rtol=1e-5)
    e = model.explain("u3", "b")
    assert e.kind == "item" and e.contributions[0][0] == "a"
    assert e.contributions[0][1] == pytest.approx(1 / np.sqrt(2), rel=1e-5)
    assert "a" in e.text


def test_item_knn_shrinkage_and_top_k() -> None:
    shrunk = create("item-knn", {"shrink": "2"}).fit(tiny())
    # a-b co-rated by 2 users: 1/sqrt2 * 2/(2+2); a-c by 1: 1/2 * 1/(1+2).
    np.testing.assert_allclose(
        shrunk.recommend("u3", 2).scores, [1 / np.sqrt(2) * 0.5, 0.5 / 3], rtol=1e-5
    )
    k1 = create("item-knn", {"k": "1"}).fit(tiny())
    # c keeps only its best neighbour (a), b too (a): u3 (has a) still reaches both.
    assert set(k1.recommend("u3", 2).items) == {"b", "c"}
    assert k1._sim.nnz <= 3


def test_item_knn_euclidean() -> None:
    ds = Dataset.from_arrays(["u0", "u0", "u1", "u2"], ["a", "b", "a", "a"], [3, 1, 1, 2])
    model = create("item-knn", {"similarity": "euclidean"}).fit(ds)
    # a = (3, 1, 2), b = (1, 0, 0): d = sqrt(4 + 1 + 4) = 3 -> 1 / 4.
    assert model._sim[0, 1] == pytest.approx(0.25)
    assert model.predict("u1", ["b"])[0] == pytest.approx(0.25)  # u1 has a with weight 1


def test_item_knn_pearson_keeps_only_positive_correlations() -> None:
    # Ratings of items a, b, c by three users: b moves with a, c against a.
    users = ["1", "1", "1", "2", "2", "2", "3", "3", "3"]
    items = ["a", "b", "c"] * 3
    ratings = [5, 5, 1, 3, 3, 3, 1, 1, 5]
    model = create("item-knn", {"similarity": "pearson"}).fit(
        Dataset.from_arrays(users, items, ratings)
    )
    sim = model._sim.toarray()
    assert sim[0, 1] == pytest.approx(1.0, abs=1e-5)
    assert sim[0, 2] == 0.0 and sim[1, 2] == 0.0  # anti-correlated: dropped


def test_user_knn_scores_are_neighbour_weighted_sums() -> None:
    model = create("user-knn").fit(tiny())
    # u3 = (a): cosine with u0, u1 = 1/sqrt2, with u2 = 1/sqrt2 -> b: 2/sqrt2, c: 1/sqrt2.
    recs = model.recommend("u3", 2)
    assert recs.items == ["b", "c"]
    np.testing.assert_allclose(recs.scores, [2 / np.sqrt(2), 1 / np.sqrt(2)], rtol=1e-5)
    e = model.explain("u3", "b")
    assert e.kind == "user" and {c for c, _ in e.contributions} == {"u0", "u1"}


def test_knn_user_without_evidence_is_completed_from_popularity() -> None:
    ds = Dataset.from_arrays(["u0", "u0", "u1", "u2"], ["a", "b", "a", "z"])
    model = create("item-knn").fit(ds)
    recs = model.recommend("u2", 2)  # z shares no user with anything
    assert recs.fallback_from == 0 and recs.items == ["a", "b"]
    assert "popular" in recs.reason


# ---------------------------------------------------------------- EASE
def test_ease_matches_the_closed_form() -> None:
    rng = np.random.default_rng(3)
    dense = (rng.random((30, 12)) < 0.3).astype(np.float64)
    dense[0, :] = 1  # every item used at least once
    ds = Dataset.from_arrays(
        *[np.array(v).astype(str) for v in np.nonzero(dense)], extra_users=[], extra_items=[]
    )
    l2 = 2.0
    model = create("ease", {"l2": str(l2)}).fit(ds)
    order = np.argsort(np.arange(12).astype(str))  # ids sort as strings
    x = dense[:, order][np.argsort(np.arange(30).astype(str))]
    p = np.linalg.inv(x.T @ x + l2 * np.eye(12))
    b = -p / np.diag(p)
    np.fill_diagonal(b, 0.0)
    np.testing.assert_allclose(model._state["b"], b, rtol=2e-3, atol=2e-5)
    user = ds.user_ids[5]
    scores = model._score(np.array([5]))[0]
    np.testing.assert_allclose(scores, x[5] @ b, rtol=2e-3, atol=2e-5)
    assert (
        model.recommend(user, 1).items[0]
        == ds.item_ids[np.argmax(np.where(x[5] > 0, -np.inf, x[5] @ b))]
    )


def test_ease_refuses_when_memory_is_short(monkeypatch) -> None:
    import desktop_recsys.engine.algorithms.ease as ease

    monkeypatch.setattr(ease, "available_memory_bytes", lambda: 1000)
    with pytest.raises(UserError, match="max_items="):
        create("ease").fit(tiny())


def test_ease_max_items_keeps_the_most_popular() -> None:
    model = create("ease", {"max_items": "2", "l2": "1"}).fit(tiny())
    assert model._state["kept"].tolist() == [0, 1]  # a (4 users), b (2 users)
    recs = model.recommend("u3", 2)
    assert recs.items[0] == "b"
    assert recs.fallback_from == 1  # c is not modelled: it can only come from popularity


# ---------------------------------------------------------------- factor models
def test_batched_cg_solves_each_row_system() -> None:
    rng = np.random.default_rng(0)
    f, n_rows, n_cols = 4, 5, 9
    y = rng.standard_normal((n_cols, f)).astype(np.float32)
    w = sp.random(n_rows, n_cols, density=0.5, random_state=1, format="csr", dtype=np.float32)
    b = rng.standard_normal((n_rows, f)).astype(np.float32)
    gram = (y.T @ y).astype(np.float32)
    reg = np.linspace(0.1, 1.0, n_rows).astype(np.float32)
    x = batched_cg(np.zeros((n_rows, f), np.float32), y, w, b, gram, reg, steps=2 * f)
    for u in range(n_rows):
        row = w[u]
        a = gram + (y[row.indices].T * row.data) @ y[row.indices] + reg[u] * np.eye(f)
        np.testing.assert_allclose(x[u], np.linalg.solve(a, b[u]), rtol=1e-3, atol=1e-4)


def test_als_explanation_decomposes_the_score_exactly(two_tastes) -> None:
    model = create("als", {"factors": "4", "cg_steps": "8", "iterations": "5"}).fit(two_tastes)
    u = two_tastes.user_index("a03")
    for item in ("i02", "i20"):
        i = two_tastes.item_index(item)
        _, contrib = model._contributions(u, i)
        assert sum(w for _, w in contrib) == pytest.approx(
            model.predict("a03", [item])[0], abs=1e-3
        )


def test_bpr_ranks_training_positives_above_negatives(two_tastes) -> None:
    model = create("bpr", {"epochs": "60", "factors": "8", "batch_size": "32"}).fit(two_tastes)
    scores = model._score(np.arange(two_tastes.n_users))
    pos = two_tastes.matrix.toarray() > 0
    auc = np.mean(
        [(s[p][:, None] > s[~p][None, :]).mean() for s, p in zip(scores, pos, strict=True)]
    )
    assert auc > 0.9


def test_biased_mf_recovers_biases_and_falls_back_to_them() -> None:
    rng = np.random.default_rng(1)
    bu = rng.normal(0, 0.5, 30)
    bi = rng.normal(0, 0.5, 20)
    users, items, ratings = [], [], []
    for u in range(30):
        for i in rng.choice(20, 12, replace=False):
            users.append(f"u{u:02d}")
            items.append(f"i{i:02d}")
            ratings.append(3.0 + bu[u] + bi[i])
    ds = Dataset.from_arrays(users, items, ratings)
    model = create("biased-mf", {"regularization": "0.001", "bias_regularization": "0"}).fit(ds)
    # Held-out cells follow the same additive model.
    truth = 3.0 + bu[4] + bi[np.arange(20)]
    pred = model.predict("u04", [f"i{i:02d}" for i in range(20)])
    assert np.abs(pred - np.clip(truth, min(ratings), max(ratings))).max() < 0.15
    fallback = model.predict_pairs(["stranger", "stranger"], ["i03", "nothing"])
    assert fallback[1] == pytest.approx(np.mean(ratings), abs=1e-4)
    assert fallback[0] == pytest.approx(3.0 + bi[3], abs=0.15)
    assert model.predicts_ratings
