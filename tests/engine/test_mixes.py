"""Daily mixes in the engine: clustering, the favourites/picks split, no shared items, order."""

from __future__ import annotations

import numpy as np

from desktop_recsys.engine.mixes import (
    MAX_MIX,
    MIN_MIX,
    cluster_taste,
    mix_order,
    own_centre_share,
    plan_mixes,
)
from desktop_recsys.engine.radio import artist_key, variety_problems


def _blobs(rng: np.random.Generator, k: int, per: int, dims: int = 12) -> np.ndarray:
    centres = np.eye(dims)[:k] * 3
    return np.vstack([c + 0.3 * rng.standard_normal((per, dims)) for c in centres])


def test_three_tastes_give_three_clusters_closer_to_their_own_centre() -> None:
    rng = np.random.default_rng(1)
    x = _blobs(rng, 3, 30)
    labels, centres = cluster_taste(x)
    assert len(centres) == 3
    # Each true group lands in one cluster.
    for g in range(3):
        assert len(set(labels[g * 30 : (g + 1) * 30].tolist())) == 1
    assert own_centre_share(x, labels, centres) == 1.0


def test_too_few_likes_make_one_cluster_or_none() -> None:
    rng = np.random.default_rng(2)
    labels, centres = cluster_taste(_blobs(rng, 2, 5))
    assert len(centres) == 1 and set(labels.tolist()) == {0}
    plans, _l, _c = plan_mixes(np.ones((4, 3)), [1] * 4, np.ones((50, 3)), [0.0] * 50)
    assert plans == []


def test_mixes_hold_30_to_50_items_about_60_percent_favourites_and_share_nothing() -> None:
    rng = np.random.default_rng(3)
    liked = _blobs(rng, 4, 40)
    candidates = _blobs(rng, 4, 100)
    scores = rng.random(len(candidates))
    plans, labels, centres = plan_mixes(liked, rng.random(len(liked)) + 1, candidates, scores)
    assert 2 <= len(plans) <= 6
    seen_fav: set[int] = set()
    seen_pick: set[int] = set()
    for plan in plans:
        size = len(plan.favourites) + len(plan.picks)
        assert MIN_MIX <= size <= MAX_MIX
        assert 0.5 <= len(plan.favourites) / size <= 0.7
        assert not seen_fav & set(plan.favourites) and not seen_pick & set(plan.picks)
        seen_fav |= set(plan.favourites)
        seen_pick |= set(plan.picks)
        # Picks come from near the cluster: most of them nearest to its centre.
        c = candidates[plan.picks] / np.linalg.norm(candidates[plan.picks], axis=1)[:, None]
        nearest = ((c[:, None, :] - centres[None]) ** 2).sum(axis=2).argmin(axis=1)
        own = int(np.argmin(((centres - plan.centre) ** 2).sum(axis=1)))
        assert np.mean(nearest == own) >= 0.8


def test_a_small_cluster_still_gets_its_picks() -> None:
    rng = np.random.default_rng(4)
    liked = np.vstack([_blobs(rng, 1, 40), _blobs(rng, 2, 15)[15:]])
    # Every candidate sits in the big cluster: the small one must still be dealt its share.
    candidates = _blobs(rng, 1, 200)
    plans, _labels, _centres = plan_mixes(liked, [1.0] * len(liked), candidates, [0.0] * 200)
    assert len(plans) == 2
    assert all(len(p.favourites) + len(p.picks) >= MIN_MIX for p in plans)


def test_mix_order_follows_the_variety_rules_where_it_can_and_drops_nothing() -> None:
    items = list(range(40))
    artists = [f"A{i % 12}" for i in items]
    order = mix_order(items, artists, [1.0 - i / 40 for i in items])
    assert sorted(order) == items
    assert variety_problems([artist_key(i, artists[i]) for i in order]) == []
    # One artist only: rules cannot hold, the mix keeps every item anyway.
    assert sorted(mix_order(items[:5], ["Same"] * 5, [1.0] * 5)) == items[:5]
