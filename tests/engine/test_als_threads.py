"""ALS solves its blocks of users and items in threads (issue 15, section 6): the same factors as
one thread, never more threads than the caller's cap, one thread where the work is one block,
and a cancel in the middle of a half-step stops it after the blocks already running."""

from __future__ import annotations

import os
import threading
import unittest.mock

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from desktop_recsys.engine.algorithms import _solvers
from desktop_recsys.engine.algorithms.als import AlsParams, als_sweeps, init_factors
from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.errors import Cancelled
from desktop_recsys.progress import CancelToken

PARAMS = AlsParams(factors=8, iterations=2)


@pytest.fixture
def movielens(movielens_ratings) -> Dataset:
    return Dataset.from_frame(movielens_ratings)


@pytest.fixture
def small_blocks(monkeypatch):
    """Blocks of about 8,000 entries: ml-latest-small's 100,836 ratings make a dozen a side."""
    monkeypatch.setattr(_solvers, "CG_BLOCK_ENTRIES", 8192)


@pytest.fixture
def four_cores(monkeypatch):
    """A machine of four cores, whatever this one has: the caller's cap decides."""
    monkeypatch.setattr(os, "cpu_count", lambda: 4)


@pytest.fixture
def block_threads_seen(monkeypatch) -> list[str]:
    """The name of the thread that solved each block, in the order they ran."""
    seen: list[str] = []
    solve = _solvers._cg_block
    caller = threading.current_thread()
    lock = threading.Lock()
    # A pool thread's block waits (a bounded while) until a second pool thread has one: a pool
    # reuses an idle thread, so on a loaded machine one thread could otherwise solve them all.
    both = threading.Event()
    workers: set[str] = set()

    def recorded(*args, **kwargs):
        name = threading.current_thread().name
        seen.append(name)
        if threading.current_thread() is not caller:
            with lock:
                workers.add(name)
                if len(workers) >= 2:
                    both.set()
            both.wait(timeout=20)
        return solve(*args, **kwargs)

    monkeypatch.setattr(_solvers, "_cg_block", recorded)
    return seen


def fit(data: Dataset, cancel: CancelToken | None = None, progress=None):
    rng = np.random.default_rng(PARAMS.seed)
    x = init_factors(rng, data.n_users, PARAMS.factors)
    y = init_factors(rng, data.n_items, PARAMS.factors)
    return als_sweeps(
        data.matrix,
        PARAMS,
        x,
        y,
        PARAMS.iterations,
        progress or (lambda fraction, message: None),
        cancel or CancelToken(),
    )


def test_row_blocks_cover_every_row_once_with_balanced_work(movielens, small_blocks) -> None:
    for matrix in (movielens.matrix, movielens.matrix.T.tocsr()):
        blocks = _solvers.row_blocks(matrix.indptr, 8)
        assert blocks[0][0] == 0 and blocks[-1][1] == matrix.shape[0]
        assert all(a[1] == b[0] and a[0] < a[1] for a, b in zip(blocks, blocks[1:], strict=False))
        assert len(blocks) >= 10
        entries = [matrix.indptr[e] - matrix.indptr[s] for s, e in blocks]
        # One block may hold a single heavy row; the others stay near the target.
        assert sorted(entries)[-2] < 3 * 8192
    # Data under two blocks' work is one block: the solve as before blocks existed.
    assert _solvers.row_blocks(np.array([0, 5, 9, 20]), 8) == [(0, 3)]


def test_threads_give_the_same_factors_as_one_thread(
    movielens, small_blocks, four_cores, block_threads_seen
) -> None:
    with threadpool_limits(limits=1):  # the cap of a training job in the window on 2 cores
        x1, y1 = fit(movielens)
    assert set(block_threads_seen) == {threading.current_thread().name}
    block_threads_seen.clear()
    with threadpool_limits(limits=2):
        x2, y2 = fit(movielens)
    assert len(set(block_threads_seen)) == 2  # both threads solved blocks
    assert threading.current_thread().name not in block_threads_seen
    # Bit for bit: the blocks are cut by the data alone and each thread has one BLAS thread.
    assert np.array_equal(x1, x2) and np.array_equal(y1, y2)


