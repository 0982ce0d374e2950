"""File > Analyse sound through the real window (issue 18): the job runs on real files (FLAC,
MP3, and an M4A that only Qt Multimedia's decoder reads), shows its progress as a job, says
what it did in the status bar, and a cancel keeps what finished so the next run goes on."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from ui_test_library import show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem
from tests.sonic_m4a import write_m4a
from tests.sonic_signals import MINOR, clicks, triad, write

WAIT_MS = 60_000
# The job analyses in worker processes (M4A too, with Qt's decoder there).
pytestmark = pytest.mark.subprocess


def _library(tmp_path: Path, files: list[Path]) -> Path:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.items.add_many(NewItem("track", f.stem, path=str(f)) for f in files)
    return path


def _rows(path: Path) -> dict[str, Any]:
    with Library.open(path) as lib:
        titles = {i: lib.items.get(i).title for i in range(1, 100) if lib.items.get(i)}
        return {titles[r.item_id]: r for r in lib.audio_features.all(status=None)}


def test_analyse_sound_from_the_file_menu(
    qtbot: Any, tmp_path: Path, open_reader: Any, runner: JobRunner
) -> None:
    music = tmp_path / "music"
    music.mkdir()
    beat = clicks(120, seconds=8.0)
    chord = triad(64, MINOR, seconds=8.0)
    files = [
        write(music / "beat.flac", beat),
        write(music / "chord.mp3", chord),
        write_m4a(music / "both.m4a", np.stack([beat + chord] * 2, axis=1) * 0.5),
        music / "broken.flac",
    ]
    files[-1].write_bytes(b"fLaC" + bytes(300))
    path = _library(tmp_path, files)
    window = show_main_window(qtbot, open_reader(path), runner, tmp_path / "models")
    file_menu = window.menuBar().actions()[0].menu()
    action = window.sonic_analysis.action
    assert action in file_menu.actions() and action.text() == "&Analyse sound"
    kinds: list[str] = []
    runner.started.connect(lambda job_id: kinds.append(runner.job(job_id).kind))
    action.trigger()
    assert not action.isEnabled()  # one run at a time
    qtbot.waitUntil(lambda: window.sonic_analysis.last_report is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.message_label.text().startswith("Sound analysed"), timeout=5000)
    assert window.message_label.text() == "Sound analysed: 4 tracks (1 could not be analysed)"
    qtbot.waitUntil(action.isEnabled, timeout=5000)
    assert "sonic_analysis" in kinds
    rows = _rows(path)
    assert abs(rows["beat"].tempo - 120) < 2.4
    assert (rows["chord"].key, rows["chord"].mode) == (4, "minor")
    both = rows["both"]  # decoded by Qt Multimedia's FFmpeg
    assert both.status == "ok" and abs(both.tempo - 120) < 2.4
    assert (both.key, both.mode) == (4, "minor")
    assert rows["broken"].status == "failed" and rows["broken"].reason

    # Nothing changed: a second run analyses nothing and says so.
    window.sonic_analysis.last_report = None
    action.trigger()
    qtbot.waitUntil(lambda: window.sonic_analysis.last_report is not None, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: (
            window.message_label.text()
            == "Sound analysed: 0 tracks (0 could not be analysed); 4 done before and unchanged"
        ),
        timeout=5000,
    )


def test_a_cancelled_analysis_keeps_what_finished_and_the_next_run_goes_on(
    qtbot: Any, tmp_path: Path, open_reader: Any, runner: JobRunner
) -> None:
    music = tmp_path / "music"
    music.mkdir()
    first = write(music / "t00.flac", clicks(100, seconds=60.0, rate=22_050), 22_050)
    files = [first] + [shutil.copyfile(first, music / f"t{i:02d}.flac") for i in range(1, 12)]
    path = _library(tmp_path, files)
    window = show_main_window(qtbot, open_reader(path), runner, tmp_path / "models")
    handle = window.sonic_analysis.start()
    assert handle is not None
    handle.progress.connect(lambda fraction, _m: handle.cancel() if fraction > 0 else None)
    qtbot.waitUntil(lambda: not handle.active, timeout=WAIT_MS)
    assert runner.job(handle).state.value == "cancelled"
    kept = _rows(path)
    assert 1 <= len(kept) < len(files)  # the finished ones are committed, not the rest
    qtbot.waitUntil(window.sonic_analysis.action.isEnabled, timeout=5000)
    window.sonic_analysis.start()
    qtbot.waitUntil(lambda: window.sonic_analysis.last_report is not None, timeout=WAIT_MS)
    report = window.sonic_analysis.last_report
    assert report.unchanged == len(kept) and report.done == len(files) - len(kept)
    assert len(_rows(path)) == len(files)
