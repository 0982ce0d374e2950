"""Independent blocks of work in threads (engine/block_threads): order, errors, the caller's
thread cap, and the users of it giving the same answers as one thread does."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from desktop_recsys.engine.block_threads import SideThread, block_threads, map_in_threads
from desktop_recsys.engine.serving_threads import blas_thread_limit
from desktop_recsys.errors import Cancelled
from desktop_recsys.progress import CancelToken

two_cores = pytest.mark.skipif(
    (os.cpu_count() or 1) < 2 or blas_thread_limit() < 2, reason="needs 2 cores and BLAS threads"
)


@two_cores
def test_map_in_threads_runs_blocks_side_by_side_in_order_with_one_blas_thread() -> None:
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


def test_block_threads_follow_the_callers_cap() -> None:
    with threadpool_limits(limits=1, user_api="blas"):  # the job runner's cap on 2 cores
        assert block_threads(30) == 1
    assert block_threads(1) == 1  # one block: no thread to gain
    assert block_threads(30) == max(1, min(blas_thread_limit(), os.cpu_count() or 1))


def test_side_thread_stops_its_work_when_the_caller_fails() -> None:
    parent = CancelToken()
    stopped = threading.Event()

    def side_work(cancel: CancelToken) -> None:
        for _ in range(2000):
            if cancel.cancelled:
                stopped.set()
                cancel.raise_if_cancelled()
            threading.Event().wait(0.01)

    outer = block_threads(30)
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


@two_cores
def test_recommend_file_scores_batches_in_two_threads_and_writes_the_same_file(
    tmp_path, monkeypatch
) -> None:
    from desktop_recsys.engine.algorithms.als import AlsRecommender
    from desktop_recsys.services.file_commands import recommend_file

    train = tmp_path / "train.csv"
    train.write_text(_many_users())
    names: set[str] = set()
    original = AlsRecommender.recommend_many

    def recording(self, users, *args, **kwargs):
        names.add(threading.current_thread().name)
        return original(self, users, *args, **kwargs)

    monkeypatch.setattr(AlsRecommender, "recommend_many", recording)
    threaded, single = tmp_path / "threads.csv", tmp_path / "one.csv"
    done = recommend_file(train, "als", {"iterations": "2"}, 5, threaded)
    assert len(names) == 2 and done.users == 2100  # 3 batches of 1,024 users, 2 threads
    names.clear()
    with threadpool_limits(limits=1, user_api="blas"):  # the window's cap: one thread
        recommend_file(train, "als", {"iterations": "2"}, 5, single)
    assert names == {threading.current_thread().name}
    assert threaded.read_bytes() == single.read_bytes()


@two_cores
@pytest.mark.parametrize("chosen", [0.7, 0.0])  # a blend; ALS alone (more passes after all)
def test_head_blend_fits_its_ease_models_beside_als_with_the_same_result(
    monkeypatch, chosen: float
) -> None:
    from desktop_recsys.engine.algorithms import default as default_module
    from desktop_recsys.engine.algorithms.ease import EaseRecommender
    from desktop_recsys.engine.dataset import Dataset
    from desktop_recsys.engine.registry import create

    rng = np.random.default_rng(6)
    rows = np.repeat(np.arange(300), 12)
    cols = (rng.pareto(1.0, size=rows.size) * 20).astype(int) % 150
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
    monkeypatch.setattr(default_module, "choose_head_weight", lambda u, grid: grid.index(chosen))
    params = {"ease_max_side": "10", "head_items": "60", "ease_weight": "-1"}
    fractions: list[float] = []
    beside = create("default", params).fit(ds, progress=lambda f, m: fractions.append(f))
    assert len(names) == 2 and all(n.startswith("side") for n in names + judged)
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    names.clear()
    with threadpool_limits(limits=1, user_api="blas"):  # the window's cap: one after the other
        alone = create("default", params).fit(ds)
    main = threading.current_thread().name
    assert names == [main] * (2 if chosen else 1) and judged[-1] == main
    assert alone.ease_weight == pytest.approx(chosen)
    assert beside._meta == alone._meta and beside.chosen == alone.chosen
    for key, value in alone._state.items():
        np.testing.assert_allclose(beside._state[key], value, rtol=1e-5, atol=1e-6)
    users = ds.user_ids.tolist()
    assert [r.items for r in beside.recommend_many(users, 10)] == [
        r.items for r in alone.recommend_many(users, 10)
    ]


@two_cores
@pytest.mark.parametrize("chosen", [0.6, 1.0, 0.0])  # a blend; EASE alone; ALS alone
def test_small_blend_fits_its_ease_models_beside_als_with_the_same_result(
    monkeypatch, chosen: float
) -> None:
    """The full blend (every item in EASE: the public data sets, 200k synthetic) also fits
    its EASE models in the side thread beside ALS's passes, to the same model."""
    from desktop_recsys.engine.algorithms import default as default_module
    from desktop_recsys.engine.algorithms.ease import EaseRecommender
    from desktop_recsys.engine.dataset import Dataset
    from desktop_recsys.engine.registry import create

    rng = np.random.default_rng(8)
    rows = np.repeat(np.arange(300), 12)
    cols = (rng.pareto(1.0, size=rows.size) * 20).astype(int) % 120
    ds = Dataset.from_arrays([f"u{u}" for u in rows], [f"i{i}" for i in cols], np.ones(rows.size))
    names: list[str] = []
    original = EaseRecommender._fit

    def recording(self, *args, **kwargs):
        names.append(threading.current_thread().name)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(EaseRecommender, "_fit", recording)
    monkeypatch.setattr(default_module, "choose_weight", lambda u, grid: grid.index(chosen))
    params = {"ease_weight": "-1"}
    fractions: list[float] = []
    beside = create("default", params).fit(ds, progress=lambda f, m: fractions.append(f))
    assert len(names) == 2 and all(n.startswith("side") for n in names)
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    names.clear()
    with threadpool_limits(limits=1, user_api="blas"):  # the window's cap: one after the other
        alone = create("default", params).fit(ds)
    assert names == [threading.current_thread().name] * (2 if chosen else 1)
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
        pytest.skip("OpenBLAS runs one thread here (one core, or OPENBLAS_NUM_THREADS=1)")
    assert done.stdout.strip() == "[1] [2]"
