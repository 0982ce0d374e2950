"""The player's reads (services/now_playing.py): what can be played, and cover art from each
tag format and from the folder, on real files."""

from __future__ import annotations

import base64
import shutil
import struct
import zlib
from pathlib import Path

import pytest
from mutagen import id3
from mutagen.flac import FLAC, Picture
from mutagen.mp4 import MP4, MP4Cover
from mutagen.oggvorbis import OggVorbis

from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.services.now_playing import cover_art, playable, track_info

MEDIA = Path(__file__).resolve().parents[1] / "data" / "media" / "music"


def png(shade: int) -> bytes:
    """A real 1x1 PNG of one grey shade (different shades: different bytes)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(bytes([0, shade]))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


FRONT, BACK = png(200), png(40)


def copy(name: str, target: Path) -> Path:
    source = next(MEDIA.rglob(name))
    target.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copyfile(source, target / source.name))


def test_mp3_front_cover_wins_over_an_earlier_back_cover(tmp_path: Path) -> None:
    path = copy("03 Blue Wind.mp3", tmp_path / "mp3")
    tags = id3.ID3(path)
    tags.add(id3.APIC(encoding=3, mime="image/png", type=4, desc="back", data=BACK))
    tags.add(id3.APIC(encoding=3, mime="image/png", type=3, desc="front", data=FRONT))
    tags.save(path)
    assert cover_art(path) == FRONT


def test_flac_picture_block(tmp_path: Path) -> None:
    path = copy("01 Cold Stone.flac", tmp_path / "flac")
    audio = FLAC(path)
    picture = Picture()
    picture.type, picture.mime, picture.data = 3, "image/png", FRONT
    audio.add_picture(picture)
    audio.save()
    assert cover_art(path) == FRONT


def test_ogg_vorbis_metadata_block_picture_and_a_malformed_one_beside_it(tmp_path: Path) -> None:
    path = copy("Rain Letter.ogg", tmp_path / "ogg")
    audio = OggVorbis(path)
    picture = Picture()
    picture.type, picture.mime, picture.data = 3, "image/png", FRONT
    audio["metadata_block_picture"] = [
        base64.b64encode(b"not a picture block").decode(),
        base64.b64encode(picture.write()).decode(),
    ]
    audio.save()
    assert cover_art(path) == FRONT


def test_m4a_covr(tmp_path: Path) -> None:
    path = copy("Glass Harbour.m4a", tmp_path / "m4a")
    audio = MP4(path)
    audio["covr"] = [MP4Cover(FRONT, imageformat=MP4Cover.FORMAT_PNG)]
    audio.save()
    assert cover_art(path) == FRONT


def test_folder_image_by_its_name_then_any_image(tmp_path: Path) -> None:
    path = copy("07 Paper Moon.wav", tmp_path / "album")
    assert cover_art(path) is None  # no tag picture, no image beside it
    (path.parent / "aaa scan.png").write_bytes(BACK)
    assert cover_art(path) == BACK  # any image, when nothing is named like a cover
    (path.parent / "Folder.PNG").write_bytes(FRONT)
    assert cover_art(path) == FRONT  # "folder" beats any other name, whatever its case


@pytest.mark.parametrize("name", ["empty.mp3", "truncated.flac", "actually an mp3.flac"])
def test_a_broken_file_has_its_folder_cover_or_none_and_never_raises(
    tmp_path: Path, name: str
) -> None:
    path = copy(name, tmp_path / "broken")
    assert cover_art(path) is None
    (path.parent / "cover.jpg").write_bytes(FRONT)
    assert cover_art(path) == FRONT


def test_playable_means_a_track_with_its_file_here(tmp_path: Path) -> None:
    song = copy("07 Paper Moon.wav", tmp_path / "files")
    gone = tmp_path / "files" / "gone.wav"
    film = copy("03 Blue Wind.mp3", tmp_path / "files")
    with Library.open(tmp_path / "lib.sqlite") as library:
        ids = [
            library.items.add(NewItem(kind="track", title="Here", artist="A", path=str(song))),
            library.items.add(NewItem(kind="track", title="Gone", path=str(gone))),
            library.items.add(NewItem(kind="track", title="No file")),
            library.items.add(NewItem(kind="film", title="A film", path=str(film))),
        ]
        session = LibrarySession(library)
        assert playable(session, [*ids, 999_999]) == [ids[0]]
        info = track_info(session, ids[0])
        assert info is not None and (info.title, info.artist, info.path) == ("Here", "A", song)
        assert track_info(session, ids[1]) is None and track_info(session, ids[3]) is None
