"""More like this on ml-latest-small: neighbour precision@10 against held-out co-ratings.

The item-to-item protocol of ``EVALUATION.md``: the seed-42 top-N split; a query item is an
item with at least 20 likers (rating 4 or more) in TRAIN; a neighbour ``j`` of query ``i`` is a
hit when at least 2 of ``i``'s TRAIN likers have ``j`` among their held-out ratings. Every
method is scored on the same query items:

- ``genre overlap``: what "more like this" was before issue 15 (genres, years:
  :func:`desktop_recsys.engine.similarity.most_alike`);
- ``co-occurrence``: the behaviour part alone (cosine of who has both, shrunk);
- ``ease weights``: the row of EASE's item-item weights ``B[i, :]`` (the model's own);
- ``als factors``: the cosine of ALS's item factors;
- ``shipped``: :class:`desktop_recsys.engine.item_similarity.ItemNeighbours` (behaviour blended
  with content and series by support), what ``similar`` and the GUI use.

It also prints The Matrix's top 10 and Spirited Away's top 5 from the shipped method on all
the ratings (the goals of issue 15, also held by ``tests/engine/test_item_similarity_data.py``).

    python benchmarks/item_to_item.py
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp
from _harness import DATA, load_frame

from desktop_recsys.engine.evaluation import holdout_split
from desktop_recsys.engine.item_similarity import ItemNeighbours
from desktop_recsys.engine.similarity import ItemContent, most_alike

LIKE = 4.0
MIN_LIKERS = 20
HIT_AT = 2
N = 10


def ml_content(folder: Path) -> dict[str, ItemContent[str]]:
    """Each film's genres, year and title (the year cut off), as the library holds them."""
    movies = pd.read_csv(folder / "movies.csv", dtype={"movieId": str})
    out: dict[str, ItemContent[str]] = {}
    for m, title, genres in zip(movies.movieId, movies.title, movies.genres, strict=True):
        found = re.search(r"\s*\((\d{4})\)\s*$", title)
        name = title[: found.start()] if found else title
        year = int(found.group(1)) if found else None
        tags = frozenset(g for g in genres.split("|") if g != "(no genres listed)")
        out[m] = ItemContent(m, name, None, year, tags, frozenset())
    return out


def matrix(frame: pd.DataFrame, users: pd.Index, items: pd.Index) -> sp.csr_matrix:
    cols = items.get_indexer(frame["item"])
    keep = cols >= 0
    rows = users.get_indexer(frame["user"])[keep]
    return sp.csr_matrix((np.ones(int(keep.sum())), (rows, cols[keep])), (len(users), len(items)))


def precision(top: dict[int, list[int]], hits: np.ndarray, queries: np.ndarray) -> float:
    """Mean share of hits among each query's (up to) 10 neighbours (a missing one is a miss)."""
    shares = []
    for q, i in enumerate(queries):
        found = [j for j in top[int(i)] if j != i][:N]
        shares.append(sum(bool(hits[q, j]) for j in found) / N)
    return float(np.mean(shares))


def top_of(scores: np.ndarray, i: int) -> list[int]:
    s = np.asarray(scores, dtype=np.float64).copy()
    s[i] = -np.inf
    order = np.argsort(-s, kind="stable")[:N]
    return [int(j) for j in order if np.isfinite(s[j]) and s[j] > 0]


def main() -> None:
    frame, _ = load_frame("ml")
    train, test = holdout_split(frame)
    items = pd.Index(sorted(train["item"].unique()))
    users = pd.Index(sorted(frame["user"].unique()))
    x = matrix(train, users, items)
    likes = matrix(train[train["weight"] >= LIKE], users, items)
    held = matrix(test, users, items)
    likers = np.asarray(likes.sum(axis=0)).ravel()
    queries = np.flatnonzero(likers >= MIN_LIKERS)
    hits = (likes.T.tocsr()[queries] @ held).toarray() >= HIT_AT
    content = ml_content(DATA / "ml-latest-small")
    ids = [str(i) for i in items]
    known = {m: content[m] for m in ids if m in content}
    print(f"ml-latest-small: {len(queries)} query items (at least {MIN_LIKERS} likers in TRAIN)")
    results: dict[str, tuple[float, float]] = {}

    t = time.perf_counter()
    idx = {m: k for k, m in enumerate(ids)}
    plain = {m: c._replace(title="") for m, c in known.items()}  # no series: as before
    tops = {
        int(i): [idx[c.item_id] for c, _ in most_alike(plain[ids[i]], plain.values(), N)]
        for i in queries
    }
    results["genre overlap (before)"] = (precision(tops, hits, queries), time.perf_counter() - t)

    t = time.perf_counter()
    behaviour = ItemNeighbours(x, ids)
    tops = {int(i): top_of(behaviour.behaviour_scores(ids[i]), int(i)) for i in queries}
    results["co-occurrence"] = (precision(tops, hits, queries), time.perf_counter() - t)

    from desktop_recsys.engine.algorithms.als import AlsRecommender
    from desktop_recsys.engine.algorithms.ease import EaseRecommender
    from desktop_recsys.engine.dataset import Dataset

    data = Dataset.from_frame(train)
    order = items.get_indexer(data.item_ids)
    t = time.perf_counter()
    ease = EaseRecommender().fit(data)
    tops = {}
    for i in queries:
        col = int(np.flatnonzero(order == i)[0])
        row = np.zeros(len(items))
        row[order] = ease.weights_from(col)
        tops[int(i)] = top_of(row, int(i))
    results["ease weights"] = (precision(tops, hits, queries), time.perf_counter() - t)

    t = time.perf_counter()
    als = AlsRecommender().fit(data)
    y = als._state["item_factors"]
    yn = np.zeros((len(items), y.shape[1]))
    yn[order] = y / (np.linalg.norm(y, axis=1, keepdims=True) + 1e-12)
    tops = {int(i): top_of(yn @ yn[i], int(i)) for i in queries}
    results["als factors"] = (precision(tops, hits, queries), time.perf_counter() - t)

    t = time.perf_counter()
    shipped = ItemNeighbours(x, ids, content=known)
    tops = {
        int(i): [idx[nb.item] for nb in shipped.neighbours(ids[i], N) if nb.item in idx]
        for i in queries
    }
    results["shipped (blend)"] = (precision(tops, hits, queries), time.perf_counter() - t)

    base = results["genre overlap (before)"][0]
    print(f"| method | precision@10 | x genre overlap | seconds ({len(queries)} queries) |")
    print("|---|---:|---:|---:|")
    for name, (value, secs) in results.items():
        print(f"| {name} | {value:.4f} | {value / base:.2f}x | {secs:.1f} |")

    # The goals on all the ratings.
    every = ItemNeighbours(
        matrix(frame, users, pd.Index(sorted(frame["item"].unique()))),
        [str(i) for i in sorted(frame["item"].unique())],
        content=content,
    )
    for query, n in (("2571", 10), ("5618", 5)):
        names = [content[nb.item].title for nb in every.neighbours(query, n)]
        print(f"{content[query].title}: {'; '.join(names)}")


if __name__ == "__main__":
    main()
