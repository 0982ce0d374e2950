"""Ratings and play counts in real MP3, FLAC, Ogg Vorbis and M4A files (issue 17): each tag
scheme players write is read, writing keeps the audio byte for byte, and the conflict rule
decides as documented.

The four files are the encoder-made ones of tests/data/media (no encoder is installed where the
tests run), copied for each test; tags are added with mutagen as a player or tagger would.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import mutagen
import pytest
from mutagen.id3 import POPM, TXXX
from mutagen.mp4 import MP4FreeForm

from desktop_recsys.library.importers.folder_tags import popm_stars
from desktop_recsys.library.repositories.tag_sync import Synced
from desktop_recsys.library.tag_files import (
    FileStats,
    TagWriteError,
    audio_digest,
    read_stats,
    write_stats,
)
from desktop_recsys.library.tag_sync import FILE, LIBRARY, SAME, count_winner, rating_winner

MUSIC = Path(__file__).resolve().parents[1] / "data" / "media" / "music"
SOURCES = {
    "mp3": MUSIC / "Ada Alder" / "Quiet Roads" / "03 Blue Wind.mp3",
    "flac": MUSIC / "Bo Brook" / "Granite" / "01 Cold Stone.flac",
    "ogg": MUSIC / "Carla Castell" / "Singles" / "Rain Letter.ogg",
    "m4a": MUSIC / "Dmitri Duarte" / "Piers" / "Glass Harbour.m4a",
}


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for kind, source in SOURCES.items():
        out[kind] = tmp_path / source.name
        shutil.copy2(source, out[kind])
    return out


def test_the_copies_are_real_encoded_audio_of_each_format(files: dict[str, Path]) -> None:
    kinds = {kind: type(mutagen.File(path)).__name__ for kind, path in files.items()}
    assert kinds == {"mp3": "MP3", "flac": "FLAC", "ogg": "OggVorbis", "m4a": "MP4"}
    for path in files.values():
        assert mutagen.File(path).info.length > 0.2


def test_popm_bytes_of_common_players_map_to_whole_and_half_stars() -> None:
    # Windows Media Player / MusicBee: 1, 64, 128, 196, 255; MediaMonkey's half stars.
    assert [popm_stars(b) for b in (1, 64, 128, 196, 255)] == [1.0, 2.0, 3.0, 4.0, 5.0]
    assert [popm_stars(b) for b in (13, 54, 118, 186, 242)] == [0.5, 1.5, 2.5, 3.5, 4.5]
    # Other bytes by WMP's ranges; 0 is unrated. (The old byte / 255 * 5 made 128 2.5 stars.)
    assert [popm_stars(b) for b in (0, 20, 100, 150, 200, 230)] == [None, 1, 3, 3, 4, 5]


def test_each_tag_scheme_players_write_is_read(files: dict[str, Path]) -> None:
    mp3 = mutagen.File(files["mp3"])
    mp3.tags.delall("POPM")
    mp3.tags.add(POPM(email="no@email", rating=128, count=17))
    mp3.save()
    assert read_stats(files["mp3"]) == FileStats(3.0, 17, "MP3")
    mp3 = mutagen.File(files["mp3"])
    mp3.tags.add(TXXX(encoding=3, desc="FMPS_Rating", text=["0.9"]))
    mp3.tags.add(TXXX(encoding=3, desc="FMPS_Playcount", text=["21"]))
    mp3.save()
    assert read_stats(files["mp3"]) == FileStats(4.5, 21, "MP3")  # FMPS first
    flac = mutagen.File(files["flac"])  # RATING=80 from the encoder's tagger: 0-100
    flac["PLAYCOUNT"] = "5"
    flac.save()
    assert read_stats(files["flac"]) == FileStats(4.0, 5, "FLAC")
    flac["RATING"] = "3"  # foobar2000's 1-5
    flac.save()
    assert read_stats(files["flac"]).rating == 3.0
    ogg = mutagen.File(files["ogg"])  # FMPS_RATING=0.6
    ogg["FMPS_PLAYCOUNT"] = "8"
    ogg.save()
    assert read_stats(files["ogg"]) == FileStats(3.0, 8, "OggVorbis")
    m4a = mutagen.File(files["m4a"])
    m4a["----:com.apple.iTunes:rating"] = [MP4FreeForm(b"70")]
    m4a["----:com.apple.iTunes:FMPS_Playcount"] = [MP4FreeForm(b"4")]
    m4a.save()
    assert read_stats(files["m4a"]) == FileStats(3.5, 4, "MP4")
    m4a = mutagen.File(files["m4a"])
    del m4a["----:com.apple.iTunes:rating"]
    m4a["rate"] = ["40"]  # MediaMonkey's MP4 atom, 0-100
    m4a.save()
    assert read_stats(files["m4a"]).rating == 2.0


@pytest.mark.parametrize("kind", ["mp3", "flac", "ogg", "m4a"])
def test_writing_changes_the_tags_and_never_the_audio(files: dict[str, Path], kind: str) -> None:
    path = files[kind]
    audio = audio_digest(path)
    raw = path.read_bytes()
    for rating, count in ((3.5, 7), (0.5, 1200), (5.0, 7), (None, 9), (2.0, None)):
        write_stats(path, rating, count)
        assert audio_digest(path) == audio
        found = read_stats(path)
        assert (found.rating, found.play_count) == (rating, 9 if count is None else count)
    assert path.read_bytes() != raw  # the tags did change
    assert not list(path.parent.glob(".*.part"))  # no copy left beside it
    # The digest is of the audio: changing one audio byte changes it.
    data = bytearray(path.read_bytes())
    # An audio byte: near the end, except in M4A (whose tags follow the mdat atom).
    data[data.index(b"mdat") + 20 if kind == "m4a" else -5] ^= 0xFF
    path.write_bytes(bytes(data))
    assert audio_digest(path) != audio


def test_existing_rating_fields_are_all_updated_so_none_is_stale(files: dict[str, Path]) -> None:
    mp3 = mutagen.File(files["mp3"])
    mp3.tags.add(POPM(email="foobar", rating=255, count=2))
    mp3.tags.add(TXXX(encoding=3, desc="FMPS_Rating", text=["1.0"]))
    mp3.save()
    write_stats(files["mp3"], 2.5, 6)
    tags = mutagen.File(files["mp3"]).tags
    assert {f.rating for f in tags.getall("POPM")} == {118}
    assert {f.count for f in tags.getall("POPM")} == {6}
    assert tags["TXXX:FMPS_Rating"].text == ["0.5"]
    write_stats(files["flac"], 4.5, 3)  # RATING=80 (0-100) stays on its scale
    flac = mutagen.File(files["flac"])
    assert flac["RATING"] == ["90"] and flac["FMPS_RATING"] == ["0.9"]
    write_stats(files["flac"], None, None)  # a cleared rating leaves no rating field
    flac = mutagen.File(files["flac"])
    assert "RATING" not in flac and "FMPS_RATING" not in flac
    assert flac["FMPS_PLAYCOUNT"] == ["3"]


def test_a_read_only_or_missing_file_is_refused_and_left_as_it_was(
    files: dict[str, Path],
) -> None:
    path = files["flac"]
    path.chmod(0o444)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    with pytest.raises(TagWriteError, match="read-only"):
        write_stats(path, 2.0, 3)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    with pytest.raises(TagWriteError, match="missing"):
        write_stats(path.with_name("gone.flac"), 2.0, 3)


def test_a_format_without_rating_tags_is_refused(tmp_path: Path) -> None:
    wav = tmp_path / "tone.wav"
    shutil.copy2(MUSIC / "Eve Ekberg" / "Night Songs" / "07 Paper Moon.wav", wav)
    before = wav.read_bytes()
    with pytest.raises(TagWriteError, match="not written into WAVE files"):
        write_stats(wav, 3.0, 1)
    assert wav.read_bytes() == before and not list(tmp_path.glob(".*.part"))


# -- the conflict rule ---------------------------------------------------------------------------
def base(rating: float | None, count: int | None = None, at: float = 100.0) -> Synced:
    return Synced(rating, True, count, at)


def test_the_side_that_changed_since_the_last_sync_wins() -> None:
    assert rating_winner(4.0, 50.0, 4.0, 500.0, None) == SAME
    # Only the file changed (even with an older time): the file.
    assert rating_winner(3.0, 900.0, 5.0, 200.0, base(3.0)) == FILE
    # Only the library changed: the library, however new the file's time.
    assert rating_winner(2.0, 150.0, 3.0, 900.0, base(3.0)) == LIBRARY
    # Both changed: the newer change.
    assert rating_winner(2.0, 300.0, 5.0, 200.0, base(3.0)) == LIBRARY
    assert rating_winner(2.0, 300.0, 5.0, 400.0, base(3.0)) == FILE
    # A rating cleared in the library since the sync stays cleared.
    assert rating_winner(None, None, 3.0, 900.0, base(3.0)) == LIBRARY
    # Never synced: a side without a rating loses, else the newer.
    assert rating_winner(None, None, 3.0, 1.0, None) == FILE
    assert rating_winner(3.0, 1.0, None, 900.0, None) == LIBRARY
    assert rating_winner(3.0, 100.0, 4.0, 200.0, None) == FILE
    assert rating_winner(3.0, 300.0, 4.0, 200.0, None) == LIBRARY


def test_play_counts_only_grow_and_erased_plays_do_not_come_back() -> None:
    assert count_winner(5, 5, None) == SAME
    assert count_winner(5, 8, None) == FILE
    assert count_winner(9, 8, None) == LIBRARY
    assert count_winner(3, None, None) == LIBRARY
    assert count_winner(0, None, None) == SAME
    assert count_winner(0, 8, base(None, 8)) == LIBRARY  # erased in the library since
    assert count_winner(2, 9, base(None, 8)) == FILE  # the file counted one more


def test_a_copy_whose_audio_differs_never_replaces_the_file(
    files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_recsys.library import tag_files

    path = files["ogg"]
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    real = tag_files.audio_digest
    monkeypatch.setattr(
        tag_files, "audio_digest", lambda p: real(p) + ("!" if ".part" in str(p) else "")
    )
    with pytest.raises(TagWriteError, match="would have changed the audio; nothing written"):
        write_stats(path, 1.0, 1)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert not list(path.parent.glob(".*.part"))


def test_a_copy_left_by_a_killed_write_is_not_media_to_a_scan(
    files: dict[str, Path], tmp_path: Path
) -> None:
    from desktop_recsys.library import Library
    from desktop_recsys.library.importers.folder import scan_folder

    shutil.copy2(files["mp3"], tmp_path / f".{files['mp3'].name}.tags.part")
    with Library.open(tmp_path / "lib.sqlite") as lib:
        report = scan_folder(lib, tmp_path)
        assert report.get("files", "added") == 4
        assert report.get("files", "not media") == 1
        assert any(".tags.part; safe to delete" in str(note) for note in report.notes)


def test_a_written_file_keeps_its_permissions_and_owner(files: dict[str, Path]) -> None:
    path = files["mp3"]
    path.chmod(0o640)
    before = path.stat()
    write_stats(path, 4.0, 2)
    after = path.stat()
    assert (after.st_mode, after.st_uid, after.st_gid) == (
        before.st_mode,
        before.st_uid,
        before.st_gid,
    )
    assert read_stats(path).rating == 4.0
