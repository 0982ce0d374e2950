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
from desktop_recsys.library.certifications import explicit_from_tags
from desktop_recsys.library.db import Library
from desktop_recsys.library.file_paths import (
    display_os_path,
    os_path,
    stored_path,
    uri_prefix,
)
from desktop_recsys.library.importers.cleaning import clean_item
from desktop_recsys.library.importers.folder_formats import (
    EXPECTED_FORMAT,
    MEDIA_EXTENSIONS,
    MP4_EXTENSIONS,
    MUTAGEN_FORMATS,
    VIDEO_BY_NAME,
    VIDEO_EXTENSIONS,
    fallback_classes,
    is_video_stream,
    mp4_has_video,
    sidecar_kind,
    sniff_format,
)
from desktop_recsys.library.importers.folder_notes import (
    note_ignored,
    note_kept_edits,
    note_misnamed,
    note_refiled,
)
from desktop_recsys.library.importers.folder_tags import tag_values
from desktop_recsys.library.importers.matching import ItemMatcher
from desktop_recsys.library.importers.report import ImportReport
from desktop_recsys.library.models import Credit, NewItem
from desktop_recsys.library.tag_files import FileStats, stats_from_tags
from desktop_recsys.library.tag_sync import FileValues, read_during_scan
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress

HASH_BLOCK = 64 * 1024
# Files read between two cancel checks and progress reports.
TICK_FILES = 64
_TRACK_PREFIX = re.compile(
    r"^\s*(?:(?P<disc>\d)-)?(?P<track>\d{1,3})(?:\s*[-._]\s*|\s+)(?P<rest>.+)$"
)


class _Unreadable(Exception):
    """A file the scan skips; the message is the reason shown in the report."""


@dataclass
class _Found:
    path: str  # as the OS names it (surrogate-escaped where the name is not valid UTF-8)
    size: int
    mtime: float
    kind: str
    digest: str = ""
    item: NewItem | None = None
    rating: float | None = None
    plays: int | None = None  # the play count in its tags
    probe: bool = False  # an extension the scanner does not know: mutagen decides by content

    @property
    def key(self) -> str:
        """The path as the library stores it."""
        return stored_path(self.path)


