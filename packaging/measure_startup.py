"""Time from launch to an interactive main window, for the figures in ``packaging/README.md``.

Starts the app (by default the frozen one-folder build) again and again with
``DESKTOP_RECSYS_QUIT_WHEN_READY=1`` on Qt's ``offscreen`` platform. The app prints
``desktop-recsys: ready <unix time>`` once its main window is shown and the event loop is idle,
then quits; the time from just before the process was spawned to that stamp is one sample.
The library is a demo library made beforehand with the same executable (``demo`` command), in
a temporary ``DESKTOP_RECSYS_HOME``, so no user data is touched.

    python packaging/measure_startup.py [--app PATH] [--runs 7]

Prints the first (cold-ish: files not yet in the page cache, if the build is fresh) and the
median of the other runs, in seconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_APP = ROOT / "build" / "pyinstaller" / "dist" / "desktop-recsys" / "desktop-recsys"
READY = "desktop-recsys: ready "


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
        f"{command[0]} exited {proc.returncode} without a ready line: {proc.stderr.strip()[-500:]}"
    )


def measure(command: list[str], runs: int) -> tuple[float, list[float]]:
    """(first start, the other starts) in seconds, on a fresh demo library."""
    with tempfile.TemporaryDirectory(prefix="desktop-recsys-startup-") as home:
        env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
        env.update(
            DESKTOP_RECSYS_HOME=home,
            QT_QPA_PLATFORM="offscreen",
            DESKTOP_RECSYS_QUIT_WHEN_READY="1",
        )
        library = str(Path(home) / "demo.sqlite")
        subprocess.run(
            [*command, "--library", library, "demo", "--quiet"],
            env=env,
            check=True,
            capture_output=True,
        )
        samples = [one_start([*command, "--library", library], env) for _ in range(runs)]
    return samples[0], samples[1:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", default=str(DEFAULT_APP), help="the executable to start")
    parser.add_argument("--source", action="store_true", help="time `python -m desktop_recsys`")
    parser.add_argument("--runs", type=int, default=7, help="starts (the first is reported apart)")
    args = parser.parse_args(argv)
    command = [sys.executable, "-m", "desktop_recsys"] if args.source else [args.app]
    if not args.source and not Path(args.app).is_file():
        raise SystemExit(f"no app at {args.app}: run `make package` first")
    first, rest = measure(command, max(args.runs, 2))
    print(f"first start: {first:.2f} s")
    print(
        f"median of {len(rest)} further starts: {statistics.median(rest):.2f} s "
        f"(min {min(rest):.2f}, max {max(rest):.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