def test_blocks_differ_from_one_solve_only_by_float_rounding(
    movielens, monkeypatch, four_cores
) -> None:
    with threadpool_limits(limits=1):
        x1, y1 = fit(movielens)  # one block a side: ml-latest-small is under two blocks' work
    monkeypatch.setattr(_solvers, "CG_BLOCK_ENTRIES", 8192)
    with threadpool_limits(limits=2):
        x2, y2 = fit(movielens)
    np.testing.assert_allclose(x2, x1, rtol=1e-3, atol=1e-5)
    np.testing.assert_allclose(y2, y1, rtol=1e-3, atol=1e-5)


@pytest.mark.parametrize("cap", [1, 2, 3])
def test_never_more_threads_than_the_cap(
    movielens, small_blocks, four_cores, block_threads_seen, cap
) -> None:
    peak = [0]  # the most pool threads alive at once (the pool names them als_N)
    solve = _solvers._cg_block

    def counted(*args, **kwargs):
        alive = [t for t in threading.enumerate() if t.name.startswith("als_")]
        peak[0] = max(peak[0], len(alive))
        return solve(*args, **kwargs)

    with threadpool_limits(limits=cap), unittest.mock.patch.object(_solvers, "_cg_block", counted):
        fit(movielens)
    workers = set(block_threads_seen) - {threading.current_thread().name}
    assert len(workers) <= cap and peak[0] <= cap
    if cap == 1:
        assert workers == set() and peak[0] == 0  # one thread: the caller's own
    else:
        assert len(workers) >= 2


def test_one_block_runs_in_the_callers_thread(two_tastes, four_cores, block_threads_seen) -> None:
    with threadpool_limits(limits=4):
        fit(two_tastes)
    assert set(block_threads_seen) == {threading.current_thread().name}


def test_cancel_in_a_half_step_stops_after_the_blocks_running(
    movielens, small_blocks, four_cores, monkeypatch
) -> None:
    token = CancelToken()
    calls: list[bool] = []  # whether the token was already cancelled when a block started
    reports: list[float] = []
    solve = _solvers._cg_block

    def cancelling(*args, **kwargs):
        calls.append(token.cancelled)
        if len(calls) == 3:
            token.cancel()
        return solve(*args, **kwargs)

    monkeypatch.setattr(_solvers, "_cg_block", cancelling)
    with threadpool_limits(limits=2), pytest.raises(Cancelled):
        fit(movielens, token, lambda fraction, message: reports.append(fraction))
    blocks = len(_solvers.row_blocks(movielens.matrix.T.tocsr().indptr, PARAMS.factors))
    assert blocks >= 10
    # The first half-step (items) stopped: no pass reported, and after the cancel at most the
    # other thread's block had already begun.
    assert reports == []
    assert len(calls) <= 4 and sum(calls) <= 1


def test_blocks_run_one_at_a_time_while_the_callers_side_thread_is_busy(
    movielens, small_blocks, four_cores, block_threads_seen
) -> None:
    """``default`` fits its head EASE in a side thread beside ALS's passes: while that work is
    queued or running, ALS's blocks run in the caller's thread (three busy threads on two
    cores starved the side thread the caller waits for); once it is done, in the pool."""
    from desktop_recsys.engine.block_threads import SideThread, side_busy

    release = threading.Event()
    with threadpool_limits(limits=2), SideThread(CancelToken()) as side:
        assert not side_busy()
        waiting = side.submit(release.wait, 30)
        assert side_busy()
        x1, y1 = fit(movielens)
        assert set(block_threads_seen) == {threading.current_thread().name}
        release.set()
        assert waiting.result() is True
        pause = threading.Event()  # never set: a bounded wait for the done callback, run just after
        for _ in range(3000):
            if not side_busy():
                break
            pause.wait(0.01)
        assert not side_busy()
        block_threads_seen.clear()
        x2, y2 = fit(movielens)
        assert threading.current_thread().name not in block_threads_seen
        assert len(set(block_threads_seen)) == 2
    assert not side_busy()  # closed: no side thread of this thread any more
    assert np.array_equal(x1, x2) and np.array_equal(y1, y2)
