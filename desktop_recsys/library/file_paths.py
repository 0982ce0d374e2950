"""Media file paths as the library stores them: lossless, and readable on screen.

On Linux and macOS a file name is bytes. A name written on an old Latin-1 disk (``Caf\\xe9.mp3``)
is not valid UTF-8: Python hands it over with the undecodable bytes as lone surrogates
(``surrogateescape``), which SQLite text cannot hold. Such a path is stored as a ``file://`` URI
with those bytes percent-encoded (RFC 8089, as GIO and KDE write them): a stored path that does
not start with ``file:`` is the path itself, one that does is a URI, so neither can be mistaken
for the other and :func:`os_path` gives back exactly the bytes the file system has.
:func:`display_path` is what a person reads: the name with its bytes decoded as UTF-8 where
they are, and as Windows-1252 (the superset of Latin-1 such disks used) where they are not.
"""

from __future__ import annotations

import os
from urllib.parse import quote_from_bytes, unquote_to_bytes

_URI = "file://"


def stored_path(path: str) -> str:
    """The text the library stores for an OS path (unchanged unless it is not valid text)."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return _URI + quote_from_bytes(os.fsencode(path), safe="/")
    return path


def os_path(stored: str) -> str:
    """The OS path (``str``, surrogate-escaped where needed) of a stored path."""
    if stored.startswith(_URI):
        return os.fsdecode(unquote_to_bytes(stored[len(_URI) :]))
    return stored


def display_path(stored: str | None) -> str:
    """A stored path as a person reads it (may be lossy; never use it to open the file)."""
    if not stored:
        return ""
    if not stored.startswith(_URI):
        return stored
    raw = unquote_to_bytes(stored[len(_URI) :])
    parts = []
    for piece in raw.split(b"/"):
        try:
            parts.append(piece.decode("utf-8"))
        except UnicodeDecodeError:
            parts.append(piece.decode("cp1252", errors="replace"))
    return "/".join(parts)


def display_os_path(path: str) -> str:
    """An OS path (surrogate-escaped) as a person reads it."""
    return display_path(stored_path(path))


def uri_prefix(folder: str) -> str:
    """The stored form any non-UTF-8 path under ``folder`` (ending with a separator) starts
    with, for finding them by prefix."""
    return _URI + quote_from_bytes(os.fsencode(folder), safe="/")
