"""What the music player needs to know about a track: which items can be played, their title,
artist and length, and their cover art (from the file's own tags, else an image in its folder).

No Qt here: the player (``ui/playback``) turns the cover's bytes into a picture. Every read is
one item or one file, fast enough for the GUI thread.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import mutagen
from mutagen.flac import Picture

from desktop_recsys.services.library_service import LibrarySession

log = logging.getLogger(__name__)

#: Kinds the in-app player plays (films open in the system's player).
PLAYABLE_KINDS = frozenset({"track"})
#: A cover larger than this (embedded or beside the file) is not read.
MAX_COVER_BYTES = 10 * 1024 * 1024
#: Folder images, best first; then any other image in the folder.
FOLDER_COVER_NAMES = ("cover", "folder", "front", "album", "albumart", "albumartsmall")
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp")
#: The picture type of a front cover in ID3 APIC and FLAC picture blocks.
FRONT_COVER = 3


@dataclass(frozen=True)
class TrackInfo:
    """One playable track as the now-playing bar shows it."""

    item_id: int
    title: str
    artist: str | None
    album: str | None
    duration: float | None  # seconds, as the library knows it (the player measures its own)
    path: Path


def playable_file(session: LibrarySession, item_id: int) -> Path | None:
    """The track's file when the item is a track and its file is on disk now, else None."""
    item = session.item(item_id)
    if item is None or item.kind not in PLAYABLE_KINDS or not item.path:
        return None
    path = Path(item.path)
    return path if path.is_file() else None


def playable(session: LibrarySession, item_ids: Iterable[int]) -> list[int]:
    """Of these items, in order, the tracks whose files exist (the rest cannot be queued)."""
    return [i for i in item_ids if playable_file(session, i) is not None]


def track_info(session: LibrarySession, item_id: int) -> TrackInfo | None:
    """Title, artist, album, length and file of a playable track; None if it cannot play."""
    item = session.item(item_id)
    path = playable_file(session, item_id)
    if item is None or path is None:
        return None
    return TrackInfo(item.id, item.title, item.artist, item.album, item.duration, path)


def cover_art(path: Path) -> bytes | None:
    """The track's cover picture: its embedded front cover (ID3, FLAC, Vorbis comment, MP4,
    APE), else the first embedded picture, else an image in its folder (cover.jpg, folder.jpg,
    front.png, ... then any image). None when there is none; a broken file is no error."""
    embedded = _embedded_cover(path)
    if embedded:
        return embedded
    return _folder_cover(path.parent)


def _embedded_cover(path: Path) -> bytes | None:
    try:
        audio = mutagen.File(path)
    except Exception as exc:  # a damaged or unknown file has no cover, it is not an error
        log.debug("no tags read from %s: %s", path, exc)
        return None
    if audio is None:
        return None
    pictures: list[tuple[int, bytes]] = []  # (picture type, data)
    for picture in getattr(audio, "pictures", None) or ():  # FLAC
        pictures.append((picture.type, picture.data))
    tags = audio.tags
    if tags is not None:
        pictures.extend(_tag_pictures(tags))
    pictures = [(kind, data) for kind, data in pictures if data and len(data) <= MAX_COVER_BYTES]
    if not pictures:
        return None
    fronts = [data for kind, data in pictures if kind == FRONT_COVER]
    return fronts[0] if fronts else pictures[0][1]


def _tag_pictures(tags: object) -> list[tuple[int, bytes]]:
    found: list[tuple[int, bytes]] = []
    getall = getattr(tags, "getall", None)
    if callable(getall):  # ID3 (MP3, and WAV / AIFF with an ID3 chunk)
        for frame in getall("APIC"):
            found.append((int(frame.type), bytes(frame.data)))
        return found
    keys = {str(k).lower(): k for k in getattr(tags, "keys", list)()}
    if "covr" in keys:  # MP4
        for cover in tags[keys["covr"]]:  # type: ignore[index]
            found.append((FRONT_COVER, bytes(cover)))
    if "metadata_block_picture" in keys:  # Ogg Vorbis / Opus
        for value in tags[keys["metadata_block_picture"]]:  # type: ignore[index]
            try:
                picture = Picture(base64.b64decode(value))
            except Exception:  # a malformed block is skipped, the others still count
                continue
            found.append((picture.type, picture.data))
    if "cover art (front)" in keys:  # APEv2: "name\0data"
        value = tags[keys["cover art (front)"]]  # type: ignore[index]
        raw = bytes(getattr(value, "value", b""))
        if b"\x00" in raw:
            found.append((FRONT_COVER, raw.split(b"\x00", 1)[1]))
    return found


def _folder_cover(folder: Path) -> bytes | None:
    try:
        images = sorted(
            (p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file()),
            key=lambda p: p.name.lower(),
        )
    except OSError:
        return None

    def rank(p: Path) -> int:
        stem = p.stem.lower()
        return FOLDER_COVER_NAMES.index(stem) if stem in FOLDER_COVER_NAMES else 99

    for image in sorted(images, key=rank):
        try:
            if image.stat().st_size <= MAX_COVER_BYTES:
                return image.read_bytes()
        except OSError:
            continue
    return None