def content_hash(path: str, size: int) -> str:
    """SHA-1 of the size and the first and last 64 KiB: recognises a moved file cheaply."""
    digest = hashlib.sha1(str(size).encode())
    with open(path, "rb") as handle:
        digest.update(handle.read(HASH_BLOCK))
        if size > 2 * HASH_BLOCK:
            handle.seek(-HASH_BLOCK, os.SEEK_END)
            digest.update(handle.read(HASH_BLOCK))
    return digest.hexdigest()


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

    Ratings and play counts in the tags players write (ID3 POPM, FMPS_RATING /
    FMPS_PLAYCOUNT, Vorbis RATING, MP4 rate, WMA WM/SharedUserRating, APEv2 Rating) go to
    ``profile`` (created if it does not exist), else to the library's profile for files
    (:func:`desktop_recsys.library.tag_sync.read_during_scan`: the newer change wins).
    """
    root = Path(folder).expanduser().absolute()
    report = report or ImportReport("folder", display_os_path(str(root)), strict=strict)
    report.full_paths = True  # a bare file name is not enough to find it in a music folder
    if not root.is_dir():
        raise UserError(Message("{path} is not a folder", path=display_os_path(str(root))))
    prefix = str(root).rstrip(os.sep) + os.sep
    known = library.items.files_under(stored_path(prefix))
    known.update(library.items.files_under(uri_prefix(prefix)))  # names that are not UTF-8
    progress(0.0, "listing files")
    ignored: dict[str, dict[str, int]] = {}
    paths = list(_walk(root, report, cancel, ignored))
    found: list[_Found] = []
    seen: set[str] = set()
    for index, (path, st, probe) in enumerate(paths):
        if index % TICK_FILES == 0:
            if cancel is not None:
                cancel.raise_if_cancelled()
            progress(0.9 * index / max(1, len(paths)), "reading tags")
        entry = _Found(path, st.st_size, st.st_mtime, "", probe=probe)
        seen.add(entry.key)
        old = known.get(entry.key)
        if (
            old is not None
            and old[2] == st.st_size
            and old[3] == st.st_mtime
            and not (old[1] == "film" and _audio_only_mp4(path))
        ):
            report.count("files", "unchanged")
            if old[4]:
                found.append(entry)  # came back: only the missing flag changes
                entry.kind = old[1]
            continue
        where = display_os_path(path)
        try:
            _read(entry, root, report)
        except _Unreadable as exc:
            report.count("files", "skipped")
            report.problem(where, None, exc.args[0] if exc.args else str(exc))
            continue
        except OSError as exc:
            report.count("files", "skipped")
            reason = Message("cannot read: {reason}", reason=str(exc.strerror or exc))
            report.problem(where, None, reason)
            continue
        except Exception as exc:  # noqa: BLE001 (one file never stops a scan, whatever it does)
            report.count("files", "skipped")
            report.problem(
                where,
                None,
                Message(
                    "could not read this file ({error}); skipped",
                    error=f"{type(exc).__name__}: {exc}",
                ),
            )
            continue
        found.append(entry)
    note_ignored(report, ignored)
    if cancel is not None:
        cancel.raise_if_cancelled()
    progress(0.9, "writing")
    with library.transaction():
        _write(library, report, known, seen, found, profile)
    progress(1.0, "done")
    return report.finish()


# -- walking ----------------------------------------------------------------------------------
def _walk(
    root: Path,
    report: ImportReport,
    cancel: CancelToken | None,
    ignored: dict[str, dict[str, int]],
) -> Iterator[tuple[str, os.stat_result, bool]]:
    """Every file under ``root`` that may be media (following symlinks, each real folder
    once), sorted, with whether only its content can tell (an unknown extension). Files that
    are never media (covers, playlists, ...) are counted in ``ignored`` instead."""
    visited: set[tuple[int, int]] = set()
    stack = [str(root)]
    while stack:
        if cancel is not None:
            cancel.raise_if_cancelled()
        folder = stack.pop()
        try:
            st = os.stat(folder)
        except OSError as exc:
            report.problem(
                display_os_path(folder),
                None,
                Message("cannot open folder: {reason}", reason=str(exc.strerror or exc)),
            )
            continue
        if (st.st_dev, st.st_ino) in visited:
            report.problem(
                display_os_path(folder),
                None,
                Message("symlink loop (folder already scanned); skipped"),
            )
            continue
        visited.add((st.st_dev, st.st_ino))
        try:
            with os.scandir(folder) as entries:
                listing = sorted(entries, key=lambda e: e.name)
        except OSError as exc:
            report.problem(
                display_os_path(folder),
                None,
                Message("cannot list folder: {reason}", reason=str(exc.strerror or exc)),
            )
            continue
        subfolders = []
        # What an .nfo can belong to: a file of the same name, or (movie.nfo) any file here.
        others = [e.name for e in listing if not e.name.lower().endswith(".nfo")]
        stems = {os.path.splitext(name)[0] for name in others}
        for entry in listing:
            ext = os.path.splitext(entry.name)[1].lower()
            try:
                if entry.is_dir():
                    subfolders.append(entry.path)
                    continue
                sidecar = sidecar_kind(entry.name)
                if sidecar == "" and entry.is_file():
                    alone = (
                        not others
                        if entry.name.lower() == "movie.nfo"
                        else os.path.splitext(entry.name)[0] not in stems
                    )
                    if alone:  # nothing reads it: say so rather than skip it silently
                        sidecar = Message("film notes (.nfo) with no film beside them")
                if sidecar is not None:
                    if sidecar and entry.is_file():
                        bucket = ignored.setdefault(sidecar, {})
                        label = "._*" if entry.name.startswith("._") else ext or entry.name
                        bucket[label] = bucket.get(label, 0) + 1
                    continue
                info = entry.stat()
            except OSError as exc:
                report.count("files", "skipped")
                reason = Message("cannot read: {reason}", reason=str(exc.strerror or exc))
                if isinstance(exc, FileNotFoundError) and entry.is_symlink():
                    reason = Message("broken symbolic link (its target is gone)")
                report.problem(display_os_path(entry.path), None, reason)
                continue
            if stat.S_ISREG(info.st_mode):
                yield entry.path, info, ext not in MEDIA_EXTENSIONS
            else:  # a FIFO, socket or device: reading it could block or never end
                report.count("files", "skipped")
                report.problem(
                    display_os_path(entry.path),
                    None,
                    Message("not a regular file (a pipe, socket or device); skipped"),
                )
        stack.extend(reversed(subfolders))


# -- reading ----------------------------------------------------------------------------------
def _audio_only_mp4(path: str) -> bool:
    """An MP4-family file with no video stream: a track, though older versions filed such
    files as films by their extension (a rescan reads them again and files them anew)."""
    return os.path.splitext(path)[1].lower() in MP4_EXTENSIONS and mp4_has_video(path) is False


def _read(entry: _Found, root: Path, report: ImportReport) -> None:
    if entry.size == 0:
        raise _Unreadable(Message("empty file (0 bytes)"))
    ext = os.path.splitext(entry.path)[1].lower()
    if not os.access(entry.path, os.R_OK):
        raise _Unreadable(Message("permission denied"))
    entry.digest = content_hash(entry.path, entry.size)
    film: bool | None = None  # None: mutagen decides (Ogg Theora is video)
    if ext in VIDEO_EXTENSIONS:
        film = True
    elif ext in MP4_EXTENSIONS:
        # Decided by content: a video track makes a film, audio only a track.
        video = mp4_has_video(entry.path)
        film = video if video is not None else (ext in VIDEO_BY_NAME or None)
    elif entry.probe and sniff_format(entry.path) == "Matroska":
        film = True
    if not film:
        may_be_film = film is None and ext in VIDEO_BY_NAME
        audio = _open_audio(entry, ext, report, may_be_film=may_be_film)
        if audio is not None and not is_video_stream(audio):
            entry.kind = "track"
            item, stats = _read_audio(entry, root, audio)
            entry.rating, entry.plays = stats.rating, stats.play_count
            # Control characters (ESC, BEL, ...) in tags are removed, each with a report line.
            entry.item = clean_item(item, report, display_os_path(entry.path))
            return
    entry.kind = "film"
    entry.item = clean_item(_read_film(entry, report), report, display_os_path(entry.path))


def _open_audio(entry: _Found, ext: str, report: ImportReport, *, may_be_film: bool) -> Any:
    """What mutagen reads of the file; a mislabelled file is read by its content and noted.
    None for a video container mutagen does not read (a film by its name)."""
    # Deferred: mutagen is only needed by scans, not by every importer.
    import mutagen

    error: Exception | None = None
    try:
        audio = mutagen.File(entry.path)
    except Exception as exc:  # noqa: BLE001 (mutagen raises many error types for bad files)
        audio, error = None, exc
    if audio is not None:
        return audio
    actual, expected = sniff_format(entry.path), EXPECTED_FORMAT.get(ext)
    for kind in fallback_classes(entry.path, actual):
        try:
            audio = kind(entry.path)
        except Exception:  # noqa: BLE001 (not this format either)
            continue
        if ext not in MUTAGEN_FORMATS.get(kind.__name__, ()):
            note_misnamed(report, display_os_path(entry.path), kind.__name__, ext)
        return audio
    if may_be_film:
        return None
    content = actual or Message("unknown data")
    if error is not None:
        why = f"{type(error).__name__}: {error}".removesuffix(": ")
        if actual and expected and actual != expected:
            raise _Unreadable(
                Message(
                    "the content is {actual} but the name says {ext}, and it cannot be read as either; damaged? ({error})",
                    actual=actual,
                    ext=ext,
                    error=why,
                )
            )
        raise _Unreadable(Message("unreadable or truncated audio ({error})", error=why))
    if ext in MEDIA_EXTENSIONS:
        raise _Unreadable(
            Message(
                "the name says {ext} but the content is no audio the scanner reads (it looks like {content})",
                ext=ext,
                content=content,
            )
        )
    kind_text = Message("unknown type {ext}", ext=ext) if ext else Message("no extension")
    raise _Unreadable(
        Message(
            "not an audio or video file the scanner reads ({kind}; content looks like {content})",
            kind=kind_text,
            content=content,
        )
    )


def _first(tags: dict[str, list[str]], *names: str) -> str | None:
    for name in names:
        for value in tags.get(name, ()):
            text = " ".join(_valid(str(value)).replace("\x00", " ").split())
            if text:
                return text
    return None


def _valid(text: str) -> str:
    """``text`` that SQLite can store: a lone surrogate (a broken UTF-16 tag) becomes "?"."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


