"""The whole library (or one kind of item) as CSV or JSON.

JSON keeps everything an item has: fields, genres, tags with how often each was applied,
credits (person and role) and external ids, under ``{"format": "desktop-recsys-library",
"version": 1, "items": [...]}``. CSV has one row per item with the same fields; genres and tags
are ``|``-separated names (tag counts are only in JSON), credits are ``role:name`` pairs, and
each id source has an ``id.SOURCE`` column. ``import library FILE`` reads both back.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from desktop_recsys import __version__
from desktop_recsys.errors import UserError
from desktop_recsys.library.db import Library
from desktop_recsys.library.exporters._files import atomic_file, csv_text
from desktop_recsys.progress import CancelToken, Message, ProgressFn, no_progress

LIBRARY_FORMAT = "desktop-recsys-library"
FORMAT_VERSION = 1
CSV_FIELDS = (
    "id", "kind", "title", "artist", "album", "album_artist", "track_number", "year", "duration",
    "genres", "tags", "credits", "description", "language", "path", "missing",
)  # fmt: skip
FORMATS = ("csv", "json")


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def item_csv(
    items: list[dict[str, Any]], extra: tuple[str, ...] = ()
) -> tuple[list[str], list[list[Any]]]:
    """Header and rows for items as CSV (``extra`` columns are taken from each dict first)."""
    sources = sorted({s for item in items for s in item["ids"]})
    header = [*extra, *CSV_FIELDS, *(f"id.{s}" for s in sources)]
    rows = []
    for item in items:
        flat = dict(item)
        flat["genres"] = "|".join(item["genres"])
        flat["tags"] = "|".join(item["tags"])
        flat["credits"] = "|".join(f"{role}:{name}" for name, role in item["credits"])
        rows.append(
            [flat.get(c) for c in (*extra, *CSV_FIELDS)] + [item["ids"].get(s) for s in sources]
        )
    return header, rows


def export_library(
    library: Library,
    out: str | os.PathLike[str],
    fmt: str,
    *,
    kind: str | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    """Write the library's items (of ``kind``, or all) to ``out`` as ``csv`` or ``json``;
    returns how many items were written."""
    if fmt not in FORMATS:
        raise UserError(Message("unknown export format {fmt!r}; use csv or json", fmt=fmt))
    progress(0.0, "reading the library")
    items = library.items.export_rows(kind=kind)
    if cancel is not None:
        cancel.raise_if_cancelled()
    progress(0.5, "writing")
    with atomic_file(Path(out)) as handle:
        if fmt == "json":
            document = {
                "format": LIBRARY_FORMAT,
                "version": FORMAT_VERSION,
                "app_version": __version__,
                "exported_at": now_iso(),
                "items": items,
            }
            json.dump(document, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
        else:
            header, rows = item_csv(items)
            handle.write(csv_text(header, rows))
    progress(1.0, "done")
    return len(items)
