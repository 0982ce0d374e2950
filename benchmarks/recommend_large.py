"""`recommend` on a large synthetic library: whole CLI process, and warm in one process.

    .venv/bin/python benchmarks/recommend_large.py [--size 2M] [--library PATH] [--queries 200]

Builds (once; ``--library`` keeps it for the next run) a library of ``--size`` ratings with
``benchmarks/synth.py`` (2M: 50,000 films, 20,000 profiles, the issue's setting), trains a
shared `default` model through the CLI (wall time and the training process's own peak memory),
then measures:

- ``desktop-recsys recommend --profile P --kind film --n 10`` as a whole process (median and
  max of ``--cli-runs``), with its peak memory;
- ``recommend_for`` in one warm process (the model cached, as the window serves): p50 and p95
  over ``--queries`` random profiles, with the stale check as it is (a change counter) and, for
  comparison, with the check that read every rating (``dataset_rows.data_signature``, what
  every call did before schema version 5), and that check's own time.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import synth
from _harness import OURS, machine, run_timed

from desktop_recsys.config.paths import models_dir_for
from desktop_recsys.library import Library, dataset_rows
from desktop_recsys.services import recommend_service
from desktop_recsys.services.recommend_service import ModelCache, recommend_for


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def warm(
    library: Path, models: Path, profiles: list[int], queries: int
) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of ``queries`` calls for random profiles, the model cached."""
    cache = ModelCache()
    recommend_for(library, models, profile=profiles[0], kind="film", n=10, cache=cache)
    rng = random.Random(7)
    walls, cpus = [], []
    for _ in range(queries):
        started, cpu = time.perf_counter(), time.process_time()
        recommend_for(library, models, profile=rng.choice(profiles), kind="film", n=10, cache=cache)
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    return walls, cpus


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--size", type=synth.parse_size, default=2_000_000)
    p.add_argument("--library", type=Path, help="keep the library here (built if missing)")
    p.add_argument("--queries", type=int, default=200)
    p.add_argument("--cli-runs", type=int, default=5)
    p.add_argument("--before-queries", type=int, default=5, help="queries with the former check")
    p.add_argument("--algorithm", default="default")
    a = p.parse_args()
    print(machine())
    tmp = tempfile.TemporaryDirectory(prefix="reclarge-")
    library = a.library or Path(tmp.name) / "large.sqlite"
    if not library.exists():
        started = time.perf_counter()
        synth.write_library(library, a.size)
        print(f"library of {a.size:,} ratings built in {time.perf_counter() - started:.0f} s")
    models = models_dir_for(library)
    with Library.open(library) as lib:
        runs = [r for r in lib.model_runs.list() if r.status in ("ready", "stale")]
        profiles = [pr.id for pr in lib.profiles.list()]
    if not runs or runs[0].algorithm != a.algorithm:
        train = [str(OURS), "--library", str(library), "train", "--kind", "film",
                 "--algorithm", a.algorithm, "--quiet"]  # fmt: skip
        t = run_timed(train, 1)
        print(f"train {a.algorithm}: wall {t.wall:.1f} s, CPU {t.cpu:.1f} s, peak {t.peak:.0f} MiB")
    who = str(profiles[len(profiles) // 2])
    cli = [str(OURS), "--library", str(library), "recommend", "--profile", who,
           "--kind", "film", "--n", "10"]  # fmt: skip
    subprocess.run(cli, check=True, capture_output=True)  # the page cache warm, as on a second call
    c = run_timed(cli, a.cli_runs)
    print(f"recommend CLI process: median {c.wall:.2f} s, max {max(c.walls):.2f} s, "
          f"CPU {c.cpu:.2f} s, peak {c.peak:.0f} MiB ({a.cli_runs} runs, "
          f"load {os.getloadavg()[0]:.1f})")  # fmt: skip

    now = warm(library, models, profiles, a.queries)
    with Library.open(library) as lib:
        t0, c0 = time.perf_counter(), time.process_time()
        dataset_rows.data_signature(lib, "film")
        scan, scan_cpu = time.perf_counter() - t0, time.process_time() - c0
        t0 = time.perf_counter()
        dataset_rows.data_versions(lib, "film")
        counter = time.perf_counter() - t0
    print(f"stale check: counter {counter * 1000:.2f} ms, reading every rating {scan:.2f} s "
          f"(CPU {scan_cpu:.2f} s)")  # fmt: skip

    real = dataset_rows.data_versions

    def old_check(library_: Library, kind: str, profile_id: int | None = None) -> object:
        dataset_rows.data_signature(library_, kind, profile_id)  # what every call read before
        return real(library_, kind, profile_id)

    runs = [("counter (now)", now)]
    if a.before_queries > 0:  # 0 skips the former check's (slow) queries
        recommend_service.dataset_rows.data_versions = old_check  # type: ignore[assignment]
        try:
            runs.append(("full read (before)", warm(library, models, profiles, a.before_queries)))
        finally:
            recommend_service.dataset_rows.data_versions = real  # type: ignore[assignment]
    for name, (ts, cs) in runs:
        print(f"warm recommend_for, {name}: p50 {statistics.median(ts) * 1000:.1f} ms, "
              f"p95 {pct(ts, 0.95) * 1000:.1f} ms wall; CPU p50 "
              f"{statistics.median(cs) * 1000:.1f} ms, p95 {pct(cs, 0.95) * 1000:.1f} ms "
              f"over {len(ts)} queries (load {os.getloadavg()[0]:.1f})")  # fmt: skip
    tmp.cleanup()


if __name__ == "__main__":
    main()
