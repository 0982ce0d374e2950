"""Import speed on the real data sets, folder-scan speed on generated files, history imports.

Run: ``.venv/bin/python benchmarks/bench_import.py [--data ../shared/data] [--files 10000]
[--scrobbles 100000]``. Prints seconds per step; not part of the tests. The goals are in
issue 3: ml-latest-small in under 5 s, tag reading at 1,000 files/s (warm cache), a rescan of
10,000 unchanged files in under 3 s.

The scanned files are copies of the small real files in ``tests/data/media/music`` under new
names, each given distinct tags (title, artist, album, track number) with mutagen, so the scan
reads real tags and every file is its own track with its own content hash. The tagging is set
up before the clock starts; the first scan then runs on a warm page cache (the files were just
written), which is the "warm cache" the goal names.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_recsys.library import Library
from desktop_recsys.library.importers.folder import scan_folder
from desktop_recsys.library.importers.lastfm_hetrec import import_lastfm_hetrec
from desktop_recsys.library.importers.lastfm_scrobbles import import_lastfm_scrobbles
from desktop_recsys.library.importers.movielens import import_movielens

ROOT = Path(__file__).resolve().parents[1]


def timed(label: str, fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    counts = getattr(result, "counts", {})
    print(f"{label:<44} {seconds:7.2f} s  {counts}")
    return seconds


def make_music(folder: Path, count: int) -> None:
    """``count`` copies of the small test files, each with its own tags."""
    # Deferred: mutagen is only needed to write the generated files' tags.
    import mutagen

    sources = sorted((ROOT / "tests" / "data" / "media" / "music").glob("[A-E]*/*/*.*"))
    for i in range(count):
        src = sources[i % len(sources)]
        artist, album = f"Artist {i % 500:03d}", f"Album {i % 2000:04d}"
        target = folder / artist / album / f"{i % 20 + 1:02d} Song {i:05d}{src.suffix}"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, target)
        audio = mutagen.File(target, easy=True)
        if audio is not None and src.suffix != ".wav":
            if audio.tags is None:
                audio.add_tags()
            audio["title"] = f"Song {i:05d}"
            audio["artist"] = artist
            audio["album"] = album
            audio["tracknumber"] = str(i % 20 + 1)
            audio.save()


def make_scrobbles(path: Path, count: int) -> None:
    """A lastfm-to-csv style export: ``artist,album,track,date`` without a header."""
    rng = random.Random(7)
    start = 1_500_000_000
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            artist = rng.randrange(2000)
            track = rng.randrange(20)
            stamp = time.strftime("%d %b %Y %H:%M", time.gmtime(start + i * 180))
            handle.write(f"Artist {artist},Album {artist},Track {track},{stamp}\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--files", type=int, default=10_000, help="audio files for the scan")
    parser.add_argument("--scrobbles", type=int, default=100_000, help="rows of Last.fm history")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if (args.data / "ml-latest-small").is_dir():
            with Library.open(work / "ml.sqlite") as lib:
                folder = args.data / "ml-latest-small"
                timed(
                    "movielens ml-latest-small (empty lib)", lambda: import_movielens(lib, folder)
                )
                timed("movielens ml-latest-small (again)", lambda: import_movielens(lib, folder))
        if (args.data / "hetrec2011-lastfm-2k").is_dir():
            with Library.open(work / "lastfm.sqlite") as lib:
                folder = args.data / "hetrec2011-lastfm-2k"
                timed("lastfm-hetrec (empty lib)", lambda: import_lastfm_hetrec(lib, folder))
                timed("lastfm-hetrec (again)", lambda: import_lastfm_hetrec(lib, folder))
        scrobbles = work / "scrobbles.csv"
        make_scrobbles(scrobbles, args.scrobbles)
        with Library.open(work / "history.sqlite") as lib:
            for label in ("empty lib", "again"):
                seconds = timed(
                    f"lastfm-scrobbles, {args.scrobbles:,} rows ({label})",
                    lambda: import_lastfm_scrobbles(lib, scrobbles, profile="Me"),
                )
                print(f"{'':<44} {args.scrobbles / seconds:7.0f} rows/s")
        music = work / "music"
        start = time.perf_counter()
        make_music(music, args.files)
        print(f"{'(writing ' + str(args.files) + ' tagged files)':<44} "
              f"{time.perf_counter() - start:7.2f} s")  # fmt: skip
        with Library.open(work / "scan.sqlite") as lib:
            first = timed(f"folder scan, {args.files:,} new files", lambda: scan_folder(lib, music))
            print(f"{'':<44} {args.files / first:7.0f} files/s")
            again = timed(
                f"folder rescan, {args.files:,} unchanged", lambda: scan_folder(lib, music)
            )
            print(f"{'':<44} {args.files / again:7.0f} files/s")


if __name__ == "__main__":
    main()
