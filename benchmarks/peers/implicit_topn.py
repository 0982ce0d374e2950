"""implicit (ALS, BPR, item-item cosine, BM25) under the protocol, as a whole process.

Hyper-parameters: the library's own defaults (implicit 0.7), the ones a user gets:
ALS factors=100, regularization=0.01, alpha=1, iterations=15; BPR factors=100,
learning_rate=0.01, regularization=0.01, iterations=100; cosine and BM25 K=20 (BM25 K1=1.2,
B=0.75). The TRAIN weights are the confidence values (implicit's documented input).
Recommendations come from the library's batched ``recommend`` with seen items filtered.
"""

from __future__ import annotations

import csv

import _common
from threadpoolctl import threadpool_limits


def main() -> None:
    a = _common.args("topn")
    import implicit  # noqa: F401  (timed as part of the process, like any user would)
    from implicit.als import AlternatingLeastSquares
    from implicit.bpr import BayesianPersonalizedRanking
    from implicit.nearest_neighbours import BM25Recommender, CosineRecommender

    users, items, m = _common.read_train(a.train)
    make = {
        "als": lambda: AlternatingLeastSquares(random_state=42),
        "bpr": lambda: BayesianPersonalizedRanking(random_state=42),
        "cosine": lambda: CosineRecommender(),
        "bm25": lambda: BM25Recommender(),
    }
    model = make[a.model]()
    # implicit itself warns to limit BLAS to one thread (it parallelises on its own).
    with threadpool_limits(1, "blas"):
        model.fit(m, show_progress=False)
        ids, scores = model.recommend(
            list(range(len(users))), m, N=a.n, filter_already_liked_items=True
        )
    with open(a.out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["user", "item", "rank", "score"])
        for u in range(len(users)):
            rank = 0
            for it, s in zip(ids[u], scores[u], strict=True):
                if it < 0 or not (s > -1e30):
                    continue
                rank += 1
                w.writerow([users[u], items[it], rank, f"{s:.6g}"])


if __name__ == "__main__":
    main()
