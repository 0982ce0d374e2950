"""Storage benchmarks (run by hand: ``make bench`` or ``python benchmarks/bench_storage.py``).

Measures, on a fresh library in a temporary folder:
- bulk insert rate of interactions (ratings and plays) through the repositories, beside the
  same rows through bare ``sqlite3.executemany`` on an identical schema (the floor any SQLite
  app pays), goal >= 100,000 rows/s;
- full-text search latency on a 100,000-item library (search box queries as you type),
  goal p95 < 20 ms;
- opening a 100,000-item library and reading what the main window first shows, goal < 0.3 s.

Prints a table and writes ``benchmarks/out/storage.json``. The machine is shared and noisy:
figures are medians of repeated runs, and the bare-sqlite peer runs in the same process.
"""

from __future__ import annotations

import argparse
import json
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem

WORDS = (
    "night light river stone summer winter echo golden silver blue red wild quiet broken "
    "electric paper glass velvet ocean desert mountain city midnight morning shadow fire dream "
    "heart rain wind star moon sun road home ghost garden mirror crown harbour lantern thunder "
    "silence dance letter promise secret orbit signal horizon ember 夜空 星星 河流 東京 Белые ночи"
).split()
GENRES = "rock pop jazz classical electronic hip-hop folk metal blues reggae country soul".split()


def make_items(n: int, rng: np.random.Generator) -> list[NewItem]:
    words = np.array(WORDS)
    items = []
    for i in range(n):
        title = " ".join(words[rng.integers(len(words), size=int(rng.integers(1, 5)))])
        artist = " ".join(words[rng.integers(len(words), size=2)]).title()
        items.append(
            NewItem(
                "track" if i % 4 else "film",
                f"{title} {i}",
                artist=artist,
                album=" ".join(words[rng.integers(len(words), size=2)]),
                year=int(rng.integers(1950, 2026)),
                genres=tuple(GENRES[g] for g in rng.integers(len(GENRES), size=2)),
            )
        )
    return items


def bench_inserts(folder: Path, n_rows: int, rng: np.random.Generator) -> dict[str, float]:
    path = folder / "inserts.sqlite"
    with Library.open(path) as lib:
        item_ids = lib.items.add_many(NewItem("track", f"t{i}") for i in range(20_000))
        profiles = [lib.profiles.add(f"p{i}").id for i in range(1000)]
        users = rng.choice(profiles, size=n_rows)
        items = rng.choice(item_ids, size=n_rows)
        # Unique (profile, item) pairs so that every row is a new rating.
        pairs = np.unique(np.stack([users, items], axis=1), axis=0)
        stars = rng.integers(1, 11, size=len(pairs)) / 2
        ratings = [
            (int(u), int(i), float(s), 1.6e9 + k)
            for k, ((u, i), s) in enumerate(zip(pairs, stars, strict=True))
        ]
        plays = [
            (int(u), int(i), 1.6e9 + k, 1.0, False, 1)
            for k, (u, i) in enumerate(zip(users, items, strict=True))
        ]
        start, cpu = time.perf_counter(), time.thread_time()
        lib.ratings.set_many(ratings)
        rating_s, rating_cpu = time.perf_counter() - start, time.thread_time() - cpu
        start, cpu = time.perf_counter(), time.thread_time()
        lib.plays.add_many(plays)
        play_s, play_cpu = time.perf_counter() - start, time.thread_time() - cpu
        schema = [
            r[0]
            for r in lib.conn.execute(
                "SELECT sql FROM sqlite_master WHERE name IN ('ratings', 'plays') OR "
                "tbl_name IN ('ratings', 'plays') AND type = 'index' AND sql IS NOT NULL"
            )
        ]
    # Peer: the same rows through bare sqlite3 on the same tables (no checks, no FKs).
    bare = sqlite3.connect(folder / "bare.sqlite", isolation_level=None)
    bare.execute("PRAGMA journal_mode = WAL")
    bare.execute("PRAGMA synchronous = FULL")
    for statement in schema:
        bare.execute(statement.replace("REFERENCES profiles (id) ON DELETE CASCADE", "")
                     .replace("REFERENCES items (id) ON DELETE CASCADE", ""))  # fmt: skip
    start = time.perf_counter()
    bare.execute("BEGIN")
    bare.executemany(
        "INSERT INTO ratings (profile_id, item_id, rating, rated_at) VALUES (?, ?, ?, ?)", ratings
    )
    bare.execute("COMMIT")
    bare_rating_s = time.perf_counter() - start
    start = time.perf_counter()
    bare.execute("BEGIN")
    bare.executemany(
        "INSERT INTO plays (profile_id, item_id, played_at, completed, skipped, count) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        plays,
    )
    bare.execute("COMMIT")
    bare_play_s = time.perf_counter() - start
    bare.close()
    return {
        "ratings_rows": len(ratings),
        "ratings_rows_per_s": len(ratings) / rating_s,
        "plays_rows": len(plays),
        "plays_rows_per_s": len(plays) / play_s,
        "ratings_rows_per_cpu_s": len(ratings) / rating_cpu,
        "plays_rows_per_cpu_s": len(plays) / play_cpu,
        "bare_sqlite_ratings_rows_per_s": len(ratings) / bare_rating_s,
        "bare_sqlite_plays_rows_per_s": len(plays) / bare_play_s,
    }


