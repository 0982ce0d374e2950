"""Smart playlists on a 100,000-item library: a five-rule playlist, evaluated and refreshed.

Builds a library of 100,000 items (tracks and films, two genres each, a few tags) with one
profile that rated 5,000 items and played 20,000 (dated over five years, some skipped), then
measures, each the median of 15 runs after one warm-up:

- **evaluation**: the engine's rule evaluation (``engine.playlists.evaluate``) of a five-rule
  playlist over the item table already in memory, with a model-score column (the goal:
  under 200 ms);
- **refresh**: what ``playlist refresh`` does in-process: read the table from SQLite, evaluate,
  store the list;
- **random order**: the same rules ordered at random with a seed, twice, to show the list is
  the same (determinism).

Usage: ``.venv/bin/python benchmarks/bench_smart_playlists.py [--items 100000]``.
Results go to ``benchmarks/out/smart_playlists.json``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_storage import make_items  # noqa: E402

from desktop_recsys.engine.playlists.evaluate import evaluate  # noqa: E402
from desktop_recsys.library import Library  # noqa: E402
from desktop_recsys.services import smart_playlists as smart  # noqa: E402

RULES = (
    "kind:=:track",
    "genre:=:jazz",
    "rating:>=:3",
    "unplayed_days:>=:90",
    "year:>=:1960",
)
NOW = 1_780_000_000.0


def build(path: Path, n_items: int, rng: np.random.Generator) -> int:
    with Library.open(path) as lib:
        lib.items.add_many(make_items(n_items, rng))
        profile = lib.profiles.add("bench").id
        ids = lib.items.ids_by_kind("track") + lib.items.ids_by_kind("film")
        chosen = rng.choice(ids, size=25_000, replace=False)
        with lib.transaction() as conn:
            conn.executemany(
                "INSERT INTO ratings (profile_id, item_id, rating, rated_at) VALUES (?, ?, ?, ?)",
                [(profile, int(i), float(rng.integers(1, 11)) / 2, NOW) for i in chosen[:5000]],
            )
            conn.executemany(
                "INSERT INTO plays (profile_id, item_id, played_at, skipped) VALUES (?, ?, ?, ?)",
                [
                    (
                        profile,
                        int(i),
                        NOW - float(rng.uniform(0, 5 * 365)) * 86400,
                        int(rng.random() < 0.1),
                    )
                    for i in chosen[2000:22000]
                ],
            )
    return profile


def timed(fn, runs: int = 15) -> tuple[float, float, object]:
    fn()  # warm-up
    wall, cpu, out = [], [], None
    for _ in range(runs):
        start, c = time.perf_counter(), time.thread_time()
        out = fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - c) * 1000)
    return statistics.median(wall), statistics.median(cpu), out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    args = parser.parse_args()
    rng = np.random.default_rng(16)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.sqlite"
        profile = build(path, args.items, rng)
        spec = smart.spec_from_options(rules=RULES, order="score", limit="100")
        with Library.open(path) as lib:
            table, _ = smart.load_table(lib, None, profile, spec)
        table.score = rng.random(len(table))  # a model's scores, as the service fills them
        eval_wall, eval_cpu, done = timed(lambda: evaluate(spec, table, NOW))
        matched = done.matched  # type: ignore[attr-defined]
        made = smart.create_smart(path, None, profile, "Bench", spec, now=NOW)
        refresh_wall, refresh_cpu, _ = timed(
            lambda: smart.refresh(path, None, profile, "Bench", now=NOW)
        )
        rnd = smart.spec_from_options(rules=RULES, order="random", seed=5, limit="100")
        first = smart.evaluate_rules(path, None, profile, rnd, now=NOW).item_ids
        second = smart.evaluate_rules(path, None, profile, rnd, now=NOW).item_ids
    result = {
        "items": args.items,
        "rules": list(RULES),
        "matched": matched,
        "listed": len(made.item_ids),
        "evaluation_ms": round(eval_wall, 1),
        "evaluation_cpu_ms": round(eval_cpu, 1),
        "refresh_ms": round(refresh_wall, 1),
        "refresh_cpu_ms": round(refresh_cpu, 1),
        "random_order_repeats": first == second,
    }
    out = Path(__file__).resolve().parent / "out" / "smart_playlists.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
