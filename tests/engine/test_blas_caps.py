"""BLAS thread caps opened by several Python threads at once (desktop_recsys/blas_caps.py).

OpenBLAS's thread count is one setting for the whole process. A query's one-thread block
(``one_blas_thread``) open in one thread while the job runner's cap on a training is entered in
another must leave the training at its cap after the query ends, and the process at its own
count after both end, in whichever order they open and close.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from threadpoolctl import threadpool_limits

from desktop_recsys.engine.block_threads import block_threads
from desktop_recsys.engine.serving_threads import blas_thread_limit, one_blas_thread

BLAS_NOT_SET = "checks BLAS thread limits: threadpoolctl cannot set this BLAS to two threads"


def _in_a_thread_that_ends(fn: Callable[[], Any]) -> Any:
    """``fn()`` in a thread of its own (threadpoolctl frees the role of a thread that ended)."""
    got: list[Any] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            got.append(fn())
        except BaseException as error:  # noqa: BLE001 -- raised again in the caller
            failed.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if failed:
        raise failed[0]
    return got[0]


@pytest.fixture
def two_blas_threads(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A machine of two cores with BLAS at two threads, whatever this one has (one core starts
    OpenBLAS at one thread, where a cap of one proves nothing). Raised from a thread that ends,
    so that no thread of the test holds threadpoolctl's role of the thread that sets OpenBLAS."""
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    raised = _in_a_thread_that_ends(lambda: threadpool_limits(limits=2, user_api="blas"))
    try:
        if blas_thread_limit() < 2:
            pytest.skip(BLAS_NOT_SET)
        yield
    finally:
        _in_a_thread_that_ends(raised.restore_original_limits)


def test_a_thread_without_a_cap_is_not_held_by_another_threads_query(two_blas_threads) -> None:
    """block_threads reads its own thread's cap: a training thread (W) with no cap of its own
    has every core while a query's one-thread block is open in another thread (R); under its
    own cap of one it has one."""

    def capped() -> int:
        from desktop_recsys.blas_caps import blas_cap

        with blas_cap(1):
            return block_threads(30)

    with one_blas_thread():  # R: this thread
        assert blas_thread_limit() == 1
        assert block_threads(30) == 1
        assert _in_a_thread_that_ends(lambda: block_threads(30)) == 2
        assert _in_a_thread_that_ends(capped) == 1
    assert block_threads(30) == 2


def test_nested_caps_in_one_thread_keep_the_smallest(two_blas_threads) -> None:
    from desktop_recsys.blas_caps import blas_cap, thread_cap

    with blas_cap(1):
        assert blas_thread_limit() == 1 and thread_cap() == 1
        with blas_cap(2):
            assert blas_thread_limit() == 1 and thread_cap() == 1
        assert blas_thread_limit() == 1 and thread_cap() == 1
    assert blas_thread_limit() == 2 and thread_cap() is None
    with blas_cap(2):
        with blas_cap(1):
            assert blas_thread_limit() == 1 and block_threads(30) == 1
        assert blas_thread_limit() == 2 and block_threads(30) == 2
    assert blas_thread_limit() == 2


def test_a_cap_above_the_default_does_not_raise_the_count(two_blas_threads) -> None:
    from desktop_recsys.blas_caps import blas_cap

    with blas_cap(8):
        assert blas_thread_limit() == 2
        assert block_threads(30) == 2
        with blas_cap(1):
            assert blas_thread_limit() == 1
        assert blas_thread_limit() == 2
    assert blas_thread_limit() == 2


def test_an_exception_inside_a_cap_restores_the_count(two_blas_threads) -> None:
    from desktop_recsys.blas_caps import blas_cap, thread_cap

    with pytest.raises(ValueError, match="inside"), blas_cap(1):
        assert blas_thread_limit() == 1
        raise ValueError("inside")
    assert blas_thread_limit() == 2 and thread_cap() is None
    # Also while another thread's cap stays open: the count stays at that one.
    entered, leave = threading.Event(), threading.Event()

    def other() -> None:
        with blas_cap(1):
            entered.set()
            leave.wait(30)

    holder = threading.Thread(target=other)
    holder.start()
    try:
        assert entered.wait(30)
        with pytest.raises(ValueError, match="inside"), blas_cap(1):
            raise ValueError("inside")
        assert blas_thread_limit() == 1 and thread_cap() is None
    finally:
        leave.set()
        holder.join()
    assert blas_thread_limit() == 2


