"""Serving latency: one profile's recommendations plus the explanation of its top pick, from a
trained model loaded from disk, on a 20,000-item catalogue.

    .venv/bin/python benchmarks/serving.py [--items 20000] [--users 3000] [--queries 300]

Synthetic data with a long-tailed item popularity (Zipf-like, as in real libraries) and
profiles of 20 to 400 items. Each algorithm is fitted once, saved, loaded back, warmed up, and
then answers ``--queries`` random users one at a time (``recommend(user, 10)`` followed by
``explain(user, first item)``), as the GUI does when a profile is opened. Prints p50 / p95 / max
in milliseconds; the goal is p95 < 20 ms.

``--load N`` runs N busy-looping processes meanwhile (``cancel_latency.busy_load``: a machine
whose other core is busy); ``--blas-pool`` serves with OpenBLAS's thread pool instead of the one
thread queries get (``engine.serving_threads``), to compare the two under the same load.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import tempfile
import time
from pathlib import Path

import numpy as np
from cancel_latency import busy_load

from desktop_recsys.engine import base
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.persistence import load_model, save_model
from desktop_recsys.engine.registry import create


def synthetic(n_users: int, n_items: int, seed: int = 0) -> Dataset:
    """Users x items with Zipf-like item popularity and varied profile sizes."""
    rng = np.random.default_rng(seed)
    pop = 1.0 / np.arange(1, n_items + 1) ** 0.8
    pop /= pop.sum()
    users, items = [], []
    for u in range(n_users):
        k = int(rng.integers(20, 400))
        chosen = np.unique(rng.choice(n_items, size=k, p=pop))
        users.append(np.full(len(chosen), u))
        items.append(chosen)
    u = np.concatenate(users)
    i = np.concatenate(items)
    return Dataset.from_arrays([f"u{x}" for x in u], [f"i{x}" for x in i])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=20000)
    ap.add_argument("--users", type=int, default=3000)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument(
        "--algorithms", nargs="+", default=["default", "ease", "als", "item-knn", "biased-mf"]
    )
    ap.add_argument("--load", type=int, default=0, help="busy-looping processes meanwhile")
    ap.add_argument("--blas-pool", action="store_true", help="queries use the BLAS thread pool")
    a = ap.parse_args()
    if a.blas_pool:
        base.one_blas_thread = contextlib.nullcontext  # type: ignore[assignment]
    ds = synthetic(a.users, a.items)
    with busy_load(a.load):
        print(f"catalogue: {ds}; --load {a.load}; BLAS {'pool' if a.blas_pool else 'one thread'}; "
              f"load average {os.getloadavg()[0]:.1f}\n")  # fmt: skip
        _measure(a, ds)
        print(f"\nload average at the end: {os.getloadavg()[0]:.1f}")


def _measure(a: argparse.Namespace, ds: Dataset) -> None:
    print("| algorithm | fit s | load s | p50 ms | p95 ms | max ms | model MiB |")
    print("|---|---|---|---|---|---|---|")
    rng = np.random.default_rng(1)
    with tempfile.TemporaryDirectory() as tmp:
        for name in a.algorithms:
            t0 = time.perf_counter()
            model = create(name).fit(ds)
            fit = time.perf_counter() - t0
            path = save_model(model, Path(tmp) / f"{name}.npz")
            t0 = time.perf_counter()
            model = load_model(path)
            load = time.perf_counter() - t0
            users = ds.user_ids[rng.integers(0, ds.n_users, a.queries)]
            for user in users[:10]:  # warm-up (first-touch of pages, caches)
                model.explain(user, model.recommend(user, 10).items[0])
            lat = []
            for user in users:
                t0 = time.perf_counter()
                recs = model.recommend(user, 10)
                model.explain(user, recs.items[0])
                lat.append((time.perf_counter() - t0) * 1000)
            p50, p95 = np.percentile(lat, [50, 95])
            size = path.stat().st_size / 2**20
            print(
                f"| {name} | {fit:.1f} | {load:.2f} | {p50:.1f} | {p95:.1f} | {max(lat):.1f} | {size:.0f} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
