"""Small matrices with a known answer, one group per algorithm family."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from desktop_recsys.engine.algorithms._solvers import batched_cg
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.progress import CancelToken
from desktop_recsys.engine.registry import create
from desktop_recsys.errors import Cancelled, UserError


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
@pytest.mark.parametrize("form", ["primal", "dual"])
@pytest.mark.parametrize("l2_popularity", [0.0, 1.5])
def test_ease_matches_the_closed_form(form, l2_popularity) -> None:
    rng = np.random.default_rng(3)
    dense = (rng.random((30, 12)) < 0.3).astype(np.float64)
    dense[0, :] = 1  # every item used at least once
    ds = Dataset.from_arrays(
        *[np.array(v).astype(str) for v in np.nonzero(dense)], extra_users=[], extra_items=[]
    )
    l2 = 2.0
    params = {"l2": str(l2), "l2_popularity": str(l2_popularity), "form": form}
    model = create("ease", params).fit(ds)
    order = np.argsort(np.arange(12).astype(str))  # ids sort as strings
    x = dense[:, order][np.argsort(np.arange(30).astype(str))]
    lam = l2 + l2_popularity * x.sum(axis=0)
    p = np.linalg.inv(x.T @ x + np.diag(lam))
    b = -p / np.diag(p)
    np.fill_diagonal(b, 0.0)
    if form == "primal":
        np.testing.assert_allclose(model._state["b"], b, rtol=2e-3, atol=2e-5)
    else:
        assert "b" not in model._state  # the dual form never builds items x items
        assert model._state["kinv"].shape == (30, 30)
    scores = model._score(np.arange(30))
    np.testing.assert_allclose(scores, x @ b, rtol=2e-3, atol=2e-5)
    user = ds.user_ids[5]
    best = np.argmax(np.where(x[5] > 0, -np.inf, x[5] @ b))
    assert model.recommend(user, 1).items[0] == ds.item_ids[best]
    # Explanations are the exact terms x_uj B_ji of the score.
    _, terms = model._contributions(5, int(best))
    assert {j for j, _ in terms} == set(np.flatnonzero(x[5]).tolist())
    for j, w in terms:
        np.testing.assert_allclose(w, x[5, j] * b[j, best], rtol=2e-3, atol=2e-5)


def test_ease_auto_form_picks_the_smaller_square() -> None:
    from desktop_recsys.engine.algorithms.ease import choose_form

    assert choose_form(100, 5000) == "dual"
    assert choose_form(5000, 100) == "primal"
    assert choose_form(100, 5000, "primal") == "primal"
    wide = create("ease", {"l2": "5"}).fit(tiny())  # 4 users, 3 items: primal
    assert wide._meta["form"] == "primal"


def test_blocked_spd_inverse_matches_numpy_and_can_be_cancelled() -> None:
    from desktop_recsys.engine.algorithms._solvers import spd_inverse_inplace

    rng = np.random.default_rng(0)
    for n, block in ((1, 4), (7, 3), (50, 8), (64, 64), (130, None), (257, 64), (301, 37)):
        x = rng.standard_normal((n + 5, n))
        a = (x.T @ x + n * np.eye(n)).astype(np.float32)
        seen: list[float] = []
        got = spd_inverse_inplace(
            a.copy(), block=block, progress=lambda f, m, out=seen: out.append(f)
        )
        want = np.linalg.inv(a.astype(np.float64))
        np.testing.assert_allclose(got, want, rtol=1e-3, atol=1e-5 * np.abs(want).max())
        assert seen == sorted(seen) and seen[-1] == 1.0
    token = CancelToken()
    steps: list[float] = []

    def stop_after_two(fraction: float, message: str) -> None:
        steps.append(fraction)
        if len(steps) == 2:
            token.cancel()

    with pytest.raises(Cancelled):
        spd_inverse_inplace(a.copy(), block=16, progress=stop_after_two, cancel=token)
    assert len(steps) == 2  # stopped at the next block boundary, not at the end
    with pytest.raises(np.linalg.LinAlgError):
        spd_inverse_inplace(-np.eye(5, dtype=np.float32), block=2)


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


def test_als_explains_a_list_with_one_solve_per_user(two_tastes, monkeypatch) -> None:
    """Issue 19: a list's explanations share the user's solve (a For you list of 150 solved the
    same system 150 times); switching users between calls never mixes their weights."""
    model = create("als", {"factors": "4", "cg_steps": "8", "iterations": "5"}).fit(two_tastes)

    def solved_each_time(u: int, i: int) -> list[tuple[int, float]]:
        """The contributions as computed before, from scratch for every call."""
        row = model._seen[u]
        y = model._y.astype(np.float64)
        yu = y[row.indices]
        c = 1.0 + model.params.alpha * row.data
        a = y.T @ y + (yu.T * (c - 1.0)) @ yu + model.params.regularization * np.eye(y.shape[1])
        s = y[i] @ np.linalg.solve(a, yu.T)
        return list(zip(row.indices.tolist(), (s * c).tolist(), strict=True))

    solved: list[int] = []
    real = type(model)._explanation_weights

    def counted(self, user: int):
        solved.append(user)
        return real(self, user)

    monkeypatch.setattr(type(model), "_explanation_weights", counted)
    a03, b01 = two_tastes.user_index("a03"), two_tastes.user_index("b01")
    for u in (a03, a03, b01, a03, b01, b01):
        for i in range(two_tastes.n_items):
            kind, contrib = model._contributions(u, i)
            expected = solved_each_time(u, i)
            assert kind == "item" and [j for j, _ in contrib] == [j for j, _ in expected]
            np.testing.assert_allclose([w for _, w in contrib], [w for _, w in expected], atol=1e-5)
    assert solved == [a03, b01, a03, b01]  # once per run of one user's calls


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


# ---------------------------------------------------------------- EASE: dual form end to end
def wide(n_users: int = 12, n_items: int = 40) -> Dataset:
    """Few users over more items (EASE then picks its dual form)."""
    rng = np.random.default_rng(5)
    dense = rng.random((n_users, n_items)) < 0.25
    dense[:, 0] = True
    u, i = np.nonzero(dense)
    return Dataset.from_arrays([f"u{x:02d}" for x in u], [f"i{x:02d}" for x in i])


def test_ease_dual_round_trip_and_explanations(tmp_path) -> None:
    from desktop_recsys.engine.persistence import load_model, save_model

    ds = wide()
    model = create("ease", {"l2": "3"}).fit(ds)
    assert model._meta["form"] == "dual" and "b" not in model._state
    primal = create("ease", {"l2": "3", "form": "primal"}).fit(ds)
    loaded = load_model(save_model(model, tmp_path / "ease.npz"), dataset=ds)
    for user in ("u00", "u07", "nobody"):
        a, b, c = model.recommend(user, 8), loaded.recommend(user, 8), primal.recommend(user, 8)
        assert a.items == b.items == c.items
        np.testing.assert_allclose(a.scores, c.scores, rtol=1e-3, atol=1e-5)
    item = model.recommend("u03", 1).items[0]
    e, f = model.explain("u03", item), primal.explain("u03", item)
    assert [cid for cid, _ in e.contributions] == [cid for cid, _ in f.contributions]
    np.testing.assert_allclose(
        [w for _, w in e.contributions], [w for _, w in f.contributions], rtol=1e-3, atol=1e-5
    )


def test_ease_reports_progress_between_blocks_and_cancels_inside_the_inverse(monkeypatch) -> None:
    import desktop_recsys.engine.algorithms._solvers as solvers

    # The smallest blocks (32 rows), so that 100 users make 4 of them, as a big problem would.
    monkeypatch.setattr(solvers, "CHUNK_FLOPS", 1.0)
    ds = wide(100, 150)
    messages: list[str] = []
    create("ease").fit(ds, progress=lambda f, m: messages.append(m))
    assert sum("factorising" in m for m in messages) >= 3
    token = CancelToken()

    def cancel_while_inverting(fraction: float, message: str) -> None:
        if "inverting" in message:
            token.cancel()

    model = create("ease")
    with pytest.raises(Cancelled):
        model.fit(ds, progress=cancel_while_inverting, cancel=token)
    assert not model.is_fitted


def test_default_blends_ease_when_one_side_is_small() -> None:
    from desktop_recsys.engine.algorithms.default import choose_algorithm

    assert choose_algorithm(wide(), 12000) == "blend"  # 12 users: a 12 x 12 EASE solve
    assert choose_algorithm(wide(), 5) == "als"
    assert create("default", {"ease_max_side": "5"}).fit(wide()).chosen == "als"
    # Too few users (8) with 5+ interactions to validate a blend on: EASE alone.
    model = create("default").fit(wide(8, 40))
    assert model.chosen == "ease" and model.ease_weight == 1.0
    assert "too few" in model._meta["validation"]["reason"]


# ---------------------------------------------------------------- ranking in the base class
def test_top_n_matches_a_brute_force_ranking_with_ties_and_exclusions() -> None:
    from desktop_recsys.engine.base import Params, Recommender

    rng = np.random.default_rng(11)
    ds = Dataset.from_frame(
        __import__("pandas").DataFrame(
            {
                "user": [f"u{k % 6}" for k in range(30)],
                "item": [f"i{k % 17:02d}" for k in range(30)],
            }
        )
    )
    table = np.round(rng.random((ds.n_users, ds.n_items)), 1).astype(np.float32)  # many ties
    table[0, 3] = np.nan
    table[1, :5] = -np.inf

    class Fixed(Recommender):
        name = "fixed-scores-for-test"
        params_type = Params

        def _fit(self, dataset, progress, cancel):
            return {}, {}

        def _score(self, users):
            return table[users].copy()

    model = Fixed().fit(ds)
    excluded = ["i04", "i09"]
    for u in range(ds.n_users):
        seen = set(ds.matrix[u].indices.tolist()) | {ds.item_index(x) for x in excluded}
        ok = [i for i in range(ds.n_items) if i not in seen and np.isfinite(table[u, i])]
        want = sorted(ok, key=lambda i: (-table[u, i], i))[:7]
        got = model.recommend(ds.user_ids[u], 7, exclude=excluded)
        assert got.items[: got.fallback_from] == [ds.item_ids[i] for i in want]
        assert len(got) == min(7, ds.n_items - len(seen))
        assert not set(got.items) & {ds.item_ids[i] for i in seen}


@pytest.mark.parametrize("model_name", ["item-knn", "user-knn"])
@pytest.mark.parametrize("similarity", ["pearson", "adjusted-cosine"])
def test_knn_centring_with_empty_trailing_and_middle_items(model_name, similarity) -> None:
    """Items with no interaction at the end of the catalogue (a new film in the demo library)
    used to make ``np.add.reduceat`` raise IndexError while centring."""
    users = ["1", "1", "1", "2", "2", "2", "3", "3", "3"]
    items = ["a", "c", "d", "a", "c", "d", "a", "c", "d"]
    ratings = [5, 5, 1, 3, 3, 3, 1, 1, 5]
    ds = Dataset.from_arrays(users, items, ratings, extra_items=["b", "y", "z"])
    assert ds.item_ids.tolist()[-2:] == ["y", "z"]  # the empty items sort last
    model = create(model_name, {"similarity": similarity}).fit(ds)
    if model_name == "item-knn":
        sim = model._sim.toarray()
        a, b, c, d = (ds.item_index(x) for x in "abcd")
        if similarity == "pearson":
            assert sim[a, c] == pytest.approx(1.0, abs=1e-5)  # c moves with a
        assert sim[a, d] == 0.0  # d moves against a: dropped
        assert not sim[:, b].any() and not sim[:, -2:].any()  # empty items: no neighbours
    recs = model.recommend("1", 3)
    assert len(recs) == 3 and {"y", "z"} & set(recs.items[: recs.fallback_from]) == set()


def test_default_leaves_the_blend_when_eases_cube_outweighs_als() -> None:
    """EASE costs ``side^3``, ALS about the number of entries: a dense-ish small square
    blends, a sparse one whose smaller side is large goes to ALS with more factors."""
    from desktop_recsys.engine.algorithms import default as d
    from desktop_recsys.engine.dataset import Dataset

    rng = np.random.default_rng(3)

    def sparse(users: int, items: int, per_user: int) -> Dataset:
        rows = np.repeat(np.arange(users), per_user)
        cols = rng.integers(0, items, size=users * per_user)
        frame = pd.DataFrame(
            {"user": [f"u{r}" for r in rows], "item": [f"i{c}" for c in cols], "weight": 1.0}
        ).drop_duplicates(["user", "item"])
        return Dataset.from_frame(frame)

    small = sparse(300, 400, 30)  # side 300, ~9,000 entries
    wide = sparse(3000, 4000, 3)  # side 3,000, ~9,000 entries: 27e9 / (9e3 * 1.56e5) ~ 19 fits
    assert d.ease_cost(small) < d.MAX_EASE_COST < d.ease_cost(wide)
    assert d.choose_algorithm(small, 12000) == "blend"
    assert d.choose_algorithm(wide, 12000) == "als"
    model = create("default", {"refine_iterations": "1", "head_items": "0"}).fit(wide)
    assert model.chosen == "als"
    assert model._meta["inner_params"]["factors"] == d.LARGE_ALS_FACTORS
    # With its head EASE (sized by the cost rule) the ALS part has the same factors.
    model = create("default", {"refine_iterations": "1"}).fit(wide)
    als = [c for c in model._meta["blend"] if c["algorithm"] == "als"]
    assert als and als[0]["params"]["factors"] == d.LARGE_ALS_FACTORS
