"""``keep_freed_memory``: batch scoring reuses the memory it frees instead of faulting in fresh
pages for every block (glibc on Linux), and ``recommend-file`` asks for it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_recsys.services import file_commands

#: Allocates and frees a 32 MiB block of scores 20 times and prints the minor page faults.
_BLOCKS = """
import resource, sys, threading
import numpy as np
from desktop_recsys.engine._allocator import keep_freed_memory
kept = keep_freed_memory() if sys.argv[1] == "keep" else None
threads = int(sys.argv[2])
together = threading.Barrier(threads)

def rounds(n):
    for _ in range(n):
        np.negative(np.ones((112, 74808), dtype=np.float32))

def peak():
    # Every thread holds its two blocks at once: the heap reaches the most the rounds can
    # hold at one time, however the threads are scheduled.
    held = np.ones((112, 74808), dtype=np.float32)
    held = (held, np.negative(held))
    together.wait(60)

def run(target, *args):
    if threads == 1:
        return target(*args)
    started = [threading.Thread(target=target, args=args) for _ in range(threads)]
    [t.start() for t in started]
    [t.join() for t in started]

run(peak)  # the first blocks (of each thread): fresh pages anyway
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
run(rounds, 20)
print(kept, resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def _faults(mode: str, threads: int = 1) -> tuple[str, int]:
    out = subprocess.run([sys.executable, "-c", _BLOCKS, mode, str(threads)], capture_output=True,
                         text=True, check=True, timeout=120).stdout.split()  # fmt: skip
    return out[0], int(out[1])


@pytest.mark.subprocess
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt: Linux only")
def test_freed_blocks_are_reused_without_page_faults() -> None:
    kept, with_keep = _faults("keep")
    _, without = _faults("plain")
    # A 32 MiB block is 8,192 small pages or 16 huge ones (numpy asks for huge pages): without
    # the setting every round faults its two arrays in again; with it the rounds reuse the
    # first round's memory.
    assert without >= 20 * 2 * 16
    assert kept == "True" and with_keep < 20 * 16
    # Two threads scoring blocks side by side (recommend-file) share the kept memory too: a
    # thread's own arena gave its freed blocks back, 22,000 faults for their 40 blocks. How
    # the threads interleave moves a block now and then past a small piece still in use, so
    # the heap may grow by a few MiB (0, 2 or 4 MiB: 2, 519 or 1,030 faults); a block's own
    # pages faulted in afresh would be 8,192 (32 MiB of 4 KiB pages, heap memory is not huge).
    kept, with_keep = _faults("keep", threads=2)
    assert kept == "True" and with_keep < 8192


def test_recommend_file_keeps_freed_memory(tmp_path: Path, monkeypatch) -> None:
    calls: list[int] = []
    import desktop_recsys.engine._allocator as allocator

    monkeypatch.setattr(allocator, "keep_freed_memory", lambda: calls.append(1) or True)
    train = tmp_path / "train.csv"
    train.write_text("user,item,weight\nu1,a,1\nu1,b,1\nu2,a,1\nu2,c,1\n", encoding="utf-8")
    done = file_commands.recommend_file(train, "popularity", {}, 2, tmp_path / "recs.csv")
    assert calls == [1] and done.users == 2
