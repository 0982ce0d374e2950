"""Finding the library item a music or video player's entry stands for.

A player names a song by its file (a ``file://`` URL, percent-encoded; a Windows path; a path
under a folder that has moved since) and by its tags. :class:`PlayerMatcher` tries, in order:

1. ``path``: the same file (URL decoded, Unicode normalised to NFC as macOS and Linux may
   differ, ``\\`` read as ``/``);
2. ``path, letter case ignored``: on a system whose file names ignore case (Windows, macOS),
   or for a player that ran on Windows; only when exactly one item fits;
3. ``moved folder``: the last 4, 3 or 2 parts of the path (``Artist/Album/01 Song.mp3``,
   letter case ignored, as a folder may have moved from Windows) name exactly one item, so
   the music folder moved (another disk, another user name, another system);
4. ``tags``: the same artist and title for a track, title and year for a film (case, accents
   and punctuation ignored, :func:`~desktop_recsys.library.importers.matching.normalise`);
   of several, the same album first, then the closest length, then the oldest item.

Each match says which rule found it, so the report can say how sure it is.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes, urlsplit

from desktop_recsys.library.file_paths import os_path
from desktop_recsys.library.importers.matching import normalise, track_key

#: The rules, in the order they are tried (the report names them).
RULES = ("path", "path, letter case ignored", "moved folder", "tags")
_DRIVE = re.compile(r"^/?[A-Za-z]:[/\\]")
_CASE_INSENSITIVE_HOST = sys.platform in ("win32", "darwin")


def location_path(raw: str | bytes | None) -> str | None:
    """The file path a player stored (a ``file://`` URL, as text or bytes, or a plain path),
    with ``/`` separators; None for anything that is not a local file (a stream, a CD)."""
    if raw is None:
        return None
    text = raw.decode("utf-8", "surrogateescape") if isinstance(raw, bytes) else str(raw)
    text = text.strip()
    if not text:
        return None
    if text.startswith("stack://"):  # Kodi: a film in parts; the first part stands for it
        text = text[len("stack://") :].split(" , ")[0].strip()
    if text.lower().startswith("file:"):
        parts = urlsplit(text)
        path = os.fsdecode(unquote_to_bytes(parts.path))
        if parts.netloc and parts.netloc.lower() != "localhost":
            path = f"//{parts.netloc}{path}"  # a Windows share, file://server/share/...
        if _DRIVE.match(path):
            path = path.lstrip("/")
        return path.replace("\\", "/")
    if re.match(r"^[a-z][a-z0-9+.-]+://", text, re.IGNORECASE):
        # smb://, nfs://: a network share Kodi reads; its tail may still match a local copy.
        return text.replace("\\", "/") if text.lower().startswith(("smb:", "nfs:")) else None
    if _DRIVE.match(text) or text.startswith("\\\\"):
        return text.replace("\\", "/")
    return text


def is_windows_path(path: str) -> bool:
    return bool(_DRIVE.match(path)) or path.startswith("//")


def _key(path: str) -> str:
    return unicodedata.normalize("NFC", path.replace("\\", "/")).rstrip("/")


def _parts(key: str) -> list[str]:
    return [p for p in key.split("/") if p]


def _head(key: str, n: int) -> str:
    """``key`` without its last ``n`` parts: the folder they are in."""
    tail = "/".join(_parts(key)[-n:])
    return key[: len(key) - len(tail)].rstrip("/") or "/"


@dataclass(frozen=True)
class Match:
    """The item an entry stands for, and the rule that found it (one of :data:`RULES`)."""

    item_id: int
    rule: str
    #: For a moved folder: (the folder in the player, the folder in the library).
    moved: tuple[str, str] | None = None


class PlayerMatcher:
    """Match player entries of one kind (``track`` or ``film``) to library items."""

    def __init__(
        self,
        kind: str,
        files: Iterable[tuple[int, str]],
        tagged: Iterable[tuple[int, str, str | None, str | None, int | None, float | None]],
    ) -> None:
        self.kind = kind
        self._exact: dict[str, int] = {}
        self._folded: dict[str, list[int]] = {}
        self._tails: dict[tuple[str, ...], list[int]] = {}
        self._path_of: dict[int, str] = {}
        for item_id, stored in files:
            key = _key(os_path(stored))
            self._exact.setdefault(key, item_id)
            self._path_of[item_id] = key
            self._folded.setdefault(key.casefold(), []).append(item_id)
            parts = [p.casefold() for p in _parts(key)]
            for n in (2, 3, 4):
                if len(parts) >= n:
                    self._tails.setdefault(tuple(parts[-n:]), []).append(item_id)
        self._by_tags: dict[tuple[str, ...], list[tuple[int, str, int | None, float | None]]] = {}
        self._films_by_title: dict[str, list[tuple[int, int | None]]] = {}
        for item_id, title, artist, album, year, duration in tagged:
            if kind == "film":
                self._films_by_title.setdefault(normalise(title), []).append((item_id, year))
                continue
            key = track_key(artist, title)
            self._by_tags.setdefault(key, []).append((item_id, normalise(album), year, duration))

    def match(
        self,
        path: str | None,
        *,
        title: str = "",
        artist: str = "",
        album: str = "",
        year: int | None = None,
        duration: float | None = None,
    ) -> Match | None:
        """The item for an entry (see the module docs), or None."""
        if path:
            found = self._by_path(path)
            if found is not None:
                return found
        return self._by_tag(title, artist, album, year, duration)

    def _by_path(self, path: str) -> Match | None:
        key = _key(path)
        if key in self._exact:
            return Match(self._exact[key], RULES[0])
        if _CASE_INSENSITIVE_HOST or is_windows_path(key):
            folded = self._folded.get(key.casefold(), [])
            if len(folded) == 1:
                return Match(folded[0], RULES[1])
        parts = _parts(key)
        folded_parts = [p.casefold() for p in parts]
        for n in (4, 3, 2):
            if len(parts) < n:
                continue
            found = self._tails.get(tuple(folded_parts[-n:]), [])
            if len(found) == 1:
                moved = (_head(key, n), _head(self._path_of[found[0]], n))
                return Match(found[0], RULES[2], moved)
        return None

    def _by_tag(
        self, title: str, artist: str, album: str, year: int | None, duration: float | None
    ) -> Match | None:
        if not normalise(title):
            return None
        if self.kind == "film":
            return self._film(title, year)
        if not normalise(artist):
            return None
        found = self._by_tags.get(track_key(artist, title), [])
        if not found:
            return None
        same_album = [c for c in found if album and c[1] == normalise(album)]
        pool = same_album or found
        if duration is not None and duration > 0:
            best = min(pool, key=lambda c: (abs((c[3] or 1e9) - duration), c[0]))
        else:
            best = min(pool, key=lambda c: c[0])
        return Match(best[0], RULES[3])

    def _film(self, title: str, year: int | None) -> Match | None:
        found = self._films_by_title.get(normalise(title), [])
        if year is not None:
            exact = [i for i, y in found if y == year]
            if exact:
                return Match(min(exact), RULES[3])
            near = [i for i, y in found if y is not None and abs(y - year) == 1]
            return Match(near[0], RULES[3]) if len(near) == 1 else None
        return Match(found[0][0], RULES[3]) if len(found) == 1 else None