def build_big_library(path: Path, n_items: int, rng: np.random.Generator) -> float:
    items = make_items(n_items, rng)
    start = time.perf_counter()
    with Library.open(path) as lib:
        lib.items.add_many(items)
    return n_items / (time.perf_counter() - start)


def bench_search(path: Path, n_queries: int, rng: np.random.Generator) -> dict[str, float]:
    queries = []
    for _ in range(n_queries):
        words = [WORDS[int(k)] for k in rng.integers(len(WORDS), size=int(rng.integers(1, 3)))]
        last = words[-1]
        words[-1] = last[: int(rng.integers(1, len(last) + 1))]  # typed so far
        queries.append(" ".join(words))
    search_ms, window_ms, search_cpu, window_cpu = [], [], [], []
    with Library.open(path) as lib:
        for q in queries[:20]:  # warm the page cache
            lib.items.search(q)
        for q in queries:
            start, cpu = time.perf_counter(), time.thread_time()
            lib.items.search(q, limit=100)
            search_ms.append((time.perf_counter() - start) * 1000)
            search_cpu.append((time.thread_time() - cpu) * 1000)
            # What the library table does on each keystroke: count + first page.
            start, cpu = time.perf_counter(), time.thread_time()
            lib.items.count("track", q)
            lib.items.page("track", offset=0, limit=200, query=q)
            window_ms.append((time.perf_counter() - start) * 1000)
            window_cpu.append((time.thread_time() - cpu) * 1000)

    def pct(values: list[float], p: float) -> float:
        return float(np.percentile(values, p))

    return {
        "queries": n_queries,
        "search_p50_ms": pct(search_ms, 50),
        "search_p95_ms": pct(search_ms, 95),
        "search_max_ms": max(search_ms),
        "table_filter_p50_ms": pct(window_ms, 50),
        "table_filter_p95_ms": pct(window_ms, 95),
        # CPU time of the querying thread: what the query costs without the other programs
        # that share this machine's cores (wall time also counts waiting for a core).
        "search_cpu_p50_ms": pct(search_cpu, 50),
        "search_cpu_p95_ms": pct(search_cpu, 95),
        "table_filter_cpu_p50_ms": pct(window_cpu, 50),
        "table_filter_cpu_p95_ms": pct(window_cpu, 95),
    }


def bench_open(path: Path, runs: int) -> dict[str, float]:
    in_process, in_process_cpu = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.thread_time()
        with Library.open(path) as lib:
            lib.items.count("track")
            lib.items.page("track", offset=0, limit=200)
            lib.stats.collect()
        in_process.append(time.perf_counter() - start)
        in_process_cpu.append(time.thread_time() - cpu)
    # Whole process: interpreter start, imports, open, stats, exit.
    whole = []
    for _ in range(max(3, runs // 3)):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "desktop_recsys", "stats", "--json", "--library", str(path)],
            check=True,
            capture_output=True,
        )
        whole.append(time.perf_counter() - start)
    return {
        "open_and_first_page_median_s": statistics.median(in_process),
        "open_and_first_page_max_s": max(in_process),
        "open_and_first_page_cpu_median_s": statistics.median(in_process_cpu),
        "cli_stats_whole_process_median_s": statistics.median(whole),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=500_000)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).with_name("out") / "storage.json"
    )
    args = parser.parse_args()
    rng = np.random.default_rng(42)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        inserts = bench_inserts(folder, args.rows, rng)
        big = folder / "big.sqlite"
        items_per_s = build_big_library(big, args.items, rng)
        search = bench_search(big, args.queries, rng)
        opening = bench_open(big, 15)
    result = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "items": args.items,
        "item_insert_per_s": items_per_s,
        **inserts,
        **search,
        **opening,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))
    print(f"{'metric':<36}{'value':>14}  goal")
    goals = {
        "ratings_rows_per_s": ">= 100,000",
        "plays_rows_per_s": ">= 100,000",
        "search_p95_ms": "< 20",
        "table_filter_p95_ms": "< 20",
        "search_cpu_p95_ms": "< 20",
        "table_filter_cpu_p95_ms": "< 20",
        "ratings_rows_per_cpu_s": ">= 100,000",
        "plays_rows_per_cpu_s": ">= 100,000",
        "open_and_first_page_cpu_median_s": "< 0.3",
        "open_and_first_page_median_s": "< 0.3",
    }
    for key, value in result.items():
        if isinstance(value, float):
            print(f"{key:<36}{value:>14,.3f}  {goals.get(key, '')}")
    ratio = inserts["ratings_rows_per_s"] / inserts["bare_sqlite_ratings_rows_per_s"]
    print(f"repository / bare sqlite insert rate (ratings): {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