def test_a_cap_must_be_a_whole_number_from_one() -> None:
    from desktop_recsys.blas_caps import blas_cap

    for bad in (0, -1, 1.5, True):
        with pytest.raises(ValueError, match="whole number"), blas_cap(bad):  # type: ignore[arg-type]
            pass


def test_a_threadpoolctl_limit_inside_a_cap_cannot_leave_a_closed_caps_count(
    two_blas_threads,
) -> None:
    """scikit-learn sets BLAS to one thread around its neighbour search and puts back what it
    saw. Seen while another thread's cap was open, that is the cap's count: inside a cap of the
    thread's own (services/lab_map), it is put back while that cap still holds it, and the
    count from before comes back when the caps close."""
    from desktop_recsys.blas_caps import blas_cap

    query_open, query_closed = threading.Event(), threading.Event()
    may_close = threading.Event()

    def query() -> None:
        with one_blas_thread():
            query_open.set()
            may_close.wait(30)
        query_closed.set()

    other = threading.Thread(target=query)
    other.start()
    try:
        assert query_open.wait(30)
        with blas_cap(1), threadpool_limits(limits=1, user_api="blas"):  # as lab_map does
            may_close.set()
            assert query_closed.wait(30)
    finally:
        may_close.set()
        other.join()
    assert blas_thread_limit() == 2


class _FakeLibrary:
    """A BLAS library for the bookkeeping alone: one count for the process, or (OpenBLAS built
    on OpenMP) one per thread."""

    internal_api = "openblas"

    def __init__(self, name: str, per_thread: bool, threads: int) -> None:
        self.filepath = name
        self.threading_layer = "openmp" if per_thread else "pthreads"
        self._default, self._counts = threads, {}
        self._per_thread = per_thread

    def _key(self) -> int:
        return threading.get_ident() if self._per_thread else 0

    @property
    def num_threads(self) -> int:
        return self._counts.get(self._key(), self._default)

    def set_num_threads(self, threads: int) -> None:
        self._counts[self._key()] = threads


def test_caps_of_two_threads_on_shared_and_per_thread_libraries(monkeypatch) -> None:
    """A process-wide library follows the smallest cap open in any thread; one whose count is
    per thread follows each thread's own caps; both get their counts back at the end."""
    from desktop_recsys import blas_caps
    from desktop_recsys.blas_caps import blas_cap, default_threads, thread_cap

    shared, own = _FakeLibrary("shared", False, 4), _FakeLibrary("own", True, 4)
    monkeypatch.setattr(blas_caps, "_blas_libraries", lambda: [shared, own])
    w_entered, w_may_leave, w_left = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, Any] = {}

    def training() -> None:  # W
        with blas_cap(2):
            seen["W in"] = (shared.num_threads, own.num_threads, thread_cap(), default_threads())
            w_entered.set()
            w_may_leave.wait(30)
            seen["W after R"] = (shared.num_threads, own.num_threads)
        seen["W out"] = own.num_threads
        w_left.set()

    with blas_cap(1):  # R
        assert (shared.num_threads, own.num_threads, thread_cap()) == (1, 1, 1)
        worker = threading.Thread(target=training)
        worker.start()
        assert w_entered.wait(30)
        assert seen["W in"] == (1, 2, 2, 4)
        assert (shared.num_threads, own.num_threads) == (1, 1)
    assert (shared.num_threads, own.num_threads, thread_cap()) == (2, 4, None)
    w_may_leave.set()
    assert w_left.wait(30)
    worker.join()
    assert seen["W after R"] == (2, 2) and seen["W out"] == 4
    assert shared.num_threads == 4 and default_threads() == 4


