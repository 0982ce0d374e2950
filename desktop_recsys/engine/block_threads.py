"""Independent blocks of numeric work in threads, one BLAS thread each.

numpy's products, reductions and partitions release the GIL, so blocks of users scored in two
Python threads keep two cores busy where one thread with a two-thread BLAS pool keeps them busy
only during its products (a whole-catalogue ``recommend-file`` spends most of its time outside
them: standardising, masking, choosing the top n).

How many: as many as the calling thread's own BLAS cap allows (:func:`block_threads`; the
caps are counted per thread and for the process in ``desktop_recsys/blas_caps``). The job
runner caps a training job's thread to leave the interface a core (``jobs/runner.py``), so
inside the window on two cores this is one thread and nothing changes, also while a query in
another thread holds the process at one BLAS thread or has just let it go; the command line
has every core. A machine that is busy does not shrink it, unlike ``_solvers.blas_threads_for``:
that rule is against OpenBLAS's pool, whose threads spin waiting for each other when the
scheduler runs someone else; these threads share no work and never wait on each other.

:func:`map_in_threads` scores blocks side by side (``recommend-file``); :class:`SideThread`
runs work the caller needs later beside its own (``default``'s head EASE fits beside its ALS
passes). Both hold a cap of one for the process while they are open and run each block in a
cap of one of its own thread, so the blocks' own ``block_threads`` is one.
"""

from __future__ import annotations

import collections
import contextlib
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType
from typing import Any, TypeVar

from desktop_recsys.blas_caps import blas_cap, default_threads, thread_cap
from desktop_recsys.progress import CancelToken

T = TypeVar("T")
R = TypeVar("R")


#: The caller's cap where a :class:`SideThread` opened by this thread holds BLAS at one thread.
_opened = threading.local()


def block_threads(blocks: int) -> int:
    """Threads for ``blocks`` independent blocks: the calling thread's own BLAS cap (the BLAS
    count without caps if it holds none), at most that count, the cores and one per block.

    Never the count in force in the process: a query's one-thread block in another thread
    lowers that for a moment, and a training started then would have run on one thread.

    In the thread that opened a :class:`SideThread`, the cap from before it: the side thread's
    one-BLAS-thread limit is not a cap on this thread's own blocks (``als`` solves its blocks
    in threads beside ``default``'s side work; when that is done, both cores are its).
    """
    uncapped = default_threads()
    cap = getattr(_opened, "cap", None) or thread_cap() or uncapped
    return max(1, min(cap, uncapped, os.cpu_count() or 1, blocks))


def _in_one_blas_thread(fn: Callable[..., R], *args: Any, **kwargs: Any) -> R:
    """``fn`` in a cap of one held by the thread that runs it (a block's own block_threads)."""
    with blas_cap(1):
        return fn(*args, **kwargs)


def map_in_threads(fn: Callable[[T], R], items: Iterable[T], threads: int) -> Iterator[R]:
    """``fn`` of every item, in order, computed in ``threads`` threads with one BLAS thread.

    At most ``threads + 1`` items are started ahead of the one the caller reads (their results
    wait in memory). An exception in ``fn`` is raised to the caller when it reaches that item;
    what had not started then is not started.
    """
    if threads <= 1:
        yield from map(fn, items)
        return
    ahead: collections.deque[Future[R]] = collections.deque()
    todo = iter(items)
    with blas_cap(1):
        pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="block")
        try:
            for item in todo:
                ahead.append(pool.submit(_in_one_blas_thread, fn, item))
                if len(ahead) > threads:
                    yield ahead.popleft().result()
            while ahead:
                yield ahead.popleft().result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


class _LinkedCancel(CancelToken):
    """Cancelled when its parent is, or by itself."""

    __slots__ = ("_parent",)

    def __init__(self, parent: CancelToken) -> None:
        super().__init__()
        self._parent = parent

    @property
    def cancelled(self) -> bool:
        return self._parent.cancelled or super().cancelled

    def raise_if_cancelled(self) -> None:
        self._parent.raise_if_cancelled()
        super().raise_if_cancelled()


class SideThread:
    """One thread beside the caller's for work the caller needs later, one BLAS thread each
    while it is open (a context manager).

    :attr:`cancel` is the token for the side work: cancelled with the caller's, and when the
    block ends by an exception, so that the side work stops instead of running to its end
    unwanted. Leaving the block waits for the side work.
    """

    def __init__(self, cancel: CancelToken) -> None:
        self.cancel: CancelToken = _LinkedCancel(cancel)
        self._pool: ThreadPoolExecutor | None = None
        self._cap: contextlib.ExitStack | None = None
        self._outer: int | None = None
        self._outer_side: SideThread | None = None
        self._pending = 0  # submitted and not finished
        self._lock = threading.Lock()

    @property
    def busy(self) -> bool:
        """Whether work submitted to the side thread is still queued or running."""
        return self._pending > 0

    def _finished(self, _: Future[Any]) -> None:
        with self._lock:
            self._pending -= 1

    def __enter__(self) -> SideThread:
        self._outer = getattr(_opened, "cap", None)
        self._outer_side = getattr(_opened, "side", None)
        _opened.cap = block_threads(os.cpu_count() or 1)
        _opened.side = self
        # The process at one BLAS thread while the side thread is open (this thread's own
        # block_threads keeps the cap from before, in _opened.cap).
        self._cap = contextlib.ExitStack()
        self._cap.enter_context(blas_cap(1))
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="side")
        return self

    def submit(self, fn: Callable[..., R], *args: Any, **kwargs: Any) -> Future[R]:
        """Start ``fn(*args, **kwargs)`` in the side thread (after what was submitted before)."""
        assert self._pool is not None, "SideThread is used as a context manager"
        with self._lock:
            self._pending += 1
        future = self._pool.submit(_in_one_blas_thread, fn, *args, **kwargs)
        future.add_done_callback(self._finished)
        return future

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            self.cancel.cancel()
        try:
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
        finally:
            if self._cap is not None:
                self._cap.close()
            _opened.cap = self._outer
            _opened.side = self._outer_side


def side_busy() -> bool:
    """Whether a :class:`SideThread` opened by the calling thread has work queued or running.

    Then the caller's own blocks are best run one at a time (``als_sweeps`` checks before each
    half-step): the side thread's work is what the caller waits for next, and a pool of the
    caller's beside it left three busy threads on two cores, the side thread getting a third
    of them (1M synthetic: the head EASE took 2.1 s for 0.85 s of CPU)."""
    side = getattr(_opened, "side", None)
    return side is not None and side.busy
