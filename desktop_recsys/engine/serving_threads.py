"""One BLAS thread while serving: a query's products are small.

A query (one profile's scores, an explanation) multiplies a row by a factor matrix or a
few hundred rows of EASE's weights: microseconds of work, for which OpenBLAS's thread pool
costs more than it saves, and on a busy machine much more. Measured on 2 cores with the other
core busy: `default`'s query p95 30-60 ms with the pool, 7-11 ms with one thread
(benchmarks/README.md, "Serving").

The cap is a :func:`~desktop_recsys.blas_caps.blas_cap` of one: counted with every other
thread's caps (the job runner's on a training in another thread), so a query that ends inside
a training leaves the training at its own cap, and one that ends after it leaves the process
at its own count (blas_caps' docstring says what it guarantees). It covers every BLAS library
loaded (numpy's, and SciPy's own OpenBLAS once ``scipy.linalg`` is imported) and costs
microseconds: the libraries are looked for again only after an import.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from threadpoolctl import ThreadpoolController

from desktop_recsys.blas_caps import blas_cap

#: Batches of at most this many users are scored with one BLAS thread.
SMALL_BATCH = 64


def blas_thread_limit() -> int:
    """The most threads a loaded BLAS may use now, in the whole process (any thread's cap
    lowers it: ``engine/block_threads`` reads the calling thread's own cap instead).

    A fresh look at the loaded libraries, as the tests want it.
    """
    blas = ThreadpoolController().select(user_api="blas")
    return max((lib.num_threads for lib in blas.lib_controllers), default=1)


@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    """Run the block with one BLAS thread (a cap counted with other threads' caps)."""
    with blas_cap(1):
        yield
