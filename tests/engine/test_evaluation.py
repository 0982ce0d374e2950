from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.evaluation import holdout_split, rating_metrics, top_n_metrics


def frame_with_counts(counts: dict[str, int]) -> pd.DataFrame:
    rows = [(u, f"i{k}", 1.0) for u, n in counts.items() for k in range(n)]
    return pd.DataFrame(rows, columns=["user", "item", "weight"])


def test_split_holds_out_floor_of_a_fifth_for_users_with_five_or_more() -> None:
    frame = frame_with_counts({"four": 4, "five": 5, "nine": 9, "ten": 10, "many": 23})
    train, test = holdout_split(frame)
    held = test.groupby("user").size().to_dict()
    assert held == {"five": 1, "nine": 1, "ten": 2, "many": 4}
    assert len(train) + len(test) == len(frame)
    assert not set(train.index) & set(test.index)


def test_split_is_deterministic_and_seeded() -> None:
    frame = frame_with_counts({f"u{k}": 20 for k in range(30)})
    a = holdout_split(frame)[1]
    b = holdout_split(frame)[1]
    c = holdout_split(frame, seed=7)[1]
    assert a.index.tolist() == b.index.tolist()
    assert a.index.tolist() != c.index.tolist()


def test_top_n_metrics_by_hand() -> None:
    train = Dataset.from_arrays(["u", "u", "v", "w"], ["s", "z", "s", "x"])
    # u: relevant {x, y}; ranked [x, s(seen: a leak), y]; v: relevant {z}, ranked [].
    m = top_n_metrics({"u": ["x", "s", "y"], "v": []}, {"u": ["x", "y"], "v": ["z"]}, train)
    ndcg_u = (1 + 1 / math.log2(4)) / (1 + 1 / math.log2(3))
    assert m.ndcg_at_10 == pytest.approx(ndcg_u / 2)
    assert m.recall_at_20 == pytest.approx((1.0 + 0.0) / 2)
    assert m.leaks == 1
    assert m.users == 2
    # shown in a top 10: x and s (y is not a TRAIN item) out of 3 TRAIN items.
    assert m.coverage_at_10 == pytest.approx(2 / 3)
    # popularity: x 1 user, s 2 users, of 3 users.
    assert m.novelty_at_10 == pytest.approx((-math.log2(1 / 3) - math.log2(2 / 3)) / 2)


def test_rating_metrics() -> None:
    r = rating_metrics([3.0, 4.0, 5.0], [4.0, 4.0, 3.0])
    assert r.rmse == pytest.approx(np.sqrt(5 / 3))
    assert r.mae == pytest.approx(1.0)
    assert r.pairs == 3
