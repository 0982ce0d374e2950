"""Independent blocks of work in threads (engine/block_threads): order, errors, the caller's
thread cap, and the users of it giving the same answers as one thread does."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import threading
import types

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from desktop_recsys.blas_caps import blas_cap
from desktop_recsys.engine.block_threads import SideThread, block_threads, map_in_threads
from desktop_recsys.engine.serving_threads import blas_thread_limit
from desktop_recsys.errors import Cancelled
from desktop_recsys.progress import CancelToken


def _blas_takes_two_threads() -> bool:
    with threadpool_limits(limits=2, user_api="blas"):
        return blas_thread_limit() >= 2


#: What no machine can stand in for: a BLAS whose thread count threadpoolctl sets. OpenBLAS
#: takes two threads on one core too (only OPENBLAS_NUM_THREADS is capped at the cores it
#: finds), so on one core these tests run with :func:`two_blas_threads`.
BLAS_NOT_SET = "checks BLAS thread limits: threadpoolctl cannot set this BLAS to two threads"
blas_limits = pytest.mark.skipif(not _blas_takes_two_threads(), reason=BLAS_NOT_SET)


@pytest.fixture
def two_blas_threads(monkeypatch):
    """A machine of two cores with BLAS at two threads, whatever this one has (one core starts
    OpenBLAS at one thread, and a limit of one would then be no test of a limit)."""
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    with threadpool_limits(limits=2, user_api="blas"):
        yield


@pytest.fixture
def cap(monkeypatch) -> types.SimpleNamespace:
    """block_threads' cap in the test's thread is ``cap.threads`` (two, whatever the machine and
    its BLAS: the threaded paths run on one core too; one is the window's cap). Other threads
    (a side thread, with its cap of one BLAS thread) read their real caps."""
    module = importlib.import_module("desktop_recsys.engine.block_threads")
    cap = types.SimpleNamespace(threads=2)
    caller = threading.current_thread()
    for name in ("thread_cap", "default_threads"):  # its own cap, and the BLAS count
        real = getattr(module, name)
        monkeypatch.setattr(
            module,
            name,
            lambda real=real: cap.threads if threading.current_thread() is caller else real(),
        )
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    return cap


@blas_limits
def test_map_in_threads_runs_blocks_side_by_side_in_order_with_one_blas_thread(
    two_blas_threads,
) -> None:
    before = blas_thread_limit()
    both = threading.Barrier(2, timeout=20)  # passes only if two blocks run at once
    seen: list[tuple[int, int, str]] = []

    def work(i: int) -> int:
        if i < 2:
            both.wait()
        seen.append((i, blas_thread_limit(), threading.current_thread().name))
        return i * i

    assert list(map_in_threads(work, range(9), 2)) == [i * i for i in range(9)]
    assert {limit for _, limit, _ in seen} == {1}  # one BLAS thread per block
    assert len({name for _, _, name in seen}) == 2
    assert blas_thread_limit() == before  # the caller's limit is back


def test_map_in_threads_raises_at_the_failing_block_and_starts_no_more() -> None:
    started: list[int] = []

    def work(i: int) -> int:
        started.append(i)
        if i == 3:
            raise ValueError("block 3")
        return i

    got: list[int] = []
    with pytest.raises(ValueError, match="block 3"):
        for value in map_in_threads(work, range(40), 2):
            got.append(value)
    assert got == [0, 1, 2]
    assert max(started) <= 3 + 2 + 1  # at most threads + 1 ahead of the failing one
    # One thread: the plain map, in the caller's thread.
    names = list(map_in_threads(lambda i: threading.current_thread().name, range(3), 1))
    assert names == [threading.current_thread().name] * 3


@blas_limits
def test_block_threads_follow_the_callers_cap(two_blas_threads) -> None:
    assert block_threads(30) == 2
    with blas_cap(1):  # the job runner's cap on 2 cores
        assert block_threads(30) == 1
    assert block_threads(1) == 1  # one block: no thread to gain
    with threadpool_limits(limits=3, user_api="blas"):
        assert block_threads(30) == 2  # never more than the cores


@blas_limits
def test_side_thread_stops_its_work_when_the_caller_fails(two_blas_threads) -> None:
    parent = CancelToken()
    stopped = threading.Event()

    def side_work(cancel: CancelToken) -> None:
        for _ in range(2000):
            if cancel.cancelled:
                stopped.set()
                cancel.raise_if_cancelled()
            threading.Event().wait(0.01)

    outer = block_threads(30)
    assert outer == 2
    with SideThread(parent) as side:
        # The opening thread keeps its cap for its own blocks (als beside default's side
        # work); work in the side thread gets one thread.
        assert side.submit(block_threads, 30).result() == 1 and block_threads(30) == outer
    with pytest.raises(RuntimeError, match="caller"), SideThread(parent) as side:
        future = side.submit(side_work, side.cancel)
        assert blas_thread_limit() == 1
        raise RuntimeError("caller failed")
    assert block_threads(30) == outer
    assert stopped.is_set() and not parent.cancelled  # the side work stopped, not the job
    with pytest.raises(Cancelled):
        future.result()
    # The caller's cancel reaches the side work too.
    parent.cancel()
    with SideThread(parent) as side:
        future = side.submit(side_work, side.cancel)
    with pytest.raises(Cancelled):
        future.result()


def _many_users(users: int = 2100, items: int = 60):
    rng = np.random.default_rng(1)
    rows = np.repeat(np.arange(users), 5)
    cols = (rng.pareto(1.2, size=rows.size) * 8).astype(int) % items
    lines = ["user,item,weight"] + [
        f"u{u},i{i},{1 + (u * i) % 4}" for u, i in zip(rows, cols, strict=True)
    ]
    return "\n".join(lines) + "\n"


def test_recommend_file_scores_batches_in_two_threads_and_writes_the_same_file(
    tmp_path, monkeypatch, cap
) -> None:
    from desktop_recsys.engine.algorithms.als import AlsRecommender
    from desktop_recsys.services.file_commands import recommend_file

    train = tmp_path / "train.csv"
    train.write_text(_many_users())
    names: set[str] = set()
    original = AlsRecommender.recommend_many
    lock = threading.Lock()
    # A batch waits (a bounded while) until a second thread has a batch too: a pool reuses
    # an idle thread, so on a loaded machine the first batch could end before the second was
    # handed out and one thread do all three (seen once in a clean clone under -n 2).
    both = threading.Event()

    def recording(self, users, *args, **kwargs):
        with lock:
            names.add(threading.current_thread().name)
            if len(names) >= 2:
                both.set()
        both.wait(timeout=20)
        return original(self, users, *args, **kwargs)

    monkeypatch.setattr(AlsRecommender, "recommend_many", recording)
    threaded, single = tmp_path / "threads.csv", tmp_path / "one.csv"
    done = recommend_file(train, "als", {"iterations": "2"}, 5, threaded)
    assert len(names) == 2 and done.users == 2100  # 3 batches of 1,024 users, 2 threads
    names.clear()
    # The window's cap: one BLAS thread, which is what block_threads reads (the cap test).
    cap.threads = 1
    with threadpool_limits(limits=1, user_api="blas"):
        recommend_file(train, "als", {"iterations": "2"}, 5, single)
    assert names == {threading.current_thread().name}
    assert threaded.read_bytes() == single.read_bytes()


#: The two blends of ``default``: the head blend (EASE on the most popular items, its weight
#: chosen by ``choose_head_weight``) and the small one (every item in EASE, ``choose_weight``;
#: the public data sets, 200k synthetic). Each: the data's seed and items, the parameters.
_BLENDS = {
    "head": (6, 150, "choose_head_weight", {"ease_max_side": "10", "head_items": "60"}),
    "small": (8, 120, "choose_weight", {}),
}


@pytest.mark.parametrize(
    ("blend", "chosen"),
    [
        ("head", 0.7),  # a blend
        ("head", 0.0),  # ALS alone (more passes after all)
        ("small", 0.6),  # a blend
        ("small", 1.0),  # EASE alone
        ("small", 0.0),  # ALS alone
    ],
)
def test_blend_fits_its_ease_models_beside_als_with_the_same_result(
    monkeypatch, cap, blend: str, chosen: float
) -> None:
    """Both blends fit their EASE models and judge the validation in the side thread beside
    ALS's passes, to the same model as one after the other."""
    from desktop_recsys.engine.algorithms import default as default_module
    from desktop_recsys.engine.algorithms.ease import EaseRecommender
    from desktop_recsys.engine.dataset import Dataset
    from desktop_recsys.engine.registry import create

    seed, items, chooser, params = _BLENDS[blend]
    rng = np.random.default_rng(seed)
    rows = np.repeat(np.arange(300), 12)
    cols = (rng.pareto(1.0, size=rows.size) * 20).astype(int) % items
    ds = Dataset.from_arrays([f"u{u}" for u in rows], [f"i{i}" for i in cols], np.ones(rows.size))
    names: list[str] = []
    original = EaseRecommender._fit

    def recording(self, *args, **kwargs):
        names.append(threading.current_thread().name)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(EaseRecommender, "_fit", recording)
    judged: list[str] = []
    validation = default_module.blend_ndcg

    def judging(*args, **kwargs):
        judged.append(threading.current_thread().name)
        return validation(*args, **kwargs)

    monkeypatch.setattr(default_module, "blend_ndcg", judging)
    monkeypatch.setattr(default_module, chooser, lambda u, grid: grid.index(chosen))
    params = {**params, "ease_weight": "-1"}
    fractions: list[float] = []
    beside = create("default", params).fit(ds, progress=lambda f, m: fractions.append(f))
    assert len(names) == 2 and judged and all(n.startswith("side") for n in names + judged)
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    names.clear()
    cap.threads = 1  # the window's cap: one after the other
    with threadpool_limits(limits=1, user_api="blas"):
        alone = create("default", params).fit(ds)
    main = threading.current_thread().name
    assert names == [main] * (2 if chosen else 1) and judged[-1] == main
    assert alone._meta["blend"][0]["algorithm"] == ("ease" if chosen else "als")
    assert alone.ease_weight == pytest.approx(chosen)
    assert beside._meta == alone._meta and beside.chosen == alone.chosen
    for key, value in alone._state.items():
        np.testing.assert_allclose(beside._state[key], value, rtol=1e-5, atol=1e-6)
    users = ds.user_ids.tolist()
    assert [r.items for r in beside.recommend_many(users, 10)] == [
        r.items for r in alone.recommend_many(users, 10)
    ]


_AFTER_A_SIDE_THREAD = """
import threading
import numpy  # noqa: F401
from threadpoolctl import threadpool_info, threadpool_limits
from desktop_recsys.engine.block_threads import SideThread
from desktop_recsys.progress import CancelToken

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
with SideThread(CancelToken()) as side:  # default's fit in this (the main) thread
    side.submit(int).result()
seen = []

def a_training():  # the job runner's cap on a write job, in its own thread
    with threadpool_limits(limits=1):
        seen.append(blas())

worker = threading.Thread(target=a_training)
worker.start()
worker.join()
print(seen[0], blas())
"""


@pytest.mark.subprocess
def test_a_side_thread_leaves_blas_limits_to_other_threads_after_it() -> None:
    """threadpoolctl lets one thread at a time set OpenBLAS's process-wide count: a side
    thread's limit made without entering it as a block kept its opener in that role, and the
    job runner's cap on the next training (another thread) did nothing (a whole-suite run saw
    two threads inside a write job capped at one)."""
    done = subprocess.run(
        [sys.executable, "-c", _AFTER_A_SIDE_THREAD], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    if done.stdout.strip() == "SKIP":
        pytest.skip(BLAS_NOT_SET)
    assert done.stdout.strip() == "[1] [2]"
