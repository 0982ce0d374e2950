"""Scanning media folders: music tags (mutagen), film names (guessit) and Kodi ``.nfo`` files.

A scan walks the folder, reads every audio and video file it has not seen with the same size
and modification time, and then writes everything in one transaction:

- new files become items (or give a path to a catalogue-only item they match: a film by IMDb/TMDb
  id or title and year, a track by MusicBrainz id or artist and title);
- changed files (other size or time) are read again and their items updated;
- a new path whose content hash equals that of a vanished file is that file moved or renamed:
  the item keeps its ratings, plays and tags and only its path changes;
- vanished files are marked missing, never deleted.

Nothing a single file does stops the scan: empty, truncated or mislabelled files, unreadable
tags, permission errors and symlink loops are each skipped and listed in the report. Reading
happens before the write transaction starts, so the library stays usable (and a cancel leaves
it untouched) while a large folder is read.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_recsys.errors import UserError
from desktop_recsys.library.db import Library
from desktop_recsys.library.importers.matching import ItemMatcher
from desktop_recsys.library.importers.report import ImportReport
from desktop_recsys.library.models import Credit, NewItem
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress

AUDIO_EXTENSIONS = frozenset(
    ".mp3 .flac .ogg .oga .opus .m4a .m4b .aac .wav .aif .aiff .wma .ape .wv .mpc .dsf".split()
)
VIDEO_EXTENSIONS = frozenset(
    ".mkv .mp4 .m4v .avi .mov .webm .wmv .mpg .mpeg .ts .m2ts .ogv .flv .divx".split()
)
HASH_BLOCK = 64 * 1024
# Files read between two cancel checks and progress reports.
TICK_FILES = 64

# First bytes of the formats a mislabelled file most often really is.
_MAGIC = (
    (0, b"ID3", "MP3"),
    (0, b"fLaC", "FLAC"),
    (0, b"OggS", "Ogg"),
    (0, b"RIFF", "WAV"),
    (0, b"FORM", "AIFF"),
    (0, b"\x1aE\xdf\xa3", "Matroska"),
    (4, b"ftyp", "MP4"),
    (0, b"0&\xb2u", "WMA"),
    (0, b"MAC ", "APE"),
    (0, b"wvpk", "WavPack"),
)
_EXPECTED = {".mp3": "MP3", ".flac": "FLAC", ".ogg": "Ogg", ".oga": "Ogg", ".opus": "Ogg",
             ".wav": "WAV", ".m4a": "MP4", ".m4b": "MP4", ".aif": "AIFF", ".aiff": "AIFF",
             ".wma": "WMA", ".ape": "APE", ".wv": "WavPack"}  # fmt: skip
_TRACK_PREFIX = re.compile(
    r"^\s*(?:(?P<disc>\d)-)?(?P<track>\d{1,3})(?:\s*[-._]\s*|\s+)(?P<rest>.+)$"
)


class _Unreadable(Exception):
    """A file the scan skips; the message is the reason shown in the report."""


@dataclass
class _Found:
    path: str
    size: int
    mtime: float
    kind: str
    digest: str = ""
    item: NewItem | None = None
    rating: float | None = None


def content_hash(path: str, size: int) -> str:
    """SHA-1 of the size and the first and last 64 KiB: recognises a moved file cheaply."""
    digest = hashlib.sha1(str(size).encode())
    with open(path, "rb") as handle:
        digest.update(handle.read(HASH_BLOCK))
        if size > 2 * HASH_BLOCK:
            handle.seek(-HASH_BLOCK, os.SEEK_END)
            digest.update(handle.read(HASH_BLOCK))
    return digest.hexdigest()


def sniff_format(path: str) -> str | None:
    """What the first bytes say the file is (MP3, FLAC, ...), or None."""
    with open(path, "rb") as handle:
        head = handle.read(16)
    for offset, magic, name in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return name
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return "MP3"  # an MPEG frame sync without an ID3 tag
    return None


def scan_folder(
    library: Library,
    folder: str | Path,
    *,
    profile: str | None = None,
    strict: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    report: ImportReport | None = None,
) -> ImportReport:
    """Scan ``folder`` for music and films; returns the report.

    With ``profile``, rating tags players write (ID3 POPM, Vorbis RATING / FMPS_RATING) become
    that profile's ratings (the profile is created if it does not exist).
    """
    root = Path(folder).expanduser().absolute()
    report = report or ImportReport("folder", str(root), strict=strict)
    report.full_paths = True  # a bare file name is not enough to find it in a music folder
    if not root.is_dir():
        raise UserError(Message("{path} is not a folder", path=str(root)))
    prefix = str(root).rstrip(os.sep) + os.sep
    known = library.items.files_under(prefix)
    progress(0.0, "listing files")
    paths = list(_walk(root, report, cancel))
    found: list[_Found] = []
    seen: set[str] = set()
    for index, (path, st) in enumerate(paths):
        if index % TICK_FILES == 0:
            if cancel is not None:
                cancel.raise_if_cancelled()
            progress(0.9 * index / max(1, len(paths)), "reading tags")
        seen.add(path)
        entry = _Found(path, st.st_size, st.st_mtime, "")
        old = known.get(path)
        if old is not None and old[2] == st.st_size and old[3] == st.st_mtime:
            report.count("files", "unchanged")
            if old[4]:
                found.append(entry)  # came back: only the missing flag changes
                entry.kind = old[1]
            continue
        try:
            _read(entry, root, report, want_rating=profile is not None)
        except _Unreadable as exc:
            report.count("files", "skipped")
            report.problem(path, None, str(exc))
            continue
        except OSError as exc:
            report.count("files", "skipped")
            report.problem(path, None, f"cannot read: {exc.strerror or exc}")
            continue
        found.append(entry)
    if cancel is not None:
        cancel.raise_if_cancelled()
    progress(0.9, "writing")
    with library.transaction():
        _write(library, report, known, seen, found, profile)
    progress(1.0, "done")
    return report.finish()


# -- walking ----------------------------------------------------------------------------------
def _walk(
    root: Path, report: ImportReport, cancel: CancelToken | None
) -> Iterator[tuple[str, os.stat_result]]:
    """Every media file under ``root`` (following symlinks, each real folder once), sorted."""
    visited: set[tuple[int, int]] = set()
    stack = [str(root)]
    while stack:
        if cancel is not None:
            cancel.raise_if_cancelled()
        folder = stack.pop()
        try:
            st = os.stat(folder)
        except OSError as exc:
            report.problem(folder, None, f"cannot open folder: {exc.strerror or exc}")
            continue
        if (st.st_dev, st.st_ino) in visited:
            report.problem(folder, None, "symlink loop (folder already scanned); skipped")
            continue
        visited.add((st.st_dev, st.st_ino))
        try:
            with os.scandir(folder) as entries:
                listing = sorted(entries, key=lambda e: e.name)
        except OSError as exc:
            report.problem(folder, None, f"cannot list folder: {exc.strerror or exc}")
            continue
        subfolders = []
        for entry in listing:
            ext = os.path.splitext(entry.name)[1].lower()
            try:
                if entry.is_dir():
                    subfolders.append(entry.path)
                    continue
                if ext not in AUDIO_EXTENSIONS and ext not in VIDEO_EXTENSIONS:
                    continue
                info = entry.stat()
            except OSError as exc:
                report.count("files", "skipped")
                report.problem(entry.path, None, f"cannot read: {exc.strerror or exc}")
                continue
            if stat.S_ISREG(info.st_mode):
                yield entry.path, info
        stack.extend(reversed(subfolders))


# -- reading ----------------------------------------------------------------------------------
def _read(entry: _Found, root: Path, report: ImportReport, *, want_rating: bool) -> None:
    if entry.size == 0:
        raise _Unreadable("empty file (0 bytes)")
    ext = os.path.splitext(entry.path)[1].lower()
    if not os.access(entry.path, os.R_OK):
        raise _Unreadable("permission denied")
    entry.digest = content_hash(entry.path, entry.size)
    if ext in AUDIO_EXTENSIONS:
        entry.kind = "track"
        entry.item, entry.rating = _read_audio(entry, root, ext, want_rating)
    else:
        entry.kind = "film"
        entry.item = _read_film(entry, report)


def _first(tags: dict[str, list[str]], *names: str) -> str | None:
    for name in names:
        for value in tags.get(name, ()):
            text = " ".join(str(value).replace("\x00", " ").split())
            if text:
                return text
    return None


def _number(text: str | None) -> int | None:
    found = re.match(r"\s*(\d+)", text or "")
    return int(found.group(1)) if found else None


def _read_audio(
    entry: _Found, root: Path, ext: str, want_rating: bool
) -> tuple[NewItem, float | None]:
    # Deferred: mutagen is only needed by scans, not by every importer.
    import mutagen

    try:
        audio = mutagen.File(entry.path, easy=True)
    except Exception as exc:  # mutagen raises many error types for bad files
        actual, expected = sniff_format(entry.path), _EXPECTED.get(ext)
        if actual and expected and actual != expected:
            raise _Unreadable(
                f"the content is {actual} but the name says {ext}; rename it"
            ) from exc
        raise _Unreadable(f"unreadable or truncated audio ({type(exc).__name__}: {exc})") from exc
    if audio is None:
        actual = sniff_format(entry.path)
        raise _Unreadable(
            f"not an audio file mutagen can read (content looks like {actual or 'unknown data'})"
        )
    tags: dict[str, list[str]] = {}
    if audio.tags is not None:
        try:
            for key in audio.tags.keys():  # noqa: SIM118 (not every tag class iterates)
                tags[key.lower()] = [str(v) for v in audio.tags[key]]
        except (KeyError, ValueError, UnicodeError):
            tags = {}
    guess = _from_path(Path(entry.path), root)
    year = _number(_first(tags, "date", "originaldate", "year"))
    ids = {
        "musicbrainz_recording": _first(tags, "musicbrainz_trackid"),
        "musicbrainz_artist": _first(tags, "musicbrainz_artistid"),
        "musicbrainz_release": _first(tags, "musicbrainz_albumid"),
    }
    genres = tuple(
        g.strip()
        for value in tags.get("genre", ())
        for g in re.split(r"[;\x00]", str(value))
        if g.strip()
    )
    length = getattr(getattr(audio, "info", None), "length", None)
    item = NewItem(
        "track",
        _first(tags, "title") or guess["title"],
        artist=_first(tags, "artist", "albumartist") or guess.get("artist"),
        album=_first(tags, "album") or guess.get("album"),
        album_artist=_first(tags, "albumartist"),
        track_number=_number(_first(tags, "tracknumber")) or guess.get("track"),
        year=year if year is not None and 0 < year <= 9999 else None,
        duration=float(length) if length else None,
        genres=genres,
        external_ids={k: v for k, v in ids.items() if v},
    )
    rating = _rating(entry.path, tags, ext) if want_rating else None
    return item, rating


def _from_path(path: Path, root: Path) -> dict[str, Any]:
    """Artist / Album / ``07 Title.ext`` from where the file lies under the scanned folder."""
    parts = path.relative_to(root).parts
    stem = path.stem
    guess: dict[str, Any] = {"title": stem}
    numbered = _TRACK_PREFIX.match(stem)
    if numbered:
        guess["title"], guess["track"] = numbered["rest"].strip(), int(numbered["track"])
    if len(parts) >= 3:
        guess["artist"], guess["album"] = parts[-3], parts[-2]
    elif len(parts) == 2:
        guess["artist"] = parts[-2]
    return guess


def _stars(value: float, scale: float) -> float | None:
    """A rating on 0..scale as 0.5-5 stars in half steps; 0 means unrated."""
    if value <= 0 or scale <= 0:
        return None
    return min(5.0, max(0.5, round(value / scale * 10) / 2))


def _rating(path: str, tags: dict[str, list[str]], ext: str) -> float | None:
    fmps = _first(tags, "fmps_rating")
    if fmps:
        try:
            return _stars(float(fmps), 1.0)
        except ValueError:
            return None
    text = _first(tags, "rating")
    if text:
        try:
            value = float(text)
        except ValueError:
            return None
        # Players disagree: 1-5 stars (foobar2000), 0-100 (most Vorbis taggers).
        return _stars(value, 5.0 if value <= 5 else 100.0)
    if ext == ".mp3":
        from mutagen.id3 import ID3, ID3NoHeaderError

        try:
            frames = ID3(path).getall("POPM")
        except (ID3NoHeaderError, OSError, ValueError):
            return None
        if frames:
            return _stars(float(frames[0].rating), 255.0)
    return None


def _read_film(entry: _Found, report: ImportReport) -> NewItem:
    # Deferred: guessit compiles its rules on first import (about a second).
    from guessit import guessit

    path = Path(entry.path)
    guess = guessit(path.name)
    title = str(guess.get("title") or path.stem)
    year = guess.get("year") if isinstance(guess.get("year"), int) else None
    item = NewItem("film", title, year=year)
    for nfo in (path.with_suffix(".nfo"), path.parent / "movie.nfo"):
        if nfo.is_file():
            _apply_nfo(item, nfo, report)
            break
    return item


def _apply_nfo(item: NewItem, nfo: Path, report: ImportReport) -> None:
    """Let a Kodi-style ``.nfo`` (XML, or just an IMDb/TMDb link) win over the file name."""
    try:
        raw = nfo.read_bytes()
    except OSError as exc:
        report.problem(nfo, None, f"cannot read .nfo ({exc.strerror}); used the file name")
        return
    text = raw.decode("utf-8", errors="replace")
    if not text.lstrip().startswith("<"):
        imdb = re.search(r"\btt\d{7,9}\b", text)
        tmdb = re.search(r"themoviedb\.org/movie/(\d+)", text)
        if imdb:
            item.external_ids["imdb"] = imdb.group(0)
        if tmdb:
            item.external_ids["tmdb"] = tmdb.group(1)
        return
    try:
        # ElementTree resolves no external entities, so a hostile .nfo cannot read files.
        movie = ET.fromstring(raw)
    except (ET.ParseError, LookupError, ValueError) as exc:
        # LookupError/ValueError: an unknown or unsupported encoding in the XML declaration.
        report.problem(nfo, None, f"malformed .nfo ({exc}); used the file name")
        return

    def text_of(tag: str) -> str | None:
        node = movie.find(tag)
        value = " ".join((node.text or "").split()) if node is not None else ""
        return value or None

    item.title = text_of("title") or item.title
    year = _number(text_of("year") or text_of("premiered"))
    if year and 0 < year <= 9999:
        item.year = year
    item.description = text_of("plot") or text_of("outline") or item.description
    item.genres = tuple(
        " ".join(g.text.split()) for g in movie.findall("genre") if g.text and g.text.strip()
    )
    item.credits = tuple(
        Credit(" ".join(d.text.split()), "director")
        for d in movie.findall("director")
        if d.text and d.text.strip()
    )
    if item.credits:
        item.artist = item.credits[0].name
    for unique in movie.findall("uniqueid"):
        source = (unique.get("type") or "").lower()
        if source in ("imdb", "tmdb") and unique.text and unique.text.strip():
            item.external_ids[source] = unique.text.strip()
    imdb = text_of("imdbid") or text_of("id")
    if imdb and re.fullmatch(r"tt\d{7,9}", imdb):
        item.external_ids.setdefault("imdb", imdb)


# -- writing ----------------------------------------------------------------------------------
def _write(
    library: Library,
    report: ImportReport,
    known: dict[str, tuple[int, str, int | None, float | None, bool, str | None]],
    seen: set[str],
    found: list[_Found],
    profile: str | None,
) -> None:
    items = library.items
    vanished = {p: v for p, v in known.items() if p not in seen and not os.path.exists(p)}
    vanished_by_hash: dict[tuple[str, str], int] = {}
    for _path, (item_id, kind, _s, _m, _missing, digest) in vanished.items():
        if digest:
            vanished_by_hash.setdefault((kind, digest), item_id)
    matchers = {
        "film": ItemMatcher(library, "film", ("imdb", "tmdb")),
        "track": ItemMatcher(library, "track", ("musicbrainz_recording",)),
    }
    moved: set[int] = set()
    states: list[tuple[int, str, int | None, float | None, str | None]] = []
    new_items: list[NewItem] = []
    new_found: list[_Found] = []
    ratings: list[tuple[int | None, _Found]] = []
    for entry in found:
        old = known.get(entry.path)
        if old is not None and entry.item is None:  # unchanged file that had gone missing
            items.set_missing([old[0]], False)
            report.count("files", "back")
            continue
        assert entry.item is not None
        item = entry.item
        if old is not None:  # changed in place: read again
            items.update(
                old[0],
                title=item.title,
                artist=item.artist,
                album=item.album,
                album_artist=item.album_artist,
                track_number=item.track_number,
                year=item.year,
                duration=item.duration,
            )
            items.link_genres((old[0], g) for g in item.genres)
            states.append((old[0], entry.path, entry.size, entry.mtime, entry.digest))
            report.count("files", "updated")
            ratings.append((old[0], entry))
            continue
        was = vanished_by_hash.pop((entry.kind, entry.digest), None)
        if was is not None:  # the same content under a new path: moved or renamed
            moved.add(was)
            states.append((was, entry.path, entry.size, entry.mtime, entry.digest))
            report.count("files", "moved")
            ratings.append((was, entry))
            continue
        matcher = matchers[entry.kind]
        match = matcher.match(item.external_ids, item.title, item.artist, item.year)
        if match is not None and items.path_of(match) is None:
            matcher.claim(match, item.external_ids)
            states.append((match, entry.path, entry.size, entry.mtime, entry.digest))
            items.add_external_ids((match, s, v) for s, v in item.external_ids.items())
            items.link_genres((match, g) for g in item.genres)
            report.count("files", "matched")
            ratings.append((match, entry))
            continue
        item.path, item.file_size, item.file_mtime = entry.path, entry.size, entry.mtime
        new_items.append(item)
        new_found.append(entry)
    for entry, item_id in zip(new_found, items.add_many(new_items), strict=True):
        states.append((item_id, entry.path, entry.size, entry.mtime, entry.digest))
        ratings.append((item_id, entry))
    report.count("files", "added", len(new_items))
    items.set_file_state(states)
    gone = [v[0] for p, v in vanished.items() if v[0] not in moved and not v[4]]
    report.count("files", "missing", items.set_missing(gone, True))
    rated = [(item_id, e.rating) for item_id, e in ratings if e.rating is not None]
    if profile and rated:
        ids, created = library.profiles.ensure_many([profile])
        who = next(iter(ids.values()))
        report.count("profiles", "added", created)
        added, changed = library.ratings.merge_many((who, i, r, None) for i, r in rated)
        report.count("ratings", "added", added)
        report.count("ratings", "updated", changed)
