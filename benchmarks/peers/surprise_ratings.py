"""scikit-surprise (BaselineOnly, SVD, KNNBaseline) under the rating protocol, as a whole process.

Hyper-parameters: the library's defaults (BaselineOnly ALS baselines; SVD 100 factors,
20 epochs, lr 0.005, reg 0.02; KNNBaseline k=40 with its default MSD user-user similarity),
plus seed 42 where the model is random. Unknown users or items get Surprise's own fallback
(``est`` of ``predict``, the global mean plus known biases).
"""

from __future__ import annotations

import csv

import _common
import pandas as pd


def main() -> None:
    a = _common.args("ratings")
    from surprise import SVD, BaselineOnly, Dataset, KNNBaseline, Reader

    f = pd.read_csv(a.train, dtype={"user": str, "item": str})
    lo, hi = float(f["weight"].min()), float(f["weight"].max())
    data = Dataset.load_from_df(f[["user", "item", "weight"]], Reader(rating_scale=(lo, hi)))
    trainset = data.build_full_trainset()
    model = {
        "baseline": lambda: BaselineOnly(verbose=False),
        "svd": lambda: SVD(random_state=42),
        "knnbaseline": lambda: KNNBaseline(verbose=False),
    }[a.model]()
    model.fit(trainset)
    pairs = pd.read_csv(a.pairs, dtype={"user": str, "item": str})
    with open(a.out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["user", "item", "prediction"])
        for u, i in zip(pairs["user"], pairs["item"], strict=True):
            w.writerow([u, i, f"{model.predict(u, i).est:.6g}"])


if __name__ == "__main__":
    main()
