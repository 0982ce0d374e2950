"""The sonic analysis in worker processes (services/sonic_workers.py): the same rows as in the
calling thread, cancel and resume, a lower priority for the app's job, and no worker left
behind when the process that started them is killed."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from desktop_recsys.errors import Cancelled, UserError
from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem
from desktop_recsys.progress import CancelToken
from desktop_recsys.services.sonic_analysis import CRASHED, analyse_library
from tests.sonic_crashing import CrashingDecoder
from tests.sonic_signals import MAJOR, MINOR, clicks, noise, triad, write

pytestmark = pytest.mark.subprocess
ROOT = Path(__file__).resolve().parents[2]


def _library(path: Path, files: list[Path]) -> Path:
    with Library.open(path) as lib:
        lib.items.add_many(NewItem("track", f.stem, path=str(f)) for f in files)
    return path


def _rows(path: Path) -> dict[int, tuple]:
    """Each row's columns, numbers to 3 decimals: a worker multiplies with one BLAS thread,
    which sums in another order than two (the timbre's last bits differ)."""
    with Library.open(path) as lib:
        return {
            r.item_id: (
                r.status,
                r.reason,
                r.tempo,
                r.key,
                r.mode,
                r.loudness,
                r.energy,
                r.brightness,
                r.window_start,
                r.content_hash,
                None if r.timbre is None else tuple(np.frombuffer(r.timbre, np.float32).round(3)),
            )  # fmt: skip
            for r in lib.audio_features.all(status=None)
        }


def test_worker_processes_store_what_the_calling_thread_stores(tmp_path: Path) -> None:
    files = [
        write(tmp_path / "beat.wav", clicks(96, seconds=6.0)),
        write(tmp_path / "chord.flac", triad(62, MAJOR)),
        write(tmp_path / "minor.ogg", triad(57, MINOR)),
        write(tmp_path / "noise.mp3", noise(0.1, channels=2)),
        tmp_path / "broken.flac",
    ]
    files[-1].write_bytes(b"fLaC" + bytes(200))
    inline = _library(tmp_path / "inline.sqlite", files)
    pooled = _library(tmp_path / "pooled.sqlite", files)
    first = analyse_library(inline, processes=False)
    second = analyse_library(pooled, workers=2, processes=True)
    assert (second.done, len(second.failed)) == (first.done, len(first.failed)) == (5, 1)
    assert _rows(pooled) == _rows(inline)
    assert second.cpu_seconds > 0 and first.cpu_seconds > 0


def test_a_cancel_keeps_what_finished_and_the_next_run_goes_on(tmp_path: Path) -> None:
    one = write(tmp_path / "t00.flac", clicks(110, seconds=20.0, rate=22_050), 22_050)
    files = [one] + [Path(os.link(one, tmp_path / f"t{i:02d}.flac") or tmp_path / f"t{i:02d}.flac")
                     for i in range(1, 10)]  # fmt: skip
    path = _library(tmp_path / "lib.sqlite", files)
    token = CancelToken()

    def cancel_after_the_first(fraction: float, _message: str) -> None:
        if fraction > 0:
            token.cancel()

    with pytest.raises(Cancelled):
        analyse_library(
            path, workers=2, processes=True, progress=cancel_after_the_first, cancel=token
        )
    kept = len(_rows(path))
    assert 1 <= kept < len(files)  # the finished ones are committed, not the ones in flight
    report = analyse_library(path, workers=2, processes=True)
    assert (report.unchanged, report.done) == (kept, len(files) - kept)
    assert len(_rows(path)) == len(files)


def test_a_file_that_crashes_its_worker_is_kept_as_failed_and_the_rest_analysed(
    tmp_path: Path,
) -> None:
    one = write(tmp_path / "t0.wav", clicks(100, seconds=4.0))
    files = [one] + [Path(shutil.copyfile(one, tmp_path / f"t{i}.wav")) for i in range(1, 8)]
    files.insert(3, Path(shutil.copyfile(one, tmp_path / "crash.wav")))
    path = _library(tmp_path / "lib.sqlite", files)
    report = analyse_library(path, decoders=[CrashingDecoder()], workers=2, processes=True)
    assert (report.done, report.ok) == (9, 8)
    assert [(s.title, s.reason) for s in report.failed] == [("crash", CRASHED)]
    rows = _rows(path)
    assert sorted(r[0] for r in rows.values()) == ["failed"] + ["ok"] * 8
    # Not tried again until the file changes: the next run finds nothing to do.
    again = analyse_library(path, decoders=[CrashingDecoder()], workers=2, processes=True)
    assert (again.done, again.unchanged) == (0, 9)


def test_workers_that_end_on_every_file_store_nothing_and_say_so(tmp_path: Path) -> None:
    one = write(tmp_path / "crash0.wav", clicks(100, seconds=4.0))
    files = [one, Path(shutil.copyfile(one, tmp_path / "crash1.wav"))]
    path = _library(tmp_path / "lib.sqlite", files)
    with pytest.raises(UserError, match="worker processes end as soon as they start"):
        analyse_library(path, decoders=[CrashingDecoder()], workers=2, processes=True)
    assert _rows(path) == {}  # nothing marked failed: the files are not to blame


# A program that starts a pool of two workers (niceness 5), has each analyse a file, prints
# what each worker saw while it did (its process id, its niceness, the analysis's status) and
# waits to be killed. Each task first waits for the other: so two workers have started (their
# initializer has run) and each holds one. Without that, four files submitted at once could all
# go to the worker that started first and the program printed a second worker that had not yet
# set its niceness (the test failed under load); or, the first worker already idle at the second
# file, the pool started only one worker.
POOL_PROGRAM = """
import os, sys, time
from pathlib import Path
from desktop_recsys.engine.sonic import SoundFileDecoder
from desktop_recsys.services import sonic_workers

def meet_then_analyse(path, met):
    Path(met, str(os.getpid())).touch()
    deadline = time.monotonic() + 60  # past it, the test fails on what is printed
    while len(os.listdir(met)) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    analysis, _ = sonic_workers._analyse(path)  # with the decoders the pool gave the worker
    return os.getpid(), os.getpriority(os.PRIO_PROCESS, 0), analysis.status

if __name__ == "__main__":
    pool = sonic_workers.WorkerPool(2, [SoundFileDecoder()], niceness=5)
    futures = [pool._pool.submit(meet_then_analyse, *sys.argv[1:3]) for _ in range(2)]
    print(" ".join(":".join(map(str, f.result())) for f in futures), flush=True)
    time.sleep(600)
"""


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie nobody has reaped yet has ended)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_workers_run_nicer_and_end_when_their_parent_is_killed(tmp_path: Path) -> None:
    song = write(tmp_path / "beat.flac", clicks(120, seconds=4.0))
    program = tmp_path / "pool.py"
    program.write_text(POOL_PROGRAM, encoding="utf-8")
    (tmp_path / "met").mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    parent = subprocess.Popen(
        [sys.executable, str(program), str(song), str(tmp_path / "met")],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = parent.stdout.readline()
        ran = [tuple(part.split(":")) for part in line.split()]
        workers = [int(pid) for pid, _, _ in ran]
        assert len(set(workers)) == 2, line
        nicer = min(os.getpriority(os.PRIO_PROCESS, 0) + 5, 19)
        assert [(int(n), status) for _, n, status in ran] == [(nicer, "ok")] * 2, line
        assert [os.getpriority(os.PRIO_PROCESS, p) for p in workers] == [nicer] * 2
        assert all(_alive(p) for p in workers)
        parent.send_signal(signal.SIGKILL)
        parent.wait(30)
        deadline = time.monotonic() + 30
        while any(_alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(p) for p in workers), "a worker outlived its killed parent"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait(30)
        parent.stdout.close()
