"""The benchmarks' own tools measure what they say: a contender's peak memory is its own, and
the synthetic data is deterministic and shaped as documented."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _module(name: str) -> ModuleType:
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


ALLOCATE = "x = bytearray(150 * 1024 * 1024)\nfor i in range(0, len(x), 4096): x[i] = 1"


@pytest.mark.subprocess
@pytest.mark.parametrize("way", ["gnu time", "wrapper"])
def test_a_contenders_peak_is_its_own_not_the_harness_s(way: str, monkeypatch) -> None:
    harness = _module("_harness")
    if way == "wrapper":
        monkeypatch.setattr(harness, "GNU_TIME", Path("/no/such/time"))
    elif not harness._gnu_time_works():
        pytest.skip("no GNU time here; the wrapper is tested")
    # This process's own high-water mark goes above 300 MiB first.
    big = bytearray(300 * 1024 * 1024)
    big[::4096] = b"\x01" * len(big[::4096])
    small = harness.run_timed(["/bin/true"], 1).peak
    grown = harness.run_timed([sys.executable, "-c", ALLOCATE], 1).peak
    del big
    assert small < 40  # /bin/true, not the 300 MiB of the harness
    assert 150 < grown < 260  # a child that allocates 150 MiB reads at least that
    # What the former measurement (wait4 on a child of the harness) read: the harness's peak.
    import os

    proc = subprocess.Popen(["/bin/true"])
    _, _, usage = os.wait4(proc.pid, 0)
    assert usage.ru_maxrss / 1024 > 300


def test_synthetic_interactions_are_deterministic_distinct_and_long_tailed() -> None:
    synth = _module("synth")
    assert synth.parse_size("200k") == 200_000 and synth.parse_size("3M") == 3_000_000
    u1, i1, w1 = synth.interactions(20_000)
    u2, i2, w2 = synth.interactions(20_000)
    assert np.array_equal(u1, u2) and np.array_equal(i1, i2) and np.array_equal(w1, w2)
    assert len(u1) == 20_000
    assert len(np.unique(u1.astype(np.int64) * 1_000_000 + i1)) == 20_000  # no pair twice
    assert u1.max() < 200 and i1.max() < 500  # n / 100 users, n / 40 items
    counts = np.sort(np.bincount(i1, minlength=500))[::-1]
    assert counts[:25].sum() > 3 * 0.05 * len(i1)  # the top 5 % of items: over 3x their share
    assert set(np.unique(w1)) <= {1.0, 2.0, 3.0, 4.0, 5.0}
    other, _, _ = synth.interactions(20_000, seed=7)
    assert not np.array_equal(u1, other)
