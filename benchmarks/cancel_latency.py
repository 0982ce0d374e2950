"""Progress cadence and cancel latency of every engine algorithm's training, in process.

    .venv/bin/python benchmarks/cancel_latency.py [--load N] [ml|lastfm] [algorithm ...]

Trains on the protocol's TRAIN split (seed 42) of the data set, with its side information
(genres, tags, titles, friendships: see ``_harness.load_side``) so that content, social, hybrid
and the learned ranker do their real work. For each algorithm (default: every registered one,
the ``learned-ranker`` once per classifier):

- one full fit, recording when progress is reported: the longest gap between two reports,
  the start and the end of the fit included, must stay under a second;
- fits cancelled from another thread at 20 %, 50 % and 80 % of a warm fit's duration, timing
  how long ``fit`` takes to raise ``Cancelled`` after the cancel: the worst of the three must
  stay under a second.

``--load N`` starts N busy-looping processes for the whole run (a reproducible stand-in for a
machine busy with other programs: on 2 cores, N=4 gives a load average of about 5-6) and stops
them at the end. The table gives the message that opened the longest gap (the slow step), and
the 1-minute load average is printed before and after.

Prints a markdown table; exits non-zero if any algorithm misses either goal.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from _harness import load_frame, load_side

from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.evaluation import holdout_split
from desktop_recsys.engine.progress import CancelToken
from desktop_recsys.engine.registry import algorithm_names, create
from desktop_recsys.errors import Cancelled

GOAL_S = 1.0
CANCEL_AT = (0.2, 0.5, 0.8)


def contenders(names: list[str]) -> list[tuple[str, dict[str, str]]]:
    """``(algorithm, params)`` pairs: the learned ranker once per classifier."""
    out: list[tuple[str, dict[str, str]]] = []
    for name in names:
        if name == "learned-ranker":
            out += [(name, {"model": m}) for m in ("svm", "tree", "forest", "sgd", "mlp")]
        else:
            out.append((name, {}))
    return out


def _spin(parent: int) -> None:
    # Busy, but gone soon after the benchmark (even one killed without clean-up).
    while os.getppid() == parent:
        for _ in range(1_000_000):
            pass


@contextmanager
def busy_load(n: int) -> Iterator[None]:
    """``n`` busy-looping processes for the duration of the block."""
    procs = [
        multiprocessing.Process(target=_spin, args=(os.getpid(),), daemon=True) for _ in range(n)
    ]
    for proc in procs:
        proc.start()
    if procs:
        time.sleep(2.0)  # let the load settle before the first measurement
    try:
        yield
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.join()


def cancel_latency(ds: Dataset, algo: str, params: dict[str, str], delay: float) -> float:
    """Seconds from ``cancel()`` to ``Cancelled`` when cancelling after ``delay`` seconds
    (``nan`` if the fit finished first)."""
    token = CancelToken()
    cancelled_at: list[float] = []

    def cancel_later() -> None:
        time.sleep(delay)
        cancelled_at.append(time.perf_counter())
        token.cancel()

    timer = threading.Thread(target=cancel_later)
    timer.start()
    latency = float("nan")
    try:
        create(algo, params).fit(ds, cancel=token)
    except Cancelled:
        latency = time.perf_counter() - cancelled_at[0]
    timer.join()
    return latency


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--load", type=int, default=0, help="busy-looping processes to run meanwhile")
    ap.add_argument("data", nargs="?", default="lastfm", choices=("ml", "lastfm"))
    ap.add_argument("algorithms", nargs="*", help="default: every registered algorithm")
    a = ap.parse_args()
    if a.load < 0:
        ap.error("--load must be at least 0")
    frame, _ = load_frame(a.data)
    train, _ = holdout_split(frame)
    ds = Dataset.from_frame(train, **load_side(a.data))  # type: ignore[arg-type]
    with busy_load(a.load):
        print(f"{a.data}: {ds}; --load {a.load}; load average {os.getloadavg()[0]:.1f}\n")
        failed = run(ds, a.algorithms or algorithm_names())
        print(f"\nload average at the end: {os.getloadavg()[0]:.1f}")
    return 1 if failed else 0


def run(ds: Dataset, names: list[str]) -> int:
    """Print the table's rows; return how many contenders missed a goal."""
    print("| algorithm | fit s | reports | longest gap s | slow step | "
          "cancel latency s (worst of 3) | ok |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    failed = 0
    for algo, params in contenders(names):
        stamps: list[tuple[float, str]] = []
        model = create(algo, params)
        t0 = time.perf_counter()
        model.fit(ds, progress=lambda f, m, s=stamps: s.append((time.perf_counter(), str(m))))
        t1 = time.perf_counter()
        points = [(t0, "(start)"), *stamps, (t1, "(end)")]
        gap, slow = max((b[0] - a[0], a[1]) for a, b in zip(points, points[1:], strict=False))
        # Cancel points from a warm fit: the first fit of a process may include one-time
        # imports (scikit-learn), after which a fit can end before a cancel timed on it.
        t2 = time.perf_counter()
        create(algo, params).fit(ds)
        warm = min(time.perf_counter() - t2, t1 - t0)
        latencies = [cancel_latency(ds, algo, params, share * warm) for share in CANCEL_AT]
        finite = [x for x in latencies if x == x]
        worst = max(finite) if finite else float("nan")
        ok = gap < GOAL_S and (not finite or worst < GOAL_S)
        failed += not ok
        label = algo + "".join(f" {k}={v}" for k, v in params.items())
        print(f"| {label} | {t1 - t0:.2f} | {len(stamps)} | {gap:.2f} | {slow[:40]} | "
              f"{worst:.2f} | {'yes' if ok else 'NO'} |", flush=True)  # fmt: skip
    return failed


if __name__ == "__main__":
    sys.exit(main())
