"""Guards the PySide6 pin in pyproject.toml: emitting signals must not leak references.

PySide6 6.12.0 dropped a reference to ``True`` on every ``Signal.emit()``; on Python 3.11 the
interpreter aborts once the count reaches zero, i.e. after a few thousand job progress reports.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    value = Signal(int)
    text = Signal(str)


def test_emitting_signals_keeps_the_reference_count_of_true(qapp) -> None:
    emitter = _Emitter()
    received: list[int] = []
    emitter.value.connect(received.append)
    emitter.text.connect(lambda _: None)
    before = sys.getrefcount(True)
    for index in range(5000):
        emitter.value.emit(index)
        emitter.text.emit("x")
    assert len(received) == 5000
    assert sys.getrefcount(True) >= before - 10
