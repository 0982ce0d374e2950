"""Social model: friends' tastes, weighting, fallback, and Last.fm."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.evaluation import evaluate_top_n, holdout_split
from desktop_recsys.engine.registry import create


def circle() -> Dataset:
    """ann's friends: bob (shares her taste, loves 'jazz') and cat (shares nothing, has
    'metal'); dan is bob's friend only (two hops from ann) and has 'folk'; eve has no friends."""
    users = ["ann", "ann", "bob", "bob", "bob", "cat", "dan", "dan", "eve", "eve"]
    items = ["a", "b", "a", "b", "jazz", "metal", "a", "folk", "a", "b"]
    return Dataset.from_arrays(
        users,
        items,
        [1, 1, 1, 1, 5, 1, 1, 1, 1, 1],
        friendships=[("ann", "bob"), ("ann", "cat"), ("bob", "dan")],
    )


def test_social_recommends_what_the_like_minded_friend_loved() -> None:
    model = create("social", {"two_hop_weight": "0"}).fit(circle())
    recs = model.recommend("ann", 3)
    assert recs.items[0] == "jazz"
    assert "folk" not in recs.items[: recs.fallback_from]  # dan is not a direct friend
    e = model.explain("ann", "jazz")
    assert e.kind == "user" and e.contributions[0][0] == "bob" and "bob" in e.text
    # Taste weighting: with taste_weight=1, cat (nothing in common) counts for nothing.
    only_taste = create("social", {"two_hop_weight": "0", "taste_weight": "1"}).fit(circle())
    assert (
        "metal"
        not in only_taste.recommend("ann", 3).items[: only_taste.recommend("ann", 3).fallback_from]
    )
    equal = create("social", {"two_hop_weight": "0", "taste_weight": "0"}).fit(circle())
    assert equal.predict("ann", ["metal"])[0] > 0


def test_social_two_hops_reach_friends_of_friends() -> None:
    model = create("social", {"two_hop_weight": "0.5"}).fit(circle())
    recs = model.recommend("ann", 3)
    assert "folk" in recs.items[: recs.fallback_from]
    assert "friend of a friend" in model.explain("ann", "folk").text


@pytest.mark.parametrize("fallback", ["content", "popularity"])
def test_social_users_without_friends_fall_back_explicitly(fallback) -> None:
    model = create("social", {"fallback": fallback}).fit(circle())
    recs = model.recommend("eve", 2)
    assert "no friends" in recs.reason and len(recs) == 2
    if fallback == "popularity":
        assert recs.fallback_from == 0
    else:
        assert "no friends" in model.explain("eve", recs.items[0]).text


def test_lastfm_social_beats_popularity(data_dir) -> None:
    base = data_dir / "hetrec2011-lastfm-2k"
    if not (base / "user_friends.dat").exists():
        pytest.skip(f"data set not found at {base} (set DESKTOP_RECSYS_DATA)")
    frame = pd.read_csv(base / "user_artists.dat", sep="\t", dtype=str)
    frame.columns = ["user", "item", "weight"]
    frame["weight"] = np.log1p(frame["weight"].astype(np.float64))
    train, test = holdout_split(frame)
    friends = pd.read_csv(base / "user_friends.dat", sep="\t", dtype=str)
    ds = Dataset.from_frame(
        train, friendships=list(zip(friends.iloc[:, 0], friends.iloc[:, 1], strict=True))
    )
    users, items = test["user"].tolist(), test["item"].tolist()
    social = evaluate_top_n(create("social", {"fallback": "popularity"}).fit(ds), ds, users, items)
    pop = evaluate_top_n(create("popularity").fit(ds), ds, users, items)
    assert social.leaks == 0
    assert social.ndcg_at_10 > 1.8 * pop.ndcg_at_10, (social, pop)  # ~0.18 vs ~0.076
