"""The sound space at scale: build the standardised vectors of 100,000 analysed tracks and find
one track's nearest neighbours by sound, beside a plain numpy floor in the same run (the
squared distances of one query to every row, no standardising, no selection).

Usage: ``python benchmarks/bench_sound_space.py [--tracks N] [--queries Q]``. Prints the
median and the CPU time per query; nothing is written.
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

from desktop_recsys.engine.sound_space import SoundFeatures, SoundSpace


def features(n: int, seed: int = 0) -> list[SoundFeatures]:
    rng = np.random.default_rng(seed)
    energy = rng.beta(2, 2, n)
    return [
        SoundFeatures(
            tempo=float(rng.lognormal(np.log(100 + 40 * e), 0.12)),
            loudness=float(-20 + 12 * e + rng.normal(0, 1.5)),
            energy=float(e),
            brightness=float(rng.lognormal(np.log(1200 + 2500 * e), 0.25)),
            key=int(rng.integers(0, 12)),
            mode="minor" if rng.random() < 0.4 else "major",
            key_confidence=float(rng.uniform(0.3, 1.0)),
            timbre=(rng.normal(0, 1, 13) + 2 * e).astype(np.float32),
        )
        for e in energy
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tracks", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    rows = features(args.tracks)
    t0, c0 = time.perf_counter(), time.process_time()
    space = SoundSpace(list(range(args.tracks)), rows)
    print(
        f"build {args.tracks:,} tracks: {time.perf_counter() - t0:.2f} s wall, "
        f"{time.process_time() - c0:.2f} s CPU"
    )
    rng = np.random.default_rng(1)
    queries = rng.integers(0, args.tracks, args.queries).tolist()
    ours, floor = [], []
    cpu0 = time.process_time()
    for q in queries:
        t = time.perf_counter()
        space.neighbours(q, 10)
        ours.append(time.perf_counter() - t)
    cpu_ours = (time.process_time() - cpu0) / len(queries)
    v = space.vectors
    cpu0 = time.process_time()
    for q in queries:
        t = time.perf_counter()
        d = ((v - v[q]) ** 2).sum(axis=1)
        np.argpartition(d, 10)[:10]
        floor.append(time.perf_counter() - t)
    cpu_floor = (time.process_time() - cpu0) / len(queries)
    print(
        f"neighbours (10 of {args.tracks:,}): median {statistics.median(ours) * 1000:.1f} ms "
        f"wall, {cpu_ours * 1000:.1f} ms CPU per query"
    )
    print(
        f"numpy floor (distances + argpartition): median "
        f"{statistics.median(floor) * 1000:.1f} ms wall, {cpu_floor * 1000:.1f} ms CPU; "
        f"ratio {statistics.median(ours) / statistics.median(floor):.2f}"
    )


if __name__ == "__main__":
    main()
