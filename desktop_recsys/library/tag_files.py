"""Ratings and play counts in audio files' tags: read, written, and the audio proven untouched.

Read (any format :mod:`~desktop_recsys.library.importers.folder_tags` reads), in this order:

- rating: ``FMPS_RATING`` (0-1, the Free Media Player Spec of Amarok, Clementine, Strawberry,
  Quod Libet), then ID3 POPM (the byte Windows Media Player, MusicBee and MediaMonkey write:
  1, 64, 128, 196, 255 for 1-5 stars, MediaMonkey's 13, 54, 118, 186, 242 for half stars) or
  WMA's WM/SharedUserRating, then ``RATING`` (0-100, or 0-5 stars when no value passes 5; MP4
  ``rate`` and ``----:com.apple.iTunes:rating`` too);
- play count: ``FMPS_PLAYCOUNT``, then the POPM counter, then ``PLAYCOUNT``, then ID3 PCNT.

Written (MP3, FLAC, Ogg Vorbis/Opus, MP4/M4A): the POPM frame (``Windows Media Player 9
Series`` unless the file has its own) for MP3, ``FMPS_RATING`` / ``FMPS_PLAYCOUNT`` for Vorbis
comments and MP4 freeform atoms; every other rating or count field the file already carries is
set to the same value, so no reader finds a stale one. Writing goes to a copy beside the file;
the copy replaces the file only when its audio (:func:`audio_digest`) is byte for byte the
original's, so a failure or a kill leaves the file as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_recsys.library.importers.folder_tags import POPM_STARS, tag_values
from desktop_recsys.progress import Message

#: The POPM owner written when a file has none (what most players read).
POPM_EMAIL = "Windows Media Player 9 Series"
#: Formats whose tags are written (mutagen class names).
WRITABLE = ("MP3", "FLAC", "OggVorbis", "OggOpus", "MP4")
_STARS_POPM = {stars: byte for byte, stars in POPM_STARS.items()}
_MAX_COUNT = 10_000_000


class TagWriteError(Exception):
    """A file whose tags were not written; the message is the one-line reason, a translatable
    :class:`~desktop_recsys.progress.Message` (``str(error)`` its English)."""

    @property
    def reason(self) -> str:
        """The reason as given (a Message when this module raised it)."""
        return self.args[0] if self.args else str(self)


@dataclass(frozen=True)
class FileStats:
    """What a file's tags say: stars (0.5-5 in half steps, None: unrated) and plays."""

    rating: float | None = None
    play_count: int | None = None
    #: mutagen's name of the file's format (``MP3``, ``FLAC``, ...); see :data:`WRITABLE`.
    format: str = ""


def half_stars(value: float, scale: float) -> float | None:
    """A rating on 0..scale as 0.5-5 stars in half steps; 0 (or less, or NaN) is unrated."""
    if not value > 0 or scale <= 0:
        return None
    return min(5.0, max(0.5, round(value / scale * 10) / 2))


def _first(tags: dict[str, list[str]], name: str) -> str | None:
    for value in tags.get(name, ()):
        text = str(value).strip().replace("\x00", "")
        if text:
            return text
    return None


def stats_from_tags(tags: dict[str, list[str]]) -> FileStats:
    """The rating and play count in tags as :func:`folder_tags.tag_values` gives them."""
    rating = None
    for name, scale in (("fmps_rating", 1.0), ("rating_stars", 5.0), ("rating", 0.0)):
        text = _first(tags, name)
        if not text:
            continue
        try:
            value = float(text)
        except ValueError:
            continue
        # Players disagree on RATING: 1-5 stars (foobar2000), 0-100 (most Vorbis taggers).
        rating = half_stars(value, scale or (5.0 if value <= 5 else 100.0))
        break
    count = None
    for name in ("fmps_playcount", "popm_count", "playcount", "pcnt"):
        text = _first(tags, name)
        if not text:
            continue
        try:
            value = float(text)
        except ValueError:
            continue
        if 0 <= value < _MAX_COUNT:
            count = int(value)
            break
    return FileStats(rating, count)


def _open(path: str | os.PathLike[str]) -> Any:
    import mutagen  # deferred: only tag commands and scans need it

    audio = mutagen.File(path)
    if audio is None:
        raise TagWriteError(Message("not an audio file mutagen reads"))
    return audio


def read_stats(path: str | os.PathLike[str]) -> FileStats:
    """The rating and play count in the file's tags (OSError if it cannot be read)."""
    audio = _open(path)
    found = stats_from_tags(tag_values(audio))
    return FileStats(found.rating, found.play_count, type(audio).__name__)


