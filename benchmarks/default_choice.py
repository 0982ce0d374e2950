"""How often does ``default``'s validated choice lose to its own best component? (issue 15)

``default`` blends EASE and ALS with a weight chosen on a validation split carved from TRAIN
(``engine/algorithms/default.py``). This runs, for several seeds of the protocol's holdout
split, ``default``, ``ease`` and ``als`` on the same TRAIN and measures NDCG@10 on TEST, and
compares ``default`` with the better of its two components *on that test split* (an oracle
that ``default`` cannot know). Noise:

- ``val_se``: the standard error, on ``default``'s own validation split, of the paired
  per-user difference between the chosen weight and the weight of that component (0 or 1);
  ``default``'s meta records it (``validation.standard_error``).
- ``test_se``: the standard error of the paired per-user difference on the test split.

A loss "beyond noise" is a test gap larger than the validation's standard error of that same
comparison scaled to the test split's users (``val_se * sqrt(val_users / test_users)``) plus
the test split's own (``test_se``): the two are independent draws, so a gap below their sum
is what two equally good models show by chance.

    .venv/bin/python benchmarks/default_choice.py ml lastfm --seeds 42 1 2 3 4 5 6 7 8 9
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from engine_quick import load  # noqa: E402

from desktop_recsys.engine.dataset import Dataset  # noqa: E402
from desktop_recsys.engine.evaluation import holdout_split  # noqa: E402
from desktop_recsys.engine.evaluation import metrics as M  # noqa: E402
from desktop_recsys.engine.registry import create  # noqa: E402


def per_user_ndcg(model, train: Dataset, test) -> np.ndarray:
    relevant: dict[str, set[str]] = {}
    for u, i in zip(test["user"].astype(str), test["item"].astype(str), strict=True):
        relevant.setdefault(u, set()).add(i)
    users = sorted(relevant)
    lists = [r.items for r in model.recommend_many(users, 10)]
    items = M.id_matrix(train, lists, 10)
    hits, n_rel = M.hit_matrix(train, users, items, relevant)
    return M.ndcg_at_k(hits, n_rel, 10)


def run(name: str, seed: int) -> dict:
    frame, _ = load(name)
    train_f, test_f = holdout_split(frame, seed=seed)
    train = Dataset.from_frame(train_f)
    out: dict = {"data": name, "seed": seed}
    scores = {}
    for algo in ("default", "ease", "als"):
        t0 = time.perf_counter()
        model = create(algo).fit(train)
        scores[algo] = per_user_ndcg(model, train, test_f)
        out[f"{algo}_s"] = round(time.perf_counter() - t0, 2)
        out[algo] = round(float(scores[algo].mean()), 4)
        if algo == "default":
            val = model._meta.get("validation", {})
            out["weight"] = model.ease_weight
            out["val_users"] = int(val.get("validation_users", 0))
            se = val.get("standard_error")
            weights = val.get("weights")
            out["val_se_vs_ease"] = se[weights.index(1.0)] if se else 0.0
            out["val_se_vs_als"] = se[weights.index(0.0)] if se else 0.0
    best = max(("ease", "als"), key=lambda a: scores[a].mean())
    diff = scores["default"] - scores[best]
    n = len(diff)
    out["best"] = best
    out["gap"] = round(float(diff.mean()), 4)
    out["ratio"] = round(float(scores["default"].mean() / scores[best].mean()), 4)
    out["test_users"] = n
    out["test_se"] = round(float(diff.std(ddof=1) / math.sqrt(n)), 4)
    val_se = out[f"val_se_vs_{best}"] * math.sqrt(max(out["val_users"], 1) / n)
    out["noise"] = round(val_se + out["test_se"], 4)
    out["beyond_noise"] = bool(-out["gap"] > out["noise"])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="*", default=["ml", "lastfm"])
    parser.add_argument("--seeds", nargs="*", type=int, default=[42, *range(1, 10)])
    args = parser.parse_args()
    rows = []
    for name in args.data:
        for seed in args.seeds:
            row = run(name, seed)
            rows.append(row)
            print(json.dumps(row), flush=True)
    for name in args.data:
        mine = [r for r in rows if r["data"] == name]
        losses = sum(r["gap"] < 0 for r in mine)
        beyond = sum(r["beyond_noise"] for r in mine)
        worst = min(r["ratio"] for r in mine)
        print(
            f"{name}: default below its best component on {losses} of {len(mine)} seeds, "
            f"beyond noise on {beyond}; worst ratio {worst:.4f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