def _number(text: str | None) -> int | None:
    found = re.match(r"\s*(\d+)", text or "")
    return int(found.group(1)) if found else None


def _read_audio(entry: _Found, root: Path, audio: Any) -> tuple[NewItem, FileStats]:
    tags = tag_values(audio)
    guess = _from_path(Path(entry.path), root)
    year = _number(_first(tags, "date", "originaldate", "year"))
    ids = {
        "musicbrainz_recording": _first(tags, "musicbrainz_trackid"),
        "musicbrainz_artist": _first(tags, "musicbrainz_artistid"),
        "musicbrainz_release": _first(tags, "musicbrainz_albumid"),
    }
    genres = tuple(
        dict.fromkeys(
            " ".join(_valid(g).split())
            for value in tags.get("genre", ())
            for g in re.split(r"[;\x00]", str(value))
            if g.strip()
        )
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
        duration=float(length) if length and 0 < length < float("inf") else None,
        genres=genres,
        external_ids={k: v for k, v in ids.items() if v},
        explicit=explicit_from_tags(tags),
    )
    return item, stats_from_tags(tags)


def _from_path(path: Path, root: Path) -> dict[str, Any]:
    """Artist / Album / ``07 Title.ext`` from where the file lies under the scanned folder."""
    parts = [display_os_path(p) for p in path.relative_to(root).parts]
    stem = display_os_path(path.stem)
    guess: dict[str, Any] = {"title": stem}
    numbered = _TRACK_PREFIX.match(stem)
    if numbered:
        guess["title"], guess["track"] = numbered["rest"].strip(), int(numbered["track"])
    if len(parts) >= 3:
        guess["artist"], guess["album"] = parts[-3], parts[-2]
    elif len(parts) == 2:
        guess["artist"] = parts[-2]
    return guess


