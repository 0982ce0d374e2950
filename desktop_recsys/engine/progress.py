"""Progress and cancellation for the engine (re-exported from :mod:`desktop_recsys.progress`).

The engine uses the package-wide token and callback type so that a job can pass the same
objects to an importer and to a training run. :class:`MonotoneProgress` keeps a fit's
fractions from going backwards; :func:`off_thread` runs one long step that cannot be cut on a
helper thread while the fitting thread keeps reporting and checking cancel.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from desktop_recsys.errors import Cancelled
from desktop_recsys.progress import CancelToken, ProgressFn, ProgressScaler, no_progress

__all__ = [
    "Cancelled",
    "CancelToken",
    "MonotoneProgress",
    "ProgressFn",
    "ProgressScaler",
    "no_progress",
    "off_thread",
]


class MonotoneProgress:
    """Wraps a callback so that fractions never go backwards and stay within 0..1.

    Algorithms report from nested loops (epochs, then chunks); clamping here keeps the bar in
    the GUI from jumping back when an inner estimate was a little optimistic.
    """

    __slots__ = ("_progress", "last")

    def __init__(self, progress: ProgressFn) -> None:
        self._progress = progress
        self.last = 0.0

    def __call__(self, fraction: float, message: str) -> None:
        fraction = min(1.0, max(self.last, float(fraction)))
        self.last = fraction
        self._progress(fraction, message)


_T = TypeVar("_T")


def off_thread(
    work: Callable[[], _T],
    progress: ProgressFn,
    cancel: CancelToken,
    fraction: float,
    message: str,
    *,
    poll: float = 0.1,
) -> _T:
    """Run ``work()`` on a helper thread; meanwhile report ``fraction`` and check ``cancel``
    every ``poll`` seconds on this one.

    Reports once before waiting, and checks cancel once more after the helper ended, so a
    cancel that arrived during ``work`` always wins. On cancel, raises
    :class:`~desktop_recsys.errors.Cancelled` at once: the helper (a daemon) runs its step to
    the end in the background and its result is dropped. Errors of ``work`` are re-raised here.

    For one long step that cannot be cut: compiled code that releases the GIL (scikit-learn's
    solvers) runs truly alongside; Python code still lets this thread in every few
    milliseconds (the interpreter's switch interval), so reports and cancel stay live.
    """
    done: list[_T] = []
    errors: list[BaseException] = []

    def target() -> None:
        try:
            done.append(work())
        except BaseException as exc:  # noqa: BLE001 - handed over to the fitting thread
            errors.append(exc)

    helper = threading.Thread(target=target, name="engine-step", daemon=True)
    cancel.raise_if_cancelled()
    progress(fraction, message)
    helper.start()
    while helper.is_alive():
        helper.join(poll)
        cancel.raise_if_cancelled()
        if helper.is_alive():
            progress(fraction, message)
    cancel.raise_if_cancelled()
    if errors:
        raise errors[0]
    return done[0]
