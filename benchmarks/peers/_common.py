"""Helpers shared by the peer scripts (run in the peers' own venv, so no desktop_recsys here)."""

from __future__ import annotations

import argparse
import csv
from collections.abc import Callable

import numpy as np
import pandas as pd
import scipy.sparse as sp


def args(kind: str) -> argparse.Namespace:
    """Command line of a peer script: the same files as ``desktop-recsys recommend-file``."""
    p = argparse.ArgumentParser()
    p.add_argument("--train", required=True)
    p.add_argument("--model", required=True)
    p.add_argument("--out", required=True)
    if kind == "topn":
        p.add_argument("--n", type=int, default=20)
    else:
        p.add_argument("--pairs", required=True)
    return p.parse_args()


def read_train(path: str) -> tuple[np.ndarray, np.ndarray, sp.csr_matrix]:
    """User ids, item ids (sorted) and the users x items weight matrix of a TRAIN.csv."""
    f = pd.read_csv(path, dtype={"user": str, "item": str})
    if "weight" not in f:
        f["weight"] = 1.0
    u_codes, users = pd.factorize(f["user"], sort=True)
    i_codes, items = pd.factorize(f["item"], sort=True)
    m = sp.csr_matrix(
        (f["weight"].to_numpy(np.float32), (u_codes, i_codes)), shape=(len(users), len(items))
    )
    m.sum_duplicates()
    return np.asarray(users, dtype=str), np.asarray(items, dtype=str), m


def write_topn(
    out: str,
    users: np.ndarray,
    items: np.ndarray,
    seen: sp.csr_matrix,
    n: int,
    scores_of: Callable[[np.ndarray], np.ndarray],
    block: int = 512,
) -> None:
    """Rank every item for every user by ``scores_of(user_indices)`` (dense block), seen
    items removed, and write ``user,item,rank,score``."""
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["user", "item", "rank", "score"])
        for start in range(0, len(users), block):
            idx = np.arange(start, min(start + block, len(users)))
            s = np.asarray(scores_of(idx), dtype=np.float64)
            sub = seen[idx]
            rows = np.repeat(np.arange(len(idx)), np.diff(sub.indptr))
            s[rows, sub.indices] = -np.inf
            k = min(n, s.shape[1] - 1)
            top = np.argpartition(-s, k, axis=1)[:, :k]
            order = np.argsort(-np.take_along_axis(s, top, axis=1), axis=1, kind="stable")
            top = np.take_along_axis(top, order, axis=1)
            for r, u in enumerate(idx):
                for rank, it in enumerate(top[r], start=1):
                    if np.isfinite(s[r, it]):
                        w.writerow([users[u], items[it], rank, f"{s[r, it]:.6g}"])
