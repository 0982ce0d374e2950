"""`als` fitted in one thread and in the threads the machine allows, side by side in one process.

    .venv/bin/python benchmarks/als_threads.py [--size 3M] [--runs 2]

The synthetic TRAIN of ``benchmarks/scaling.py`` (same split); every run fits ``als`` (default
parameters) once in one thread (``threadpool_limits(1)``: the window's cap on 2 cores) and once
with every core, alternating. Prints per fit: wall, process CPU, the CPU each thread spent
solving blocks (``time.thread_time`` inside the workers), the load, and whether both fits gave
the same factors bit for bit. The wall ratio means something only on a quiet machine.
"""

from __future__ import annotations

import argparse
import collections
import os
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import scaling
import synth
from threadpoolctl import threadpool_limits

from desktop_recsys.engine.algorithms import _solvers
from desktop_recsys.engine.registry import create


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--size", type=synth.parse_size, default=3_000_000)
    p.add_argument("--runs", type=int, default=2)
    a = p.parse_args()
    per_thread: dict[str, float] = collections.defaultdict(float)
    lock = threading.Lock()
    solve = _solvers._cg_block

    def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
        started = time.thread_time()
        try:
            return solve(*args, **kwargs)
        finally:
            with lock:
                per_thread[threading.current_thread().name] += time.thread_time() - started

    _solvers._cg_block = timed  # type: ignore[assignment]
    with tempfile.TemporaryDirectory(prefix="als-threads-") as tmp:
        data = scaling.make_split(a.size, Path(tmp)).train
    print(f"# {data.nnz:,} entries, {data.n_users:,} users, {data.n_items:,} items")
    factors = {}
    for run in range(a.runs):
        for label, cap in (("1 thread", 1), ("all cores", os.cpu_count() or 1)):
            per_thread.clear()
            with threadpool_limits(limits=cap):
                t0, c0 = time.perf_counter(), time.process_time()
                model = create("als", {}).fit(data)
                wall, cpu = time.perf_counter() - t0, time.process_time() - c0
            factors[label] = (model._state["user_factors"], model._state["item_factors"])
            threads = ", ".join(f"{k} {v:.2f}" for k, v in sorted(per_thread.items()))
            print(f"run {run + 1} {label:9s}: wall {wall:6.2f} s, CPU {cpu:6.2f} s, "
                  f"CG CPU by thread: {threads}; load {os.getloadavg()[0]:.1f}", flush=True)  # fmt: skip
        (x1, y1), (x2, y2) = factors["1 thread"], factors["all cores"]
        same = np.array_equal(x1, x2) and np.array_equal(y1, y2)
        print(f"run {run + 1}: the same factors bit for bit: {same}")


if __name__ == "__main__":
    main()
