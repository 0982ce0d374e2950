"""Sonic analysis: throughput on real-format files, and the window's responsiveness meanwhile.

Makes (once, then reuses) a folder of 3-minute stereo 44.1 kHz tracks in four formats: MP3
(LAME through libsndfile), FLAC, Ogg Vorbis and M4A/AAC (Qt Multimedia's FFmpeg encoder), with
music-like content (a drum pattern at 80-170 BPM, a chord progression, hi-hat noise, a bass
line), lists them in a fresh library, and:

1. **throughput**: runs :func:`~desktop_recsys.services.sonic_analysis.analyse_library` (30 s
   window from the middle of each track) with 1 worker in this process and 2 worker processes
   (twice: the first run starts the forkserver), the app's Qt decoder included for M4A; prints
   tracks/s, the CPU per track (the analyses' own, in whichever process, and this process's)
   and the load average, overall and per format. Goal (issue 18): >= 10 tracks/s on this
   2-core machine.
2. **responsiveness**: runs the app's job (:class:`AnalyseSoundJob`: a worker process per
   core at niceness 10, write lane)
   in the real ``JobRunner`` while a 10 ms timer ticks on the GUI thread (as
   ``bench_responsiveness.py``); prints the longest stall and p99. Goal: longest stall < 50 ms.
   Then, as a control, the same analysis in a separate process while the timer ticks: on a
   loaded machine its stalls are what the load and the analysis's CPU cause by themselves.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_sonic.py [--tracks-per-format 8]
        [--folder DIR]

The machine's load average at the start and the end is printed: the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import soundfile  # noqa: E402
from bench_responsiveness import TickRecorder, summarise, wait_for  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_recsys.jobs import JobRunner  # noqa: E402
from desktop_recsys.jobs.definitions import AnalyseSoundJob  # noqa: E402
from desktop_recsys.jobs.qt_audio_decoder import QtAudioDecoder  # noqa: E402
from desktop_recsys.library import Library  # noqa: E402
from desktop_recsys.library.models import NewItem  # noqa: E402
from desktop_recsys.services.sonic_analysis import analyse_library  # noqa: E402

RATE = 44_100
SECONDS = 180.0
FORMATS = {"mp3": ("MP3", "MPEG_LAYER_III"), "flac": ("FLAC", "PCM_16"),
           "ogg": ("OGG", "VORBIS"), "m4a": None}  # fmt: skip


def song(seed: int) -> np.ndarray:
    """A 3-minute stereo piece: kick/snare at a tempo, chords, hi-hats, a bass line."""
    rng = np.random.default_rng(seed)
    bpm = float(rng.uniform(80, 170))
    n = int(SECONDS * RATE)
    t = np.arange(n) / RATE
    out = np.zeros(n)
    beat = 60.0 / bpm
    hit = np.arange(int(0.08 * RATE))
    kick = np.sin(2 * np.pi * 60 * hit / RATE) * np.exp(-hit / (0.03 * RATE))
    hat = rng.standard_normal(int(0.03 * RATE)) * np.exp(-np.arange(int(0.03 * RATE)) / 300)
    for k in range(int(SECONDS / beat) - 1):
        i = int(k * beat * RATE)
        out[i : i + len(kick)] += 0.6 * kick
        j = int((k + 0.5) * beat * RATE)
        out[j : j + len(hat)] += 0.15 * hat
    root = int(rng.integers(0, 12))
    minor = bool(rng.integers(0, 2))
    steps = (0, 5, 7, 0) if not minor else (0, 8, 3, 7)
    bar = 4 * beat
    for b in range(int(SECONDS / bar)):
        start, stop = int(b * bar * RATE), int((b + 1) * bar * RATE)
        chord_root = 48 + root + steps[b % 4]
        for interval in (0, 3 if minor and steps[b % 4] == 0 else 4, 7, 12):
            f = 440.0 * 2 ** ((chord_root + interval - 69) / 12)
            out[start:stop] += 0.05 * np.sin(2 * np.pi * f * t[start:stop])
        f_bass = 440.0 * 2 ** ((chord_root - 12 - 69) / 12)
        out[start:stop] += 0.1 * np.sin(2 * np.pi * f_bass * t[start:stop])
    left = out + 0.01 * rng.standard_normal(n)
    right = out + 0.01 * rng.standard_normal(n)
    return (np.stack([left, right], axis=1) * 0.8).astype(np.float32)


def truth(seed: int) -> tuple[float, int, str]:
    """The tempo, key and mode :func:`song` draws for ``seed`` (the same draws, in order)."""
    rng = np.random.default_rng(seed)
    bpm = float(rng.uniform(80, 170))
    rng.standard_normal(int(0.03 * RATE))  # the hi-hat
    root = int(rng.integers(0, 12))
    return bpm, root, "minor" if rng.integers(0, 2) else "major"


def accuracy(library: Path) -> str:
    """Tempo within 2 % / flagged double-half / wrong, and keys right, against :func:`truth`."""
    right = octave = wrong = keys = 0
    with Library.open(library) as lib:
        for row in lib.audio_features.all():
            ext, k = lib.items.get(row.item_id).title.split("_")
            bpm, root, mode = truth(1000 * int(k) + len(ext))
            if row.tempo is not None and abs(row.tempo - bpm) / bpm <= 0.02:
                right += 1
            elif (
                row.tempo is not None
                and row.tempo_ambiguous
                and min(abs(row.tempo - 2 * bpm), abs(row.tempo - bpm / 2)) / bpm <= 0.02
            ):
                octave += 1
            else:
                wrong += 1
            keys += (row.key, row.mode) == (root, mode)
    total = right + octave + wrong
    return (
        f"tempo within 2 %: {right}/{total}, a flagged double or half: {octave}, wrong: {wrong};"
        f" key and mode right: {keys}/{total}"
    )


def make_folder(folder: Path, per_format: int) -> list[Path]:
    """The benchmark's files (made only where missing)."""
    from tests.sonic_m4a import write_m4a  # the tests' M4A writer (Qt Multimedia's FFmpeg)

    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for ext, spec in FORMATS.items():
        for k in range(per_format):
            path = folder / f"{ext}_{k:02d}.{ext}"
            files.append(path)
            if path.exists() and path.stat().st_size > 10_000:
                continue
            data = song(1000 * k + len(ext))
            part = path.with_suffix(f".part.{ext}")
            if spec is None:
                write_m4a(part, data, RATE)
            else:
                fmt, subtype = spec
                with soundfile.SoundFile(str(part), "w", RATE, 2, subtype, format=fmt) as out:
                    for s in range(0, len(data), 65_536):
                        out.write(data[s : s + 65_536])
            part.rename(path)
    return files


