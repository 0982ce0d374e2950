"""Worker processes for the sonic analysis: every core analyses, and the caller's process
(the window) keeps its interpreter lock.

Threads could not do it: decoding and the features hold Python's lock often enough that two
threads gave 1.35 times one, and an M4A's Qt decoder calls back into Python once per AAC frame,
on the app's own interpreter. So :func:`~desktop_recsys.services.sonic_analysis.analyse_library`
hands each track's path to a pool of processes (:class:`WorkerPool`) and only writes the rows
itself.

- Processes start from a *forkserver* (POSIX; spawn on Windows): a clean process, started once
  per app or command, that has already imported numpy, scipy, soundfile and the analysis
  (:data:`PRELOAD`); each worker is a fork of it, so a pool is ready in milliseconds after the
  first. Never ``fork`` of the caller itself: the window's process has threads (and Qt), which
  a fork would copy in whatever state they were.
- Each worker uses one BLAS thread (the products are small; two workers on two cores already
  fill the machine) and, for the app's job, runs at a lower priority (``nice``): the window
  keeps its core when it needs it.
- A worker reads M4A with the decoders it was given (the app's Qt decoder makes the
  ``QCoreApplication`` it needs in the worker).
- A worker exits on its own when the process that started the pool is gone (a killed app or
  command): it waits on a pipe whose other end only that process holds, and the pipe's end of
  file wakes it. (Its parent is the forkserver, which itself waits for its children to end,
  so "the parent changed" would never happen.)

No Qt here (a decoder given by the jobs layer may use it inside the worker).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

#: Modules the forkserver imports once, so a worker starts without importing them.
PRELOAD = ["numpy", "scipy.fft", "scipy.signal", "soundfile", "desktop_recsys.engine.sonic"]
#: The app's job runs its workers this much nicer than the window (POSIX niceness).
BACKGROUND_NICENESS = 10

_decoders: list[Any] | None = None


def process_context() -> Any:
    """The multiprocessing context workers start from: a forkserver with :data:`PRELOAD`
    where the platform has one, else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


class WorkerPool:
    """``workers`` processes analysing one file each at a time with ``decoders``; use as a
    context manager. :meth:`submit` returns a future of :func:`analyse_timed`'s answer."""

    def __init__(self, workers: int, decoders: list[Any], *, niceness: int = 0) -> None:
        context = process_context()
        # The workers' lifeline: this end stays here, each worker waits on the other.
        # (Both ends are kept until the pool closes: workers start when files come.)
        self._ends = context.Pipe(duplex=False)
        self._pool = ProcessPoolExecutor(
            max_workers=max(1, workers),
            mp_context=context,
            initializer=_start_worker,
            initargs=(list(decoders), niceness, self._ends[0]),
        )

    def submit(self, path: str) -> Future:
        return self._pool.submit(_analyse, path)

    def close(self, cancel: bool = False) -> None:
        """Wait for the workers to end (``cancel``: drop the files not started yet; those in
        flight finish, a second or less)."""
        self._pool.shutdown(wait=True, cancel_futures=cancel)
        for end in self._ends:
            end.close()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, kind: Any, *_: Any) -> None:
        self.close(cancel=kind is not None)


def _start_worker(decoders: list[Any], niceness: int, lifeline: Any) -> None:
    global _decoders
    _decoders = decoders
    if niceness and hasattr(os, "nice"):
        with contextlib.suppress(OSError):  # not allowed here: the normal priority then
            os.nice(niceness)
    from threadpoolctl import threadpool_limits  # deferred: only in the worker

    threadpool_limits(1)
    threading.Thread(target=_exit_with_parent, args=(lifeline,), daemon=True).start()


def _exit_with_parent(lifeline: Any) -> None:
    """End the worker once the pool's process has gone (its end of the pipe closes)."""
    with contextlib.suppress(EOFError, OSError):
        while True:
            lifeline.recv()  # nothing is ever sent: this returns at the end of file
    os._exit(0)


def analyse_timed(path: str, decoders: list[Any] | None) -> tuple[Any, float]:
    """A file's :class:`~desktop_recsys.engine.sonic.Analysis` and the CPU seconds it took
    (all threads of this process: a decoder's own threads too)."""
    from desktop_recsys.engine import sonic  # preloaded in the forkserver

    began = time.process_time()
    analysis = sonic.analyse_file(path, decoders)
    return analysis, time.process_time() - began


def _analyse(path: str) -> tuple[Any, float]:
    return analyse_timed(path, _decoders)
