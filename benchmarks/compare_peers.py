"""Every metric of the project's evaluation code, ours and the peers, on the same split (issue 5).

    .venv/bin/python benchmarks/compare_peers.py [--data ml lastfm] [--runs 1] [--n 100]
                                                 [--skip-slow] [--only LABEL ...] [--no-ratings]

For each data set in ``../shared/data`` it writes the seed-42 split of ``EVALUATION.md`` once
(``_harness.make_split``), runs every top-N contender of ``topn_vs_peers.py`` as its own process
(ours through ``desktop-recsys recommend-file``, the peers through ``benchmarks/peers/`` in the
peers' venv) and grades every RECS.csv with the project's own per-user metric code
(``engine.evaluation.experiment.per_user_metrics``, the same function the Model Lab uses):
precision, recall, NDCG, MAP and hit rate at 10 and 20, MRR@10, AUC (from the ``--n`` long
list), novelty, genre/tag and content diversity, serendipity, average recommendation popularity,
long-tail share and calibration at 10, and catalogue coverage, Gini of exposure and leaks. Wall
time and peak memory of each process are kept as two more figures. On ml-latest-small the
rating contenders of ``ratings_vs_peers.py`` add RMSE and MAE.

The table gives, for each metric, the best peer and each of ours as a ratio to it; for metrics
where lower is better (``LOWER_IS_BETTER`` of the metrics module: RMSE, calibration, average
popularity, exposure Gini, leaks, wall time, memory) a ratio below 1 is the better one.

Side information for diversity and calibration comes from the data sets themselves: MovieLens
genres and user tags, Last.fm user tags (Last.fm has no genres, so its calibration is n/a).

``--skip-slow`` leaves out cornac's EASE on Last.fm 2k (5-6 minutes and 7 GiB of memory on this
machine for one run). The JSON record goes to ``benchmarks/out/compare_peers_<date>.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import ratings_vs_peers
import topn_vs_peers
from _harness import DATA, ROOT, Split, machine, make_split, markdown_table, run_timed, score_preds

from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.evaluation import metrics as M

# Private helpers of the experiment module, used on purpose: they are exactly what the Model
# Lab uses to turn a split and ranked lists into per-user figures, so the figures here and
# there cannot drift apart.
from desktop_recsys.engine.evaluation.experiment import _side_info, _tested, per_user_metrics
from desktop_recsys.engine.evaluation.splits import DatasetSplit

CUTOFFS = (10, 20)
#: Contenders left out by ``--skip-slow``: (data set, label).
SLOW = {("lastfm", "cornac ease")}
#: Figures that are not quality metrics but still compared (lower is better).
COST = ("wall_s", "peak_mib")


def side_information(name: str, items: set[str]) -> dict[str, dict[str, list[str]]]:
    """Genre and tag sets of the TRAIN items, from the data set's own files."""
    out: dict[str, dict[str, list[str]]] = {}
    if name == "ml":
        movies = pd.read_csv(DATA / "ml-latest-small" / "movies.csv", dtype={"movieId": str})
        movies = movies[movies["movieId"].isin(items)]
        out["genres"] = {
            m: [g for g in str(gs).split("|") if g != "(no genres listed)"]
            for m, gs in zip(movies["movieId"], movies["genres"], strict=True)
        }
        tags = pd.read_csv(DATA / "ml-latest-small" / "tags.csv", dtype={"movieId": str})
        tags = tags[tags["movieId"].isin(items)]
        tags["tag"] = tags["tag"].astype(str).str.strip().str.lower()
        out["tags"] = tags.groupby("movieId")["tag"].apply(lambda s: sorted(set(s))).to_dict()
    elif name == "lastfm":
        folder = DATA / "hetrec2011-lastfm-2k"
        names = pd.read_csv(folder / "tags.dat", sep="\t", encoding="latin-1", dtype=str)
        used = pd.read_csv(folder / "user_taggedartists.dat", sep="\t", dtype=str)
        used = used[used["artistID"].isin(items)].merge(names, on="tagID")
        out["tags"] = used.groupby("artistID")["tagValue"].apply(lambda s: sorted(set(s))).to_dict()
    return out


