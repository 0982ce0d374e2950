"""BLAS thread choice of the dense kernels: one thread for small work or a busy machine."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from threadpoolctl import threadpool_info, threadpool_limits

from desktop_recsys.engine.algorithms import _solvers


def blas_threads() -> int:
    pools = [p for p in threadpool_info() if p["user_api"] == "blas"]
    if not pools:
        pytest.skip("no BLAS library visible to threadpoolctl")
    return max(p["num_threads"] for p in pools)


@pytest.fixture
def two_threads() -> Iterator[None]:
    """BLAS at two threads whatever this machine has: on one core OpenBLAS starts at one, and
    "runs on one thread" would prove nothing (threadpoolctl sets it to two there too)."""
    with threadpool_limits(limits=2, user_api="blas"):
        if blas_threads() < 2:
            pytest.skip("checks BLAS thread limits: threadpoolctl cannot set this BLAS to two")
        yield


def test_a_full_load_average_counts_as_busy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "getloadavg", lambda: (1000.0, 1000.0, 1000.0))
    assert _solvers.machine_busy()


def test_large_work_on_a_busy_machine_runs_on_one_thread(
    monkeypatch: pytest.MonkeyPatch, two_threads: None
) -> None:
    before = blas_threads()
    assert before == 2
    monkeypatch.setattr(_solvers, "machine_busy", lambda: True)
    with _solvers.blas_threads_for(1e15):
        assert blas_threads() == 1
    assert blas_threads() == before


def test_large_work_on_an_idle_machine_keeps_the_callers_limit(
    monkeypatch: pytest.MonkeyPatch, two_threads: None
) -> None:
    before = blas_threads()
    assert before == 2
    monkeypatch.setattr(_solvers, "machine_busy", lambda: False)
    with _solvers.blas_threads_for(1e15):
        assert blas_threads() == before
    with _solvers.blas_threads_for(1.0):  # small work: one thread whatever the machine
        assert blas_threads() == 1


@pytest.mark.subprocess
def test_ease_limits_scipys_blas_too_when_it_loads_it_first() -> None:
    """SciPy's LAPACK (with its own OpenBLAS) is first imported by EASE's fit; a library loaded
    inside a thread limit escapes it, so the fit must load it before limiting. In a fresh
    interpreter, every BLAS library must run one thread while EASE factorises a small matrix."""
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(
        """
        import sys
        import numpy as np
        import scipy.sparse as sp
        from threadpoolctl import threadpool_info
        from desktop_recsys.engine.dataset import Dataset
        from desktop_recsys.engine.registry import create
        assert "scipy.linalg" not in sys.modules
        if max(p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas") < 2:
            print("ONE THREAD")  # SciPy's OpenBLAS will start at one thread too
            sys.exit(0)
        rng = np.random.default_rng(0)
        m = sp.random(300, 500, density=0.05, random_state=1, format="csr")
        ds = Dataset([f"u{i}" for i in range(300)], [f"i{j}" for j in range(500)], m)
        seen = []
        def progress(fraction, message):
            if str(message) in ("factorising", "inverting", "multiplying"):
                seen.append(sorted({(p["filepath"], p["num_threads"])
                                    for p in threadpool_info() if p["user_api"] == "blas"}))
        create("ease", {"form": "dual"}).fit(ds, progress=progress)
        print(seen[0])
        assert seen and all(n == 1 for libs in seen for _, n in libs), seen
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    if done.stdout.strip() == "ONE THREAD":
        pytest.skip(
            "checks BLAS thread limits of a library loaded during the fit, which starts at one "
            "thread here (one core, or OPENBLAS_NUM_THREADS=1): one thread proves nothing"
        )