#: The control's child: what the app's job runs, in a process of its own.
CONTROL = """
import sys
from desktop_recsys.jobs.qt_audio_decoder import QtAudioDecoder
from desktop_recsys.services.sonic_analysis import analyse_library
if __name__ == "__main__":
    analyse_library(sys.argv[1], extra_decoders=[QtAudioDecoder()], processes=True,
                    background=True)
"""


def make_library(files: list[Path], where: Path) -> Path:
    path = where / "bench.sqlite"
    if path.exists():
        path.unlink()
    with Library.open(path) as lib:
        lib.items.add_many(NewItem("track", f.stem, path=str(f)) for f in files)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tracks-per-format", type=int, default=8)
    parser.add_argument(
        "--stalls-only", action="store_true", help="only the responsiveness part (and its control)"
    )
    parser.add_argument(
        "--baseline-seconds",
        type=float,
        default=10.0,
        help="how long the timer ticks with nothing running first (on a loaded machine the "
        "load alone makes stalls: compare the job's against this)",
    )
    parser.add_argument(
        "--folder", type=Path, help="where the files are kept between runs (default: a temp dir)"
    )
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_start = os.getloadavg()
    tmp = Path(tempfile.mkdtemp(prefix="bench_sonic_"))
    folder = args.folder or tmp / "music"
    made = time.perf_counter()
    files = make_folder(folder, args.tracks_per_format)
    made_s = time.perf_counter() - made
    sizes = {ext: sum(f.stat().st_size for f in files if f.suffix == f".{ext}") for ext in FORMATS}
    print(f"# desktop_recsys sonic analysis benchmark, {time.strftime('%Y-%m-%d %H:%M')}")
    print(
        f"# machine: {platform.platform()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}; soundfile {soundfile.__version__} "
        f"(libsndfile {soundfile.__libsndfile_version__})"
    )
    print(
        f"# files: {len(files)} x {SECONDS:.0f} s stereo 44.1 kHz ({args.tracks_per_format} per "
        f"format), MB: "
        + ", ".join(f"{e} {s / 1e6:.1f}" for e, s in sizes.items())
        + f"; made or checked in {made_s:.1f} s"
    )
    print("# load average at the start: " + ", ".join(f"{x:.2f}" for x in load_start))
    try:
        # One worker in this process, then two worker processes (the first run starts the
        # forkserver, which imports numpy, scipy and the analysis once; the second finds it).
        modes = [("1 worker, this process ", 1, False), ("2 worker processes     ", 2, True),
                 ("2 worker processes, again", 2, True)]  # fmt: skip
        for label, workers, processes in modes if not args.stalls_only else []:
            library = make_library(files, tmp)
            began, cpu = time.perf_counter(), time.process_time()
            report = analyse_library(
                library, extra_decoders=[QtAudioDecoder()], workers=workers, processes=processes
            )
            wall, cpu = time.perf_counter() - began, time.process_time() - cpu
            n = max(report.done, 1)
            # The analyses' CPU (in whichever process ran them) and this process's own (rows,
            # hashing, waiting; for the in-process run it already holds the analyses).
            own = cpu - (0.0 if processes else report.cpu_seconds)
            print(
                f"analyse, {label}: {report.done} tracks in {wall:.2f} s = "
                f"{report.done / wall:.1f} tracks/s ({report.ok} ok, {len(report.failed)} "
                f"failed, {len(report.skipped)} skipped); CPU per track: analysis "
                f"{report.cpu_seconds / n * 1000:.0f} ms + this process {own / n * 1000:.0f} ms;"
                f" load {os.getloadavg()[0]:.1f}"
            )
            for s in report.failed + report.skipped:
                print(f"   not analysed: {s.title}: {s.reason}")
            if workers == 1:
                print(f"   accuracy: {accuracy(library)}")
        # Per format, in this process, each format on its own.
        for ext in FORMATS if not args.stalls_only else []:
            subset = [f for f in files if f.suffix == f".{ext}"]
            library = make_library(subset, tmp)
            began = time.perf_counter()
            report = analyse_library(
                library, extra_decoders=[QtAudioDecoder()], workers=1, processes=False
            )
            wall = time.perf_counter() - began
            print(f"   {ext:5s} 1 worker: {report.ok}/{len(subset)} ok, "
                  f"{wall / max(len(subset), 1) * 1000:.0f} ms/track wall, "
                  f"{report.cpu_seconds / max(len(subset), 1) * 1000:.0f} ms CPU; "
                  f"load {os.getloadavg()[0]:.1f}")  # fmt: skip

        # Responsiveness: the app's job in the real runner while the GUI timer ticks.
        library = make_library(files, tmp)
        runner = JobRunner()
        recorder = TickRecorder()
        recorder.start()
        idle = QEventLoop()
        QTimer.singleShot(int(args.baseline_seconds * 1000), idle.quit)
        idle.exec()
        base = summarise(recorder.stop())
        recorder.start()
        began = time.perf_counter()
        handle = runner.submit_job(AnalyseSoundJob(library))
        state, result = wait_for(runner, int(handle))
        late = summarise(recorder.stop())
        wall = time.perf_counter() - began
        print(
            f"idle baseline         : ticks {base['ticks']:5d}  max {base['max_ms']:6.1f} ms  "
            f"p99 {base['p99_ms']:5.1f} ms  ({args.baseline_seconds:g} s, nothing running)"
        )
        done = getattr(result, "done", 0)
        print(
            f"app job (processes)   : ticks {late['ticks']:5d}  max {late['max_ms']:6.1f} ms  "
            f"p99 {late['p99_ms']:5.1f} ms  p50 {late['p50_ms']:4.1f} ms; {state}, {done} "
            f"tracks in {wall:.1f} s ({done / wall:.1f} tracks/s); load {os.getloadavg()[0]:.1f}"
        )
        runner.shutdown(30_000)

        # Control: the same analysis in a process of its own (workers niced as the job's), so
        # this window shares nothing with it but the machine: its stalls are what the load and
        # the CPU the analysis takes cause by themselves.
        library = make_library(files, tmp)
        recorder.start()
        began = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", CONTROL, str(library)])
        loop = QEventLoop()
        poll = QTimer()
        poll.timeout.connect(lambda: loop.quit() if child.poll() is not None else None)
        poll.start(50)
        loop.exec()
        poll.stop()
        control = summarise(recorder.stop())
        print(
            f"control (a process)   : ticks {control['ticks']:5d}  max {control['max_ms']:6.1f} "
            f"ms  p99 {control['p99_ms']:5.1f} ms  p50 {control['p50_ms']:4.1f} ms; exit "
            f"{child.returncode}, {time.perf_counter() - began:.1f} s; load "
            f"{os.getloadavg()[0]:.1f}"
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("# load average at the end: " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
