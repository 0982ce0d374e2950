"""Progress and cancellation for the engine (re-exported from :mod:`desktop_recsys.progress`).

The engine uses the package-wide token and callback type so that a job can pass the same
objects to an importer and to a training run.
"""

from __future__ import annotations

from desktop_recsys.errors import Cancelled
from desktop_recsys.progress import CancelToken, ProgressFn, ProgressScaler, no_progress

__all__ = [
    "Cancelled",
    "CancelToken",
    "MonotoneProgress",
    "ProgressFn",
    "ProgressScaler",
    "no_progress",
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
