"""The project's ranking metrics against cornac's, on the same recommendation lists (issue 5).

    .venv/bin/python benchmarks/metric_crosscheck.py [--users 600]

Not part of the test suite: cornac lives only in the peers' venv. This script runs twice: in
the project's venv it builds the lists and computes the project's per-user values
(``engine.evaluation.metrics``), then starts itself in the peers' venv (``--peer``, numpy and
cornac only) to compute cornac 3's values on the very same lists, and compares user by user.

Two sets of lists:

- **real**: the top-100 lists of the project's ``default`` recommender on the seed-42 split of
  ml-latest-small (``EVALUATION.md``), held-out items as relevant;
- **full**: random complete rankings of 300 items for ``--users`` synthetic users with 1 to 30
  relevant items each, so that metrics over the whole ranking (MAP, AUC) are comparable.

Where the definitions differ, the comparison says how: cornac's Recall@K divides by
``|relevant|`` where ``EVALUATION.md`` divides by ``min(|relevant|, K)`` (compared rescaled, and
exactly on users with ``|relevant| <= K``); cornac's MRR looks at the whole list and refuses
users without a hit (compared on users with a hit); cornac's MAP and AUC need complete rankings
(compared on the full set; cornac counts ties as losses, and a full ranking has none).

Exit status 0 when every compared value agrees within 1e-9.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

TOLERANCE = 1e-9
K = 10


def peer_main(in_path: str, out_path: str) -> None:
    """Peers' venv side: cornac's per-user values for every list in ``in_path``."""
    from cornac.metrics import AUC, MAP, MRR, NDCG, HitRatio, Precision, Recall

    data = np.load(in_path)
    out: dict[str, np.ndarray] = {}
    for case in ("real", "full"):
        lists = data[f"{case}_lists"]
        indptr, indices = data[f"{case}_rel_indptr"], data[f"{case}_rel_indices"]
        values: dict[str, list[float]] = {m: [] for m in
                                          ("ndcg", "precision", "recall", "hit", "mrr", "map", "auc")}  # fmt: skip
        for row in range(len(lists)):
            ranked = lists[row][lists[row] >= 0]
            gt = indices[indptr[row] : indptr[row + 1]]
            values["ndcg"].append(NDCG(k=K).compute(gt_pos=gt, pd_rank=ranked))
            values["precision"].append(Precision(k=K).compute(gt_pos=gt, pd_rank=ranked))
            values["recall"].append(Recall(k=K).compute(gt_pos=gt, pd_rank=ranked))
            values["hit"].append(HitRatio(k=K).compute(gt_pos=gt, pd_rank=ranked))
            try:
                values["mrr"].append(MRR().compute(gt_pos=gt, pd_rank=ranked))
            except ValueError:  # cornac refuses a list without a hit
                values["mrr"].append(np.nan)
            if case == "full":
                # Scores that reproduce the ranking: the first item highest, no ties.
                scores = -np.arange(len(ranked), dtype=np.float64)
                values["map"].append(
                    MAP().compute(item_indices=ranked, pd_scores=scores, gt_pos=gt)
                )
                values["auc"].append(
                    AUC().compute(item_indices=ranked, pd_scores=scores, gt_pos=gt)
                )
        for name, v in values.items():
            out[f"{case}_{name}"] = np.asarray(v, dtype=np.float64)
    np.savez(out_path, **out)


def build_lists(users: int) -> dict[str, np.ndarray]:
    """The two sets of lists (item indices, ``-1`` padded) and relevant sets (CSR)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _harness import make_split

    from desktop_recsys.engine.evaluation import metrics as M
    from desktop_recsys.engine.registry import create

    arrays: dict[str, np.ndarray] = {}
    with tempfile.TemporaryDirectory() as tmp:
        split = make_split("ml", Path(tmp))
    model = create("default")
    model.fit(split.train)
    relevant: dict[str, set[str]] = {}
    for u, i in zip(split.test["user"].astype(str), split.test["item"].astype(str), strict=True):
        relevant.setdefault(u, set()).add(i)
    tested = sorted(relevant)
    recs = {r.user: r.items for r in model.recommend_many(tested, 100)}
    lists = M.id_matrix(split.train, [recs.get(u, []) for u in tested], 100)
    # Relevant items unknown to TRAIN can never be listed; both sides see the same index sets,
    # and the count of every relevant item (known or not) for the project's denominators.
    rel_idx = [M.lookup(split.train.item_ids, np.array(sorted(relevant[u]), dtype=str))
               for u in tested]  # fmt: skip
    arrays["real_n_relevant"] = np.array([len(relevant[u]) for u in tested])
    # An unknown relevant item gets a fresh index beyond the catalogue: relevant, never listed.
    fresh = split.train.n_items
    rel_rows = []
    for idx in rel_idx:
        unknown = int((idx < 0).sum())
        rel_rows.append(np.concatenate([idx[idx >= 0], np.arange(fresh, fresh + unknown)]))
        fresh += unknown
    arrays["real_lists"] = lists
    arrays["real_rel_indptr"] = np.concatenate([[0], np.cumsum([len(r) for r in rel_rows])])
    arrays["real_rel_indices"] = np.concatenate(rel_rows).astype(np.int64)
    arrays["real_n_items"] = np.array(fresh)

    rng = np.random.default_rng(42)
    n_items = 300
    full = np.array([rng.permutation(n_items) for _ in range(users)])
    rel = [rng.choice(n_items, size=rng.integers(1, 31), replace=False) for _ in range(users)]
    arrays["full_lists"] = full
    arrays["full_rel_indptr"] = np.concatenate([[0], np.cumsum([len(r) for r in rel])])
    arrays["full_rel_indices"] = np.concatenate(rel).astype(np.int64)
    arrays["full_n_relevant"] = np.array([len(r) for r in rel])
    arrays["full_n_items"] = np.array(n_items)
    return arrays


