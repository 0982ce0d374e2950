"""A head EASE reads a user's items outside its head through item factors (``_ease_side``):
the tail counts as evidence, explanations add up and cite it, "what if" stays exact, and
``default``'s head blend fits, saves and loads it."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from desktop_recsys.engine.algorithms import default as default_module
from desktop_recsys.engine.algorithms.als import AlsParams, AlsRecommender
from desktop_recsys.engine.algorithms.ease import EaseParams, EaseRecommender
from desktop_recsys.engine.base import _common_arrays
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.persistence import load_model, save_model
from desktop_recsys.engine.registry import create
from desktop_recsys.engine.what_if import WhatIfRanker, _exact_scores

GROUPS = 4
ITEMS = 160
HEAD = 40


def _groups_data(seed: int = 0, users: int = 300) -> tuple[Dataset, np.ndarray]:
    """Users with 10-30 items of one taste group (90 %) by popularity, and one test user
    ``zz`` who has only tail items (outside the 40 most popular) of group 1."""
    rng = np.random.default_rng(seed)
    pop = np.arange(1, ITEMS + 1, dtype=float) ** -0.7
    group = np.arange(ITEMS) % GROUPS
    rows, cols = [], []
    for u in range(users):
        g = int(rng.integers(GROUPS))
        w = pop * np.where(group == g, 1.0, 0.1 / 0.9 / (GROUPS - 1))
        for i in rng.choice(ITEMS, size=int(rng.integers(10, 31)), replace=False, p=w / w.sum()):
            rows.append(f"u{u:03d}")
            cols.append(f"i{i:03d}")
    counts = np.bincount([int(c[1:]) for c in cols], minlength=ITEMS)
    beyond = np.argsort(-counts, kind="stable")[HEAD + 20 :]  # stays outside with zz's own
    mine = [int(i) for i in beyond if group[i] == 1][:8]
    rows += ["zz"] * len(mine)
    cols += [f"i{i:03d}" for i in mine]
    ds = Dataset.from_arrays(rows, cols, np.ones(len(rows)))
    item_group = np.array([group[int(s[1:])] for s in ds.item_ids.tolist()])
    return ds, item_group


def _head_ease(ds: Dataset, side: bool) -> EaseRecommender:
    als = AlsRecommender(AlsParams(factors=8, iterations=6)).fit(ds)
    model = EaseRecommender(EaseParams(max_items=HEAD, l2_popularity=3.0))
    return model.with_side(als._state["item_factors"] if side else None).fit(ds)


def test_a_user_with_only_tail_items_gets_their_taste_from_the_head() -> None:
    ds, item_group = _groups_data()
    u = ds.user_index("zz")
    plain = _head_ease(ds, side=False)
    with_side = _head_ease(ds, side=True)
    assert "side_b" in with_side._state and "side_b" not in plain._state
    # Without the summary the head EASE sees nothing of this user: every head item scores 0.
    assert np.all(plain.score_kept(np.array([u])) == 0.0)
    scores = with_side.score_kept(np.array([u]))[0]
    top = with_side._kept[np.argsort(-scores)[:5]]
    assert (item_group[top] == 1).sum() >= 4, item_group[top]


def test_contributions_add_up_to_the_score_and_cite_tail_items() -> None:
    ds, _ = _groups_data(1)
    model = _head_ease(ds, side=True)
    u = ds.user_index("zz")
    own = set(ds.matrix[u].indices.tolist())
    scores = model.score_kept(np.array([u]))[0]
    for col in np.argsort(-scores)[:5]:
        item = int(model._kept[col])
        kind, terms = model._contributions(u, item)
        assert kind == "item" and {j for j, _ in terms} <= own
        assert len(terms) == len(own)  # every item is outside the head here: each one cited
        assert sum(v for _, v in terms) == pytest.approx(float(scores[col]), rel=1e-4, abs=1e-5)


def _without(ds: Dataset, u: int, j: int) -> Dataset:
    m = ds.matrix.tolil(copy=True)
    m[u, j] = 0
    m = sp.csr_matrix(m)
    m.eliminate_zeros()
    return ds.with_matrix(m)


@pytest.mark.parametrize("where", ["tail", "head"])
def test_what_if_of_an_item_is_the_score_without_it(where: str) -> None:
    """The same learned weights installed over the history without the item give the same
    scores as the "what if" (the summary's count of tail items changes too)."""
    ds, _ = _groups_data(2)
    model = _head_ease(ds, side=True)
    kept = set(model._kept.tolist())
    u = next(
        r
        for r in range(ds.n_users)
        if any(i in kept for i in ds.matrix[r].indices)
        and sum(i not in kept for i in ds.matrix[r].indices) >= 2
    )
    history = ds.matrix[u].indices
    j = int(next(i for i in history if (i in kept) == (where == "head")))
    got = _exact_scores(model, u, j)
    again = EaseRecommender(model.params)
    again._install(_common_arrays(_without(ds, u, j)), model._state, model._meta, "x")
    want = again._score(np.array([u]))[0].astype(np.float64)
    head = model._kept
    np.testing.assert_allclose(got[head], want[head], rtol=1e-4, atol=1e-5)
    assert not np.allclose(got[head], model._score(np.array([u]))[0][head])  # it did change


def test_head_blend_fits_its_ease_with_the_summary_and_round_trips(monkeypatch, tmp_path) -> None:
    ds, _ = _groups_data(3)

    def prefer_blend(ease, als, held, weights, cancel=None, progress=None):
        assert "side_b" in ease._state  # the validation judges the EASE that will be served
        per_user = np.zeros((int((np.diff(held.indptr) > 0).sum()), len(weights)))
        per_user[:, list(weights).index(0.7)] = 0.1
        return per_user

    monkeypatch.setattr(default_module, "blend_ndcg", prefer_blend)
    model = create("default", {"ease_max_side": "10", "head_items": str(HEAD)}).fit(ds)
    assert model.chosen == "ease+als"
    assert {"ease.side_b", "ease.side_factors"} <= set(model._state)
    ease_meta = next(c["meta"] for c in model._meta["blend"] if c["algorithm"] == "ease")
    assert ease_meta["side_inputs"] == model._state["ease.side_b"].shape[0] > 0
    user = "zz"
    item = model.recommend(user, 1).items[0]
    ranker = WhatIfRanker(model, user)
    cited = [c for c, _ in model.explain(user, item).contributions][:3]
    assert cited and ranker.exact and ranker.what_if(item, cited)
    users = np.arange(ds.n_users)
    loaded = load_model(save_model(model, tmp_path / "side.npz"), dataset=ds)
    np.testing.assert_allclose(loaded._score(users), model._score(users), rtol=1e-6)
    # Switched off, the head EASE is the plain one.
    monkeypatch.setattr(default_module, "HEAD_EASE_SIDE", False)
    plain = create("default", {"ease_max_side": "10", "head_items": str(HEAD)})
    with pytest.raises(AssertionError):
        plain.fit(ds)