def unwritable_format(kind: str) -> str | None:
    """Why ratings are not written into files of this format, or None."""
    if kind in WRITABLE:
        return None
    return Message(
        "ratings are not written into {kind} files (only MP3, FLAC, Ogg and M4A)", kind=kind
    )


# -- writing ----------------------------------------------------------------------------------
def write_problem(path: str | os.PathLike[str]) -> str | None:
    """Why the file's tags cannot be written (missing, read-only, a folder), or None."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return Message("the file is missing; nothing written")
    except OSError as exc:
        return Message(
            "cannot read the file ({reason}); nothing written", reason=str(exc.strerror or exc)
        )
    if not stat.S_ISREG(info.st_mode):
        return Message("not a regular file; nothing written")
    # The person marked the file read-only (even where the process could write it anyway).
    if not info.st_mode & stat.S_IWUSR or not os.access(path, os.W_OK):
        return Message(
            "the file is read-only; nothing written (make it writable to write its tags)"
        )
    folder = os.path.dirname(os.path.abspath(path))
    if not os.access(folder, os.W_OK):
        return Message("its folder is read-only; nothing written")
    return None


def write_stats(path: str | os.PathLike[str], rating: float | None, play_count: int | None) -> None:
    """Set the file's rating (None: remove it) and play count (None: leave it).

    Written to a copy that replaces the file only when its audio is unchanged; raises
    :class:`TagWriteError` (the file untouched) otherwise.
    """
    path = Path(path)
    problem = write_problem(path)
    if problem:
        raise TagWriteError(problem)
    before = os.stat(path)
    original_audio = audio_digest(path)
    part = path.with_name(f".{path.name}.tags.part")
    try:
        shutil.copy2(path, part)
        audio = _open(part)
        kind = type(audio).__name__
        refused = unwritable_format(kind)
        if refused:
            raise TagWriteError(refused)
        _set(audio, kind, rating, play_count)
        audio.save()
        if audio_digest(part) != original_audio:
            raise TagWriteError(
                Message("writing the tags would have changed the audio; nothing written")
            )
        now = os.stat(path)
        if (now.st_size, now.st_mtime_ns) != (before.st_size, before.st_mtime_ns):
            raise TagWriteError(Message("the file changed while its tags were written; try again"))
        os.chmod(part, stat.S_IMODE(before.st_mode))
        if hasattr(os, "chown"):  # the copy keeps the file's owner where the process may
            with contextlib.suppress(OSError):
                os.chown(part, before.st_uid, before.st_gid)
        os.replace(part, path)
    except TagWriteError:
        part.unlink(missing_ok=True)
        raise
    except Exception as exc:  # noqa: BLE001 (mutagen's many errors: one line, file untouched)
        part.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise TagWriteError(
            Message("could not write the tags ({reason}); nothing written", reason=str(reason))
        ) from exc


def _set(audio: Any, kind: str, rating: float | None, count: int | None) -> None:
    if audio.tags is None:
        audio.add_tags()
    if kind == "MP3":
        _set_id3(audio.tags, rating, count)
    elif kind == "MP4":
        _set_mp4(audio.tags, rating, count)
    else:
        _set_vorbis(audio.tags, rating, count)


def _set_id3(tags: Any, rating: float | None, count: int | None) -> None:
    from mutagen.id3 import POPM

    byte = 0 if rating is None else _STARS_POPM.get(rating, round(rating / 5 * 255))
    frames = tags.getall("POPM")
    if not frames:
        frames = [POPM(email=POPM_EMAIL, rating=0, count=0)]
        tags.add(frames[0])
    for frame in frames:
        frame.rating = byte
        if count is not None:
            frame.count = count
    for frame in tags.getall("TXXX"):
        desc = frame.desc.lower()
        if desc in ("fmps_rating", "rating") and rating is None:
            tags.delall(f"TXXX:{frame.desc}")
        elif desc == "fmps_rating":
            frame.text = [f"{rating / 5:g}"]
        elif desc == "rating":
            frame.text = [f"{rating * 20:g}"]
        elif desc in ("fmps_playcount", "playcount") and count is not None:
            frame.text = [str(count)]
    if count is not None:
        for frame in tags.getall("PCNT"):
            frame.count = count


def _set_vorbis(tags: Any, rating: float | None, count: int | None) -> None:
    keys = {key.lower(): key for key in tags.keys()}  # noqa: SIM118 (iterating gives pairs)
    if rating is None:
        for name in ("fmps_rating", "rating"):
            if name in keys:
                del tags[keys[name]]
    else:
        tags[keys.get("fmps_rating", "FMPS_RATING")] = [f"{rating / 5:g}"]
        if "rating" in keys:
            old = stats_from_tags({"rating": list(tags[keys["rating"]])}).rating
            raw = [str(v) for v in tags[keys["rating"]]]
            small = old is not None and all(_float(v) <= 5 for v in raw)
            tags[keys["rating"]] = [f"{rating:g}" if small else f"{rating * 20:g}"]
    if count is not None:
        tags[keys.get("fmps_playcount", "FMPS_PLAYCOUNT")] = [str(count)]
        if "playcount" in keys:
            tags[keys["playcount"]] = [str(count)]


def _float(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0


_ITUNES = "----:com.apple.iTunes:"


def _set_mp4(tags: Any, rating: float | None, count: int | None) -> None:
    from mutagen.mp4 import MP4FreeForm

    keys = {key.lower(): key for key in tags}
    itunes = "----:com.apple.itunes:"  # freeform names, compared lower-case

    def put(name: str, text: str) -> None:
        tags[keys.get(name.lower(), name)] = [MP4FreeForm(text.encode("utf-8"))]

    if rating is None:
        for name in (itunes + "fmps_rating", itunes + "rating", "rate"):
            if name in keys:
                del tags[keys[name]]
    else:
        put(_ITUNES + "FMPS_Rating", f"{rating / 5:g}")
        if itunes + "rating" in keys:
            put(itunes + "rating", f"{rating * 20:g}")
        if "rate" in keys:
            tags[keys["rate"]] = [f"{rating * 20:g}"]
    if count is not None:
        put(_ITUNES + "FMPS_Playcount", str(count))
        for name in (itunes + "playcount", itunes + "play_count"):
            if name in keys:
                put(name, str(count))


# -- the audio, whatever the tags ---------------------------------------------------------------
def audio_digest(path: str | os.PathLike[str]) -> str:
    """SHA-256 of a file's audio alone (no tags): the bytes after an ID3v2 tag and before
    ID3v1/APEv2 for MP3, the frames after the metadata blocks for FLAC, the audio packets of
    Ogg, the ``mdat`` atoms of MP4. The same before and after any tag edit."""
    with open(path, "rb") as handle:
        head = handle.read(12)
        handle.seek(0)
        if head[:4] == b"fLaC":
            return _flac_digest(handle)
        if head[:4] == b"OggS":
            return _ogg_digest(handle)
        if head[4:8] == b"ftyp":
            return _mp4_digest(handle)
        return _mp3_digest(handle)


def _mp3_digest(handle: Any) -> str:
    data = handle.read()
    start = 0
    while data[start : start + 3] == b"ID3" and len(data) >= start + 10:
        size = sum((b & 0x7F) << (7 * (3 - i)) for i, b in enumerate(data[start + 6 : start + 10]))
        start += 10 + size + (10 if data[start + 5] & 0x10 else 0)
    end = len(data)
    if data[end - 128 : end - 125] == b"TAG":
        end -= 128
    if data[end - 32 : end - 24] == b"APETAGEX":
        size = int.from_bytes(data[end - 20 : end - 16], "little")
        end -= size + (32 if data[end - 21] & 0x80 else 0)
    return hashlib.sha256(data[start:end]).hexdigest()


def _flac_digest(handle: Any) -> str:
    handle.seek(4)
    while True:
        header = handle.read(4)
        if len(header) < 4:
            break
        handle.seek(int.from_bytes(header[1:4], "big"), os.SEEK_CUR)
        if header[0] & 0x80:  # the last metadata block
            break
    digest = hashlib.sha256()
    for block in iter(lambda: handle.read(1 << 16), b""):
        digest.update(block)
    return digest.hexdigest()


def _ogg_digest(handle: Any) -> str:
    from mutagen.ogg import OggPage

    pages = []
    while True:
        try:
            pages.append(OggPage(handle))
        except EOFError:
            break
    packets = OggPage.to_packets(pages) if pages else []
    # Vorbis has three header packets (identification, comments, setup); Opus two.
    headers = 2 if packets and packets[0].startswith(b"OpusHead") else 3
    digest = hashlib.sha256()
    for packet in packets[headers:]:
        digest.update(len(packet).to_bytes(4, "big") + packet)
    digest.update(str(pages[-1].position if pages else 0).encode())
    return digest.hexdigest()


def _mp4_digest(handle: Any) -> str:
    from mutagen.mp4 import Atoms

    digest = hashlib.sha256()
    for atom in Atoms(handle).atoms:
        if atom.name == b"mdat":
            ok, data = atom.read(handle)
            digest.update(data if ok else b"")
    return digest.hexdigest()
