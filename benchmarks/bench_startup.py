"""Start-up time: from process start to an interactive main window on the demo library.

Runs ``python -m desktop_recsys --library DEMO`` again and again with
``DESKTOP_RECSYS_QUIT_WHEN_READY=1`` on Qt's ``offscreen`` platform, in a temporary
``DESKTOP_RECSYS_HOME`` (no user data is touched). The app prints
``desktop-recsys: ready <unix time>`` once its main window is shown and the event loop is idle,
then quits; one sample is the time from just before the process is spawned to that stamp.
The demo library is built once beforehand, with a profile, so the first-run welcome does not
appear (it is not the start-up being measured).

    python benchmarks/bench_startup.py [--runs 7] [--goal 1.5] [--library LIB.sqlite]

``--library`` times the start on a copy of that library instead (for example the large one
``benchmarks/synth.py library 2M large.sqlite`` makes: 50,000 films, 20,000 profiles, 2 million
ratings); the copy lives in the temporary home, so the given file is never written.

Prints every sample and the median, and exits 1 when the median misses the goal.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

READY = "desktop-recsys: ready "
GOAL_SECONDS = 1.5


def one_start(command: list[str], env: dict[str, str], timeout: float = 60.0) -> float:
    """Seconds from spawning ``command`` to its ready stamp; raises if it never gets there."""
    spawned = time.time()
    proc = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    for line in proc.stdout.splitlines():
        if line.startswith(READY):
            return float(line[len(READY) :]) - spawned
    raise RuntimeError(
        f"exited {proc.returncode} without a ready line: {proc.stderr.strip()[-800:]}"
    )


def measure(runs: int, source: Path | None = None) -> list[float]:
    """Start-up seconds of ``runs`` starts on one fresh demo library, or on a copy of
    ``source`` (after one warm-up)."""
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="desktop-recsys-bench-startup-") as home:
        drop = {"DISPLAY", "WAYLAND_DISPLAY", "PYTHONDONTWRITEBYTECODE"}
        env = {k: v for k, v in os.environ.items() if k not in drop}
        env.update(
            # Python's bytecode cache, as an installed app has it, kept in the temporary home
            # (a shell with PYTHONDONTWRITEBYTECODE would otherwise compile every module on
            # every start: about 0.3 s more, the same on any library).
            PYTHONPYCACHEPREFIX=str(Path(home) / "pycache"),
            DESKTOP_RECSYS_HOME=home,
            QT_QPA_PLATFORM="offscreen",
            DESKTOP_RECSYS_QUIT_WHEN_READY="1",
        )
        library = str(Path(home) / "demo.sqlite")
        cli = [python, "-m", "desktop_recsys", "--library", library]
        if source is None:
            subprocess.run([*cli, "demo", "--quiet"], env=env, check=True, capture_output=True)
        else:
            shutil.copyfile(source, library)
        # Warm-up: the page cache and Python's bytecode cache, as on any second start.
        one_start(cli, env)
        return [one_start(cli, env) for _ in range(runs)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed starts (default 7)")
    parser.add_argument("--goal", type=float, default=GOAL_SECONDS, help="seconds (1.5)")
    parser.add_argument("--library", type=Path, help="time a copy of this library instead")
    args = parser.parse_args(argv)
    samples = measure(max(1, args.runs), args.library)
    for i, seconds in enumerate(samples, start=1):
        print(f"run {i}: {seconds:.3f} s")
    median = statistics.median(samples)
    verdict = "ok" if median < args.goal else "TOO SLOW"
    print(f"median of {len(samples)}: {median:.3f} s (goal < {args.goal:.1f} s): {verdict}")
    return 0 if median < args.goal else 1


if __name__ == "__main__":
    sys.exit(main())
