"""The reads behind radios and daily mixes (``services/radio_service``, ``mixes_service``):
a kind's playable catalogue, an album's and an artist's items, and a cheap version of a
kind's catalogue for caches."""

from __future__ import annotations

from typing import Any

from desktop_recsys.library.db import Library
from desktop_recsys.library.models import check_kind


def kind_items(library: Library, kind: str) -> list[tuple[Any, ...]]:
    """``(id, kind, title, artist, album, year, path, missing)`` of every ``kind`` item."""
    check_kind(kind)
    return library.conn.execute(
        "SELECT id, kind, title, artist, album, year, path, missing FROM items WHERE kind = ?",
        (kind,),
    ).fetchall()


def kind_version(library: Library, kind: str) -> tuple[int, float | None]:
    """``(count, latest change)`` of the ``kind`` items: changes when one is added, removed
    or edited."""
    row = library.conn.execute(
        "SELECT count(*), max(updated_at) FROM items WHERE kind = ?", (kind,)
    ).fetchone()
    return int(row[0]), row[1]


def album_tracks(library: Library, name: str) -> list[tuple[int, str]]:
    """``(id, album as stored)`` of the tracks on the album called ``name`` (any case), in
    artist and track order."""
    return library.conn.execute(
        "SELECT id, album FROM items WHERE kind = 'track' AND album = ? COLLATE NOCASE "
        "ORDER BY artist, track_number, id",
        (name,),
    ).fetchall()


def artist_tracks(library: Library, name: str) -> list[tuple[int, str]]:
    """``(id, artist as stored)`` of the tracks by ``name`` (any case)."""
    return library.conn.execute(
        "SELECT id, artist FROM items WHERE kind = 'track' AND artist = ? COLLATE NOCASE "
        "ORDER BY id",
        (name,),
    ).fetchall()


def artist_item(library: Library, name: str) -> tuple[int, str] | None:
    """``(id, title)`` of the artist item called ``name`` (any case), if there is one."""
    row = library.conn.execute(
        "SELECT id, title FROM items WHERE kind = 'artist' AND title = ? COLLATE NOCASE "
        "ORDER BY id LIMIT 1",
        (name,),
    ).fetchone()
    return (int(row[0]), str(row[1])) if row else None
