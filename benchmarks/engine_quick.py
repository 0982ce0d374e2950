"""Quick in-process accuracy/time check of every engine algorithm under the protocol split.

Not the whole-process peer benchmark (that lives in ``benchmarks/README.md``); this is the
engineers' loop: ``python benchmarks/engine_quick.py [ml|lastfm] [algorithm ...]``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.evaluation import evaluate_ratings, evaluate_top_n, holdout_split
from desktop_recsys.engine.registry import algorithm_names, create

DATA = Path(
    os.environ.get(
        "DESKTOP_RECSYS_DATA", Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
    )
)


def load(name: str) -> tuple[pd.DataFrame, bool]:
    """The interactions of a data set as a user,item,weight frame, and whether they are ratings."""
    if name == "ml":
        f = pd.read_csv(
            DATA / "ml-latest-small" / "ratings.csv", dtype={"userId": str, "movieId": str}
        )
        return f.iloc[:, :3].set_axis(["user", "item", "weight"], axis=1), True
    f = pd.read_csv(DATA / "hetrec2011-lastfm-2k" / "user_artists.dat", sep="\t", dtype=str)
    f = f.set_axis(["user", "item", "weight"], axis=1)
    f["weight"] = np.log1p(f["weight"].astype(np.float64))
    return f, False


def main() -> None:
    name = sys.argv[1] if len(sys.argv) > 1 else "ml"
    algos = sys.argv[2:] or algorithm_names()
    frame, ratings = load(name)
    train_f, test_f = holdout_split(frame)
    train = Dataset.from_frame(train_f)
    for algo in algos:
        params = {}
        if "=" in algo:
            algo, _, rest = algo.partition(":")
            params = dict(kv.split("=") for kv in rest.split(","))
        model = create(algo, params)
        t0 = time.perf_counter()
        model.fit(train)
        t1 = time.perf_counter()
        m = evaluate_top_n(model, train, test_f["user"].tolist(), test_f["item"].tolist())
        t2 = time.perf_counter()
        line = f"{name:6s} {algo:10s} {params} ndcg@10={m.ndcg_at_10:.4f} recall@20={m.recall_at_20:.4f} cov={m.coverage_at_10:.3f} nov={m.novelty_at_10:.2f} leaks={m.leaks} fit={t1 - t0:.2f}s rec={t2 - t1:.2f}s"
        if ratings and model.predicts_ratings:
            r = evaluate_ratings(
                model, test_f["user"].tolist(), test_f["item"].tolist(), test_f["weight"].tolist()
            )
            line += f" rmse={r.rmse:.4f} mae={r.mae:.4f}"
        print(line, flush=True)


if __name__ == "__main__":
    main()
