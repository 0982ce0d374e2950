"""Import speed on the real data sets and folder-scan speed on generated files.

Run: ``.venv/bin/python benchmarks/bench_import.py [--data ../shared/data] [--files 2000]``.
Prints seconds per step; not part of the tests (the goals are in issue 3: ml-latest-small in
under 5 s, tag reading at 1,000 files/s, a rescan of 10,000 unchanged files in under 3 s).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from desktop_recsys.library import Library
from desktop_recsys.library.importers.folder import scan_folder
from desktop_recsys.library.importers.lastfm_hetrec import import_lastfm_hetrec
from desktop_recsys.library.importers.movielens import import_movielens

ROOT = Path(__file__).resolve().parents[1]


def timed(label: str, fn) -> float:
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    counts = getattr(result, "counts", {})
    print(f"{label:<40} {seconds:7.2f} s  {counts}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--files", type=int, default=2000, help="audio files for the scan")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with Library.open(work / "ml.sqlite") as lib:
            folder = args.data / "ml-latest-small"
            timed("movielens ml-latest-small (empty lib)", lambda: import_movielens(lib, folder))
            timed("movielens ml-latest-small (again)", lambda: import_movielens(lib, folder))
        with Library.open(work / "lastfm.sqlite") as lib:
            folder = args.data / "hetrec2011-lastfm-2k"
            timed("lastfm-hetrec (empty lib)", lambda: import_lastfm_hetrec(lib, folder))
            timed("lastfm-hetrec (again)", lambda: import_lastfm_hetrec(lib, folder))
        # Copies of the small test files under distinct names: real tag reading, warm cache.
        music = work / "music"
        sources = sorted((ROOT / "tests" / "data" / "media" / "music").glob("[A-E]*/*/*.*"))
        for i in range(args.files):
            src = sources[i % len(sources)]
            target = music / f"Artist {i % 50}" / f"Album {i % 200}" / f"{i:05d} {src.name}"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, target)
        with Library.open(work / "scan.sqlite") as lib:
            first = timed(f"folder scan, {args.files} new files", lambda: scan_folder(lib, music))
            print(f"{'':<40} {args.files / first:7.0f} files/s")
            again = timed(f"folder rescan, {args.files} unchanged", lambda: scan_folder(lib, music))
            print(f"{'':<40} {args.files / again:7.0f} files/s")


if __name__ == "__main__":
    main()
