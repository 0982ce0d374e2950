"""``default``'s head blend: on data too large for the full EASE blend, an EASE over only the
most popular items (as many as the cost rule allows) blended with ALS, served only when the
validation split prefers it."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from desktop_recsys.engine.algorithms import _blend_serving as serving_module
from desktop_recsys.engine.algorithms import default as default_module
from desktop_recsys.engine.algorithms.default import (
    EASE_PER_ALS,
    HEAD_EASE_COST,
    HEAD_EASE_L2_POPULARITY,
    HEAD_WEIGHT_GRID,
    LARGE_ALS_FACTORS,
    choose_head_weight,
    component_z,
    head_items,
    standardise_rows,
)
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.persistence import load_model, save_model
from desktop_recsys.engine.registry import create
from desktop_recsys.engine.what_if import WhatIfRanker

#: Forces the large-data path on small data: min(users, items) above it means no full blend.
_LARGE = {"ease_max_side": "10"}


def _taste_data(seed: int = 0, users: int = 160, items: int = 120) -> Dataset:
    """Users with 8-25 items from two of six taste groups, power-law popularity."""
    rng = np.random.default_rng(seed)
    pop = np.arange(1, items + 1, dtype=float) ** -0.8
    group = np.arange(items) % 6
    rows, cols = [], []
    for u in range(users):
        liked = rng.choice(6, 2, replace=False)
        w = pop * np.where(np.isin(group, liked), 1.0, 0.08)
        k = int(rng.integers(8, 26))
        for i in rng.choice(items, size=k, replace=False, p=w / w.sum()):
            rows.append(f"u{u:03d}")
            cols.append(f"i{i:03d}")
    return Dataset.from_arrays(rows, cols, rng.integers(1, 6, len(rows)).astype(float))


def _fake_validation(gain: float, noise: float, calls: list[tuple[float, ...]]):
    """A ``blend_ndcg`` whose weight 0.7 beats ALS alone (weight 0) by ``gain`` on average."""

    def fake(ease, als, held, weights, cancel=None, progress=None):
        # Both validation models learned without the held-out interactions.
        assert ease._seen.multiply(held).nnz == 0 and als._seen.multiply(held).nnz == 0
        calls.append(tuple(weights))
        n = int((np.diff(held.indptr) > 0).sum())
        rng = np.random.default_rng(5)
        per_user = np.repeat(rng.random((n, 1)) * 0.3, len(weights), axis=1)
        seven = list(weights).index(0.7)
        per_user[:, seven] += gain + rng.normal(0, noise, n)
        return per_user

    return fake


def test_head_blend_is_served_only_when_it_wins_on_validation(monkeypatch) -> None:
    ds = _taste_data()
    calls: list[tuple[float, ...]] = []
    # A clear gain for every user: the blend of EASE over the head and ALS is served.
    monkeypatch.setattr(default_module, "blend_ndcg", _fake_validation(0.05, 0.001, calls))
    model = create("default", {**_LARGE, "head_items": "40"}).fit(ds)
    assert calls == [HEAD_WEIGHT_GRID] and 1.0 not in HEAD_WEIGHT_GRID
    assert model.chosen == "ease+als" and model.ease_weight == pytest.approx(0.7)
    parts = {m.name: m for m, _ in model._parts}
    assert len(parts["ease"]._kept) == 40 and model._meta["validation"]["head_items"] == 40
    assert parts["als"].params.factors == LARGE_ALS_FACTORS
    # The head EASE's own penalty per interaction, not the small data's (kept in the manifest).
    assert parts["ease"].params.l2_popularity == HEAD_EASE_L2_POPULARITY != 1.0
    # A gain of 0.002 with per-user noise of 0.1 is within the validation's noise: ALS alone,
    # and no EASE is kept at all.
    calls.clear()
    monkeypatch.setattr(default_module, "blend_ndcg", _fake_validation(0.002, 0.1, calls))
    model = create("default", {**_LARGE, "head_items": "40"}).fit(ds)
    assert calls and model.chosen == "als" and model.ease_weight == 0.0
    assert {k.split(".")[0] for k in model._state} == {"als"}
    assert model._parts[0][0].params.factors == LARGE_ALS_FACTORS


def test_choose_head_weight_leaves_als_only_beyond_the_noise() -> None:
    rng = np.random.default_rng(2)
    base = rng.random((2000, 1))
    noise = rng.normal(0, 1, 2000)
    noise = (noise - noise.mean()) / noise.std(ddof=1) * 0.05  # SE of the mean: 0.00112
    per_user = np.repeat(base, len(HEAD_WEIGHT_GRID), axis=1)
    per_user[:, 6] += 1.5 * 0.00112 + noise  # the best mean, but 1.5 standard errors above ALS
    assert choose_head_weight(per_user, HEAD_WEIGHT_GRID) == 0
    per_user[:, 6] = base[:, 0] + 2.5 * 0.00112 + noise  # 2.5 standard errors: chosen
    assert choose_head_weight(per_user, HEAD_WEIGHT_GRID) == 6
    # ALS alone best: ALS alone.
    assert choose_head_weight(np.repeat(base, 3, axis=1) - [0, 0.1, 0.2], (0, 0.1, 0.2)) == 0


def test_head_items_follow_the_cost_rule() -> None:
    rng = np.random.default_rng(3)
    rows = np.repeat(np.arange(3000), 3)
    cols = (rng.pareto(1.0, size=rows.size) * 50).astype(int) % 4000
    frame = pd.DataFrame(
        {"user": [f"u{r}" for r in rows], "item": [f"i{c}" for c in cols], "weight": 1.0}
    ).drop_duplicates(["user", "item"])
    ds = Dataset.from_frame(frame)
    budget = HEAD_EASE_COST * ds.matrix.nnz * EASE_PER_ALS  # EASE's cube in ALS fits
    h = head_items(ds)
    assert 0 < h < ds.n_items and h**3 <= budget < (h + 1) ** 3
    assert head_items(ds, 50) == 50 and head_items(ds, 0) == 0
    assert head_items(ds, 10**6) == ds.n_items
    tiny = _taste_data(users=12, items=30)  # a head below MIN_HEAD_ITEMS: none
    assert head_items(tiny) == 0
    assert create("default", {**_LARGE, "refine_iterations": "1"}).fit(tiny).chosen == "als"
    # The model keeps exactly the head: the h items with the most interactions.
    model = create("default", {**_LARGE, "ease_weight": "0.5", "refine_iterations": "1"}).fit(ds)
    ease = {m.name: m for m, _ in model._parts}["ease"]
    pop = np.diff(ds.matrix.tocsc().indptr)
    assert len(ease._kept) == h
    assert pop[ease._kept].min() >= np.delete(pop, ease._kept).max()


def test_head_blend_is_deterministic_and_round_trips(tmp_path) -> None:
    ds = _taste_data(1)
    params = {**_LARGE, "head_items": "40"}
    a = create("default", params).fit(ds)
    b = create("default", params).fit(ds)
    assert a._meta == b._meta and a._state.keys() == b._state.keys()
    for key, value in a._state.items():
        assert np.array_equal(value, b._state[key]), key
    users = np.arange(ds.n_users)
    np.testing.assert_array_equal(a._score(users), b._score(users))
    loaded = load_model(save_model(a, tmp_path / "head.npz"), dataset=ds)
    assert loaded.chosen == a.chosen
    np.testing.assert_allclose(loaded._score(users), a._score(users), rtol=1e-6)


def test_head_blend_scores_explanations_and_what_if() -> None:
    ds = _taste_data(2)
    model = create("default", {**_LARGE, "head_items": "40", "ease_weight": "0.5"}).fit(ds)
    assert model.chosen == "ease+als" and model._meta["validation"] == {"head_items": 40}
    parts = {m.name: m for m, _ in model._parts}
    users = np.arange(ds.n_users)
    raw = parts["ease"]._score(users)
    kept = parts["ease"]._kept
    tail = np.setdiff1d(np.arange(ds.n_items), kept)
    assert np.isneginf(raw[:, tail]).all()  # the head EASE does not score the tail
    z = component_z(parts["ease"], raw)
    np.testing.assert_allclose(z[:, kept], standardise_rows(raw[:, kept].copy()), atol=1e-6)
    np.testing.assert_array_equal(z[:, tail], np.repeat(z[:, kept].min(axis=1)[:, None],
                                                        len(tail), axis=1))  # fmt: skip
    want = 0.5 * z + 0.5 * standardise_rows(parts["als"]._score(users))
    got = model._model_score(users)
    assert np.isfinite(got).all()
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-5)
    # Explanations and "what if" work on the blend (finite, from the user's own items).
    user = "u007"
    item = model.recommend(user, 1).items[0]
    e = model.explain(user, item)
    own = set(ds.item_ids[ds.matrix[ds.user_index(user)].indices])
    assert e.contributions and {c for c, _ in e.contributions} <= own
    assert all(np.isfinite(v) for _, v in e.contributions)
    ranker = WhatIfRanker(model, user)
    answers = ranker.what_if(item, [c for c, _ in e.contributions][:3])
    assert ranker.exact and answers and all(a.rank_now == 1 for a in answers)


def test_blend_scores_factor_z_in_one_product_equal_to_the_passes(monkeypatch) -> None:
    """The ALS component's z-scores come from its factors' row statistics (one product, no
    pass over the users x items block), equal to standardising the block to float rounding."""
    ds = _taste_data(3)
    model = create("default", {**_LARGE, "head_items": "40", "ease_weight": "0.6"}).fit(ds)
    parts = {m.name: m for m, _ in model._parts}
    als, ease = parts["als"], parts["ease"]
    users = np.arange(ds.n_users)
    widths: list[int] = []
    real = serving_module.standardise_rows

    def recording(scores: np.ndarray) -> np.ndarray:
        widths.append(np.asarray(scores).shape[1])
        return real(scores)

    monkeypatch.setattr(serving_module, "standardise_rows", recording)
    got = model._model_score(users)
    # Only the head EASE's own 40 columns are standardised block-wise; the old code also
    # standardised ALS's full-width block (and the head's full width before that).
    assert widths == [40]
    want = 0.6 * component_z(ease, ease._score(users)) + 0.4 * real(als._score(users))
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=2e-5)
    # The row statistics themselves, and a user whose factors are all zero (no spread: z 0).
    fused = model._fused[id(als)]
    mean, std = fused.row_stats(users)
    raw = als._score(users).astype(np.float64)
    np.testing.assert_allclose(mean, raw.mean(axis=1), rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(std, raw.std(axis=1), rtol=1e-4)
    als._x[5] = 0.0
    row = fused.scores(np.array([5]), 0.4, np.array([1.5]))
    np.testing.assert_array_equal(row, np.full((1, ds.n_items), 1.5, dtype=np.float32))


def test_full_blend_scores_als_by_its_factors_too(monkeypatch) -> None:
    """On small data (EASE over every item + ALS) the ALS term is the same single product."""
    ds = _taste_data(4)
    model = create("default", {"ease_weight": "0.3"}).fit(ds)
    assert model.chosen == "ease+als"
    users = np.arange(ds.n_users)
    parts = {m.name: m for m, _ in model._parts}
    real = serving_module.standardise_rows
    calls: list[int] = []
    monkeypatch.setattr(serving_module, "standardise_rows", lambda s: calls.append(1) or real(s))
    got = model._model_score(users)
    assert len(calls) == 1  # EASE's block only
    want = 0.3 * real(parts["ease"]._score(users)) + 0.7 * real(parts["als"]._score(users))
    np.testing.assert_allclose(got, want, rtol=1e-4, atol=2e-5)


def test_validation_z_of_a_head_ease_from_its_own_items_equals_the_full_block() -> None:
    """The validation standardises a head EASE from ``score_kept`` (no block of ``-inf``
    around its items): the same z-scores, bit for bit, as from its full ``_score``."""
    from desktop_recsys.engine.algorithms._blend_validation import _users_z

    ds = _taste_data(3)
    model = create("default", {**_LARGE, "head_items": "40", "ease_weight": "0.5"}).fit(ds)
    users = np.arange(ds.n_users)
    for part, _ in model._parts:
        np.testing.assert_array_equal(_users_z(part, users), component_z(part, part._score(users)))
    assert {m.name for m, _ in model._parts} == {"ease", "als"}


def test_explanations_follow_the_user_asked_when_lists_alternate() -> None:
    """A blend keeps its last user's scores and standardisation for explaining a list: asked
    for another user and back, every score and term is the one computed from scratch."""
    ds = _taste_data(5)
    model = create("default", {**_LARGE, "head_items": "40", "ease_weight": "0.5"}).fit(ds)
    fresh = create("default", {**_LARGE, "head_items": "40", "ease_weight": "0.5"}).fit(ds)
    for user in ["u001", "u002", "u001", "u003", "u003"]:
        u = ds.user_index(user)
        for item in model.recommend(user, 3).items:
            fresh._row, fresh._scales = None, None  # nothing kept from the last question
            got, want = model.explain(user, item), fresh.explain(user, item)
            assert got.score == want.score == pytest.approx(
                float(fresh._score(np.array([u]))[0][ds.item_index(item)]), rel=1e-6)  # fmt: skip
            assert got.contributions == want.contributions and got.contributions
