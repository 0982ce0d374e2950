"""Independent blocks of numeric work in threads, one BLAS thread each.

numpy's products, reductions and partitions release the GIL, so blocks of users scored in two
Python threads keep two cores busy where one thread with a two-thread BLAS pool keeps them busy
only during its products (a whole-catalogue ``recommend-file`` spends most of its time outside
them: standardising, masking, choosing the top n).

How many: as many as BLAS may use where the work starts (:func:`block_threads`). The job
runner caps a training job's threads to leave the interface a core (``jobs/runner.py``), so
inside the window on two cores this is one thread and nothing changes; the command line has
every core. A machine that is busy does not shrink it, unlike ``_solvers.blas_threads_for``:
that rule is against OpenBLAS's pool, whose threads spin waiting for each other when the
scheduler runs someone else; these threads share no work and never wait on each other.

:func:`map_in_threads` scores blocks side by side (``recommend-file``); :class:`SideThread`
runs work the caller needs later beside its own (``default``'s head EASE fits beside its ALS
passes).
"""

from __future__ import annotations

import collections
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType
from typing import Any, TypeVar

from threadpoolctl import threadpool_limits

from desktop_recsys.engine.serving_threads import blas_thread_limit
from desktop_recsys.progress import CancelToken

T = TypeVar("T")
R = TypeVar("R")


#: The caller's cap where a :class:`SideThread` opened by this thread holds BLAS at one thread.
_opened = threading.local()


def block_threads(blocks: int) -> int:
    """Threads for ``blocks`` independent blocks: the BLAS thread limit in force (the caller's
    cap), at most the cores and one per block.

    In the thread that opened a :class:`SideThread`, the cap from before it: the side thread's
    one-BLAS-thread limit is not a cap on this thread's own blocks (``als`` solves its blocks
    in threads beside ``default``'s side work; when that is done, both cores are its).
    """
    cap = getattr(_opened, "cap", None) or blas_thread_limit()
    return max(1, min(cap, os.cpu_count() or 1, blocks))


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
    with threadpool_limits(limits=1, user_api="blas"):
        pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="block")
        try:
            for item in todo:
                ahead.append(pool.submit(fn, item))
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
        self._limits: Any = None
        self._outer: int | None = None

    def __enter__(self) -> SideThread:
        self._outer = getattr(_opened, "cap", None)
        _opened.cap = block_threads(os.cpu_count() or 1)
        # Entered as a context, not only made: threadpoolctl (3.8) lets one thread at a time
        # set OpenBLAS's process-wide count and frees that role only when the last open
        # limit block ends; a limit made without entering it kept this thread in the role
        # for good, and every later limit set from another thread (the job runner's cap on
        # a training) did nothing.
        self._limits = threadpool_limits(limits=1, user_api="blas").__enter__()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="side")
        return self

    def submit(self, fn: Callable[..., R], *args: Any, **kwargs: Any) -> Future[R]:
        """Start ``fn(*args, **kwargs)`` in the side thread (after what was submitted before)."""
        assert self._pool is not None, "SideThread is used as a context manager"
        return self._pool.submit(fn, *args, **kwargs)

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
            self._limits.__exit__(None, None, None)
            _opened.cap = self._outer
