"""Playlists and recommendation lists as M3U8 or CSV.

M3U8 (UTF-8 extended M3U) is what media players open::

    #EXTM3U
    #PLAYLIST:Evening
    #EXTINF:187,Ada Alder - Blue Wind
    /home/ann/Music/Ada Alder/Quiet Roads/03 Blue Wind.mp3
    #X-DESKTOP-RECSYS-ITEM:{"kind": "film", "title": "Solaris", "year": 1972, ...}

Each item with a file gets an ``#EXTINF:seconds,Artist - Title`` line (``-1`` seconds when the
length is unknown; a film shows as ``Title (Year)``) and its path: absolute, or relative to
``relative_to`` (which should be the folder the playlist will be saved in, because players
resolve relative paths from the playlist's own folder; a file on another drive stays absolute).
**Items without a file** (catalogue-only items from data sets and histories) are written as an
``#X-DESKTOP-RECSYS-ITEM:`` comment holding the item as JSON: players skip comment lines, and
``import playlist`` reads them back so the list round-trips whole.

CSV has one row per entry: ``position`` (and ``score`` for recommendation lists) then the
library CSV's item columns (see :mod:`library_export`).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from desktop_recsys.errors import UserError
from desktop_recsys.library.db import Library
from desktop_recsys.library.exporters._files import atomic_file, csv_text
from desktop_recsys.library.exporters.library_export import item_csv
from desktop_recsys.progress import Message

ITEM_COMMENT = "#X-DESKTOP-RECSYS-ITEM:"
LIST_FORMATS = {".m3u8": "m3u8", ".m3u": "m3u8", ".csv": "csv"}


def list_format(path: str | os.PathLike[str], fmt: str | None = None) -> str:
    """``m3u8`` or ``csv``: given, or from the file name's extension."""
    if fmt is not None:
        if fmt not in ("m3u8", "csv"):
            raise UserError(Message("unknown list format {fmt!r}; use m3u8 or csv", fmt=fmt))
        return fmt
    found = LIST_FORMATS.get(Path(path).suffix.lower())
    if found is None:
        raise UserError(
            Message("cannot tell the format of {path}: name it .m3u8 or .csv", path=path)
        )
    return found


def display_name(item: dict[str, Any]) -> str:
    """``Artist - Title`` for tracks, ``Title (Year)`` for films, the name for artists."""
    title = " ".join(str(item["title"]).split())
    if item["kind"] == "track" and item.get("artist"):
        return f"{' '.join(item['artist'].split())} - {title}"
    if item["kind"] == "film" and item.get("year"):
        return f"{title} ({item['year']})"
    return title


def comment_item(item: dict[str, Any]) -> dict[str, Any]:
    """What an item comment keeps: enough to match the item again or recreate it."""
    keep = ("kind", "title", "artist", "album", "year", "duration", "genres", "ids")
    return {k: item[k] for k in keep if item.get(k) not in (None, [], {})}


def m3u8_text(
    items: Sequence[dict[str, Any]], *, name: str | None = None, relative_to: Path | None = None
) -> tuple[str, int, int]:
    """The M3U8 document and how many entries are files and how many comments."""
    lines = ["#EXTM3U"]
    if name:
        lines.append(f"#PLAYLIST:{' '.join(name.split())}")
    files = comments = 0
    for item in items:
        if not item.get("path"):
            lines.append(ITEM_COMMENT + json.dumps(comment_item(item), ensure_ascii=False))
            comments += 1
            continue
        seconds = round(item["duration"]) if item.get("duration") else -1
        path = item["path"]
        if relative_to is not None:
            # On another drive (Windows) only an absolute path can say where the file is.
            with contextlib.suppress(ValueError):
                path = os.path.relpath(path, relative_to)
        # A line break inside a path or title would end the entry early: M3U has no escaping.
        lines.append(f"#EXTINF:{seconds},{' '.join(display_name(item).split())}")
        lines.append(path.replace("\r", " ").replace("\n", " "))
        files += 1
    return "\n".join(lines) + "\n", files, comments


def write_item_list(
    library: Library,
    item_ids: Sequence[int],
    out: str | os.PathLike[str],
    *,
    fmt: str | None = None,
    name: str | None = None,
    relative_to: str | os.PathLike[str] | None = None,
    scores: Sequence[float] | None = None,
) -> dict[str, int]:
    """Write items (a playlist, a recommendation list) in order to ``out``; returns counts
    (``entries``, and for M3U8 ``files`` and ``comments``)."""
    fmt = list_format(out, fmt)
    items = library.items.export_rows(item_ids)
    by_id = {item["id"]: item for item in items}
    # A playlist may hold an item twice: export every entry, not every distinct item.
    entries = [by_id[i] for i in item_ids if i in by_id]
    with atomic_file(Path(out)) as handle:
        if fmt == "m3u8":
            base = Path(relative_to).absolute() if relative_to is not None else None
            text, files, comments = m3u8_text(entries, name=name, relative_to=base)
            handle.write(text)
            return {"entries": len(entries), "files": files, "comments": comments}
        rows = []
        for position, item in enumerate(entries, start=1):
            row = dict(item, position=position)
            if scores is not None:
                row["score"] = scores[position - 1]
            rows.append(row)
        extra = ("position", "score") if scores is not None else ("position",)
        header, body = item_csv(rows, extra)
        handle.write(csv_text(header, body))
    return {"entries": len(entries)}


def export_playlist(
    library: Library,
    name: str,
    out: str | os.PathLike[str],
    *,
    profile_id: int | None = None,
    fmt: str | None = None,
    relative_to: str | os.PathLike[str] | None = None,
    exclude: Collection[int] = (),
) -> dict[str, int]:
    """Write the playlist called ``name`` (the profile's own, else a shared one), without the
    items in ``exclude`` (those the profile's limits hide)."""
    playlist = library.playlists.find(name, profile_id)
    if playlist is None:
        if profile_id:
            raise UserError(
                Message(
                    "no playlist named {name!r} for this profile; 'desktop-recsys playlist list' shows the playlists",
                    name=name,
                )
            )
        raise UserError(
            Message(
                "no playlist named {name!r}; 'desktop-recsys playlist list' shows the playlists",
                name=name,
            )
        )
    return write_item_list(
        library,
        [i for i in library.playlists.items(playlist.id) if i not in exclude],
        out,
        fmt=fmt,
        name=playlist.name,
        relative_to=relative_to,
    )
