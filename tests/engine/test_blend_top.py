"""The head blend's lists from its head items alone (``_blend_top``): the same lists as scoring
the whole catalogue, taken only where provably so."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from desktop_recsys.engine.algorithms import _blend_top
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.registry import create


def _taste_data(seed: int = 0, users: int = 300, items: int = 400) -> Dataset:
    """Users with 6-40 items from two of eight taste groups, power-law popularity."""
    rng = np.random.default_rng(seed)
    pop = np.arange(1, items + 1, dtype=float) ** -0.9
    group = np.arange(items) % 8
    rows, cols = [], []
    for u in range(users):
        liked = rng.choice(8, 2, replace=False)
        w = pop * np.where(np.isin(group, liked), 1.0, 0.05)
        k = int(rng.integers(6, 41))
        for i in rng.choice(items, size=k, replace=False, p=w / w.sum()):
            rows.append(f"u{u:03d}")
            cols.append(f"i{i:03d}")
    return Dataset.from_arrays(rows, cols, rng.integers(1, 6, len(rows)).astype(float))


def _head_blend(ds: Dataset, head: int, weight: str = "0.8"):  # type: ignore[no-untyped-def]
    model = create(
        "default", {"ease_max_side": "10", "head_items": str(head), "ease_weight": weight}
    ).fit(ds)
    assert model.chosen == "ease+als" and model._head_top is not None
    return model


def _whole_catalogue(model, users, n, **kw):  # type: ignore[no-untyped-def]
    """The lists as the base class makes them: every item scored."""
    shortcut, model._head_top = model._head_top, None
    try:
        return model.recommend_many(users, n, **kw)
    finally:
        model._head_top = shortcut


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many rows the shortcut answered, per call."""
    answered: list[int] = []
    real = _blend_top.HeadFirstTop.top_n

    def top_n(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        items, values, exact = real(self, *args, **kwargs)
        answered.append(int(exact.sum()))
        return items, values, exact

    monkeypatch.setattr(_blend_top.HeadFirstTop, "top_n", top_n)
    return answered


def assert_same_lists(got, want) -> None:  # type: ignore[no-untyped-def]
    """Equal lists; two items may swap only where their scores tie to float32 rounding."""
    assert len(got) == len(want)
    for g, w in zip(got, want, strict=True):
        assert g.user == w.user and len(g.items) == len(w.items), (g, w)
        np.testing.assert_allclose(g.scores, w.scores, rtol=2e-5, atol=2e-6)
        for pos, (a, b) in enumerate(zip(g.items, w.items, strict=True)):
            if a != b:  # a tie: the other list has the same item at a score within rounding
                j = w.items.index(a) if a in w.items else None
                assert j is not None and abs(w.scores[j] - g.scores[pos]) <= 2e-5 * (
                    1 + abs(g.scores[pos])
                ), (g, w)
        assert g.fallback_from == w.fallback_from and g.reason == w.reason


@pytest.mark.parametrize(("n", "share"), [(1, 0.5), (10, 0.15), (50, 0.0)])
def test_lists_from_the_head_equal_the_whole_catalogues(
    n: int, share: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    ds = _taste_data(1)
    model = _head_blend(ds, head=120)
    users = ds.user_ids.tolist()
    want = _whole_catalogue(model, users, n)
    answered = _counting(monkeypatch)
    got = model.recommend_many(users, n)
    assert_same_lists(got, want)
    # Rows that never needed the items outside the head (the others were scored in full):
    # on these small data, fewer for a longer list (on Last.fm, 1,874 of 1,892 for 10).
    assert sum(answered) >= share * len(users), answered


def test_seen_excluded_and_cold_users_are_treated_as_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ds = _taste_data(2)
    model = _head_blend(ds, head=100)
    users = ds.user_ids.tolist()
    head = model._item_ids[model._head_top._cols]
    outside = sorted(set(model._item_ids) - set(head))
    exclude = [*head[:7].tolist(), *outside[:5]]
    counts = np.diff(model._seen.indptr)
    assert (counts < 10).any()  # cold users (popularity-blended rows) are in the block
    for kw in ({"exclude": exclude}, {"include_seen": True}, {}):
        want = _whole_catalogue(model, users, 10, **kw)
        got = model.recommend_many(users, 10, **kw)
        assert_same_lists(got, want)
        for rec in got:
            assert not set(rec.items) & set(kw.get("exclude", []))


def test_an_item_outside_the_head_that_can_win_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """An item outside the head whose factors point straight at a user's: the bound does not
    hold for that user, who is scored over the whole catalogue and gets it first."""
    ds = _taste_data(3)
    model = _head_blend(ds, head=100, weight="0.5")
    als = next(m for m, _ in model._parts if m.name == "als")
    counts = np.diff(model._seen.indptr)
    user = int(np.flatnonzero(counts >= 20)[0])
    seen = set(model._seen[user].indices.tolist())
    head = set(model._head_top._cols.tolist())
    target = next(i for i in range(ds.n_items) if i not in head and i not in seen)
    als._y[target] = 50.0 * als._x[user]
    model._prepare()  # the factor product and the bound read the changed factors
    name = ds.user_ids[user]
    answered = _counting(monkeypatch)
    got = model.recommend_many([name, *ds.user_ids[:40].tolist()], 10)
    assert got[0].items[0] == ds.item_ids[target]
    assert_same_lists(got, _whole_catalogue(model, [name, *ds.user_ids[:40].tolist()], 10))
    assert answered and answered[0] < 41


def test_more_items_than_the_head_holds_are_completed_from_the_catalogue() -> None:
    ds = _taste_data(4, users=120, items=260)
    model = _head_blend(ds, head=40)
    users = ds.user_ids.tolist()
    assert_same_lists(model.recommend_many(users, 60), _whole_catalogue(model, users, 60))


def test_last_fm_lists_from_the_head_equal_the_whole_catalogues(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    frame = pd.read_csv(data_dir / "hetrec2011-lastfm-2k" / "user_artists.dat", sep="\t", dtype=str)
    ds = Dataset.from_arrays(
        frame["userID"].tolist(), frame["artistID"].tolist(), frame["weight"].astype(float)
    )
    model = create("default", {"ease_max_side": "10", "head_items": "600"}).fit(ds)
    assert model._head_top is not None  # the validation kept the head blend
    users = ds.user_ids.tolist()
    want = _whole_catalogue(model, users, 10)
    answered = _counting(monkeypatch)
    got = model.recommend_many(users, 10)
    assert_same_lists(got, want)
    assert sum(answered) > 0.5 * len(users)
