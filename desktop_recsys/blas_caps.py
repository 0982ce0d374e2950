"""BLAS thread caps that several Python threads can hold at once.

OpenBLAS (built with its own pthreads pool, as numpy's and SciPy's wheels are) has one thread
count for the whole process; ``openblas_set_num_threads_local`` changes it for every thread
too. threadpoolctl (3.8) lets one Python thread at a time set it and gives that role to the
first one: with a query's one-thread block (``engine/serving_threads``) open in one thread while
the job runner capped a training in another, the training's cap did nothing, the training ran
on two threads after the query ended, and when it ended it put back the one thread it had seen,
for good.

Here every cap is counted instead, whichever thread holds it:

- The count in force in each BLAS library is the smallest cap open in any thread, never more
  than the library's own count from before the first of them opened (a cap above that raises
  nothing). When the last one closes, that count comes back. A library first seen while caps
  are open (SciPy's OpenBLAS, loaded by ``import scipy.linalg``) is capped from the next time a
  cap opens or closes, and given back its own count with the others.
- Every change is made under one lock, with threadpoolctl's controlling-thread role cleared
  before and after, so no thread keeps that role and a change from any thread takes effect.
- A thread's own caps are kept too (:func:`thread_cap`): ``engine/block_threads`` sizes a
  thread's blocks by its own cap, not by a process-wide count that another thread's query may
  have lowered for a moment.
- A library whose count is per thread (OpenBLAS built on OpenMP) is set in each thread to that
  thread's own smallest cap, and given back when the thread's last cap closes.

Code that sets the count itself with threadpoolctl (scikit-learn around its neighbour search and
k-means) puts back what it saw when it ends. Seen while another thread's cap was open, that is
the cap's count, which would then stay in force after the caps closed: such code runs inside a
cap of its own thread no larger than its own limit (``services/lab_map``, ``mixes_service``),
so what it puts back is what that cap holds anyway. Outside any cap (the tests raising a
one-core machine's BLAS to two threads) threadpoolctl is left to itself: the first cap to open
reads the count it finds.

OpenMP pools (scikit-learn's k-means) keep a count per thread: ``threadpool_limits(...,
user_api="openmp")`` in the thread that runs the work limits them (the job runner does).

A leaf module (threadpoolctl only, no numpy) shared by ``engine`` and ``jobs``, like
``progress``: the job runner must not import the engine, and the window must start without it.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from typing import Any

from threadpoolctl import OpenBLASController, ThreadpoolController

_lock = threading.Lock()
#: Every cap open now, in any thread: {threads: how many are open}.
_open: Counter[int] = Counter()
#: Each process-wide library's count from before the first open cap ({file path: threads}).
_defaults: dict[str, int] = {}
#: The BLAS libraries found, and ``len(sys.modules)`` when they were looked for: finding them
#: costs 1-12 ms (as long as a query), so they are looked for again only after an import.
_libraries: list[Any] = []
_modules_seen = -1


class _Own(threading.local):
    """The calling thread's open caps and, for per-thread libraries, their counts before them."""

    def __init__(self) -> None:
        self.caps: list[int] = []
        self.defaults: dict[str, int] = {}


_own = _Own()


def _per_thread(library: Any) -> bool:
    return (
        library.internal_api == "openblas" and getattr(library, "threading_layer", "") == "openmp"
    )


def _blas_libraries() -> list[Any]:
    """The loaded BLAS libraries' threadpoolctl controllers (found again after an import)."""
    global _libraries, _modules_seen
    if len(sys.modules) != _modules_seen:
        _modules_seen = len(sys.modules)
        _libraries = ThreadpoolController().select(user_api="blas").lib_controllers
    return _libraries


def _set(libraries: list[Any], caps: Any, defaults: dict[str, int]) -> None:
    """Set each library to the smallest of ``caps`` (at most its default), or back to its
    default when ``caps`` is empty. ``defaults`` is filled on first sight and emptied then."""
    for library in libraries:
        now = library.num_threads
        if now is None:
            continue
        if caps:
            want = min(defaults.setdefault(library.filepath, now), min(caps))
        elif library.filepath in defaults:
            want = defaults.pop(library.filepath)
        else:
            continue
        if want != now:
            library.set_num_threads(want)


def _apply(own_changed: bool) -> None:
    """Bring every library to the caps open now (called with :data:`_lock` held)."""
    libraries = _blas_libraries()
    OpenBLASController.clear_controlling_thread(force=True)
    try:
        _set([lib for lib in libraries if not _per_thread(lib)], _open, _defaults)
        if own_changed:
            _set([lib for lib in libraries if _per_thread(lib)], _own.caps, _own.defaults)
    finally:
        OpenBLASController.clear_controlling_thread(force=True)
    if not _open:
        _defaults.clear()  # a library gone from the list must not keep an old default


@contextlib.contextmanager
def blas_cap(threads: int) -> Iterator[None]:
    """Run the block with at most ``threads`` BLAS threads, whatever other threads' caps open
    or close meanwhile (module docstring); the count from before comes back when the last
    cap in the process closes, also when the block raises."""
    if not isinstance(threads, int) or isinstance(threads, bool) or threads < 1:
        raise ValueError(f"a BLAS thread cap must be a whole number from 1, not {threads!r}")
    caps = _own.caps  # this thread's list, also if the block ends in another thread
    with _lock:
        _open[threads] += 1
        caps.append(threads)
        try:
            _apply(own_changed=True)
        except BaseException:
            _close(threads, caps)
            raise
    try:
        yield
    finally:
        with _lock:
            _close(threads, caps)


def _close(threads: int, caps: list[int]) -> None:
    _open[threads] -= 1
    if not _open[threads]:
        del _open[threads]
    caps.remove(threads)
    _apply(own_changed=caps is _own.caps)


def thread_cap() -> int | None:
    """The smallest cap the calling thread holds, or None if it holds none."""
    return min(_own.caps, default=None)


def default_threads() -> int:
    """The BLAS thread count with no cap open: what the libraries had before the caps open now
    (or have now, with none open); the largest over the libraries, 1 if none is loaded."""
    with _lock:
        counts = []
        for lib in _blas_libraries():
            caps, defaults = (_own.caps, _own.defaults) if _per_thread(lib) else (_open, _defaults)
            counts.append(defaults.get(lib.filepath, lib.num_threads) if caps else lib.num_threads)
    return max((c for c in counts if c is not None), default=1)
