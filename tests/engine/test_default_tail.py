"""``default``'s tail component (``engine/algorithms/_tail.py``): RP3beta over every item, kept
beside the head blend only where its validation split says it helps."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp

from desktop_recsys.engine.algorithms import _tail
from desktop_recsys.engine.algorithms import default as default_module
from desktop_recsys.engine.algorithms._blend_validation import component_z, standardise_rows
from desktop_recsys.engine.algorithms._tail import (
    Rp3Params,
    Rp3Recommender,
    capped_binary,
    choose_tail,
    rp3_neighbours,
    tail_combos,
    top_about_k,
)
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.evaluation import holdout_split
from desktop_recsys.engine.evaluation.metrics import evaluate_top_n
from desktop_recsys.engine.persistence import load_model, save_model
from desktop_recsys.engine.registry import create

sys.path.insert(0, str(Path(__file__).parent))
from test_default_head import _fake_validation, _taste_data  # noqa: E402


def _dense_rp3_rows(x: sp.csr_matrix, beta: float, rows: np.ndarray) -> np.ndarray:
    """Rows ``rows`` of RP3beta's items x items matrix by its definition (binary ``x``, no
    pruning, no item its own neighbour)."""
    b = (x > 0).astype(np.float64).tocsc()
    deg_u = np.maximum(np.asarray(b.sum(axis=1)).ravel(), 1)
    deg_i = np.asarray(b.sum(axis=0)).ravel()
    left = b[:, rows].toarray().T / np.maximum(deg_i[rows], 1)[:, None]
    w = np.asarray((sp.csr_matrix(left) @ sp.diags(1 / deg_u) @ b).todense())
    w *= np.where(deg_i > 0, np.maximum(deg_i, 1) ** -beta, 0.0)[None, :]
    w[np.arange(len(rows)), rows] = 0.0
    return w


def test_rp3beta_on_movielens_keeps_each_items_largest_walks_and_beats_popularity(
    movielens_ratings,
) -> None:
    train, test = holdout_split(movielens_ratings)
    ds = Dataset.from_frame(train)
    params = Rp3Params(beta=0.3, neighbours=50, user_cap=0)
    model = Rp3Recommender(params).fit(ds)
    w = model._w
    assert w.shape == (ds.n_items, ds.n_items) and (w.data > 0).all()
    assert (w.diagonal() == 0).all()
    # Against the definition, on the 40 most popular items (their rows are the fullest): every
    # kept value is the walk's exact value, and each row keeps its 50 largest (and those within
    # the 50th's histogram bin), never a smaller value in place of a larger one.
    pop = np.diff(ds.matrix.tocsc().indptr)
    some = np.argsort(-pop, kind="stable")[:40]
    exact = _dense_rp3_rows(ds.matrix, 0.3, some)
    for row, i in zip(exact, some, strict=True):
        kept = w[i]
        np.testing.assert_allclose(kept.data, row[kept.indices], rtol=1e-5)
        assert 50 <= kept.nnz <= 120
        dropped = np.setdiff1d(np.flatnonzero(row > 0), kept.indices)
        assert row[dropped].max() <= kept.data.min() * (1 + 1e-6)
        assert set(np.argsort(-row, kind="stable")[:45]) <= set(kept.indices)
    # A useful ranker on real data: above popularity on the protocol's held-out part.
    users, items = test["user"].tolist(), test["item"].tolist()
    rp3 = evaluate_top_n(model, ds, users, items)
    popular = evaluate_top_n(create("popularity").fit(ds), ds, users, items)
    assert rp3.leaks == 0
    assert rp3.ndcg_at_10 > 1.2 * popular.ndcg_at_10, (rp3.ndcg_at_10, popular.ndcg_at_10)
    # Its blend term, constant plus sparse entries, is the weighted z-score of the dense row.
    some_users = np.arange(0, ds.n_users, 7)
    constant, entries = model.sparse_z(some_users, 0.3)
    rebuilt = entries.toarray() + constant[:, None]
    dense = 0.3 * standardise_rows(model._score(some_users))
    np.testing.assert_allclose(rebuilt, dense, rtol=1e-4, atol=2e-5)


def test_top_about_k_and_the_user_cap_against_brute_force() -> None:
    block = sp.random(30, 400, density=0.3, random_state=4, dtype=np.float32, format="csr")
    block.data = (block.data + 1e-3).astype(np.float32)
    keep = top_about_k(block, 10)
    for r in range(30):
        vals = block.data[block.indptr[r] : block.indptr[r + 1]]
        mask = keep[block.indptr[r] : block.indptr[r + 1]]
        assert mask.sum() >= min(10, len(vals))
        assert vals[mask].min() >= np.sort(vals)[::-1][min(10, len(vals)) - 1] * 0.8
        assert vals[~mask].max(initial=0) <= vals[mask].min()
    # A row with fewer than k entries keeps them all.
    small = sp.csr_matrix(np.array([[0, 3, 0, 1]], dtype=np.float32))
    assert top_about_k(small, 10).all()
    # The user cap: every user keeps min(cap, items), all of them among its own, seeded.
    x = sp.random(50, 300, density=0.2, random_state=5, format="csr")
    capped = capped_binary(x, 20, seed=1)
    assert (np.diff(capped.indptr) == np.minimum(np.diff(x.indptr), 20)).all()
    assert (capped.multiply(x > 0) != capped).nnz == 0 and set(capped.data) == {1.0}
    assert (capped != capped_binary(x, 20, seed=1)).nnz == 0
    assert (capped_binary(x, 0) != (x > 0).astype(np.float32)).nnz == 0


def _fake_tail_validation(gain: float, noise: float, calls: list[np.ndarray]):
    """A ``blend_ndcg_parts`` whose blend number 5 (of ``tail_combos``) beats the head blend
    (number 0) by ``gain`` on average."""

    def fake(z_of, seen, held, combos, cancel=None):
        assert seen.multiply(held).nnz == 0  # RP3beta and the others never saw the held part
        calls.append(np.array(combos))
        n = int((np.diff(held.indptr) > 0).sum())
        rng = np.random.default_rng(6)
        per_user = np.repeat(rng.random((n, 1)) * 0.3, len(combos), axis=1)
        per_user[:, 5] += gain + rng.normal(0, noise, n)
        # The components really score the validation users (z-scores, one row each).
        assert all(f(np.arange(3)).shape == (3, held.shape[1]) for f in z_of)
        return per_user

    return fake


def test_tail_is_served_only_when_it_wins_on_validation(monkeypatch, tmp_path) -> None:
    ds = _taste_data()
    head_calls: list[tuple[float, ...]] = []
    monkeypatch.setattr(default_module, "blend_ndcg", _fake_validation(0.05, 0.001, head_calls))
    calls: list[np.ndarray] = []
    monkeypatch.setattr(_tail, "blend_ndcg_parts", _fake_tail_validation(0.05, 0.001, calls))
    params = {"ease_max_side": "10", "head_items": "40", "tail": "1"}
    model = create("default", params).fit(ds)
    combos = tail_combos(0.7)
    assert len(calls) == 1 and np.allclose(calls[0], combos)
    assert model.chosen == "ease+als+rp3beta"
    weights = {m.name: w for m, w in model._parts}
    assert weights == pytest.approx(dict(zip(("ease", "als", "rp3beta"), combos[5], strict=True)))
    assert model._meta["validation"]["tail"]["chosen"] == 5
    # Served: the blend of the three z-scores (RP3beta's by its sparse entries).
    users = np.arange(0, ds.n_users, 3)
    expected = sum(w * component_z(m, m._score(users)) for m, w in model._parts)
    np.testing.assert_allclose(model._model_score(users), expected, atol=1e-5)
    user = ds.user_ids[0]
    top = model.recommend(user, 5)
    assert len(top.items) == 5 and model.explain(user, top.items[0])
    save_model(model, tmp_path / "m")
    back = load_model(tmp_path / "m")
    assert back.chosen == "ease+als+rp3beta"
    np.testing.assert_allclose(back._model_score(users), model._model_score(users), atol=1e-6)
    # A gain within the validation's noise: the head blend as before, no RP3beta stored.
    calls.clear()
    monkeypatch.setattr(_tail, "blend_ndcg_parts", _fake_tail_validation(0.002, 0.1, calls))
    model = create("default", params).fit(ds)
    assert calls and model.chosen == "ease+als" and model.ease_weight == pytest.approx(0.7)
    assert model._meta["validation"]["tail"]["chosen"] == 0
    assert not any(k.startswith("rp3beta.") for k in model._state)


def test_tail_is_tried_only_when_asked_or_where_the_head_covers_little(monkeypatch) -> None:
    ds = _taste_data()  # 120 items
    monkeypatch.setattr(default_module, "blend_ndcg", _fake_validation(0.05, 0.001, []))
    calls: list[np.ndarray] = []
    monkeypatch.setattr(_tail, "blend_ndcg_parts", _fake_tail_validation(0.05, 0.001, calls))
    cases = (("40", "-1", False), ("20", "-1", True), ("20", "0", False), ("20", None, False))
    for head, tail, tried in cases:  # not tried by default: its fit costs CPU (module doc)
        calls.clear()
        params = {"ease_max_side": "10", "head_items": head}
        model = create("default", params if tail is None else {**params, "tail": tail})
        model.fit(ds)
        assert bool(calls) is tried and ("tail" in model._meta["validation"]) is tried


def test_choose_tail_needs_two_standard_errors() -> None:
    rng = np.random.default_rng(0)
    base = rng.random(2000)
    noise = rng.normal(0, 0.1, 2000)
    se = noise.std(ddof=1) / np.sqrt(2000)
    for gain, expected in ((1.5 * se, 0), (3.0 * se, 2)):
        per_user = np.stack([base, base + noise - noise.mean() + 0.5 * gain, base + noise
                             - noise.mean() + gain], axis=1)  # fmt: skip
        assert choose_tail(per_user, 0, [1, 2]) == expected
    assert choose_tail(per_user, 0, []) == 0
    # The combos: the head blend first, then RP3beta at 0.1-0.3 with EASE stepped down.
    combos = tail_combos(0.9)
    assert combos[0].tolist() == [0.9, 0.1, 0.0]
    assert np.allclose(combos.sum(axis=1), 1.0) and (combos >= 0).all()
    assert {round(v, 3) for v in combos[1:, 2]} == {0.1, 0.2, 0.3}
    assert (tail_combos(0.0)[:, 0] == 0).all()


def test_rp3_neighbours_cancel() -> None:
    from desktop_recsys.engine.progress import CancelToken
    from desktop_recsys.errors import Cancelled

    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        rp3_neighbours(_taste_data().matrix, Rp3Params(), cancel=token)