def ours(arrays: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The project's per-user values on the same lists."""
    from desktop_recsys.engine.evaluation import metrics as M

    out: dict[str, np.ndarray] = {}
    for case in ("real", "full"):
        lists = arrays[f"{case}_lists"]
        indptr, indices = arrays[f"{case}_rel_indptr"], arrays[f"{case}_rel_indices"]
        n_rel = arrays[f"{case}_n_relevant"]
        n_items = int(arrays[f"{case}_n_items"])
        rows = np.repeat(np.arange(len(lists)), np.diff(indptr))
        hits = M.hits_from_pairs(lists, rows, indices, n_items)
        out[f"{case}_ndcg"] = M.ndcg_at_k(hits, n_rel, K)
        out[f"{case}_precision"] = M.precision_at_k(hits, K)
        out[f"{case}_recall"] = M.recall_at_k(hits, n_rel, K)
        out[f"{case}_hit"] = M.hit_rate_at_k(hits, K)
        out[f"{case}_mrr"] = M.reciprocal_rank(hits)  # the whole list, as cornac's MRR
        if case == "full":
            width = lists.shape[1]
            out[f"{case}_map"] = M.average_precision_at_k(hits, n_rel, width)
            out[f"{case}_auc"] = M.auc_from_lists(hits, lists, n_rel, np.full(len(lists), n_items))
    return out


def compare(arrays: dict[str, np.ndarray], a: dict[str, np.ndarray], b: dict[str, np.ndarray]):
    """Rows of (case, metric, users compared, max |ours - cornac|, note)."""
    rows = []
    for case in ("real", "full"):
        n_rel = arrays[f"{case}_n_relevant"].astype(np.float64)
        for metric in ("ndcg", "precision", "recall", "hit", "mrr", "map", "auc"):
            key = f"{case}_{metric}"
            if key not in a:
                continue
            x, y = a[key], b[key]
            note = "same definition"
            mask = np.ones(len(x), dtype=bool)
            if metric == "recall":
                # Ours divides by min(|rel|, K), cornac by |rel|: rescale ours to cornac's.
                exact = n_rel <= K
                rows.append((case, "recall (n_rel <= K)", int(exact.sum()),
                             float(np.max(np.abs(x[exact] - y[exact]), initial=0.0)),
                             "identical where min(n_rel, K) = n_rel"))  # fmt: skip
                x = x * np.minimum(n_rel, K) / n_rel
                note = "ours x min(n_rel, K) / n_rel (denominators differ by design)"
            if metric == "mrr":
                mask = np.isfinite(y)
                note = "users with a hit (cornac raises without one)"
            diff = float(np.max(np.abs(x[mask] - y[mask]), initial=0.0))
            rows.append((case, metric, int(mask.sum()), diff, note))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--users", type=int, default=600, help="synthetic users with full rankings")
    ap.add_argument("--peer", nargs=2, metavar=("IN", "OUT"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.peer:
        peer_main(*a.peer)
        return 0
    from _harness import PEERS_PY

    arrays = build_lists(a.users)
    mine = ours(arrays)
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "lists.npz", Path(tmp) / "cornac.npz"
        np.savez(src, **arrays)
        env = {**os.environ, "PYTHONPATH": ""}  # nothing of the project's venv in the peers'
        subprocess.run([str(PEERS_PY), __file__, "--peer", str(src), str(dst)], check=True, env=env)
        with np.load(dst) as data:
            theirs = {k: data[k] for k in data.files}
    rows = compare(arrays, mine, theirs)
    ok = all(r[3] <= TOLERANCE for r in rows)
    print(f"# project metrics vs cornac, K={K}, tolerance {TOLERANCE:g}")
    print("| lists | metric | users | max abs difference | note |\n|---|---|---|---|---|")
    for case, metric, n, diff, note in rows:
        print(f"| {case} | {metric} | {n} | {diff:.2e} | {note} |")
    print(json.dumps({"agree": ok}))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