def evaluation_split(split: Split) -> DatasetSplit:
    """The harness's split as the evaluation code's :class:`DatasetSplit`, with side info.

    TRAIN is rebuilt from the very file every contender read, plus genres/tags; its ids (and
    so every index) are checked to be those of the harness's TRAIN.
    """
    back = pd.read_csv(split.train_csv, dtype={"user": str, "item": str})
    attrs = side_information(split.name, set(back["item"]))
    train = Dataset.from_frame(back, item_attributes=attrs)
    assert np.array_equal(train.item_ids, split.train.item_ids)
    assert np.array_equal(train.user_ids, split.train.user_ids)
    assert train.nnz == split.train.nnz
    test = split.test
    return DatasetSplit(
        split.name,
        train,
        test["user"].astype(str).to_numpy(),
        test["item"].astype(str).to_numpy(),
        test["weight"].to_numpy(dtype=np.float64),
    )


def grade(recs_csv: Path, esplit: DatasetSplit, tested: Any, side: Any, width: int) -> dict:
    """Every top-N figure of one RECS.csv: per-user means and catalogue-level figures."""
    recs = pd.read_csv(recs_csv, dtype={"user": str, "item": str})
    recs = recs.sort_values(["user", "rank"], kind="stable")
    by_user = {u: g["item"].tolist() for u, g in recs.groupby("user", sort=False)}
    # Rows in the order of the tested users; a user without a list gets an empty row (scores 0).
    lists = [by_user.get(u, []) for u in tested.users.tolist()]
    items = M.id_matrix(esplit.train, lists, width)
    cols, catalogue = per_user_metrics(esplit.train, tested, items, CUTOFFS, side)
    out = {
        k: float(np.nanmean(v)) if np.isfinite(v).any() else float("nan") for k, v in cols.items()
    }
    out.update({k: float(v) for k, v in catalogue.items()})
    # Leaks over every answered user (not only tested ones), as the protocol counts them.
    all_users = list(by_user)
    all_items = M.id_matrix(esplit.train, [by_user[u] for u in all_users], width)
    u_idx = M.lookup(esplit.train.user_ids, np.array(all_users, dtype=str))
    out["leaks"] = float(M.seen_mask(esplit.train, u_idx, all_items).sum())
    out["missing_users"] = float(len(set(esplit.train.user_ids.tolist()) - set(by_user)))
    return out


