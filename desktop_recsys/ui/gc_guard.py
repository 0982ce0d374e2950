"""Python's garbage collection on the GUI thread only.

Python's cyclic garbage collector runs in whichever thread happens to allocate when a threshold
is crossed, which in this app is often a job's worker thread. If it then frees a Qt object (a
closed window or menu whose Python wrapper sat in a reference cycle), Qt destroys that object on
the worker thread: the destructor takes Qt's locks and waits for the GIL while the GUI thread,
holding the GIL, waits for those locks. A test run hung exactly so. :class:`GuiThreadCollector`
turns automatic collection off and collects from a timer on the GUI thread instead, generation
by generation, as the thresholds would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    """Disables automatic garbage collection and collects on the GUI thread every
    ``interval_ms``; :meth:`stop` gives collection back to Python."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int | None:
        """Collect the oldest generation whose threshold was crossed; returns it (or None)."""
        counts = gc.get_count()
        generation = None
        for gen in range(3):
            if counts[gen] > self._threshold[gen]:
                generation = gen
        if generation is not None:
            gc.collect(generation)
        return generation

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
