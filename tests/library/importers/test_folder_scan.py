"""Folder scans on the small real media files in tests/data/media (copied: scans may move them)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from import_helpers import library_snapshot

from desktop_recsys.errors import Cancelled
from desktop_recsys.library import Library
from desktop_recsys.library.importers import folder as folder_module
from desktop_recsys.library.importers.folder import scan_folder
from desktop_recsys.library.models import NewItem
from desktop_recsys.progress import CancelToken

MEDIA = Path(__file__).resolve().parents[2] / "data" / "media"


@pytest.fixture
def media(tmp_path: Path) -> Path:
    target = tmp_path / "media"
    shutil.copytree(MEDIA, target)
    return target


def by_title(lib: Library) -> dict[str, int]:
    """Title -> id; of two items with one title (a copy under broken/), the first scanned."""
    titles: dict[str, int] = {}
    for row in sorted(lib.items.page(None, limit=100), key=lambda r: r.id):
        titles.setdefault(row.title, row.id)
    return titles


def test_first_scan_reads_tags_paths_nfo_and_lists_every_bad_file(
    media: Path, tmp_path: Path
) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        report = scan_folder(lib, media, profile="Me")
        assert report.get("files", "added") == 11
        reasons = {Path(p.file).name: p.reason for p in report.problems}
        assert set(reasons) == {"empty.mp3", "truncated.flac", "notes.ogg", "Bad.Nfo.2005.nfo"}
        assert "0 bytes" in reasons["empty.mp3"]
        # A mislabelled file is read by its content, and the report says to rename it.
        assert any(
            "actually an mp3.flac: the content is MP3" in note and "rename" in note
            for note in report.notes
        )
        assert "malformed .nfo" in reasons["Bad.Nfo.2005.nfo"]
        titles = by_title(lib)
        blue = lib.items.get(titles["Blue Wind"])  # ID3 tags
        assert (blue.artist, blue.album, blue.track_number, blue.year) == (
            "Ada Alder", "Quiet Roads", 3, 2019,
        )  # fmt: skip
        assert blue.genres == ("Jazz",) and blue.duration and blue.duration > 0.2
        assert lib.items.get(titles["Cold Stone"]).genres == ("Folk",)  # FLAC Vorbis comment
        assert lib.items.get(titles["Glass Harbour"]).album == "Piers"  # MP4 atoms
        moon = lib.items.get(titles["Paper Moon"])  # untagged WAV: from the path
        assert (moon.artist, moon.album, moon.track_number) == ("Eve Ekberg", "Night Songs", 7)
        # A title frame whose declared UTF-8 holds Latin-1 bytes: the name is used instead.
        assert "bad text" in titles
        heat = lib.items.get(titles["Heat"])  # .nfo wins over the file name
        assert (
            heat.kind == "film" and heat.year == 1995 and set(heat.genres) == {"Crime", "Thriller"}
        )
        assert lib.items.external_ids(heat.id) == {"imdb": "tt0113277", "tmdb": "949"}
        assert lib.items.credits(heat.id) == [("Michael Mann", "director")]
        assert lib.items.external_ids(titles["Alien"]) == {"imdb": "tt0078748"}  # link-only .nfo
        assert lib.items.get(titles["The Matrix"]).year == 1999  # guessit
        # Rating tags: POPM 196/255 -> 4, FLAC RATING=80 -> 4, FMPS_RATING=0.6 -> 3.
        me = lib.profiles.by_name("Me").id
        assert lib.ratings.get(me, blue.id) == 4.0
        assert lib.ratings.get(me, titles["Cold Stone"]) == 4.0
        assert lib.ratings.get(me, titles["Rain Letter"]) == 3.0


def test_rescan_skips_unchanged_marks_missing_and_keeps_history_of_moved_files(
    media: Path, tmp_path: Path
) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        scan_folder(lib, media)
        titles = by_title(lib)
        ann = lib.profiles.add("Ann").id
        lib.ratings.set(ann, titles["Blue Wind"], 5.0)
        lib.plays.add(ann, titles["Blue Wind"], 1_700_000_000.0)
    before = library_snapshot(path)
    with Library.open(path) as lib:
        again = scan_folder(lib, media)
        assert again.get("files", "unchanged") == 11 and again.get("files", "added") == 0
    assert library_snapshot(path) == before
    old = media / "music" / "Ada Alder" / "Quiet Roads" / "03 Blue Wind.mp3"
    new = media / "music" / "Ada Alder" / "Renamed.mp3"
    old.rename(new)
    (media / "music" / "Bo Brook" / "Granite" / "01 Cold Stone.flac").unlink()
    wav = media / "music" / "Eve Ekberg" / "Night Songs" / "07 Paper Moon.wav"
    os.utime(wav, (1_600_000_000, 1_600_000_000))
    with Library.open(path) as lib:
        report = scan_folder(lib, media)
        assert report.get("files", "moved") == 1
        assert report.get("files", "missing") == 1
        assert report.get("files", "updated") == 1
        assert report.get("files", "added") == 0
        blue = lib.items.get(titles["Blue Wind"])
        assert blue.path == str(new) and not blue.missing
        assert lib.ratings.get(ann, blue.id) == 5.0 and len(lib.plays.for_profile(ann)) == 1
        cold = lib.items.get(titles["Cold Stone"])
        assert cold.missing and cold.path is not None  # kept, flagged, not deleted


def test_symlink_loop_and_permission_denied_do_not_stop_the_scan(
    media: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (media / "music" / "loop").symlink_to(media / "music", target_is_directory=True)
    locked = media / "music" / "Dmitri Duarte" / "Piers" / "Glass Harbour.m4a"
    real_access = os.access
    # Tests run as root, where chmod cannot deny a read; answer as the OS would for a user.
    monkeypatch.setattr(
        folder_module.os, "access", lambda p, mode: Path(p) != locked and real_access(p, mode)
    )
    with Library.open(tmp_path / "lib.sqlite") as lib:
        report = scan_folder(lib, media)
        reasons = [p.reason for p in report.problems]
        assert any("symlink loop" in r for r in reasons)
        assert any(
            p.file == str(locked) and p.reason == "permission denied" for p in report.problems
        )
        assert report.get("files", "added") == 10


def test_scanned_film_takes_over_the_matching_catalogue_item(media: Path, tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        catalogue = lib.items.add(
            NewItem("film", "Heat", year=1995, external_ids={"movielens": "6"})
        )
        matrix = lib.items.add(NewItem("film", "Matrix, The", year=1999))
        scan_folder(lib, media)
        assert lib.items.get(catalogue).path.endswith("Heat (1995).mkv")
        assert lib.items.external_ids(catalogue)["imdb"] == "tt0113277"
        assert lib.items.get(matrix).path.endswith(".mkv")
        assert lib.items.count("film") == 4


def test_cancel_while_reading_changes_nothing(media: Path, tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Library.open(path).close()
    before = library_snapshot(path)
    token = CancelToken()
    token.cancel()
    with Library.open(path) as lib, pytest.raises(Cancelled):
        scan_folder(lib, media, cancel=token)
    assert library_snapshot(path) == before
