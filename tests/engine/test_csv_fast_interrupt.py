"""Ctrl-C while pandas reads a large interaction file (``_read_codes_fast``) stops the read.

pandas' C parser turns an error of the file's ``read()`` into its own ``ParserError`` ("Calling
read(nbytes) on source failed"); the fast path took that for a file it cannot read and gave it
to the exact reader, so the interrupt was lost: ``recommend-file`` read the file again, trained
and wrote its answer with exit code 0.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from desktop_recsys.engine import interaction_files as files


def _large_file(tmp_path: Path) -> Path:
    rng = np.random.default_rng(3)
    n = 320_000  # about 4.5 MB: over FAST_READ_BYTES
    path = tmp_path / "train.csv"
    users, items = rng.integers(0, 4_000, n), rng.integers(0, 9_000, n)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\ufeffuser,item,weight\n")  # a BOM: read through Python's decoder
        fh.writelines(f"u{u},i{i},{u % 5 + 1}\n" for u, i in zip(users, items, strict=True))
    assert path.stat().st_size >= files.FAST_READ_BYTES
    return path


@pytest.fixture
def ctrl_c_handled():
    """Ctrl-C raises KeyboardInterrupt, as in a command started from a terminal: a process
    started with SIGINT ignored (``cmd &`` in a script, nohup; so was a whole test run once)
    inherits the ignoring, and then no interrupt arrives to be lost."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


@pytest.mark.skipif(
    threading.current_thread() is not threading.main_thread(), reason="signals need the main thread"
)
def test_an_interrupt_during_the_fast_read_is_not_lost(tmp_path: Path, ctrl_c_handled) -> None:
    path = _large_file(tmp_path)
    start = time.perf_counter()
    assert files._read_codes_fast(path) is not None
    took = time.perf_counter() - start
    lost = []
    for fraction in np.linspace(0.02, 0.4, 12):
        timer = threading.Timer(took * fraction, os.kill, (os.getpid(), signal.SIGINT))
        try:
            timer.start()
            files.read_interaction_codes(path)
            time.sleep(took)  # a signal that came after the read surfaces here
            lost.append(round(float(fraction), 2))
        except KeyboardInterrupt:
            pass
        finally:
            timer.cancel()
    assert lost == [], f"interrupts at these fractions of the read were lost: {lost}"


@pytest.mark.skipif(
    threading.current_thread() is not threading.main_thread(), reason="signals need the main thread"
)
def test_a_process_that_ignores_ctrl_c_reads_on_and_keeps_ignoring_it(tmp_path: Path) -> None:
    path = _large_file(tmp_path)
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        timer = threading.Timer(0.05, os.kill, (os.getpid(), signal.SIGINT))
        timer.start()
        users, _rows, items, _cols, _weights = files.read_interaction_codes(path)
        timer.join()
        assert len(users) == 4_000 and len(items) == 9_000
        assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)
