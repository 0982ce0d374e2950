"""``--self-test`` and unattended starts through the normal command line, in subprocesses.

The same checks run on the frozen bundle in ``test_package.py`` (slow); these run on the
source tree in the default suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_recsys import __version__

pytestmark = pytest.mark.subprocess

STEPS = (
    "desktop-recsys " + __version__,
    "demo library:",
    "evaluation on",
    "training:",
    "recommendation:",
    "without importing Qt",
    "main window",
    "music player played",
    "imports:",
    "removed",
)


def headless_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """No display at all, a private temp folder and home; Qt's platform left unset on purpose."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    tmp = tmp_path / "tmp"
    tmp.mkdir(exist_ok=True)
    # The sound system's client (libpulse, for the player check) keeps its runtime folder in
    # XDG_RUNTIME_DIR, else makes one in TMPDIR on a machine's first use of it since boot: a
    # folder of its own, so that TMPDIR holds only what the app leaves.
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env.update(
        TMPDIR=str(tmp),
        XDG_RUNTIME_DIR=str(runtime),
        DESKTOP_RECSYS_HOME=str(tmp_path / "home"),
        **extra,
    )
    return env


def run(
    args: list[str], env: dict[str, str], timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_recsys", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_self_test_passes_without_a_display_and_cleans_up(tmp_path: Path) -> None:
    proc = run(["--self-test"], headless_env(tmp_path))

    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == len(STEPS) + 1
    for line, expected in zip(lines, STEPS, strict=False):
        assert line.startswith("ok  ") and expected in line, line
    assert lines[-1].startswith(f"self-test passed: {len(STEPS)} checks")
    assert "Traceback" not in proc.stderr
    assert list((tmp_path / "tmp").iterdir()) == []  # the temporary library is gone
    assert not (tmp_path / "home").exists()  # nothing written to the (fake) user folders


def test_self_test_failure_is_one_line_and_exit_1(tmp_path: Path) -> None:
    code = (
        "import sys, desktop_recsys.selftest as s; s.ALGORITHM = 'no-such-algorithm'; "
        "sys.exit(s.run_self_test(gui=False))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        env=headless_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )

    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1
    assert proc.stderr.startswith("desktop-recsys: self-test failed: evaluation: unknown algorithm")
    assert "ok  demo library" in proc.stdout and "self-test passed" not in proc.stdout
    assert list((tmp_path / "tmp").iterdir()) == []


@pytest.mark.parametrize("case", ["no writable data folder", "library path cannot be opened"])
def test_gui_start_on_bad_input_shows_a_dialog_and_exits_2(tmp_path: Path, case: str) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder\n")
    env = headless_env(tmp_path, QT_QPA_PLATFORM="offscreen", DESKTOP_RECSYS_QUIT_WHEN_READY="1")
    if case == "no writable data folder":
        env["DESKTOP_RECSYS_HOME"] = str(blocker / "home")
        args: list[str] = []
        expected = f"cannot create the data folder {blocker / 'home' / 'data'}"
    else:
        args = ["--library", str(blocker / "library.sqlite")]
        expected = f"cannot create library {blocker / 'library.sqlite'}"

    proc = run(args, env, timeout=60)

    assert proc.returncode == 2, proc.stderr
    err = [line for line in proc.stderr.splitlines() if "propagateSizeHints" not in line]
    assert err[0].startswith(f"desktop-recsys: {expected}"), err
    assert err[1] == "desktop-recsys: dialog 'Cannot open library' closed unattended"
    assert "Traceback" not in proc.stderr
    assert "ready" not in proc.stdout


def test_gui_start_reports_ready_and_quits(tmp_path: Path) -> None:
    env = headless_env(tmp_path, QT_QPA_PLATFORM="offscreen", DESKTOP_RECSYS_QUIT_WHEN_READY="1")
    library = tmp_path / "empty.sqlite"

    proc = run(["--library", str(library)], env, timeout=60)

    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("desktop-recsys: ready ")
    float(proc.stdout.split()[-1])
    assert "Traceback" not in proc.stderr
