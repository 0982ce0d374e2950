"""Progress cadence and cancel latency of every engine algorithm's training, in process.

    .venv/bin/python benchmarks/cancel_latency.py [ml|lastfm] [algorithm ...]

For each algorithm: one full fit recording when progress is reported (the longest gap between
two reports, start and end included, must stay under a second), then a fit cancelled from
another thread half-way through, timing how long ``fit`` takes to raise ``Cancelled`` after
the cancel (must be under a second).
"""

from __future__ import annotations

import sys
import threading
import time

from _harness import load_frame

from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.evaluation import holdout_split
from desktop_recsys.engine.progress import CancelToken
from desktop_recsys.engine.registry import create
from desktop_recsys.errors import Cancelled

ALGORITHMS = ["default", "ease", "als", "bpr", "biased-mf", "item-knn", "user-knn", "popularity"]


def main() -> None:
    name = sys.argv[1] if len(sys.argv) > 1 else "lastfm"
    algos = sys.argv[2:] or ALGORITHMS
    frame, _ = load_frame(name)
    train, _ = holdout_split(frame)
    ds = Dataset.from_frame(train)
    print(f"{name}: {ds}\n")
    print("| algorithm | fit s | reports | longest gap s | cancel latency s |")
    print("|---|---|---|---|---|")
    for algo in algos:
        stamps: list[float] = []
        t0 = time.perf_counter()
        create(algo).fit(ds, progress=lambda f, m, s=stamps: s.append(time.perf_counter()))
        t1 = time.perf_counter()
        points = [t0, *stamps, t1]
        gap = max(b - a for a, b in zip(points, points[1:], strict=False))
        token = CancelToken()
        cancelled_at: list[float] = []

        def cancel_later(delay: float, tok: CancelToken = token, out: list = cancelled_at) -> None:
            time.sleep(delay)
            out.append(time.perf_counter())
            tok.cancel()

        timer = threading.Thread(target=cancel_later, args=((t1 - t0) / 2,))
        timer.start()
        latency = float("nan")
        try:
            create(algo).fit(ds, cancel=token)
        except Cancelled:
            latency = time.perf_counter() - cancelled_at[0]
        timer.join()
        print(f"| {algo} | {t1 - t0:.2f} | {len(stamps)} | {gap:.2f} | {latency:.2f} |", flush=True)


if __name__ == "__main__":
    main()
