"""Cold start on ml-latest-small: users cut to their first 1, 3 and 5 interactions.

The cold-start protocol of ``EVALUATION.md``: users with at least 20 ratings are the cold
users; for each cut k, a cold user keeps only their first k ratings by time in TRAIN (every
other user keeps everything) and the rest of their ratings are the test set. NDCG@10 and
Recall@20 over the cold users only, for ``default``, ``hybrid`` and ``popularity`` (and any
other algorithm named on the command line).

    python benchmarks/cold_start.py [--cold-users N] [ALGORITHM ...]

``--cold-users`` samples that many cold users (seed 42) so that one run stays short; every
algorithm is scored on the same users. Goal (issue 15): ``default`` at least ``hybrid``'s and
never below ``popularity``'s NDCG@10 at every cut.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import numpy as np
import pandas as pd

from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.evaluation.metrics import evaluate_top_n
from desktop_recsys.engine.registry import create

DATA = Path(
    os.environ.get(
        "DESKTOP_RECSYS_DATA", Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
    )
)
CUTS = (1, 3, 5)
MIN_INTERACTIONS = 20


def load_movielens() -> tuple[pd.DataFrame, dict[str, dict[str, list[str]]]]:
    """Ratings (user, item, weight, time) and the films' genres as item attributes."""
    folder = DATA / "ml-latest-small"
    frame = pd.read_csv(folder / "ratings.csv", dtype={"userId": str, "movieId": str})
    frame = frame.set_axis(["user", "item", "weight", "time"], axis=1)
    movies = pd.read_csv(folder / "movies.csv", dtype={"movieId": str})
    genres = {
        str(m): [g for g in str(gs).split("|") if g and g != "(no genres listed)"]
        for m, gs in zip(movies["movieId"], movies["genres"], strict=True)
    }
    return frame, {"genres": genres}


def cold_split(
    frame: pd.DataFrame, k: int, cold_users: list[str]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """TRAIN (cold users keep their first ``k`` ratings by time) and TEST (the rest of theirs)."""
    is_cold = frame["user"].isin(cold_users)
    cold = frame[is_cold].sort_values(["user", "time", "item"], kind="stable")
    rank = cold.groupby("user").cumcount()
    train = pd.concat([frame[~is_cold], cold[rank < k]])
    return train, cold[rank >= k]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("algorithms", nargs="*", default=["popularity", "hybrid", "default"])
    parser.add_argument("--cold-users", type=int, default=0, help="sample this many (0 = all)")
    args = parser.parse_args()
    frame, attributes = load_movielens()
    counts = frame.groupby("user").size()
    cold_users = sorted(counts[counts >= MIN_INTERACTIONS].index)
    if args.cold_users and args.cold_users < len(cold_users):
        rng = np.random.default_rng(42)
        cold_users = sorted(rng.choice(cold_users, size=args.cold_users, replace=False).tolist())
    print(f"ml-latest-small: {len(cold_users)} cold users (at least {MIN_INTERACTIONS} ratings)")
    print(f"{'cut':>3}  {'algorithm':<12} {'NDCG@10':>8} {'Recall@20':>9} {'fit s':>6}")
    for k in CUTS:
        train_f, test_f = cold_split(frame, k, cold_users)
        train = Dataset.from_frame(
            train_f, item_attributes=attributes, extra_items=frame["item"].unique()
        )
        for name in args.algorithms:
            model = create(name, {})
            began = time.perf_counter()
            model.fit(train)
            fit_s = time.perf_counter() - began
            m = evaluate_top_n(model, train, test_f["user"].tolist(), test_f["item"].tolist())
            print(f"{k:>3}  {name:<12} {m.ndcg_at_10:8.4f} {m.recall_at_20:9.4f} {fit_s:6.1f}")


if __name__ == "__main__":
    main()
