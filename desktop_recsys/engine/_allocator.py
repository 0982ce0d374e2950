"""Batch work keeps the memory it frees, so that the next block of scores reuses it.

Scoring every user of a large catalogue allocates the same few arrays for each block of users
(32 MiB of scores, a negated copy, masks). glibc's ``malloc`` serves arrays that large with
``mmap`` and gives them back on ``free``, so every block's arrays are fresh pages, zeroed by
the kernel on first touch: on 30,000 users x 74,808 items (``benchmarks/scaling.py`` 3M) that
was 550,000 page faults and 32 s of system time against 29 s of user time under a load of 15
(``benchmarks/README.md``, "Scaling, round 7"). :func:`keep_freed_memory` asks ``malloc`` to
serve such arrays from its heap and keep what is freed, which the next block then reuses: the
same run took 0.1 s of system time. The process keeps its high-water mark until it ends, which
suits a command that scores a whole file and exits (``recommend-file``), not the window.

Threads (``engine/block_threads``) share that one heap: glibc gives each new thread an arena of
its own, whose heaps hand large freed blocks back to the kernel, so two threads scoring blocks
faulted their pages in afresh again (22,000 faults for 40 blocks, against 3 with one arena;
``recommend-file`` at 3M: 4.0 s of system time against 1.8 s). Large blocks make few calls to
``malloc``, so the one arena's lock costs nothing measurable.
"""

from __future__ import annotations

import ctypes
import sys

#: ``mallopt`` parameters (glibc's ``malloc.h``).
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
_M_ARENA_MAX = -8
#: Arrays up to this size come from the heap (larger ones are mapped and returned as before).
_HEAP_UP_TO = 1 << 30


def keep_freed_memory() -> bool:
    """Make ``malloc`` keep freed memory for reuse (glibc on Linux; elsewhere nothing).

    Returns True when the setting took effect.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    heap = mallopt(_M_MMAP_THRESHOLD, _HEAP_UP_TO) == 1
    kept = mallopt(_M_TRIM_THRESHOLD, 2 * _HEAP_UP_TO - 1) == 1
    shared = mallopt(_M_ARENA_MAX, 1) == 1  # threads made from now on share the heap
    return heap and kept and shared