# -- A query and a training in two threads, in a fresh interpreter --------------------------
_QUERY_AND_TRAINING = r"""
import json
import os
import queue
import sys
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import numpy  # noqa: F401
import scipy.linalg  # noqa: F401  (SciPy's own OpenBLAS: both pools must follow the caps)
from threadpoolctl import threadpool_info, threadpool_limits


def blas():
    return sorted({lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"})


if min(blas()) < 2:
    # One core: OpenBLAS starts at one thread, where a cap of one proves nothing. Two threads,
    # set from a thread that then ends (threadpoolctl frees the role of a thread that ended).
    raiser = threading.Thread(target=threadpool_limits, kwargs={"limits": 2, "user_api": "blas"})
    raiser.start()
    raiser.join()
if min(blas()) < 2:
    print("SKIP")
    raise SystemExit(0)
before = blas()

from PySide6.QtCore import QCoreApplication

from desktop_recsys.engine.serving_threads import one_blas_thread
from desktop_recsys.jobs import JobLane, JobRunner

app = QCoreApplication([])
runner = JobRunner(read_threads=1, compute_threads=1)  # the window's cap on two cores
ended = []
runner.finished.connect(lambda *args: ended.append("finished"))
runner.failed.connect(lambda *args: ended.append(repr(args)))


class Block:
    # One side's block, open in a thread of its own: it looks at BLAS inside when told to and
    # leaves when told to.
    def __init__(self):
        self.orders, self.answers = queue.Queue(), queue.Queue()

    def inside(self):
        self.answers.put("entered")
        while self.orders.get() == "look":
            self.answers.put(blas())

    def look(self):
        self.orders.put("look")
        return self.answers.get(timeout=60)


query, training = Block(), Block()


def run_query():  # R: a query's products, as recommend_service and base.py run them
    with one_blas_thread():
        query.inside()
    query.answers.put("left")


def training_job(progress, cancel):  # W: a training in the runner's write lane
    training.inside()


def step(move):
    who, sign = move[0], move[1]
    if (who, sign) == ("R", "+"):
        threading.Thread(target=run_query).start()
        assert query.answers.get(timeout=60) == "entered"
    elif (who, sign) == ("W", "+"):
        runner.submit(training_job, kind="train", lane=JobLane.WRITE)
        assert training.answers.get(timeout=60) == "entered"
    elif who == "R":
        query.orders.put("leave")
        assert query.answers.get(timeout=60) == "left"
    else:
        training.orders.put("leave")
        while not ended:  # the runner leaves its cap before it reports the job's end
            app.processEvents()
            threading.Event().wait(0.005)
        assert ended == ["finished"], ended


seen = []
open_blocks = {}
for move in sys.argv[1].split():
    step(move)
    if move[1] == "+":
        open_blocks[move[0]] = query if move[0] == "R" else training
    else:
        del open_blocks[move[0]]
    seen.append([move, {who: block.look() for who, block in sorted(open_blocks.items())}])
assert runner.shutdown(5000)
print(json.dumps({"before": before, "seen": seen, "after": blas()}))
"""


@pytest.mark.subprocess
@pytest.mark.parametrize(
    "order",
    [
        "R+ W+ R- W-",  # the query ends first, inside the training
        "R+ W+ W- R-",
        "W+ R+ R- W-",
        "W+ R+ W- R-",
    ],
)
def test_a_query_and_a_training_in_two_threads_each_keep_their_cap(order: str) -> None:
    """A query's one-thread block (R) and the job runner's cap of one on a training (W): while
    either is open, one BLAS thread in every pool; when both have ended, the count from before.
    threadpoolctl alone gave the process-wide setting to whichever thread set it first: the
    training ran on two threads after the query ended, and the process kept one for good."""
    done = subprocess.run(
        [sys.executable, "-c", _QUERY_AND_TRAINING, order],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    if done.stdout.strip() == "SKIP":
        pytest.skip(BLAS_NOT_SET)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    expected = []
    opened: set[str] = set()
    for move in order.split():
        (opened.add if move[1] == "+" else opened.discard)(move[0])
        expected.append([move, {who: [1] for who in sorted(opened)}])
    assert report["seen"] == expected
    assert report["before"] == [2] and report["after"] == report["before"]
