"""The GUI-thread garbage collector: automatic collection off, collection from the timer."""

from __future__ import annotations

import gc

from desktop_recsys.ui.gc_guard import GuiThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collects_on_its_timer_and_gives_collection_back(qtbot) -> None:
    gc.enable()
    try:
        collector = GuiThreadCollector(interval_ms=10)
        assert not gc.isenabled()
        for _ in range(gc.get_threshold()[0] * 3):
            _Cycle()
        assert gc.get_count()[0] > gc.get_threshold()[0]  # nothing collected them yet
        qtbot.waitUntil(lambda: gc.get_count()[0] <= gc.get_threshold()[0], timeout=5000)
        assert collector.check() is None  # below every threshold now
        collector.stop()
        assert gc.isenabled()
    finally:
        gc.disable()  # the test session collects on the main thread (tests/conftest.py)
