"""The threaded JobRunner: one real-thread test per signal path, waiting on signals only."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QThread

from desktop_recsys.jobs import JobLane, JobRunner
from desktop_recsys.progress import CancelToken, ProgressFn, no_progress

WAIT_MS = 5000


@pytest.fixture
def runner(qapp: Any) -> Iterator[JobRunner]:
    runner = JobRunner(read_threads=2, compute_threads=1)
    yield runner
    assert runner.shutdown(WAIT_MS)


def test_finished_delivers_the_result_on_the_gui_thread(qtbot: Any, runner: JobRunner) -> None:
    gui_thread = QThread.currentThread()
    delivered_on: list[Any] = []
    runner.finished.connect(lambda *_: delivered_on.append(QThread.currentThread()))

    def job(progress: ProgressFn, cancel: CancelToken) -> int:
        return threading.get_ident()

    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS) as blocker:
        job_id = runner.submit(job, kind="ident")
    finished_id, worker_ident = blocker.args
    assert finished_id == job_id
    assert worker_ident != threading.get_ident()  # it ran on a worker thread
    assert delivered_on == [gui_thread]  # and was reported on the GUI thread


def test_failed_keeps_the_traceback(qtbot: Any, runner: JobRunner) -> None:
    def exploding_job(progress: ProgressFn, cancel: CancelToken) -> None:
        raise ValueError("bad value in row 7")

    with qtbot.waitSignal(runner.failed, timeout=WAIT_MS) as blocker:
        job_id = runner.submit(exploding_job, kind="x", lane=JobLane.WRITE)
    failed_id, message, trace = blocker.args
    assert failed_id == job_id
    assert message == "ValueError: bad value in row 7"
    assert "exploding_job" in trace and "Traceback" in trace
    info = runner.job(job_id)
    assert info is not None and info.traceback == trace


def test_cancel_stops_a_running_job_within_a_second(qtbot: Any, runner: JobRunner) -> None:
    def endless_job(progress: ProgressFn, cancel: CancelToken) -> None:
        while True:
            cancel.raise_if_cancelled()
            time.sleep(0.005)

    with qtbot.waitSignal(runner.started, timeout=WAIT_MS):
        job_id = runner.submit(endless_job, kind="endless", lane=JobLane.WRITE)
    asked = time.monotonic()
    with qtbot.waitSignal(runner.cancelled, timeout=1000) as blocker:
        assert runner.cancel(job_id)
    assert blocker.args == [job_id]
    assert time.monotonic() - asked < 1.0
    assert not runner.is_busy()


def test_cancel_of_a_queued_write_is_immediate(qtbot: Any, runner: JobRunner) -> None:
    release = threading.Event()
    ran: list[str] = []

    def blocking(progress: ProgressFn, cancel: CancelToken) -> None:
        release.wait(WAIT_MS / 1000)

    with qtbot.waitSignal(runner.started, timeout=WAIT_MS):
        runner.submit(blocking, kind="first", lane=JobLane.WRITE)
    # The write lane runs one job at a time: this one waits behind the first.
    waiting = runner.submit(lambda p, c: ran.append("second"), kind="second", lane=JobLane.WRITE)
    with qtbot.waitSignal(runner.cancelled, timeout=1000) as blocker:
        runner.cancel(waiting)
    assert blocker.args == [waiting]
    release.set()
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=WAIT_MS)
    assert ran == []


def test_progress_is_throttled(qtbot: Any, runner: JobRunner) -> None:
    calls = [0]
    duration = 0.35

    def chatty_job(progress: ProgressFn, cancel: CancelToken) -> None:
        start = time.monotonic()
        while time.monotonic() - start < duration:
            calls[0] += 1
            progress((time.monotonic() - start) / duration, f"row {calls[0]}")

    reports: list[float] = []
    runner.progress.connect(lambda _i, fraction, _m: reports.append(fraction))
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        runner.submit(chatty_job, kind="chatty")
    assert calls[0] > 100  # the job reported far more often than it was shown
    # About ten a second: 0.35 s gives 4, plus the held-back final report; allow scheduling slack.
    assert 2 <= len(reports) <= 7
    assert reports == sorted(reports)


def _in_a_thread_that_ends(fn: Any) -> None:
    """threadpoolctl lets one thread at a time set OpenBLAS's process-wide thread count and
    frees the role of a thread that ended: set from one, the job's thread can cap it."""
    setter = threading.Thread(target=fn)
    setter.start()
    setter.join()


def test_write_lane_caps_blas_threads(qtbot: Any, runner: JobRunner) -> None:
    pytest.importorskip("numpy")  # loads the BLAS library that threadpoolctl limits
    from threadpoolctl import threadpool_info, threadpool_limits

    def report_threads(progress: ProgressFn, cancel: CancelToken) -> list[int]:
        return [pool["num_threads"] for pool in threadpool_info()]

    # Two threads before the job, even on one core (where OpenBLAS starts at one and a cap of
    # one would prove nothing): OpenBLAS takes them from threadpoolctl there too. OpenMP's
    # count (scikit-learn's, once an earlier test loaded it) is per thread: set in this one.
    raised: list[Any] = []
    _in_a_thread_that_ends(lambda: raised.append(threadpool_limits(limits=2, user_api="blas")))
    openmp = threadpool_limits(limits=2, user_api="openmp")
    try:
        outside = report_threads(no_progress, CancelToken())
        assert outside, "no BLAS / OpenMP library found to limit"
        assert min(outside) == 2
        with qtbot.waitSignal(runner.finished, timeout=WAIT_MS) as blocker:
            runner.submit(report_threads, kind="blas", lane=JobLane.WRITE)
        inside = blocker.args[1]
        assert max(inside) <= runner.compute_threads == 1
        assert report_threads(no_progress, CancelToken()) == outside  # back after the job
    finally:
        openmp.restore_original_limits()
        _in_a_thread_that_ends(raised[0].restore_original_limits)


def test_shutdown_cancels_and_waits(qapp: Any) -> None:
    runner = JobRunner(compute_threads=1)
    started = threading.Event()
    stopped = threading.Event()

    def endless_job(progress: ProgressFn, cancel: CancelToken) -> None:
        started.set()
        try:
            while True:
                cancel.raise_if_cancelled()
                time.sleep(0.005)
        finally:
            stopped.set()

    runner.submit(endless_job, kind="endless", lane=JobLane.WRITE)
    assert started.wait(WAIT_MS / 1000)
    assert runner.shutdown(WAIT_MS)
    assert stopped.is_set()


def test_a_job_that_ends_after_its_runner_is_gone_prints_nothing(
    qapp: Any, capfd: pytest.CaptureFixture[str]
) -> None:
    """The application quit while a job ran on (it does not look at its cancel token often):
    the runner's relay is deleted, and the job's last reports have nobody to go to. They
    printed 'RuntimeError: Signal source has been deleted' with a traceback at exit."""
    import shiboken6

    runner = JobRunner(read_threads=1, compute_threads=1)
    began, release = threading.Event(), threading.Event()

    def late(progress: ProgressFn, cancel: CancelToken) -> int:
        began.set()
        release.wait(WAIT_MS / 1000)
        progress(1.0, "late")
        return 1

    runner.submit(late, kind="late")
    assert began.wait(WAIT_MS / 1000)
    shiboken6.delete(runner._relay)
    release.set()
    assert runner._read_pool.waitForDone(WAIT_MS)
    err = capfd.readouterr().err
    assert "Signal source has been deleted" not in err and "Traceback" not in err, err
    runner.shutdown(WAIT_MS)