def _read_film(entry: _Found, report: ImportReport) -> NewItem:
    # Deferred: guessit compiles its rules on first import (about a second).
    from guessit import guessit

    path = Path(entry.path)
    guess = guessit(display_os_path(path.name))
    title = str(guess.get("title") or display_os_path(path.stem))
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
        report.problem(
            display_os_path(str(nfo)),
            None,
            Message("cannot read .nfo ({reason}); used the file name", reason=str(exc.strerror)),
        )
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
        report.problem(
            display_os_path(str(nfo)),
            None,
            Message("malformed .nfo ({error}); used the file name", error=str(exc)),
        )
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
    item.certification = text_of("mpaa") or text_of("certification") or item.certification
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
    vanished = {p: v for p, v in known.items() if p not in seen and not os.path.exists(os_path(p))}
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
        old = known.get(entry.key)
        if old is not None and entry.item is None:  # unchanged file that had gone missing
            items.set_missing([old[0]], False)
            report.count("files", "back")
            continue
        assert entry.item is not None
        item = entry.item
        if old is not None:  # changed in place (or filed as the wrong kind): read again
            if entry.kind != old[1] and items.set_kind(old[0], entry.kind):
                note_refiled(report, display_os_path(entry.path), entry.kind, old[1])
            _reread(library, report, old[0], entry)
            states.append((old[0], entry.key, entry.size, entry.mtime, entry.digest))
            ratings.append((old[0], entry))
            continue
        was = vanished_by_hash.pop((entry.kind, entry.digest), None)
        if was is not None:  # the same content under a new path: moved or renamed
            moved.add(was)
            states.append((was, entry.key, entry.size, entry.mtime, entry.digest))
            report.count("files", "moved")
            ratings.append((was, entry))
            continue
        matcher = matchers[entry.kind]
        match = matcher.match(item.external_ids, item.title, item.artist, item.year)
        if match is not None and items.path_of(match) is None:
            matcher.claim(match, item.external_ids)
            states.append((match, entry.key, entry.size, entry.mtime, entry.digest))
            items.add_external_ids((match, s, v) for s, v in item.external_ids.items())
            items.link_genres((match, g) for g in item.genres)
            report.count("files", "matched")
            ratings.append((match, entry))
            continue
        item.path, item.file_size, item.file_mtime = entry.key, entry.size, entry.mtime
        new_items.append(item)
        new_found.append(entry)
    for entry, item_id in zip(new_found, items.add_many(new_items), strict=True):
        states.append((item_id, entry.key, entry.size, entry.mtime, entry.digest))
        ratings.append((item_id, entry))
    report.count("files", "added", len(new_items))
    items.set_file_state(states)
    gone = [v[0] for p, v in vanished.items() if v[0] not in moved and not v[4]]
    report.count("files", "missing", items.set_missing(gone, True))
    values = [
        FileValues(item_id, e.rating, e.plays, e.size, e.mtime)
        for item_id, e in ratings
        if item_id is not None and e.kind == "track"
    ]
    read_during_scan(library, report, profile, values)


# Fields a rescan reads again from a changed file (genres too); what a person edited in the app
# is kept instead, and the report says so.
_REREAD = (
    "title", "artist", "album", "album_artist", "track_number", "year", "duration",
    "certification", "explicit",
)  # fmt: skip


def _reread(library: Library, report: ImportReport, item_id: int, entry: _Found) -> None:
    """Replace a changed file's tag-derived fields (a retag from Jazz to Blues leaves Blues),
    except the fields a person edited in the app."""
    items, item = library.items, entry.item
    assert item is not None
    current = items.get(item_id)
    edited = items.edited_fields(item_id)
    fields = {name: getattr(item, name) for name in _REREAD}
    kept = [n for n in _REREAD if n in edited and getattr(current, n, None) != fields[n]]
    items.update(item_id, **{n: v for n, v in fields.items() if n not in edited})
    items.add_external_ids((item_id, s, v) for s, v in item.external_ids.items())
    if "genres" not in edited:
        items.set_genres(item_id, list(item.genres))
    elif current is not None and set(current.genres) != set(item.genres):
        kept.append("genres")
    report.count("files", "updated")
    if kept:
        note_kept_edits(report, display_os_path(entry.path), kept)
