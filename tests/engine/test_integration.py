"""The real data sets under the protocol split: CF models must beat popularity.

Located at ``$DESKTOP_RECSYS_DATA`` or ``<repo>/../shared/data``; skipped when absent.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.evaluation import evaluate_ratings, evaluate_top_n, holdout_split
from desktop_recsys.engine.registry import create


def _require(path):
    if not path.exists():
        pytest.skip(f"data set not found at {path} (set DESKTOP_RECSYS_DATA)")
    return path


@pytest.fixture(scope="module")
def movielens(data_dir):
    path = _require(data_dir / "ml-latest-small" / "ratings.csv")
    frame = pd.read_csv(path, dtype={"userId": str, "movieId": str}).iloc[:, :3]
    frame.columns = ["user", "item", "weight"]
    train, test = holdout_split(frame)
    return Dataset.from_frame(train), test


@pytest.fixture(scope="module")
def lastfm(data_dir):
    path = _require(data_dir / "hetrec2011-lastfm-2k" / "user_artists.dat")
    frame = pd.read_csv(path, sep="\t", dtype=str)
    frame.columns = ["user", "item", "weight"]
    frame["weight"] = np.log1p(frame["weight"].astype(np.float64))  # protocol: log1p(count)
    train, test = holdout_split(frame)
    return Dataset.from_frame(train), test


def _ndcg(name, params, data):
    train, test = data
    model = create(name, params).fit(train)
    metrics = evaluate_top_n(model, train, test["user"].tolist(), test["item"].tolist())
    assert metrics.leaks == 0
    return metrics.ndcg_at_10


@pytest.fixture(scope="module")
def ml_popularity(movielens):
    return _ndcg("popularity", {}, movielens)


@pytest.mark.parametrize(
    ("name", "params", "margin"),
    [
        ("item-knn", {}, 1.6),
        ("user-knn", {}, 1.5),
        ("als", {}, 1.6),
        ("ease", {}, 1.8),
        # BPR is still weak (see issue 4 notes); a short run must at least beat popularity.
        ("bpr", {"epochs": "10", "learning_rate": "0.1"}, 1.1),
    ],
)
def test_movielens_cf_beats_popularity(name, params, margin, movielens, ml_popularity) -> None:
    ndcg = _ndcg(name, params, movielens)
    assert ndcg > margin * ml_popularity, (name, ndcg, ml_popularity)


def test_movielens_biased_mf_rmse(movielens) -> None:
    train, test = movielens
    model = create("biased-mf").fit(train)
    r = evaluate_ratings(model, test["user"], test["item"], test["weight"])
    baseline = evaluate_ratings(
        create("popularity").fit(train), test["user"], test["item"], test["weight"]
    )
    assert r.rmse < 0.9, r  # global-mean baseline is about 1.04 on this split
    assert r.pairs == len(test) and baseline.pairs == len(test)


def test_lastfm_cf_beats_popularity(lastfm) -> None:
    pop = _ndcg("popularity", {}, lastfm)
    for name in ("als", "item-knn"):
        ndcg = _ndcg(name, {}, lastfm)
        assert ndcg > 1.5 * pop, (name, ndcg, pop)
