"""One BLAS thread while serving: a query's products are small.

A query (one profile's scores, an explanation) multiplies a row by a factor matrix or a
few hundred rows of EASE's weights: microseconds of work, for which OpenBLAS's thread pool
costs more than it saves, and on a busy machine much more. Measured on 2 cores with the other
core busy: `default`'s query p95 30-60 ms with the pool, 7-11 ms with one thread
(benchmarks/README.md, "Serving").

``threadpool_limits`` finds the loaded libraries on every entry (about 1-12 ms here, as long
as a query); a controller made once sets the limit in microseconds. It covers the BLAS
libraries loaded when it is made: numpy's, which is what the serving path multiplies with
(scipy's sparse products use no BLAS), and SciPy's own OpenBLAS once ``scipy.linalg`` is
imported (EASE's training loads it): the controller is made again then, so that a process
that trained before it served still limits every pool. OpenBLAS's thread count is a process-wide setting, so
the limit is only taken when more than one thread is set (a training job that already limits
itself to one thread is left alone).
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Iterator

from threadpoolctl import ThreadpoolController

_lock = threading.Lock()
_controller: ThreadpoolController | None = None
_made_with_scipy_linalg = False

#: Batches of at most this many users are scored with one BLAS thread.
SMALL_BATCH = 64


def _blas() -> ThreadpoolController:
    global _controller, _made_with_scipy_linalg
    with _lock:
        scipy_linalg = "scipy.linalg" in sys.modules  # loads SciPy's OpenBLAS beside numpy's
        if _controller is None or scipy_linalg != _made_with_scipy_linalg:
            _controller = ThreadpoolController().select(user_api="blas")
            _made_with_scipy_linalg = scipy_linalg
        return _controller


def blas_thread_limit() -> int:
    """The most threads a loaded BLAS may use now (a caller's ``threadpool_limits`` shows).

    A fresh look at the loaded libraries, never the cached controller of :func:`one_blas_thread`:
    made this early (before SciPy's OpenBLAS is loaded) it would leave that one out for good.
    """
    blas = ThreadpoolController().select(user_api="blas")
    return max((lib.num_threads for lib in blas.lib_controllers), default=1)


@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    """Run the block with one BLAS thread (unless it already has one)."""
    blas = _blas()
    if all(lib.num_threads <= 1 for lib in blas.lib_controllers):
        yield
        return
    with blas.limit(limits=1):
        yield
