"""Progress cadence and cancel latency of every engine algorithm's training, in process.

    .venv/bin/python benchmarks/cancel_latency.py [ml|lastfm] [algorithm ...]

Trains on the protocol's TRAIN split (seed 42) of the data set, with its side information
(genres, tags, titles, friendships: see ``_harness.load_side``) so that content, social, hybrid
and the learned ranker do their real work. For each algorithm (default: every registered one,
the ``learned-ranker`` once per classifier):

- one full fit, recording when progress is reported: the longest gap between two reports,
  the start and the end of the fit included, must stay under a second;
- fits cancelled from another thread at 20 %, 50 % and 80 % of a warm fit's duration, timing
  how long ``fit`` takes to raise ``Cancelled`` after the cancel: the worst of the three must
  stay under a second.

Prints a markdown table; exits non-zero if any algorithm misses either goal.
"""

from __future__ import annotations

import sys
import threading
import time

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
    name = sys.argv[1] if len(sys.argv) > 1 else "lastfm"
    names = sys.argv[2:] or algorithm_names()
    frame, _ = load_frame(name)
    train, _ = holdout_split(frame)
    ds = Dataset.from_frame(train, **load_side(name))  # type: ignore[arg-type]
    print(f"{name}: {ds}\n")
    print("| algorithm | fit s | reports | longest gap s | cancel latency s (worst of 3) | ok |")
    print("|---|---|---|---|---|---|")
    failed = 0
    for algo, params in contenders(names):
        stamps: list[float] = []
        t0 = time.perf_counter()
        create(algo, params).fit(ds, progress=lambda f, m, s=stamps: s.append(time.perf_counter()))
        t1 = time.perf_counter()
        points = [t0, *stamps, t1]
        gap = max(b - a for a, b in zip(points, points[1:], strict=False))
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
        print(f"| {label} | {t1 - t0:.2f} | {len(stamps)} | {gap:.2f} | {worst:.2f} | "
              f"{'yes' if ok else 'NO'} |", flush=True)  # fmt: skip
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
