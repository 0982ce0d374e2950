"""One profile's own data as a zip of JSON and CSV: the person's copy of what the app knows.

The archive holds::

    manifest.json    format, version, when, the profile (name, created, privacy), counts
    settings.json    the profile's privacy choices (record plays, share with friends)
    items.json/csv   every item the files below refer to (by ``item`` id), in full
    ratings.json/csv star ratings (0.5-5) with their times
    plays.json/csv   plays and views: time (or none for a listening count), count, share
                     completed, skipped
    marks.json/csv   "not interested" and "don't learn from this" marks
    friends.json/csv the names of the profile's friends (their data is theirs: not included)
    playlists.json/csv the profile's own playlists, entries in order
    README.txt       this description

JSON files are what ``import profile FILE.zip`` reads; the CSV files are the same data for a
spreadsheet (times also as ISO 8601 UTC, cells made formula-safe). Times are Unix seconds.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import zipfile
from pathlib import Path
from typing import Any

from desktop_recsys import __version__
from desktop_recsys.library.db import Library
from desktop_recsys.library.exporters._files import atomic_file, csv_text
from desktop_recsys.library.exporters.library_export import item_csv, now_iso
from desktop_recsys.progress import CancelToken, ProgressFn, no_progress

PROFILE_FORMAT = "desktop-recsys-profile"
FORMAT_VERSION = 1


def iso(seconds: float | None) -> str | None:
    """ISO 8601 UTC of Unix ``seconds``; None for no time, or for one no calendar can show
    (a library may hold such a time from an import made before times were checked: the
    Unix seconds beside it in the file keep the value)."""
    if seconds is None:
        return None
    try:
        return dt.datetime.fromtimestamp(seconds, dt.UTC).isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def export_profile(
    library: Library,
    profile: str | int,
    out: str | os.PathLike[str],
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> dict[str, int]:
    """Write ``profile``'s data to the zip ``out``; returns counts per file."""
    person = library.profiles.require(profile)
    progress(0.0, "reading the profile")
    ratings = [
        {"item": r.item_id, "rating": r.rating, "rated_at": r.rated_at}
        for r in library.ratings.for_profile(person.id)
    ]
    plays = [
        {
            "item": p.item_id,
            "played_at": p.played_at,
            "count": p.count,
            "completed": p.completed,
            "skipped": p.skipped,
        }  # fmt: skip
        for p in reversed(library.plays.for_profile(person.id))
    ]
    marks = [
        {"item": item, "mark": mark, "created_at": created}
        for item, mark, created in library.marks.for_profile(person.id)
    ]
    friends = sorted(
        (library.profiles.get(f).name for f in library.friends.friends_of(person.id)),
        key=str.casefold,
    )
    playlists = [
        {
            "name": pl.name,
            "kind": pl.kind,
            "rules": pl.rules,
            "created_at": pl.created_at,
            "items": library.playlists.items(pl.id),
        }  # fmt: skip
        for pl in library.playlists.list(person.id)
        if pl.profile_id == person.id
    ]
    referenced = [r["item"] for r in ratings] + [p["item"] for p in plays]
    referenced += [m["item"] for m in marks] + [i for pl in playlists for i in pl["items"]]
    items = library.items.export_rows(sorted(set(referenced)))
    if cancel is not None:
        cancel.raise_if_cancelled()
    progress(0.5, "writing the archive")
    titles = {i["id"]: i for i in items}

    def about(item_id: int) -> list[Any]:
        item = titles[item_id]
        return [item_id, item["kind"], item["title"], item["artist"], item["year"]]

    settings = {
        "record_plays": person.record_plays,
        "share_with_friends": person.share_with_friends,
    }
    counts = {
        "items": len(items), "ratings": len(ratings), "plays": len(plays), "marks": len(marks),
        "friends": len(friends), "playlists": len(playlists),
    }  # fmt: skip
    manifest = {
        "format": PROFILE_FORMAT,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": now_iso(),
        "profile": {"name": person.name, "created_at": person.created_at, **settings},
        "counts": counts,
    }
    head = ["item", "kind", "title", "artist", "year"]
    files: dict[str, str] = {
        "manifest.json": _json(manifest),
        "settings.json": _json(settings),
        "items.json": _json(items),
        "items.csv": csv_text(*item_csv(items)),
        "ratings.json": _json(ratings),
        "ratings.csv": csv_text(
            [*head, "rating", "rated_at", "rated_at_utc"],
            ([*about(r["item"]), r["rating"], r["rated_at"], iso(r["rated_at"])] for r in ratings),
        ),
        "plays.json": _json(plays),
        "plays.csv": csv_text(
            [*head, "played_at", "played_at_utc", "count", "completed", "skipped"],
            (
                [
                    *about(p["item"]),
                    p["played_at"],
                    iso(p["played_at"]),
                    p["count"],
                    p["completed"],
                    p["skipped"],
                ]  # fmt: skip
                for p in plays
            ),
        ),
        "marks.json": _json(marks),
        "marks.csv": csv_text(
            [*head, "mark", "created_at", "created_at_utc"],
            ([*about(m["item"]), m["mark"], m["created_at"], iso(m["created_at"])] for m in marks),
        ),
        "friends.json": _json(friends),
        "friends.csv": csv_text(["friend"], ([f] for f in friends)),
        "playlists.json": _json(playlists),
        "playlists.csv": csv_text(
            ["playlist", "position", *head],
            (
                [pl["name"], n, *about(i)]
                for pl in playlists
                for n, i in enumerate(pl["items"], start=1)
            ),
        ),
        "README.txt": (__doc__ or "").split("\n\n", 1)[1],
    }
    with (
        atomic_file(Path(out), "wb") as handle,
        zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        for name, text in files.items():
            archive.writestr(name, text.encode("utf-8"))
    progress(1.0, "done")
    return counts


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1) + "\n"
