"""A window's start marks only dead sessions' jobs interrupted, never a living window's.

Each window claims the job rows it records in an owner-locked file beside the library
(``library/job_claims.py``); the lock dies with the process. Two real windows (sessions with
real threaded runners and histories) share one library here, and a real second process holds
a running job and is then killed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Any

import pytest

from desktop_recsys import app as app_module
from desktop_recsys.config import AppPaths
from desktop_recsys.library import Library
from desktop_recsys.library.job_claims import JobClaims, live_job_ids
from desktop_recsys.services.recovery_service import recover_interrupted_work

WAIT_MS = 20000


def statuses(path: Path) -> dict[int, tuple[str, str]]:
    with Library.open(path) as lib:
        return {j.id: (j.kind, j.status) for j in lib.jobs.list()}


def claims_files(path: Path) -> list[Path]:
    return sorted(p for p in path.parent.iterdir() if p.name.startswith(f".{path.name}.jobs-"))


def test_a_second_window_leaves_the_first_windows_running_job_alone(
    qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:  # a session that was killed left these behind, unclaimed
        ghost = lib.jobs.create("ghost")
        lib.jobs.start(ghost)
        queued_ghost = lib.jobs.create("queued ghost")
    paths = AppPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
    first = app_module.start_gui(path, paths=paths)
    second = None
    release = threading.Event()
    try:
        assert statuses(path)[ghost][1] == "interrupted"  # the first start set it straight
        qtbot.waitUntil(lambda: not first.runner.is_busy(), timeout=WAIT_MS)  # its backup
        first.runner.submit(lambda p, c: release.wait(WAIT_MS / 1000), kind="long work")
        assert first.history is not None
        qtbot.waitUntil(
            lambda: first.history.flush() and ("long work", "running") in statuses(path).values(),
            timeout=WAIT_MS,
        )
        (work,) = [i for i, (kind, _s) in statuses(path).items() if kind == "long work"]
        assert work in live_job_ids(path)[0]

        second = app_module.start_gui(path, paths=paths)  # a second window on the library
        after = statuses(path)
        assert after[work] == ("long work", "running"), "the first window's job is alive"
        assert after[queued_ghost] == ("queued ghost", "interrupted")
        assert len(claims_files(path)) == 2  # one per living window

        release.set()
        qtbot.waitUntil(
            lambda: first.history.flush() and statuses(path)[work][1] == "finished",
            timeout=WAIT_MS,
        )
    finally:
        release.set()
        # Every job ended and its news delivered before the windows let go of their libraries:
        # a "finished" still queued would reach a closed window in a later test.
        for session in (first, second):
            if session is not None:
                qtbot.waitUntil(lambda s=session: not s.runner.is_busy(), timeout=WAIT_MS)
        qtbot.wait(100)
        first.close()
        if second is not None:
            second.close()
    assert claims_files(path) == []  # a window that closes takes its claims with it


CHILD = textwrap.dedent(
    """
    import sys, time
    from desktop_recsys.library import Library
    from desktop_recsys.library.job_claims import JobClaims

    path = sys.argv[1]
    claims = JobClaims(path)
    with Library.open(path) as lib:
        lib.jobs.claims = claims
        job = lib.jobs.create("train")
        lib.jobs.start(job)
    print(job, flush=True)
    time.sleep(120)
    """
)


@pytest.mark.subprocess
# A library named with glob's characters: its windows' claims were looked for as a pattern,
# found none, and a living window's running job was called interrupted.
@pytest.mark.parametrize("name", ["lib.sqlite", "Music [FLAC]*?.sqlite"])
def test_a_killed_windows_jobs_are_interrupted_and_a_living_ones_are_not(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    Library.open(path).close()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert child.stdout is not None
        job = int(child.stdout.readline())
        # Another process starts (a second window): the child is alive, its job too.
        assert recover_interrupted_work(path, tmp_path / "models").jobs == 0
        assert statuses(path)[job] == ("train", "running")
        mine = JobClaims(path)  # a claims file of this process is no proof for the child's
        try:
            assert recover_interrupted_work(path, tmp_path / "models").jobs == 0
        finally:
            mine.close()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
        # The child is gone, however it ended: its job is interrupted, its claims removed.
        assert recover_interrupted_work(path, tmp_path / "models").jobs == 1
        assert statuses(path)[job] == ("train", "interrupted")
        assert claims_files(path) == []
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
