"""Evaluation speed: five algorithms on ml-latest-small under the default protocol, and tuning
budgets.

Goals (issue 5): the whole evaluation (split, five fits, recommending, every metric, bootstrap
intervals, report) in under 30 s on the 2-core reference machine; tuning returns within 10 % of
its budget. Run: ``python benchmarks/bench_evaluation.py [--algorithms a,b,...] [--budgets 10,20]
[--html OUT]``. Prints figures; exits 1 when a goal is missed.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

import pandas as pd

from desktop_recsys.engine.evaluation import split_frame
from desktop_recsys.engine.evaluation.experiment import evaluate_algorithms
from desktop_recsys.engine.evaluation.tuning import tune

DATA = Path(
    os.environ.get(
        "DESKTOP_RECSYS_DATA", Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
    )
)
EVAL_GOAL_S = 30.0
BUDGET_TOLERANCE = 0.10


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--algorithms", default="popularity,user-knn,item-knn,ease,als")
    parser.add_argument("--budgets", default="10,20", help="tuning budgets in seconds")
    parser.add_argument("--tune", default="als,ease", help="algorithms to tune")
    parser.add_argument("--html", help="write the evaluation report here")
    args = parser.parse_args()
    print(
        f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {sys.version.split()[0]}"
    )

    started = time.perf_counter()
    folder = DATA / "ml-latest-small"
    frame = pd.read_csv(folder / "ratings.csv", dtype={"userId": str, "movieId": str})
    movies = pd.read_csv(folder / "movies.csv", dtype={"movieId": str})
    genres = {m: g.split("|") for m, g in zip(movies.movieId, movies.genres, strict=True)}
    (split,) = split_frame(frame.iloc[:, :3], item_attributes={"genres": genres})
    t_split = time.perf_counter() - started
    report = evaluate_algorithms([split], args.algorithms.split(","))
    total = time.perf_counter() - started
    print(f"\nml-latest-small, default protocol: read + split {t_split:.2f} s")
    print(f"{'algorithm':<12}{'ndcg@10':>22}{'recall@10':>10}{'auc':>8}{'fit s':>8}{'rec s':>8}")
    for r in report.results:
        n = r.summary["ndcg@10"]
        print(
            f"{r.label:<12}{n.mean:>8.4f} [{n.low:.3f},{n.high:.3f}]"
            f"{r.summary['recall@10'].mean:>10.4f}{r.summary['auc'].mean:>8.4f}"
            f"{r.fit_seconds:>8.2f}{r.recommend_seconds:>8.2f}"
        )
    fits = sum(r.fit_seconds for r in report.results)
    recs = sum(r.recommend_seconds for r in report.results)
    overhead = total - t_split - fits - recs
    print(
        f"evaluation of {len(report.results)} algorithms: {total:.2f} s wall "
        f"(fits {fits:.2f} s, recommending {recs:.2f} s, metrics + bootstrap + rest "
        f"{overhead:.2f} s); goal < {EVAL_GOAL_S:.0f} s: {'met' if total < EVAL_GOAL_S else 'MISSED'}"
    )
    if args.html:
        report.to_html(args.html, title="ml-latest-small evaluation")
    ok = total < EVAL_GOAL_S

    print("\ntuning (random search on TRAIN, validation carved from TRAIN):")
    for algo in args.tune.split(","):
        for budget in (float(b) for b in args.budgets.split(",")):
            t0 = time.perf_counter()
            result = tune(split.train, algo, budget_s=budget, patience=None)
            wall = time.perf_counter() - t0
            within = wall <= budget * (1 + BUDGET_TOLERANCE)
            ok &= within
            done = sum(1 for t in result.trials if t.status == "ok")
            print(
                f"  {algo:<10} budget {budget:>5.1f} s  wall {wall:6.2f} s "
                f"({wall / budget:5.1%})  trials {done:>3} ok  stopped by {result.stopped:<14}"
                f" default {result.default_score or float('nan'):.4f} "
                f"best {result.best_score or float('nan'):.4f}  "
                f"{'within 10 %' if within else 'OVER BUDGET'}"
            )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
