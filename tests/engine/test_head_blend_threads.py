"""``default``'s head blend fits its EASE in a side thread with one BLAS thread, SciPy's too."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest


@pytest.mark.subprocess
def test_the_side_threads_ease_inverse_runs_every_blas_on_one_thread() -> None:
    """SciPy's LAPACK (its own OpenBLAS, which EASE's inverse runs on) is first imported by the
    head EASE's fit in the side thread, after the side thread's one-thread limit was set: a
    library loaded inside a limit escapes it, and the inverse ran a thread per core beside
    ALS's threads (3M synthetic: the fit took twice its time). In a fresh interpreter, every
    BLAS library must run one thread during each inverse of the head blend's EASE fits."""
    script = textwrap.dedent(
        """
        import sys, threading
        import numpy as np
        import scipy.sparse as sp
        from threadpoolctl import threadpool_info
        from desktop_recsys.engine.dataset import Dataset
        from desktop_recsys.engine.algorithms import default, ease
        assert "scipy.linalg" not in sys.modules
        if max(p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas") < 2:
            print("ONE THREAD")  # SciPy's OpenBLAS will start at one thread too
            sys.exit(0)
        seen = []
        inverse = ease.spd_inverse_inplace
        def watched(*args, **kwargs):
            seen.append((threading.current_thread().name, sorted(
                (p["filepath"], p["num_threads"])
                for p in threadpool_info() if p["user_api"] == "blas")))
            return inverse(*args, **kwargs)
        ease.spd_inverse_inplace = watched
        rng = np.random.default_rng(3)
        users, items = 600, 900
        pop = 1.0 / np.arange(1, items + 1) ** 0.8
        rows, cols = [], []
        for u in range(users):
            got = rng.choice(items, size=int(rng.integers(8, 60)), replace=False, p=pop / pop.sum())
            rows += [u] * len(got)
            cols += got.tolist()
        m = sp.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(users, items))
        ds = Dataset([f"u{i}" for i in range(users)], [f"i{j}" for j in range(items)], m)
        rec = default.DefaultRecommender(default.DefaultParams(ease_max_side=0, head_items=300))
        rec.fit(ds)
        print(seen)
        assert len(seen) == 2 and all(name.startswith("side") for name, _ in seen), seen
        assert all(n == 1 for _, libs in seen for _, n in libs), seen
        assert any("scipy" in path for _, libs in seen for path, _ in libs), seen
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    if done.stdout.strip() == "ONE THREAD":
        pytest.skip(
            "checks BLAS thread limits of a library loaded during the fit, which starts at one "
            "thread here (one core, or OPENBLAS_NUM_THREADS=1): one thread proves nothing"
        )
