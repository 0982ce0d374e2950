"""Serving runs its small products with one BLAS thread; batches keep the caller's setting."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import numpy as np
import pytest
from threadpoolctl import threadpool_info, threadpool_limits

from desktop_recsys.engine.dataset import Dataset
from desktop_recsys.engine.registry import create
from desktop_recsys.engine.serving_threads import SMALL_BATCH


def _blas_threads() -> list[int]:
    """Threads of numpy's BLAS: what a query's products run on (scipy's own OpenBLAS serves
    only scipy.linalg, which no query calls)."""
    return [
        lib["num_threads"]
        for lib in threadpool_info()
        if lib["user_api"] == "blas" and "numpy" in lib["filepath"]
    ]


def _fitted() -> Any:
    rng = np.random.default_rng(0)
    users = [f"u{u}" for u in range(200) for _ in range(8)]
    items = [f"i{i}" for i in rng.integers(0, 60, len(users))]
    return create("als", {"factors": "4", "iterations": "2"}).fit(Dataset.from_arrays(users, items))


def test_a_query_scores_and_explains_with_one_blas_thread_and_restores_it() -> None:
    model = _fitted()
    seen: dict[str, list[int]] = {}
    top_n, contributions = model._top_n, model._contributions

    def spy_top_n(block: np.ndarray, *args: Any) -> Any:
        seen.setdefault(f"top_n {len(block)}", _blas_threads())
        return top_n(block, *args)

    def spy_contributions(*args: Any) -> Any:
        seen["explain"] = _blas_threads()
        return contributions(*args)

    model._top_n, model._contributions = spy_top_n, spy_contributions
    with threadpool_limits(limits=2, user_api="blas"):
        assert set(_blas_threads()) == {2}, threadpool_info()
        first = model.recommend("u3", 5).items[0]
        model.explain("u3", first)
        model.recommend_many([f"u{u}" for u in range(SMALL_BATCH + 1)], 5)
        assert set(_blas_threads()) == {2}  # given back after each query
    assert set(seen["top_n 1"]) == {1} and set(seen["explain"]) == {1}
    # A batch larger than a query keeps the caller's setting (training, evaluation).
    assert set(seen[f"top_n {SMALL_BATCH + 1}"]) == {2}


def test_lists_are_the_same_at_any_block_size_and_blocks_stay_small() -> None:
    from desktop_recsys.engine import base

    model = _fitted()
    users = [f"u{u}" for u in range(200)]
    blocks: list[int] = []
    top_n = model._top_n

    def spy(block: np.ndarray, *args: Any) -> Any:
        blocks.append(len(block))
        return top_n(block, *args)

    model._top_n = spy
    default = model.recommend_many(users, 7)
    assert max(blocks) * len(model._item_ids) <= max(base.BLOCK_CELLS, 16 * 60)
    for size in (1, 7, 1024):
        again = model.recommend_many(users, 7, batch_size=size)
        # The same lists; scores agree to float32 rounding (BLAS blocks a product by its shape).
        assert [r.items for r in again] == [r.items for r in default]
        for a, b in zip(again, default, strict=True):
            np.testing.assert_allclose(a.scores, b.scores, rtol=1e-5, atol=1e-6)


_LATE_SCIPY = """
import sys
from threadpoolctl import threadpool_info, threadpool_limits
from desktop_recsys.engine.serving_threads import blas_thread_limit, one_blas_thread
assert "scipy.linalg" not in sys.modules
blas_thread_limit()  # the controller made while only numpy's BLAS is loaded (a training's cap)
import scipy.linalg  # noqa: F401  (EASE's training loads SciPy's own OpenBLAS later)
with threadpool_limits(limits=2, user_api="blas"):
    libs = [lib for lib in threadpool_info() if lib["user_api"] == "blas"]
    if len(libs) < 2 or min(lib["num_threads"] for lib in libs) < 2:
        print("SKIP")
        sys.exit(0)
    with one_blas_thread():
        print(sorted(lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"))
"""


@pytest.mark.subprocess
def test_one_blas_thread_covers_a_blas_loaded_after_the_first_query() -> None:
    """A process that asked for the cap before SciPy's OpenBLAS was loaded (a training that
    then fitted EASE) still serves with one thread in every pool: the whole suite saw the
    "what if" lines run with SciPy's pool at two threads after such a training."""
    done = subprocess.run(
        [sys.executable, "-c", _LATE_SCIPY], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    if done.stdout.strip() == "SKIP":
        pytest.skip("one BLAS library, or one thread only (one core, OPENBLAS_NUM_THREADS=1)")
    assert done.stdout.strip() == "[1, 1]"
