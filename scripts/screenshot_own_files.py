"""Render what the app does with a person's own files (issues 17 and 18): File > Analyse sound
running over a small music folder, with its job in the Jobs panel, and File > Import listening
history's report after importing a Strawberry database whose music moved from an old disk.
The tracks are real audio (music-like FLAC made by ``tests/sonic_signals.py``) under
``~/Music`` of a temporary home; the Strawberry database is laid out as Strawberry writes it
(``tests/player_files.py``) where Strawberry keeps it. Writes
``sonic_analysis-1000x640-<language>-light.png`` and
``history_import-760x600-<language>-light.png``.

Usage: ``python scripts/screenshot_own_files.py [OUTPUT_FOLDER]`` (default
``docs/screenshots``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(ROOT))  # the tests' file writers: one way of making these files

from screenshots import demo_run, save, wait_until  # noqa: E402

from desktop_recsys.library import Library  # noqa: E402
from desktop_recsys.library.models import NewItem  # noqa: E402
from tests.player_files import Song, file_url, write_strawberry  # noqa: E402
from tests.sonic_signals import drum_song, write  # noqa: E402

PROFILE = "Ann"
ARTIST, ALBUM = "The Examples", "Sound Check"
#: (title, tempo, key root, minor): eight tracks that sound different from each other.
TRACKS = (
    ("Blue Hour", 84, 9, True), ("Copper Sky", 118, 0, False),
    ("Long Way Home", 96, 7, False), ("Morning Drums", 132, 2, False),
    ("Night Train", 104, 4, True), ("Paper Boats", 90, 5, False),
    ("Salt and Cedar", 124, 11, True), ("Tin Roof Rain", 140, 3, False),
)  # fmt: skip
#: Where Strawberry had the music before it moved to ``~/Music``.
OLD_DISK = "/media/old-disk/Music"
T = 1_764_000_000  # a listening time in late 2025


def music_folder(path: Path, _models: Path) -> None:
    """Eight FLAC tracks in ``~/Music/The Examples/Sound Check``, in the library of ``Ann``."""
    folder = Path.home() / "Music" / ARTIST / ALBUM
    folder.mkdir(parents=True, exist_ok=True)
    with Library.open(path) as lib:
        lib.profiles.add(PROFILE)
        for number, (title, bpm, root, minor) in enumerate(TRACKS, start=1):
            audio = write(
                folder / f"{number:02d} {title}.flac",
                drum_song(bpm, root, minor, seconds=30.0, seed=number),
                rate=22_050,
            )
            lib.items.add(
                NewItem("track", title, artist=ARTIST, album=ALBUM, track_number=number,
                        duration=30.0, path=str(audio))
            )  # fmt: skip


def strawberry_database() -> Path:
    """Strawberry's database where Strawberry keeps it: most songs under the old disk (a moved
    folder), one still where the library has it, one only matching by its tags, a radio
    stream and a track the library does not hold."""
    db = Path.home() / ".local/share/strawberry/strawberry/strawberry.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    music = Path.home() / "Music" / ARTIST / ALBUM
    songs = [
        Song(file_url(f"{OLD_DISK}/{ARTIST}/{ALBUM}/{n:02d} {title}.flac"), title, ARTIST,
             ALBUM, plays=3 + 4 * n, skips=n % 3, last_played=T - 86_400 * n,
             rating=0.8 if n % 2 else -1.0)
        for n, (title, *_rest) in enumerate(TRACKS[:6], start=1)
    ]  # fmt: skip
    songs += [
        Song(file_url(f"{music}/07 {TRACKS[6][0]}.flac"), TRACKS[6][0], ARTIST, ALBUM,
             plays=9, last_played=T, rating=1.0),
        Song(file_url("/media/usb/tin roof rain.mp3"), TRACKS[7][0].upper(), ARTIST.upper(),
             plays=4, last_played=T - 3_600),
        Song(file_url(f"{OLD_DISK}/Unknown Artist/Track 03.mp3"), "Track 03",
             "Unknown Artist", plays=2, last_played=T - 7_200),
        Song("http://radio.example/jazz", "Jazz FM", "Radio", plays=5, last_played=T),
    ]  # fmt: skip
    return write_strawberry(db, songs)


def main(argv: list[str]) -> int:
    with demo_run(argv, music_folder, demo=False) as run:
        for language, window in run.windows(size=(1000, 640)):
            # File > Analyse sound, caught half-way, the Jobs panel open.
            window.select_profile(run.library.profiles.require(PROFILE).id)
            window.show_screen("library")
            window.library_view.show_kind("track")
            window.jobs_dock.show()
            seen: list[float] = []
            handle = window.sonic_analysis.start()
            assert handle is not None
            handle.progress.connect(lambda fraction, _message, s=seen: s.append(fraction))
            sonic = window.sonic_analysis
            wait_until(lambda s=seen, a=sonic: (s and s[-1] >= 0.5) or a.last_report is not None,
                       timeout=300)  # fmt: skip
            window.jobs_panel.table.selectRow(0)
            save(window, run.out, f"sonic_analysis-1000x640-{language}-light")
            wait_until(lambda a=sonic: not a.running, timeout=300)
            window.jobs_dock.hide()

            # File > Import listening history: Strawberry's report.
            if language == "en":
                strawberry_database()
            with Library.open(run.path) as lib, lib.transaction() as conn:
                for table in ("history_imports", "plays", "ratings"):  # each language anew
                    conn.execute(f"DELETE FROM {table}")
            window.history_import_action.trigger()
            wizard = window.import_wizard
            wizard.resize(760, 600)
            wizard.profile_combo.setCurrentText(PROFILE)
            wizard.next()
            wizard.next()
            wait_until(lambda w=wizard: w.import_ended, timeout=120)
            wait_until(lambda w=wizard: bool(w.report_view.toPlainText()))
            save(wizard, run.out, f"history_import-760x600-{language}-light")
            wizard.accept()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