def ratio_table(results: dict[str, dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Markdown table: one row per metric, the best peer's value and each of ours as a ratio."""
    peers = {k: v for k, v in results.items() if v["kind"] != "ours"}
    ours = [k for k, v in results.items() if v["kind"] == "ours"]
    metrics = [k for k in next(iter(results.values())) if k not in ("kind", "walls")]
    rows, record = [], []
    for metric in metrics:
        higher = metric not in COST and M.higher_is_better(metric)
        values = {k: v.get(metric, float("nan")) for k, v in peers.items()}
        finite = {k: x for k, x in values.items() if isinstance(x, float) and math.isfinite(x)}
        if metric in ("missing_users", "missing_pairs"):
            continue
        if not finite:
            best_label, best = "n/a", float("nan")
        else:
            pick = max if higher else min
            best_label = pick(finite, key=finite.__getitem__)
            best = finite[best_label]
        cells = []
        entry: dict[str, Any] = {"metric": metric, "higher_is_better": higher,
                                 "best_peer": best_label, "best": best}  # fmt: skip
        for label in ours:
            value = results[label].get(metric, float("nan"))
            if not math.isfinite(value):
                cells.append("n/a")
                continue
            if best == 0 and value == 0:
                ratio_text = "= (0)"
                entry[label] = 1.0
            elif math.isfinite(best) and best != 0:
                entry[label] = value / best
                ratio_text = f"{value / best:.3f}"
            else:
                ratio_text = "-"
            cells.append(f"{_fmt(value)} ({ratio_text})")
        arrow = "↑" if higher else "↓"
        rows.append([f"{metric} {arrow}", best_label, _fmt(best), *cells])
        record.append(entry)
    header = ["metric", "best peer", "its value", *[f"{o} (ratio)" for o in ours]]
    return markdown_table(header, rows), record


def _fmt(value: float) -> str:
    if not math.isfinite(value):
        return "n/a"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.4f}"


def run_topn(name: str, tmp: Path, a: argparse.Namespace) -> dict[str, dict[str, Any]]:
    split = make_split(name, tmp)
    esplit = evaluation_split(split)
    tested = _tested(esplit, None)
    side = _side_info(esplit.train)
    results: dict[str, dict[str, Any]] = {}
    # Hook: topn_vs_peers builds its command lines with its module-level list length.
    topn_vs_peers.N = a.n
    for label, kind, algo, params in topn_vs_peers.CONTENDERS:
        if (a.only and label not in a.only) or (a.skip_slow and (name, label) in SLOW):
            continue
        out = tmp / f"{name}_{label.replace(' ', '_')}.csv"
        run = run_timed(topn_vs_peers.command(kind, algo, params, split.train_csv, out), a.runs)
        figures = grade(out, esplit, tested, side, a.n)
        results[label] = {**figures, "wall_s": run.wall, "peak_mib": run.peak,
                          "walls": run.walls, "kind": kind}  # fmt: skip
        print(f"  {name} {label}: ndcg@10={figures['ndcg@10']:.4f} "
              f"wall={run.wall:.2f}s peak={run.peak:.0f}MiB", flush=True)  # fmt: skip
    return results


def run_ratings(tmp: Path, a: argparse.Namespace) -> dict[str, dict[str, Any]]:
    split = make_split("ml", tmp / "ratings")
    results: dict[str, dict[str, Any]] = {}
    for label, kind, algo, params in ratings_vs_peers.CONTENDERS:
        if a.only and label not in a.only:
            continue
        out = tmp / f"ratings_{label.replace(' ', '_')}.csv"
        run = run_timed(ratings_vs_peers.command(kind, algo, params, split, out), a.runs)
        m = score_preds(out, split)
        results[label] = {"rmse": m["rmse"], "mae": m["mae"], "missing_pairs": m["missing_pairs"],
                          "wall_s": run.wall, "peak_mib": run.peak, "walls": run.walls,
                          "kind": "ours" if kind == "ours" else kind}  # fmt: skip
        print(f"  ratings {label}: rmse={m['rmse']:.4f} wall={run.wall:.2f}s", flush=True)
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", nargs="+", default=["ml", "lastfm"])
    ap.add_argument("--runs", type=int, default=1, help="runs per contender (median wall time)")
    ap.add_argument("--n", type=int, default=100, help="list length (AUC uses the whole list)")
    ap.add_argument("--skip-slow", action="store_true", help="leave out cornac EASE on Last.fm")
    ap.add_argument("--only", nargs="*", default=None, help="labels to run (default: all)")
    ap.add_argument("--no-ratings", action="store_true", help="leave out RMSE/MAE vs Surprise")
    a = ap.parse_args()
    started = dt.datetime.now()
    load = os.getloadavg()
    print(f"# every metric vs peers, {started:%Y-%m-%d %H:%M}, {machine()}, "
          f"{a.runs} run(s), lists of {a.n}, load average {load[0]:.1f}\n")  # fmt: skip
    record: dict[str, Any] = {"date": f"{started:%Y-%m-%d %H:%M}", "machine": machine(),
                              "runs": a.runs, "n": a.n, "skip_slow": a.skip_slow,
                              "load_start": load, "data": {}}  # fmt: skip
    tables: list[str] = []
    with tempfile.TemporaryDirectory(prefix="recsys-compare-") as tmp_name:
        tmp = Path(tmp_name)
        for name in a.data:
            results = run_topn(name, tmp / name, a)
            text, ratios = ratio_table(results)
            skipped = [lbl for d, lbl in SLOW if d == name] if a.skip_slow else []
            note = f"; skipped: {', '.join(skipped)}" if skipped else ""
            tables.append(f"**{name}** (top-N, lists of {a.n}{note})\n\n{text}")
            record["data"][name] = {"results": results, "ratios": ratios}
        if not a.no_ratings and "ml" in a.data:
            results = run_ratings(tmp, a)
            text, ratios = ratio_table(results)
            tables.append(f"**ml ratings** (predict-file)\n\n{text}")
            record["data"]["ml_ratings"] = {"results": results, "ratios": ratios}
    record["load_end"] = os.getloadavg()
    record["minutes"] = (dt.datetime.now() - started).total_seconds() / 60
    print()
    print("\n\n".join(tables))
    out_dir = ROOT / "benchmarks" / "out"
    out_dir.mkdir(exist_ok=True)
    path = out_dir / f"compare_peers_{started:%Y%m%d_%H%M}.json"
    path.write_text(json.dumps(record, indent=1, default=float))
    print(f"\nrecord: {path} ({record['minutes']:.1f} min, load average at the end "
          f"{record['load_end'][0]:.1f})")  # fmt: skip


if __name__ == "__main__":
    main()
