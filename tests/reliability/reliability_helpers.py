"""Helpers for the reliability tests: the run tally, subprocess kills, library checks.

A plain module (not a conftest) so tests import it by a name no other folder uses.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from desktop_recsys.library.checks import CheckReport, check_library_file

REPO_ROOT = Path(__file__).resolve().parents[2]

#: What the reliability runs did, printed by conftest's terminal summary (README numbers).
TALLY: Counter[str] = Counter()


def cli(*args: str) -> list[str]:
    """The argv of ``desktop-recsys ARGS`` in a fresh interpreter (a real subprocess)."""
    return [sys.executable, "-m", "desktop_recsys", *args]


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["DESKTOP_RECSYS_HOME"] = str(home)
    env["PYTHONPATH"] = str(REPO_ROOT)
    # Keep the BLAS pools small: two of these run at once on a two-core machine.
    env["OMP_NUM_THREADS"] = env["OPENBLAS_NUM_THREADS"] = "1"
    return env


def run_cli(argv: list[str], home: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv, env=child_env(home), capture_output=True, text=True, timeout=timeout, check=False
    )


def timed_run(argv: list[str], home: Path) -> float:
    """Run to completion (must succeed); returns the wall time, used to spread the kills."""
    started = time.perf_counter()
    done = run_cli(argv, home)
    assert done.returncode == 0, done.stderr
    return time.perf_counter() - started


def run_and_kill(argv: list[str], home: Path, delay: float) -> bool:
    """Start ``argv``, SIGKILL it after ``delay`` seconds; True if it was killed mid-run."""
    proc = subprocess.Popen(
        argv, env=child_env(home), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        TALLY["operations killed"] += 1
        return True
    stderr = proc.stderr.read() if proc.stderr else ""
    assert proc.returncode == 0, stderr
    TALLY["operations completed before the kill"] += 1
    return False


def kill_delays(n: int, reference: float, seed: int) -> list[float]:
    """``n`` random kill moments spread over a run of ``reference`` seconds (some early, during
    start-up and the backup, most while the real work runs)."""
    rng = random.Random(seed)
    return [rng.uniform(0.05, reference * 1.05) for _ in range(n)]


def assert_library_sound(
    path: Path, models_dir: Path | None = None, *, deep: bool = True
) -> CheckReport:
    """integrity_check plus the app's consistency checks, counted in the tally."""
    report = check_library_file(path, models_dir=models_dir, deep=deep)
    assert report.ok, report.problems
    TALLY["checks passed"] += len(report.checked)
    return report


def count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def write_tiny_movielens(folder: Path, films: int = 5, users: int = 3) -> Path:
    """A small, valid ml-latest style folder: ``films`` films each rated by ``users`` users."""
    folder.mkdir(parents=True, exist_ok=True)
    movies = ["movieId,title,genres"] + [
        f'{m},"Film {m}, The ({1990 + m})",Drama|Comedy' for m in range(1, films + 1)
    ]
    ratings = ["userId,movieId,rating,timestamp"] + [
        f"{u},{m},{(u + m) % 10 / 2 + 0.5},{1_000_000_000 + u * 1000 + m}"
        for u in range(1, users + 1)
        for m in range(1, films + 1)
    ]
    (folder / "movies.csv").write_text("\n".join(movies) + "\n", encoding="utf-8")
    (folder / "ratings.csv").write_text("\n".join(ratings) + "\n", encoding="utf-8")
    return folder
