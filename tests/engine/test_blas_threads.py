"""BLAS thread choice of the dense kernels: one thread for small work or a busy machine."""

from __future__ import annotations

import os

import pytest
from threadpoolctl import threadpool_info

from desktop_recsys.engine.algorithms import _solvers


def blas_threads() -> int:
    pools = [p for p in threadpool_info() if p["user_api"] == "blas"]
    if not pools:
        pytest.skip("no BLAS library visible to threadpoolctl")
    return max(p["num_threads"] for p in pools)


def test_a_full_load_average_counts_as_busy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "getloadavg", lambda: (1000.0, 1000.0, 1000.0))
    assert _solvers.machine_busy()


def test_large_work_on_a_busy_machine_runs_on_one_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = blas_threads()
    monkeypatch.setattr(_solvers, "machine_busy", lambda: True)
    with _solvers.blas_threads_for(1e15):
        assert blas_threads() == 1
    assert blas_threads() == before


def test_large_work_on_an_idle_machine_keeps_the_callers_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = blas_threads()
    monkeypatch.setattr(_solvers, "machine_busy", lambda: False)
    with _solvers.blas_threads_for(1e15):
        assert blas_threads() == before
    with _solvers.blas_threads_for(1.0):  # small work: one thread whatever the machine
        assert blas_threads() == 1
