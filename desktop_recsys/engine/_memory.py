"""How much memory the machine can still give us, without a third-party dependency."""

from __future__ import annotations

import os
import sys


def available_memory_bytes() -> int | None:
    """Best estimate of the memory available to a new allocation, or ``None`` if unknown."""
    if sys.platform.startswith("linux"):
        try:
            with open("/proc/meminfo", encoding="ascii") as fh:
                for line in fh:
                    if line.startswith("MemAvailable:"):
                        return int(line.split()[1]) * 1024
        except (OSError, ValueError, IndexError):
            pass
    if sys.platform == "win32":
        import ctypes  # deferred: only needed on Windows

        class _MemoryStatus(ctypes.Structure):
            _fields_ = [
                ("dwLength", ctypes.c_ulong),
                ("dwMemoryLoad", ctypes.c_ulong),
                ("ullTotalPhys", ctypes.c_ulonglong),
                ("ullAvailPhys", ctypes.c_ulonglong),
                ("ullTotalPageFile", ctypes.c_ulonglong),
                ("ullAvailPageFile", ctypes.c_ulonglong),
                ("ullTotalVirtual", ctypes.c_ulonglong),
                ("ullAvailVirtual", ctypes.c_ulonglong),
                ("sullAvailExtendedVirtual", ctypes.c_ulonglong),
            ]

        status = _MemoryStatus()
        status.dwLength = ctypes.sizeof(_MemoryStatus)
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined]
            return int(status.ullAvailPhys)
        return None
    try:
        return int(os.sysconf("SC_AVPHYS_PAGES")) * int(os.sysconf("SC_PAGE_SIZE"))
    except (ValueError, OSError, AttributeError):
        return None


#: Share of the free memory one training may plan to use (the rest is for the app and the OS).
TRAINING_SHARE = 0.8
#: Float32 arrays of (users + items) x factors that a factor model holds at its peak: the two
#: factor matrices, the conjugate-gradient (or SGD) buffers of the larger side, the scored
#: copy that is saved, with room for numpy temporaries.
FACTOR_COPIES = 8


def factor_model_bytes(n_users: int, n_items: int, factors: int) -> int:
    """A factor model's peak memory: the (users + items) x factors blocks and a factors^2 Gram."""
    return 4 * (FACTOR_COPIES * (n_users + n_items) * factors + 4 * factors * factors)


def check_factor_memory(algorithm: str, n_users: int, n_items: int, factors: int) -> None:
    """Refuse, with a one-line :class:`UserError` naming ``factors`` and the largest value that
    fits, a factor model that would not fit in the free memory, before anything is allocated."""
    # Deferred: this module imports nothing from the package at load time.
    from desktop_recsys.errors import UserError
    from desktop_recsys.progress import Message

    need = factor_model_bytes(n_users, n_items, factors)
    avail = available_memory_bytes()
    if avail is None or need <= TRAINING_SHARE * avail:
        return
    budget = TRAINING_SHARE * avail
    fits = 1
    while fits * 2 <= factors and factor_model_bytes(n_users, n_items, fits * 2) <= budget:
        fits *= 2
    raise UserError(
        Message(
            "{algorithm} with factors={factors} needs about {need:.1f} GiB of memory for "
            "{users:,} users and {items:,} items, but only {free:.1f} GiB is free; "
            "use --param factors={fits} or fewer",
            algorithm=algorithm,
            factors=factors,
            need=need / 2**30,
            users=n_users,
            items=n_items,
            free=avail / 2**30,
            fits=fits,
        )
    )


def memory_budget() -> float | None:
    """Bytes one training may plan to use (a share of the free memory), None if unknown."""
    avail = available_memory_bytes()
    return None if avail is None else TRAINING_SHARE * avail


def check_memory(need: int, what: str, advice: str) -> None:
    """Refuse, with one line saying what needs how much, how much is free and what to do
    (``advice``), a training whose estimated peak ``need`` exceeds :func:`memory_budget`.
    ``what`` and ``advice`` are :class:`~desktop_recsys.progress.Message` objects, so the
    line reads in the person's language."""
    from desktop_recsys.errors import UserError  # deferred: see check_factor_memory
    from desktop_recsys.progress import Message

    avail = available_memory_bytes()
    if avail is None or need <= TRAINING_SHARE * avail:
        return
    raise UserError(
        Message(
            "{what} needs about {need} of memory, but only {free} is free; {advice}",
            what=what,
            need=_size(need),
            free=_size(avail),
            advice=advice,
        )
    )


def _size(n: float) -> str:
    """Bytes for people: ``1.5 GiB``, or ``300 MiB`` below a GiB."""
    return f"{n / 2**30:.1f} GiB" if n >= 2**30 else f"{n / 2**20:,.0f} MiB"
